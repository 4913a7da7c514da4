"""A document as a person would type it in Word (tệp Word soạn tay), for tests and benchmarks/read.py.

:func:`word_made_docx` lays a model out the way the reader's tests build their Word
fixtures (``tests/reading/docx_fixtures.py``): the header in a borderless two-column table,
"BÁO CÁO" and the subject in the Title style, section headings by style ("Heading 1",
"Heading 2") with their labels produced by Word's automatic numbering from numbering.xml
(I., 1., 1.1., a)), real footnotes, bold and italic runs, bordered tables, and the
recipients and signature side by side in a borderless table. No ``word/danvan-model.json``
is embedded, so ``danvan.read`` recognises the structure from the text, as for any file
made in Word.
"""

from __future__ import annotations

from docx_fixtures import abstract, build_docx, lvl, num, numbered, p, r, table

from danvan.model import (
    BaseDocument,
    BulletItem,
    Citation,
    Emphasis,
    EmphasisKind,
    Footnote,
    Paragraph,
    Superscript,
    Table,
    Text,
)
from danvan.rendering.text import TextWalker
from danvan.rendering.walker import (
    Addressees,
    AppendixHeading,
    DocumentTitle,
    FootnoteNote,
    Masthead,
    SectionHeading,
    SignatureBlock,
)

__all__ = ["word_made_docx"]

# Word's automatic list for the section tree: I. / 1. / 1.1. / a)
_NUMBERING = abstract(
    0,
    lvl(0, "upperRoman", "%1."),
    lvl(1, "decimal", "%2."),
    lvl(2, "decimal", "%2.%3."),
    lvl(3, "lowerLetter", "%4)"),
) + num(1, 0)
_HEADING_STYLES = ("Heading1", "Heading2")
_BOLD = "<w:b/>"
_ITALIC = "<w:i/>"
_FORMATS = {
    EmphasisKind.BOLD: _BOLD,
    EmphasisKind.ITALIC: _ITALIC,
    EmphasisKind.BOLD_ITALIC: _BOLD + _ITALIC,
}


class _WordWalker(TextWalker):
    """The walker's parts as WordprocessingML paragraphs and tables."""

    renderer_name = "word-made"

    def __init__(self) -> None:
        super().__init__()
        self.body: list[str] = []
        self.footnotes: list[str] = []
        self._xml: list[str] = []

    def para(self, *lines: str) -> None:
        self.body.extend(p(line) for line in lines if line)

    def runs(self, paragraph: Paragraph) -> str:
        outer, self._xml = self._xml, []
        self.walk_runs(paragraph)
        xml, self._xml = "".join(self._xml), outer
        return xml

    def visit_masthead(self, masthead: Masthead) -> None:
        left = "\n".join(line for line in (masthead.parent, masthead.issuer) if line)
        right = "\n".join(
            line for line in (masthead.title, masthead.motto or masthead.mark) if line
        )
        rows = [[left or " ", right or " "]]
        if masthead.number is not None or masthead.place_date is not None:
            rows.append([masthead.number or " ", masthead.place_date or " "])
        self.body.append(table(rows, borders=False))

    def visit_title(self, title: DocumentTitle) -> None:
        self.body.append(p(title.type_name, style="Title"))
        if title.subject is not None:
            self.body.append(p(title.subject, style="Title"))

    def visit_addressees(self, addressees: Addressees) -> None:
        if addressees.single:
            self.para(*addressees.lines)
        else:
            self.para(addressees.label, *addressees.lines)

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        self.body.append(p(raw=(r(f"{label} ") if label else "") + self.runs(paragraph)))

    def visit_heading(self, heading: SectionHeading) -> None:
        if heading.title is None:
            return
        level = min(heading.depth, 3)
        style = _HEADING_STYLES[level] if level < len(_HEADING_STYLES) else None
        if heading.label is None:
            self.body.append(p(heading.title, style=style))
        else:
            self.body.append(numbered(heading.title, 1, level, style=style))

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        self.visit_heading(heading)
        self.visit_paragraph(paragraph, None)

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        self.body.append(p(raw=r(f"{marker} ") + self.runs(item.content)))

    def visit_table(self, table_: Table) -> None:
        if table_.caption:
            self.para(table_.caption)
        rows = [list(table_.header), *(list(row) for row in table_.rows)]
        self.body.append(table([[cell or " " for cell in row] for row in rows], borders=True))

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        """The notes are in footnotes.xml already (see :meth:`visit_footnote`)."""

    def visit_signature_block(self, block: SignatureBlock) -> None:
        left: list[str] = []
        if block.recipients_heading is not None:
            left = [block.recipients_heading, *block.recipient_lines]
            if block.issue_line:
                left.append(block.issue_line)
        right: list[str] = []
        if block.signature is not None:
            right = [*block.signature_lines, "", block.signer or ""]
        self.body.append(table([["\n".join(left) or " ", "\n".join(right) or " "]], borders=False))

    def visit_appendix(self, heading: AppendixHeading) -> None:
        for line in (heading.label, heading.title, heading.attachment):
            if line:
                self.body.append(p(line, style="Title"))

    # -- inline ----------------------------------------------------------------------------
    def visit_text(self, run: Text) -> None:
        self._xml.append(r(run.text))

    def visit_emphasis(self, run: Emphasis) -> None:
        self._xml.append(r(run.text, _FORMATS[run.kind]))

    def visit_citation(self, run: Citation) -> None:
        self._xml.append(r(run.text))

    def visit_superscript(self, run: Superscript) -> None:
        self._xml.append(r(run.text, '<w:vertAlign w:val="superscript"/>'))

    def visit_footnote(self, run: Footnote, number: int) -> None:
        self._xml.append(
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteReference w:id="{number}"/></w:r>'
        )
        self.footnotes.append(f'<w:footnote w:id="{number}">{p(run.text)}</w:footnote>')


def word_made_docx(document: BaseDocument) -> bytes:
    """``document`` as a .docx typed in Word: styles, automatic numbering, footnotes, no model."""
    walker = _WordWalker()
    walker.walk(document)
    return build_docx(
        "".join(walker.body), numbering=_NUMBERING, footnotes="".join(walker.footnotes)
    )
