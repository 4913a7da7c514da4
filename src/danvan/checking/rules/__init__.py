"""The code that evaluates each rule of the catalog, one module per family.

A rule is a function from a :class:`~danvan.checking.context.Context` to its hits,
registered under its code with :func:`implements`. Facts about the rule (its source,
severity, fix safety...) live in ``data/rules.json``, never here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType

from danvan.checking.context import Context, Hit

__all__ = ["RuleFunction", "implementations", "implements"]

RuleFunction = Callable[[Context], Iterable[Hit]]
_IMPLEMENTATIONS: dict[str, RuleFunction] = {}


def implements(code: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``function`` as the evaluation of the catalog rule ``code``."""

    def register(function: RuleFunction) -> RuleFunction:
        if code in _IMPLEMENTATIONS:
            raise RuntimeError(f"rule {code} is implemented twice")
        _IMPLEMENTATIONS[code] = function
        return function

    return register


def implementations() -> Mapping[str, RuleFunction]:
    """Every registered rule function, by code (imports the family modules once)."""
    from danvan.checking.rules import (  # noqa: F401  (registration on import)
        appendix,
        citations,
        closing,
        dates,
        header,
        lines,
        numbering,
        periods,
        text,
    )

    return MappingProxyType(_IMPLEMENTATIONS)
