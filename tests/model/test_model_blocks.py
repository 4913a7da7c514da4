"""Body blocks: Paragraph (runs, text, footnotes, references), BulletList, Table, Section."""

from __future__ import annotations

import pickle
import unicodedata

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.model import (
    BulletItem,
    BulletList,
    Citation,
    Count,
    DocumentNumber,
    DocumentType,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    LegalReference,
    Paragraph,
    Section,
    Table,
    Task,
    TaskTable,
    Text,
)
from danvan.model.blocks import iter_blocks, iter_paragraphs

KL = LegalReference(symbol=DocumentNumber.parse("114-KL/TW"), issuer="Ban Bí thư")
NQ = LegalReference(document_type=DocumentType.NGHI_QUYET, symbol=DocumentNumber.parse("25-NQ/TW"))


# -- Paragraph -----------------------------------------------------------------------------
def test_of_builds_text_runs_from_strings() -> None:
    paragraph = Paragraph.of("Thực hiện ", Emphasis(text="kế hoạch"), " năm 2023.")
    assert paragraph.runs == (
        Text(text="Thực hiện "),
        Emphasis(text="kế hoạch", kind=EmphasisKind.ITALIC),
        Text(text=" năm 2023."),
    )
    assert paragraph.text == "Thực hiện kế hoạch năm 2023."


def test_text_leaves_footnotes_out_and_keeps_citations() -> None:
    paragraph = Paragraph.of(
        "Quán triệt ",
        Citation.of(KL),
        Footnote(text="Tổ chức 02 hội nghị."),
        " và ",
        Citation(text="Nghị quyết số 25-NQ/TW", reference=NQ),
        ".",
    )
    assert paragraph.text == (
        "Quán triệt Kết luận số 114-KL/TW của Ban Bí thư và Nghị quyết số 25-NQ/TW."
    )
    assert paragraph.footnotes == (Footnote(text="Tổ chức 02 hội nghị."),)
    assert paragraph.references == (KL, NQ)


def test_footnotes_and_references_in_order() -> None:
    paragraph = Paragraph.of(
        "a", Footnote(text="một"), Citation.of(NQ), "b", Footnote(text="hai"), Citation.of(KL)
    )
    assert [note.text for note in paragraph.footnotes] == ["một", "hai"]
    assert paragraph.references == (NQ, KL)


def test_plain_paragraph_has_no_footnotes_or_references() -> None:
    paragraph = Paragraph.of("Không có.")
    assert paragraph.footnotes == ()
    assert paragraph.references == ()


def test_runs_keep_spaces_and_are_nfc() -> None:
    run = Text(text=unicodedata.normalize("NFD", " Tỉnh ủy "))
    assert run.text == " Tỉnh ủy "
    assert Text(text=" ").text == " "  # a lone space is a legitimate run


def test_runs_accept_a_list() -> None:
    assert Paragraph(runs=[Text(text="x")]).runs == (Text(text="x"),)


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: Paragraph.of(Footnote(text="chỉ có chú thích")), "Paragraph.runs", "Footnote("),
        (lambda: Paragraph.of(), "Paragraph.runs", "()"),
        (lambda: Paragraph(runs="văn bản"), "Paragraph.runs", "'văn bản'"),
        (lambda: Paragraph(runs=["văn bản"]), "Paragraph.runs[0]", "'văn bản'"),
        (lambda: Paragraph.of(""), "Text.text", "''"),
        (lambda: Text(text=None), "Text.text", "None"),
        (lambda: Emphasis(text="x", kind="bold"), "Emphasis.kind", "'bold'"),
        (lambda: Footnote(text="  "), "Footnote.text", "'  '"),
        (lambda: Citation(text="x", reference="114-KL/TW"), "Citation.reference", "'114-KL/TW'"),
    ],
)
def test_paragraph_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert value in str(info.value)


# -- BulletList ----------------------------------------------------------------------------
def test_bullet_list_of_strings_paragraphs_and_items() -> None:
    nested = BulletList.of("Cấp xã", "Cấp huyện", marker="+")
    bullets = BulletList.of(
        "Tuyên truyền",
        Paragraph.of("Tập huấn ", Emphasis(text="(02 lớp)")),
        BulletItem(content=Paragraph.of("Kiểm tra"), children=nested),
    )
    assert bullets.marker == "-"
    assert [item.content.text for item in bullets.items] == [
        "Tuyên truyền",
        "Tập huấn (02 lớp)",
        "Kiểm tra",
    ]
    assert bullets.items[0].children is None
    assert bullets.items[2].children == nested
    assert nested.marker == "+"
    assert [item.content.text for item in nested.items] == ["Cấp xã", "Cấp huyện"]


def test_deep_nesting() -> None:
    level3 = BulletList.of("c", marker="+")
    level2 = BulletList.of(BulletItem(content=Paragraph.of("b"), children=level3), marker="+")
    level1 = BulletList.of(BulletItem(content=Paragraph.of("a"), children=level2))
    paragraphs = list(iter_paragraphs((level1,)))
    assert [p.text for p in paragraphs] == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: BulletList(items=()), "BulletList.items", "()"),
        (lambda: BulletList.of(), "BulletList.items", "()"),
        (lambda: BulletList.of("a", marker="*"), "BulletList.marker", "'*'"),
        (lambda: BulletList.of("a", marker="•"), "BulletList.marker", "'•'"),
        (lambda: BulletList(items=["a"]), "BulletList.items[0]", "'a'"),
        (lambda: BulletItem(content="a"), "BulletItem.content", "'a'"),
        (
            lambda: BulletItem(content=Paragraph.of("a"), children=["b"]),
            "BulletItem.children",
            "['b']",
        ),
    ],
)
def test_bullet_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert value in str(info.value)


