"""Where a part of a document read from a file came from: file, line and column.

A reader records, in ``document.origin``, a map from each part ("header.subject",
"II.2.b", "recipients") to its place in the source; a document built in code has no
origin, and its findings carry the part alone.
"""

from __future__ import annotations

from typing import Any

__all__ = ["locate"]


def locate(ctx: Any, part: str | None) -> tuple[str | None, int | None, int | None]:
    """(file, line, column) of ``part`` (the nearest enclosing part that has one), or Nones."""
    origin = ctx.origin
    if origin is None:
        return None, None, None
    file = getattr(origin, "source_name", None) or getattr(origin, "source", None)
    places = getattr(origin, "locations", None) or getattr(origin, "parts", None) or {}
    key = part
    while key:
        place = places.get(key) if hasattr(places, "get") else None
        if place is not None:
            line = getattr(place, "line", None)
            column = getattr(place, "column", None)
            if line is None:  # a .docx paragraph: report its index as the line
                index = getattr(place, "paragraph", None)
                line = None if index is None else index + 1
            return (
                file if isinstance(file, str) else None,
                line if isinstance(line, int) and line > 0 else None,
                column if isinstance(column, int) and column > 0 else None,
            )
        key = key.rpartition(".")[0] or (key.partition("[")[0] if "[" in key else "")
    return (file if isinstance(file, str) else None), None, None
