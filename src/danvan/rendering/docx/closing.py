"""The closing block (ô 7, 9b): Nơi nhận on the left, the signature on the right.

A borderless two-column table as in Mẫu 1.4: "Nơi nhận:" (bold italic 12; Party:
underlined, no colon) level with the authority line, the recipients one a line (11 pt),
and on the right the authority and titles, room for the signature and seal, the name.
"""

from __future__ import annotations

from danvan.model import BaseDocument
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx._oxml import add_cell, add_row, add_table, cm
from danvan.rendering.docx.body import DocxWriter

__all__ = ["write_closing"]


def write_closing(writer: DocxWriter, document: BaseDocument) -> None:
    """Nơi nhận (Recipients.lines(system)) and the signature (Signature.lines(system)), if any."""
    recipients = document.recipients
    signature = document.signature
    if recipients is None and signature is None:
        return
    writer.spacer()
    left = cm(writer.style.left_column_width)
    right = writer.text_width - left
    table = add_table(writer.body, (left, right), borders=False)
    row = add_row(table)

    recipients_cell = add_cell(row, left)
    if recipients is None:
        writer.paragraph(s.RECIPIENTS, None, recipients_cell)
    else:
        heading = "Nơi nhận" if writer.party else "Nơi nhận:"
        writer.paragraph(s.RECIPIENTS_HEADING, heading, recipients_cell)
        for line in recipients.lines(writer.system):
            writer.paragraph(s.RECIPIENTS, line, recipients_cell)

    signature_cell = add_cell(row, right)
    if signature is None:
        writer.paragraph(s.SIGNATURE_TITLE, None, signature_cell)
        return
    for line in signature.lines(writer.system):
        writer.paragraph(s.SIGNATURE_TITLE, line, signature_cell)
    # DanvanSignerName keeps ``signature_space`` above the name for the signature and seal.
    writer.paragraph(s.SIGNER_NAME, signature.name, signature_cell)
