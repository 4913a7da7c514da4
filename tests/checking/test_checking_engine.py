"""``danvan.check``: selection, the date rules are judged on, statuses, locations."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import danvan as dv
from danvan.checking import check, selected_rules
from danvan.checking.examples import base_example, build_example
from danvan.errors import InvalidValueError
from danvan.model import FindingStatus, Severity

TODAY = dt.date(2026, 11, 28)


def _bad(*edits: tuple[str, object]) -> dv.BaseDocument:
    return build_example([{"path": p, "value": v} for p, v in edits])


def test_select_by_code_prefix_and_name() -> None:
    assert [r.code for r in selected_rules("T804")] == ["T804"]
    assert {r.code for r in selected_rules("T")} == {"T801", "T802", "T803", "T804"}
    assert [r.code for r in selected_rules(["subject-lowercase"])] == ["T803"]
    assert [r.code for r in selected_rules("T80", ignore="T801,T802")] == ["T803", "T804"]


def test_unknown_selector_is_a_clear_error() -> None:
    with pytest.raises(InvalidValueError, match="rule code"):
        selected_rules("Z999")
    with pytest.raises(InvalidValueError, match=r"check\.select"):
        selected_rules([3])  # type: ignore[list-item]


def test_ignore_removes_a_finding() -> None:
    doc = _bad(("subject", "kết quả thực hiện 9 tháng đầu năm 2025"))
    assert "T803" in check(doc, today=TODAY).codes()
    assert "T803" not in check(doc, ignore=["T803"], today=TODAY).codes()


def test_a_finding_carries_code_name_severity_status_part_expected_found_and_fix() -> None:
    doc = _bad(("subject", "kết quả thực hiện công tác dân vận 9 tháng đầu năm 2025"))
    (finding,) = check(doc, select="T803", today=TODAY)
    assert finding.code == "T803"
    assert finding.name == "subject-lowercase"
    assert finding.severity is Severity.ERROR
    assert finding.status is FindingStatus.FAIL
    assert finding.location == "header.subject"
    assert finding.found is not None
    assert finding.found.startswith("kết quả")
    assert finding.expected is not None
    assert finding.expected.startswith("Kết quả")
    assert finding.fix is not None
    assert finding.fix.path == ("subject",)
    assert "trích yếu" in finding.message


def test_rules_are_judged_on_the_documents_own_date_by_default() -> None:
    # Hà Giang was a province until 30 June 2025: right on a March 2025 report,
    # wrong on a September 2025 one, and wrong on the March report judged "as of" later.
    march = _bad(
        ("place_date.place", "Hà Giang"),
        ("place_date.date", "2025-03-10"),
        ("period", None),
    )
    september = _bad(("place_date.place", "Hà Giang"))
    assert "H101" not in check(march, today=TODAY).codes()
    assert "H101" in check(september, today=TODAY).codes()
    assert "H101" in check(march, on=dt.date(2025, 8, 1), today=TODAY).codes()


def test_rules_not_in_force_on_the_date_do_not_run() -> None:
    # Nghị định 30 took effect on 5 March 2020; a 2019 document is not judged by it.
    doc = _bad(
        ("subject", "kết quả thực hiện năm 2019"),
        ("place_date.date", "2019-12-20"),
        ("period", None),
    )
    assert "T803" not in check(doc, today=TODAY).codes()
    assert "T803" in check(doc, on=dt.date(2021, 1, 1), today=TODAY).codes()


def test_a_rule_that_lacks_information_is_not_evaluated_and_never_a_pass() -> None:
    draft = attrs.evolve(
        base_example(),
        status=dv.DocumentStatus.DRAFT,
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2025)),
    )
    result = check(draft, select="D201", today=TODAY)
    assert result.not_evaluated == ("D201",)
    (finding,) = result
    assert finding.status is FindingStatus.NOT_EVALUATED
    assert not result.compliant
    assert result.errors == ()


def test_future_dates_are_measured_against_today() -> None:
    doc = _bad(("place_date.date", "2027-01-05"), ("period", None))
    assert "D201" in check(doc, today=TODAY).codes()
    assert "D201" not in check(doc, today=dt.date(2027, 2, 1)).codes()


def test_regime_state_rules_skip_party_documents() -> None:
    party = attrs.evolve(
        base_example(),
        number=dv.DocumentNumber.parse("15-BC/BDVTU"),
        issuer=dv.Agency(name="Ban Dân vận Tỉnh ủy", abbreviation="BDVTU"),
        bases=(dv.Paragraph.of("Căn cứ tình hình thực tế"),),
    )
    assert "T804" not in check(party, today=TODAY).codes()  # Nghị định 30 only


def test_check_refuses_what_is_not_a_document() -> None:
    with pytest.raises(InvalidValueError, match=r"danvan\.read"):
        check("Số: 15/BC-SDLS")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"check\.on"):
        check(base_example(), on="2025-01-01")  # type: ignore[arg-type]


def test_errors_are_failing_findings_at_error_severity() -> None:
    doc = _bad(("subject", "kết quả năm 2025"), ("issuer.abbreviation", "SDLSO"))
    result = check(doc, today=TODAY)
    assert {f.code for f in result.errors} >= {"T803"}
    assert all(f.severity is Severity.ERROR for f in result.errors)
    assert "H104" not in {f.code for f in result.errors}  # a warning


def test_top_level_export() -> None:
    assert dv.check is check


def test_the_tone_mark_prefilter_finds_what_the_full_scan_finds() -> None:
    import re

    from hypothesis import given
    from hypothesis import strategies as st

    from danvan.checking.rules.text import _restyled
    from danvan.vn.text import normalize_tone_marks

    syllables = st.sampled_from(
        [
            "hoà",
            "hòa",
            "khoẻ",
            "khỏe",
            "thuỷ",
            "thủy",
            "quý",
            "hoàn",
            "thuyết",
            "Hoà",
            "THUỶ",
            "toà",
            "ủy",
            "oà",
        ]
    )

    @given(st.lists(syllables, max_size=8))
    def agree(words: list[str]) -> None:
        text = " ".join(words)
        full = [w for w in re.findall(r"\w+", text) if normalize_tone_marks(w) != w]
        assert _restyled(text) == full

    agree()
