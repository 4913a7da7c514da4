"""Tolerant parsing results: the value read and every repair (sửa lỗi) made to get it."""

from __future__ import annotations

from typing import Generic, TypeVar

import attrs

from danvan.model import _validators as v

__all__ = ["Parsed", "Repair"]

T = TypeVar("T")


def _nfc(value: str) -> str:
    return v.nfc_text(value) if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class Repair:
    """One repair a tolerant parser made: a stable ``code``, what it changed and why."""

    code: str = attrs.field(converter=_nfc)
    message: str = attrs.field(converter=_nfc)
    before: str = attrs.field(converter=_nfc)
    after: str = attrs.field(converter=_nfc)

    def __str__(self) -> str:
        return f"{self.code}: {self.message} ({self.before!r} -> {self.after!r})"


@attrs.frozen(kw_only=True)
class Parsed(Generic[T]):
    """The value a tolerant parser produced and the repairs it needed (empty when the text was clean)."""

    value: T
    repairs: tuple[Repair, ...] = ()

    @property
    def repaired(self) -> bool:
        """True when the text needed at least one repair."""
        return bool(self.repairs)
