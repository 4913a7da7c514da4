"""The rule catalog (danh mục quy tắc): well-formed records, one implementation each, docs in sync."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danvan.checking import catalog, check
from danvan.checking.catalog import FAMILIES, Normativity
from danvan.checking.docs import render_rules_page
from danvan.checking.examples import base_example, build_example
from danvan.checking.rules import implementations
from danvan.refs import FINDING_CODES

TODAY = dt.date(2026, 11, 28)
RULES = list(catalog().values())


def test_every_rule_has_an_implementation_and_every_implementation_a_rule() -> None:
    assert set(implementations()) == set(catalog())


def test_codes_are_a_family_letter_and_three_digits() -> None:
    for rule in RULES:
        assert rule.code[0] in FAMILIES, rule.code
        assert len(rule.code) == 4, rule.code
        assert rule.code[1:].isdigit(), rule.code


def test_every_refs_finding_code_has_a_catalog_rule() -> None:
    mapped = {rule.refs_code for rule in RULES if rule.refs_code}
    assert mapped == set(FINDING_CODES)


def test_every_rule_names_its_source_and_convention_rules_say_so() -> None:
    for rule in RULES:
        assert rule.source, rule.code
        if rule.source == "convention":
            assert rule.normativity is Normativity.CONVENTION, rule.code
        else:
            assert rule.normativity is not Normativity.CONVENTION, rule.code


def test_docs_rules_page_is_generated_from_the_catalog() -> None:
    page = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    assert page.read_text(encoding="utf-8") == render_rules_page(), (
        "docs/rules.md is out of date: run `python -m danvan.checking.docs > docs/rules.md`"
    )


def test_the_base_example_is_clean() -> None:
    result = check(base_example(), today=TODAY)
    assert result.findings == ()
    assert result.compliant


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_reports_its_bad_example(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.bad, f"{rule.code} has no bad example"
    for edits in rule.bad:
        result = check(build_example(edits), select=[rule.code], today=TODAY)
        assert rule.code in result.codes(), [str(f) for f in result]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_silent_on_its_good_example(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.good, f"{rule.code} has no good example"
    for edits in rule.good:
        result = check(build_example(edits), select=[rule.code], today=TODAY)
        assert result.codes() == (), [str(f) for f in result]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_bad_example_breaks_only_its_own_rule_among_errors(rule) -> None:  # type: ignore[no-untyped-def]
    # An example differs from the base in what its rule is about: other rules may notice
    # the same defect from another side, but the rule itself must be among the findings.
    result = check(build_example(rule.bad[0]), today=TODAY)
    assert rule.code in result.codes()
