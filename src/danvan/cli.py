"""Command line (dòng lệnh): ``danvan demo``, ``render``, ``renderers`` and ``refs``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from danvan import __version__
from danvan.errors import DanvanError

__all__ = ["main"]

DEMO_STEM = "bao-cao-demo"


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


def _render(args: argparse.Namespace) -> int:
    from danvan.io import from_json
    from danvan.rendering.registry import get_renderer, render

    source = Path(args.input)
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        print(f"danvan: error: {source} is not UTF-8 text: {error}", file=sys.stderr)
        return 1
    document = from_json(text)
    renderer = get_renderer(args.format)
    target = Path(args.output) if args.output else source.with_suffix(renderer.suffix)
    if target.resolve() == source.resolve():
        print(f"danvan: error: refusing to overwrite the input {source}", file=sys.stderr)
        return 1
    render(document, args.format, target)
    print(f"wrote {target.resolve()}")
    return 0


def _refs(args: argparse.Namespace) -> int:
    import json

    from danvan.refs import check_references, extract_references
    from danvan.refs.console import LineIndex, for_terminal, json_for_terminal

    source = Path(args.input)
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        print(f"danvan: error: {source} is not UTF-8 text: {error}", file=sys.stderr)
        return 1
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
        print(json_for_terminal(json.dumps(payload, ensure_ascii=False, indent=2)))
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Build, check and render Vietnamese dân vận plans and reports.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help="render the bundled example report (.docx, JSON and text) into a folder"
    )
    demo.add_argument(
        "-o",
        "--output-dir",
        default=".",
        help="folder to write into (default: the current directory)",
    )
    demo.set_defaults(handler=_demo)
    render = commands.add_parser("render", help="render a document saved as JSON")
    render.add_argument("input", help="the document as danvan JSON (danvan.to_json)")
    render.add_argument(
        "-f", "--format", required=True, help="renderer name: docx, markdown, html, text, json ..."
    )
    render.add_argument(
        "-o", "--output", help="output file (default: the input name with the format's suffix)"
    )
    render.set_defaults(handler=_render)
    refs = commands.add_parser(
        "refs", help="list the legal references a text file cites, and the findings on them"
    )
    refs.add_argument("input", help="a UTF-8 text file (a report or plan as plain text)")
    refs.add_argument("--json", action="store_true", help="print JSON instead of lines")
    refs.set_defaults(handler=_refs)
    listing = commands.add_parser("renderers", help="list the installed renderers")
    listing.set_defaults(handler=_renderers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 on success, 1 on a danvan error, 2 on usage)."""
    parser = _parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 2
    try:
        result: int = handler(args)
    except DanvanError as error:
        print(f"danvan: error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"danvan: error: {error}", file=sys.stderr)
        return 1
    return result
