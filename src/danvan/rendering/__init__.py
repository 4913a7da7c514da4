"""Renderers (trình bày văn bản): model → text (and, next, .docx, Markdown, HTML)."""

from danvan.rendering.text import render_text

__all__ = ["render_text"]
