"""Findings (phát hiện): what a check or a reader reports about a document, with a stable code."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from danvan.model import _validators as v

__all__ = ["Finding", "FindingStatus", "Fix", "FixSafety", "Severity"]


class Severity(enum.Enum):
    """How much a finding matters (mức độ)."""

    ERROR = "error"
    """Breaks a rule of the conventions: the document should not go out like this."""
    WARNING = "warning"
    """Probably wrong: a person should look."""
    INFO = "info"
    """Worth knowing; nothing to fix."""


class FindingStatus(enum.Enum):
    """What a check concluded (kết luận): the rule failed, a person must decide, or it could not run."""

    FAIL = "fail"
    """The rule is broken."""
    NEEDS_REVIEW = "needs-review"
    """Probably broken, or broken unless an exception applies: a person should decide."""
    NOT_EVALUATED = "not-evaluated"
    """The rule needs information the document does not carry; never read as a pass."""


class FixSafety(enum.Enum):
    """How far a fix (cách sửa) can be trusted to apply without a person looking."""

    SAFE = "safe"
    """Changes only what the rule names and cannot change the meaning."""
    UNSAFE = "unsafe"
    """Probably right, but may change meaning: applied only when asked (``--unsafe-fixes``)."""
    DISPLAY_ONLY = "display-only"
    """A suggestion shown to the user, never applied."""
    NONE = "none"
    """The rule has no fix."""


def _path(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    ok = isinstance(value, tuple) and all(
        (isinstance(step, str) and step) or (isinstance(step, int) and not isinstance(step, bool))
        for step in value
    )
    if not ok:
        raise v.fail(
            instance, attribute.name, value, "a path is a tuple of field names and indices"
        )


def _fix_path(value: Any) -> Any:
    """Converter: a sequence of steps as a tuple, each name NFC (refusing lone surrogates)."""
    steps = v.to_tuple(value)
    if isinstance(steps, tuple):
        return tuple(v.text(step) for step in steps)
    return steps


def _fix_value(value: Any) -> Any:
    """Converter: text values are NFC (refusing lone surrogates); other values are kept."""
    return v.text(value) if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class Fix:
    """A replacement (cách sửa): put ``value`` at ``path`` of the document.

    ``path`` is field names and tuple indices from the document down, e.g.
    ``("body", 1, "blocks", 0, "number")``; only that value changes, nothing else.
    """

    description: str = attrs.field(converter=v.text, validator=v.non_empty_text("the fix"))
    safety: FixSafety = attrs.field(validator=v.instance_of(FixSafety))
    path: tuple[str | int, ...] = attrs.field(converter=_fix_path, validator=_path)
    value: Any = attrs.field(default=None, converter=_fix_value)


def _position(what: str) -> v.Validator:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise v.fail(instance, attribute.name, value, f"{what} counts from 1")

    return check


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
    """One finding: a stable ``code`` ("ref.party-symbol-state-style", "T804"), a severity, a
    message in English quoting the Vietnamese, and where it is: a section path ("II.2.b"), a
    ``span`` of character offsets in the checked text, and for a document read from a file,
    the ``file``, ``line`` and ``column``. ``danvan.check`` also fills the rule's ``name``, its
    ``status``, what was ``expected`` and ``found``, and a ``fix`` when one exists.
    """

    code: str = attrs.field(converter=v.text, validator=v.non_empty_text("the finding code"))
    severity: Severity = attrs.field(validator=v.instance_of(Severity))
    message: str = attrs.field(converter=v.text, validator=v.non_empty_text("the message"))
    location: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    span: tuple[int, int] | None = attrs.field(default=None, converter=v.to_tuple, validator=_span)
    name: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    """The rule's readable name ("subject-lowercase"), next to its stable ``code``."""
    status: FindingStatus = attrs.field(
        default=FindingStatus.FAIL, validator=v.instance_of(FindingStatus)
    )
    expected: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    found: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    fix: Fix | None = attrs.field(default=None, validator=v.optional(v.instance_of(Fix)))
    file: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    """For a document read from a file: the file, and the ``line`` / ``column`` (from 1)."""
    line: int | None = attrs.field(default=None, validator=_position("a line"))
    column: int | None = attrs.field(default=None, validator=_position("a column"))

    def __str__(self) -> str:
        where = self.location or (f"{self.span[0]}-{self.span[1]}" if self.span else "")
        prefix = f"{where}: " if where else ""
        return f"{prefix}{self.severity.value} {self.code}: {self.message}"
