"""The fast reader's generated functions (bộ đọc sinh mã): one per model class, built from
``attrs.fields(cls)``.

Each function reads one JSON object into one model object: it checks the keys and the
JSON types, reads nested objects and arrays in line (a tagged union dispatches on its
``"type"`` with one dict lookup, an array becomes a tuple in one comprehension), then does
what attrs' generated ``__init__`` does, in the same order: every converter, every
attribute set, every validator, ``__attrs_post_init__``. It leaves out only what the
reading has itself established, and only where a mark on the converter or validator
(:mod:`danvan.model._validators`) says exactly what it would check:

- a tuple converter (``to_tuple`` and its typed forms) on the tuple the reader just built
  returns it unchanged;
- an ``instance_of`` / ``optional`` / ``tuple_of`` validator whose every accepted class
  is known to be the exact class of the value (a JSON string read as ``str``, a nested
  object read by the function of its class, a union member chosen by its tag).

Every other converter and validator, and every class whose construction this cannot copy
(its own ``__init__`` or ``__new__``, hash caching, ``__attrs_pre_init__``, ...), is
called as attrs would. Any problem raises at once (whatever the exception): the detailed
converter then reads the same data again to say what is wrong and where. A property test
(tests/io/test_io_fast_read.py) builds generated documents, valid and broken, both ways
and compares.
"""

from __future__ import annotations

import inspect
import types
from collections.abc import Callable, Mapping
from typing import Any, get_args, get_origin

import attrs
import cattrs

from danvan.model import _validators as v

__all__ = ["make_reader"]

_Produced = frozenset[Any] | tuple[str, frozenset[Any]] | None
"""What a reader step is known to produce: a set of exact classes (``type(None)`` for
``None``), ``("tuple", classes)`` for a tuple whose items are of those exact classes, or
``None`` when nothing is known."""

_NONE = type(None)
_PRIMITIVES = (str, int, bool)


def _can_copy_init(cl: type) -> bool:
    """Whether attrs' ``__init__`` of ``cl`` is the plain one this module reproduces."""
    from danvan.io.converter import _attrs_init

    if _attrs_init(cl) is None or issubclass(cl, BaseException):
        return False
    if getattr(cl, "__attrs_pre_init__", None) is not None:
        return False
    if "_attrs_cached_hash" in getattr(cl, "__slots__", ()):
        return False
    for field in attrs.fields(cl):  # type: ignore[arg-type]
        if not field.init or isinstance(field.converter, attrs.Converter):
            return False
        default = field.default
        if isinstance(default, attrs.Factory) and default.takes_self:  # type: ignore[arg-type]
            return False
    return True


_CHECKED = frozenset({"checked"})
"""What a value read from the data is once its validator has run in line."""


def _inline_check(validator: Any, produced: _Produced, item: str) -> list[str] | None:
    """The validator's ``INLINE_CHECK`` lines for ``item`` (``None`` allowed through for an
    ``optional`` one), when what the reading produced is what the lines expect: text."""
    if not isinstance(produced, frozenset):
        return None
    inner = getattr(validator, v.PASSES_NONE_AND, None)
    if inner is not None and _NONE in produced:
        lines = _inline_check(inner, produced - {_NONE}, item)
        if lines is None:
            return None
        return [f"if {item} is not None:", *("    " + line for line in lines)]
    form = getattr(validator, v.INLINE_CHECK, None)
    if form is None or produced != {str}:
        return None
    result: list[str] = form.format(x=item).splitlines()
    return result


def _implied(validator: Any, produced: _Produced) -> bool:
    """Whether ``validator`` passes every value of what ``produced`` describes."""
    if produced is _CHECKED:
        return True
    if produced is None:
        return False
    inner = getattr(validator, v.PASSES_NONE_AND, None)
    if inner is not None and isinstance(produced, frozenset):
        rest = produced - {_NONE}
        return not rest or _implied(inner, rest)
    passes: frozenset[Any] | None = getattr(validator, v.PASSES_TYPES, None)
    if passes is not None and isinstance(produced, frozenset):
        return produced <= passes
    passes = getattr(validator, v.PASSES_TUPLE_OF, None)
    if passes is not None and isinstance(produced, tuple):
        # An item passes when its class is one of them, or for ``object`` any class but
        # bool (a tuple_of check refuses a bool unless bool itself is named).
        anything = object in passes
        return all(c in passes or (anything and c is not bool) for c in produced[1])
    return False


