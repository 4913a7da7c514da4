"""The document walker every renderer subclasses: order of the parts, dispatch, loud failures,
and wording shared by all four built-in renderers (text, Markdown, HTML, .docx)."""

from __future__ import annotations

import re
from typing import ClassVar

import attrs
import pytest
from builders import small_report
from docx_parts import Docx

import danvan as dv
from danvan.model import (
    Appendix,
    Count,
    Indicator,
    IndicatorTable,
    Paragraph,
    Recipients,
    Section,
    Table,
    Text,
)
from danvan.rendering import wording
from danvan.rendering.registry import render
from danvan.rendering.walker import (
    DocumentWalker,
    IndicatorRow,
    Masthead,
    SectionHeading,
    UnsupportedNodeError,
    with_body_end,
)

BUILT_IN = ("text", "markdown", "html", "docx")


@attrs.frozen
class FakeBlock:
    """A block type no renderer knows (as a reader might add one day)."""

    text: str = "khối lạ"


@attrs.frozen
class FakeRun:
    """An inline run type no renderer knows."""

    text: str = "chữ lạ"


def _with_body(document: dv.Report, body: tuple[object, ...]) -> dv.Report:
    # The model's validators refuse foreign blocks; a plugin's model might not.
    object.__setattr__(document, "body", body)
    return document


@pytest.mark.parametrize("name", BUILT_IN)
def test_an_unknown_block_fails_loudly_in_every_renderer(name: str) -> None:
    document = _with_body(small_report(), (Paragraph.of("Trước."), FakeBlock()))
    with pytest.raises(UnsupportedNodeError, match=rf"{name}.*FakeBlock.*visit_fake_block"):
        render(document, name)


@pytest.mark.parametrize("name", BUILT_IN)
def test_an_unknown_inline_run_fails_loudly_in_every_renderer(name: str) -> None:
    paragraph = Paragraph.of("a")
    object.__setattr__(paragraph, "runs", (Text(text="a"), FakeRun()))
    document = _with_body(small_report(), (paragraph, Paragraph.of("Sau.")))
    with pytest.raises(UnsupportedNodeError, match=rf"{name}.*FakeRun"):
        render(document, name)


def test_unsupported_node_error_is_a_danvan_error() -> None:
    assert issubclass(UnsupportedNodeError, dv.DanvanError)
    assert dv.UnsupportedNodeError is UnsupportedNodeError
    assert dv.DocumentWalker is DocumentWalker


class _Recorder(DocumentWalker):
    """Records the order of the parts; renders nothing."""

    renderer_name = "recorder"
    strict: ClassVar[bool] = False

    def __init__(self) -> None:
        self.calls: list[str] = []

    def visit_masthead(self, masthead: Masthead) -> None:
        self.calls.append("masthead")

    def visit_title(self, title: object) -> None:
        self.calls.append("title")

    def visit_addressees(self, addressees: object) -> None:
        self.calls.append("addressees")

    def visit_basis(self, paragraph: Paragraph) -> None:
        self.calls.append(f"basis:{paragraph.text}")

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        self.calls.append(f"p:{label or ''}{paragraph.text}")

    def visit_heading(self, heading: SectionHeading) -> None:
        self.calls.append(f"h:{heading.text}")

    def visit_body_end(self, mark: str) -> None:
        self.calls.append(f"end:{mark}")

    def visit_footnotes(self, notes: object) -> None:
        self.calls.append("footnotes")

    def visit_signature_block(self, block: object) -> None:
        self.calls.append("signature")

    def visit_appendix(self, heading: object) -> None:
        self.calls.append("appendix")

    def visit_indicator(self, row: IndicatorRow) -> None:
        self.calls.append(f"row:{row.label}")

    def visit_fake_block(self, block: FakeBlock) -> None:
        self.calls.append(f"fake:{block.text}")


def test_the_walker_fixes_the_order_of_mau_1_4() -> None:
    document = small_report(
        addressees=("Sở A",),
        bases=(Paragraph.of("Căn cứ X;"),),
        introduction=(Paragraph.of("Mở đầu."),),
        body=(Section(title="Mục", blocks=(Paragraph.of("Thân."),)),),
        closing=(Paragraph.of("Kết."),),
        recipients=Recipients.parse("- Như trên;\n- Lưu: VT."),
        appendices=(Appendix(title="Số liệu", blocks=(Paragraph.of("Phụ."),)),),
    )
    recorder = _Recorder()
    recorder.walk(document)
    assert recorder.calls == [
        "masthead",
        "title",
        "addressees",
        "basis:Căn cứ X.",  # the last căn cứ ends with "." (wording.basis_paragraphs)
        "p:Mở đầu.",
        "h:I. MỤC",
        "p:Thân.",
        "p:Kết./.",
        "signature",
        "appendix",
        "p:Phụ.",
    ]


