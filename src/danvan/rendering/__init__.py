"""Renderers (trình bày văn bản): model → text, Markdown, HTML, .docx, JSON.

Nothing is imported until used: ``danvan.rendering.text``, ``.markdown``, ``.html`` and
``.docx`` load on first use, through the registry (:mod:`danvan.rendering.registry`).
Plugin authors build on :mod:`danvan.rendering.walker` and :mod:`danvan.rendering.wording`.
``danvan.rendering.render_text`` still works (loaded on first use); it is documented where it
lives, :func:`danvan.rendering.text.render_text` (a lazy name in ``__all__`` made the API
reference warn that it does not resolve).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from danvan.rendering.text import render_text as render_text

__all__: list[str] = []


def __getattr__(name: str) -> Any:
    if name == "render_text":
        from danvan.rendering.text import render_text

        return render_text
    raise AttributeError(f"module 'danvan.rendering' has no attribute {name!r}")
