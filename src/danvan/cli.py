"""Command line (dòng lệnh): ``danvan demo``, ``read``, ``render``, ``refs``, ``check`` and ``renderers``.

Each subcommand is one ``_add_<name>`` function that declares its arguments, description
and handler; a new command is one more such function in :data:`_COMMANDS`. Output never
fails on a terminal or a redirect that is not UTF-8 (``PYTHONIOENCODING=cp1252``, a
Windows console): characters the stream cannot hold are written as ``\\uXXXX`` escapes,
and ``refs --json`` writes ASCII-only JSON, which reads back to the same data.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from danvan import __version__
from danvan.errors import DanvanError, clip

if TYPE_CHECKING:
    from danvan.rendering.registry import Renderer

__all__ = ["main"]

DEMO_STEM = "bao-cao-demo"

RENDER_INPUT = (
    "a document saved as danvan JSON (.json, as written by danvan.to_json or `danvan demo`), "
    "or a document to read: Word (.docx), plain text (.txt) or Markdown (.md)"
)
"""What ``danvan render`` reads, for its help and its errors."""

REFS_INPUT = (
    "UTF-8 plain text or Markdown (.txt, .md; a report or plan copied as text), "
    "or a Word document (.docx)"
)

"""What ``danvan refs`` reads, for its help and its errors."""

READ_INPUT = "Word (.docx), plain text (.txt) or Markdown (.md) documents"
"""What ``danvan read`` reads, for its help and its errors."""

_LEGACY_WORD_HINT = "open it in Word or LibreOffice and save it as .docx (Word Document), then give danvan the .docx"
_PDF_HINT = (
    "danvan does not read PDF: copy its text into a .txt file (or use the .docx it was made from)"
)
_HINTS = {".doc": _LEGACY_WORD_HINT, ".rtf": _LEGACY_WORD_HINT, ".odt": _LEGACY_WORD_HINT}
_HINTS[".pdf"] = _PDF_HINT

_BINARY_FORMATS = {
    b"PK\x03\x04": "a .docx (or another zip) file",
    b"%PDF": "a PDF file",
    b"\xd0\xcf\x11\xe0": "a legacy .doc file",
}


class InputFormatError(DanvanError):
    """The input file is not in a format the command reads; the message names the formats it takes."""


def _sniff(data: bytes) -> str | None:
    """What a binary file is, from its first bytes ("a .docx (or another zip) file"), or None."""
    for magic, kind in _BINARY_FORMATS.items():
        if data.startswith(magic):
            return kind
    return None


def _hint(source: Path, kind: str | None = None) -> str:
    """What to do with a file danvan does not read ("; open it in Word and save it as .docx")."""
    if kind == "a legacy .doc file":
        return f"; {_LEGACY_WORD_HINT}"
    if kind == "a PDF file":
        return f"; {_PDF_HINT}"
    hint = _HINTS.get(source.suffix.lower())
    return f"; {hint}" if hint else ""


def _read_text(source: Path, accepts: str) -> str:
    """The text of ``source`` (UTF-8, or UTF-16 with its byte order mark, as Notepad saves
    "Unicode"); a binary or other file is an error naming what is accepted."""
    data = source.read_bytes()
    kind = _sniff(data)
    if kind is not None:
        raise InputFormatError(
            f"{source} is {kind}; this command reads {accepts}{_hint(source, kind)}"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputFormatError(
                f"{source} starts with a UTF-16 byte order mark but is not UTF-16 text "
                f"(byte {error.start}); this command reads {accepts}"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputFormatError(
            f"{source} is not UTF-8 text (byte {error.start}: {error.reason}); this command "
            f"reads {accepts}; convert legacy encodings (TCVN3, VNI, Windows-1258) to UTF-8 first"
        ) from None


def _has_reader(source: Path) -> bool:
    """True when an installed reader claims the file's suffix (.docx, .txt, .md, a plugin's)."""
    from danvan.reading.registry import reader_for_suffix

    return bool(source.suffix) and reader_for_suffix(source.suffix) is not None


def _load_document(source: Path, accepts: str) -> Any:
    """The document in ``source``: danvan JSON, or any format a reader takes (through danvan.read)."""
    from danvan.errors import SchemaError
    from danvan.io import from_json
    from danvan.reading import read

    if source.suffix.lower() != ".json" and _has_reader(source):
        return read(source)
    text = _read_text(source, accepts)
    try:
        return from_json(text)
    except SchemaError as error:
        if text.lstrip()[:1] not in ("{", "["):
            raise InputFormatError(f"{source} is not JSON; this command reads {accepts}") from None
        raise error from None


def _stdout_takes_unicode() -> bool:
    """True when stdout's encoding can write any character (UTF-8, UTF-16 ...)."""
    encoding = getattr(sys.stdout, "encoding", None) or "ascii"
    try:
        return codecs.lookup(encoding).name.startswith("utf")
    except LookupError:
        return False


