"""HTML rendering: one self-contained page whose print stylesheet follows the ND30 layout.

Also the notebook view (``standalone=False``: a fragment with scoped styles). A
:class:`~danvan.rendering.walker.DocumentWalker`: the walker fixes order and wording; every
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
    BaseDocument,
    BulletItem,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    EmphasisKind,
    Footnote,
    IndicatorTable,
    Paragraph,
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

__all__ = ["DOCUMENT_CSS", "PAGE_CSS", "HtmlRenderer", "HtmlWalker", "render_html"]

PAGE_CSS = """\
@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font: 14pt "Times New Roman", Times, serif; } }
@page :first { @top-center { content: none; } }
@page dv-appendix { @top-center { content: counter(page); font: 14pt "Times New Roman", Times, serif; } }
@page :nth(1 of dv-appendix) { counter-reset: page; @top-center { content: none; } }
.danvan-document .dv-appendix { page: dv-appendix; counter-reset: page 1; }
html { background: #e8e8e8; }
body { margin: 0; padding: 12mm 0; }
@media print {
  html, body { background: none; padding: 0; }
  .danvan-document .dv-page { box-shadow: none; margin: 0; padding: 0; width: auto; }
}
"""
"""The page-level rules of the standalone page (after :data:`DOCUMENT_CSS`, so print wins):
A4, the ND30 margins, page numbers from page 2.

Each appendix is numbered on its own from 1, its first page unnumbered, as in the .docx
(«Số trang của Phụ lục được đánh số riêng», Phụ lục I, III.1.đ), where the browser
supports it: named pages (``page: dv-appendix``) with the page-group selector
``:nth(1 of dv-appendix)`` of CSS Generated Content for Paged Media (WeasyPrint,
Vivliostyle), and ``counter-reset: page 1`` on the element (Prince). Elsewhere (Chrome
today) the count runs on through the appendices."""

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
.danvan-document .dv-closing .dv-authority { margin-bottom: 3cm; }
.danvan-document .dv-closing .dv-drafter { font-size: 11pt; }
.danvan-document .dv-marks { display: flex; flex-direction: column; align-items: flex-end; gap: 4pt; margin-bottom: 6pt; }
.danvan-document .dv-stamps { width: 38%; display: flex; flex-direction: column; align-items: center; gap: 4pt; margin: -6pt 0 6pt; }
.danvan-document p.dv-box { display: inline-block; margin: 0; padding: 1pt 8pt; border: 1px solid #000; text-indent: 0; font-size: 13pt; font-weight: bold; text-transform: uppercase; }
.danvan-document p.dv-stamp { color: #f00; border-color: #f00; }
.danvan-document .dv-basis { font-style: italic; }
.danvan-document .dv-contact { font-style: normal; font-size: 11pt; text-align: left; border-top: 1px solid #000; padding-top: 2pt; margin-top: 12pt; }
.danvan-document .dv-signer { font-weight: bold; }
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


class HtmlWalker(DocumentWalker):
    """Accumulates HTML; the walker numbers footnotes document-wide so every id is unique."""

    renderer_name = "html"

    def __init__(self, ids: str) -> None:
        self.out: list[str] = []
        self.ids = ids
        self._runs: list[str] = []
        self._rows: list[tuple[str, ...]] = []
        self._parts: set[int] = set()
        self._closing = False

    def emit(self, *pieces: str) -> None:
        """Markup, appended in order."""
        self.out.extend(pieces)

    def inline(self, paragraph: Paragraph) -> str:
        """The runs of a paragraph as inline HTML."""
        outer, self._runs = self._runs, []
        self.walk_runs(paragraph)
        text, self._runs = "".join(self._runs), outer
        return text

    # -- parts ---------------------------------------------------------------------------
    def visit_document(self, document: BaseDocument) -> None:
        system = "dv-party" if document.system is DocumentSystem.PARTY else "dv-state"
        status = " dv-draft" if document.is_draft else ""
        self.emit(f'<article class="dv-page {system}{status}">\n')

    def depart_document(self, document: BaseDocument) -> None:
        self.emit("</article>\n")

    def visit_page_marks(self, marks: PageMarks) -> None:
        """The top of page 1: the boxed draft mark (right) and circulation note (ô 11)."""
        pieces = ['<div class="dv-marks">\n']
        if marks.draft:
            pieces.append(_p("dv-box dv-draft-mark", marks.draft))
        if marks.circulation:
            pieces.append(_p("dv-box dv-circulation", marks.circulation))
        self.emit(*pieces, "</div>\n")

    def visit_stamps(self, stamps: Stamps) -> None:
        """Ô 10a over ô 10b, boxed, under the number."""
        pieces = ['<div class="dv-stamps">\n']
        if stamps.secrecy:
            pieces.append(_p("dv-box dv-stamp dv-secrecy", stamps.secrecy))
        if stamps.urgency:
            pieces.append(_p("dv-box dv-stamp dv-urgency", stamps.urgency))
        self.emit(*pieces, "</div>\n")

    def visit_basis(self, paragraph: Paragraph) -> None:
        """A căn cứ line, italic (Phụ lục I, II.6.a)."""
        self.emit(f'<p class="dv-basis">{self.inline(paragraph)}</p>\n')

    def visit_contact(self, contact: ContactBlock) -> None:
        """Ô 13 under a full-width rule, 11 pt."""
        lines = "<br>\n".join(_text(line) for line in contact.lines)
        self.emit(f'<address class="dv-contact">{lines}</address>\n')

    def visit_masthead(self, masthead: Masthead) -> None:
        """ô 1–4: agency, rule (or the Party's asterisk) and "Số" | national title (or the Party's)."""
        left = [_p("dv-parent", masthead.parent)] if masthead.parent else []
        left.append(_p("dv-issuer", masthead.issuer))
        if masthead.mark is not None:
            left.append(_p("dv-star", masthead.mark))
        if masthead.party:
            right = [
                f'<p class="dv-party-title"><span class="dv-ruled">{_text(masthead.title)}'
                "</span></p>\n"
            ]
        else:
            right = [_p("dv-national-title", masthead.title)]
        if masthead.motto is not None:
            right.append(
                f'<p class="dv-motto"><span class="dv-ruled">{_text(masthead.motto)}</span></p>\n'
            )
        if masthead.number is not None:
            left.append(_p("dv-number", masthead.number))
        right.append(_p("dv-place-date", masthead.place_date))
        self.emit(
            '<header class="dv-header">\n<div class="dv-agency">\n',
            *left,
            '</div>\n<div class="dv-nation">\n',
            *right,
            "</div>\n</header>\n",
        )

    def visit_title(self, title: DocumentTitle) -> None:
        self.emit(
            '<h1 class="dv-title">'
            f'<span class="dv-type">{_text(title.type_name)}</span>'
            f'<span class="dv-subject">{_text(title.subject)}</span></h1>\n'
        )

    def visit_addressees(self, addressees: Addressees) -> None:
        if addressees.single:
            self.emit(_p("dv-addressees", addressees.lines[0]))
            return
        items = "".join(f"<li>{_text(line)}</li>" for line in addressees.lines)
        self.emit(f'<div class="dv-addressees">{_text(addressees.label)} <ul>{items}</ul></div>\n')

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        mark = f'<span class="dv-label">{_text(label)}</span> ' if label else ""
        self.emit("<p>", mark, self.inline(paragraph), "</p>\n")

    def visit_section(self, heading: SectionHeading) -> None:
        self.emit(f'<section class="dv-level-{heading.depth}">\n')

    def depart_section(self, heading: SectionHeading) -> None:
        self.emit("</section>\n")

    def visit_heading(self, heading: SectionHeading) -> None:
        """``<h2>`` (mục), ``<h3>`` (khoản) …, one level lower inside appendices."""
        base = 3 if heading.in_appendix else 2
        level = min(base + heading.depth, 6)
        mark = f'<span class="dv-label">{_text(heading.label)}</span> ' if heading.label else ""
        self.emit(f"<h{level}>{mark}{_text(heading.title or '')}</h{level}>\n")

    def visit_bullet_list(self, bullets: BulletList, depth: int) -> None:
        """``<ul>`` whose marker ("-" or "+") the stylesheet draws."""
        kind = "dv-marker-plus" if bullets.marker == "+" else "dv-marker-dash"
        if depth:
            self.emit("\n")
        self.emit(f'<ul class="dv-bullets {kind}">\n')

    def depart_bullet_list(self, bullets: BulletList, depth: int) -> None:
        self.emit("</ul>\n")

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        self.emit("<li>", self.inline(item.content))

    def depart_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        self.emit("</li>\n")

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
            self.emit(f"<caption>{_text(caption)}</caption>\n")
        heads = "".join(f'<th scope="col">{_text(cell)}</th>' for cell in header)
        self.emit(f"<thead>\n<tr>{heads}</tr>\n</thead>\n<tbody>\n")
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
            self.emit(f"<tr>{''.join(cells)}</tr>\n")
        self.emit("</tbody>\n</table>\n")

    def visit_table(self, table: Table) -> None:
        self.grid(table.caption, table.header, list(table.rows), numbered=False)

    def visit_indicator_table(self, table: IndicatorTable, header: tuple[str, ...]) -> None:
        self._rows, self._parts = [], set()

    def visit_indicator(self, row: IndicatorRow) -> None:
        if row.level:
            self._parts.add(len(self._rows))
        self._rows.append(row.cells)

    def depart_indicator_table(self, table: IndicatorTable) -> None:
        self.grid(
            table.title,
            INDICATOR_HEADER,
            self._rows,
            numbered=True,
            parts=frozenset(self._parts),
        )

    def visit_task_table(self, table: TaskTable, header: tuple[str, ...]) -> None:
        self._rows = []

    def visit_task(self, row: TaskRow) -> None:
        self._rows.append(row.cells)

    def depart_task_table(self, table: TaskTable) -> None:
        self.grid(table.title, TASK_HEADER, self._rows, numbered=True)

    def visit_body_end(self, mark: str) -> None:
        self.emit(f'<p class="dv-end">{_text(mark)}</p>\n')

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        """A numbered list with links back to the text."""
        first = notes[0].number
        start = "" if first == 1 else f' start="{first}"'
        items = [
            f'<li id="{self.ids}fn-{note.number}">{_text(note.text)} '
            f'<a class="dv-backref" href="#{self.ids}fnref-{note.number}" '
            f'aria-label="Về vị trí chú thích {note.number}">&#x21A9;&#xFE0E;</a></li>\n'
            for note in notes
        ]
        self.emit(
            '<aside class="dv-footnotes" aria-label="Chú thích">\n',
            f'<ol class="footnotes"{start}>\n',
            *items,
            "</ol>\n</aside>\n",
        )

    def visit_signature_block(self, block: SignatureBlock) -> None:
        """ô 7–9b: Nơi nhận on the left, the signature on the right."""
        self.emit('<footer class="dv-closing">\n')
        if block.recipients_heading is not None:
            lines = [_text(line) for line in block.recipient_lines]
            if block.archive is not None and lines:
                text, raised, end = block.archive  # the archive line, the code raised
                sup = f"<sup>{_text(raised)}</sup>" if raised else ""
                lines[-1] = f"{_text(text)}{sup}{_text(end)}"
            items = "".join(f"<li>{line}</li>\n" for line in lines)
            issue = _p("dv-drafter", block.issue_line) if block.issue_line else ""
            self.emit(
                '<div class="dv-recipients">\n',
                _p("dv-recipients-heading", block.recipients_heading),
                f"<ul>\n{items}</ul>\n{issue}</div>\n",
            )
        if block.signature is not None:
            titles = "<br>".join(_text(line) for line in block.signature_lines)
            name = _p("dv-signer", block.signer) if block.signer else ""
            self.emit(
                f'<div class="dv-signature">\n<p class="dv-authority">{titles}</p>\n{name}</div>\n'
            )
        self.emit("</footer>\n")

    def visit_appendix(self, heading: AppendixHeading) -> None:
        self.emit(
            '<section class="dv-appendix">\n<header>\n<h2 class="dv-appendix-heading">'
            f'<span class="dv-appendix-label">{_text(heading.label)}</span>'
            f'<span class="dv-appendix-title">{_text(heading.title)}</span></h2>\n',
            _p("dv-attachment", heading.attachment),
            "</header>\n",
        )

    def depart_appendix(self, heading: AppendixHeading) -> None:
        self.emit("</section>\n")

    # -- inline ----------------------------------------------------------------------------
    def visit_text(self, run: Text) -> None:
        self._runs.append(_text(run.text))

    def visit_citation(self, run: Citation) -> None:
        """``<cite>`` with the canonical full citation as its tooltip."""
        full = escape(run.reference.format("full"))
        self._runs.append(f'<cite class="dv-citation" title="{full}">{_text(run.text)}</cite>')

    def visit_emphasis(self, run: Emphasis) -> None:
        """``<em>``, ``<strong>`` or both."""
        body = _text(run.text)
        if run.kind is EmphasisKind.BOLD:
            self._runs.append(f"<strong>{body}</strong>")
        elif run.kind is EmphasisKind.BOLD_ITALIC:
            self._runs.append(f"<strong><em>{body}</em></strong>")
        else:
            self._runs.append(f"<em>{body}</em>")

    def visit_footnote(self, run: Footnote, number: int) -> None:
        """A superscript link to the note."""
        self._runs.append(
            f'<sup class="dv-fnref"><a id="{self.ids}fnref-{number}" '
            f'href="#{self.ids}fn-{number}" role="doc-noteref">{number}</a></sup>'
        )


def _p(css: str, text: str) -> str:
    return f'<p class="{css}">{_text(text)}</p>\n'


def _article(document: BaseDocument, ids: str) -> str:
    walker = HtmlWalker(ids)
    walker.walk(document)
    return "".join(walker.out)


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
