"""Markdown rendering (CommonMark with GitHub tables and footnotes): the document for wikis and diffs.

A :class:`~danvan.rendering.walker.DocumentWalker`: the walker fixes the order and the
wording, this module only emits markup. Every piece of content is escaped, so text such as
"1. Tổng số" or "a|b" can never turn into a list or a table column, and every line break
Unicode knows (``str.splitlines``: "\\r", "\\x0b", "\\x0c", "\\x1c"-"\\x1e", "\\x85",
"\\u2028", "\\u2029", not only "\\n") is treated as one, so "Kết thúc\\r- mục" can never
start a list, a block quote or a heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from danvan.model import (
    BaseDocument,
    BulletItem,
    BulletList,
    Citation,
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
from danvan.model._validators import require_document
from danvan.rendering._options import reject_options
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
from danvan.rendering.wording import INDICATOR_HEADER, TASK_HEADER

__all__ = ["MarkdownRenderer", "MarkdownWalker", "escape_markdown", "render_markdown"]

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
# Every line boundary of str.splitlines(): a viewer may break a line at any of them, and
# CommonMark itself ends a line at a lone "\r".
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


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
    out: list[str] = []
    position = 0
    for index, match in enumerate(_LINE_BREAK.finditer(text)):
        line = _escape_line(text[position : match.start()], line_start=line_start or index > 0)
        if not line and out and out[-1] == "\r" and match[0].startswith("\n"):
            # "\r\t\n": the tab dropped, a lone "\r" and the "\n" would read as one break
            out[-1] = "\n"
        out.append(line)
        out.append(match[0])
        position = match.end()
    out.append(_escape_line(text[position:], line_start=line_start or position > 0))
    return "".join(out)


def _one_line(text: str) -> str:
    """Escaped Markdown kept on one line (a table row): every line break becomes ``<br>``."""
    return _LINE_BREAK.sub("<br>", text)


def _cell(text: str) -> str:
    """A table cell: escaped, on one line (a line break would end the row)."""
    return "<br>".join(escape_markdown(line, line_start=False) for line in text.splitlines())


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


class MarkdownWalker(DocumentWalker):
    """Accumulates Markdown blocks (blank-line separated); the walker numbers the footnotes
    document-wide, so every ``[^n]`` label is unique."""

    renderer_name = "markdown"

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self._runs: list[str] = []
        self._line_start = True
        self._after_footnote = False
        self._list: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        self._task_header: tuple[str, ...] = TASK_HEADER

    def emit(self, chunk: str) -> None:
        """One block."""
        self.chunks.append(chunk)

    def inline(self, paragraph: Paragraph, *, line_start: bool = True) -> str:
        """The runs of a paragraph as Markdown inline markup."""
        self._runs, self._line_start, self._after_footnote = [], line_start, False
        self.walk_runs(paragraph)
        return "".join(self._runs)

    def _piece(self, piece: str, *, footnote: bool = False) -> None:
        if self._after_footnote and piece.startswith(":"):
            piece = "\\" + piece  # "[^1]:" at a line start would define a footnote
        self._runs.append(piece)
        self._line_start = False
        self._after_footnote = footnote

    # -- parts ---------------------------------------------------------------------------
    def visit_page_marks(self, marks: PageMarks) -> None:
        """The draft mark and the circulation note, bold, before the masthead."""
        self.emit("\\\n".join(_bold(line) for line in marks.lines))

    def visit_stamps(self, stamps: Stamps) -> None:
        """Độ mật and độ khẩn, bold, after the masthead."""
        self.emit("\\\n".join(_bold(line) for line in stamps.lines))

    def visit_contact(self, contact: ContactBlock) -> None:
        """Ô 13: the address block, one line each (hard line breaks)."""
        self.emit(
            "\\\n".join(
                escape_markdown(line, line_start=i == 0) for i, line in enumerate(contact.lines)
            )
        )

    def visit_masthead(self, masthead: Masthead) -> None:
        """Ô 1–4 as a two-column table: agency and "Số" left; national title (or the Party's) right."""
        left = [escape_markdown(masthead.parent, line_start=False)] if masthead.parent else []
        if masthead.issuer is not None:
            left.append(_bold(masthead.issuer))
        right = [_bold(masthead.title)]
        if masthead.mark is not None:
            left.append(escape_markdown(masthead.mark, line_start=False))
        if masthead.motto is not None:
            right.append(_bold(masthead.motto))
        number = masthead.number
        last_left = escape_markdown(number, line_start=False) if number is not None else ""
        last_right = _italic(masthead.place_date) if masthead.place_date is not None else ""
        height = max(len(left), len(right))
        left += [""] * (height - len(left))
        right += [""] * (height - len(right))
        rows = [*zip(left, right, strict=True), (last_left, last_right)]
        lines = [f"| {_one_line(rows[0][0])} | {_one_line(rows[0][1])} |", "| :---: | :---: |"]
        lines.extend(f"| {_one_line(a)} | {_one_line(b)} |" for a, b in rows[1:])
        self.emit("\n".join(lines))

    def visit_title(self, title: DocumentTitle) -> None:
        self.emit(f"# {escape_markdown(title.type_name)}")
        if title.subject is not None:
            self.emit(_bold(" ".join(title.subject.split())))

    def visit_addressees(self, addressees: Addressees) -> None:
        if addressees.single:
            name = escape_markdown(addressees.names[0], line_start=False)
            self.emit(f"{escape_markdown(addressees.label)} {name}")
            return
        self.emit(escape_markdown(addressees.label))
        items = [escape_markdown(line, line_start=False) for line in addressees.lines]
        self.emit("\n".join(f"- {item.removeprefix('- ')}" for item in items))

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        if label:
            self.emit(f"{escape_markdown(label)} {self.inline(paragraph, line_start=False)}")
        else:
            self.emit(self.inline(paragraph))

    def visit_heading(self, heading: SectionHeading) -> None:
        """## I., ### 1., #### a) (one level lower inside appendices)."""
        base = 3 if heading.in_appendix else 2
        hashes = "#" * min(base + heading.depth, 6)
        # after "## " nothing is at a line start: "1." cannot open a list there
        self.emit(f"{hashes} {escape_markdown(' '.join(heading.text.split()), line_start=False)}")

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        """The heading with its first paragraph on the same line: "## VI. KIẾN NGHỊ: *(Không).*"."""
        base = 3 if heading.in_appendix else 2
        hashes = "#" * min(base + heading.depth, 6)
        title = escape_markdown(" ".join(heading.text.split()), line_start=False)
        self.emit(f"{hashes} {title} {self.inline(paragraph, line_start=False)}")

    def visit_bullet_list(self, bullets: BulletList, depth: int) -> None:
        if depth == 0:
            self._list = []

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        """A tight (nested) Markdown list item, keeping the document's "-" or "+" marker."""
        indent = "  " * depth
        pad = indent + " " * (len(marker) + 1)
        content = _LINE_BREAK.sub(lambda m: m[0] + pad, self.inline(item.content, line_start=False))
        self._list.append(f"{indent}{marker} {content}")

    def visit_item_paragraph(self, paragraph: Paragraph, marker: str, depth: int) -> None:
        """A paragraph the item owns: a blank line, then indented under the item's text."""
        pad = "  " * depth + " " * (len(marker) + 1)
        text = _LINE_BREAK.sub(lambda m: m[0] + pad, self.inline(paragraph, line_start=False))
        self._list.extend(["", f"{pad}{text}"])

    def depart_bullet_list(self, bullets: BulletList, depth: int) -> None:
        if depth == 0:
            self.emit("\n".join(self._list))

    def _caption(self, text: str | None) -> None:
        if text:
            self.emit(_bold(text))

    def visit_table(self, table: Table) -> None:
        self._caption(table.caption)
        self.emit(_pipe_table(table.header, list(table.rows), numbered=False))

    def visit_indicator_table(self, table: IndicatorTable, header: tuple[str, ...]) -> None:
        self._caption(table.title)
        self._rows = []

    def visit_indicator(self, row: IndicatorRow) -> None:
        self._rows.append(row.cells)

    def depart_indicator_table(self, table: IndicatorTable) -> None:
        self.emit(_pipe_table(INDICATOR_HEADER, self._rows, numbered=True))

    def visit_task_table(self, table: TaskTable, header: tuple[str, ...]) -> None:
        self._caption(table.title)
        self._rows = []
        self._task_header = header

    def visit_task(self, row: TaskRow) -> None:
        self._rows.append(row.cells)

    def depart_task_table(self, table: TaskTable) -> None:
        self.emit(_pipe_table(self._task_header, self._rows, numbered=True))

    def visit_body_end(self, mark: str) -> None:
        self.emit(escape_markdown(mark))

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        definitions = []
        for note in notes:
            body = escape_markdown(note.text, line_start=False)
            body = _LINE_BREAK.sub(lambda m: m[0] + "    ", body)
            definitions.append(f"[^{note.number}]: {body}")
        self.emit("\n".join(definitions))

    def visit_signature_block(self, block: SignatureBlock) -> None:
        if block.recipients_heading is not None:
            if block.recipients_heading.endswith(":"):
                self.emit(f"***{escape_markdown(block.recipients_heading, line_start=False)}***")
            else:
                self.emit(escape_markdown(block.recipients_heading))
            lines = list(block.recipient_lines)
            archive = None
            if block.archive is not None and lines:
                lines.pop()  # the archive line, written from its parts: the code raised
                text, raised, end = block.archive
                archive = escape_markdown(text.removeprefix("- "), line_start=False)
                if raised:
                    archive += f"<sup>{escape_markdown(raised, line_start=False)}</sup>"
                archive += escape_markdown(end, line_start=False)
            items = [
                "- " + escape_markdown(line.removeprefix("- "), line_start=False) for line in lines
            ]
            if archive is not None:
                items.append("- " + archive)
            if items:
                self.emit("\n".join(items))
            if block.issue_line:
                self.emit(escape_markdown(block.issue_line))
        if block.signature is not None:
            self.emit("\\\n".join(_bold(line) for line in block.signature_lines))
            if block.signature_notes:
                self.emit("\\\n".join(_italic(note) for note in block.signature_notes))
            if block.signer:
                self.emit(_bold(block.signer))

    def visit_appendix(self, heading: AppendixHeading) -> None:
        self.emit("---")
        self.emit(f"# {escape_markdown(heading.label)}")
        self.emit(_bold(" ".join(heading.title.split())))
        self.emit(_italic(heading.attachment))

    # -- inline ----------------------------------------------------------------------------
    def visit_text(self, run: Text) -> None:
        self._piece(escape_markdown(run.text, line_start=self._line_start))

    def visit_citation(self, run: Citation) -> None:
        self._piece(escape_markdown(run.text, line_start=self._line_start))

    def visit_emphasis(self, run: Emphasis) -> None:
        """``*italic*``, ``**bold**``, ``***bold italic***``; spaces stay outside the marks."""
        core = run.text.strip()
        if not core:
            self._piece(escape_markdown(run.text, line_start=self._line_start))
            return
        lead = run.text[: len(run.text) - len(run.text.lstrip())]
        trail = run.text[len(run.text.rstrip()) :]
        mark = _EMPHASIS_MARK[run.kind]
        body = escape_markdown(core, line_start=False)
        self._piece(f"{lead}{mark}{body}{mark}{trail}")

    def visit_footnote(self, run: Footnote, number: int) -> None:
        """A reference ``[^n]``; the definition follows in :meth:`visit_footnotes`."""
        self._piece(f"[^{number}]", footnote=True)

    def visit_superscript(self, run: Superscript) -> None:
        """``<sup>XT</sup>`` (CommonMark keeps inline HTML)."""
        self._piece(f"<sup>{escape_markdown(run.text, line_start=False)}</sup>")


def render_markdown(document: BaseDocument) -> str:
    """The document as Markdown: header table, "# BÁO CÁO" and the bold subject, sections as
    headings, lists, pipe tables, footnotes ``[^1]``, Nơi nhận, signature and appendices.
    """
    require_document(document, "render_markdown")
    walker = MarkdownWalker()
    walker.walk(document)
    return "\n\n".join(walker.chunks) + "\n"


class MarkdownRenderer:
    """Markdown (CommonMark with GitHub pipe tables and footnotes), UTF-8; takes no options."""

    name = "markdown"
    media_type = "text/markdown; charset=utf-8"
    suffix = ".md"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 Markdown."""
        reject_options(self.name, options, frozenset())
        return render_markdown(document).encode("utf-8")
