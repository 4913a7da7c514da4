"""The closing block (ô 7, 9b): Nơi nhận on the left, the signature on the right.

A borderless two-column table as in Mẫu 1.4: "Nơi nhận:" (bold italic 12; Party:
underlined, no colon) level with the authority line, the recipients one a line (11 pt),
the archive line with the drafter's code raised, ô 12 under the list; on the right the
authority and titles, room for the signature and seal, the name. The table's one row
cannot split, and the body's last paragraph keeps with it.
"""

from __future__ import annotations

from lxml import etree

from danvan.model import BaseDocument, Recipients
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._oxml import (
    RPR,
    VAL,
    P,
    add_cell,
    add_row,
    add_run,
    add_table,
    cm,
    keep_with_next,
    qn,
    sub,
)
from danvan.rendering.docx.body import DocxWriter

__all__ = ["write_closing"]


def _recipients(writer: DocxWriter, recipients: Recipients, cell: etree._Element) -> None:
    """The list, one paragraph a line; the archive line with the drafter's code raised
    (w:vertAlign superscript); ô 12 ("XT.(300)", 11 pt) on a line of its own under it."""
    heading = "Nơi nhận" if writer.party else "Nơi nhận:"
    writer.paragraph(s.RECIPIENTS_HEADING, heading, cell)
    lines = recipients.lines(writer.system)
    parts = recipients.archive_parts(writer.system)
    for line in lines if parts is None else lines[:-1]:
        writer.paragraph(s.RECIPIENTS, line, cell)
    if parts is not None:
        text, raised, end = parts
        paragraph = writer.paragraph(s.RECIPIENTS, text, cell)
        if raised:
            run = add_run(paragraph, raised)
            rpr = etree.Element(RPR)
            sub(rpr, qn("w:vertAlign"), {VAL: "superscript"})
            run.insert(0, rpr)
        add_run(paragraph, end)
    if (issue := recipients.issue_line()) is not None:
        writer.paragraph(s.DRAFTER, issue, cell)


def write_closing(writer: DocxWriter, document: BaseDocument) -> None:
    """Nơi nhận (Recipients.lines(system)) and the signature (Signature.lines(system)), if any."""
    recipients = document.recipients
    signature = document.signature
    if recipients is None and signature is None:
        return
    # The body's last paragraph stays on the page of the closing block, so the Nơi nhận
    # and the signature never stand alone on a page: it and the spacer keep with the next.
    last = writer.body[-1] if len(writer.body) else None
    if last is not None and last.tag == P:
        keep_with_next(last)
    keep_with_next(writer.spacer())
    left = cm(writer.style.left_column_width)
    right = writer.text_width - left
    table = add_table(writer.body, (left, right), borders=False)
    row = add_row(table)

    recipients_cell = add_cell(row, left)
    if recipients is None:
        writer.paragraph(s.RECIPIENTS, None, recipients_cell)
    else:
        _recipients(writer, recipients, recipients_cell)

    signature_cell = add_cell(row, right)
    if signature is None:
        writer.paragraph(s.SIGNATURE_TITLE, None, signature_cell)
        return
    for line in signature.lines(writer.system):
        writer.paragraph(s.SIGNATURE_TITLE, line, signature_cell)
    for note in signature.notes:  # a copy's "(Đã ký)", "Ký bởi: …": italic, not bold
        paragraph = writer.paragraph(s.SIGNATURE_TITLE, None, signature_cell)
        run = add_run(paragraph, note)
        rpr = etree.Element(RPR)
        sub(rpr, qn("w:b"), {VAL: "0"})
        sub(rpr, qn("w:i"))
        run.insert(0, rpr)
    # DanvanSignerName keeps ``signature_space`` above the name for the signature and seal.
    writer.paragraph(s.SIGNER_NAME, signature.name, signature_cell)
