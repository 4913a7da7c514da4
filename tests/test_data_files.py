"""Data files shipped in the package: the style rule tables, the HTML stylesheet templates
and the demo report. The Python objects built from them must agree with the files."""

from __future__ import annotations

import json
import math
from importlib import resources
from string import Template

import attrs
import pytest

import danvan
from danvan.demo import DEMO_AGENCY, demo_report
from danvan.model import DocumentSystem
from danvan.rendering.docx.style import (
    PARTY_PROFILE,
    PARTY_RULES,
    STATE_PROFILE,
    STATE_RULES,
    DocxStyle,
)

DATA = resources.files("danvan.rendering").joinpath("data")


def _rule_file() -> dict[str, dict[str, dict[str, object]]]:
    return json.loads(DATA.joinpath("style-rules.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("system", "table", "profile"),
    [("state", STATE_RULES, STATE_PROFILE), ("party", PARTY_RULES, PARTY_PROFILE)],
)
def test_the_style_object_and_the_rule_table_agree(
    system: str, table: object, profile: DocxStyle
) -> None:
    records = _rule_file()[system]
    numeric = {
        field.name
        for field in attrs.fields(DocxStyle)
        if field.type in ("float", float)  # annotations are strings (postponed evaluation)
    }
    assert set(records) == numeric  # every size of the style has a rule, and no rule is stray
    assert profile.rules() is table
    for name, record in records.items():
        rule = profile.rule(name)
        assert getattr(profile, name) == record["default"] == rule.default, name
        assert rule.low == record["low"]
        assert rule.high == (math.inf if record["high"] is None else record["high"])
        assert (rule.unit, rule.source, rule.verified) == (
            record["unit"],
            record["source"],
            record["verified"],
        )
        assert rule.low <= rule.default <= rule.high, name
    assert profile.system is DocumentSystem(system)


def test_unverified_party_values_are_marked_in_the_file() -> None:
    records = _rule_file()["party"]
    assert any(record["verified"] is False for record in records.values())
    assert all(isinstance(record["verified"], bool) for record in records.values())


@pytest.mark.parametrize("name", ["document.css", "page.css"])
def test_every_stylesheet_placeholder_is_a_profile_value(name: str) -> None:
    from danvan.rendering.html import _css_values

    template = Template(DATA.joinpath(name).read_text(encoding="utf-8"))
    names = {
        m.group("named") or m.group("braced") for m in template.pattern.finditer(template.template)
    }
    names.discard(None)
    assert names <= set(_css_values(STATE_PROFILE))
    assert names  # the sizes do come from the profile


def test_the_demo_report_is_the_shipped_json() -> None:
    text = resources.files("danvan").joinpath("data", "demo-report.json").read_text("utf-8")
    report = danvan.from_json(text)
    assert report == demo_report()
    assert json.loads(danvan.to_json(report)) == json.loads(text)  # the file is canonical JSON
    assert report.issuer == DEMO_AGENCY
    assert report.subject == "Kết quả thực hiện dân chủ ở cơ sở năm 2025"
