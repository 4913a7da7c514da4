"""The .docx renderer (trình bày Word): a Báo cáo or Kế hoạch laid out as Nghị định 30 draws it.

Order of the page, as in Mẫu 1.4 of Phụ lục III: header table (ô 1-4), type name and
subject (ô 5a), Kính gửi (ô 9a), bases, body ending "./." (ô 6), the Nơi nhận and
signature table (ô 7, 9b); then each appendix in its own section with page numbers
restarting at 1. Page numbers sit centred in the page header, hidden on the first page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from lxml import etree

from danvan.errors import DanvanError, InvalidValueError
from danvan.io import to_dict
from danvan.model import BaseDocument, DocumentSystem
from danvan.rendering._options import reject_options
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._embed import embed_model
from danvan.rendering.docx._oxml import (
    NSMAP,
    PPR,
    add_page_field,
    add_paragraph,
    clean_text,
    mm,
    qn,
    section_properties,
)
from danvan.rendering.docx._package import (
    add_footnotes_part,
    add_header_part,
    new_document,
    set_core_properties,
    write_package,
)
from danvan.rendering.docx.appendix import write_appendix
from danvan.rendering.docx.body import DocxWriter, footnotes_element
from danvan.rendering.docx.closing import write_closing
from danvan.rendering.docx.footer import write_address_footer
from danvan.rendering.docx.header import write_addressees, write_masthead, write_title
from danvan.rendering.docx.style import PARTY_PROFILE, STATE_PROFILE, DocxStyle
from danvan.rendering.numbering import NumberingScheme
from danvan.rendering.registry import RenderError
from danvan.rendering.walker import (
    Addressees,
    AppendixHeading,
    ContactBlock,
    DocumentTitle,
    Masthead,
    PageMarks,
    SignatureBlock,
    Stamps,
)
from danvan.rendering.wording import scheme_for, scheme_for_system

__all__ = ["A4", "DocxRenderer", "render_docx"]

A4 = (11906, 16838)
"""A4 portrait in twips: «Khổ A4 (210 mm x 297 mm)», «Theo chiều dài của khổ A4» (Phụ lục I, I.1-2)."""

_PROFILES = {"state": STATE_PROFILE, "party": PARTY_PROFILE}
_OPTIONS = frozenset({"style", "profile"})


def choose_style(document: BaseDocument, style: Any = None, profile: Any = None) -> DocxStyle:
    """The profile to render with: ``style`` if given, else the ``profile`` named ("state",
    "party"), else the one matching the document's system (a Party symbol → Party)."""
    if style is not None and not isinstance(style, DocxStyle):
        raise InvalidValueError(
            "render('docx').style",
            style,
            f"style is a danvan.rendering.docx.DocxStyle, not {type(style).__name__}",
        )
    if profile is not None and profile not in _PROFILES:
        raise InvalidValueError("render('docx').profile", profile, "profile is 'state' or 'party'")
    if style is not None:
        if profile is not None and _PROFILES[profile].system is not style.system:
            raise InvalidValueError(
                "render('docx').profile",
                profile,
                f"the style given is a {style.system.value} profile; leave profile out "
                "or make them agree",
            )
        return style
    if profile is not None:
        return _PROFILES[profile]
    return PARTY_PROFILE if document.system is DocumentSystem.PARTY else STATE_PROFILE


