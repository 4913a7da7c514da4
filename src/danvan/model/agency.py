"""Issuing agency (cơ quan ban hành) and its parent body (cơ quan chủ quản)."""

from __future__ import annotations

import attrs

from danvan.model import _validators as v

__all__ = ["Agency"]


@attrs.frozen(kw_only=True)
class Agency:
    """Cơ quan, tổ chức ban hành văn bản.

    ``name`` is the official full name ("Sở Khoa học và Công nghệ"), ``parent`` the
    direct parent body as printed above it ("Ủy ban nhân dân tỉnh Sơn La", often
    abbreviated "UBND tỉnh Sơn La"), ``abbreviation`` the code used in symbols ("SKHCN").
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

    def __str__(self) -> str:
        return self.name
