"""HTML rendering: one self-contained page whose print stylesheet follows the ND30 layout.

Also the notebook view (``standalone=False``: a fragment with scoped styles). A
:class:`~danvan.rendering.walker.DocumentWalker`: the walker fixes order and wording; every
piece of content goes through :func:`html.escape`, and the page loads nothing from
outside (no fonts, scripts or images), so it prints and archives as it is.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Sequence
from html import escape
from importlib import resources
from string import Template
from typing import Any, Final

from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
    BaseDocument,
    Block,
    BulletItem,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    EmphasisKind,
    Footnote,
    IndicatorTable,
    Paragraph,
    Section,
    Superscript,
    Table,
    TaskTable,
    Text,
)
from danvan.model._validators import require_document
from danvan.rendering._options import reject_options
from danvan.rendering.docx.style import PARTY_PROFILE, STATE_PROFILE, DocxStyle
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

__all__ = [
    "DOCUMENT_CSS",
    "PAGE_CSS",
    "HtmlRenderer",
    "HtmlWalker",
    "document_css",
    "page_css",
    "render_html",
    "render_html_part",
]


def _css_values(style: DocxStyle) -> dict[str, str]:
    """Every placeholder of the stylesheet templates, from ``style`` (sizes as the .docx uses)."""
    values = {name: f"{getattr(style, name):g}" for name in style.rules()}
    text_width = 210 - style.margin_left - style.margin_right  # mm of A4
    left = min(100.0, style.left_column_width * 10 / text_width * 100)
    values["left_share"] = f"{left:.1f}"
    values["right_share"] = f"{100 - left:.1f}"
    # Word's single line of Times New Roman is about 1.15 of the font size
    values["line_height"] = f"{1.15 * style.line_spacing:.2f}"
    return values


def _template(name: str) -> Template:
    text = (
        resources.files("danvan.rendering")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return Template(text[text.index("*/") + 3 :])  # the leading comment is for maintainers


@functools.cache
def page_css(style: DocxStyle = STATE_PROFILE) -> str:
    """The page-level rules of the standalone page for ``style`` (after :func:`document_css`,
    so print wins): A4, the profile's margins, page numbers from page 2, in its size.

    Each appendix is numbered on its own from 1, its first page unnumbered, as in the .docx
    («Số trang của Phụ lục được đánh số riêng», Phụ lục I, III.1.đ), where the browser
    supports it: named pages (``page: dv-appendix``) with the page-group selector
    ``:nth(1 of dv-appendix)`` of CSS Generated Content for Paged Media (WeasyPrint,
    Vivliostyle), and ``counter-reset: page 1`` on the element (Prince). Elsewhere (Chrome
    today) the count runs on through the appendices.
    """
    return _template("page.css").substitute(_css_values(style))


@functools.cache
def document_css(style: DocxStyle = STATE_PROFILE) -> str:
    """The rules of the document itself for ``style``, every selector scoped under
    ``.danvan-document``: fonts, margins and spacing from the same profile as the .docx
    (``data/document.css`` is the template)."""
    return _template("document.css").substitute(_css_values(style))


PAGE_CSS: Final = page_css(STATE_PROFILE)
"""The page-level rules for the Nghị định 30 profile (:func:`page_css` of ``STATE_PROFILE``)."""
DOCUMENT_CSS: Final = document_css(STATE_PROFILE)
"""The document's rules for the Nghị định 30 profile (:func:`document_css` of ``STATE_PROFILE``)."""


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
        self._task_header: tuple[str, ...] = TASK_HEADER
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
        if masthead.issuer is not None:
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
        if masthead.place_date is not None:
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
            + (
                f'<span class="dv-subject">{_text(title.subject)}</span>'
                if title.subject is not None
                else ""
            )
            + "</h1>\n"
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

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        """The heading with its first paragraph inside it, on one line."""
        base = 3 if heading.in_appendix else 2
        level = min(base + heading.depth, 6)
        mark = f'<span class="dv-label">{_text(heading.label)}</span> ' if heading.label else ""
        content = f'<span class="dv-run-in">{self.inline(paragraph)}</span>'
        self.emit(f"<h{level}>{mark}{_text(heading.title or '')} {content}</h{level}>\n")

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
        self._task_header = header

    def visit_task(self, row: TaskRow) -> None:
        self._rows.append(row.cells)

    def depart_task_table(self, table: TaskTable) -> None:
        self.grid(table.title, self._task_header, self._rows, numbered=True)

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
            notes = "".join(_p("dv-signature-note", note) for note in block.signature_notes)
            name = _p("dv-signer", block.signer) if block.signer else ""
            self.emit(
                f'<div class="dv-signature">\n<p class="dv-authority">{titles}</p>\n'
                f"{notes}{name}</div>\n"
            )
        self.emit("</footer>\n")

    def visit_appendix(self, heading: AppendixHeading) -> None:
        self.emit(
            '<section class="dv-appendix">\n<header>\n<h2 class="dv-appendix-heading">'
            f'<span class="dv-appendix-label">{_text(heading.label)}</span>'
            f'<span class="dv-appendix-title">{_text(heading.title)}</span></h2>\n',
            _p("dv-attachment", heading.attachment) if heading.attachment else "",
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

    def visit_superscript(self, run: Superscript) -> None:
        """``<sup>``."""
        self._runs.append(f"<sup>{_text(run.text)}</sup>")

    def visit_emphasised_citation(self, run: Citation) -> None:
        """The ``<cite>`` inside ``<em>`` / ``<strong>``."""
        assert run.emphasis is not None
        outer, self._runs = self._runs, []
        self.visit_citation(run)
        cite = "".join(self._runs)
        self._runs = outer
        bold = run.emphasis in (EmphasisKind.BOLD, EmphasisKind.BOLD_ITALIC)
        italic = run.emphasis in (EmphasisKind.ITALIC, EmphasisKind.BOLD_ITALIC)
        if italic:
            cite = f"<em>{cite}</em>"
        if bold:
            cite = f"<strong>{cite}</strong>"
        self._runs.append(cite)

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


def _style_for(document: BaseDocument, style: Any) -> DocxStyle:
    if style is None:
        return PARTY_PROFILE if document.system is DocumentSystem.PARTY else STATE_PROFILE
    if not isinstance(style, DocxStyle):
        raise InvalidValueError(
            "render('html').style",
            style,
            f"style is a danvan.DocxStyle, not {type(style).__name__}",
        )
    return style


def render_html(
    document: BaseDocument, *, standalone: bool = True, style: DocxStyle | None = None
) -> str:
    """The document as HTML: a complete page (``standalone=True``) with an A4 print stylesheet,
    or a ``<div class="danvan-document">`` fragment with scoped styles for notebooks.

    Sizes, margins and spacing come from ``style``, the same profile object as the .docx
    (default: the Party profile for a Party document, else Nghị định 30's). In a notebook
    the fragments share one scope: the last fragment's profile styles them all.
    """
    require_document(document, "render_html")
    profile = _style_for(document, style)
    ids = _ids_for(document, standalone)
    article = _article(document, ids)
    if not standalone:
        return (
            f'<div class="danvan-document" lang="vi">\n<style>\n{document_css(profile)}</style>\n'
            f"{article}</div>\n"
        )
    title = " ".join(f"{document.document_type.title} {document.subject or ''}".split())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f"<style>\n{document_css(profile)}{page_css(profile)}</style>\n"
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
    walker = HtmlWalker(f"dv-{digest[:8]}-")
    walker.walk_part(part)
    return (
        f'<div class="danvan-document danvan-part" lang="vi">\n<style>\n{DOCUMENT_CSS}</style>\n'
        f'<article class="dv-page dv-state">\n{"".join(walker.out)}</article>\n</div>\n'
    )


_BLOCK_TYPES = (Paragraph, BulletList, Table, IndicatorTable, TaskTable)


class HtmlRenderer:
    """A self-contained HTML page (UTF-8); ``standalone=False`` gives the notebook fragment;
    ``style`` (a :class:`DocxStyle`) or ``profile`` ("state", "party") sets the sizes."""

    name = "html"
    media_type = "text/html; charset=utf-8"
    suffix = ".html"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as UTF-8 HTML."""
        reject_options(self.name, options, frozenset({"standalone", "style", "profile"}))
        standalone = options.get("standalone", True)
        if not isinstance(standalone, bool):
            raise InvalidValueError(
                "render('html').standalone", standalone, "standalone is True or False"
            )
        style = options.get("style")
        profile = options.get("profile")
        if profile is not None:
            if profile not in ("state", "party"):
                raise InvalidValueError(
                    "render('html').profile", profile, "profile is 'state' or 'party'"
                )
            if style is None:
                style = PARTY_PROFILE if profile == "party" else STATE_PROFILE
        html = render_html(document, standalone=standalone, style=_style_for(document, style))
        return html.encode("utf-8")

    def render_fragment(self, obj: BaseDocument | Part, /) -> str:
        """The notebook view of a document or of one of its parts (``danvan.rendering.notebook``)."""
        if isinstance(obj, BaseDocument):
            return render_html(obj, standalone=False)
        return render_html_part(obj)
