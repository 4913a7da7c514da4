"""``python -m danvan``: the same command line as ``danvan``."""

from danvan.cli import main

raise SystemExit(main())