def test_a_plugin_renders_its_own_node_type_by_class_name() -> None:
    recorder = _Recorder()
    recorder.walk(_with_body(small_report(), (FakeBlock(text="riêng"),)))
    assert "fake:riêng" in recorder.calls
    # the body ends with a node that is not text: "./." stands on its own
    assert recorder.calls[recorder.calls.index("fake:riêng") + 1] == "end:./."


def test_a_foreign_class_sharing_a_known_name_is_refused() -> None:
    table_class = type("Table", (), {})
    document = _with_body(small_report(), (table_class(),))
    with pytest.raises(UnsupportedNodeError, match="Table"):
        _Recorder().walk(document)


def test_strict_walkers_refuse_known_nodes_they_do_not_render() -> None:
    class Headings(DocumentWalker):
        renderer_name = "headings"

        def visit_masthead(self, masthead: Masthead) -> None:
            pass

    with pytest.raises(UnsupportedNodeError, match=r"headings.*DocumentTitle.*visit_title"):
        Headings().walk(small_report())


def test_sections_continue_after_a_kept_number() -> None:
    body = (
        Section(title="Năm", number="V", blocks=(Paragraph.of("a"),)),
        Section(title="Sau", blocks=(Paragraph.of("b"),)),
    )
    recorder = _Recorder()
    recorder.walk(small_report(body=body))
    assert "h:V. NĂM" in recorder.calls
    assert "h:VI. SAU" in recorder.calls


def _group_report() -> dv.Report:
    group = Indicator(
        name="Số mô hình theo lĩnh vực",
        breakdown=(
            Indicator(name="Kinh tế", value=Count(value=3, unit="mô hình")),
            Indicator(name="Xã hội", value=Count(value=2, unit="mô hình")),
        ),
    )
    table = IndicatorTable(title="Biểu 1", indicators=(group,))
    return small_report(appendices=(Appendix(title="Số liệu", blocks=(table,)),))


@pytest.mark.parametrize("name", BUILT_IN)
def test_a_group_heading_indicator_reads_trong_do_in_every_renderer(name: str) -> None:
    data = render(_group_report(), name)
    text = Docx(data).text() if name == "docx" else data.decode("utf-8")
    assert "Số mô hình theo lĩnh vực; trong đó:" in text


def test_the_group_lead_is_the_shared_wording() -> None:
    assert wording.GROUP_LEAD == "; trong đó:"
    assert wording.indicator_name(_group_report().appendices[0].blocks[0].indicators[0]) == (  # type: ignore[union-attr]
        "Số mô hình theo lĩnh vực; trong đó:"
    )


def test_body_end_goes_on_the_last_paragraph_or_stands_alone() -> None:
    table = Table(header=("A",), rows=(("b",),))
    (_, _, body, _), alone = with_body_end(((), (), (Paragraph.of("Xong."), table), ()))
    assert alone
    (_, _, body, _), alone = with_body_end(((), (), (Paragraph.of("Xong.  "),), ()))
    assert not alone
    assert body[0] == Paragraph.of("Xong", "./.")
    (_, _, body, _), alone = with_body_end(((), (), (Paragraph.of("vv..."),), ()))
    assert isinstance(body[0], Paragraph)
    assert body[0].text == "vv.../."
    assert with_body_end(((), (), (), ())) == (((), (), (), ()), False)


@pytest.mark.parametrize("name", BUILT_IN)
def test_a_body_ending_with_a_table_gets_its_own_end_mark(name: str) -> None:
    table = Table(header=("Cột",), rows=(("ô cuối",),))
    data = render(small_report(body=(Paragraph.of("Đầu."), table)), name)
    text = Docx(data).text() if name == "docx" else data.decode("utf-8")
    assert text.count("./.") == 1
    assert not re.search(r"ô cuối[ \t|]*\.?/\.", text)  # not on the last row
    assert re.search(r"^(<p class=\"dv-end\">)?\./\.(</p>)?$", text, re.MULTILINE)


