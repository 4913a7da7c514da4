"""Plain-text rendering (văn bản thuần): the layout of the corpus files, one element a line.

A :class:`~danvan.rendering.walker.DocumentWalker`: the walker fixes the order and the
words, this module only lays them out as blank-line separated lines.
"""

from __future__ import annotations

from danvan.model import (
    BaseDocument,
    BulletItem,
    Citation,
    Emphasis,
    Footnote,
    IndicatorTable,
    Paragraph,
    Table,
    TaskTable,
    Text,
)
from danvan.model._validators import require_document
from danvan.rendering import wording
from danvan.rendering.walker import (
    Addressees,
    AppendixHeading,
    ContactBlock,
    DocumentTitle,
    DocumentWalker,
    FootnoteNote,
    IndicatorRow,
    Masthead,
    PageMarks,
    SectionHeading,
    SignatureBlock,
    Stamps,
    TaskRow,
)

__all__ = ["FOOTNOTE_RULE", "TextWalker", "render_text", "superscript"]

_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FOOTNOTE_RULE = "__________"
"""The short rule above the footnotes of plain text."""


def superscript(number: int) -> str:
    """12 → "¹²": the footnote mark of plain text."""
    return str(number).translate(_SUPERSCRIPTS)


class TextWalker(DocumentWalker):
    """Accumulates lines, blank-line separated like the corpus files."""

    renderer_name = "text"

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._runs: list[str] = []

    def para(self, *lines: str) -> None:
        """One element: its lines, then a blank line."""
        self.lines.extend(lines)
        self.lines.append("")

    def inline(self, paragraph: Paragraph) -> str:
        """The runs of ``paragraph`` as one string."""
        outer, self._runs = self._runs, []
        self.walk_runs(paragraph)
        text, self._runs = "".join(self._runs), outer
        return text

    # -- parts ---------------------------------------------------------------------------
    def visit_page_marks(self, marks: PageMarks) -> None:
        self.para(*marks.lines)

    def visit_stamps(self, stamps: Stamps) -> None:
        self.para(*stamps.lines)

    def visit_contact(self, contact: ContactBlock) -> None:
        self.para(*contact.lines)

    def visit_masthead(self, masthead: Masthead) -> None:
        left = [masthead.parent] if masthead.parent else []
        if masthead.issuer is not None:
            left.append(masthead.issuer)
        if masthead.party:
            self.para(masthead.title, "", *left, masthead.mark or "")
        else:
            self.para(*left, "", masthead.title, masthead.motto or "")
        if masthead.number is not None:
            self.para(masthead.number)
        if masthead.place_date is not None:
            self.para(masthead.place_date)

    def visit_title(self, title: DocumentTitle) -> None:
        self.para(title.type_name, *([title.subject] if title.subject is not None else []))

    def visit_addressees(self, addressees: Addressees) -> None:
        if addressees.single:
            self.para(*addressees.lines)
        else:
            self.para(addressees.label, *addressees.lines)

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        prefix = f"{label} " if label else ""
        self.para(prefix + self.inline(paragraph))

    def visit_heading(self, heading: SectionHeading) -> None:
        self.para(heading.text)

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        self.para(f"{heading.text} {self.inline(paragraph)}")

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        self.para(f"{marker} {self.inline(item.content)}")

    def visit_table(self, table: Table) -> None:
        if table.caption:
            self.para(table.caption)
        rows = [" | ".join(table.header)] + [" | ".join(row) for row in table.rows]
        self.para(*rows)

    def visit_indicator_table(self, table: IndicatorTable, header: tuple[str, ...]) -> None:
        if table.title:
            self.para(table.title)

    def visit_indicator(self, row: IndicatorRow) -> None:
        marker = row.marker or wording.indicator_label(row.number)
        value = f": {row.value}" if row.value else ""
        note = f" ({row.note})" if row.note else ""
        self.para(f"{marker} {row.name}{value}{note}{row.lead}")

    def visit_task_table(self, table: TaskTable, header: tuple[str, ...]) -> None:
        if table.title:
            self.para(table.title)

    def visit_task(self, row: TaskRow) -> None:
        self.para(f"{row.number}. {row.description}", *task_details(row))

    def visit_body_end(self, mark: str) -> None:
        self.para(mark)

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        self.para(FOOTNOTE_RULE, *(f"{superscript(note.number)} {note.text}" for note in notes))

    def visit_signature_block(self, block: SignatureBlock) -> None:
        if block.recipients_heading is not None:
            issue = (block.issue_line,) if block.issue_line else ()
            self.para(block.recipients_heading, *block.recipient_lines, *issue)
        if block.signature is not None:
            self.para(*block.signature_lines)
            if block.signature_notes:
                self.para(*block.signature_notes)
            self.para(block.signer or "")

    def visit_appendix(self, heading: AppendixHeading) -> None:
        self.para(heading.label, heading.title, heading.attachment)

    # -- inline ----------------------------------------------------------------------------
    def visit_text(self, run: Text) -> None:
        self._runs.append(run.text)

    def visit_emphasis(self, run: Emphasis) -> None:
        # emphasis right after emphasis continues it: "*a b*", never "*a**b*" (bold marks)
        if self._runs and self._runs[-1].endswith("*") and self._runs[-1].startswith("*"):
            self._runs[-1] = f"{self._runs[-1][:-1]}{run.text}*"
        else:
            self._runs.append(f"*{run.text}*")

    def visit_citation(self, run: Citation) -> None:
        self._runs.append(run.text)

    def visit_footnote(self, run: Footnote, number: int) -> None:
        self._runs.append(superscript(number))


def render_text(document: BaseDocument) -> str:
    """The document as plain text in the corpus layout: header, "Số:", place and date, type and
    subject, bases, numbered sections, bullets, "./.", footnotes, Nơi nhận, signature,
    appendices.
    """
    require_document(document, "render_text")
    walker = TextWalker()
    walker.walk(document)
    lines = walker.lines
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def task_details(row: TaskRow) -> tuple[str, ...]:
    """The line under a task in plain text: "   Chủ trì: …; phối hợp: …; thời gian: …;
    chỉ tiêu: …; sản phẩm: …; kinh phí: …." (none when the task says none of these)."""
    details = [
        f"{label}: {value}"
        for label, value in (
            ("Chủ trì", row.lead),
            ("phối hợp", row.partners),
            ("thời gian", row.when),
            ("chỉ tiêu", row.target),
            ("sản phẩm", row.output),
            ("kinh phí", row.budget),
        )
        if value
    ]
    if not details:
        return ()
    text = "; ".join(details)
    return (f"   {text[:1].upper()}{text[1:]}.",)
