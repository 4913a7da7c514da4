"""Keyword-only construction with a clear error (issue 8, §5): ``PlaceDate("Sơn La", d)``.

attrs makes every model class keyword-only; called with positional arguments, Python's
own ``TypeError`` says "takes 1 positional argument but 3 were given", naming neither the
class's fields nor the way out. :func:`keyword_only` wraps the attrs ``__init__`` so that
a positional call raises :class:`~danvan.errors.PositionalArgumentError` (a ``TypeError``)
naming the fields. No metaclass, no custom ``__init__`` per class: the static signature
mypy sees is attrs' own.

The wrapper costs a call per construction, and a reader builds thousands of model values
per document (issue 9 §7). So on a class's first construction the wrapper compiles attrs'
own ``__init__`` source once more with the positional check as its first line, and puts
that in its place: the same code, one frame less. Where attrs' source cannot be had in the
expected form, the wrapper stays (the behaviour is the same either way; tested).
"""

from __future__ import annotations

import ast
import enum
import functools
import linecache
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from danvan.errors import PositionalArgumentError

__all__ = ["keyword_only"]

_MARK = "__danvan_keyword_only__"


def keyword_only(classes: Iterable[type]) -> None:
    """Wrap the ``__init__`` of each attrs class in ``classes`` (once each)."""
    for cls in classes:
        if not attrs.has(cls) or getattr(cls.__dict__.get("__init__"), _MARK, False):
            continue
        init: Callable[..., None] = cls.__dict__["__init__"]
        fields = tuple(field.alias or field.name for field in attrs.fields(cls) if field.init)
        hint = getattr(cls, "_POSITIONAL_HINT", "")
        name = cls.__name__

        def refuse(
            count: int,
            __fields: tuple[str, ...] = fields,
            __name: str = name,
            __hint: str = hint,
        ) -> None:
            raise PositionalArgumentError(__name, __fields, count, __hint)

        def guarded(
            self: Any,
            *args: Any,
            __init: Callable[..., None] = init,
            __refuse: Callable[[int], None] = refuse,
            __cls: type = cls,
            __tried: list[bool] = [],  # noqa: B006 - one list per class: tried to compile
            **kwargs: Any,
        ) -> None:
            if not __tried:  # the first construction: the compiled check takes over
                __tried.append(True)
                compiled = _compiled(__init, __refuse)
                if compiled is not None:
                    setattr(__cls, "__init__", compiled)  # noqa: B010
            if args:
                __refuse(len(args))
            __init(self, **kwargs)

        wrapper = functools.wraps(init)(guarded)
        setattr(wrapper, _MARK, True)
        setattr(cls, "__init__", wrapper)  # noqa: B010 - mypy refuses assigning a method


_POSITIONAL = "__danvan_positional"
_MISSING = "__danvan_missing"


def _compiled(
    init: Callable[..., None], refuse: Callable[[int], None]
) -> Callable[..., None] | None:
    """attrs' ``__init__`` compiled again from its source with ``*args`` refused first, or
    ``None`` when its source is not the keyword-only ``def __init__`` attrs writes.

    A ``*args`` before required keyword-only arguments would let Python complain of the
    missing keywords before the body could name the positional ones; so the required
    arguments get a marker default and the body checks them, with Python's own message.
    """
    code = getattr(init, "__code__", None)
    if code is None or getattr(init, "__closure__", None) or code.co_argcount != 1:
        return None
    lines = linecache.getlines(code.co_filename)
    if not lines:
        return None
    try:
        module = ast.parse("".join(lines))
    except SyntaxError:
        return None
    found = [
        node
        for node in module.body
        if isinstance(node, ast.FunctionDef)
        and node.name == "__init__"
        and node.lineno == code.co_firstlineno
    ]
    if len(found) != 1:
        return None
    function = found[0]
    arguments = function.args
    if arguments.vararg is not None or arguments.kwarg is not None or len(arguments.args) != 1:
        return None
    arguments.vararg = ast.arg(arg=_POSITIONAL)
    required = [
        argument.arg
        for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
        if default is None
    ]
    arguments.kw_defaults = [
        ast.Name(id=_MISSING, ctx=ast.Load()) if default is None else default
        for default in arguments.kw_defaults
    ]
    checks = [f"if {_POSITIONAL}: __danvan_refuse(len({_POSITIONAL}))"]
    if required:
        test = " or ".join(f"{name} is {_MISSING}" for name in required)
        values = ", ".join(required)
        checks.append(f"if {test}: __danvan_missing_error(({values},), {tuple(required)!r})")
    function.body[:0] = ast.parse("\n".join(checks)).body
    ast.fix_missing_locations(module)
    module.body = [function]
    qualname = init.__qualname__
    scope = dict(init.__globals__)
    scope["__danvan_refuse"] = refuse
    scope[_MISSING] = _Missing.MARK

    def missing_error(values: tuple[Any, ...], names: tuple[str, ...]) -> None:
        absent = [name for name, value in zip(names, values, strict=True) if value is _Missing.MARK]
        raise TypeError(f"{qualname}() {_missing_message(absent)}")

    scope["__danvan_missing_error"] = missing_error
    names: dict[str, Any] = {}
    try:
        exec(compile(module, code.co_filename, "exec"), scope, names)
    except Exception:  # anything unexpected: keep the wrapper
        return None
    compiled = names.get("__init__")
    if compiled is None:
        return None
    functools.update_wrapper(compiled, init)  # name, doc, and the signature through __wrapped__
    setattr(compiled, _MARK, True)
    return compiled  # type: ignore[no-any-return]


class _Missing(enum.Enum):
    """The default a required keyword gets in a compiled ``__init__``: never a value."""

    MARK = enum.auto()


def _missing_message(names: list[str]) -> str:
    """Python's own words: "missing 2 required keyword-only arguments: 'place' and 'date'"."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        listed = quoted[0]
    elif len(quoted) == 2:
        listed = f"{quoted[0]} and {quoted[1]}"
    else:
        listed = ", ".join(quoted[:-1]) + f", and {quoted[-1]}"
    plural = "argument" if len(names) == 1 else "arguments"
    return f"missing {len(names)} required keyword-only {plural}: {listed}"
