"""styles.xml for a :class:`DocxStyle`: every paragraph style defined once, not per run.

Each element of the decree's layout (Quốc hiệu, Tiêu ngữ, "Số:", body, mục headings,
Nơi nhận ...) gets its own named style, so a paragraph in document.xml only says which
style it uses. Every style repeats the four-script Times New Roman ``w:rFonts`` so no text
can fall back to a theme font; the document defaults carry ``w:lang`` vi-VN and black.
"""

from __future__ import annotations

from typing import Final

import attrs
from lxml import etree

from danvan.model import DocumentSystem
from danvan.rendering.docx._oxml import NSMAP, VAL, W, cm, qn, rfonts, sub
from danvan.rendering.docx.style import DocxStyle

__all__ = ["build_styles"]

# Style ids (also their names): what document.xml refers to.
NORMAL: Final = "Normal"
BODY: Final = "DanvanBody"
BASIS: Final = "DanvanBasis"
HEADING1: Final = "DanvanHeading1"
HEADING2: Final = "DanvanHeading2"
HEADING3: Final = "DanvanHeading3"
BULLET: Final = "DanvanBullet"
BULLET2: Final = "DanvanBullet2"
HEADER_PARENT: Final = "DanvanHeaderParent"
HEADER_ISSUER: Final = "DanvanHeaderIssuer"
ASTERISK: Final = "DanvanAsterisk"
NATIONAL_TITLE: Final = "DanvanNationalTitle"
MOTTO: Final = "DanvanMotto"
PARTY_TITLE: Final = "DanvanPartyTitle"
NUMBER: Final = "DanvanNumber"
PLACE_DATE: Final = "DanvanPlaceDate"
RULE: Final = "DanvanRule"
TYPE_NAME: Final = "DanvanTypeName"
SUBJECT: Final = "DanvanSubject"
ADDRESSEE: Final = "DanvanAddressee"
RECIPIENTS_HEADING: Final = "DanvanRecipientsHeading"
RECIPIENTS: Final = "DanvanRecipients"
SIGNATURE_TITLE: Final = "DanvanSignatureTitle"
SIGNER_NAME: Final = "DanvanSignerName"
APPENDIX_LABEL: Final = "DanvanAppendixLabel"
APPENDIX_TITLE: Final = "DanvanAppendixTitle"
ATTACHMENT: Final = "DanvanAttachment"
TABLE_TITLE: Final = "DanvanTableTitle"
TABLE_HEADER: Final = "DanvanTableHeader"
TABLE_TEXT: Final = "DanvanTableText"
TABLE_CENTER: Final = "DanvanTableCenter"
SPACER: Final = "DanvanSpacer"
PAGE_NUMBER: Final = "DanvanPageNumber"
STAMP: Final = "DanvanStamp"
DRAFT_MARK: Final = "DanvanDraftMark"
DRAFTER: Final = "DanvanDrafter"
CONTACT: Final = "DanvanContact"
FOOTNOTE_TEXT: Final = "FootnoteText"
FOOTNOTE_REFERENCE: Final = "FootnoteReference"


@attrs.frozen(kw_only=True)
class _Para:
    """A paragraph style: font size (pt), weight, alignment and spacing (twips)."""

    id: str
    size: float
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "center"
    first_line: int = 0
    before: int = 0
    after: int = 0
    line: int = 240
    line_rule: str = "auto"
    keep_next: bool = False
    outline: int | None = None
    border_bottom: bool = False
    border_top: bool = False


