"""The body (nội dung, ô 6): the .docx walker's body methods, appending ``w:p`` and tables.

Paragraphs only name their style (DanvanBody, DanvanHeading1 ...); runs carry formatting
only where the model asks for emphasis. Footnotes become real Word footnotes, collected
here and written to footnotes.xml at the end.
"""

from __future__ import annotations

from lxml import etree

from danvan.model import (
    BulletItem,
    Citation,
    DocumentSystem,
    Emphasis,
    EmphasisKind,
    Footnote,
    IndicatorTable,
    Paragraph,
    Superscript,
    Table,
    TaskTable,
    Text,
)
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx import tables
from danvan.rendering.docx._metrics import text_width_pt
from danvan.rendering.docx._oxml import (
    ID,
    NSMAP,
    PPR,
    RPR,
    RSTYLE,
    TYPE,
    VAL,
    R,
    add_paragraph,
    add_rule,
    add_run,
    qn,
    sub,
    twips,
)
from danvan.rendering.docx.style import DocxStyle
from danvan.rendering.walker import (
    DocumentWalker,
    FootnoteNote,
    IndicatorRow,
    SectionHeading,
    TaskRow,
)

__all__ = ["RULE_SHARE", "DocxWriter", "footnotes_element"]

RULE_SHARE = 0.4
"""Short rules are 0,4 of their line: inside the decree's «từ 1/3 đến 1/2» even when the
width estimate is 15 % off."""

_BOLD = frozenset({EmphasisKind.BOLD, EmphasisKind.BOLD_ITALIC})
_ITALIC = frozenset({EmphasisKind.ITALIC, EmphasisKind.BOLD_ITALIC})
_HEADING = {0: s.HEADING1, 1: s.HEADING2}


