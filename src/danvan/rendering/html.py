"""HTML rendering: one self-contained page whose print stylesheet follows the ND30 layout.

Also the notebook view (``standalone=False``: a fragment with scoped styles). Wording
comes from :mod:`danvan.rendering.layout` and the walk mirrors the text renderer; every
piece of content goes through :func:`html.escape`, and the page loads nothing from
outside (no fonts, scripts or images), so it prints and archives as it is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from html import escape
from typing import Any

from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
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

__all__ = ["DOCUMENT_CSS", "PAGE_CSS", "HtmlRenderer", "render_html", "render_html_part"]

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

PAGE_CSS = """\
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", Times, serif; } }
@page :first { @top-center { content: none; } }
html { background: #e8e8e8; }
body { margin: 0; padding: 12mm 0; }
@media print {
  html, body { background: none; padding: 0; }
  .danvan-document .dv-page { box-shadow: none; margin: 0; padding: 0; width: auto; }
}
"""
"""The page-level rules of the standalone page (after :data:`DOCUMENT_CSS`, so print wins):
A4, the ND30 margins, page numbers from page 2."""

DOCUMENT_CSS = """\
.danvan-document { color: #000; }
.danvan-document .dv-page { box-sizing: border-box; background: #fff; max-width: 210mm; margin: 0 auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 1px 6px rgba(0, 0, 0, 0.25); font-family: "Times New Roman", Times, serif; font-size: 14pt; line-height: 1.3; text-align: justify; }
.danvan-document p { margin: 0 0 6pt; text-indent: 1.27cm; }
.danvan-document .dv-header { display: grid; grid-template-columns: 38% 62%; align-items: start; text-align: center; margin-bottom: 12pt; }
.danvan-document .dv-header p { margin: 0; text-indent: 0; text-align: center; line-height: 1.2; }
.danvan-document .dv-parent { font-size: 12pt; }
.danvan-document .dv-issuer { font-size: 12pt; font-weight: bold; }
.danvan-document .dv-state .dv-issuer::after { content: ""; display: block; width: 35%; margin: 2pt auto 0; border-top: 1px solid #000; }
.danvan-document .dv-party .dv-issuer { font-size: 14pt; }
.danvan-document .dv-star { font-size: 14pt; }
.danvan-document .dv-number { font-size: 13pt; margin-top: 6pt; white-space: pre-wrap; }
.danvan-document .dv-national-title { font-size: 12pt; font-weight: bold; }
.danvan-document .dv-party-title { font-size: 15pt; font-weight: bold; }
.danvan-document .dv-motto { font-size: 13pt; font-weight: bold; }
.danvan-document .dv-ruled { display: inline-block; border-bottom: 1px solid #000; padding-bottom: 1pt; }
.danvan-document .dv-place-date { font-size: 14pt; font-style: italic; margin-top: 6pt; white-space: pre-wrap; }
.danvan-document .dv-title { margin: 12pt 0 12pt; text-align: center; font-size: 14pt; font-weight: bold; line-height: 1.3; }
.danvan-document .dv-title span { display: block; }
.danvan-document .dv-party .dv-type { font-size: 16pt; }
.danvan-document .dv-subject::after { content: ""; display: block; width: 30%; margin: 3pt auto 0; border-top: 1px solid #000; }
.danvan-document .dv-addressees { text-align: center; text-indent: 0; }
.danvan-document .dv-addressees ul { display: inline-block; margin: 0; padding: 0; list-style: none; text-align: left; vertical-align: top; }
.danvan-document h2, .danvan-document h3, .danvan-document h4, .danvan-document h5, .danvan-document h6 { font-size: 14pt; margin: 6pt 0; text-indent: 1.27cm; text-align: justify; line-height: 1.3; }
.danvan-document h2, .danvan-document h3 { font-weight: bold; }
.danvan-document h4, .danvan-document h5, .danvan-document h6 { font-weight: normal; }
.danvan-document section { margin: 0; }
.danvan-document ul.dv-bullets { list-style-type: "- "; list-style-position: inside; margin: 0; padding: 0; }
.danvan-document ul.dv-marker-plus { list-style-type: "+ "; }
.danvan-document ul.dv-bullets li { margin: 0 0 6pt; text-indent: 1.27cm; }
.danvan-document ul.dv-bullets ul.dv-bullets { margin-top: 6pt; }
.danvan-document cite { font-style: normal; }
.danvan-document sup { line-height: 0; }
.danvan-document table { width: 100%; border-collapse: collapse; margin: 6pt 0 12pt; font-size: 13pt; text-align: left; break-inside: auto; }
.danvan-document caption { font-weight: bold; text-align: center; padding-bottom: 4pt; }
.danvan-document thead { display: table-header-group; }
.danvan-document tr { break-inside: avoid; }
.danvan-document th, .danvan-document td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.danvan-document th { font-weight: bold; text-align: center; }
.danvan-document td.dv-stt { text-align: center; white-space: nowrap; }
.danvan-document td.dv-part { padding-left: 12pt; }
.danvan-document .dv-footnotes { font-size: 12pt; margin: 12pt 0; }
.danvan-document .dv-footnotes::before { content: ""; display: block; width: 5cm; margin-bottom: 2pt; border-top: 1px solid #000; }
.danvan-document .dv-footnotes ol { margin: 0; padding-left: 14pt; }
.danvan-document .dv-footnotes li { text-align: justify; }
.danvan-document .dv-backref { text-decoration: none; }
.danvan-document .dv-end { text-indent: 0; }
.danvan-document .dv-closing { display: grid; grid-template-columns: 1fr 1fr; column-gap: 6mm; margin-top: 12pt; break-inside: avoid; }
.danvan-document .dv-closing p { text-indent: 0; margin: 0; }
.danvan-document .dv-recipients { grid-column: 1; }
.danvan-document .dv-recipients-heading { font-size: 12pt; font-weight: bold; font-style: italic; }
.danvan-document .dv-party .dv-recipients-heading { font-weight: normal; font-style: normal; text-decoration: underline; }
.danvan-document .dv-recipients ul { list-style: none; margin: 0; padding: 0; font-size: 11pt; text-align: left; }
.danvan-document .dv-signature { grid-column: 2; text-align: center; }
.danvan-document .dv-signature p { text-align: center; }
.danvan-document .dv-authority { font-weight: bold; }
.danvan-document .dv-signer { font-weight: bold; margin-top: 3cm; }
.danvan-document .dv-appendix { break-before: page; page-break-before: always; margin-top: 18pt; padding-top: 12pt; border-top: 1px dashed #888; }
.danvan-document .dv-appendix-heading { text-align: center; text-indent: 0; margin: 0 0 6pt; font-weight: bold; }
.danvan-document .dv-appendix-heading span { display: block; }
.danvan-document .dv-attachment { text-align: center; text-indent: 0; font-style: italic; }
.danvan-document .dv-attachment::after { content: ""; display: block; width: 30%; margin: 3pt auto 0; border-top: 1px solid #000; }
@media print { .danvan-document .dv-appendix { border-top: none; margin-top: 0; padding-top: 0; } }
"""
"""The rules of the document itself, every selector scoped under ``.danvan-document``."""


def _text(text: str) -> str:
    """Escaped text; a newline inside it is a line break."""
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def _ids_for(document: BaseDocument, standalone: bool) -> str:
    """An id prefix: plain on a page of its own, unique per document inside a notebook."""
    if standalone:
        return "dv-"
    digest = hashlib.sha1(repr(document).encode("utf-8"), usedforsecurity=False).hexdigest()
    return f"dv-{digest[:8]}-"


class _HtmlWriter:
    """Accumulates HTML and numbers footnotes document-wide.

    One method per node type; :meth:`blocks` walks the children. Footnote numbers run
    through the whole document so every id is unique.
    """

    def __init__(self, scheme: NumberingScheme, ids: str) -> None:
        self.out: list[str] = []
        self.pending_footnotes: list[tuple[int, str]] = []
        self.footnote_count = 0
        self.scheme = scheme
        self.ids = ids
        self.end_slot: int | None = None  # the piece of text "./." may be appended to

    # -- output -----------------------------------------------------------------
    def emit(self, *pieces: str) -> None:
        """Markup that can not take the final "./." (headings, tables, wrappers)."""
        self.out.extend(pieces)
        self.end_slot = None

    def emit_text(self, start: str, content: str, end: str) -> None:
        """``content`` between tags; it may take the final "./." of the body."""
        self.out.extend((start, content))
        self.end_slot = len(self.out) - 1
        self.out.append(end)

    def end_body(self) -> None:
        """The body ends with "./." (every model of Phụ lục III does), on its last paragraph."""
        if self.end_slot is None:
            self.emit(f'<p class="dv-end">{_BODY_END}</p>\n')
            return
        self.out[self.end_slot] = end_body(self.out[self.end_slot])
        self.end_slot = None

    def flush_footnotes(self) -> None:
        """The footnotes collected so far, as a numbered list with links back to the text."""
        if not self.pending_footnotes:
            return
        first = self.pending_footnotes[0][0]
        start = "" if first == 1 else f' start="{first}"'
        items = []
        for number, text in self.pending_footnotes:
            items.append(
                f'<li id="{self.ids}fn-{number}">{_text(text)} '
                f'<a class="dv-backref" href="#{self.ids}fnref-{number}" '
                f'aria-label="Về vị trí chú thích {number}">&#x21A9;&#xFE0E;</a></li>\n'
            )
        self.emit(
            '<aside class="dv-footnotes" aria-label="Chú thích">\n',
            f'<ol class="footnotes"{start}>\n',
            *items,
            "</ol>\n</aside>\n",
        )
        self.pending_footnotes = []

    # -- inline -----------------------------------------------------------------
    def inline(self, paragraph: Paragraph) -> str:
        """The runs of a paragraph as inline HTML."""
        return "".join(self.run(run) for run in paragraph.runs)

    def run(self, run: Inline) -> str:
        """One inline run."""
        if isinstance(run, Footnote):
            return self.footnote(run)
        if isinstance(run, Emphasis):
            return self.emphasis(run)
        if isinstance(run, Citation):
            return self.citation(run)
        if isinstance(run, Text):
            return self.text(run)
        raise TypeError(f"the HTML renderer has no rule for {type(run).__name__}")

    def text(self, run: Text) -> str:
        """Plain text, escaped."""
        return _text(run.text)

    def citation(self, run: Citation) -> str:
        """``<cite>`` with the canonical full citation as its tooltip."""
        full = escape(run.reference.format("full"))
        return f'<cite class="dv-citation" title="{full}">{_text(run.text)}</cite>'

    def emphasis(self, run: Emphasis) -> str:
        """``<em>``, ``<strong>`` or both."""
        body = _text(run.text)
        if run.kind is EmphasisKind.BOLD:
            return f"<strong>{body}</strong>"
        if run.kind is EmphasisKind.BOLD_ITALIC:
            return f"<strong><em>{body}</em></strong>"
        return f"<em>{body}</em>"

    def footnote(self, run: Footnote) -> str:
        """A superscript link to the note; the note is written by :meth:`flush_footnotes`."""
        self.footnote_count += 1
        number = self.footnote_count
        self.pending_footnotes.append((number, run.text))
        return (
            f'<sup class="dv-fnref"><a id="{self.ids}fnref-{number}" '
            f'href="#{self.ids}fn-{number}" role="doc-noteref">{number}</a></sup>'
        )

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
            raise TypeError(f"the HTML renderer has no rule for {type(block).__name__}")

    def paragraph(self, paragraph: Paragraph) -> None:
        """``<p>``."""
        self.emit_text("<p>", self.inline(paragraph), "</p>\n")

    def section(self, section: Section, label: str | None, depth: int, base: int) -> None:
        """``<section>`` with ``<h2>`` (mục), ``<h3>`` (khoản) ...; an untitled section puts its
        label in front of its first paragraph, as the text layout does."""
        self.emit(f'<section class="dv-level-{depth}">\n')
        rest = section.blocks
        mark = f'<span class="dv-label">{escape(label)}</span> ' if label else ""
        if section.title is not None:
            title = section.title.upper() if depth == 0 else section.title
            level = min(base + depth, 6)
            self.emit(f"<h{level}>{mark}{_text(title)}</h{level}>\n")
        elif rest and isinstance(rest[0], Paragraph):
            self.emit_text("<p>", mark + self.inline(rest[0]), "</p>\n")
            rest = rest[1:]
        elif label:
            self.emit_text("<p>", mark.rstrip(), "</p>\n")
        self.blocks(rest, depth + 1, base)
        self.out.append("</section>\n")

    def bullet_list(self, bullets: BulletList) -> None:
        """``<ul>`` whose marker ("-" or "+") the stylesheet draws."""
        kind = "dv-marker-plus" if bullets.marker == "+" else "dv-marker-dash"
        self.emit(f'<ul class="dv-bullets {kind}">\n')
        for item in bullets.items:
            self.emit_text("<li>", self.inline(item.content), "")
            if item.children is not None:
                self.out.append("\n")
                self.bullet_list(item.children)
            self.out.append("</li>\n")
        self.out.append("</ul>\n")

    def grid(
        self,
        caption: str | None,
        header: tuple[str, ...],
        rows: Sequence[tuple[str, ...]],
        *,
        numbered: bool,
        parts: frozenset[int] = frozenset(),
    ) -> None:
        """``<table>`` with a ``<caption>``, ``<th scope="col">`` headers and escaped cells."""
        self.emit('<table class="dv-table">\n')
        if caption:
            self.out.append(f"<caption>{_text(caption)}</caption>\n")
        heads = "".join(f'<th scope="col">{_text(cell)}</th>' for cell in header)
        self.out.append(f"<thead>\n<tr>{heads}</tr>\n</thead>\n<tbody>\n")
        for index, row in enumerate(rows):
            cells = []
            for column, cell in enumerate(row):
                classes = []
                if numbered and column == 0:
                    classes.append("dv-stt")
                if column == 1 and index in parts:
                    classes.append("dv-part")
                attr = f' class="{" ".join(classes)}"' if classes else ""
                cells.append(f"<td{attr}>{_text(cell)}</td>")
            self.out.append(f"<tr>{''.join(cells)}</tr>\n")
        self.out.append("</tbody>\n</table>\n")

    def table(self, table: Table) -> None:
        """A table of text cells."""
        self.grid(table.caption, table.header, list(table.rows), numbered=False)

    def indicator_table(self, table: IndicatorTable) -> None:
        """STT | Chỉ tiêu | Số liệu | Ghi chú; parts ("trong đó") follow their total."""
        rows: list[tuple[str, ...]] = []
        parts: set[int] = set()
        for index, indicator in enumerate(table.indicators, start=1):
            self.indicator_rows(indicator, str(index), "", rows, parts)
        self.grid(table.title, _INDICATOR_HEADER, rows, numbered=True, parts=frozenset(parts))

    def indicator_rows(
        self,
        indicator: Indicator,
        number: str,
        marker: str,
        rows: list[tuple[str, ...]],
        parts: set[int],
    ) -> None:
        """One indicator's row, then its breakdown marked "-" (and "+" one level down)."""
        lead = "; trong đó:" if indicator.breakdown else ""
        value = "" if indicator.value is None else str(indicator.value)
        if marker:
            parts.add(len(rows))
        rows.append((number, f"{marker}{indicator.name}{lead}", value, indicator.note or ""))
        for part in indicator.breakdown:
            self.indicator_rows(part, "", "- " if not marker else "+ ", rows, parts)

    def task_table(self, table: TaskTable) -> None:
        """STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm."""
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
        self.grid(table.title, _TASK_HEADER, rows, numbered=True)


def _p(css: str, text: str) -> str:
    return f'<p class="{css}">{_text(text)}</p>\n'


def _header(document: BaseDocument) -> str:
    """ô 1–4: agency, rule (or the Party's asterisk) and "Số" | national title (or the Party's)."""
    issuer = document.issuer
    left = [_p("dv-parent", issuer.parent.upper())] if issuer.parent else []
    left.append(_p("dv-issuer", issuer.name.upper()))
    if document.system is DocumentSystem.PARTY:
        left.append('<p class="dv-star">*</p>\n')
        right = [
            f'<p class="dv-party-title"><span class="dv-ruled">{escape(PARTY_TITLE)}</span></p>\n'
        ]
    else:
        right = [
            _p("dv-national-title", NATIONAL_TITLE),
            f'<p class="dv-motto"><span class="dv-ruled">{escape(MOTTO)}</span></p>\n',
        ]
    if (line := number_line(document)) is not None:
        left.append(_p("dv-number", line))
    right.append(_p("dv-place-date", str(document.place_date)))
    return (
        '<header class="dv-header">\n<div class="dv-agency">\n'
        + "".join(left)
        + '</div>\n<div class="dv-nation">\n'
        + "".join(right)
        + "</div>\n</header>\n"
    )


def _addressees(document: BaseDocument) -> str:
    names = document.addressees
    if not names:
        return ""
    if len(names) == 1:
        return _p("dv-addressees", f"Kính gửi: {names[0]}")
    *first, last = names
    items = [f"<li>- {_text(a)};</li>" for a in first] + [f"<li>- {_text(last)}.</li>"]
    return f'<div class="dv-addressees">Kính gửi: <ul>{"".join(items)}</ul></div>\n'


def _closing(document: BaseDocument) -> str:
    """ô 7–9b: Nơi nhận on the left, the signature on the right."""
    parts = []
    if document.recipients is not None:
        heading = "Nơi nhận" if document.system is DocumentSystem.PARTY else "Nơi nhận:"
        items = "".join(
            f"<li>{_text(line)}</li>\n" for line in document.recipients.lines(document.system)
        )
        parts.append(
            '<div class="dv-recipients">\n'
            + _p("dv-recipients-heading", heading)
            + f"<ul>\n{items}</ul>\n</div>\n"
        )
    if document.signature is not None:
        titles = "<br>".join(escape(line) for line in document.signature.lines(document.system))
        name = _p("dv-signer", document.signature.name) if document.signature.name else ""
        parts.append(
            f'<div class="dv-signature">\n<p class="dv-authority">{titles}</p>\n{name}</div>\n'
        )
    if not parts:
        return ""
    return '<footer class="dv-closing">\n' + "".join(parts) + "</footer>\n"


def _article(document: BaseDocument, ids: str) -> str:
    writer = _HtmlWriter(scheme_for(document), ids)
    system = "dv-party" if document.system is DocumentSystem.PARTY else "dv-state"
    status = " dv-draft" if document.is_draft else ""
    writer.emit(f'<article class="dv-page {system}{status}">\n', _header(document))
    writer.emit(
        '<h1 class="dv-title">'
        f'<span class="dv-type">{escape(document.document_type.title)}</span>'
        f'<span class="dv-subject">{_text(document.subject)}</span></h1>\n'
    )
    writer.emit(_addressees(document))
    for paragraph in (*document.bases, *document.introduction):
        writer.paragraph(paragraph)
    writer.blocks(document.body, 0)
    for paragraph in document.closing:
        writer.paragraph(paragraph)
    writer.end_body()
    writer.flush_footnotes()
    writer.emit(_closing(document))
    count = len(document.appendices)
    for index, appendix in enumerate(document.appendices):
        writer.emit(
            '<section class="dv-appendix">\n<header>\n<h2 class="dv-appendix-heading">'
            f'<span class="dv-appendix-label">{escape(appendix_label(index, count))}</span>'
            f'<span class="dv-appendix-title">{_text(appendix.title.upper())}</span></h2>\n',
            _p("dv-attachment", attachment_line(document)),
            "</header>\n",
        )
        writer.blocks(appendix.blocks, 0, base=3)
        writer.flush_footnotes()
        writer.emit("</section>\n")
    writer.emit("</article>\n")
    return "".join(writer.out)


def render_html(document: BaseDocument, *, standalone: bool = True) -> str:
    """The document as HTML: a complete page (``standalone=True``) with an A4 print stylesheet,
    or a ``<div class="danvan-document">`` fragment with scoped styles for notebooks.
    """
    require_document(document, "render_html")
    ids = _ids_for(document, standalone)
    article = _article(document, ids)
    if not standalone:
        return (
            f'<div class="danvan-document" lang="vi">\n<style>\n{DOCUMENT_CSS}</style>\n'
            f"{article}</div>\n"
        )
    title = f"{document.document_type.title} {' '.join(document.subject.split())}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{DOCUMENT_CSS}{PAGE_CSS}</style>\n"
        f'</head>\n<body>\n<div class="danvan-document">\n{article}</div>\n</body>\n</html>\n'
    )


Part = Section | Appendix | Block
"""What :func:`render_html_part` shows: a section, an appendix, or one block of a body."""


def render_html_part(part: Part) -> str:
    """One part of a document, alone, as the ``<div class="danvan-document">`` fragment a notebook
    shows: a section (numbered as the first of its level unless it has its own ``number``), an
    appendix (its title, without the "Kèm theo" line, which needs the document), a table.
    """
    if not isinstance(part, (Section, Appendix, *_BLOCK_TYPES)):
        raise InvalidValueError(
            "render_html_part(part)",
            part,
            f"must be a Section, an Appendix or a block (Paragraph, BulletList, Table, "
            f"IndicatorTable, TaskTable), not {type(part).__name__}",
        )
    digest = hashlib.sha1(repr(part).encode("utf-8"), usedforsecurity=False).hexdigest()
    writer = _HtmlWriter(NumberingScheme.state(), f"dv-{digest[:8]}-")
    if isinstance(part, Appendix):
        writer.emit(
            '<section class="dv-appendix dv-alone">\n<header>\n<h2 class="dv-appendix-heading">'
            f'<span class="dv-appendix-title">{_text(part.title.upper())}</span></h2>\n'
            "</header>\n"
        )
        writer.blocks(part.blocks, 0, base=3)
        writer.emit("</section>\n")
    else:
        writer.blocks((part,), 0)
    writer.flush_footnotes()
    return (
        f'<div class="danvan-document danvan-part" lang="vi">\n<style>\n{DOCUMENT_CSS}</style>\n'
        f'<article class="dv-page dv-state">\n{"".join(writer.out)}</article>\n</div>\n'
    )


_BLOCK_TYPES = (Paragraph, BulletList, Table, IndicatorTable, TaskTable)


class HtmlRenderer:
    """A self-contained HTML page (UTF-8); ``standalone=False`` gives the notebook fragment."""

    name = "html"
    media_type = "text/html; charset=utf-8"
    suffix = ".html"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 HTML."""
        reject_options(self.name, options, frozenset({"standalone"}))
        standalone = options.get("standalone", True)
        if not isinstance(standalone, bool):
            raise InvalidValueError(
                "render('html').standalone", standalone, "standalone is True or False"
            )
        return render_html(document, standalone=standalone).encode("utf-8")

    def render_fragment(self, obj: BaseDocument | Part, /) -> str:
        """The notebook view of a document or of one of its parts (``danvan.rendering.notebook``)."""
        if isinstance(obj, BaseDocument):
            return render_html(obj, standalone=False)
        return render_html_part(obj)