def _specs(style: DocxStyle) -> list[_Para]:
    party = style.system is DocumentSystem.PARTY
    indent = cm(style.first_line_indent)
    after = round(style.paragraph_spacing * 20)
    line = round(240 * style.line_spacing)
    # Nội dung (II.6.e): justified, first-line indent, space after, single to 1,5 lines.
    body = _Para(
        id=BODY, size=style.body_size, align="both", first_line=indent, after=after, line=line
    )
    return [
        body,
        # Căn cứ (II.6.a): «chữ in thường, kiểu chữ nghiêng, cỡ chữ từ 13 đến 14»
        attrs.evolve(body, id=BASIS, italic=True),
        attrs.evolve(body, id=HEADING1, bold=True, keep_next=True, outline=0),
        attrs.evolve(body, id=HEADING2, bold=True, keep_next=True, outline=1),
        attrs.evolve(body, id=HEADING3, keep_next=True, outline=2),
        attrs.evolve(body, id=BULLET),
        attrs.evolve(body, id=BULLET2),
        # ô 1-4: single spacing, no space between the lines (II.1.c, II.2.b)
        _Para(id=HEADER_PARENT, size=style.parent_size),
        _Para(id=HEADER_ISSUER, size=style.issuer_size, bold=True),
        _Para(id=ASTERISK, size=style.issuer_size),
        _Para(id=NATIONAL_TITLE, size=style.national_title_size, bold=True),
        _Para(id=MOTTO, size=style.motto_size, bold=True),
        _Para(id=PARTY_TITLE, size=style.party_title_size, bold=True),
        _Para(id=NUMBER, size=style.number_size, before=120),
        _Para(id=PLACE_DATE, size=style.place_date_size, italic=True, before=120),
        _Para(id=RULE, size=1, line=80, line_rule="exact", border_bottom=True),
        # ô 5a, 9a
        _Para(id=TYPE_NAME, size=style.type_name_size, bold=True, before=360, keep_next=True),
        _Para(id=SUBJECT, size=style.subject_size, bold=True, keep_next=True),
        _Para(id=ADDRESSEE, size=style.addressee_size, align="left", before=240, after=120),
        # ô 7, 9b
        _Para(
            id=RECIPIENTS_HEADING,
            size=style.recipients_heading_size,
            bold=not party,
            italic=not party,
            underline=party,
            align="left",
        ),
        _Para(id=RECIPIENTS, size=style.recipients_size, align="left"),
        _Para(id=SIGNATURE_TITLE, size=style.signature_title_size, bold=True),
        _Para(id=SIGNER_NAME, size=style.signer_name_size, bold=True, before=cm(style.signature_space)),
        # Phụ lục (III.1)
        _Para(id=APPENDIX_LABEL, size=style.appendix_label_size, bold=True, keep_next=True),
        _Para(id=APPENDIX_TITLE, size=style.appendix_title_size, bold=True, keep_next=True),
        _Para(id=ATTACHMENT, size=style.attachment_size, italic=True, keep_next=True),
        # tables
        _Para(id=TABLE_TITLE, size=style.body_size, bold=True, before=120, after=120, keep_next=True),
        _Para(id=TABLE_HEADER, size=style.table_size, bold=True, before=40, after=40),
        _Para(id=TABLE_TEXT, size=style.table_size, align="left", before=40, after=40),
        _Para(id=TABLE_CENTER, size=style.table_size, before=40, after=40),
        # ô 10a, 10b, 11 and the draft mark: bold capitals in a single-lined box (III.2)
        _Para(id=STAMP, size=style.stamp_size, bold=True),
        _Para(id=DRAFT_MARK, size=style.draft_mark_size, bold=True),
        # ô 12 (III.3) and ô 13 (III.4): under a full-width solid rule
        _Para(id=DRAFTER, size=style.drafter_size, align="left"),
        _Para(id=CONTACT, size=style.contact_size, align="left", border_top=True),
        _Para(id=SPACER, size=6, align="left"),
        _Para(id=PAGE_NUMBER, size=style.page_number_size),
        _Para(id=FOOTNOTE_TEXT, size=style.footnote_size, align="both"),
    ]  # fmt: skip


def _size(rpr: etree._Element, size: float) -> None:
    half_points = str(round(size * 2))
    sub(rpr, qn("w:sz"), {VAL: half_points})
    sub(rpr, qn("w:szCs"), {VAL: half_points})


def _style(
    root: etree._Element, kind: str, style_id: str, *, default: bool = False
) -> etree._Element:
    attrib = {qn("w:type"): kind, qn("w:styleId"): style_id}
    if default:
        attrib[qn("w:default")] = "1"
    elif style_id.startswith("Danvan"):
        attrib[qn("w:customStyle")] = "1"
    element = sub(root, qn("w:style"), attrib)
    sub(element, qn("w:name"), {VAL: style_id})
    return element


