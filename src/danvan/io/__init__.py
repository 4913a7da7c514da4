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
from danvan.io.converter import SCHEMA_VERSION, converter, describe_errors
from danvan.model import Document, Plan, Report
from danvan.vn._parsing import json_int

__all__ = ["SCHEMA_VERSION", "converter", "from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


def to_dict(obj: object) -> dict[str, Any]:
    """The JSON-ready dict of a model object (only str, int, bool, None, list and dict inside)."""
    _require_model_object(obj, "to_dict")
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
    members = typing.get_args(cls) or (cls,)
    if cls is not None and not all(isinstance(m, type) and attrs.has(m) for m in members):
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
    hook = converter.get_structure_hook(target)
    try:
        result: T | Report | Plan = hook(data, target)
    except SchemaError:
        raise
    except Exception as error:  # cattrs error groups, model errors, anything a hook raised
        raise SchemaError(describe_errors(error)) from None
    return result


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """The JSON text of a model object; Vietnamese stays readable (``ensure_ascii=False``).

    The text is written exactly as the model holds it, which is NFC wherever the model
    normalizes (every named text field); nothing is changed, so the round trip stays exact.
    """
    _require_model_object(obj, "to_json")
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


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
        data = json.loads(text, object_pairs_hook=_reject_duplicates, parse_int=json_int)
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
