"""Build the API reference (tài liệu API) from the docstrings with pdoc, offline.

    pip install -e ".[docs]"
    python docs/build_api.py site/api        # then open site/api/index.html

The pages are generated from the code, so they are never out of date; nothing is fetched
from the network (pdoc's templates are bundled). ``.ci/run`` builds them on every run.
"""

from __future__ import annotations

import sys
from pathlib import Path

MODULES = (
    "danvan",
    "danvan.errors",
    "danvan.io",
    "danvan.rendering",
    "danvan.reading",
    "danvan.checking",
    "danvan.cycle",
    "danvan.refs",
    "danvan.testing",
)
"""The public packages: ``danvan`` itself (models, JSON, rendering, errors; ``danvan.vn`` comes
with it) and the subpackages users and plugin authors import."""


def build(output: Path) -> Path:
    """Write the HTML reference of :data:`MODULES` into ``output``; returns its index page."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="restructuredtext", footer_text="danvan API reference")
    pdoc.pdoc(*MODULES, output_directory=output)
    return output / "index.html"


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "site/api")
    print(f"wrote {build(target).resolve()}")
