"""The notebook view (hiển thị trong notebook): what Jupyter shows for a document or one of its parts.

The model's ``_repr_html_`` methods call :func:`notebook_html` lazily, on display only, so
``danvan.model`` keeps no import-time dependency on rendering. The HTML comes from the
renderer registered as ``html`` (its ``render_fragment``), wrapped so that it fits a narrow
output cell: the page is never wider than the cell, its print margins shrink, and a table
wider than the cell scrolls sideways instead of overflowing it.
"""

from __future__ import annotations

from html import escape

__all__ = ["NOTEBOOK_CSS", "notebook_html"]

NOTEBOOK_CSS = """\
.danvan-notebook { max-width: 100%; overflow-x: auto; }
.danvan-notebook .danvan-document .dv-page { max-width: 100%; padding: 6mm 5mm; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.2); }
.danvan-notebook .danvan-document p, .danvan-notebook .danvan-document h2, .danvan-notebook .danvan-document h3, .danvan-notebook .danvan-document h4, .danvan-notebook .danvan-document h5, .danvan-notebook .danvan-document h6, .danvan-notebook .danvan-document ul.dv-bullets li { text-indent: 0; }
.danvan-notebook .danvan-document table { display: block; max-width: 100%; overflow-x: auto; }
.danvan-notebook .danvan-document .dv-header, .danvan-notebook .danvan-document .dv-closing { min-width: 0; }
.danvan-notebook .danvan-document .dv-appendix.dv-alone { break-before: auto; margin-top: 0; padding-top: 0; border-top: none; }
"""
"""Rules for the notebook only, scoped under ``.danvan-notebook`` (they follow the renderer's own)."""


def notebook_html(obj: object) -> str:
    """The HTML a notebook shows for ``obj`` (a Report, a Plan, a Section, an Appendix, a table)."""
    from danvan.rendering.registry import get_renderer

    fragment = getattr(get_renderer("html"), "render_fragment", None)
    # An "html" plugin without a notebook view: show the object's repr.
    body = f"<pre>{escape(repr(obj))}</pre>" if fragment is None else fragment(obj)
    return f'<div class="danvan-notebook">\n<style>\n{NOTEBOOK_CSS}</style>\n{body}</div>\n'