def _convert_code(
    w: _Writer, converter: Any, produced: _Produced, item: str, indent: str
) -> _Produced:
    """Lines that apply a field's converter to ``item``; returns what the result is known to be.

    A converter is called, except a tuple converter on a tuple (it returns it as given) and
    a text converter on ``None`` (it returns ``None``); a text converter on text runs as the
    code it carries (``INLINE_FORM``, written next to it in danvan.model._validators).
    """
    if converter is None:
        return produced
    if getattr(converter, v.KEEPS_TUPLES, False) and isinstance(produced, tuple):
        return produced
    result = getattr(converter, v.TEXT_RESULT, None)
    if result is not None and isinstance(produced, frozenset) and produced <= {str, _NONE}:
        if produced == {_NONE}:
            return produced
        form = getattr(converter, v.INLINE_FORM)
        for name, value in v.INLINE_NAMES.items():
            w.namespace.setdefault(name, value)
        lines = form.format(x=item).splitlines()
        if _NONE in produced:
            w.emit(indent, f"if {item} is not None:")
            lines = ["    " + line for line in lines]
        for line in lines:
            w.emit(indent, line)
        return produced | {_NONE} if result == "same_or_none" else produced
    w.emit(indent, f"{item} = {w.name('convert', converter)}({item})")
    return None


def _default_code(w: _Writer, field: attrs.Attribute[Any], item: str, indent: str) -> _Produced:
    """Lines that put a field's default in ``item``, converted as attrs converts it."""
    default: Any = field.default
    produced: _Produced
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.factory is tuple:
            w.emit(indent, f"{item} = ()")
            produced = ("tuple", frozenset())
        else:
            w.emit(indent, f"{item} = {w.name('factory', default.factory)}()")
            produced = None
    else:
        w.emit(indent, f"{item} = {w.name('default', default)}")
        produced = frozenset({type(default)})
    return _convert_code(w, field.converter, produced, item, indent)


class _Writer:
    """Lines and names of one generated function."""

    def __init__(self, cl: type, conv: cattrs.Converter) -> None:
        from danvan.io.converter import SCHEMA_VERSION, TAG_KEY, _check_header, _FastPathError

        self.cl = cl
        self.conv = conv
        self.lines: list[str] = []
        self.namespace: dict[str, Any] = {
            "cl": cl,
            "fail": _FastPathError,
            "Mapping": Mapping,
            "new": object.__new__,
            "setattr_of": object.__setattr__.__get__,
            "check_header": _check_header,
            "TAG_KEY": TAG_KEY,
            "SCHEMA_VERSION": SCHEMA_VERSION,
        }
        self.count = 0

    def name(self, prefix: str, value: Any) -> str:
        """A fresh global name of the generated function, bound to ``value``."""
        self.count += 1
        name = f"{prefix}_{self.count}"
        self.namespace[name] = value
        return name

    def later(self, type_: Any) -> str:
        """A global name for the hook of ``type_``, looked up on first use (classes recurse)."""
        namespace = self.namespace
        conv = self.conv
        name = f"hook_{self.count + 1}"

        def resolve(value: Any, given: Any) -> Any:
            hook = namespace[name] = conv.get_structure_hook(type_)
            return hook(value, given)

        return self.name("hook", resolve)

    def by_tag(self, members: tuple[type, ...]) -> str:
        """A global dict ``tag -> hook`` for a tagged union, each looked up on first use."""
        from danvan.io.converter import TAGS

        table: dict[str, Callable[[Any, Any], Any]] = {}
        conv = self.conv
        for member in members:

            def resolve(value: Any, given: Any, member: type = member) -> Any:
                hook = conv.get_structure_hook(member)
                # The union has checked the tag: the member's reader need not again.
                hook = table[TAGS[member]] = getattr(hook, "after_tag", hook)
                return hook(value, member)

            table[TAGS[member]] = resolve
        return self.name("by_tag", table)

    def emit(self, indent: str, line: str) -> None:
        self.lines.append(indent + line)


