"""Fixes (sửa lỗi): safe by default, unsafe on request, and nothing changed that the rule did not name."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import danvan as dv
from danvan.checking import apply_fixes, catalog, check
from danvan.checking.examples import build_example
from danvan.model import FixSafety

TODAY = dt.date(2026, 11, 28)
FIXABLE = [r for r in catalog().values() if r.fix in (FixSafety.SAFE, FixSafety.UNSAFE)]


def _diff(a: object, b: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The paths where two model values differ (field names and indices)."""
    if a == b:
        return []
    if type(a) is not type(b):
        return [path]
    if attrs.has(type(a)):
        out = []
        for field in attrs.fields(type(a)):
            out += _diff(getattr(a, field.name), getattr(b, field.name), (*path, field.name))
        return out
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        out = []
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            out += _diff(x, y, (*path, i))
        return out
    return [path]


@pytest.mark.parametrize("rule", FIXABLE, ids=lambda r: r.code)
def test_fix_changes_only_what_the_rule_names_and_clears_the_finding(rule) -> None:  # type: ignore[no-untyped-def]
    bad = build_example(rule.bad[0])
    result = check(bad, select=[rule.code], today=TODAY)
    fixed, applied = apply_fixes(bad, result, unsafe=True)
    assert applied, f"{rule.code} found nothing to fix"
    named = [finding.fix.path for finding in applied if finding.fix]
    for changed in _diff(bad, fixed):
        assert any(changed[: len(p)] == p for p in named), (changed, named)
    assert rule.code not in check(fixed, select=[rule.code], today=TODAY).codes()
    # the fixed document is still a document: it renders and round-trips
    assert dv.from_json(dv.to_json(fixed)) == fixed
    assert dv.render_text(fixed)


def test_unsafe_fixes_only_when_asked() -> None:
    bad = build_example([{"path": "recipients.archive", "value": []}])
    result = check(bad, select="K701", today=TODAY)
    assert result[0].fix is not None
    assert result[0].fix.safety is FixSafety.UNSAFE
    same, applied = apply_fixes(bad, result)
    assert same == bad
    assert applied == ()
    fixed, applied = apply_fixes(bad, result, unsafe=True)
    assert fixed.recipients is not None
    assert fixed.recipients.archive == ("VT",)


def test_display_only_fixes_are_never_applied() -> None:
    bad = build_example([{"path": "place_date.place", "value": "Hà Giang"}])
    result = check(bad, select="H101", today=TODAY)
    assert result[0].fix is not None
    assert result[0].fix.safety is FixSafety.DISPLAY_ONLY
    same, applied = apply_fixes(bad, result, unsafe=True)
    assert same == bad
    assert applied == ()


def test_several_fixes_apply_together() -> None:
    bad = build_example(
        [
            {
                "path": "subject",
                "value": "kết quả thực hiện công tác dân vận chính quyền 9 tháng đầu năm 2025",
            },
            {"path": "body.1.number", "value": "II."},
            {"path": "signature.name", "value": "ThS. Hoàng Minh Tâm"},
        ]
    )
    fixed, applied = apply_fixes(bad, check(bad, today=TODAY))
    assert {f.code for f in applied} == {"T803", "N301", "K703"}
    assert check(fixed, today=TODAY).findings == ()
