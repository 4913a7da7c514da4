"""Every built-in renderer says the same thing in the same order: text, Markdown, HTML, .docx.

Generated documents (``danvan.testing.strategies``) are rendered four times; each output is
read back with its own format's rules (Markdown unescaped and its table pipes split, HTML
parsed, the .docx read from its XML in document order) into lines of text, and tables are
written the way the plain-text layout writes them (so a dropped, added or moved cell shows).
The word sequences from the type name (ô 5a) to the end must be equal; footnote texts are
compared separately, in order (the .docx keeps them in footnotes.xml).

Markup aside means exactly: tags, Markdown escapes and markers, table rules, and the "*"
character, which plain text uses to mark emphasis and cannot escape (a literal "*" in
content is dropped from all four outputs alike). Footnote marks are compared as numbers.
The masthead (ô 1-4) is a two-column grid with no single reading order, and the .docx sets
the marks around it (draft mark, ô 10a, 10b, 11) inside its table: the ordered comparison
starts at the type name; before it, a second property compares the words as a bag (nothing
dropped, doubled or added by one renderer), and their order is tested by each renderer's own
tests (test_render_docx_rules.py checks it in all four).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from html.parser import HTMLParser

import attrs
from hypothesis import given
from lxml import etree

from danvan.model import BaseDocument
from danvan.rendering.registry import render
from danvan.rendering.text import FOOTNOTE_RULE
from danvan.rendering.wording import GROUP_LEAD, INDICATOR_HEADER, TASK_HEADER, indicator_label
from danvan.testing import strategies as dvst

_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

Table = tuple[tuple[str, ...], list[tuple[str, ...]]]


def as_text_lines(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """A table as the plain-text layout writes it (the oracle all four are compared in)."""
    lines: list[str] = []
    if header == INDICATOR_HEADER:
        for stt, label, value, note in rows:
            marker = indicator_label(stt)
            if not stt and label[:2] in ("- ", "+ "):
                marker, label = label[0], label[2:]
            lead = GROUP_LEAD if label.endswith(GROUP_LEAD) else ""
            name = label[: len(label) - len(lead)]
            line = f"{marker} {name}" + (f": {value}" if value else "")
            lines.append(line + (f" ({note})" if note else "") + lead)
    elif header[:5] == TASK_HEADER[:5]:  # with "Chỉ tiêu" and "Kinh phí" when used
        labels = {
            "Đơn vị chủ trì": "Chủ trì",
            "Đơn vị phối hợp": "phối hợp",
            "Thời gian": "thời gian",
            "Chỉ tiêu": "chỉ tiêu",
            "Sản phẩm": "sản phẩm",
            "Kinh phí": "kinh phí",
        }
        for row in rows:
            cells = dict(zip(header, row, strict=True))
            details = [
                f"{label}: {cells[column]}" for column, label in labels.items() if cells.get(column)
            ]
            lines.append(f"{cells['STT']}. {cells['Nội dung nhiệm vụ']}")
            if details:
                text = "; ".join(details)
                lines.append(f"   {text[:1].upper()}{text[1:]}.")
    else:
        lines += [" | ".join(header), *(" | ".join(row) for row in rows)]
    return lines


# -- plain text: the reference layout --------------------------------------------------------


def text_parts(text: str, document: BaseDocument) -> tuple[list[str], list[str]]:
    lines = text.split("\n")
    # The body starts at the type name ("BÁO CÁO"): the stamps (ô 10a, 10b) follow the
    # place and date line in plain text; a document as read without one (AS_READ) starts
    # at its first type name line.
    type_name = type(document).document_type.value.upper()
    after = 0 if document.place_date is None else lines.index(str(document.place_date)) + 1
    start = lines.index(type_name, after)
    body, notes, in_notes = [], [], False
    for line in lines[start:]:
        if line == FOOTNOTE_RULE:
            in_notes = True
        elif in_notes and not line:
            in_notes = False
        elif in_notes:
            notes.append(line.split(" ", 1)[1])
        else:
            body.append(line)
    return body, notes


# -- Markdown ----------------------------------------------------------------------------------

_MD_ESCAPED = re.compile(r"\\(.)", re.S)


_MD_TAG = re.compile(r"(?<!\\)</?[a-z]+>")
"""Raw inline HTML the renderer writes (``<sup>``); content's "<" is always escaped."""


