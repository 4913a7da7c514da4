"""Model ⇄ dict / JSON (tuần tự hóa): lossless, strict, versioned.

``from_json(to_json(x)) == x`` for every model object. The JSON shape:

- a Report or Plan starts with ``"schema_version": 1`` and ``"document": "report"``
  (or ``"plan"``); :func:`from_json` without a class reads ``"document"`` to choose;
- members of unions (blocks, inline runs, quantities) start with their tag,
  ``{"type": "paragraph", ...}``, wherever they appear;
- dates are ISO strings ``"2021-11-14"``; a draft's partial date is an object
  ``{"year": 2023, "month": 1, "day": null}``;
- decimals (percents) are strings ``"99.1"``; a document number is its canonical text
  ``"538/BC-SKHCN"`` (the model only admits numbers whose text parses back to them);
- every field is written; ``None`` is ``null`` (a missing optional key reads as its default).

Blocks nest at most :data:`MAX_NESTING_DEPTH` (64) levels deep, sections in sections,
bullet lists under bullet items, indicators in breakdowns; both writing and reading refuse
deeper nesting with an error naming the JSON path of the first block too deep, so whatever
``to_json`` writes, ``from_json`` reads.

Speed: writing lets the JSON encoder walk the model (orjson when installed, the ``fast``
extra; the standard library's C encoder for compact output). Reading always parses with
the standard library (a hook refuses a key given twice), then runs one generated reader
per class (:mod:`danvan.io._fast_read`): every model rule runs as in the constructors,
minus the type checks the reading has itself made; only when the data is wrong is it
read again with the detailed converter, to report every problem at its path.
benchmarks/json_io.py compares both with pydantic v2 on the same data shape.

Reading rejects unknown keys, wrong JSON types and broken model rules with one
:class:`~danvan.errors.SchemaError` listing every problem at its JSON path::

    >>> from_dict({"schema_version": 1, "document": "memo"})
    Traceback (most recent call last):
    ...
    danvan.errors.SchemaError: 1 problem(s) in the document data:
      unknown document 'memo': expected one of 'report', 'plan' @ $.document
"""

from __future__ import annotations

import json
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, overload

import attrs

from danvan.errors import InvalidValueError, SchemaError
from danvan.io._depth import MAX_NESTING_DEPTH, too_deep_in_data, too_deep_in_model
from danvan.io._write import COMPACT_SEPARATORS, dumps_fast
from danvan.io.converter import SCHEMA_VERSION, converter, describe_errors, fast_converter
from danvan.model import Document, Plan, Report
from danvan.vn._parsing import json_int

__all__ = [
    "MAX_INDENT",
    "MAX_NESTING_DEPTH",
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]

MAX_INDENT = 16
"""The widest ``indent`` :func:`to_json` takes (spaces per level)."""

T = TypeVar("T")


def _depth_rule(level: int) -> str:
    return (
        f"sections, bullet lists and indicator breakdowns nest at most {MAX_NESTING_DEPTH} "
        f"levels deep (độ sâu lồng nhau); the block at level {level} is nested too deeply"
    )


def _check_writable(obj: object, function: str) -> None:
    _require_model_object(obj, function)
    path = too_deep_in_model(obj)
    if path is not None:
        raise InvalidValueError(
            f"{function}() at {path}", MAX_NESTING_DEPTH + 1, _depth_rule(MAX_NESTING_DEPTH + 1)
        )


def to_dict(obj: object) -> dict[str, Any]:
    """The JSON-ready dict of a model object (only str, int, bool, None, list and dict inside)."""
    _check_writable(obj, "to_dict")
    result: dict[str, Any] = converter.unstructure(obj)
    return result


def _require_model_object(obj: object, where: str) -> None:
    """``obj`` is a danvan model object (a Report, a Section ...), else a clear error."""
    if not attrs.has(type(obj)):
        raise InvalidValueError(
            f"{where}(obj)",
            obj,
            f"{where} takes a danvan model object (a Report, a Plan, a Section ...), "
            f"not {type(obj).__name__}",
        )


def _require_model_class(cls: object, where: str) -> None:
    """``cls`` is None (a whole document), a model class or a union of them (``Block``), else a clear error."""
    if cls is None:
        return
    members = typing.get_args(cls) or (cls,)
    if not all(isinstance(m, type) and attrs.has(m) for m in members):
        raise InvalidValueError(
            f"{where}(cls)",
            cls,
            f"{where} takes cls=None (a Report or a Plan, as the data says) or a danvan model "
            "class such as Section",
        )