@contextlib.contextmanager
def _escaping_output() -> Iterator[None]:
    """While the command runs, characters stdout/stderr cannot encode are written as escapes.

    A cp1252 or ASCII stream (a Windows redirect, ``PYTHONIOENCODING=ascii``) would
    otherwise raise ``UnicodeEncodeError`` on the first "Số" or "dân vận"; a UTF-8 stream is
    only affected by what no encoding holds (a file name with undecodable bytes).
    """
    changed: list[io.TextIOWrapper] = []
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors == "strict":
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="backslashreplace")
                changed.append(stream)
    try:
        yield
    finally:
        for stream in changed:
            with contextlib.suppress(ValueError, io.UnsupportedOperation):
                stream.reconfigure(errors="strict")


STDOUT = "-"
"""``-o -``: the document goes to standard output (as pandoc does), not to a file named "-"."""


def _is_text(renderer: Renderer) -> bool:
    media = (renderer.media_type or "").lower()
    return media.startswith("text/") or media.split(";")[0].endswith(("/json", "+json"))


def _check_stdout(renderer: Renderer, name: str) -> None:
    """Refuse ``-o -`` for a binary format (.docx) when standard output is a terminal.

    As pandoc does for binary formats: the bytes of a .docx would only garble the
    terminal. Piped or redirected (``-o - > bao-cao.docx``, ``-o - | upload``) they go out.
    """
    if not _is_text(renderer) and sys.stdout.isatty():
        raise DanvanError(
            f"-o -: the {name} format is binary ({renderer.media_type}) and standard output "
            f"is a terminal; redirect it (-o - > file{renderer.suffix or ''}) or give a file "
            "name with -o"
        )


def _write_stdout(data: bytes) -> None:
    """The rendered bytes to standard output, as they are (UTF-8 for the text formats)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _renderer(name: str) -> Renderer:
    """The renderer ``-f NAME`` asks for; a typo ("dcox", "DOCX") is answered with the name meant."""
    import difflib

    from danvan.rendering.registry import UnknownRendererError, get_renderer, renderers

    try:
        return get_renderer(name)
    except UnknownRendererError as error:
        names = [info.name for info in renderers()]
        folded = {n.lower(): n for n in names}
        meant = folded.get(name.strip().lower()) or next(
            iter(difflib.get_close_matches(name.lower(), names, n=1, cutoff=0.6)), None
        )
        if meant is None:
            raise
        raise UnknownRendererError(f"{error}; did you mean '-f {meant}'?") from None


# -- danvan demo ---------------------------------------------------------------------------


def _demo(args: argparse.Namespace) -> int:
    from danvan.demo import demo_report
    from danvan.rendering.registry import render

    report = demo_report()
    folder = Path(args.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, suffix in (("docx", ".docx"), ("json", ".json"), ("text", ".txt")):
        target = folder / f"{DEMO_STEM}{suffix}"
        render(report, name, target)
        written.append(target.resolve())
    print(f"danvan {__version__}: rendered the example report Số {report.number}")
    for path in written:
        print(f"wrote {path}")
    return 0


def _add_demo(commands: Any) -> None:
    demo = commands.add_parser(
        "demo",
        help="render the bundled example report (.docx, JSON and text) into a folder",
        description=(
            "Render the bundled example report (an annual report of a fictional department) "
            f"as the official .docx, as JSON and as plain text: {DEMO_STEM}.docx, .json and "
            ".txt. Reads no input."
        ),
    )
    demo.add_argument(
        "-o",
        "--output-dir",
        default=".",
        help="folder to write into (default: the current directory)",
    )
    demo.set_defaults(handler=_demo)


# -- danvan render -------------------------------------------------------------------------


def _option_value(text: str) -> Any:
    """A JSON literal when the text is one (``4``, ``false``, ``null``, ``"x"``), else the text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


