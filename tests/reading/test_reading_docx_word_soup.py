"""Word documents drawn at random from the forms of word_forms.py: read whole, nothing lost.

Each example stacks paragraphs and tables of the forms the reader's Word fixtures vary one
at a time (automatic lists of every kind, typed labels, headings by style, bullets in symbol
fonts, merged cells, fields, content controls, text boxes, hidden text, footnotes, line
breaks, tabs) in any order, between the standard header and closing. Whatever the order,
``danvan.read`` returns a document, every text Word shows is in its text rendering (the
measure of test_reading_docx_word_forms), and the document renders to every format.
"""

from __future__ import annotations

from docx_fixtures import OUTLINE_LISTS, numbered, p, r
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reading_docx_word_forms import _field, _text_box, read
from word_forms import (
    BULLETS,
    CLOSING,
    CONTINUOUS,
    ENDING,
    HEADER,
    KHOAN,
    LEGAL,
    LITERAL,
    MIXED_PARTS,
    SUFFIXES,
    TITLE,
    build_docx,
    cell,
    grid_table,
    listed,
    row,
)

import danvan
from hypothesis_profiles import scaled

# every list of the fixtures at once (each builder repeats OUTLINE_LISTS: taken once)
NUMBERING = (
    OUTLINE_LISTS
    + KHOAN.removeprefix(OUTLINE_LISTS)
    + BULLETS.removeprefix(OUTLINE_LISTS)
    + LEGAL
    + CONTINUOUS
    + SUFFIXES
    + LITERAL
    + MIXED_PARTS
)
# (list id, deepest level) of the lists in NUMBERING
LISTS = [(1, 3), (2, 1), (20, 2), (22, 2), (30, 0), (31, 0), (32, 0), (70, 2), (80, 4),
         (90, 1), (91, 1), (92, 1), (100, 2)]  # fmt: skip
WORDS = ["Kết quả", "công tác", "dân vận", "TUYÊN TRUYỀN", "hội nghị", "04", "Hòa An",
         "NHIỆM VỤ", "đối thoại", "2.000", "tờ rơi", "năm 2025", "Sở Nội vụ"]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


@st.composite
def blocks(draw: st.DrawFn, note_ids: list[int]) -> str:
    text = draw(texts)
    kind = draw(st.integers(0, 19))
    if kind == 0:
        return p(text)
    if kind == 1:
        num_id, deepest = draw(st.sampled_from(LISTS))
        return listed(text, num_id, draw(st.integers(0, deepest)))
    if kind == 2:
        return numbered(
            text,
            1,
            draw(st.integers(0, 3)),
            style=draw(st.sampled_from(["Heading1", "Heading2", None])),
        )
    if kind == 3:
        label = draw(st.sampled_from(["I.", "II.", "1.", "2.", "1.1.", "a)", "-", "+", "II.1."]))
        return p(raw=r(label, "<w:b/>") + "<w:r><w:tab/></w:r>" + r(text, "<w:b/>"))
    if kind == 4:
        width = draw(st.integers(2, 4))
        rows = "".join(
            row(
                *(cell(p(draw(texts))) for _ in range(width)),
                trpr=draw(st.sampled_from(["", "<w:tblHeader/>"])),
            )
            for _ in range(draw(st.integers(1, 3)))
        )
        spanning = row(cell(p(text), f'<w:gridSpan w:val="{width}"/>'))
        return grid_table(
            draw(st.sampled_from([spanning, ""])) + rows, width, borders=draw(st.booleans())
        )
    if kind == 5:
        return p(raw=r(text) + _field(" PAGE ", "3") + r("."))
    if kind == 6:
        return f"<w:sdt><w:sdtPr/><w:sdtContent>{p(text)}</w:sdtContent></w:sdt>"
    if kind == 7:
        return p(raw=r("Neo") + _text_box(p(text), 0))
    if kind == 8:
        return p(raw=r(text) + r(" ẩn", "<w:vanish/>"))
    if kind == 9:
        note = len(note_ids) + 1
        note_ids.append(note)
        return p(raw=r(text) + f'<w:r><w:footnoteReference w:id="{note}"/></w:r>')
    if kind == 10:
        return p(raw=r(text) + "<w:r><w:br/></w:r>" + r(draw(texts)))
    if kind == 11:
        return p(raw=r(text) + "<w:r><w:tab/><w:tab/></w:r>" + r(draw(texts)))
    if kind == 12:
        return p(text, rpr=draw(st.sampled_from(["<w:caps/>", "<w:smallCaps/>", "<w:b/><w:i/>"])))
    if kind == 14:  # a paragraph mark deleted with tracked changes, and deleted runs
        return (
            f'<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="A"/></w:rPr></w:pPr>{r(text)}</w:p>'
            + p(
                raw='<w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>'
                + r(draw(texts))
            )
        )
    if kind == 15:  # inserted runs, a hyperlink, a smart tag, custom XML
        return p(
            raw='<w:ins w:id="3" w:author="A">'
            + r(text)
            + "</w:ins>"
            + '<w:hyperlink r:id="rId9">'
            + r(" xem")
            + "</w:hyperlink>"
            + '<w:smartTag w:element="place">'
            + r(" Hòa An")
            + "</w:smartTag>"
            + '<w:customXml w:element="x">'
            + r(" cuối")
            + "</w:customXml>"
        )
    if kind == 16:  # a boxed note: a table of one cell
        return grid_table(row(cell(p(text))), 1, borders=True)
    if kind == 17:  # a table nested in a cell
        inner = grid_table(row(cell(p(text)), cell(p(draw(texts)))), 2, borders=True)
        return grid_table(row(cell(p(draw(texts))), cell(inner + p(""))), 2, borders=True)
    if kind == 18:  # a paragraph in a heading style broken by a line break
        return p(
            raw=r(text.upper()) + "<w:r><w:br/></w:r>" + r(draw(texts).upper()), style="Heading2"
        )
    if kind == 19:  # symbols of the Symbol font in the text
        return p(raw=r(text) + '<w:r><w:sym w:font="Symbol" w:char="F0B3"/></w:r>' + r(" 95%"))
    return p(
        raw=f'<w:r><w:sym w:font="{draw(st.sampled_from(["Symbol", "Wingdings"]))}" w:char="F0B7"/></w:r>'
        + r(" " + text)
    )


@st.composite
def documents(draw: st.DrawFn) -> bytes:
    note_ids: list[int] = []
    body = "".join(draw(st.lists(blocks(note_ids), min_size=1, max_size=14)))
    footnotes = "".join(
        f'<w:footnote w:id="{note}">{p(f"Ghi chú số {note}.")}</w:footnote>' for note in note_ids
    )
    return build_docx(
        HEADER + TITLE + body + ENDING + CLOSING, numbering=NUMBERING, footnotes=footnotes
    )


@settings(max_examples=scaled(0.5), suppress_health_check=list(HealthCheck))
@given(documents())
def test_any_stack_of_word_forms_reads_whole(data: bytes) -> None:
    document = read(data)  # the nothing-lost measure of the Word fixtures
    for fmt in ("text", "markdown", "html", "docx", "json"):
        assert danvan.render(document, fmt)
