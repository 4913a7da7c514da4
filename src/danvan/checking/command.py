"""``danvan check PATH...``: check files and folders, print findings, apply fixes.

Human output is ``file:line:col: CODE [part] message`` grouped by file (clickable in
editors) with a summary at the end; ``--format json`` and ``--format sarif`` for machines.
Exit status: 0 when nothing fails at error severity, 1 when something does, 2 on a usage
or read error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from danvan.checking.engine import CheckResult
from danvan.errors import DanvanError
from danvan.model import BaseDocument, Finding, FindingStatus, Severity

__all__ = ["add_check_command", "run_check"]

FIX_SUFFIX = ".fixed"
_JSON = ".json"
_LEGACY_WORD = {".doc", ".rtf", ".odt"}
_RENDERER_FOR_SUFFIX = {
    ".json": "json",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}
"""The renderer that writes a fixed document in its input's own format."""


def add_check_command(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``danvan check`` on the CLI's sub-command parser."""
    from danvan.reading import readers

    suffixes = sorted({_JSON, *(s for info in readers() for s in getattr(info, "suffixes", ()))})
    parser = commands.add_parser(
        "check",
        help="check plans and reports against the rules of Nghị định 30 and conventions",
        description=(
            "Check documents (files or folders) against danvan's rule catalog (docs/rules.md). "
            f"Reads {', '.join(suffixes)}. Exit status: 0 when nothing fails at error "
            "severity, 1 when something does, 2 on a usage or read error."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to check")
    parser.add_argument(
        "--select",
        help=(
            "rule codes, prefixes or names, comma-separated; reader codes too (R101, R1, R): "
            "without one of them the reader's findings are not shown"
        ),
    )
    parser.add_argument(
        "--ignore", help="rule codes, prefixes or names to leave out (R101, R: reader findings)"
    )
    parser.add_argument("--preview", action="store_true", help="also run preview rules")
    parser.add_argument(
        "--on",
        help=(
            "judge by the rules in force on this date (YYYY-MM-DD or DD/MM/YYYY; default: "
            "each document's date)"
        ),
    )
    parser.add_argument(
        "--format", choices=("human", "json", "sarif"), default="human", help="output format"
    )
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print how often each rule fired, not each finding",
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help=(
            f"apply safe fixes and write the fixed document to NAME{FIX_SUFFIX}.SUFFIX: "
            "danvan renders it again (a .docx in the official layout, a .txt or .md in "
            "danvan's text or Markdown layout), so the file's own layout is not kept"
        ),
    )
    parser.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix, also apply unsafe fixes"
    )
    parser.add_argument(
        "--in-place",
        action="store_true",
        help=(
            f"with --fix, overwrite the input instead of writing NAME{FIX_SUFFIX}.SUFFIX beside "
            "it (the input is replaced by danvan's rendering: keep a copy)"
        ),
    )
    parser.set_defaults(handler=run_check)


def _files(paths: Sequence[str], suffixes: set[str], skipped: Counter[str]) -> Iterator[Path]:
    """The files to check; files in folders that danvan does not read are counted in ``skipped``."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or FIX_SUFFIX in child.suffixes:
                    continue
                if child.suffix.lower() in suffixes:
                    yield child
                else:
                    skipped[child.suffix.lower() or "(no suffix)"] += 1
        else:
            yield path


def _hint(path: Path) -> str:
    """What a clerk can do with a file danvan does not read (a legacy .doc, a PDF)."""
    suffix = path.suffix.lower()
    if suffix in _LEGACY_WORD:
        return (
            "; open it in Word or LibreOffice and save it as .docx (Word Document), then check that"
        )
    if suffix == ".pdf":
        return "; danvan does not read PDF: copy its text into a .txt file, or check the .docx it was made from"
    return ""


def _load(path: Path) -> BaseDocument:
    if path.suffix.lower() == _JSON:
        from danvan.io import from_json

        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as error:
            raise DanvanError(f"{path}: not UTF-8 JSON ({error.reason})") from None
        document = from_json(text)
    else:
        from danvan.reading import read

        document = read(path)
    if not isinstance(document, BaseDocument):
        raise DanvanError(f"{path}: not a report or plan")
    return document


def _write_fixed(path: Path, document: BaseDocument, in_place: bool) -> Path:
    """Write the fixed document in its input's format; a format no renderer writes becomes JSON.

    A plugin reader's file (no built-in renderer for its suffix) is never overwritten with
    JSON: the fixed document goes to ``NAME.fixed.json`` beside it, even with ``--in-place``.
    """
    from danvan.rendering.registry import render

    renderer = _RENDERER_FOR_SUFFIX.get(path.suffix.lower())
    if renderer is None:
        target = path.with_name(f"{path.stem}{FIX_SUFFIX}{_JSON}")
        renderer = "json"
    elif in_place:
        target = path
    else:
        target = path.with_name(f"{path.stem}{FIX_SUFFIX}{path.suffix}")
    render(document, renderer, target)
    return target


def _recheck(
    target: Path, fixed: BaseDocument, args: argparse.Namespace, on: dt.date | None
) -> CheckResult:
    """Check the file ``--fix`` wrote, as read back: its findings stand at its own lines.

    The fixed model still names the input as its origin, whose lines are the ones the fix
    changed (a D203 date line typed 'ngày 5' would be reported again). When the written
    file cannot be read back, the fixed model is checked as ``target`` with the input's
    lines dropped.
    """
    try:
        document = _load(target)
    except (DanvanError, OSError):
        document = fixed
    return _check(document, target, args, on)


def _check(
    document: BaseDocument, path: Path, args: argparse.Namespace, on: dt.date | None
) -> CheckResult:
    """``check`` with the command line's rule selection, date and preview, as ``path``."""
    from danvan.checking.engine import check

    return check(
        document,
        select=args.select,
        ignore=args.ignore,
        on=on,
        preview=args.preview,
        file=str(path),
    )


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _summary(
    results: list[tuple[str | None, Sequence[Finding]]],
    not_evaluated: Counter[str],
    unreadable: int = 0,
    skipped: Counter[str] | None = None,
) -> str:
    counts: Counter[str] = Counter()
    for _, findings in results:
        for f in findings:
            if f.status is FindingStatus.NOT_EVALUATED:
                continue
            key = "needs review" if f.status is FindingStatus.NEEDS_REVIEW else f.severity.value
            counts[key] += 1
    files = len(results)
    lines = [
        "",
        f"{files} file(s) checked: "
        + ", ".join(f"{counts[k]} {k}" for k in ("error", "warning", "info", "needs review")),
    ]
    if unreadable:
        lines.append(f"{unreadable} file(s) could not be read (see the errors above): not checked")
    if skipped:
        lines.append(
            f"{sum(skipped.values())} file(s) in the folders skipped, in formats danvan does "
            "not read: " + ", ".join(f"{suffix} ×{n}" for suffix, n in sorted(skipped.items()))
        )
    if not_evaluated:
        lines.append(
            "not evaluated (missing information, so not a pass): "
            + ", ".join(f"{code} ×{n}" for code, n in sorted(not_evaluated.items()))
        )
    return "\n".join(lines)


def _date_option(text: str | None) -> dt.date | None:
    """The date of ``--on``: ISO (2025-12-31) or as Vietnamese write it (31/12/2025)."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        pass
    from danvan.vn import parse_date

    try:
        day = parse_date(text)
    except DanvanError:
        day = None
    if not isinstance(day, dt.date):
        raise DanvanError(
            f"--on {text!r} is not a date: write it as YYYY-MM-DD (2025-12-31) or "
            "DD/MM/YYYY (31/12/2025), a full date (ngày, tháng, năm)"
        )
    return day


def run_check(args: argparse.Namespace) -> int:
    """The ``danvan check`` command (see the module docstring for the exit status)."""
    from danvan import __version__
    from danvan.checking.engine import selected_rules
    from danvan.checking.fixes import apply_fixes
    from danvan.checking.output import as_json, human, sarif, statistics
    from danvan.reading import readers

    if not args.fix and (args.unsafe_fixes or args.in_place):
        flag = "--unsafe-fixes" if args.unsafe_fixes else "--in-place"
        print(f"danvan check: error: {flag} works with --fix; add --fix", file=sys.stderr)
        return 2
    try:
        on = _date_option(args.on)
        selected_rules(args.select, args.ignore, preview=args.preview)
    except DanvanError as error:
        print(f"danvan check: error: {error}", file=sys.stderr)
        return 2
    suffixes = {_JSON, *(s.lower() for info in readers() for s in getattr(info, "suffixes", ()))}
    skipped: Counter[str] = Counter()
    files = list(_files(args.paths, suffixes, skipped))
    unreadable = 0
    show_progress = len(files) > 1 and sys.stderr.isatty() and args.format == "human"
    results: list[tuple[str | None, Sequence[Finding]]] = []
    not_evaluated: Counter[str] = Counter()
    status = 0
    failed = False
    for done, path in enumerate(files, 1):
        try:
            document = _load(path)
            result = _check(document, path, args, on)
        except (DanvanError, OSError) as error:
            named = str(error) if str(path) in str(error) else f"{path}: {error}"
            hint = "" if "save it as .docx" in named else _hint(path)  # said by the reader
            print(f"danvan check: error: {named}{hint}", file=sys.stderr)
            status = 2
            unreadable += 1
            continue
        finally:
            if show_progress:
                _progress(done, len(files))
        not_evaluated.update(result.not_evaluated)
        findings: Sequence[Finding] = result.findings
        shown = path
        if args.fix:
            fixed, applied = apply_fixes(document, result, unsafe=args.unsafe_fixes)
            if applied:
                target = _write_fixed(path, fixed, args.in_place)
                print(f"fixed {len(applied)} finding(s): wrote {target}", file=sys.stderr)
                result = _recheck(target, fixed, args, on)
                findings, shown = result.findings, target
        if any(f.severity is Severity.ERROR and f.status is FindingStatus.FAIL for f in findings):
            failed = True
        results.append((str(shown), findings))
    if args.format == "json":
        print(as_json(results))
    elif args.format == "sarif":
        print(sarif(results, __version__))
    elif args.statistics:
        for code, name, count in statistics(f for _, fs in results for f in fs):
            print(f"{count:6d}  {code}  {name}")
        print(_summary(results, not_evaluated, unreadable, skipped))
    else:
        text = human(results)
        if text:
            print(text)
        print(_summary(results, not_evaluated, unreadable, skipped))
    if status:
        return status
    return 1 if failed else 0