def _renderer_options(args: argparse.Namespace) -> dict[str, Any]:
    """The options ``--option key=value`` and the flags (``--profile``) ask for."""
    options: dict[str, Any] = {}
    for item in args.option or ():
        key, equals, value = item.partition("=")
        key = key.strip()
        if not equals or not key.isidentifier():
            raise DanvanError(
                f"--option {item!r}: write KEY=VALUE, e.g. --option indent=4 or "
                "--option standalone=false (VALUE is read as JSON when it is JSON, else as text)"
            )
        if key in options:
            raise DanvanError(f"--option {key} is given twice")
        options[key] = _option_value(value)
    for key, flag in (("profile", "--profile"), ("indent", "--indent")):
        value = getattr(args, key)
        if value is not None:
            if key in options:
                raise DanvanError(f"{flag} and --option {key}=... are both given; keep one")
            options[key] = value
    return options


def _render(args: argparse.Namespace) -> int:
    from danvan.rendering.registry import render

    source = Path(args.input)
    options = _renderer_options(args)
    renderer = _renderer(args.format)
    document = _load_document(source, RENDER_INPUT)
    if args.output == STDOUT:
        _check_stdout(renderer, args.format)
        _write_stdout(render(document, args.format, **options))
        return 0
    target = Path(args.output) if args.output else source.with_suffix(renderer.suffix)
    if target.resolve() == source.resolve():
        raise DanvanError(f"refusing to overwrite the input {source}; give --output")
    render(document, args.format, target, **options)
    print(f"wrote {target.resolve()}")
    return 0


def _add_render(commands: Any) -> None:
    render = commands.add_parser(
        "render",
        help="render a document saved as JSON (docx, markdown, html, text, json ...)",
        description=(
            f"Render {RENDER_INPUT} with an installed renderer (`danvan renderers` lists "
            "them) into a file. Renderer options pass with --option KEY=VALUE (repeatable; "
            "VALUE is read as JSON when it is JSON: 4, false, null, else as text) or with "
            "the flags below for the common ones."
        ),
        epilog=(
            "examples:\n"
            "  danvan render bao-cao.json -f docx --profile party\n"
            "  danvan render bao-cao.json -f html --option standalone=false -o bao-cao.html\n"
            "  danvan render bao-cao.json -f json --indent 0 -o compact.json"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    render.add_argument("input", help=RENDER_INPUT)
    render.add_argument(
        "-f", "--format", required=True, help="renderer name: docx, markdown, html, text, json ..."
    )
    render.add_argument(
        "-o",
        "--output",
        help=(
            "output file, '-' for standard output (a binary .docx only when redirected); "
            "default: the input name with the format's suffix"
        ),
    )
    render.add_argument(
        "-O",
        "--option",
        action="append",
        metavar="KEY=VALUE",
        help="a renderer option, e.g. standalone=false (html), indent=4 (json); repeatable",
    )
    render.add_argument(
        "--profile",
        metavar="NAME",
        help="docx: the style profile, 'state' (Nghị định 30) or 'party' (Hướng dẫn 36-HD/VPTW); "
        "by default the document's symbol decides",
    )
    render.add_argument("--indent", type=int, metavar="N", help="json: spaces of indentation")
    render.set_defaults(handler=_render)


# -- danvan refs ---------------------------------------------------------------------------


def _refs(args: argparse.Namespace) -> int:
    import json

    from danvan.refs import check_references, extract_references
    from danvan.refs.console import LineIndex, for_terminal, json_for_terminal

    source = Path(args.input)
    if source.suffix.lower() not in (".txt", ".md", ".markdown", ".text") and _has_reader(source):
        # a .docx (or a plugin's format): the references of its text as danvan reads it
        from danvan.reading import read
        from danvan.rendering.text import render_text

        text = render_text(read(source))
    else:
        text = _read_text(source, REFS_INPUT)
    matches = extract_references(text)
    findings = check_references(text, matches=matches)
    if args.json:
        payload = {
            "references": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "short": m.reference.format("short"),
                    "full": m.reference.format("full"),
                    "inferred": list(m.inferred),
                    "repairs": [r.code for r in m.repairs],
                }
                for m in matches
            ],
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity.value,
                    "message": f.message,
                    "span": list(f.span) if f.span else None,
                }
                for f in findings
            ],
        }
        ascii_only = not _stdout_takes_unicode()  # escaped JSON is still exact JSON
        print(json_for_terminal(json.dumps(payload, ensure_ascii=ascii_only, indent=2)))
    else:
        lines = LineIndex(text)  # one pass; each position is then a binary search
        for match in matches:
            inferred = (
                f"  [from the registry: {', '.join(match.inferred)}]" if match.inferred else ""
            )
            full = for_terminal(match.reference.format("full"))
            print(f"{lines.position(match.start)}  {full}{inferred}")
        for finding in findings:
            where = lines.position(finding.span[0]) if finding.span else "-"
            message = for_terminal(finding.message)
            print(f"{where}  {finding.severity.value} {finding.code}: {message}")
        print(f"{len(matches)} references, {len(findings)} findings")
    return 1 if any(f.severity.value == "error" for f in findings) else 0


