"""Errors raised by danvan (lỗi): one clear message naming the field, the value and the rule.

This module is the foundation leaf of the package: every layer (``vn``, ``model``,
``io``, ...) may import it, and it imports nothing from danvan.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "DanvanError",
    "InvalidValueError",
    "ParseError",
    "PositionalArgumentError",
    "SchemaError",
    "clip",
    "excerpt",
]

EXCERPT_LIMIT = 100
"""Characters of a long value an error message quotes before it says how long the value is."""


def excerpt(value: Any, limit: int = EXCERPT_LIMIT) -> str:
    """``repr(value)``, or for a long value its start and its length: ``'Kết quả…'… (52428800 characters)``.

    Errors quote the value they refuse; a 50 MB subject must not be printed whole to stderr.
    """
    if isinstance(value, (str, bytes, bytearray)):
        if len(value) <= limit:
            return repr(value)
        unit = "characters" if isinstance(value, str) else "bytes"
        return f"{value[:limit]!r}… ({len(value)} {unit})"
    shown = repr(value)
    if len(shown) <= 2 * limit:
        return shown
    return f"{shown[:limit]}… ({type(value).__name__} shown in {len(shown)} characters)"


def clip(message: str, limit: int = 4 * EXCERPT_LIMIT) -> str:
    """``message`` cut to ``limit`` characters, saying how long it was (for messages of other libraries)."""
    if len(message) <= limit:
        return message
    return f"{message[:limit]}… ({len(message)} characters)"


class DanvanError(Exception):
    """Base class of every error danvan raises on purpose."""


class InvalidValueError(DanvanError, ValueError):
    """A value breaks a rule (quy tắc) of the model or of the Vietnamese conventions.

    ``field`` names where the value sits (``"Report.number"``), ``value`` is the
    offending value and ``rule`` says in English, with the Vietnamese term, what
    the value must be. The message quotes at most an :func:`excerpt` of a long value;
    ``value`` keeps all of it.
    """

    field: str
    value: Any
    rule: str

    def __init__(self, field: str, value: Any, rule: str) -> None:
        self.field = field
        self.value = value
        self.rule = rule
        super().__init__(f"{field}: {excerpt(value)} is invalid: {rule}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.field, self.value, self.rule))


class ParseError(InvalidValueError):
    """Text could not be read as the requested kind of value (phân tích cú pháp)."""


class SchemaError(DanvanError, ValueError):
    """A dict or JSON document does not match the model; ``errors`` lists each problem with its JSON path."""

    errors: tuple[str, ...]

    def __init__(self, errors: list[str] | tuple[str, ...]) -> None:
        self.errors = tuple(errors)
        lines = "\n  ".join(self.errors)
        super().__init__(f"{len(self.errors)} problem(s) in the document data:\n  {lines}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))


class PositionalArgumentError(DanvanError, TypeError):
    """A model class was called with positional arguments; every field is a keyword.

    A ``TypeError`` like Python's own, with a message that names the class and its fields.
    """

    cls_name: str
    fields: tuple[str, ...]
    count: int
    hint: str

    def __init__(self, cls_name: str, fields: tuple[str, ...], count: int, hint: str = "") -> None:
        self.cls_name = cls_name
        self.fields = tuple(fields)
        self.count = count
        self.hint = hint
        shown = ", ".join(f"{name}=..." for name in self.fields[:6])
        more = ", ..." if len(self.fields) > 6 else ""
        super().__init__(
            f"{cls_name}() takes keyword arguments only (đối số có tên), but {count} "
            f"positional argument(s) were given: write {cls_name}({shown}{more}); "
            f"its fields are {', '.join(self.fields)}{hint}"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.cls_name, self.fields, self.count, self.hint))
