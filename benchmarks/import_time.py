"""Import time of danvan against python-docx alone, measured in the same run.

Each import runs in a fresh interpreter (``python -X importtime -c "import X"``) so nothing
is cached in memory; the figure is the cumulative microseconds of the top-level module as
``-X importtime`` reports it. Both packages get the same bytecode cache (a private
``pycache_prefix``, written by a warm-up run, even where ``PYTHONDONTWRITEBYTECODE`` is set),
so neither pays for compiling its source while the other reads ``.pyc`` files. Runs alternate (danvan, docx, danvan, docx …) and the median
of ``--runs`` is printed, with the ratio danvan / docx (target: at most 1.0).

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


def import_microseconds(module: str) -> int:
    """The cumulative import time of ``module`` in a fresh interpreter, in microseconds."""
    result = subprocess.run(
        [
            sys.executable,
            "-X",
            f"pycache_prefix={_CACHE}",
            "-X",
            "importtime",
            "-c",
            f"import {module}",
        ],
        check=True,
        capture_output=True,
        text=True,
        env=_ENV,
    )
    for line in reversed(result.stderr.splitlines()):
        # "import time:      self [us] |  cumulative | imported package"
        parts = [part.strip() for part in line.removeprefix("import time:").split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1])
    raise RuntimeError(f"no import time reported for {module}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, list[int]] = {"danvan": [], "docx": []}
    for module in ("danvan", "docx"):  # warm the file-system cache once
        import_microseconds(module)
    for _ in range(args.runs):
        for module in times:
            times[module].append(import_microseconds(module))
    danvan = statistics.median(times["danvan"])
    docx = statistics.median(times["docx"])
    print(f"python {sys.version.split()[0]}, median of {args.runs} fresh interpreters each")
    print(f"import danvan  {danvan / 1000:8.1f} ms")
    print(f"import docx    {docx / 1000:8.1f} ms  (python-docx alone)")
    print(f"ratio danvan / docx: {danvan / docx:.2f}  (target <= 1.00)")


if __name__ == "__main__":
    main()