# -- Table ---------------------------------------------------------------------------------
def test_table_rows_as_wide_as_the_header() -> None:
    table = Table(
        header=["STT", "Nội dung", "Kết quả"],
        rows=[["1", "Hội nghị", "02"], ("2", "Tập huấn", "")],
        caption="Bảng 1",
    )
    assert table.header == ("STT", "Nội dung", "Kết quả")
    assert table.rows == (("1", "Hội nghị", "02"), ("2", "Tập huấn", ""))
    assert Table(header=["A"]).rows == ()
    assert Table(header=["A"], caption=" ").caption is None


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: Table(header=["A", "B"], rows=[["1"]]), "Table.rows[0]", "('1',)"),
        (
            lambda: Table(header=["A", "B"], rows=[["1", "2"], ["1", "2", "3"]]),
            "Table.rows[1]",
            "('1', '2', '3')",
        ),
        (lambda: Table(header=[]), "Table.header", "()"),
        (lambda: Table(header=["A", 2]), "Table.header[1]", "2"),
        (lambda: Table(header=["A"], rows=[[1]]), "Table.rows[0]", "(1,)"),
        (lambda: Table(header=["A"], rows=5), "Table.rows", "5"),
        (lambda: Table(header=["A"], rows=["ab"]), "Table.rows[0]", "'ab'"),
    ],
)
def test_table_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert value in str(info.value)


def test_ragged_row_message_names_the_width() -> None:
    with pytest.raises(InvalidValueError, match=r"as many cells as the header \(3\)"):
        Table(header=["A", "B", "C"], rows=[["1", "2"]])


# -- Section -------------------------------------------------------------------------------
def test_sections_nest_any_block() -> None:
    indicators = IndicatorTable(indicators=[Indicator(name="Số hội nghị", value=Count(value=2))])
    tasks = TaskTable(tasks=[Task(description="Tuyên truyền", lead="Văn phòng")])
    point = Section(number="a", blocks=[Paragraph.of("Công tác triển khai.")])
    clause = Section(title="Công tác lãnh đạo", number="1", blocks=[point, tasks])
    part = Section(
        title="KẾT QUẢ THỰC HIỆN",
        number="II",
        blocks=[
            Paragraph.of("Mở đầu."),
            BulletList.of("ý"),
            Table(header=["A"]),
            indicators,
            clause,
        ],
    )
    assert [type(b).__name__ for b in iter_blocks((part,))] == [
        "Section",
        "Paragraph",
        "BulletList",
        "Table",
        "IndicatorTable",
        "Section",
        "Section",
        "Paragraph",
        "TaskTable",
    ]
    assert [p.text for p in iter_paragraphs((part,))] == ["Mở đầu.", "ý", "Công tác triển khai."]


@pytest.mark.parametrize(
    "section",
    [
        Section(title="KHÁI QUÁT TÌNH HÌNH"),
        Section(blocks=[Paragraph.of("Khoản không có tiêu đề.")]),
        Section(title="Đ", number="đ"),
        Section(title="x", number="  "),  # blank label: numbered by position
    ],
)
def test_valid_sections(section: Section) -> None:
    assert section.title is not None or section.blocks


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: Section(), "Section.title", "None"),
        (lambda: Section(title="  ", blocks=()), "Section.title", "None"),
        (lambda: Section(title="x", number="I I"), "Section.number", "'I I'"),
        (lambda: Section(title="x", number=2), "Section.number", "2"),
        (lambda: Section(title="x", blocks=["đoạn văn"]), "Section.blocks[0]", "'đoạn văn'"),
        (lambda: Section(title=5), "Section.title", "5"),
    ],
)
def test_section_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert value in str(info.value)


def test_blocks_are_frozen_keyword_only_hashable_picklable() -> None:
    block = Section(
        title="I",
        blocks=[
            Paragraph.of("a", Footnote(text="b"), Citation.of(KL)),
            BulletList.of(BulletItem(content=Paragraph.of("c"), children=BulletList.of("d"))),
            Table(header=["A"], rows=[["1"]]),
        ],
    )
    copy = pickle.loads(pickle.dumps(block))
    assert copy == block
    assert hash(copy) == hash(block)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        block.title = "II"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Paragraph((Text(text="x"),))  # type: ignore[misc]
    with pytest.raises(TypeError):
        Table(("A",))  # type: ignore[misc]
    for value in (block, block.blocks[0], block.blocks[1], block.blocks[2]):
        assert not hasattr(value, "__dict__")


def test_table_cells_are_stored_nfc() -> None:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Hòa giải")
    table = Table(header=(decomposed,), rows=((decomposed,),))
    assert table.header == ("Hòa giải",)
    assert table.rows == (("Hòa giải",),)
