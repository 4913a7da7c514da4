"""Applying fixes (sửa lỗi): put each fix's value at its path, change nothing else.

Only safe fixes by default; ``unsafe=True`` adds the guarded ones. Display-only fixes are
never applied. Fixes replace values (never insert or delete), so every path of one check
stays valid while the others are applied.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from danvan.errors import InvalidValueError
from danvan.model import BaseDocument, Finding, Fix, FixSafety

__all__ = ["apply_fix", "apply_fixes"]


def _replace(node: Any, path: tuple[str | int, ...], value: Any) -> Any:
    if not path:
        return value
    step, rest = path[0], path[1:]
    if isinstance(step, int):
        if not isinstance(node, tuple) or not 0 <= step < len(node):
            raise InvalidValueError("Fix.path", step, "an index into a tuple of the document")
        items = list(node)
        items[step] = _replace(items[step], rest, value)
        return tuple(items)
    if not attrs.has(type(node)) or not hasattr(node, step):
        raise InvalidValueError("Fix.path", step, f"a field of {type(node).__name__}")
    return attrs.evolve(node, **{step: _replace(getattr(node, step), rest, value)})


def apply_fix(document: BaseDocument, fix: Fix) -> BaseDocument:
    """``document`` with ``fix`` applied (a new document; the old one is unchanged)."""
    result = _replace(document, fix.path, fix.value)
    assert isinstance(result, BaseDocument)
    return result


def apply_fixes(
    document: BaseDocument, findings: Iterable[Finding], *, unsafe: bool = False
) -> tuple[BaseDocument, tuple[Finding, ...]]:
    """Apply the fixes of ``findings``: (the fixed document, the findings whose fix was applied)."""
    allowed = {FixSafety.SAFE, FixSafety.UNSAFE} if unsafe else {FixSafety.SAFE}
    applied: list[Finding] = []
    for finding in findings:
        if finding.fix is not None and finding.fix.safety in allowed:
            document = apply_fix(document, finding.fix)
            applied.append(finding)
    return document, tuple(applied)