def _md_unescape(text: str) -> str:
    text = _MD_TAG.sub("", text)
    text = _MD_ESCAPED.sub(lambda m: m[1], text)
    return text.replace("&amp;", "&")


def _md_cells(line: str) -> tuple[str, ...]:
    cells, current, index = [], [], 1  # skip the leading "|"
    while index < len(line):
        char = line[index]
        if char == "\\" and index + 1 < len(line):
            current.append(line[index : index + 2])
            index += 2
            continue
        if char == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
        index += 1
    return tuple(_md_unescape(cell.replace("<br>", " ")) for cell in cells)


def markdown_parts(markdown: str) -> tuple[list[str], list[str]]:
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# "))
    body: list[str] = []
    notes: list[str] = []
    table: list[tuple[str, ...]] = []
    for line in [*lines[start:], ""]:
        if line.startswith("| "):
            table.append(_md_cells(line))
            continue
        if table:
            header, rows = table[0], table[2:]  # table[1] is the rule row
            body += as_text_lines(header, rows)
            table = []
        if note := re.match(r"\[\^\d+\]: (.*)", line, re.S):
            notes.append(_md_unescape(note[1]))
            continue
        if line == "---":
            continue  # the rule before an appendix
        line = re.sub(r"^#+ ", "", line)
        line = re.sub(r"\[\^(\d+)\]", r"\1", line)
        line = re.sub(r"(?<!\\)\\$", "", line)  # a hard line break
        body.append(_md_unescape(line))
    return body, notes


# -- HTML --------------------------------------------------------------------------------------


class _HtmlReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.started = False
        self.skip = 0
        self.body: list[str] = []
        self.notes: list[str] = []
        self.line: list[str] = []
        self.in_notes = False
        self.table: list[list[str]] | None = None
        self.caption = False
        self.markers: list[str] = []
        self.skipping: list[str] = []
        self.lists: list[str] = []

    def flush(self) -> None:
        text = "".join(self.line)
        self.line = []
        if self.table is not None:
            if self.table:
                self.table[-1].append(text)
            return
        if text.strip():
            (self.notes if self.in_notes else self.body).append(text)

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs_).get("class") or "").split()
        if tag == "h1" and "dv-title" in classes:
            self.started = True
        if tag in ("style", "title", "head") or (tag == "a" and "dv-backref" in classes):
            self.skip += 1
            self.skipping.append(tag)
        if tag == "aside":
            self.flush()
            self.in_notes = True
        if tag == "br":
            self.line.append(" ")
        elif tag in ("td", "th"):
            self.line = []
        elif tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span"):
            self.flush()
        if tag == "ul":
            self.markers.append("+" if "dv-marker-plus" in classes else "-")
        if tag == "li" and not self.in_notes and self._bullets():
            self.line.append(self.markers[-1] + " ")
        if tag == "table":
            self.flush()
            self.table = []
        if tag == "caption":
            self.caption = True
        if tag == "tr" and self.table is not None:
            self.table.append([])
        if tag == "ul":
            self.lists.append(" ".join(classes))

    def _bullets(self) -> bool:
        """Inside a bullet list (the stylesheet draws its "-" or "+")."""
        return bool(self.lists) and "dv-bullets" in self.lists[-1]

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
            self.skip -= 1
        if tag == "caption" and self.table is not None:
            caption = "".join(self.line)
            self.line = []
            self.table = None
            if caption.strip():
                self.body.append(caption)
            self.table = []
            return
        if tag in ("td", "th") and self.table is not None:
            self.flush()
            return
        if tag == "table" and self.table is not None:
            rows = [tuple(row) for row in self.table if row]
            self.table = None
            self.body += as_text_lines(rows[0], list(rows[1:]))
            return
        if tag == "ul":
            self.markers.pop()
            self.lists.pop()
        if tag == "aside":
            self.flush()
            self.in_notes = False
        if tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span"):
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.started and not self.skip:
            self.line.append(data)


