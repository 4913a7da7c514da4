"""The "nothing lost" measure shared by the reading tests (issue 9, §5).

Every non-blank source line, reduced to its letters and digits and case-folded, stands in
the text rendering of what was read, with three allowances that lose no text:

- footnote marks ("¹", "<sup>2</sup>") are left out on both sides: renderers renumber
  footnotes, so "²" may print as "¹";
- Markdown/HTML tags ("<sup>", "<br>") and pandoc's attributes ("[…]{.underline}") are markup,
  not text, and an HTML entity counts
  as the character it stands for ("&amp;" is "&"), as the Markdown reader decodes it;
- a line with cells ("| a | b |", a header flattened with "|", tabs or runs of three
  spaces) is measured cell by cell, since the cells are printed apart (the agency and the
  national title); so is a header line the reader split as two columns joined by one
  space (R105), by the pieces the reader made of it;
- a line the reader reported as page furniture (R121 page number, R122 running head,
  R123 a page number with a running head on one line), whose number and symbol it
  repaired (R111: a doubled "Số:" dropped, spaces removed) or whose mark it respelled
  (R104: "HOẢ TỐC" read as HỎA TỐC), whose signature note it split from the name (R127:
  "Trần Thị Mai (đã ký)", printed as the note over the name), or that is the standard column heading of a table
  of indicators (R125: "STT", "Chỉ tiêu" …, which the text layout does not print) is
  accounted for by that finding, which quotes it;
- on a line whose place and date the reader prints in the decree's form (R106: "ngày 5 tháng
  1" as "ngày 05 tháng 01"), the date is left out of the measure but the place and anything
  else on the line are measured.
"""

from __future__ import annotations

import html
import re
import unicodedata

from danvan.model import Document
from danvan.reading.header import split_fragments
from danvan.reading.lines import _ATTRIBUTE_SPAN_RE
from danvan.rendering.text import render_text
from danvan.vn.text import normalize_tone_marks

_MARKS_RE = re.compile(r"<sup>\s*[0-9]{1,3}\s*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# the entities the readers decode (danvan.reading.lines)
_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6});")
_TAG_RE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\s*/?>")


_CELLS_RE = re.compile(r"\||\t| {3,}")
# "Sơn La, ngày 5 tháng 1 năm 2026", "Sơn La, ngày 30/6/2025": the place kept, the date not
_PLACE_DATE_RE = re.compile(
    r"([^,]{2,60}),\s*ngày\b(?:.*?năm\s+[0-9]{4}|\s*[0-9]{1,2}[/.\-][0-9]{1,2}[/.\-][0-9]{4})\.?",
    re.IGNORECASE,
)
_PLAIN_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def reduce(text: str, *, marks: bool = False) -> str:
    """Letters and digits only, case-folded, tags left out; footnote marks left out too,
    or with ``marks`` kept as plain digits (a mark the reader kept as text)."""
    # the model holds NFC text; "HOÀ" and "HÒA" are one word in two tone placements, and
    # the renderers print the fixed phrases (the national title) in the decree's own
    text = normalize_tone_marks(unicodedata.normalize("NFC", text))
    text = text.translate(_PLAIN_DIGITS) if marks else _MARKS_RE.sub(" ", text)
    text = _ATTRIBUTE_SPAN_RE.sub(r"\1", text) if "]{" in text else text
    text = _ENTITY_RE.sub(lambda m: html.unescape(m.group()), _TAG_RE.sub(" ", text))
    # upper() first: renderers print level-1 titles in capitals ("ı" prints "I")
    folded = unicodedata.normalize("NFC", text.upper().casefold())  # upper() may decompose
    return "".join(ch for ch in folded if ch.isalnum())


def missing_lines(source: str, document: Document) -> list[tuple[int, str]]:
    """The (line number, line) of each non-blank source line absent from the rendering."""
    text = render_text(document)
    rendered, rendered_marks = reduce(text), reduce(text, marks=True)
    furniture = set()
    if document.origin is not None:
        furniture = {
            f.location.line
            for f in document.origin.findings
            if f.code in ("R104", "R111", "R121", "R122", "R123", "R125", "R127")
            and f.location is not None
        }
    joined = set()
    dated = set()
    if document.origin is not None:
        joined = {
            f.location.line
            for f in document.origin.findings
            if f.code == "R105" and f.location is not None
        }
        dated = {
            f.location.line
            for f in document.origin.findings
            if f.code == "R106" and f.location is not None
        }
    missing = []
    for number, line in enumerate(source.splitlines(), start=1):
        if number in furniture:
            continue
        cells = split_fragments(line) if number in joined else _CELLS_RE.split(line)
        if number in dated:
            # the place and date printed in the decree's form (R106): its place must stand,
            # the rest of the line (a number beside it) is measured as usual
            cells = [_PLACE_DATE_RE.sub(r"\1", cell) for cell in cells]
        for cell in cells:
            plain, marked = reduce(cell), reduce(cell, marks=True)
            if plain and plain not in rendered and marked not in rendered_marks:
                missing.append((number, line))
                break
    return missing


def assert_nothing_lost(source: str, document: Document, name: str = "source") -> None:
    """Fail with every missing line printed."""
    missing = missing_lines(source, document)
    report = "\n".join(f"  {name}:{number}: {line[:120]}" for number, line in missing)
    assert not missing, f"{len(missing)} line(s) lost in reading:\n{report}"