def _value_code(w: _Writer, tp: Any, item: str, indent: str) -> _Produced:
    """Lines that check and read the JSON value in ``item`` as ``tp``, leaving the result
    in ``item``; returns what the result is known to be."""
    from danvan.io.converter import _is_model_class, _is_tagged_union, _union_members

    if tp in _PRIMITIVES:
        w.emit(indent, f"if type({item}) is not {tp.__name__}:")
        w.emit(indent, "    raise fail(cl)")
        return frozenset({tp})
    members = _union_members(tp)
    if members is not None:
        classes, optional = members
        if classes and all(c in _PRIMITIVES for c in classes):
            test = " and ".join(f"type({item}) is not {c.__name__}" for c in classes)
            if optional:
                test = f"{item} is not None and {test}"
            w.emit(indent, f"if {test}:")
            w.emit(indent, "    raise fail(cl)")
            return frozenset(classes) | ({_NONE} if optional else frozenset())
        if _is_tagged_union(tp):
            table = w.by_tag(classes)
            inner = indent
            if optional:
                w.emit(indent, f"if {item} is not None:")
                inner = indent + "    "
            tag = f"{item}_tag"
            w.emit(inner, f"{tag} = {item}[TAG_KEY]")
            w.emit(inner, f"if type({tag}) is not str:")
            w.emit(inner, "    raise fail(cl)")
            w.emit(inner, f"{item} = {table}[{tag}]({item}, None)")
            return frozenset(classes) | ({_NONE} if optional else frozenset())
        if optional and len(classes) == 1 and _is_model_class(classes[0]):
            hook = w.later(classes[0])
            type_name = w.name("type", classes[0])
            w.emit(indent, f"if {item} is not None:")
            w.emit(indent, f"    {item} = {hook}({item}, {type_name})")
            return frozenset({classes[0], _NONE})
    elif get_origin(tp) is tuple:
        args = get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return _tuple_code(w, args[0], item, indent)
    elif _is_model_class(tp):
        hook = w.later(tp)
        type_name = w.name("type", tp)
        w.emit(indent, f"{item} = {hook}({item}, {type_name})")
        return frozenset({tp})
    hook = w.later(tp)
    type_name = w.name("type", tp)
    w.emit(indent, f"{item} = {hook}({item}, {type_name})")
    return None


def _tuple_code(w: _Writer, element: Any, item: str, indent: str) -> _Produced:
    """A JSON array read as ``tuple[element, ...]`` in one comprehension."""
    from danvan.io.converter import _is_model_class, _is_tagged_union, _union_members

    w.emit(indent, f"if type({item}) is not list and type({item}) is not tuple:")
    w.emit(indent, "    raise fail(cl)")
    members = _union_members(element)
    classes = (element,) if members is None else members[0]
    if (members is None or not members[1]) and all(c in _PRIMITIVES for c in classes):
        each = f"{item}_each"
        test = " and ".join(f"type({each}) is not {c.__name__}" for c in classes)
        w.emit(indent, f"for {each} in {item}:")
        w.emit(indent, f"    if {test}:")
        w.emit(indent, "        raise fail(cl)")
        w.emit(indent, f"{item} = tuple({item})")
        return ("tuple", frozenset(classes))
    if members is not None and not members[1] and _is_tagged_union(element):
        table = w.by_tag(members[0])
        # A non-object item or a missing tag raises TypeError or KeyError; an unknown tag
        # (or one that is not a string) is not a key of the table: KeyError.
        w.emit(indent, f"{item} = tuple([{table}[e[TAG_KEY]](e, None) for e in {item}])")
        return ("tuple", frozenset(members[0]))
    if _is_model_class(element):
        hook = w.later(element)
        type_name = w.name("type", element)
        w.emit(indent, f"{item} = tuple([{hook}(e, {type_name}) for e in {item}])")
        return ("tuple", frozenset({element}))
    hook = w.later(element)
    type_name = w.name("type", element)
    w.emit(indent, f"{item} = tuple([{hook}(e, {type_name}) for e in {item}])")
    return None


def _post_init_method(cl: type, read_as: dict[str, tuple[_Produced, _Produced]]) -> str:
    """The method the reader calls after the fields are set: ``__attrs_post_init__``, or
    the rest of it when the class splits off a check the reading has made (its
    ``POST_INIT_SPLIT`` mark: the field read as a tuple of exact instances of its classes,
    both from the data and from the default)."""
    split = cl.__dict__.get(v.POST_INIT_SPLIT)
    if split is None:
        return "__attrs_post_init__"
    name, classes, method = split
    if name not in read_as:
        return "__attrs_post_init__"
    from_data, from_default = read_as[name]
    has_default = attrs.fields_dict(cl)[name].default is not attrs.NOTHING
    for produced in (from_data, from_default) if has_default else (from_data,):
        if not (isinstance(produced, tuple) and produced[1] <= classes):
            return "__attrs_post_init__"
    return str(method)


