"""Findings (phát hiện): what a check or a reader reports about a document, with a stable code."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from danvan.model import _validators as v

__all__ = ["Finding", "Severity"]


class Severity(enum.Enum):
    """How much a finding matters (mức độ)."""

    ERROR = "error"
    """Breaks a rule of the conventions: the document should not go out like this."""
    WARNING = "warning"
    """Probably wrong: a person should look."""
    INFO = "info"
    """Worth knowing; nothing to fix."""


def _span(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    ok = (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(i, int) and not isinstance(i, bool) for i in value)
        and 0 <= value[0] <= value[1]
    )
    if not ok:
        raise v.fail(
            instance, attribute.name, value, "a span is (start, end) with 0 <= start <= end"
        )


@attrs.frozen(kw_only=True)
class Finding:
    """One finding: a stable ``code`` ("ref.party-symbol-state-style"), a severity, a message in
    English quoting the Vietnamese, and where it is: a section path ("II.2.b"), a ``span`` of
    character offsets in the checked text, or both.
    """

    code: str = attrs.field(converter=v.text, validator=v.non_empty_text("the finding code"))
    severity: Severity = attrs.field(validator=v.instance_of(Severity))
    message: str = attrs.field(converter=v.text, validator=v.non_empty_text("the message"))
    location: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    span: tuple[int, int] | None = attrs.field(default=None, converter=v.to_tuple, validator=_span)

    def __str__(self) -> str:
        where = self.location or (f"{self.span[0]}-{self.span[1]}" if self.span else "")
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.severity.value} {self.code}: {self.message}"
