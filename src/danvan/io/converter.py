"""The one cattrs converter (bộ chuyển đổi) between the model and JSON-ready dicts, and its error paths.

JSON shape, decided once here and documented in :mod:`danvan.io`:

- every class of a union (blocks, inline runs, quantities) carries ``"type"`` as its
  first key: ``{"type": "paragraph", "runs": [...]}``; the tag is written wherever the
  class appears, so a block cut out of a document reads back with ``from_dict(d, Paragraph)``;
- a :class:`~danvan.model.Report` or :class:`~danvan.model.Plan` starts with
  ``"schema_version"`` and ``"document"`` (``"report"`` / ``"plan"``);
- dates are ISO strings ``"2021-11-14"``; a partial date of a draft
  (:class:`~danvan.vn.dates.PartialDate`) is an object ``{"year": 2023, "month": 1,
  "day": null}``, so a date field holding either is never ambiguous (string or object);
- decimals (percents) are strings ``"99.1"``, never floats, so no digit is lost;
- a :class:`~danvan.model.DocumentNumber` is its canonical text ``"538/BC-SKHCN"``,
  read back with ``DocumentNumber.parse``: the model refuses any symbol whose text would
  read back differently (a type code where an issuer code stands), and a property test
  (tests/io/test_io_roundtrip.py) holds ``parse(str(n)) == n`` for every number;
- enums are their values; tuples are arrays; every field is written, ``None`` as ``null``.

Reading is strict: unknown keys, missing required keys, a value of the wrong JSON type
(``"5"`` for a number, ``1`` for a boolean) are errors, never silent coercions.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import types
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, Union, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from danvan.errors import InvalidValueError
from danvan.io._fast_read import make_reader
from danvan.model import (
    Appendix,
    BulletItem,
    BulletList,
    Citation,
    Count,
    Document,
    DocumentNumber,
    Emphasis,
    Footnote,
    Indicator,
    IndicatorTable,
    Money,
    Paragraph,
    PartialDate,
    Percent,
    Plan,
    Ratio,
    Report,
    Section,
    Signature,
    Superscript,
    Table,
    Task,
    TaskTable,
    Text,
    TextValue,
    Unplaced,
)

__all__ = [
    "DOCUMENT_KINDS",
    "SCHEMA_VERSION",
    "TAGS",
    "TAG_KEY",
    "converter",
    "describe_errors",
    "fast_converter",
    "make_converter",
]

SCHEMA_VERSION = 1
"""The version of the JSON shape written by this danvan; reading a newer one is refused."""

TAG_KEY = "type"
"""The key that names the class of a union member: ``{"type": "paragraph", ...}``."""

TAGS: Mapping[type, str] = {
    Paragraph: "paragraph",
    BulletList: "bullet_list",
    Table: "table",
    IndicatorTable: "indicator_table",
    TaskTable: "task_table",
    Section: "section",
    Text: "text",
    Emphasis: "emphasis",
    Footnote: "footnote",
    Citation: "citation",
    Superscript: "superscript",
    Unplaced: "unplaced",
    Count: "count",
    Money: "money",
    Ratio: "ratio",
    Percent: "percent",
    TextValue: "text_value",
}
"""The snake_case tag of every class that is a member of a model union."""

DOCUMENT_KINDS: Mapping[str, type[Report] | type[Plan]] = {"report": Report, "plan": Plan}
"""The value of the top-level ``"document"`` key and the class it stands for."""

_KIND_OF: Mapping[type, str] = {cls: kind for kind, cls in DOCUMENT_KINDS.items()}
_NONE_TYPE = type(None)
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?")


class DataError(ValueError):
    """A value in the data has the wrong shape; the message names what was expected and what came."""


# -- error reporting ---------------------------------------------------------------------


def _json_type(value: object) -> str:
    """The JSON name of a Python value's type, as a user of the JSON sees it."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, (list, tuple)):
        return "array"
    return type(value).__name__


