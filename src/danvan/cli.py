"""Command line (dòng lệnh): ``danvan demo``, ``danvan render``, ``danvan renderers``."""

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
    from danvan.render.registry import render

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
    from danvan.render.registry import get_renderer, render

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


def _renderers(args: argparse.Namespace) -> int:
    from danvan.render.registry import renderers

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
