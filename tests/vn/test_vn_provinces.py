"""Provinces on a date (tỉnh, thành phố trực thuộc trung ương): 63 before, 34 after 1 July 2025."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.vn.provinces import find_province, provinces, sources, successor

BEFORE = dt.date(2025, 6, 30)
AFTER = dt.date(2025, 7, 1)


def test_sixty_three_units_before_the_merger_and_thirty_four_after() -> None:
    assert len(provinces(dt.date(2024, 6, 1))) == 63
    assert len(provinces(BEFORE)) == 63
    assert len(provinces(AFTER)) == 34
    assert len(provinces(dt.date(2026, 11, 28))) == 34


def test_codes_are_unique_on_any_day() -> None:
    for day in (dt.date(2020, 1, 1), dt.date(2025, 3, 1), AFTER):
        codes = [unit.code for unit in provinces(day)]
        assert len(codes) == len(set(codes)), day


def test_every_old_unit_has_a_successor_in_force_after_the_merger() -> None:
    after = {unit.code for unit in provinces(AFTER)}
    for unit in provinces(BEFORE):
        new = successor(unit.name)
        assert new is not None, unit.name
        assert new.code in after
        assert new.valid_on(AFTER)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Hà Giang", "Tuyên Quang"),
        ("Hòa Bình", "Phú Thọ"),
        ("Tiền Giang", "Đồng Tháp"),  # only to Đồng Tháp (the hand-checked mapping)
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Kon Tum", "Quảng Ngãi"),
        ("Sóc Trăng", "Cần Thơ"),
        ("Sơn La", "Sơn La"),  # not merged
        ("Thừa Thiên Huế", "Huế"),  # renamed on 2025-01-01, then kept
    ],
)
def test_successor(old: str, new: str) -> None:
    unit = successor(old)
    assert unit is not None
    assert unit.name == new


def test_hue_changed_name_on_the_first_of_january_2025() -> None:
    assert find_province("Thừa Thiên Huế", on=dt.date(2024, 12, 31)) is not None
    assert find_province("Thừa Thiên Huế", on=dt.date(2025, 1, 1)) is None
    hue = find_province("thành phố Huế", on=dt.date(2025, 1, 1))
    assert hue is not None
    assert hue.kind == "city"
    assert "nq-175-2024-qh15" in hue.sources


def test_a_merged_province_is_not_in_force_after_the_merger() -> None:
    assert find_province("Hòa Bình", on=BEFORE) is not None
    assert find_province("Hòa Bình", on=AFTER) is None
    assert find_province("Hòa Bình") is not None  # no date: any name that ever was


@pytest.mark.parametrize(
    "spelling",
    [
        "Hòa Bình",
        "Hoà Bình",
        "tỉnh Hoà Bình",
        "Tỉnh  Hòa   Bình",
        "HÒA BÌNH",
        "TỈNH HOÀ BÌNH",
        "Ho\u0300a Bi\u0300nh",  # NFD
    ],
)
def test_spellings_match(spelling: str) -> None:
    unit = find_province(spelling, on=BEFORE)
    assert unit is not None
    assert unit.name == "Hòa Bình"


@pytest.mark.parametrize("spelling", ["TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố Hồ Chí Minh"])
def test_city_prefixes(spelling: str) -> None:
    unit = find_province(spelling, on=AFTER)
    assert unit is not None
    assert unit.code == 79


def test_names_are_stored_in_the_project_tone_convention() -> None:
    from danvan.vn.text import normalize_tone_marks

    for unit in provinces():
        assert unit.name == normalize_tone_marks(unit.name)


def test_every_cited_source_is_described() -> None:
    known = sources()
    for unit in provinces():
        assert unit.sources, unit.name
        for key in unit.sources:
            assert key in known, (unit.name, key)
            assert known[key]["title"]


def test_unverified_facts_are_marked() -> None:
    # Đồng Nai's and Bắc Ninh's later change of kind has no verified legal basis here:
    # the names stay valid, and the note says it is unverified.
    for name in ("Đồng Nai", "Bắc Ninh", "Quảng Ninh"):
        unit = find_province(name, on=dt.date(2026, 11, 1))
        assert unit is not None
        assert "unverified" in unit.note or "no verified" in unit.note


def test_not_a_province() -> None:
    assert find_province("Mộc Châu") is None
    assert find_province("") is None


def test_bad_arguments_are_clear_errors() -> None:
    with pytest.raises(InvalidValueError, match=r"find_province\.name"):
        find_province(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"provinces\.on"):
        provinces("2025-07-01")  # type: ignore[arg-type]


@given(
    st.sampled_from(provinces()),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "tỉnh ", "Thành phố ", "TP. "]),
)
def test_any_unit_is_found_on_a_day_it_is_valid(unit, upper, new_tones, prefix) -> None:  # type: ignore[no-untyped-def]
    day = unit.valid_until or unit.valid_from or AFTER
    name = unit.name
    if new_tones:
        name = name.replace("òa", "oà").replace("Hòa", "Hoà")
    if upper:
        name = name.upper()
    found = find_province(prefix + name, on=day)
    assert found == unit