class DocxWriter(DocumentWalker):
    """Appends the document's content to ``body`` (w:body), in the walker's order.

    ``text_width`` is the width between the margins, in twips. The header, closing and
    appendix parts are added by the renderer's subclass (renderer.py); this class writes
    the body: paragraphs, headings, bullets, tables, inline runs and footnote references.
    """

    renderer_name = "docx"

    def __init__(self, body: etree._Element, style: DocxStyle, text_width: int) -> None:
        self.body = body
        self.style = style
        self.system = style.system
        self.party = style.system is DocumentSystem.PARTY
        self.text_width = text_width
        self.footnotes: list[str] = []
        self._target: etree._Element | None = None
        self._table: tables.TableBuilder | None = None

    # -- small pieces shared by the header, closing and appendix writers -------------------
    def paragraph(
        self, style_id: str, text: str | None = None, parent: etree._Element | None = None
    ) -> etree._Element:
        """A paragraph of ``style_id`` holding ``text`` (in ``parent``, the body by default)."""
        return add_paragraph(self.body if parent is None else parent, style_id, text)

    def rule(
        self,
        text: str,
        size: float,
        available: int,
        *,
        bold: bool = False,
        share: float = 1.0,
        parent: etree._Element | None = None,
    ) -> None:
        """A centred rule under ``text``: ``share`` of the text's line, at most ``available``."""
        line = min(twips(text_width_pt(text, size, bold=bold)), available)
        add_rule(self.body if parent is None else parent, s.RULE, round(line * share), available)

    def spacer(self) -> etree._Element:
        """An empty 6 pt paragraph: keeps two tables apart (Word would merge them)."""
        return add_paragraph(self.body, s.SPACER)

    def runs(self, target: etree._Element, paragraph: Paragraph) -> None:
        """The inline runs of ``paragraph`` appended to ``target`` (a w:p)."""
        outer, self._target = self._target, target
        try:
            self.walk_runs(paragraph)
        finally:
            self._target = outer

    def text_paragraph(
        self, paragraph: Paragraph, style_id: str = s.BODY, prefix: str = ""
    ) -> etree._Element:
        """A model paragraph in ``style_id``, after ``prefix`` (a section label)."""
        element = add_paragraph(self.body, style_id, prefix or None)
        self.runs(element, paragraph)
        return element

    # -- body nodes ------------------------------------------------------------------------------
    def visit_basis(self, paragraph: Paragraph) -> None:
        """A căn cứ line: italic, in DanvanBasis (Phụ lục I, II.6.a)."""
        self.text_paragraph(paragraph, s.BASIS)

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        self.text_paragraph(paragraph, prefix=f"{label} " if label else "")

    def visit_heading(self, heading: SectionHeading) -> None:
        """Phần, mục, khoản, điểm with a title: DanvanHeading1, 2, 3 by depth."""
        add_paragraph(self.body, _HEADING.get(heading.depth, s.HEADING3), heading.text)

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        """The heading paragraph with the first paragraph's runs after its title."""
        element = add_paragraph(self.body, _HEADING.get(heading.depth, s.HEADING3), heading.text)
        add_run(element, " ")
        self.runs(element, paragraph)

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        """ "- ..." items, nested "+ ..." items (DanvanBullet, DanvanBullet2)."""
        style_id = s.BULLET if marker == "-" else s.BULLET2
        self.text_paragraph(item.content, style_id, f"{marker} ")

    def visit_table(self, table: Table) -> None:
        tables.generic_table(self, table)
        self.spacer()

    def visit_indicator_table(self, table: IndicatorTable, header: tuple[str, ...]) -> None:
        self._table = tables.TableBuilder(self, table.title, header, tables.INDICATOR_SHARES)

    def visit_indicator(self, row: IndicatorRow) -> None:
        assert self._table is not None
        tables.indicator_row(self._table, row)

    def depart_indicator_table(self, table: IndicatorTable) -> None:
        self._table = None
        self.spacer()

    def visit_task_table(self, table: TaskTable, header: tuple[str, ...]) -> None:
        self._table = tables.TableBuilder(self, table.title, header, tables.task_shares(header))

    def visit_task(self, row: TaskRow) -> None:
        assert self._table is not None
        tables.task_row(self._table, row)

    def depart_task_table(self, table: TaskTable) -> None:
        self._table = None
        self.spacer()

    def visit_body_end(self, mark: str) -> None:
        add_paragraph(self.body, s.BODY, mark)

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        """Nothing here: Word places footnotes at the foot of their page (footnotes.xml)."""

    # -- inline ----------------------------------------------------------------------------------
    def _paragraph_target(self) -> etree._Element:
        assert self._target is not None, "inline runs are written inside a paragraph"
        return self._target

    def visit_text(self, run: Text) -> None:
        add_run(self._paragraph_target(), run.text)

    def visit_citation(self, run: Citation) -> None:
        add_run(self._paragraph_target(), run.text)

    def visit_emphasis(self, run: Emphasis) -> None:
        add_run(
            self._paragraph_target(),
            run.text,
            bold=run.kind in _BOLD,
            italic=run.kind in _ITALIC,
        )

    def visit_superscript(self, run: Superscript) -> None:
        add_run(self._paragraph_target(), run.text, superscript=True)

    def visit_footnote(self, run: Footnote, number: int) -> None:
        """A real Word footnote reference; its text goes to footnotes.xml."""
        self.footnotes.append(run.text)
        reference = sub(self._paragraph_target(), R)
        sub(sub(reference, RPR), RSTYLE, {VAL: s.FOOTNOTE_REFERENCE})
        sub(reference, qn("w:footnoteReference"), {ID: str(number)})


def footnotes_element(texts: list[str]) -> etree._Element:
    """word/footnotes.xml: the separator (-1) and continuation separator (0) Word expects,
    then one footnote per text, numbered from 1 in the order of their references."""
    root = etree.Element(qn("w:footnotes"), nsmap=NSMAP)
    for kind, footnote_id, mark in (
        ("separator", "-1", "w:separator"),
        ("continuationSeparator", "0", "w:continuationSeparator"),
    ):
        footnote = sub(root, qn("w:footnote"), {TYPE: kind, ID: footnote_id})
        paragraph = sub(footnote, qn("w:p"))
        sub(
            sub(paragraph, PPR),
            qn("w:spacing"),
            {qn("w:after"): "0", qn("w:line"): "240", qn("w:lineRule"): "auto"},
        )
        sub(sub(paragraph, R), qn(mark))
    for number, text in enumerate(texts, start=1):
        footnote = sub(root, qn("w:footnote"), {ID: str(number)})
        paragraph = add_paragraph(footnote, s.FOOTNOTE_TEXT)
        reference = sub(paragraph, R)
        sub(sub(reference, RPR), RSTYLE, {VAL: s.FOOTNOTE_REFERENCE})
        sub(reference, qn("w:footnoteRef"))
        add_run(paragraph, " " + text)
    return root