# -- the plugin API is frozen: signatures only ever gain new methods ----------------------------

FROZEN_SIGNATURES = {
    "depart_appendix": "(self, heading: 'AppendixHeading') -> 'None'",
    "depart_bullet_item": "(self, item: 'BulletItem', marker: 'str', depth: 'int') -> 'None'",
    "depart_bullet_list": "(self, bullets: 'BulletList', depth: 'int') -> 'None'",
    "depart_document": "(self, document: 'BaseDocument') -> 'None'",
    "depart_indicator_table": "(self, table: 'IndicatorTable') -> 'None'",
    "depart_section": "(self, heading: 'SectionHeading') -> 'None'",
    "depart_task_table": "(self, table: 'TaskTable') -> 'None'",
    "visit_addressees": "(self, addressees: 'Addressees') -> 'None'",
    "visit_appendix": "(self, heading: 'AppendixHeading') -> 'None'",
    "visit_basis": "(self, paragraph: 'Paragraph') -> 'None'",
    "visit_body_end": "(self, mark: 'str') -> 'None'",
    "visit_bullet_item": "(self, item: 'BulletItem', marker: 'str', depth: 'int') -> 'None'",
    "visit_bullet_list": "(self, bullets: 'BulletList', depth: 'int') -> 'None'",
    "visit_citation": "(self, run: 'Citation') -> 'None'",
    "visit_document": "(self, document: 'BaseDocument') -> 'None'",
    "visit_emphasis": "(self, run: 'Emphasis') -> 'None'",
    "visit_footnote": "(self, run: 'Footnote', number: 'int') -> 'None'",
    "visit_footnotes": "(self, notes: 'tuple[FootnoteNote, ...]') -> 'None'",
    "visit_heading": "(self, heading: 'SectionHeading') -> 'None'",
    "visit_indicator": "(self, row: 'IndicatorRow') -> 'None'",
    "visit_indicator_table": "(self, table: 'IndicatorTable', header: 'tuple[str, ...]') -> 'None'",
    "visit_masthead": "(self, masthead: 'Masthead') -> 'None'",
    "visit_paragraph": "(self, paragraph: 'Paragraph', label: 'str | None') -> 'None'",
    "visit_section": "(self, heading: 'SectionHeading') -> 'None'",
    "visit_signature_block": "(self, block: 'SignatureBlock') -> 'None'",
    "visit_table": "(self, table: 'Table') -> 'None'",
    "visit_task": "(self, row: 'TaskRow') -> 'None'",
    "visit_task_table": "(self, table: 'TaskTable', header: 'tuple[str, ...]') -> 'None'",
    "visit_text": "(self, run: 'Text') -> 'None'",
    "visit_title": "(self, title: 'DocumentTitle') -> 'None'",
    "walk": "(self, document: 'BaseDocument') -> 'None'",
    "walk_blocks": "(self, blocks: 'Sequence[Block]', depth: 'int') -> 'None'",
    "walk_bullet_list": "(self, bullets: 'BulletList', depth: 'int') -> 'None'",
    "walk_indicator_table": "(self, table: 'IndicatorTable') -> 'None'",
    "walk_runs": "(self, paragraph: 'Paragraph') -> 'None'",
    "walk_section": "(self, section: 'Section', label: 'str | None', depth: 'int') -> 'None'",
    "walk_task_table": "(self, table: 'TaskTable') -> 'None'",
}
"""The public methods of DocumentWalker as released; a change here breaks plugins."""


def test_walker_method_signatures_are_frozen() -> None:
    import inspect

    for name, signature in FROZEN_SIGNATURES.items():
        assert str(inspect.signature(getattr(DocumentWalker, name))) == signature, name


def test_built_in_walkers_keep_the_base_parameter_names() -> None:
    import inspect

    from danvan.rendering.docx.renderer import DocxWalker
    from danvan.rendering.html import HtmlWalker
    from danvan.rendering.markdown import MarkdownWalker
    from danvan.rendering.text import TextWalker

    for walker in (TextWalker, MarkdownWalker, HtmlWalker, DocxWalker):
        for name in FROZEN_SIGNATURES:
            base = list(inspect.signature(getattr(DocumentWalker, name)).parameters)
            mine = list(inspect.signature(getattr(walker, name)).parameters)
            assert mine == base, (walker.__name__, name)