def _add_refs(commands: Any) -> None:
    refs = commands.add_parser(
        "refs",
        help="list the legal references a text file cites, and the findings on them",
        description=(
            f"Find the legal references (văn bản được viện dẫn) that {REFS_INPUT} cites, "
            "print each with its line:column and canonical form, then the findings on them "
            "(malformed symbols, Party documents written in the State style ...). Exits 1 "
            "when a finding is an error. For a .docx, lines and columns count in its text "
            "as `danvan read IN -f text` writes it (a Word file has no lines). A text file is "
            "read line by line as it is: in a text copied from a PDF, an issuer wrapped onto "
            "the next line may be cut; `danvan read IN -f text -o OUT.txt` joins wrapped lines "
            "first."
        ),
    )
    refs.add_argument("input", help=REFS_INPUT)
    refs.add_argument("--json", action="store_true", help="print JSON instead of lines")
    refs.set_defaults(handler=_refs)


# -- danvan read ---------------------------------------------------------------------------


def _read_one(source: Path, target_of: Callable[[Path], Path], args: argparse.Namespace) -> None:
    """Read one input and write its rendering; a danvan error names the input."""
    from danvan.reading import read
    from danvan.rendering.registry import render

    if not (args.source_format or _has_reader(source)):
        raise InputFormatError(
            f"{source}: danvan read reads {READ_INPUT}"
            + (f", not {source.suffix!r} files" if source.suffix else "")
            + _hint(source)
        )
    document = read(source, format=args.source_format)
    findings = document.origin.findings if document.origin is not None else ()
    if args.output == STDOUT:
        _write_stdout(render(document, args.format))
        report = sys.stderr  # stdout holds the document
        print(f"read {source} ({len(findings)} reader findings)", file=report)
    else:
        target = target_of(source)
        if target.resolve() == source.resolve():
            raise DanvanError(f"refusing to overwrite the input {source}; give --output")
        render(document, args.format, target)
        report = sys.stdout
        print(f"wrote {target.resolve()} ({len(findings)} reader findings)")
    if args.findings:
        for finding in findings:
            print(f"  {finding}", file=report)


def _read(args: argparse.Namespace) -> int:
    """``danvan read``: every input is tried; one that fails does not stop the others."""
    renderer = _renderer(args.format)
    sources = [Path(name) for name in args.inputs]
    if args.output == STDOUT:
        if len(sources) > 1:
            raise DanvanError(
                "-o - writes one document to standard output; with several inputs give a folder"
            )
        _check_stdout(renderer, args.format)
    output = Path(args.output) if args.output and args.output != STDOUT else None
    many = len(sources) > 1
    if many and output is not None and output.exists() and not output.is_dir():
        raise DanvanError(f"{output} is a file; with several inputs --output names a folder")
    if many and output is not None:
        output.mkdir(parents=True, exist_ok=True)

    def target_of(source: Path) -> Path:
        if output is None:
            return source.with_suffix(renderer.suffix)
        if output.is_dir() or many:
            return output / (source.stem + renderer.suffix)
        return output

    if not many:
        _read_one(sources[0], target_of, args)
        return 0
    failed = 0
    for source in sources:
        try:
            _read_one(source, target_of, args)
        except (DanvanError, OSError) as error:
            failed += 1
            _error(_os_message(error) if isinstance(error, OSError) else error)
    if failed:
        print(
            f"read {len(sources) - failed} of {len(sources)} inputs; {failed} could not be read "
            "(see the errors above)",
            file=sys.stderr,
        )
        return 1
    return 0


