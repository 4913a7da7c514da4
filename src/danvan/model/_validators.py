"""attrs-style validator factories (bộ kiểm tra) that raise :class:`InvalidValueError`.

Each factory is named by what it checks, like ``attrs.validators``; the error
names ``Class.field``, the value and the rule, so users never see a bare
``TypeError`` from attrs.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from types import FrameType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import attrs

from danvan.errors import InvalidValueError

if TYPE_CHECKING:  # the typed tuple converters below name model classes; no import at run time
    from danvan.model.appendix import Appendix
    from danvan.model.blocks import Block, BulletItem, Paragraph
    from danvan.model.indicators import Indicator
    from danvan.model.inline import Inline
    from danvan.model.origin import PartLocation, ReadFinding
    from danvan.model.recipients import Recipient
    from danvan.model.tasks import Task

__all__ = [
    "date_only",
    "fail",
    "field_name",
    "instance_of",
    "label",
    "nfc_text",
    "non_empty_text",
    "optional_text",
    "positive_int",
    "require_document",
    "show_accepted_types",
    "text",
    "text_tuple",
    "to_tuple",
    "tuple_of",
]

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


# What a validator made by a factory here lets through, written on the validator so that
# danvan.io's generated readers can tell which checks the JSON reading itself has already
# made (a string field read as an exact ``str`` passes ``instance_of(str)``) and which they
# must still call. A validator without these marks is always called.
PASSES_TYPES = "__danvan_passes_types__"
"""On an :func:`instance_of` check: the classes whose exact instances pass it."""
PASSES_NONE_AND = "__danvan_passes_none_and__"
"""On an :func:`optional` check: the validator a value other than ``None`` must pass."""
PASSES_TUPLE_OF = "__danvan_passes_tuple_of__"
"""On a :func:`tuple_of` check: the classes whose exact instances pass as items of a tuple."""

POST_INIT_SPLIT = "__danvan_post_init_split__"
"""On a class: ``(field name, classes, method name)`` when its ``__attrs_post_init__`` is a
check that the field is a tuple of instances of ``classes``, then a call of the named
method; a reader that has itself built that field as a tuple of exact instances of those
classes calls only the method."""
KEEPS_TUPLES = "__danvan_keeps_tuples__"
"""On a converter that returns a tuple unchanged (:func:`to_tuple` and its typed forms)."""
INLINE_FORM = "__danvan_inline_form__"
"""On a text converter: the same conversion of a ``str`` in ``{x}`` as Python statements
(with :func:`nfc_text`), which the generated readers run in line; a test compares both on
generated text. Keep it in step with the function it sits on."""
CHECKS_IN_TURN = "__danvan_checks_in_turn__"
"""On a validator that does nothing but call these validators in turn: the readers treat
each of them on its own (leaving out those the reading has already made)."""
INLINE_CHECK = "__danvan_inline_check__"
"""On a validator of text: Python statements that, for an exact ``str`` in ``{x}``, raise
(``fail(cl)``) exactly when the validator would; the generated readers run them in line
instead of calling it, for the message the detailed reader calls the validator itself. A
test compares both on generated text. Keep it in step with the validator it sits on."""
TEXT_RESULT = "__danvan_text_result__"
"""On a text converter: given a ``str`` or ``None``, it returns a ``str`` for a ``str`` and
``None`` for ``None`` (``"same"``), or else may also turn a ``str`` into ``None``
(``"same_or_none"``, :func:`optional_text`)."""


def field_name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    """``"Report.number"``: the class and field a value belongs to."""
    return f"{type(instance).__name__}.{attribute.name}"


def fail(instance: object, name: str, value: object, rule: str) -> InvalidValueError:
    """Build the error for ``Class.name`` (used by ``__attrs_post_init__`` checks)."""
    return InvalidValueError(f"{type(instance).__name__}.{name}", value, rule)


def label(rule: str) -> Validator:
    """An optional label written as one word ("I", "a", "1.1"): no spaces, not blank.

    ``rule`` is the message's rule, naming what the label numbers (a section, an indicator).
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, str) or not value.strip() or any(c.isspace() for c in value):
            raise fail(instance, attribute.name, value, rule)

    return check


