"""Plain-text rendering (văn bản thuần): the layout of the corpus files, one element a line."""

from __future__ import annotations

from danvan.model import (
    BaseDocument,
    Block,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    Footnote,
    Indicator,
    IndicatorTable,
    NumberingScheme,
    Paragraph,
    Section,
    Table,
    TaskTable,
    Text,
)
from danvan.model._validators import require_document
from danvan.rendering.layout import (
    MOTTO,
    NATIONAL_TITLE,
    PARTY_TITLE,
    appendix_label,
    attachment_line,
    end_body,
    number_line,
    numbered_sections,
    scheme_for,
)

__all__ = ["render_text"]

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


class _TextWriter:
    """Accumulates lines, blank-line separated like the corpus files, and numbers footnotes."""

    def __init__(self, scheme: NumberingScheme) -> None:
        self.lines: list[str] = []
        self.footnotes: list[str] = []
        self.scheme = scheme

    def para(self, *lines: str) -> None:
        """One element: its lines, then a blank line."""
        self.lines.extend(lines)
        self.lines.append("")

    def flush_footnotes(self) -> None:
        """The footnotes collected so far, under a short rule; numbering restarts after."""
        if self.footnotes:
            marks = (
                f"{str(n).translate(_SUPERSCRIPTS)} {text}"
                for n, text in enumerate(self.footnotes, 1)
            )
            self.para("__________", *marks)
            self.footnotes = []

    def inline(self, paragraph: Paragraph) -> str:
        out: list[str] = []
        for run in paragraph.runs:
            if isinstance(run, Footnote):
                self.footnotes.append(run.text)
                out.append(str(len(self.footnotes)).translate(_SUPERSCRIPTS))
            elif isinstance(run, Emphasis):
                out.append(f"*{run.text}*")
            elif isinstance(run, (Text, Citation)):
                out.append(run.text)
        return "".join(out)

    def blocks(self, blocks: tuple[Block, ...], depth: int) -> None:
        for block, label, level in numbered_sections(blocks, self.scheme, depth):
            if isinstance(block, Section):
                self.section(block, label, level)
            else:
                self.block(block, depth)

    def section(self, section: Section, label: str | None, depth: int) -> None:
        rest = section.blocks
        prefix = f"{label} " if label else ""
        if section.title is not None:
            title = section.title.upper() if depth == 0 else section.title
            self.para(f"{prefix}{title}")
        elif rest and isinstance(rest[0], Paragraph):
            self.para(f"{prefix}{self.inline(rest[0])}")
            rest = rest[1:]
        elif prefix:
            self.para(prefix.strip())
        self.blocks(rest, depth + 1)

    def block(self, block: Block, depth: int) -> None:
        if isinstance(block, Paragraph):
            self.para(self.inline(block))
        elif isinstance(block, BulletList):
            self.bullets(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, IndicatorTable):
            self.indicator_table(block)
        elif isinstance(block, TaskTable):
            self.task_table(block)
        elif isinstance(block, Section):  # pragma: no cover - handled by blocks()
            self.section(block, None, depth)

    def bullets(self, bullets: BulletList) -> None:
        for item in bullets.items:
            self.para(f"{bullets.marker} {self.inline(item.content)}")
            if item.children is not None:
                self.bullets(item.children)

    def table(self, table: Table) -> None:
        if table.caption:
            self.para(table.caption)
        rows = [" | ".join(table.header)] + [" | ".join(row) for row in table.rows]
        self.para(*rows)

    def indicator_table(self, table: IndicatorTable) -> None:
        if table.title:
            self.para(table.title)
        for index, indicator in enumerate(table.indicators, start=1):
            self.indicator(indicator, f"{index}.")

    def indicator(self, indicator: Indicator, marker: str) -> None:
        value = "" if indicator.value is None else f": {indicator.value}"
        note = f" ({indicator.note})" if indicator.note else ""
        lead = "; trong đó:" if indicator.breakdown else ""
        self.para(f"{marker} {indicator.name}{value}{note}{lead}")
        for part in indicator.breakdown:
            self.indicator(part, "-" if marker.endswith(".") else "+")

    def task_table(self, table: TaskTable) -> None:
        if table.title:
            self.para(table.title)
        for index, task in enumerate(table.tasks, start=1):
            details = [f"Chủ trì: {task.lead}"]
            if task.partners:
                details.append(f"phối hợp: {', '.join(task.partners)}")
            if task.when:
                details.append(f"thời gian: {task.when}")
            if task.output:
                details.append(f"sản phẩm: {task.output}")
            self.para(f"{index}. {task.description}", f"   {'; '.join(details)}.")


def _header(document: BaseDocument) -> list[str]:
    issuer = document.issuer
    left = [issuer.parent.upper()] if issuer.parent else []
    left.append(issuer.name.upper())
    if document.system is DocumentSystem.PARTY:
        return [PARTY_TITLE, "", *left, "*"]
    return [*left, "", NATIONAL_TITLE, MOTTO]


def _ensure_body_end(lines: list[str]) -> None:
    """The body ends with "./." (every model of Phụ lục III does)."""
    for index in range(len(lines) - 1, -1, -1):
        if lines[index].strip():
            lines[index] = end_body(lines[index])
            return


def render_text(document: BaseDocument) -> str:
    """The document as plain text in the corpus layout: header, "Số:", place and date, type and
    subject, bases, numbered sections, bullets, Nơi nhận, signature, appendices.
    """
    require_document(document, "render_text")
    writer = _TextWriter(scheme_for(document))
    writer.para(*_header(document))
    if (line := number_line(document)) is not None:
        writer.para(line)
    writer.para(str(document.place_date))
    writer.para(document.document_type.title, document.subject)
    if document.addressees:
        if len(document.addressees) == 1:
            writer.para(f"Kính gửi: {document.addressees[0]}")
        else:
            *first, last = document.addressees
            writer.para("Kính gửi:", *(f"- {a};" for a in first), f"- {last}.")
    for paragraph in (*document.bases, *document.introduction):
        writer.para(writer.inline(paragraph))
    writer.blocks(document.body, 0)
    for paragraph in document.closing:
        writer.para(writer.inline(paragraph))
    _ensure_body_end(writer.lines)
    writer.flush_footnotes()
    if document.recipients is not None:
        heading = "Nơi nhận" if document.system is DocumentSystem.PARTY else "Nơi nhận:"
        writer.para(heading, *document.recipients.lines(document.system))
    if document.signature is not None:
        writer.para(*document.signature.lines(document.system))
        writer.para(document.signature.name or "")
    count = len(document.appendices)
    for index, appendix in enumerate(document.appendices):
        writer.para(appendix_label(index, count), appendix.title.upper(), attachment_line(document))
        writer.blocks(appendix.blocks, 0)
        writer.flush_footnotes()
    while writer.lines and not writer.lines[-1]:
        writer.lines.pop()
    return "\n".join(writer.lines) + "\n"