def _add_read(commands: Any) -> None:
    reader = commands.add_parser(
        "read",
        help="read .docx, .txt or .md documents into danvan JSON or any renderer's format",
        description=(
            f"Read {READ_INPUT} into the danvan model and write each as JSON (the default) "
            "or, with -f, in any installed renderer's format: `-f docx` re-renders an old "
            "Word file or a copied text in the official layout. What the reader repaired or "
            "could not place is listed with --findings and kept in the JSON's origin."
        ),
        epilog=(
            "examples:\n"
            "  danvan read bao-cao.docx -o bao-cao.json\n"
            "  danvan read bao-cao-cu.txt -f docx -o bao-cao-moi.docx\n"
            "  danvan read *.docx -f json -o json/ --findings"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reader.add_argument("inputs", nargs="+", metavar="IN", help=READ_INPUT)
    reader.add_argument(
        "-o",
        "--output",
        help=(
            "output file, or folder with several inputs, or '-' for standard output (one "
            "input; a binary .docx only when redirected); default: beside each input"
        ),
    )
    reader.add_argument(
        "-f", "--format", default="json", help="renderer name (default json): docx, markdown ..."
    )
    reader.add_argument(
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help="the input format (text, markdown, docx); by default the suffix and content decide",
    )
    reader.add_argument(
        "--findings", action="store_true", help="list what the reader repaired or could not place"
    )
    reader.set_defaults(handler=_read)


# -- danvan renderers ----------------------------------------------------------------------


def _renderers(args: argparse.Namespace) -> int:
    from danvan.rendering.registry import renderers

    status = 0
    for info in renderers():
        if info.ok:
            print(f"{info.name:<10} {info.suffix or '':<14} {info.media_type}  [{info.source}]")
        else:
            print(f"{info.name:<10} BROKEN: {info.error}  [{info.source}]")
            status = 1
    return status


def _add_renderers(commands: Any) -> None:
    listing = commands.add_parser(
        "renderers",
        help="list the installed renderers",
        description=(
            "List the installed renderers (built-in and plugins of the entry point group "
            "danvan.renderers) with their file suffix and media type; a plugin that fails to "
            "load is shown as BROKEN and the command exits 1. Reads no input."
        ),
    )
    listing.set_defaults(handler=_renderers)


# -- the parser and main -------------------------------------------------------------------


def _add_check(commands: Any) -> None:
    from danvan.checking.command import add_check_command

    add_check_command(commands)


_COMMANDS: tuple[Callable[[Any], None], ...] = (
    _add_demo,
    _add_read,
    _add_render,
    _add_refs,
    _add_check,
    _add_renderers,
)
"""One function per subcommand; each adds its parser and handler."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Build, check and render Vietnamese dân vận plans and reports.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in _COMMANDS:
        add(commands)
    return parser


def _error(message: object) -> None:
    """Print one error on stderr, every line cut to a readable length."""
    lines = str(message).splitlines() or [""]
    shown = "\n".join(clip(line) for line in lines[:50])
    if len(lines) > 50:
        shown += f"\n... and {len(lines) - 50} more lines"
    print(f"danvan: error: {shown}", file=sys.stderr)


def _os_message(error: OSError) -> str:
    """An operating-system error as one readable line: "nofile.txt: No such file or directory"."""
    if error.filename is not None and error.strerror:
        return f"{error.filename}: {error.strerror}"
    return str(error)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 on success, 1 on a danvan error, 2 on usage)."""
    with _escaping_output():
        parser = _parser()
        args = parser.parse_args(argv)
        handler = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return 2
        try:
            result: int = handler(args)
        except DanvanError as error:
            _error(error)
            return 1
        except BrokenPipeError:
            # `danvan refs big.txt | head`: the reader left; stop quietly, as Unix tools do.
            with contextlib.suppress(OSError):
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            return 1
        except OSError as error:
            _error(_os_message(error))
            return 1
        return result