def html_parts(page: str) -> tuple[list[str], list[str]]:
    reader = _HtmlReader()
    reader.feed(page)
    reader.close()
    reader.flush()
    return reader.body, reader.notes


# -- .docx ---------------------------------------------------------------------------------------


def _run_text(paragraph: etree._Element) -> str:
    out = []
    for node in paragraph.iter(f"{W}t", f"{W}br", f"{W}tab", f"{W}footnoteReference"):
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}footnoteReference":
            out.append(node.get(f"{W}id") or "")
        else:
            out.append(" ")
    return "".join(out)


def _style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{W}pPr/{W}pStyle")
    return "" if style is None else style.get(f"{W}val") or ""


def docx_parts(data: bytes) -> tuple[list[str], list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
        names = archive.namelist()
        footnotes = (
            etree.fromstring(archive.read("word/footnotes.xml"))
            if "word/footnotes.xml" in names
            else None
        )
    body_element = document.find(f"{W}body")
    assert body_element is not None
    body: list[str] = []
    started = False
    for element in body_element:
        if element.tag == f"{W}p":
            if _style(element) == "DanvanTypeName":
                started = True
            if started:
                body.append(_run_text(element))
        elif element.tag == f"{W}tbl" and started:
            paragraphs = list(element.iter(f"{W}p"))
            if any(_style(p) == "DanvanTableHeader" for p in paragraphs):
                rows = [
                    tuple(_run_text(cell.find(f"{W}p")) for cell in row.findall(f"{W}tc"))
                    for row in element.findall(f"{W}tr")
                ]
                body += as_text_lines(rows[0], rows[1:])
            else:
                body += [_run_text(p) for p in paragraphs]
    notes: list[str] = []
    if footnotes is not None:
        for note in footnotes.findall(f"{W}footnote"):
            if note.get(f"{W}type") is None:
                notes.append(_run_text(note.find(f"{W}p")).strip())  # type: ignore[arg-type]
    return body, notes


# -- the property ---------------------------------------------------------------------------------


def words(lines: list[str]) -> list[str]:
    return " ".join(lines).translate(_SUPERSCRIPTS).replace("*", "").split()


def comparable(document: BaseDocument) -> BaseDocument:
    """The document without the address block (ô 13): the .docx prints it as page 1's footer,
    outside the flow of document.xml, the other formats after the signature block (the
    footer is tested in test_render_docx_rules.py)."""
    if document.issuer is None:  # a document as read may have none
        return document
    return attrs.evolve(document, issuer=attrs.evolve(document.issuer, contact=None))


@given(dvst.documents())
def test_all_four_renderers_carry_the_same_text_in_the_same_order(document: BaseDocument) -> None:
    document = comparable(document)
    text_body, text_notes = text_parts(render(document, "text").decode("utf-8"), document)
    parts = {
        "markdown": markdown_parts(render(document, "markdown").decode("utf-8")),
        "html": html_parts(render(document, "html").decode("utf-8")),
        "docx": docx_parts(render(document, "docx")),
    }
    expected = words(text_body)
    for name, (body, notes) in parts.items():
        assert words(body) == expected, name
        assert [words([note]) for note in notes] == [words([note]) for note in text_notes], name


# -- the masthead (ô 1-4 and the marks around it): same words, in any order -----------------

_MD_MARKUP = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def text_masthead(text: str, document: BaseDocument) -> list[str]:
    lines = text.split("\n")
    type_name = type(document).document_type.value.upper()
    after = 0 if document.place_date is None else lines.index(str(document.place_date)) + 1
    return lines[: lines.index(type_name, after)]


def markdown_masthead(markdown: str) -> list[str]:
    lines = markdown.split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("# "))
    out: list[str] = []
    for line in lines[:start]:
        if _MD_MARKUP.match(line.strip()):
            continue  # the table's alignment row
        if line.startswith("|"):
            out += _md_cells(line)
        else:
            out.append(_md_unescape(re.sub(r"(?<!\\)\\$", "", line)))
    return out


