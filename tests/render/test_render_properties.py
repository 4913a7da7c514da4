"""Every built-in renderer renders every valid document hypothesis can build, losing no text."""

from __future__ import annotations

import io
import re
import zipfile

import pytest
from hypothesis import given, settings

from danvan.model import BaseDocument, Footnote
from danvan.rendering.registry import render
from danvan.testing import strategies as dst
from hypothesis_profiles import scaled

BUILTINS = ("text", "markdown", "html", "json", "docx")
# Rendering is slow (the .docx above all): 0.4 times the profile's examples.
_SETTINGS = settings(max_examples=scaled(0.4))


def _visible_text(name: str, data: bytes) -> str:
    """The text a reader sees, without markup, whitespace collapsed."""
    if name == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            xml = "".join(
                package.read(part).decode("utf-8")
                for part in package.namelist()
                if part.startswith("word/") and part.endswith(".xml")
            )
        text = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml))
        text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
        text = text.replace("&quot;", '"').replace("&apos;", "'")
    else:
        text = data.decode("utf-8")
    return "".join(text.split())


@pytest.mark.parametrize("name", BUILTINS)
@_SETTINGS
@given(document=dst.documents())
def test_every_renderer_renders_every_document(name: str, document: BaseDocument) -> None:
    data = render(document, name)
    assert data
    if name in ("text", "docx"):
        # the formats with no escaping of their own: every run's text is there, letter by letter
        seen = _visible_text(name, data)
        for paragraph in document.paragraphs():
            for run in paragraph.runs:
                if isinstance(run, Footnote):
                    continue
                letters = "".join(run.text.split()).rstrip("./")
                assert letters in seen or letters.upper() in seen, run
