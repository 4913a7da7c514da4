"""The built-in text and JSON renderers, registered through entry points like any plugin."""

from __future__ import annotations

from typing import Any

from danvan.errors import InvalidValueError
from danvan.model import BaseDocument
from danvan.rendering._options import reject_options

__all__ = ["JsonRenderer", "TextRenderer", "reject_options"]


class TextRenderer:
    """Plain text in the layout of the corpus files (UTF-8)."""

    name = "text"
    media_type = "text/plain; charset=utf-8"
    suffix = ".txt"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 text."""
        from danvan.rendering.text import render_text

        reject_options(self.name, options, frozenset())
        return render_text(document).encode("utf-8")


class JsonRenderer:
    """The lossless JSON of ``danvan.to_json`` (UTF-8); ``indent`` sets the indentation."""

    name = "json"
    media_type = "application/json"
    suffix = ".json"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 JSON with its schema_version."""
        from danvan.io import to_json

        reject_options(self.name, options, frozenset({"indent"}))
        indent = options.get("indent", 2)
        if indent is not None and (isinstance(indent, bool) or not isinstance(indent, int)):
            raise InvalidValueError("render('json').indent", indent, "indent is an int or None")
        return to_json(document, indent=indent).encode("utf-8")