def make_reader(cl: type, conv: cattrs.Converter) -> Callable[[Any, Any], Any] | None:
    """The generated reader of ``cl`` (see the module), or None when ``cl`` is built some
    way this module does not copy (the caller then calls the class).

    A member of a tagged union also gets, as the attribute ``after_tag`` of its reader, the
    same reader without the check of its tag, for a union that has just chosen the class
    by that very tag.
    """
    if not _can_copy_init(cl):
        return None
    attrs.resolve_types(cl)
    reader = _generate(cl, conv, check_tag=True)
    reader.after_tag = _generate(cl, conv, check_tag=False)  # type: ignore[attr-defined]
    return reader


def _generate(cl: type, conv: cattrs.Converter, *, check_tag: bool) -> Callable[[Any, Any], Any]:
    from danvan.io.converter import _KIND_OF, TAG_KEY, TAGS

    w = _Writer(cl, conv)
    fields = attrs.fields(cl)
    tag = TAGS.get(cl)
    kind = _KIND_OF.get(cl)
    allowed = {field.name for field in fields}
    if tag is not None:
        allowed.add(TAG_KEY)
    elif kind is not None:
        allowed.update(("schema_version", "document"))
    known = w.name("known", frozenset(allowed))
    w.emit("", "def structure(value, _):")
    body = "    "
    w.emit(body, "if type(value) is not dict and not isinstance(value, Mapping):")
    w.emit(body, "    raise fail(cl)")
    w.emit(body, f"if not {known}.issuperset(value):")
    w.emit(body, "    raise fail(cl)")
    if tag is not None and check_tag:
        w.emit(body, f"if value.get(TAG_KEY, {tag!r}) != {tag!r}:")
        w.emit(body, "    raise fail(cl)")
    elif kind is not None:
        w.emit(body, "version = value.get('schema_version')")
        w.emit(
            body,
            "if type(version) is not int or version != SCHEMA_VERSION "
            f"or value.get('document') != {kind!r}:",
        )
        w.emit(body, f"    check_header(cl, {kind!r}, value)")
    validations: list[str] = []
    read_as: dict[str, tuple[_Produced, _Produced]] = {}
    for index, field in enumerate(fields):
        item = f"x{index}"
        key = repr(field.name)
        inner = body
        from_default: _Produced = None
        if field.default is not attrs.NOTHING:
            w.emit(body, f"if {key} not in value:")
            from_default = _default_code(w, field, item, body + "    ")
            w.emit(body, "else:")
            inner = body + "    "
        w.emit(inner, f"{item} = value[{key}]")
        produced = _value_code(w, field.type, item, inner)
        produced = _convert_code(w, field.converter, produced, item, inner)
        read_as[field.name] = (
            produced,
            from_default if field.default is not attrs.NOTHING else None,
        )
        if field.validator is None:
            continue
        parts = getattr(field.validator, v.CHECKS_IN_TURN, None) or (field.validator,)
        for validator in parts:
            checked = produced
            inline = _inline_check(validator, produced, item)
            if inline is not None:  # run where the value is read; the default is checked below
                for line in inline:
                    w.emit(inner, line)
                checked = _CHECKED
            call = f"{w.name('check', validator)}(self, {w.name('attribute', field)}, {item})"
            from_data = _implied(validator, checked)
            if field.default is attrs.NOTHING:
                if not from_data:
                    validations.append(call)
            elif not from_data and not _implied(validator, from_default):
                validations.append(call)
            elif not from_data:
                validations.append(f"if {key} in value: {call}")
            elif not _implied(validator, from_default):
                validations.append(f"if {key} not in value: {call}")
    w.emit(body, "self = new(cl)")
    for index, field in enumerate(fields):
        # A slot's own descriptor sets it as object.__setattr__ (attrs' way) would, found
        # once here instead of by name on every call.
        slot = inspect.getattr_static(cl, field.name, None)
        if type(slot) is types.MemberDescriptorType:
            w.emit(body, f"{w.name('set', slot.__set__)}(self, x{index})")
        else:
            w.emit(body, f"setattr_of(self)({field.name!r}, x{index})")
    # attrs skips validators while they are disabled (attrs.validators.set_disabled);
    # danvan.io.from_dict then does not use this reader at all.
    for line in validations:
        w.emit(body, line)
    if getattr(cl, "__attrs_post_init__", None) is not None:
        w.emit(body, f"self.{_post_init_method(cl, read_as)}()")
    w.emit(body, "return self")
    source = "\n".join(w.lines)
    code = compile(source, f"<danvan reader {cl.__module__}.{cl.__qualname__}>", "exec")
    exec(code, w.namespace)  # as cattrs and attrs do: generated per class
    reader: Callable[[Any, Any], Any] = w.namespace["structure"]
    reader.__danvan_source__ = source  # type: ignore[attr-defined]
    return reader
