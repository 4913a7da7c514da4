"""Keyword-only construction with a clear error (issue 8, §5): ``PlaceDate("Sơn La", d)``.

attrs makes every model class keyword-only; called with positional arguments, Python's
own ``TypeError`` says "takes 1 positional argument but 3 were given", naming neither the
class's fields nor the way out. :func:`keyword_only` wraps the attrs ``__init__`` so that
a positional call raises :class:`~danvan.errors.PositionalArgumentError` (a ``TypeError``)
naming the fields. No metaclass, no custom ``__init__`` per class: the static signature
mypy sees is attrs' own; the cost is one extra call per construction.
"""

from __future__ import annotations

import functools
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

        def guarded(
            self: Any,
            *args: Any,
            __init: Callable[..., None] = init,
            __fields: tuple[str, ...] = fields,
            __name: str = name,
            __hint: str = hint,
            **kwargs: Any,
        ) -> None:
            if args:
                raise PositionalArgumentError(__name, __fields, len(args), __hint)
            __init(self, **kwargs)

        wrapper = functools.wraps(init)(guarded)
        setattr(wrapper, _MARK, True)
        setattr(cls, "__init__", wrapper)  # noqa: B010 - mypy refuses assigning a method
