"""The body (nội dung, ô 6): walks the model's blocks like the text renderer and appends ``w:p``.

Paragraphs only name their style (DanvanBody, DanvanHeading1 ...); runs carry formatting
only where the model asks for emphasis. Footnotes become real Word footnotes, collected
here and written to footnotes.xml at the end.
"""

from __future__ import annotations

from lxml import etree

from danvan.model import (
    Block,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    EmphasisKind,
    Footnote,
    IndicatorTable,
    NumberingScheme,
    Paragraph,
    Section,
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
    T,
    add_paragraph,
    add_rule,
    add_run,
    qn,
    sub,
    twips,
)
from danvan.rendering.docx.style import DocxStyle
from danvan.rendering.layout import end_body, numbered_sections

__all__ = ["RULE_SHARE", "DocxWriter", "footnotes_element"]

RULE_SHARE = 0.4
"""Short rules are 0,4 of their line: inside the decree's «từ 1/3 đến 1/2» even when the
width estimate is 15 % off."""

_BOLD = frozenset({EmphasisKind.BOLD, EmphasisKind.BOLD_ITALIC})
_ITALIC = frozenset({EmphasisKind.ITALIC, EmphasisKind.BOLD_ITALIC})
_HEADING = {0: s.HEADING1, 1: s.HEADING2}


class DocxWriter:
    """Appends the document's content to ``body`` (w:body), in document order.

    ``text_width`` is the width between the margins, in twips; ``scheme`` numbers the
    sections (I., 1., a) or the Party I-, 1-).
    """

    def __init__(
        self,
        body: etree._Element,
        style: DocxStyle,
        scheme: NumberingScheme,
        text_width: int,
    ) -> None:
        self.body = body
        self.style = style
        self.system = style.system
        self.party = style.system is DocumentSystem.PARTY
        self.scheme = scheme
        self.text_width = text_width
        self.footnotes: list[str] = []
        self._last_text: etree._Element | None = None
        self._wrote_content = False

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
        """The inline runs of ``paragraph``: text, emphasis, citations as text, footnotes."""
        for run in paragraph.runs:
            if isinstance(run, Footnote):
                self.footnotes.append(run.text)
                reference = sub(target, R)
                sub(sub(reference, RPR), RSTYLE, {VAL: s.FOOTNOTE_REFERENCE})
                sub(reference, qn("w:footnoteReference"), {ID: str(len(self.footnotes))})
            elif isinstance(run, Emphasis):
                add_run(target, run.text, bold=run.kind in _BOLD, italic=run.kind in _ITALIC)
            elif isinstance(run, (Text, Citation)):
                add_run(target, run.text)

    def text_paragraph(
        self, paragraph: Paragraph, style_id: str = s.BODY, prefix: str = ""
    ) -> etree._Element:
        """A model paragraph in ``style_id``, after ``prefix`` (a section label)."""
        element = add_paragraph(self.body, style_id, prefix or None)
        self.runs(element, paragraph)
        self._last_text = element
        self._wrote_content = True
        return element

    # -- blocks (mirrors rendering/text.py) ----------------------------------------------------
    def blocks(self, blocks: tuple[Block, ...], depth: int) -> None:
        """Top-level blocks of a body or appendix, sections numbered by the scheme."""
        for block, label, level in numbered_sections(blocks, self.scheme, depth):
            if isinstance(block, Section):
                self.section(block, label, level)
            else:
                self.block(block, depth)

    def section(self, section: Section, label: str | None, depth: int) -> None:
        """Phần, mục, khoản, điểm: a heading, or the label in front of the first paragraph."""
        rest = section.blocks
        prefix = f"{label} " if label else ""
        if section.title is not None:
            title = section.title.upper() if depth == 0 else section.title
            element = add_paragraph(self.body, _HEADING.get(depth, s.HEADING3), prefix + title)
            self._last_text = element
            self._wrote_content = True
        elif rest and isinstance(rest[0], Paragraph):
            self.text_paragraph(rest[0], prefix=prefix)
            rest = rest[1:]
        elif prefix:
            self._last_text = add_paragraph(self.body, s.BODY, prefix.strip())
            self._wrote_content = True
        self.blocks(rest, depth + 1)

    def block(self, block: Block, depth: int) -> None:
        """One non-section block."""
        if isinstance(block, Paragraph):
            self.text_paragraph(block)
        elif isinstance(block, BulletList):
            self.bullets(block)
        elif isinstance(block, Table):
            tables.generic_table(self, block)
        elif isinstance(block, IndicatorTable):
            tables.indicator_table(self, block)
        elif isinstance(block, TaskTable):
            tables.task_table(self, block)
        elif isinstance(block, Section):  # pragma: no cover - handled by blocks()
            self.section(block, None, depth)

    def bullets(self, bullets: BulletList) -> None:
        """ "- ..." items, nested "+ ..." items (DanvanBullet, DanvanBullet2)."""
        style_id = s.BULLET if bullets.marker == "-" else s.BULLET2
        for item in bullets.items:
            self.text_paragraph(item.content, style_id, f"{bullets.marker} ")
            if item.children is not None:
                self.bullets(item.children)

    def table_written(self) -> None:
        """Called after a table: the body no longer ends with a paragraph of text."""
        self._last_text = None
        self._wrote_content = True
        self.spacer()

    # -- the end of the body -----------------------------------------------------------------
    def finish_body(self) -> None:
        """End the body with "./." (layout.end_body): on its last paragraph, or on a
        paragraph of its own after a table."""
        paragraph = self._last_text
        if paragraph is None:
            if self._wrote_content:
                add_paragraph(self.body, s.BODY, end_body(""))
            return
        texts = paragraph.findall(f"{R}/{T}")
        visible = "".join(t.text or "" for t in texts)
        ended = end_body(visible)
        if ended == visible.rstrip():
            return
        keep = len(visible.rstrip().rstrip("."))
        seen = 0
        for element in texts:
            value = element.text or ""
            element.text = value[: max(0, keep - seen)]
            seen += len(value)
        add_run(paragraph, ended[keep:])


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