def _type_names(types: type | tuple[type, ...]) -> str:
    if isinstance(types, tuple):
        return " or ".join(t.__name__ for t in types)
    return types.__name__


def instance_of(types: type | tuple[type, ...], what: str = "") -> Validator:
    """The value is an instance of ``types`` (``bool`` is never accepted as ``int``)."""
    wanted = types if isinstance(types, tuple) else (types,)
    # The common case first: a value of exactly one of the wanted classes passes at once.
    exact = frozenset(wanted)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) in exact:
            return
        is_stray_bool = isinstance(value, bool) and bool not in wanted
        if is_stray_bool or not isinstance(value, wanted):
            label = f" ({what})" if what else ""
            raise InvalidValueError(
                field_name(instance, attribute),
                value,
                f"must be {_type_names(types)}{label}, not {type(value).__name__}"
                + _parser_hint(wanted, value),
            )

    setattr(check, PASSES_TYPES, exact)
    return check


def _parser_hint(wanted: tuple[type, ...], value: object) -> str:
    """For text given where a parsed value belongs, the parser that reads it (issue 8, §5)."""
    if not isinstance(value, str):
        return ""
    shown = repr(value) if len(value) <= 60 else repr(value[:60] + "…")
    for kind in wanted:
        if kind is dt.date or kind.__name__ == "PartialDate":
            return f"; to read a date from text, use danvan.vn.parse_date({shown})"
        if callable(getattr(kind, "parse", None)):
            return f"; to read text, use {kind.__name__}.parse({shown})"
    return ""


def optional(validator: Validator) -> Validator:
    """``None`` or a value that passes ``validator``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    setattr(check, PASSES_NONE_AND, validator)
    return check


_SURROGATE = re.compile("[\ud800-\udfff]")

SURROGATE_RULE = (
    "text must not contain a lone surrogate (U+D800-U+DFFF, half of a UTF-16 pair, "
    "as left by decoding bytes with errors='surrogateescape' or a broken \\ud800 escape): "
    "no UTF-8 file, .docx or JSON can hold it; decode the source properly or replace it"
)


def _holds(container: object, value: str, depth: int = 2) -> bool:
    """``value`` is ``container`` itself or an item of it (two levels down at most)."""
    if container is value:
        return True
    if depth and isinstance(container, (list, tuple)):
        return any(_holds(item, value, depth - 1) for item in container)
    return False


def _field_being_built(value: str) -> str:
    """``"Report.subject"``: the attrs field whose ``__init__`` is converting ``value``.

    Converters do not receive their field (attrs' ``Converter`` objects would, but mypy
    cannot type them), so on the error path only, the error looks up the caller's frames
    for the attrs ``__init__`` and the argument holding ``value``.
    """
    frame: FrameType | None = sys._getframe(2)
    for _ in range(8):  # a converter may call helpers and generator expressions
        if frame is None:
            break
        owner = frame.f_locals.get("self") if frame.f_code.co_name == "__init__" else None
        if owner is not None and attrs.has(type(owner)):
            cls = type(owner).__name__
            for name, argument in frame.f_locals.items():
                if name != "self" and _holds(argument, value):
                    return f"{cls}.{name}"
            return f"{cls} (a text field)"
        frame = frame.f_back
    return "text"


def nfc_text(value: str) -> str:
    """NFC-normalize one string, refusing lone surrogates (the check every text field gets).

    A lone surrogate passes ``unicodedata.normalize`` untouched and then breaks every
    writer (``UnicodeEncodeError`` in UTF-8, an invalid .docx), so it is refused here, where
    text enters the model.
    """
    if value.isascii():  # ASCII text is NFC and holds no surrogate
        return value
    # A surrogate is not printable (category Cs): printable text, the common case, is
    # known free of them by one C loop cheaper than the search.
    if not value.isprintable() and _SURROGATE.search(value) is not None:
        raise InvalidValueError(_field_being_built(value), value, SURROGATE_RULE)
    return unicodedata.normalize("NFC", value)


def text(value: str) -> str:
    """Converter: NFC-normalize strings (văn bản Unicode dựng sẵn), refusing lone surrogates; leave other values for the validator.

    The annotation is what the field's ``__init__`` parameter shows (attrs copies it), so
    ``help(Agency)`` says ``name: str``; a value of another type still reaches the validator,
    which names it.
    """
    if isinstance(value, str):
        return nfc_text(value)
    return value


def text_or_none(value: str | None) -> str | None:
    """Converter: like :func:`text`, ``None`` kept (an empty string stays for the validator)."""
    return None if value is None else text(value)


def optional_text(value: str | None) -> str | None:
    """Converter: like :func:`text`, and an empty or blank string becomes ``None``."""
    if isinstance(value, str):
        value = nfc_text(value)
        # Blank: empty or only what str.strip() removes (the same str.isspace characters).
        return None if not value or value.isspace() else value
    return value


def text_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Converter: like :func:`to_tuple`, NFC-normalizing every string item."""
    items: Any = to_tuple(value)
    if isinstance(items, tuple):
        return tuple(text(item) for item in items)
    return cast("tuple[str, ...]", items)  # not a sequence: the validator names it