class DocxWalker(DocxWriter):
    """The whole .docx: the body writer plus the header (ô 1-5, 9a), the closing block
    (ô 7, 9b) and appendices, each in its own section whose page numbers restart."""

    def __init__(
        self,
        body: etree._Element,
        style: DocxStyle,
        text_width: int,
        section: Callable[[bool], etree._Element],
    ) -> None:
        super().__init__(body, style, text_width)
        self._section = section

    def numbering_scheme(self, document: BaseDocument) -> NumberingScheme:
        """The document's scheme, or the profile's when the profile's system differs."""
        if self.style.system is document.system:
            return scheme_for(document)
        return scheme_for_system(self.style.system)

    def visit_page_marks(self, marks: PageMarks) -> None:
        """Nothing here: the masthead table's first row holds the draft mark and ô 11."""

    def visit_masthead(self, masthead: Masthead) -> None:
        write_masthead(self, self.document)

    def visit_stamps(self, stamps: Stamps) -> None:
        """Nothing here: the masthead table's last row holds ô 10a and 10b."""

    def visit_contact(self, contact: ContactBlock) -> None:
        """Nothing here: ô 13 is page 1's footer, written with the parts (footer.py)."""

    def visit_title(self, title: DocumentTitle) -> None:
        write_title(self, self.document)

    def visit_addressees(self, addressees: Addressees) -> None:
        write_addressees(self, self.document)

    def visit_signature_block(self, block: SignatureBlock) -> None:
        write_closing(self, self.document)

    def visit_appendix(self, heading: AppendixHeading) -> None:
        # A section ends with the paragraph whose properties hold its w:sectPr.
        paragraph = self.spacer()
        ppr = paragraph.find(PPR)
        assert ppr is not None
        ppr.append(self._section(heading.index > 0))
        write_appendix(self, heading)

    def depart_document(self, document: BaseDocument) -> None:
        self.body.append(self._section(bool(document.appendices)))


def _page_header(page_number: bool) -> etree._Element:
    root = etree.Element(qn("w:hdr"), nsmap=NSMAP)
    paragraph = add_paragraph(root, s.PAGE_NUMBER)
    if page_number:
        add_page_field(paragraph)
    return root


def _issued_at(document: BaseDocument) -> dt.datetime:
    if document.place_date is None:  # a document as read without a date: a fixed stamp
        return dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
    date = document.place_date.date
    if isinstance(date, dt.date):
        return dt.datetime(date.year, date.month, date.day, tzinfo=dt.timezone.utc)
    return dt.datetime(date.year, date.month or 1, date.day or 1, tzinfo=dt.timezone.utc)


def render_docx(document: BaseDocument, style: DocxStyle) -> bytes:
    """The document as .docx bytes, laid out with ``style``."""
    word = new_document(style)
    margins = (
        mm(style.margin_top),
        mm(style.margin_right),
        mm(style.margin_bottom),
        mm(style.margin_left),
    )
    text_width = A4[0] - margins[1] - margins[3]
    headers = (
        ("default", add_header_part(word, _page_header(page_number=True))),
        ("first", add_header_part(word, _page_header(page_number=False))),
    )

    def section(restart: bool) -> etree._Element:
        return section_properties(
            page=A4, margins=margins, headers=headers, restart_numbering=restart
        )

    writer = DocxWalker(word.element.body, style, text_width, section)
    writer.walk(document)

    write_address_footer(word, document)
    notes = footnotes_element(writer.footnotes) if writer.footnotes else None
    if notes is not None:
        add_footnotes_part(word, notes)
    set_core_properties(
        word,
        title=clean_text(f"{document.document_type.value}: {document.subject or ''}"),
        author=clean_text(document.issuer.name if document.issuer is not None else ""),
        when=_issued_at(document),
    )
    # The model itself, so that danvan.read gives back an equal document (see _embed).
    embed_model(word, to_dict(document), (word.root, notes))
    return write_package(word)


class DocxRenderer:
    """Word .docx under Nghị định 30/2020/NĐ-CP (State) or the Party profile.

    Options: ``style`` (a :class:`DocxStyle`) and ``profile`` ("state" or "party"); by
    default the profile follows the document's symbol. The output is deterministic.
    """

    name = "docx"
    media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    suffix = ".docx"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The document as .docx bytes."""
        reject_options(self.name, options, _OPTIONS)
        if not isinstance(document, BaseDocument):
            raise InvalidValueError(
                "render('docx').document",
                type(document).__name__,
                "the docx renderer takes a Report or a Plan",
            )
        style = choose_style(document, options.get("style"), options.get("profile"))
        try:
            return render_docx(document, style)
        except DanvanError:
            raise
        except Exception as error:  # never a python-docx or lxml traceback for a valid model
            raise RenderError(
                f"the docx renderer failed on this document: {type(error).__name__}: {error}"
            ) from error
