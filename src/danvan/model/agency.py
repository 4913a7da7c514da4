"""Issuing agency (cơ quan ban hành) and its parent body (cơ quan chủ quản)."""

from __future__ import annotations

import attrs

from danvan.model import _validators as v
from danvan.model.contact import Contact
from danvan.model.types import DocumentSystem
from danvan.vn.bodies import is_party_body, is_party_code

__all__ = ["Agency"]


@attrs.frozen(kw_only=True)
class Agency:
    """Cơ quan, tổ chức ban hành văn bản.

    ``name`` is the official full name ("Sở Khoa học và Công nghệ"), ``parent`` the
    direct parent body as printed above it ("Ủy ban nhân dân tỉnh Sơn La", often
    abbreviated "UBND tỉnh Sơn La"), ``abbreviation`` the code used in symbols ("SKHCN"),
    ``contact`` the address block printed at the foot of page 1 (ô 13).
    """

    name: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the agency name (tên cơ quan)")
    )
    abbreviation: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "chữ viết tắt")),
    )
    parent: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "cơ quan chủ quản")),
    )
    province: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tỉnh, thành phố")),
    )
    contact: Contact | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Contact, "địa chỉ, điện thoại (ô 13)"))
    )

    @property
    def system(self) -> DocumentSystem:
        """Party when the agency is a Party body (cơ quan của Đảng) by its name, its parent's
        name or its code ("Ban Dân vận Huyện ủy", parent "Tỉnh ủy …", code "BDVTU"), else
        State. The recognition lives in :mod:`danvan.vn.bodies`."""
        if (
            is_party_body(self.name)
            or is_party_body(self.parent)
            or is_party_code(self.abbreviation)
        ):
            return DocumentSystem.PARTY
        return DocumentSystem.STATE

    def __str__(self) -> str:
        return self.name
