"""Command line (dòng lệnh): ``danvan demo`` renders the bundled example report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from danvan import __version__
from danvan._files import write_atomic
from danvan.errors import DanvanError

__all__ = ["main"]

DEMO_STEM = "bao-cao-demo"


def _demo(args: argparse.Namespace) -> int:
    from danvan.demo import demo_report
    from danvan.io import to_json
    from danvan.render import render_text

    report = demo_report()
    folder = Path(args.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        write_atomic(folder / f"{DEMO_STEM}.json", to_json(report)),
        write_atomic(folder / f"{DEMO_STEM}.txt", render_text(report)),
    ]
    print(f"danvan {__version__}: rendered the example report Số {report.number}")
    for path in written:
        print(f"wrote {path}")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danvan",
        description="Build, check and render Vietnamese dân vận plans and reports.",
    )
    parser.add_argument("--version", action="version", version=f"danvan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser(
        "demo", help="render the bundled example report (JSON and text) into a folder"
    )
    demo.add_argument(
        "-o",
        "--output-dir",
        default=".",
        help="folder to write into (default: the current directory)",
    )
    demo.set_defaults(handler=_demo)
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
