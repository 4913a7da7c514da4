"""Writing JSON fast (ghi JSON nhanh): the encoders walk the model themselves.

:func:`danvan.io.to_dict` builds the whole JSON-ready tree in Python through cattrs before
``json.dumps`` walks it again. Here the encoder does the walking (in C for the standard
library's compact encoder, in Rust for orjson) and calls back into Python only once per
model object, for a *shallow* dict of its fields, built by a function made once per class.
The output is the same text as ``json.dumps(to_dict(obj), ensure_ascii=False, ...)``,
key for key (a property test holds it for every generated document):

- orjson, when installed (the ``fast`` extra), writes compact and two-space output;
- the standard library's C encoder writes compact output;
- any other indent, or anything orjson refuses (an integer beyond 64 bits), is written by
  :func:`_indented`, a direct walk that is several times faster than ``json.dumps(indent=)``
  (whose indented output runs the pure-Python encoder).
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Callable
from decimal import Decimal
from json.encoder import encode_basestring as _escape  # the C escaper where CPython has it
from typing import Any

import attrs

from danvan.io.converter import DOCUMENT_KINDS, SCHEMA_VERSION, TAG_KEY, TAGS, omitted_fields
from danvan.model import DocumentNumber

__all__ = ["COMPACT_SEPARATORS", "dumps_fast", "orjson_available"]

COMPACT_SEPARATORS = (",", ":")
"""``to_json(indent=None)`` writes no space after "," or ":" (as orjson and pydantic do)."""

_orjson: Any
try:  # optional backend: pip install "danvan[fast]"
    import orjson as _orjson
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None

_KIND_OF = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}
_SHALLOW: dict[type, Callable[[Any], dict[str, Any]]] = {}


def orjson_available() -> bool:
    """Whether the optional orjson backend is installed."""
    return _orjson is not None


def _make_shallow(cls: type) -> Callable[[Any], dict[str, Any]]:
    """A function ``obj -> {key: field value}`` for ``cls``: the tag or document header
    first, then every attrs field in declaration order (what the converter writes); a field
    of :func:`~danvan.io.converter.omitted_fields` comes last, and only when it does not hold
    its default."""
    fields = attrs.fields(cls)
    omitted = omitted_fields(cls)
    head: list[str] = []
    tag = TAGS.get(cls)
    kind = _KIND_OF.get(cls)
    if tag is not None:
        head.append(f"{TAG_KEY!r}: {tag!r}")
    elif kind is not None:
        head.append(f"'schema_version': {SCHEMA_VERSION!r}")
        head.append(f"'document': {kind!r}")
    namespace: dict[str, Any] = {}
    if not any(field.name in omitted for field in fields):
        items = head + [f"{field.name!r}: obj.{field.name}" for field in fields]
        source = f"def shallow(obj):\n    return {{{', '.join(items)}}}\n"
    else:
        lines = [f"def shallow(obj):\n    d = {{{', '.join(head)}}}"]
        # cattrs writes the fields it may omit after all the others.
        ordered = sorted(fields, key=lambda field: field.name in omitted)
        for field in ordered:
            if field.name in omitted:
                default = field.default
                if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                    namespace[f"default_{field.name}"] = default.factory
                    value = f"default_{field.name}()"
                else:
                    namespace[f"default_{field.name}"] = default
                    value = f"default_{field.name}"
                lines.append(f"    if obj.{field.name} != {value}:")
                lines.append(f"        d[{field.name!r}] = obj.{field.name}")
            else:
                lines.append(f"    d[{field.name!r}] = obj.{field.name}")
        lines.append("    return d\n")
        source = "\n".join(lines)
    exec(source, namespace)  # the attrs-style way: one generated function per class
    function: Callable[[Any], dict[str, Any]] = namespace["shallow"]
    return function


def _default(value: Any) -> Any:
    """What a value the encoder does not know natively becomes in JSON."""
    cls = type(value)
    shallow = _SHALLOW.get(cls)
    if shallow is not None:
        return shallow(value)
    if cls is DocumentNumber:
        return str(value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    if attrs.has(cls):
        shallow = _SHALLOW[cls] = _make_shallow(cls)
        return shallow(value)
    raise TypeError(f"{cls.__name__} is not part of a danvan model")


def _indented(value: Any, out: list[str], newline: str, step: str) -> None:
    """Append the JSON of ``value`` to ``out`` as ``json.dumps(indent=...)`` writes it,
    ``newline`` being the line break and indentation of the current level.

    The standard library's indented output runs its pure-Python encoder through a chain
    of generators; this one walks the model directly (calling :func:`_default` for model
    objects, like the C encoder) and lets the C string escaper do the strings."""
    cls = type(value)
    if cls is str:
        out.append(_escape(value))
    elif cls is dict:
        if not value:
            out.append("{}")
            return
        inner = newline + step
        separator = "{" + inner
        for key, item in value.items():
            out.append(separator)
            out.append(_escape(key))
            out.append(": ")
            _indented(item, out, inner, step)
            separator = "," + inner
        out.append(newline + "}")
    elif cls is list or cls is tuple:
        if not value:
            out.append("[]")
            return
        inner = newline + step
        separator = "[" + inner
        for item in value:
            out.append(separator)
            _indented(item, out, inner, step)
            separator = "," + inner
        out.append(newline + "]")
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif cls is int:
        out.append(int.__repr__(value))
    else:
        _indented(_default(value), out, newline, step)


def _dumps_indented(obj: object, indent: int) -> str:
    out: list[str] = []
    _indented(obj, out, "\n", " " * indent)
    return "".join(out)


_STDLIB_COMPACT = json.JSONEncoder(
    ensure_ascii=False, separators=COMPACT_SEPARATORS, default=_default, check_circular=False
)


def dumps_fast(obj: object, indent: int | None) -> str | None:
    """The JSON text of the model object ``obj`` written by a fast encoder, or ``None`` when
    no fast encoder takes this ``indent`` (or this data): the caller then writes it the slow
    way."""
    if _orjson is not None and indent in (None, 2):
        option = _orjson.OPT_INDENT_2 if indent == 2 else 0
        try:
            text: str = _orjson.dumps(obj, default=_default, option=option).decode("utf-8")
        except _orjson.JSONEncodeError:
            return None  # an integer beyond 64 bits, a lone surrogate: the slow way says
        return text
    if indent is None:
        return _STDLIB_COMPACT.encode(obj)
    return _dumps_indented(obj, indent)
