"""SourceLine keeps every rule of its fields while checking them in one pass (issue 9 §7, speed).

The line a reader builds per paragraph checks its fields with exact type tests first and
falls back to the field rules, which name the field and the rule; these tests hold the
rules and the messages to what the per-field validators said.
"""

from __future__ import annotations

import inspect
import unicodedata
from pathlib import Path
from typing import Any

import attrs
import pytest

import danvan
from danvan.errors import InvalidValueError
from danvan.reading import read
from danvan.reading.docx import as_text_copy, docx_source
from danvan.reading.source import (
    EmphasisSpan,
    SourceFootnote,
    SourceLine,
    SourceLocation,
    SourceTable,
)

WHERE = SourceLocation(source="ke-hoach.docx", paragraph=4)


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("text", 3, "must be str, not int"),
        ("location", "p[4]", "must be SourceLocation, not str"),
        ("bold", 1, "must be bool, not int"),
        ("italic", "yes", "must be bool, not str"),
        ("all_caps", 0, "must be bool, not int"),
        ("centered", 1.0, "must be bool, not float"),
        ("style", 5, "must be str, not int"),
        ("heading_level", True, "must be int, not bool"),
        ("heading_level", "1", "must be int, not str"),
        ("numbering_label", 2, "must be str, not int"),
        ("font", b"Times", "must be str, not bytes"),
        ("emphasis", 5, "emphasis must be a list or tuple of EmphasisSpan, not int"),
        ("emphasis", [(0, 3)], "each item of emphasis must be EmphasisSpan, not tuple"),
        ("footnotes", "ab", "footnotes must be a list or tuple of SourceFootnote, not str"),
        ("footnotes", [None], "each item of footnotes must be SourceFootnote, not NoneType"),
    ],
)
def test_a_wrong_field_is_named_with_its_rule(field: str, value: Any, rule: str) -> None:
    fields: dict[str, Any] = {"text": "Sở Dữ liệu số", "location": WHERE, field: value}
    with pytest.raises(InvalidValueError) as caught:
        SourceLine(**fields)
    message = str(caught.value)
    assert message.startswith(f"SourceLine.{field}")
    assert rule in message


def test_the_first_wrong_field_in_order_is_the_one_named() -> None:
    with pytest.raises(InvalidValueError, match=r"^SourceLine\.bold"):
        SourceLine(text="x", location=WHERE, bold=1, font=2)  # type: ignore[arg-type]


def test_evolve_is_checked_too() -> None:
    line = SourceLine(text="x", location=WHERE)
    with pytest.raises(InvalidValueError, match=r"^SourceLine\.centered"):
        attrs.evolve(line, centered="center")


def test_converters_still_apply() -> None:
    line = SourceLine(
        text=unicodedata.normalize("NFD", "Điều hành"),
        location=WHERE,
        style="  ",
        font="",
        numbering_label=unicodedata.normalize("NFD", "đ)"),
        emphasis=[EmphasisSpan(start=0, end=4, bold=True)],
        superscripts=[(1, 2)],
        footnotes=(SourceFootnote(offset=2, text="Ghi chú"),),
    )
    assert line.text == "Điều hành"
    assert unicodedata.is_normalized("NFC", line.text)
    assert line.style is None
    assert line.font is None
    assert line.numbering_label == "đ)"
    assert line.emphasis == (EmphasisSpan(start=0, end=4, bold=True),)
    assert line.superscripts == ((1, 2),)


def test_subclasses_pass_the_rules_as_before() -> None:
    @attrs.frozen(kw_only=True)
    class Where(SourceLocation):
        note: str = ""

    class Flag(int):
        pass

    line = SourceLine(text="x", location=Where(source="a.docx", paragraph=0), heading_level=Flag(2))
    assert line.heading_level == 2


def test_the_private_constructor_takes_every_field() -> None:
    parameters = set(inspect.signature(SourceLine._converted).parameters)
    assert parameters == {field.name for field in attrs.fields(SourceLine)}