@overload
def from_dict(data: Mapping[str, Any], cls: None = None) -> Report | Plan: ...
@overload
def from_dict(data: Mapping[str, Any], cls: type[T]) -> T: ...
def from_dict(data: Mapping[str, Any], cls: type[T] | None = None) -> T | Report | Plan:
    """Build a model object from a dict; ``cls`` defaults to the class ``data["document"]`` names.

    Any model class may be given for a fragment: ``from_dict(d, Section)``. Every problem
    in ``data`` is reported in one :class:`SchemaError`, each line with its JSON path.
    """
    _require_model_class(cls, "from_dict")
    target: Any = Document if cls is None else cls
    result: T | Report | Plan
    try:
        if attrs.validators.get_disabled():  # the fast reader always validates
            raise _UseDetailed
        result = fast_converter.get_structure_hook(target)(data, target)
    except RecursionError:
        _raise_too_deep(data)
        raise SchemaError(["the data is nested too deeply @ $"]) from None
    except Exception:  # wrong data: read it again, slowly, to say what is wrong and where
        result = _from_dict_detailed(data, target)
    path = too_deep_in_model(result)
    if path is not None:
        raise SchemaError([f"{_depth_rule(MAX_NESTING_DEPTH + 1)} @ {path}"])
    return result


class _UseDetailed(Exception):
    """Read with the detailed converter, which builds through the classes themselves."""


def _raise_too_deep(data: Any) -> None:
    path = too_deep_in_data(data)
    if path is not None:
        raise SchemaError([f"{_depth_rule(MAX_NESTING_DEPTH + 1)} @ {path}"]) from None


def _from_dict_detailed(data: Any, target: Any) -> Any:
    """Read ``data`` with the detailed converter: every problem, each at its JSON path."""
    hook = converter.get_structure_hook(target)
    try:
        return hook(data, target)
    except SchemaError:
        raise
    except RecursionError:
        _raise_too_deep(data)
        raise SchemaError(["the data is nested too deeply @ $"]) from None
    except Exception as error:  # cattrs error groups, model errors, anything a hook raised
        raise SchemaError(describe_errors(error)) from None


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """The JSON text of a model object; Vietnamese stays readable (``ensure_ascii=False``).

    ``indent`` is the number of spaces per level, 0 to :data:`MAX_INDENT` (0 puts each
    item on its own line), or ``None`` for compact text without any space. The text is
    written exactly as the model holds it, which is NFC wherever the model normalizes
    (every named text field); nothing is changed, so the round trip stays exact.
    """
    if indent is not None and (
        isinstance(indent, bool) or not isinstance(indent, int) or not 0 <= indent <= MAX_INDENT
    ):
        raise InvalidValueError(
            "to_json(indent)",
            indent,
            f"indent is a whole number of spaces from 0 to {MAX_INDENT}, or None for compact JSON",
        )
    _check_writable(obj, "to_json")
    text = dumps_fast(obj, indent)
    if text is not None:
        return text
    data = converter.unstructure(obj)
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=COMPACT_SEPARATORS)
    return json.dumps(data, ensure_ascii=False, indent=indent)


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key)
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(object_pairs_hook=_reject_duplicates, parse_int=json_int)


def _loads(text: str | bytes | bytearray) -> Any:
    """``json.loads(text, object_pairs_hook=_reject_duplicates, parse_int=json_int)``, with
    the decoder made once (``json.loads`` builds one, and its scanner, on every call)."""
    if isinstance(text, str):
        if text.startswith("\ufeff"):  # what json.loads says of a byte order mark
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    else:
        text = text.decode(json.detect_encoding(text), "surrogatepass")
    return _DECODER.decode(text)


@overload
def from_json(text: str | bytes, cls: None = None) -> Report | Plan: ...
@overload
def from_json(text: str | bytes, cls: type[T]) -> T: ...
def from_json(text: str | bytes, cls: type[T] | None = None) -> T | Report | Plan:
    """Read a model object from JSON text; invalid JSON or data raises :class:`SchemaError`.

    A key given twice in one JSON object is an error too, rather than the last one winning.
    """
    if not isinstance(text, (str, bytes, bytearray)):
        raise InvalidValueError(
            "from_json(text)",
            text,
            f"from_json takes JSON text (str or bytes), not {type(text).__name__}",
        )
    _require_model_class(cls, "from_json")
    try:
        data = _loads(text)
    except json.JSONDecodeError as error:
        raise SchemaError(
            [f"invalid JSON: {error.msg} at line {error.lineno}, column {error.colno}"]
        ) from None
    except RecursionError:
        raise SchemaError(["invalid JSON: arrays or objects nested too deeply"]) from None
    except UnicodeDecodeError as error:
        raise SchemaError([f"invalid JSON: the bytes are not UTF-8 ({error.reason})"]) from None
    except _DuplicateKeyError as error:
        raise SchemaError(
            [f"invalid JSON: the key {error.key!r} appears twice in one object"]
        ) from None
    return from_dict(data, cls)