def _show(value: object, limit: int = 80) -> str:
    """A short repr of an offending value, cut at ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _mismatch(expected: str, value: object) -> DataError:
    return DataError(f"expected {expected}, got {_json_type(value)} {_show(value)}")


def _at_key(cl: Any, key: str, error: Exception) -> ClassValidationError:
    """Wrap ``error`` so the error walk reports it at ``<path>.<key>``."""
    note = AttributeValidationNote(f"Structuring {cl!r} @ attribute {key}", key, cl)
    # ``__notes__`` (PEP 678) is where cattrs keeps paths; set directly for Python 3.10.
    setattr(error, "__notes__", [*getattr(error, "__notes__", []), note])  # noqa: B010
    name = getattr(cl, "__name__", repr(cl))
    return ClassValidationError(f"While structuring {name}", [error], cl)


def _describe_leaf(error: BaseException) -> str:
    if isinstance(error, (InvalidValueError, DataError)):
        return str(error)
    if isinstance(error, ForbiddenExtraKeysError):
        return f"extra fields found ({', '.join(sorted(error.extra_fields))})"
    if isinstance(error, KeyError):
        return "required field missing"
    if isinstance(error, RecursionError):
        return "the data is nested too deeply"
    return f"invalid value ({type(error).__name__}: {error})"


def _model_path(path: str, cl: Any, error: BaseException) -> str:
    """Extend ``path`` with the field a model error names ("Section.title" → ``.title``)."""
    if isinstance(error, InvalidValueError) and isinstance(cl, type):
        prefix = f"{cl.__name__}."
        if error.field.startswith(prefix):
            rest = error.field[len(prefix) :]
            return f"{path}.{rest}"
    return path


def describe_errors(error: BaseException, path: str = "$") -> list[str]:
    """Every problem inside a structuring error, one line each: ``"<what> @ <JSON path>"``.

    Walks cattrs' nested ``ClassValidationError`` / ``IterableValidationError`` groups like
    ``cattrs.transform_error`` does, and also places a model error raised by a class's
    validators at the field it names ("Ratio.percent" → ``$...percent``), keeping the
    model's message (field, value, rule).
    """
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        lines: list[str] = []
        with_notes, without = error.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, AttributeValidationNote):
                sub_path = f"{path}.{note.name}"
            else:
                sub_path = f"{path}[{note.index!r}]"
            lines.extend(describe_errors(sub, sub_path))
        for sub in without:
            if isinstance(sub, (ClassValidationError, IterableValidationError)):
                lines.extend(describe_errors(sub, path))
            else:
                lines.append(f"{_describe_leaf(sub)} @ {_model_path(path, error.cl, sub)}")
        return lines
    return [f"{_describe_leaf(error)} @ {path}"]


# -- primitive hooks ---------------------------------------------------------------------


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise _mismatch("text (a JSON string)", value)
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _mismatch("a whole number (JSON integer)", value)
    return value


def _structure_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise _mismatch("true or false", value)
    return value


def _structure_decimal(value: Any, _: Any) -> Decimal:
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    if not isinstance(value, str) or not _DECIMAL.fullmatch(value):
        raise _mismatch("a decimal number written as a string, such as '99.1'", value)
    try:
        return Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern only lets valid text through
        raise _mismatch("a decimal number written as a string, such as '99.1'", value) from None


def _unstructure_date(value: dt.date) -> str:
    return value.isoformat()


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise _mismatch("an ISO date 'YYYY-MM-DD' such as '2021-11-14'", value)
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise DataError(f"{value!r} is not a date of the calendar ({error})") from None


@functools.lru_cache(maxsize=1024)
def _parse_number(text: str) -> DocumentNumber:
    """``DocumentNumber.parse``, remembered: the same few numbers come back in every
    document (the legal bases, the report being answered), parsing one costs more than
    reading the rest of its paragraph, and a DocumentNumber is immutable, so one object
    may stand for all its equal copies. A refused text raises every time (errors are not
    cached)."""
    return DocumentNumber.parse(text)


def _structure_number(value: Any, _: Any) -> DocumentNumber:
    if type(value) is not str:
        if not isinstance(value, str):
            raise _mismatch("a number and symbol such as '538/BC-SKHCN' (a JSON string)", value)
        return DocumentNumber.parse(value)  # a str subclass: not cached, compared as itself
    return _parse_number(value)


def _is_enum(cl: Any) -> bool:
    return isinstance(cl, type) and issubclass(cl, enum.Enum)


def _enum_hook(cl: type[enum.Enum]) -> Callable[[Any, Any], enum.Enum]:
    values = ", ".join(repr(member.value) for member in cl)

    by_value: dict[tuple[type, Any], enum.Enum] = {
        (type(member.value), member.value): member for member in cl
    }

    def structure(value: Any, _: Any) -> enum.Enum:
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            member = by_value.get((type(value), value))
            if member is not None:
                return member
            for member in cl:  # a value of another type that compares equal
                if member.value == value:
                    return member
        raise DataError(f"{_show(value)} is not a valid {cl.__name__}: expected one of {values}")

    return structure


# -- collections -------------------------------------------------------------------------


def _is_tuple(cl: Any) -> bool:
    return get_origin(cl) is tuple and bool(get_args(cl))


def _tuple_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], tuple[Any, ...]]:
    """Tuples come from JSON arrays only: cattrs alone would take a string as a tuple of letters."""
    args = get_args(cl)
    if len(args) == 2 and args[1] is Ellipsis and not conv.detailed_validation:
        element = args[0]
        hooks: list[Callable[[Any, Any], Any]] = []  # looked up on first use: classes recurse

        def fast(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is not list and not isinstance(value, (list, tuple)):
                raise _mismatch("an array", value)
            if not hooks:
                hooks.append(conv.get_structure_hook(element))
            hook = hooks[0]
            return tuple([hook(item, element) for item in value])

        return fast
    if len(args) == 2 and args[1] is Ellipsis:
        inner = homogenous_tuple_structure_factory(cl, conv)
    else:
        inner = conv.gen_structure_hetero_tuple(cl)

    def structure(value: Any, type_: Any) -> tuple[Any, ...]:
        if type(value) is not list and not isinstance(value, (list, tuple)):
            raise _mismatch("an array", value)
        result: tuple[Any, ...] = inner(value, type_)
        return result

    return structure


# -- unions ------------------------------------------------------------------------------


def _union_members(cl: Any) -> tuple[tuple[Any, ...], bool] | None:
    """The members of a union besides ``None``, and whether ``None`` is allowed."""
    if get_origin(cl) is not Union and not isinstance(cl, types.UnionType):
        return None
    args = get_args(cl)
    return tuple(a for a in args if a is not _NONE_TYPE), _NONE_TYPE in args


def _is_tagged_union(cl: Any) -> bool:
    members = _union_members(cl)
    return members is not None and bool(members[0]) and all(m in TAGS for m in members[0])


def _tagged_union_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    found = _union_members(cl)
    assert found is not None
    members, optional = found
    by_tag = {TAGS[member]: member for member in members}
    expected = ", ".join(repr(tag) for tag in by_tag)
    hooks: dict[Any, Callable[[Any, Any], Any]] = {}  # filled on first use: classes recurse
    if not conv.detailed_validation:
        by_tag_hook: dict[str, Callable[[Any, Any], Any]] = {}

        def fast(value: Any, _: Any) -> Any:
            # Any failure (not an object, no tag, an unknown or unhashable tag) raises; the
            # detailed converter then says what. The member's hook checks the object itself.
            if value is None and optional:
                return None
            tag = value[TAG_KEY]
            if type(tag) is not str:
                raise _FastPathError(cl)
            hook = by_tag_hook.get(tag)
            if hook is None:
                hook = by_tag_hook[tag] = conv.get_structure_hook(by_tag[tag])
            return hook(value, by_tag[tag])

        return fast

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _mismatch(f"an object with a {TAG_KEY!r} key ({expected})", value)
        if TAG_KEY not in value:
            raise _at_key(
                cl,
                TAG_KEY,
                DataError(f"the {TAG_KEY!r} key is missing; expected one of {expected}"),
            )
        tag = value[TAG_KEY]
        member = by_tag.get(tag) if isinstance(tag, str) else None
        if member is None:
            raise _at_key(
                cl,
                TAG_KEY,
                DataError(f"unknown {TAG_KEY} {_show(tag)}: expected one of {expected}"),
            )
        hook = hooks.get(member)
        if hook is None:
            hook = hooks[member] = conv.get_structure_hook(member)
        return hook(value, member)

    return structure


def _is_plain_optional(cl: Any) -> bool:
    """``X | None`` where X is one class (not a tagged union, not a date-like union)."""
    members = _union_members(cl)
    return members is not None and members[1] and len(members[0]) == 1


def _optional_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """``X | None`` with X's hook looked up once (cattrs' own looks it up on every call)."""
    found = _union_members(cl)
    assert found is not None
    inner = found[0][0]
    cache: list[Callable[[Any, Any], Any]] = []

    def structure(value: Any, _: Any) -> Any:
        if value is None:
            return None
        if not cache:
            cache.append(conv.get_structure_hook(inner))
        return cache[0](value, inner)

    return structure


def _is_date_like(cl: Any) -> bool:
    members = _union_members(cl)
    return members is not None and set(members[0]) == {dt.date, PartialDate}


def _date_like_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    found = _union_members(cl)
    assert found is not None
    optional = found[1]

    def structure(value: Any, _: Any) -> Any:
        if value is None and optional:
            return None
        if isinstance(value, str):
            return _structure_date(value, dt.date)
        if isinstance(value, Mapping):
            return conv.structure(value, PartialDate)
        raise _mismatch(
            "an ISO date 'YYYY-MM-DD' or a partial date object {'year': ..., 'month': ...}", value
        )

    return structure


def _document_hook(conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    expected = ", ".join(repr(kind) for kind in DOCUMENT_KINDS)

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _mismatch(f"a document object with a 'document' key ({expected})", value)
        if "document" not in value:
            raise _at_key(
                Document,
                "document",
                DataError(f"the 'document' key is missing; expected one of {expected}"),
            )
        kind = value["document"]
        cls = DOCUMENT_KINDS.get(kind) if isinstance(kind, str) else None
        if cls is None:
            raise _at_key(
                Document,
                "document",
                DataError(f"unknown document {_show(kind)}: expected one of {expected}"),
            )
        return conv.structure(value, cls)

    return structure


# -- attrs classes -----------------------------------------------------------------------


def _check_header(cl: type, kind: str, value: Mapping[str, Any]) -> None:
    """The ``schema_version`` and ``document`` keys every Report and Plan dict starts with."""
    if "schema_version" not in value:
        raise _at_key(
            cl,
            "schema_version",
            DataError(f"the 'schema_version' key is missing (this danvan writes {SCHEMA_VERSION})"),
        )
    version = value["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _at_key(
            cl,
            "schema_version",
            _mismatch(f"a schema version, a whole number from 1 to {SCHEMA_VERSION}", version),
        )
    if version > SCHEMA_VERSION:
        raise _at_key(
            cl,
            "schema_version",
            DataError(
                f"schema_version {version} is newer than this danvan reads "
                f"(up to {SCHEMA_VERSION}); upgrade danvan to read this document"
            ),
        )
    if "document" not in value:
        raise _at_key(
            cl, "document", DataError(f"the 'document' key is missing; expected {kind!r}")
        )
    if value["document"] != kind:
        raise _at_key(
            cl,
            "document",
            DataError(f"the data is a {_show(value['document'])} document, expected {kind!r}"),
        )


def _attrs_structure_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    if not conv.detailed_validation:
        return _fast_attrs_structure_hook(cl, conv)
    base = make_dict_structure_fn(cl, conv)
    tag = TAGS.get(cl)
    kind = _KIND_OF.get(cl)
    name = cl.__name__
    drop = {TAG_KEY} if tag is not None else {"schema_version", "document"}

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise _mismatch(f"an object ({name})", value)
        if tag is not None and TAG_KEY in value:
            if value[TAG_KEY] != tag:
                raise _at_key(
                    cl,
                    TAG_KEY,
                    DataError(f"{TAG_KEY} {_show(value[TAG_KEY])} is not {tag!r} ({name})"),
                )
            value = {key: item for key, item in value.items() if key not in drop}
        elif kind is not None:
            _check_header(cl, kind, value)
            value = {key: item for key, item in value.items() if key not in drop}
        return base(value, cl)

    return structure


class _FastPathError(ValueError):
    """The fast converter found a problem; the detailed one says what and where."""


_PRIMITIVES: Mapping[Any, str] = {str: "str", int: "int", bool: "bool"}


def _primitive_check(tp: Any) -> tuple[str, bool] | None:
    """``(type name, None allowed)`` when ``tp`` is str, int or bool, optionally ``| None``."""
    if tp in _PRIMITIVES:
        return _PRIMITIVES[tp], False
    members = _union_members(tp)
    if members is not None and members[1] and len(members[0]) == 1 and members[0][0] in _PRIMITIVES:
        return _PRIMITIVES[members[0][0]], True
    return None


def _attrs_init(cl: type) -> Callable[..., None] | None:
    """The ``__init__`` attrs generated for ``cl``, under the keyword-only guard, or None.

    The fast reader calls it directly with keyword arguments: the very code ``cl(**kwargs)``
    runs (every converter, validator and ``__attrs_post_init__``), without the guard's extra
    call, which only refuses positional arguments. None when ``cl`` builds its objects any
    other way (its own ``__new__`` or ``__init__``): the reader then calls ``cl(**kwargs)``.
    """
    own: Any = cl.__dict__.get("__init__")
    init: Any = getattr(own, "__wrapped__", own)
    code = getattr(init, "__code__", None)
    if code is None or not code.co_filename.startswith("<attrs generated"):
        return None
    if getattr(cl, "__new__", None) is not object.__new__:
        return None
    result: Callable[..., None] = init
    return result


def _resolve_later(
    namespace: dict[str, Any], name: str, type_: Any, conv: cattrs.Converter
) -> Callable[[Any, Any], Any]:
    """A stand-in for the hook of ``type_`` in generated code: on first use it looks the hook
    up (classes recurse, so not while generating) and puts it in its place in ``namespace``."""

    def resolve(value: Any, given: Any) -> Any:
        hook = namespace[name] = conv.get_structure_hook(type_)
        return hook(value, given)

    return resolve


def _fast_attrs_structure_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """One generated function per class that checks the keys, checks str/int/bool fields
    inline, calls the hooks of the others (looked up on first use: classes recurse) and
    builds the object with attrs' own ``__init__`` (see :func:`_attrs_init`), so every
    model rule runs exactly as when a user builds it.

    Any problem raises at once; the detailed converter then says what and where.
    """
    reader = make_reader(cl, conv)
    if reader is not None:
        return reader
    attrs.resolve_types(cl)
    tag = TAGS.get(cl)
    kind = _KIND_OF.get(cl)
    fields = [field for field in attrs.fields(cl) if field.init]
    allowed = {field.name for field in fields}
    if tag is not None:
        allowed.add(TAG_KEY)
    elif kind is not None:
        allowed.update(("schema_version", "document"))
    init = _attrs_init(cl)
    namespace: dict[str, Any] = {
        "known": frozenset(allowed),
        "Mapping": Mapping,
        "fail": _FastPathError,
        "cl": cl,
        "new": object.__new__,
        "init": init,
        "check_header": _check_header,
        "kind": kind,
        "tag": tag,
        "TAG_KEY": TAG_KEY,
        "SCHEMA_VERSION": SCHEMA_VERSION,
        "NOTHING": attrs.NOTHING,
    }
    lines = [
        "def structure(value, _):",
        "    if type(value) is not dict and not isinstance(value, Mapping):",
        "        raise fail(cl)",
        "    if not known.issuperset(value):",
        "        raise fail(cl)",
    ]
    if tag is not None:
        lines += ["    if value.get(TAG_KEY, tag) != tag:", "        raise fail(cl)"]
    elif kind is not None:
        lines += [
            "    version = value.get('schema_version')",
            "    if type(version) is not int or version != SCHEMA_VERSION "
            "or value.get('document') != kind:",
            "        check_header(cl, kind, value)",
        ]
    arguments = []
    for index, field in enumerate(fields):
        key = repr(field.name)
        alias = getattr(field, "alias", None) or field.name.lstrip("_")
        item = f"x{index}"
        arguments.append(f"{alias}={item}")
        namespace[f"type_{index}"] = field.type
        indent = "    "
        if field.default is not attrs.NOTHING:
            # A missing key: what attrs' __init__ takes for a missing argument (the default,
            # or NOTHING for a factory, which the __init__ then calls).
            is_factory = isinstance(field.default, attrs.Factory)  # type: ignore[arg-type]
            namespace[f"default_{index}"] = attrs.NOTHING if is_factory else field.default
            lines += [
                f"    if {key} not in value:",
                f"        {item} = default_{index}",
                "    else:",
            ]
            indent = "        "
        lines.append(f"{indent}{item} = value[{key}]")
        check = _primitive_check(field.type)
        if check is not None:
            name, optional = check
            test = f"type({item}) is not {name}"
            if optional:
                test = f"{item} is not None and {test}"
            lines += [f"{indent}if {test}:", f"{indent}    raise fail(cl)"]
        else:
            namespace[f"hook_{index}"] = _resolve_later(
                namespace, f"hook_{index}", field.type, conv
            )
            lines.append(f"{indent}{item} = hook_{index}({item}, type_{index})")
    if init is not None:
        lines += [
            "    self = new(cl)",
            f"    init(self, {', '.join(arguments)})",
            "    return self",
        ]
    else:
        lines.append(f"    return cl({', '.join(arguments)})")
    exec("\n".join(lines), namespace)  # as cattrs and attrs do: generated per class
    structure: Callable[[Any, Any], Any] = namespace["structure"]
    return structure


OMIT_IF_DEFAULT: Mapping[type, frozenset[str]] = {
    Report: frozenset({"origin"}),
    Plan: frozenset({"origin"}),
    BulletItem: frozenset({"blocks"}),
    Section: frozenset({"prefix", "run_in", "citations"}),
    Citation: frozenset({"emphasis"}),
    Count: frozenset({"digits", "up_to"}),
    Indicator: frozenset({"is_group", "written", "label"}),
    Signature: frozenset({"on_behalf_of", "notes"}),
    Appendix: frozenset({"label", "attachment"}),
    Task: frozenset({"id", "recurrence", "target", "budget", "budget_source"}),
}
"""Fields written only when they differ from their default: what readers added to the model
(``origin``, a run-in title, a count's zero padding ...) is absent from the JSON of a document
that does not use it, so that JSON stays as it was."""


def omitted_fields(cls: type) -> frozenset[str]:
    """The fields of ``cls`` written only when they differ from their default."""
    return OMIT_IF_DEFAULT.get(cls, frozenset())


def _attrs_unstructure_hook(cl: Any, conv: cattrs.Converter) -> Callable[[Any], dict[str, Any]]:
    omitted = OMIT_IF_DEFAULT.get(cl, frozenset())
    overrides: dict[str, Any] = {name: override(omit_if_default=True) for name in omitted}
    base = make_dict_unstructure_fn(cl, conv, **overrides)
    tag = TAGS.get(cl)
    kind = _KIND_OF.get(cl)
    if tag is not None:
        return lambda obj: {TAG_KEY: tag, **base(obj)}
    if kind is not None:
        return lambda obj: {"schema_version": SCHEMA_VERSION, "document": kind, **base(obj)}
    return base


def _task_hook(conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """A task as danvan wrote it before several leads: ``"lead": "X"`` reads as
    ``"leads": ["X"]`` (schema_version 1 covers both; see docs/architecture.md)."""
    base = _attrs_structure_hook(Task, conv)

    def structure(value: Any, cl: Any) -> Any:
        if (
            isinstance(value, Mapping)
            and isinstance(value.get("lead"), str)
            and "leads" not in value
        ):
            value = {("leads" if k == "lead" else k): v for k, v in value.items()}
            value["leads"] = [value["leads"]]
        return base(value, cl)

    return structure


def _is_model_class(cl: Any) -> bool:
    return isinstance(cl, type) and attrs.has(cl) and not getattr(cl, "__parameters__", ())


def make_converter(*, detailed: bool = True) -> cattrs.Converter:
    """Build a converter configured as described in this module (one is made at import).

    ``detailed=False`` gives the fast reader: the same hooks without cattrs' error
    bookkeeping; it raises on the first problem without saying where, so a caller reruns
    the data through a detailed converter to report every problem at its JSON path.
    """
    conv = cattrs.Converter(
        forbid_extra_keys=True,
        detailed_validation=detailed,
        unstruct_collection_overrides={tuple: list},
    )
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(DocumentNumber, _structure_number)
    conv.register_unstructure_hook(DocumentNumber, str)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.date, _unstructure_date)
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(_is_tuple, _tuple_hook)
    conv.register_structure_hook_factory(_is_model_class, _attrs_structure_hook)
    conv.register_unstructure_hook_factory(_is_model_class, _attrs_unstructure_hook)
    conv.register_structure_hook_factory(_is_plain_optional, _optional_hook)
    conv.register_structure_hook_factory(_is_tagged_union, _tagged_union_hook)
    conv.register_structure_hook_factory(_is_date_like, _date_like_hook)
    conv.register_structure_hook(Document, _document_hook(conv))
    conv.register_structure_hook(Task, _task_hook(conv))
    return conv


converter: cattrs.Converter = make_converter()
"""The converter danvan.io uses; structuring with it raises cattrs errors, not SchemaError."""

fast_converter: cattrs.Converter = make_converter(detailed=False)
"""The same reader without error bookkeeping, its model classes read by the generated
readers of :mod:`danvan.io._fast_read` (three to four times as fast); on any error,
:func:`danvan.io.from_dict` reads the data again with :data:`converter` to report it. It
always runs the model's validators: ``from_dict`` does not use it while
``attrs.validators`` are disabled."""