_INNER_TUPLE = re.compile(r"tuple\[([^\[\]]*), \.\.\.\]")


def _accepted(field_type: str) -> str:
    """``"tuple[Block, ...]"`` → ``"Iterable[Block]"``: what a tuple field's converter takes."""
    shown = field_type
    while (changed := _INNER_TUPLE.sub(r"Iterable<\1>", shown)) != shown:
        shown = changed
    return shown.replace("<", "[").replace(">", "]")


def show_accepted_types(classes: Iterable[type]) -> None:
    """Give every constructor parameter whose converter takes ``Any`` the type a user may pass.

    attrs copies a converter's parameter annotation into ``__init__``; the generic converters
    (:func:`to_tuple`, date coercion) take ``Any``, so ``help(Report)`` showed
    ``body: Any``. This writes the field's own type instead, a homogeneous tuple as the
    ``Iterable`` the converter accepts: ``body: Iterable[Block]``. It changes what
    ``help()``, ``inspect.signature`` and API references show, not what is accepted.
    """
    for cls in classes:
        if not attrs.has(cls):
            continue
        # The annotations are strings evaluated in the class's module (typing.get_type_hints,
        # API generators): make the name they use resolvable there.
        namespace = vars(sys.modules[cls.__module__])
        namespace.setdefault("Iterable", Iterable)
        annotations = cls.__init__.__annotations__
        for field in attrs.fields(cls):
            name = field.alias or field.name
            shown = annotations.get(name)
            if field.converter is None or shown not in ("Any", Any) or field.type is None:
                continue
            declared = field.type if isinstance(field.type, str) else repr(field.type)
            annotations[name] = _accepted(declared)


def require_document(value: object, where: str) -> None:
    """Refuse anything but a Report or a Plan where a function takes a document (văn bản).

    ``None``, a list of documents or JSON text would otherwise fail deep inside a renderer
    with an ``AttributeError``; the error names the function and says what to pass instead.
    """
    from danvan.model.document import BaseDocument  # document.py imports this module

    if isinstance(value, BaseDocument):
        return
    if isinstance(value, (list, tuple)):
        hint = "; render each document of a list on its own"
    elif isinstance(value, (str, bytes, dict)):
        hint = "; read JSON with danvan.from_json (or a dict with danvan.from_dict) first"
    else:
        hint = ""
    raise InvalidValueError(
        f"{where}(document)", value, f"must be a Report or a Plan, not {type(value).__name__}{hint}"
    )


def date_only(value: dt.date | None) -> dt.date | None:
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

    setattr(check, INLINE_CHECK, "if not {x} or {x}.isspace():\n    raise fail(cl)")
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
    if type(value) is tuple:  # the common case, and what the JSON reader passes
        return value
    if isinstance(value, (str, bytes, dict)) or value is None:
        return value
    if isinstance(value, tuple):
        return value
    if isinstance(value, Iterable):
        return tuple(value)
    return value


# Typed tuple converters: the same as to_tuple, each annotated with what it accepts, so the
# constructor parameter reads ``body: Iterable[Block]`` for mypy (whose attrs plugin takes the
# converter's parameter type) as well as for help(). The validator still checks every item.


def paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    """Converter: paragraphs (đoạn), any iterable stored as a tuple."""
    return cast("tuple[Paragraph, ...]", to_tuple(value))


def blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    """Converter: blocks of a body, a section or an appendix, stored as a tuple."""
    return cast("tuple[Block, ...]", to_tuple(value))


def appendices(value: Iterable[Appendix]) -> tuple[Appendix, ...]:
    """Converter: appendices (phụ lục), stored as a tuple."""
    return cast("tuple[Appendix, ...]", to_tuple(value))


def inlines(value: Iterable[Inline]) -> tuple[Inline, ...]:
    """Converter: the runs of a paragraph, stored as a tuple."""
    return cast("tuple[Inline, ...]", to_tuple(value))


def bullet_items(value: Iterable[BulletItem]) -> tuple[BulletItem, ...]:
    """Converter: the items of a bullet list, stored as a tuple."""
    return cast("tuple[BulletItem, ...]", to_tuple(value))


def indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    """Converter: indicators (chỉ tiêu) or their parts (trong đó), stored as a tuple."""
    return cast("tuple[Indicator, ...]", to_tuple(value))


def tasks(value: Iterable[Task]) -> tuple[Task, ...]:
    """Converter: the tasks (nhiệm vụ) of a task table, stored as a tuple."""
    return cast("tuple[Task, ...]", to_tuple(value))


def recipient_entries(value: Iterable[Recipient]) -> tuple[Recipient, ...]:
    """Converter: the entries of a Nơi nhận list, stored as a tuple."""
    return cast("tuple[Recipient, ...]", to_tuple(value))


def read_findings(value: Iterable[ReadFinding]) -> tuple[ReadFinding, ...]:
    """Converter: a reader's findings, stored as a tuple."""
    return cast("tuple[ReadFinding, ...]", to_tuple(value))


def part_locations(value: Iterable[PartLocation]) -> tuple[PartLocation, ...]:
    """Converter: the part map of an origin, stored as a tuple."""
    return cast("tuple[PartLocation, ...]", to_tuple(value))


def tuple_of(types: type | tuple[type, ...], what: str) -> Validator:
    """A tuple whose every item is an instance of ``types``; the error gives the index."""
    wanted = types if isinstance(types, tuple) else (types,)
    # The common case first, in C: every item is exactly of one of the wanted classes.
    exact = frozenset(wanted).__contains__

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is tuple and all(map(exact, map(type, value))):
            return
        name = field_name(instance, attribute)
        if not isinstance(value, tuple):
            raise InvalidValueError(
                name,
                value,
                f"{what} must be a list or tuple of {_type_names(types)}, "
                f"not {type(value).__name__}",
            )
        for index, item in enumerate(value):
            if (isinstance(item, bool) and bool not in wanted) or not isinstance(item, wanted):
                raise InvalidValueError(
                    f"{name}[{index}]",
                    item,
                    f"each item of {what} must be {_type_names(types)}, not {type(item).__name__}",
                )

    setattr(check, PASSES_TUPLE_OF, frozenset(wanted))
    return check


for _converter in (
    to_tuple,
    paragraphs,
    blocks,
    appendices,
    inlines,
    bullet_items,
    indicators,
    tasks,
    recipient_entries,
    read_findings,
    part_locations,
):
    setattr(_converter, KEEPS_TUPLES, True)

# nfc_text in line: normalize, unless a surrogate is there, for nfc_text to refuse.
_NFC_TEXT_INLINE = (
    "if not {x}.isascii():\n"
    "    if {x}.isprintable() or not has_surrogate({x}):\n"
    "        {x} = normalize('NFC', {x})\n"
    "    else:\n"
    "        {x} = nfc_text({x})"
)
setattr(text, TEXT_RESULT, "same")
setattr(text, INLINE_FORM, _NFC_TEXT_INLINE)
setattr(text_or_none, TEXT_RESULT, "same")
setattr(text_or_none, INLINE_FORM, _NFC_TEXT_INLINE)
setattr(optional_text, TEXT_RESULT, "same_or_none")
setattr(
    optional_text, INLINE_FORM, _NFC_TEXT_INLINE + "\nif not {x} or {x}.isspace():\n    {x} = None"
)
INLINE_NAMES: dict[str, Any] = {
    "nfc_text": nfc_text,
    "has_surrogate": _SURROGATE.search,
    "normalize": unicodedata.normalize,
}
"""The names the inline forms use."""
