"""Draft or issued (dự thảo / đã ban hành)."""

from __future__ import annotations

import enum

__all__ = ["DocumentStatus"]


class DocumentStatus(enum.Enum):
    """Trạng thái văn bản. An issued document needs a number, a full date and a signer; a draft
    needs an issuer, a place and date and a subject; a document as read may lack them."""

    DRAFT = "draft"
    """Dự thảo: the number and the day may be left blank for the clerk."""
    ISSUED = "issued"
    """Đã ban hành: numbered, dated and signed."""
    AS_READ = "as_read"
    """Như đã đọc: read from an existing text (``danvan.read``) that lacks header parts.

    A copy taken from a portal or a PDF often starts at the title: no issuing agency, no
    number, no place and date, sometimes no subject. Such a document is held as read, with
    ``issuer``, ``place_date`` and ``subject`` left ``None`` and a finding for each in its
    ``origin``, instead of being refused; renderers leave the missing parts out. Only this
    status allows those parts to be missing.
    """
