"""Draft or issued (dự thảo / đã ban hành)."""

from __future__ import annotations

import enum

__all__ = ["DocumentStatus"]


class DocumentStatus(enum.Enum):
    """Trạng thái văn bản. An issued document needs a number, a full date and a signer."""

    DRAFT = "draft"
    """Dự thảo: the number and the day may be left blank for the clerk."""
    ISSUED = "issued"
    """Đã ban hành: numbered, dated and signed."""
