"""attrs-style validator factories (bộ kiểm tra) that raise :class:`InvalidValueError`.

Each factory is named by what it checks, like ``attrs.validators``; the error
names ``Class.field``, the value and the rule, so users never see a bare
``TypeError`` from attrs.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from danvan.errors import InvalidValueError

__all__ = [
    "date_only",
    "fail",
    "field_name",
    "instance_of",
    "non_empty_text",
    "optional_text",
    "positive_int",
    "text",
    "text_tuple",
    "to_tuple",
    "tuple_of",
]

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``"Report.number"``: the class and field a value belongs to."""
    return f"{type(instance).__name__}.{attribute.name}"


def fail(instance: object, name: str, value: object, rule: str) -> InvalidValueError:
    """Build the error for ``Class.name`` (used by ``__attrs_post_init__`` checks)."""
    return InvalidValueError(f"{type(instance).__name__}.{name}", value, rule)


def _type_names(types: type | tuple[type, ...]) -> str:
    if isinstance(types, tuple):
        return " or ".join(t.__name__ for t in types)
    return types.__name__


def instance_of(types: type | tuple[type, ...], what: str = "") -> Validator:
    """The value is an instance of ``types`` (``bool`` is never accepted as ``int``)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        wanted = types if isinstance(types, tuple) else (types,)
        is_stray_bool = isinstance(value, bool) and bool not in wanted
        if is_stray_bool or not isinstance(value, wanted):
            label = f" ({what})" if what else ""
            raise InvalidValueError(
                field_name(instance, attribute),
                value,
                f"must be {_type_names(types)}{label}, not {type(value).__name__}",
            )

    return check


def optional(validator: Validator) -> Validator:
    """``None`` or a value that passes ``validator``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def text(value: Any) -> Any:
    """Converter: NFC-normalize strings (văn bản Unicode dựng sẵn); leave other values for the validator."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return value


def optional_text(value: Any) -> Any:
    """Converter: like :func:`text`, and an empty or blank string becomes ``None``."""
    if isinstance(value, str):
        value = unicodedata.normalize("NFC", value)
        return value if value.strip() else None
    return value


def text_tuple(value: Any) -> Any:
    """Converter: like :func:`to_tuple`, NFC-normalizing every string item."""
    value = to_tuple(value)
    if isinstance(value, tuple):
        return tuple(text(item) for item in value)
    return value


def date_only(value: Any) -> Any:
    """Converter: a ``datetime`` becomes its date, so JSON keeps the ISO day form."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def non_empty_text(what: str) -> Validator:
    """A string with at least one visible character; ``what`` names it in Vietnamese."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str):
            raise InvalidValueError(
                field_name(instance, attribute),
                value,
                f"{what} must be text (str), not {type(value).__name__}",
            )
        if not value.strip():
            raise InvalidValueError(
                field_name(instance, attribute), value, f"{what} must not be empty"
            )

    return check


def positive_int(what: str) -> Validator:
    """An ``int`` of at least 1 (``bool`` rejected)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidValueError(
                field_name(instance, attribute),
                value,
                f"{what} must be a whole number (int), not {type(value).__name__}",
            )
        if value < 1:
            raise InvalidValueError(
                field_name(instance, attribute), value, f"{what} must be 1 or more"
            )

    return check


def to_tuple(value: Any) -> Any:
    """Converter: accept any non-string iterable (a list, a generator) and store a tuple."""
    if isinstance(value, (str, bytes, dict)) or value is None:
        return value
    if isinstance(value, tuple):
        return value
    if isinstance(value, Iterable):
        return tuple(value)
    return value


def tuple_of(types: type | tuple[type, ...], what: str) -> Validator:
    """A tuple whose every item is an instance of ``types``; the error gives the index."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        name = field_name(instance, attribute)
        if not isinstance(value, tuple):
            raise InvalidValueError(
                name,
                value,
                f"{what} must be a list or tuple of {_type_names(types)}, "
                f"not {type(value).__name__}",
            )
        wanted = types if isinstance(types, tuple) else (types,)
        for index, item in enumerate(value):
            if (isinstance(item, bool) and bool not in wanted) or not isinstance(item, wanted):
                raise InvalidValueError(
                    f"{name}[{index}]",
                    item,
                    f"each item of {what} must be {_type_names(types)}, not {type(item).__name__}",
                )

    return check