def _paragraph_style(root: etree._Element, spec: _Para) -> None:
    element = _style(root, "paragraph", spec.id)
    sub(element, qn("w:basedOn"), {VAL: NORMAL})
    if spec.id == BODY:
        sub(element, qn("w:qFormat"))
    ppr = sub(element, qn("w:pPr"))
    if spec.keep_next:
        sub(ppr, qn("w:keepNext"))
    if spec.border_bottom or spec.border_top:
        borders = sub(ppr, qn("w:pBdr"))
        line = {VAL: "single", qn("w:sz"): "6", qn("w:space"): "1", qn("w:color"): "000000"}
        if spec.border_top:
            sub(borders, qn("w:top"), line)
        if spec.border_bottom:
            sub(borders, qn("w:bottom"), line)
    sub(
        ppr,
        qn("w:spacing"),
        {
            qn("w:before"): str(spec.before),
            qn("w:after"): str(spec.after),
            qn("w:line"): str(spec.line),
            qn("w:lineRule"): spec.line_rule,
        },
    )
    sub(
        ppr,
        qn("w:ind"),
        {qn("w:left"): "0", qn("w:right"): "0", qn("w:firstLine"): str(spec.first_line)},
    )
    sub(ppr, qn("w:jc"), {VAL: spec.align})
    if spec.outline is not None:
        sub(ppr, qn("w:outlineLvl"), {VAL: str(spec.outline)})
    rpr = sub(element, qn("w:rPr"))
    rfonts(rpr)
    if spec.bold:
        sub(rpr, qn("w:b"))
        sub(rpr, qn("w:bCs"))
    if spec.italic:
        sub(rpr, qn("w:i"))
        sub(rpr, qn("w:iCs"))
    _size(rpr, spec.size)
    if spec.underline:
        sub(rpr, qn("w:u"), {VAL: "single"})


def build_styles(style: DocxStyle) -> bytes:
    """The serialized styles.xml for ``style``."""
    root = etree.Element(qn("w:styles"), nsmap=NSMAP)
    defaults = sub(root, qn("w:docDefaults"))
    rpr = sub(sub(defaults, qn("w:rPrDefault")), qn("w:rPr"))
    rfonts(rpr)
    sub(rpr, qn("w:color"), {VAL: "000000"})
    _size(rpr, style.body_size)
    sub(rpr, qn("w:lang"), {VAL: "vi-VN", qn("w:eastAsia"): "vi-VN", qn("w:bidi"): "ar-SA"})
    ppr = sub(sub(defaults, qn("w:pPrDefault")), qn("w:pPr"))
    sub(ppr, qn("w:spacing"), {qn("w:after"): "0", qn("w:line"): "240", qn("w:lineRule"): "auto"})

    normal = _style(root, "paragraph", NORMAL, default=True)
    sub(normal, qn("w:qFormat"))
    sub(sub(normal, qn("w:pPr")), qn("w:widowControl"))
    normal_rpr = sub(normal, qn("w:rPr"))
    rfonts(normal_rpr)
    _size(normal_rpr, style.body_size)

    paragraph_font = _style(root, "character", "DefaultParagraphFont", default=True)
    sub(paragraph_font, qn("w:uiPriority"), {VAL: "1"})
    sub(paragraph_font, qn("w:semiHidden"))
    sub(paragraph_font, qn("w:unhideWhenUsed"))

    table = _style(root, "table", "TableNormal", default=True)
    sub(table, qn("w:semiHidden"))
    sub(table, qn("w:unhideWhenUsed"))
    rfonts(sub(table, qn("w:rPr")))
    tblpr = sub(table, qn("w:tblPr"))
    sub(tblpr, qn("w:tblInd"), {W: "0", qn("w:type"): "dxa"})
    margins = sub(tblpr, qn("w:tblCellMar"))
    for edge, width in (("top", "0"), ("left", "108"), ("bottom", "0"), ("right", "108")):
        sub(margins, qn(f"w:{edge}"), {W: width, qn("w:type"): "dxa"})

    no_list = _style(root, "numbering", "NoList", default=True)
    sub(no_list, qn("w:uiPriority"), {VAL: "99"})
    sub(no_list, qn("w:semiHidden"))

    for spec in _specs(style):
        _paragraph_style(root, spec)

    reference = _style(root, "character", FOOTNOTE_REFERENCE)
    sub(reference, qn("w:basedOn"), {VAL: "DefaultParagraphFont"})
    reference_rpr = sub(reference, qn("w:rPr"))
    rfonts(reference_rpr)
    sub(reference_rpr, qn("w:vertAlign"), {VAL: "superscript"})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
