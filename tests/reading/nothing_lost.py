"""The "nothing lost" measure shared by the reading tests (issue 9, §5).

Every non-blank source line, reduced to its letters and digits and case-folded, stands in
the text rendering of what was read, with three allowances that lose no text:

- footnote marks ("¹", "<sup>2</sup>") are left out on both sides: renderers renumber
  footnotes, so "²" may print as "¹";
- Markdown/HTML tags ("<sup>", "<br>") are markup, not text;
- a line with cells ("| a | b |", a header flattened with "|") is measured cell by cell,
  since the cells are printed apart (the agency and the national title);
- a line the reader reported as page furniture (R121 page number, R122 running head)
  is accounted for by that finding.
"""

from __future__ import annotations

import re

from danvan.model import Document
from danvan.rendering.text import render_text

_MARKS_RE = re.compile(r"<sup>\s*[0-9]{1,3}\s*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")


def reduce(text: str) -> str:
    """Letters and digits only, case-folded, footnote marks and tags left out."""
    text = _TAG_RE.sub(" ", _MARKS_RE.sub(" ", text))
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def missing_lines(source: str, document: Document) -> list[tuple[int, str]]:
    """The (line number, line) of each non-blank source line absent from the rendering."""
    rendered = reduce(render_text(document))
    furniture = set()
    if document.origin is not None:
        furniture = {
            f.location.line
            for f in document.origin.findings
            if f.code in ("R121", "R122") and f.location is not None
        }
    missing = []
    for number, line in enumerate(source.splitlines(), start=1):
        if number in furniture:
            continue
        cells = [reduce(cell) for cell in line.split("|")]
        if any(cell and cell not in rendered for cell in cells):
            missing.append((number, line))
    return missing


def assert_nothing_lost(source: str, document: Document, name: str = "source") -> None:
    """Fail with every missing line printed."""
    missing = missing_lines(source, document)
    report = "\n".join(f"  {name}:{number}: {line[:120]}" for number, line in missing)
    assert not missing, f"{len(missing)} line(s) lost in reading:\n{report}"