class _HtmlMasthead(_HtmlReader):
    """The words before the title (h1.dv-title), table cells included."""

    def __init__(self) -> None:
        super().__init__()
        self.before: list[str] = []
        self.done = False

    def handle_starttag(self, tag: str, attrs_: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs_).get("class") or "").split()
        if tag == "h1" and "dv-title" in classes:
            self.done = True
        if tag in ("style", "title", "head"):
            self.skip += 1
            self.skipping.append(tag)
        if tag == "br" or tag in ("td", "th", "p", "div", "span", "tr"):
            self.before.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
            self.skip -= 1
        if tag in ("td", "th", "p", "div", "span"):
            self.before.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.done and not self.skip:
            self.before.append(data)


def html_masthead(page: str) -> list[str]:
    reader = _HtmlMasthead()
    reader.feed(page)
    reader.close()
    return ["".join(reader.before)]


def docx_masthead(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = etree.fromstring(archive.read("word/document.xml"))
    body_element = document.find(f"{W}body")
    assert body_element is not None
    out: list[str] = []
    for element in body_element:
        if element.tag == f"{W}p" and _style(element) == "DanvanTypeName":
            break
        if element.tag == f"{W}p":
            out.append(_run_text(element))
        elif element.tag == f"{W}tbl":
            out += [_run_text(p) for p in element.iter(f"{W}p")]
    return out


@given(dvst.documents())
def test_all_four_renderers_carry_the_same_words_in_the_masthead(document: BaseDocument) -> None:
    """Before the type name (ô 1-4, the draft mark and stamps), compared as a bag of words:
    the grid has no single reading order, so order is left to each renderer's own tests, but
    no word may be dropped, doubled or added by one renderer alone."""
    expected = sorted(words(text_masthead(render(document, "text").decode("utf-8"), document)))
    outputs = {
        "markdown": markdown_masthead(render(document, "markdown").decode("utf-8")),
        "html": html_masthead(render(document, "html").decode("utf-8")),
        "docx": docx_masthead(render(document, "docx")),
    }
    for name, lines in outputs.items():
        assert sorted(words(lines)) == expected, name


# -- the address block (ô 13): the same words, wherever each format puts it ---------------------


def _docx_footer_words(data: bytes) -> Counter[str]:
    """Every word of the .docx's footer parts (the address block is page 1's footer)."""
    found: Counter[str] = Counter()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if re.fullmatch(r"word/footer\d+\.xml", name):
                root = etree.fromstring(archive.read(name))
                found += Counter(words([_run_text(p) for p in root.iter(f"{W}p")]))
    return found


def _all_words(document: BaseDocument, name: str) -> Counter[str]:
    rendered = render(document, name).decode("utf-8")
    if name == "html":
        reader = _HtmlMasthead()
        reader.feed(rendered)
        reader.close()
        reader.done = False  # take the whole page
        body, notes = html_parts(rendered)
        return Counter(words(["".join(reader.before), *body, *notes]))
    if name == "markdown":
        lines = [_md_unescape(re.sub(r"(?<!\\)\\$", "", line)) for line in rendered.split("\n")]
        return Counter(words(lines))
    return Counter(words([rendered]))


@given(dvst.documents())
def test_the_address_block_carries_the_same_words_in_all_four_renderers(
    document: BaseDocument,
) -> None:
    """What the address block adds (the words with it less those without it) is the same in
    text, Markdown and HTML, and is exactly the words of the .docx's footers."""
    if document.issuer is None or document.issuer.contact is None:
        return
    bare = comparable(document)
    expected = _all_words(document, "text") - _all_words(bare, "text")
    assert expected, "the address block prints no word in plain text"
    for name in ("markdown", "html"):
        added = _all_words(document, name) - _all_words(bare, name)
        assert added == expected, name
    assert _docx_footer_words(render(document, "docx")) == expected
