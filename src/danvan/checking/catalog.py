"""The rule catalog (danh mục quy tắc): every rule as a record of ``data/rules.json``.

A rule's record says what it checks, the legal source and locator it enforces (or
"convention"), whether that source was verified, its normativity, regime, document types,
dates in force, default severity, fix safety, what it needs to be evaluated, and a bad
and a good example. The code that evaluates a rule lives in ``checking/rules/``; the
record is the single place its facts are written.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import attrs

from danvan.errors import InvalidValueError
from danvan.model import DocumentType, FixSafety, Severity

__all__ = ["FAMILIES", "Normativity", "Regime", "Rule", "catalog", "lookup"]

FAMILIES: Mapping[str, str] = MappingProxyType(
    {
        "H": "header (phần đầu văn bản)",
        "D": "dates and numbers (ngày tháng, số)",
        "N": "numbering and structure (đánh số, bố cục)",
        "P": "periods (kỳ báo cáo)",
        "C": "citations (văn bản được viện dẫn)",
        "A": "appendices and indicators (phụ lục, số liệu)",
        "K": "closing block (nơi nhận, chữ ký)",
        "T": "text (văn bản, chính tả)",
        "R": "reader warnings (khi đọc văn bản)",
    }
)
"""The families, by the letter every code of the family starts with."""


class Normativity(enum.Enum):
    """How binding the source is: a rule of law, official guidance, or common practice."""

    MANDATORY = "mandatory"
    GUIDANCE = "guidance"
    CONVENTION = "convention"


class Regime(enum.Enum):
    """Which documents' rules: the State's (Nghị định 30), the Party's (Hướng dẫn 36), or both."""

    STATE = "state"
    PARTY = "party"
    BOTH = "both"


@attrs.frozen(kw_only=True)
class Rule:
    """One rule of the catalog (see the module docstring for each field's meaning)."""

    code: str
    name: str
    family: str
    summary: str
    why: str
    source: str
    verified: bool
    normativity: Normativity
    regime: Regime
    applies_to: frozenset[DocumentType]
    in_force_from: dt.date | None
    in_force_until: dt.date | None
    severity: Severity
    fix: FixSafety
    needs: tuple[str, ...]
    refs_code: str | None
    bad: tuple[Sequence[Mapping[str, Any]] | Mapping[str, Any], ...]
    good: tuple[Sequence[Mapping[str, Any]] | Mapping[str, Any], ...]

    @property
    def preview(self) -> bool:
        """Rules whose source is unverified ship as preview: off unless selected by code."""
        return not self.verified

    def in_force(self, day: dt.date) -> bool:
        """Whether the rule applies to a document judged as of ``day``."""
        return (self.in_force_from is None or self.in_force_from <= day) and (
            self.in_force_until is None or day <= self.in_force_until
        )


def _date(record: Mapping[str, Any], key: str) -> dt.date | None:
    value = record.get("in_force", {}).get(key)
    return None if value is None else dt.date.fromisoformat(value)


def _rule(record: Mapping[str, Any]) -> Rule:
    code = record["code"]
    try:
        rule = Rule(
            code=code,
            name=record["name"],
            family=FAMILIES[code[0]],
            summary=record["summary"],
            why=record["why"],
            source=record["source"],
            verified=bool(record["verified"]),
            normativity=Normativity(record["normativity"]),
            regime=Regime(record["regime"]),
            applies_to=frozenset(DocumentType[name] for name in record["applies_to"]),
            in_force_from=_date(record, "from"),
            in_force_until=_date(record, "until"),
            severity=Severity(record["severity"]),
            fix=FixSafety(record["fix"]),
            needs=tuple(record.get("needs", ())),
            refs_code=record.get("refs_code"),
            bad=tuple(record["examples"]["bad"]),
            good=tuple(record["examples"]["good"]),
        )
    except (KeyError, ValueError) as error:
        raise InvalidValueError(
            f"rules.json[{code}]", record, f"a valid rule record: {error}"
        ) from error
    return rule


@cache
def catalog() -> Mapping[str, Rule]:
    """Every rule, by code, in the order of the data file."""
    text = resources.files("danvan.checking").joinpath("data/rules.json").read_text("utf-8")
    rules = [_rule(record) for record in json.loads(text)["rules"]]
    by_code = {rule.code: rule for rule in rules}
    if len(by_code) != len(rules):
        raise InvalidValueError("rules.json", len(rules), "every rule code is unique")
    names = {rule.name for rule in rules}
    if len(names) != len(rules):
        raise InvalidValueError("rules.json", len(rules), "every rule name is unique")
    return MappingProxyType(by_code)


def lookup(key: str, field: str = "check.select") -> tuple[Rule, ...]:
    """The rules a selector names: a code ("T804"), a prefix ("T", "T8") or a name.

    ``field`` names the option the selector came from in the error (``check.ignore``).
    """
    rules = catalog()
    if key in rules:
        return (rules[key],)
    by_name = [rule for rule in rules.values() if rule.name == key]
    if by_name:
        return tuple(by_name)
    by_prefix = tuple(rule for code, rule in rules.items() if code.startswith(key))
    if not by_prefix or not key:
        raise InvalidValueError(
            field, key, "a rule code ('T804'), a code prefix ('T') or a rule name"
        )
    return by_prefix
