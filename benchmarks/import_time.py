"""Import time of danvan against python-docx alone, measured in the same run.

Each snippet runs in a fresh interpreter under ``python -X importtime`` so nothing is cached
in memory; its figure is the sum of the cumulative microseconds of every top-level import
the snippet triggers (interpreter start-up imports, the same for all, left out). Both
packages get the same bytecode cache (a private ``pycache_prefix``, written by a warm-up
run, even where ``PYTHONDONTWRITEBYTECODE`` is set), so neither pays for compiling its
source while the other reads ``.pyc`` files. Runs alternate and the median of ``--runs`` is
printed, with ratios to ``import docx`` (target for ``import danvan``: at most 1.0).

``import danvan`` loads only the package and its errors: every public name loads on first
use (PEP 562). The second line is what a user pays on first touching the model
(``danvan.Report``); the third, rendering a .docx needs python-docx anyway.

    python benchmarks/import_time.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

_CACHE = tempfile.mkdtemp(prefix="danvan-import-bench-")
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

SNIPPETS = {
    "import danvan": "import danvan",
    "import danvan; danvan.Report": "import danvan; danvan.Report",
    "import danvan; danvan.render (docx renderer)": ("import danvan; danvan.get_renderer('docx')"),
    "import docx": "import docx",
}


def _top_level(code: str) -> dict[str, int]:
    result = subprocess.run(
        [sys.executable, "-X", f"pycache_prefix={_CACHE}", "-X", "importtime", "-c", code],
        check=True,
        capture_output=True,
        text=True,
        env=_ENV,
    )
    found: dict[str, int] = {}
    for line in result.stderr.splitlines():
        # "import time:      self [us] |  cumulative | imported package"
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.removeprefix("import time:").split("|")
        if not name.startswith("  "):  # one space after "|": a top-level import
            found[name.strip()] = int(cumulative)
    return found


def import_microseconds(code: str, startup: set[str]) -> int:
    """The import time ``code`` adds to a bare interpreter, in microseconds."""
    return sum(us for name, us in _top_level(code).items() if name not in startup)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    startup = set(_top_level("pass"))
    for code in SNIPPETS.values():  # warm the bytecode and file-system caches
        import_microseconds(code, startup)
    times: dict[str, list[int]] = {label: [] for label in SNIPPETS}
    for _ in range(args.runs):
        for label, code in SNIPPETS.items():
            times[label].append(import_microseconds(code, startup))
    medians = {label: statistics.median(values) for label, values in times.items()}
    docx = medians["import docx"]
    print(f"python {sys.version.split()[0]}, median of {args.runs} fresh interpreters each")
    for label, value in medians.items():
        print(f"{label:48} {value / 1000:8.1f} ms   {value / docx:5.2f}x import docx")
    print(
        f"ratio import danvan / import docx: {medians['import danvan'] / docx:.2f} (target <= 1.00)"
    )


if __name__ == "__main__":
    main()
