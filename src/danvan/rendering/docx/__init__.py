"""Word (.docx) rendering under Nghị định 30/2020/NĐ-CP, with a provisional Party profile.

- :class:`DocxRenderer`: the ``"docx"`` renderer (``danvan.render(doc, "docx")``);
  options ``style`` (a :class:`DocxStyle`) and ``profile`` ("state" or "party").
- :class:`DocxStyle`: every margin, size and spacing, checked against the decree's ranges.
- :data:`STATE_PROFILE`: the Nghị định 30 defaults (A4, 20/20/30/15 mm, body 14 pt).
- :data:`PARTY_PROFILE`: Party documents (Hướng dẫn 36-HD/VPTW era), PROVISIONAL until
  checked against Hướng dẫn 05-HD/VPTW (2026); all its values are in :data:`PARTY_RULES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from danvan.rendering.docx.style import (
    PARTY_PROFILE,
    PARTY_RULES,
    STATE_PROFILE,
    STATE_RULES,
    DocxStyle,
    Rule,
)

if TYPE_CHECKING:
    from danvan.rendering.docx.renderer import DocxRenderer, render_docx

__all__ = [
    "PARTY_PROFILE",
    "PARTY_RULES",
    "STATE_PROFILE",
    "STATE_RULES",
    "DocxRenderer",
    "DocxStyle",
    "Rule",
    "render_docx",
]


def __getattr__(name: str) -> Any:
    # The renderer (lxml, python-docx) loads on first use; the style profile alone (used by
    # the HTML stylesheet too) stays light.
    if name in ("DocxRenderer", "render_docx"):
        from danvan.rendering.docx import renderer

        return getattr(renderer, name)
    raise AttributeError(f"module 'danvan.rendering.docx' has no attribute {name!r}")
