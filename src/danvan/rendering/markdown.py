"""Markdown rendering (CommonMark with GitHub tables and footnotes): the document for wikis and diffs.

Wording comes from :mod:`danvan.rendering.layout` and the walk mirrors the text renderer;
only the markup differs. Every piece of content is escaped, so text such as
"1. Tổng số" or "a|b" can never turn into a list or a table column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from danvan.model import (
    BaseDocument,
    Block,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    Inline,
    NumberingScheme,
    Paragraph,
    Section,
    Table,
    TaskTable,
    Text,
)
from danvan.model._validators import require_document
from danvan.rendering.builtin import reject_options
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

__all__ = ["MarkdownRenderer", "escape_markdown", "render_markdown"]

_BODY_END = "./."
_INDICATOR_HEADER = ("STT", "Chỉ tiêu", "Số liệu", "Ghi chú")
_TASK_HEADER = (
    "STT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian",
    "Sản phẩm",
)
_EMPHASIS_MARK = {
    EmphasisKind.ITALIC: "*",
    EmphasisKind.BOLD: "**",
    EmphasisKind.BOLD_ITALIC: "***",
}

# Characters that are markup anywhere in a line; "<" would open raw HTML, "~" strike-through.
_ANYWHERE = re.compile(r"([\\`*_\[\]|<#~])")
# "&amp;" or "&#39;" would be read as an entity; a bare "&" (as in "KH&CN") is left alone.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# At the start of a line: list markers, block quotes, setext underlines, ordered lists "1." / "1)".
_LINE_START = re.compile(r"^(?:([-+=>])|(\d+)([.)]))")


def _escape_line(line: str, *, line_start: bool) -> str:
    if line_start:
        line = line.lstrip(" \t")  # four leading spaces would start a code block
    line = _ENTITY.sub("&amp;", _ANYWHERE.sub(r"\\\1", line))
    if line_start:
        line = _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line, count=1)
    return line


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """``text`` with every Markdown special character escaped, so it renders as itself.

    ``line_start`` says whether ``text`` begins a line (then a leading "-", "+", ">",
    "=" or "1." is escaped too); lines after a newline inside ``text`` always do.
    """
    lines = text.split("\n")
    return "\n".join(
        _escape_line(line, line_start=line_start or index > 0) for index, line in enumerate(lines)
    )


def _cell(text: str) -> str:
    """A table cell: escaped, on one line (a newline would end the row)."""
    return "<br>".join(escape_markdown(line, line_start=False) for line in text.split("\n"))


def _pipe_table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], *, numbered: bool) -> str:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(_cell(cell) for cell in cells) + " |"

    rules = [":---:" if numbered and index == 0 else "---" for index in range(len(header))]
    lines = [row(header), "| " + " | ".join(rules) + " |"]
    lines.extend(row(cells) for cells in rows)
    return "\n".join(lines)


def _bold(text: str) -> str:
    return f"**{escape_markdown(text, line_start=False)}**" if text else ""


def _italic(text: str) -> str:
    return f"*{escape_markdown(text, line_start=False)}*" if text else ""


class _MarkdownWriter:
    """Accumulates Markdown blocks (blank-line separated) and numbers footnotes document-wide.

    One method per node type; :meth:`blocks` walks the children. Footnote numbers run
    through the whole document so every ``[^n]`` label is unique.
    """

    def __init__(self, scheme: NumberingScheme) -> None:
        self.chunks: list[str] = []
        self.pending_footnotes: list[tuple[int, str]] = []
        self.footnote_count = 0
        self.scheme = scheme
        self.end_slot: int | None = None  # the chunk "./." may be appended to

    # -- output -----------------------------------------------------------------
    def emit(self, chunk: str, *, textual: bool = False) -> None:
        """One block; ``textual`` blocks (paragraphs, list items) may take the final "./."."""
        self.chunks.append(chunk)
        self.end_slot = len(self.chunks) - 1 if textual else None

    def end_body(self) -> None:
        """The body ends with "./." (every model of Phụ lục III does), on its last paragraph."""
        if self.end_slot is None:
            self.emit(_BODY_END)
            return
        self.chunks[self.end_slot] = end_body(self.chunks[self.end_slot])
        self.end_slot = None

    def flush_footnotes(self) -> None:
        """The footnote definitions collected so far."""
        if self.pending_footnotes:
            definitions = []
            for number, text in self.pending_footnotes:
                body = escape_markdown(text, line_start=False).replace("\n", "\n    ")
                definitions.append(f"[^{number}]: {body}")
            self.emit("\n".join(definitions))
            self.pending_footnotes = []

    # -- inline -----------------------------------------------------------------
    def inline(self, paragraph: Paragraph, *, line_start: bool = True) -> str:
        """The runs of a paragraph as Markdown inline markup."""
        out: list[str] = []
        after_footnote = False
        for run in paragraph.runs:
            piece = self.run(run, line_start=line_start and not out)
            if after_footnote and piece.startswith(":"):
                piece = "\\" + piece  # "[^1]:" at a line start would define a footnote
            out.append(piece)
            after_footnote = isinstance(run, Footnote)
        return "".join(out)

    def run(self, run: Inline, *, line_start: bool) -> str:
        """One inline run."""
        if isinstance(run, Footnote):
            return self.footnote(run)
        if isinstance(run, Emphasis):
            return self.emphasis(run, line_start=line_start)
        if isinstance(run, Citation):
            return self.citation(run, line_start=line_start)
        if isinstance(run, Text):
            return self.text(run, line_start=line_start)
        raise TypeError(f"the Markdown renderer has no rule for {type(run).__name__}")

    def text(self, run: Text, *, line_start: bool) -> str:
        """Plain text, escaped."""
        return escape_markdown(run.text, line_start=line_start)

    def citation(self, run: Citation, *, line_start: bool) -> str:
        """A citation prints as its text."""
        return escape_markdown(run.text, line_start=line_start)

    def emphasis(self, run: Emphasis, *, line_start: bool) -> str:
        """``*italic*``, ``**bold**``, ``***bold italic***``; spaces stay outside the marks."""
        core = run.text.strip()
        if not core:
            return escape_markdown(run.text, line_start=line_start)
        lead = run.text[: len(run.text) - len(run.text.lstrip())]
        trail = run.text[len(run.text.rstrip()) :]
        mark = _EMPHASIS_MARK[run.kind]
        body = escape_markdown(core, line_start=False)
        return f"{lead}{mark}{body}{mark}{trail}"

    def footnote(self, run: Footnote) -> str:
        """A reference ``[^n]``; the definition is written by :meth:`flush_footnotes`."""
        self.footnote_count += 1
        self.pending_footnotes.append((self.footnote_count, run.text))
        return f"[^{self.footnote_count}]"

    # -- blocks -----------------------------------------------------------------
    def blocks(self, blocks: tuple[Block, ...], depth: int, base: int = 2) -> None:
        """Walk the blocks, numbering sections by depth; ``base`` is the heading level of depth 0."""
        for block, label, level in numbered_sections(blocks, self.scheme, depth):
            if isinstance(block, Section):
                self.section(block, label, level, base)
            else:
                self.block(block, base)

    def block(self, block: Block, base: int) -> None:
        """Dispatch one block to its method."""
        if isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, BulletList):
            self.bullet_list(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, IndicatorTable):
            self.indicator_table(block)
        elif isinstance(block, TaskTable):
            self.task_table(block)
        elif isinstance(block, Section):  # pragma: no cover - handled by blocks()
            self.section(block, None, 0, base)
        else:  # pragma: no cover - the model admits no other block
            raise TypeError(f"the Markdown renderer has no rule for {type(block).__name__}")

    def paragraph(self, paragraph: Paragraph) -> None:
        """A paragraph."""
        self.emit(self.inline(paragraph), textual=True)

    def section(self, section: Section, label: str | None, depth: int, base: int) -> None:
        """A titled section is a heading (## I., ### 1., #### a)); an untitled one puts its
        label in front of its first paragraph, as the text layout does."""
        rest = section.blocks
        label_md = escape_markdown(label) if label else ""
        if section.title is not None:
            title = section.title.upper() if depth == 0 else section.title
            hashes = "#" * min(base + depth, 6)
            # after "## " nothing is at a line start: "1." cannot open a list there
            heading = f"{label} {title}" if label else title
            self.emit(f"{hashes} {escape_markdown(' '.join(heading.split()), line_start=False)}")
        elif rest and isinstance(rest[0], Paragraph):
            body = self.inline(rest[0], line_start=not label_md)
            self.emit(f"{label_md} {body}" if label_md else body, textual=True)
            rest = rest[1:]
        elif label_md:
            self.emit(label_md, textual=True)
        self.blocks(rest, depth + 1, base)

    def bullet_list(self, bullets: BulletList) -> None:
        """A tight (nested) Markdown list, keeping the document's "-" or "+" marker."""
        lines: list[str] = []
        self.bullet_lines(bullets, "", lines)
        self.emit("\n".join(lines), textual=True)

    def bullet_lines(self, bullets: BulletList, indent: str, lines: list[str]) -> None:
        """The items of one list level, children indented under their item's text."""
        for item in bullets.items:
            pad = indent + " " * (len(bullets.marker) + 1)
            content = self.inline(item.content, line_start=False).replace("\n", "\n" + pad)
            lines.append(f"{indent}{bullets.marker} {content}")
            if item.children is not None:
                self.bullet_lines(item.children, pad, lines)

    def caption(self, text: str | None) -> None:
        """A table's caption or title, in bold above it."""
        if text:
            self.emit(_bold(text))

    def table(self, table: Table) -> None:
        """A pipe table."""
        self.caption(table.caption)
        self.emit(_pipe_table(table.header, list(table.rows), numbered=False))

    def indicator_table(self, table: IndicatorTable) -> None:
        """STT | Chỉ tiêu | Số liệu | Ghi chú; parts ("trong đó") follow their total."""
        self.caption(table.title)
        rows: list[tuple[str, ...]] = []
        for index, indicator in enumerate(table.indicators, start=1):
            self.indicator_rows(indicator, str(index), "", rows)
        self.emit(_pipe_table(_INDICATOR_HEADER, rows, numbered=True))

    def indicator_rows(
        self, indicator: Indicator, number: str, marker: str, rows: list[tuple[str, ...]]
    ) -> None:
        """One indicator's row, then its breakdown marked "-" (and "+" one level down)."""
        lead = "; trong đó:" if indicator.breakdown else ""
        value = "" if indicator.value is None else str(indicator.value)
        rows.append((number, f"{marker}{indicator.name}{lead}", value, indicator.note or ""))
        for part in indicator.breakdown:
            self.indicator_rows(part, "", "- " if not marker else "+ ", rows)

    def task_table(self, table: TaskTable) -> None:
        """STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm."""
        self.caption(table.title)
        rows = [
            (
                str(index),
                task.description,
                task.lead,
                ", ".join(task.partners),
                task.when,
                task.output or "",
            )
            for index, task in enumerate(table.tasks, start=1)
        ]
        self.emit(_pipe_table(_TASK_HEADER, rows, numbered=True))


def _header(document: BaseDocument) -> str:
    """ô 1–4 as a two-column table: agency and "Số" left; national title (or the Party's) right."""
    issuer = document.issuer
    left = [escape_markdown(issuer.parent.upper(), line_start=False)] if issuer.parent else []
    left.append(_bold(issuer.name.upper()))
    party = document.system is DocumentSystem.PARTY
    if party:
        left.append("\\*")
        right = [_bold(PARTY_TITLE)]
    else:
        right = [_bold(NATIONAL_TITLE), _bold(MOTTO)]
    number = number_line(document)
    last_left = escape_markdown(number, line_start=False) if number is not None else ""
    last_right = _italic(str(document.place_date))
    height = max(len(left), len(right))
    left += [""] * (height - len(left))
    right += [""] * (height - len(right))
    rows = [*zip(left, right, strict=True), (last_left, last_right)]
    lines = [f"| {rows[0][0]} | {rows[0][1]} |", "| :---: | :---: |"]
    lines.extend(f"| {a} | {b} |" for a, b in rows[1:])
    return "\n".join(lines)


def render_markdown(document: BaseDocument) -> str:
    """The document as Markdown: header table, "# BÁO CÁO" and the bold subject, sections as
    headings, lists, pipe tables, footnotes ``[^1]``, Nơi nhận, signature and appendices.
    """
    require_document(document, "render_markdown")
    writer = _MarkdownWriter(scheme_for(document))
    writer.emit(_header(document))
    writer.emit(f"# {escape_markdown(document.document_type.title)}")
    writer.emit(_bold(" ".join(document.subject.split())))
    if document.addressees:
        if len(document.addressees) == 1:
            writer.emit("Kính gửi: " + escape_markdown(document.addressees[0], line_start=False))
        else:
            *first, last = document.addressees
            items = [f"- {escape_markdown(a, line_start=False)};" for a in first]
            items.append(f"- {escape_markdown(last, line_start=False)}.")
            writer.emit("Kính gửi:")
            writer.emit("\n".join(items))
    for paragraph in (*document.bases, *document.introduction):
        writer.paragraph(paragraph)
    writer.blocks(document.body, 0)
    for paragraph in document.closing:
        writer.paragraph(paragraph)
    writer.end_body()
    writer.flush_footnotes()
    if document.recipients is not None:
        if document.system is DocumentSystem.PARTY:
            writer.emit("Nơi nhận")
        else:
            writer.emit("***Nơi nhận:***")
        items = [
            "- " + escape_markdown(line.removeprefix("- "), line_start=False)
            for line in document.recipients.lines(document.system)
        ]
        writer.emit("\n".join(items))
    if document.signature is not None:
        titles = [_bold(line) for line in document.signature.lines(document.system)]
        writer.emit("\\\n".join(titles))
        if document.signature.name:
            writer.emit(_bold(document.signature.name))
    count = len(document.appendices)
    for index, appendix in enumerate(document.appendices):
        writer.emit("---")
        writer.emit(f"# {escape_markdown(appendix_label(index, count))}")
        writer.emit(_bold(" ".join(appendix.title.upper().split())))
        writer.emit(_italic(attachment_line(document)))
        writer.blocks(appendix.blocks, 0)
        writer.flush_footnotes()
    return "\n\n".join(writer.chunks) + "\n"


class MarkdownRenderer:
    """Markdown (CommonMark with GitHub pipe tables and footnotes), UTF-8; takes no options."""

    name = "markdown"
    media_type = "text/markdown; charset=utf-8"
    suffix = ".md"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 Markdown."""
        reject_options(self.name, options, frozenset())
        return render_markdown(document).encode("utf-8")