def _docx_files() -> list[bytes]:
    """Word-made and danvan-made .docx of the reader's text fixtures, and a Word-style one
    with footnotes, emphasis, superscripts, breaks, caps, a legacy font and NFD text."""
    from docx_fixtures import build_docx, p, r, table
    from word_made import word_made_docx

    files: list[bytes] = []
    for path in sorted(FIXTURES.iterdir()):
        document = read(path.read_bytes())
        files += [word_made_docx(document), bytes(danvan.render(document, "docx"))]
    body = (
        p(raw=r("Đậm ", "<w:b/>") + r("nghiêng", "<w:i/>") + r("2", SUPER) + NOTE + r(" tiếp"))
        + p(unicodedata.normalize("NFD", "Điều hành văn bản"))
        + p(raw=r("Dòng một") + "<w:r><w:br/></w:r>" + r("Dòng hai"))
        + p(raw=r("Phông cũ", '<w:rFonts w:ascii=".VnTime"/>') + r("hoa", "<w:caps/>"))
        + table([["a\nb", "c"], ["d", "e"]], borders=True)
    )
    files.append(build_docx(body, footnotes=f'<w:footnote w:id="1">{p("Ghi chú")}</w:footnote>'))
    files.append(_notes_everywhere())
    return files


def _notes_everywhere() -> bytes:
    """Numbered paragraphs and footnotes in a layout table, a bordered table, a text box and
    across a line break: where the lines of a text copy are built matters."""
    from docx_fixtures import abstract, build_docx, lvl, num, numbered, p, r

    note = NOTE + r(" sau chú thích")
    box = p(raw=r("Trong hộp") + NOTE) + numbered("Mục trong hộp", 1, 1)
    drawing = (
        "<w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>"
        f"<w:txbxContent>{box}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r>"
    )

    def cells(*contents: str, borders: bool) -> str:
        props = (
            '<w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>'
            if borders
            else '<w:tblPr><w:tblBorders><w:top w:val="nil"/></w:tblBorders></w:tblPr>'
        )
        row = "".join(f"<w:tc>{content}</w:tc>" for content in contents)
        return f"<w:tbl>{props}<w:tr>{row}</w:tr></w:tbl>"

    body = (
        numbered("KẾT QUẢ", 1, 0)
        + p(raw=r("Đầu") + note + "<w:r><w:br/></w:r>" + r("Dòng hai") + NOTE)
        + cells(numbered("Trong bảng không viền", 1, 1), p(raw=r("Ô") + note), borders=False)
        + cells(numbered("Trong bảng có viền", 1, 1), p(raw=r("Ô") + NOTE), borders=True)
        + p(raw=r("Trước hộp") + NOTE + drawing)
        + numbered("KIẾN NGHỊ", 1, 0)
        + p(raw=r("2", SUPER) + r(" cuối") + NOTE)
    )
    numbering = abstract(0, lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%2.")) + num(1, 0)
    footnotes = f'<w:footnote w:id="1">{p("Ghi chú")}</w:footnote>'
    return build_docx(body, numbering=numbering, footnotes=footnotes)


SUPER = '<w:vertAlign w:val="superscript"/>'
NOTE = '<w:r><w:footnoteReference w:id="1"/></w:r>'
FIXTURES = Path(__file__).parent / "fixtures"


def test_lines_read_from_docx_equal_lines_built_by_the_public_constructor() -> None:
    lines = 0
    for data in _docx_files():
        source = docx_source(data)
        for item in (*source.items, *as_text_copy(source).items):
            rows = item.rows if isinstance(item, SourceTable) else ((([item],),))
            for row in rows:
                for cell in row:
                    for line in cell:
                        line.__attrs_post_init__()  # the field rules hold
                        rebuilt = SourceLine(**attrs.asdict(line, recurse=False))
                        assert rebuilt == line
                        where = line.location
                        assert SourceLocation(**attrs.asdict(where, recurse=False)) == where
                        assert type(rebuilt.text) is str
                        lines += 1
    assert lines > 100


def test_lines_built_as_a_text_copy_equal_the_copy_of_the_lines_read() -> None:
    # DocxReader has the reader build the recognizer's lines as it goes (text_copy=True):
    # the same lines, findings and footnote lines as as_text_copy of the plain reading
    from danvan.reading.docx.reader import read_package

    copied = 0
    for data in _docx_files():
        built = read_package(data, embedded=False, text_copy=True)[0]
        expected = as_text_copy(docx_source(data))
        assert built == expected
        assert built.items == expected.items
        for item in built.items:
            if isinstance(item, SourceLine):
                item.__attrs_post_init__()  # the field rules hold
                copied += item.numbering_label is None and any(
                    "⁰" <= c <= "⁹" or c in "¹²³" for c in item.text
                )
    assert copied > 0
