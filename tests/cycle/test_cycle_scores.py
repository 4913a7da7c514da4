"""Score sheets (phiếu chấm điểm): the scale as data, validation, totals, grades, ranking."""

from __future__ import annotations

import json
import pickle
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan as dv
from danvan.cycle import (
    Adjustment,
    CriterionScore,
    ScoreScale,
    ScoreSheet,
    example_scale,
    rank,
    ranking_table,
)
from danvan.errors import InvalidValueError

SCALE = example_scale()
FULL = {code: leaf.max_points for code, leaf in SCALE.leaves().items()}


def sheet(unit: str, minus: dict[str, int] | None = None, **kwargs: object) -> ScoreSheet:
    minus = minus or {}
    scores = [
        CriterionScore(code=code, self_score=top, assessor_score=top - minus.get(code, 0))
        for code, top in FULL.items()
    ]
    return ScoreSheet(unit=unit, scale=SCALE, scores=scores, **kwargs)  # type: ignore[arg-type]


def test_the_example_scale_adds_up_to_its_total() -> None:
    assert SCALE.total == 100
    assert sum(leaf.max_points for leaf in SCALE.leaves().values()) == 100


def test_total_bonus_penalty_and_grade() -> None:
    s = sheet(
        "Sở Dữ liệu số",
        minus={"2.2": 5, "3.1": 3},
        bonuses=[Adjustment(reason="Mô hình được nhân rộng", points=2)],
        penalties=[Adjustment(reason="Báo cáo chậm", points=1)],
    )
    assert s.base_points() == 92
    assert s.total() == 93
    assert s.total(assessor=False) == 101  # the unit's own claim, bonus included
    assert s.grade == "Tốt"
    assert sheet("X").grade == "Xuất sắc"
    assert sheet("Y", minus={"2.1": 15, "2.2": 10}).grade == "Hoàn thành"


@pytest.mark.parametrize(
    ("points", "grade"),
    [
        (100, "Xuất sắc"),
        (95, "Xuất sắc"),
        (Decimal("94.5"), "Tốt"),
        (85, "Tốt"),
        (75, "Hoàn thành"),
        (74, "Không hoàn thành"),
        (0, "Không hoàn thành"),
    ],
)
def test_grade_bands(points: int, grade: str) -> None:
    assert SCALE.grade(Decimal(points)) == grade


def test_a_score_above_its_maximum_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"scores\[1\.1\]\.assessor_score") as caught:
        ScoreSheet(unit="A", scale=SCALE, scores=[CriterionScore(code="1.1", assessor_score=11)])
    assert "at most 10" in str(caught.value)


def test_caps_are_enforced() -> None:
    with pytest.raises(InvalidValueError, match="capped at 5"):
        sheet("A", bonuses=[Adjustment(reason="a", points=3), Adjustment(reason="b", points=3)])
    with pytest.raises(InvalidValueError, match="capped at 10"):
        sheet("A", penalties=[Adjustment(reason="a", points=11)])


def test_unknown_or_group_criteria_cannot_be_scored() -> None:
    with pytest.raises(InvalidValueError, match="group of criteria"):
        ScoreSheet(unit="A", scale=SCALE, scores=[CriterionScore(code="2", self_score=1)])
    with pytest.raises(InvalidValueError, match="once"):
        ScoreSheet(
            unit="A",
            scale=SCALE,
            scores=[CriterionScore(code="4", self_score=1), CriterionScore(code="4", self_score=2)],
        )


def test_criteria_that_do_not_add_up_are_refused(tmp_path: Path) -> None:
    data = json.loads(
        json.dumps(
            {
                "title": "t",
                "total": 100,
                "bands": [{"name": "Tốt", "min": 80}],
                "criteria": [
                    {
                        "code": "1",
                        "name": "a",
                        "max": 60,
                        "children": [{"code": "1.1", "name": "b", "max": 50}],
                    },
                    {"code": "2", "name": "c", "max": 40},
                ],
            }
        )
    )
    with pytest.raises(InvalidValueError, match="add up to 50"):
        ScoreScale.from_dict(data)
    data["criteria"][0]["max"] = 50
    with pytest.raises(InvalidValueError, match="not the declared total"):
        ScoreScale.from_dict(data)
    data["total"] = 90
    path = tmp_path / "thang-diem.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert ScoreScale.load(path).total == 90


def test_a_broken_scale_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "hong.json"
    path.write_bytes(b"\xff\xfe{")
    with pytest.raises(InvalidValueError, match=r"ScoreScale\.load"):
        ScoreScale.load(path)
    with pytest.raises(InvalidValueError, match="title, total, criteria, bands"):
        ScoreScale.from_dict({"title": "x"})


def test_a_group_code_and_an_unknown_code_get_distinct_messages() -> None:
    group = SCALE.criterion("2")
    assert group is not None
    parts = ", ".join(leaf.code for leaf in group.leaves())
    with pytest.raises(InvalidValueError) as caught:
        ScoreSheet(unit="A", scale=SCALE, scores=[CriterionScore(code="2", self_score=1)])
    assert "is a group of criteria (nhóm tiêu chí)" in str(caught.value)
    assert f"score {parts} instead" in str(caught.value)
    with pytest.raises(InvalidValueError) as caught:
        ScoreSheet(unit="A", scale=SCALE, scores=[CriterionScore(code="9", self_score=1)])
    assert "it has no criterion '9'" in str(caught.value)
    assert "group" not in str(caught.value)


def test_a_negative_score_names_the_field_it_is_in() -> None:
    with pytest.raises(InvalidValueError) as caught:
        CriterionScore(code="2.1", self_score=-1)
    assert str(caught.value).startswith("CriterionScore[2.1].self_score: '-1' is invalid")
    with pytest.raises(InvalidValueError, match=r"^Adjustment\['Báo cáo chậm'\]\.points"):
        Adjustment(reason="Báo cáo chậm", points=-2)


@pytest.mark.parametrize(
    ("written", "points"),
    [("27,5", Decimal("27.5")), ("28", 28), (" 9,25 ", Decimal("9.25")), ("27.5", Decimal("27.5"))],
)
def test_points_written_the_vietnamese_way_are_read(written: str, points: Decimal) -> None:
    assert CriterionScore(code="1.1", self_score=written).self_score == points


@pytest.mark.parametrize("written", ["27.500", "28 điểm", "", "2,5,1"])
def test_points_that_are_not_a_number_are_refused_by_field(written: str) -> None:
    with pytest.raises(InvalidValueError, match=r"^CriterionScore\[1\.1\]\.assessor_score"):
        CriterionScore(code="1.1", assessor_score=written)


def test_a_misspelt_key_in_a_scale_file_names_the_criterion() -> None:
    data = {
        "title": "t",
        "total": 30,
        "bands": [{"name": "Tốt", "min": 20}],
        "criteria": [{"code": "1", "name": "Lãnh đạo, chỉ đạo", "maximum": 30}],
    }
    with pytest.raises(InvalidValueError) as caught:
        ScoreScale.from_dict(data)
    message = str(caught.value)
    assert message.startswith("ScoreScale.criteria[0] (1 'Lãnh đạo, chỉ đạo')")
    assert "unknown key 'maximum' (did you mean 'max'?)" in message
    data["criteria"] = [{"code": "1", "name": "A", "max": 30}]
    data["bands"] = [{"name": "Tốt", "minimum": 20}]
    with pytest.raises(InvalidValueError, match=r"bands\[0\] \('Tốt'\).*did you mean 'min'"):
        ScoreScale.from_dict(data)


def test_an_incomplete_sheet_is_not_graded_or_ranked() -> None:
    partial = ScoreSheet(unit="Sở A", scale=SCALE, scores=[CriterionScore(code="4", self_score=15)])
    assert partial.total() == 15  # the partial sum is there to see
    assert not partial.complete
    with pytest.raises(InvalidValueError, match=r"ScoreSheet\[Sở A\]\.grade.*not scored: 1\.1"):
        partial.grade  # noqa: B018
    with pytest.raises(InvalidValueError, match=r"ScoreSheet\[Sở A\]\.scores"):
        rank([sheet("Sở B"), partial])
    grade_row = partial.to_table().rows[-1]
    assert grade_row[4].startswith("Chưa xếp loại (chưa chấm: 1.1")
    assert sheet("Sở B").complete


def test_missing_scores_are_listed() -> None:
    s = ScoreSheet(unit="A", scale=SCALE, scores=[CriterionScore(code="4", self_score=15)])
    assert "1.1" in s.missing
    assert "4" not in s.missing


def test_ranking_shares_ranks_on_ties_and_explains() -> None:
    sheets = [
        sheet("Sở A", minus={"4": 5}),
        sheet("Sở B"),
        sheet("Sở C", minus={"1.1": 5}),
        sheet("Sở D", minus={"4": 10}),
    ]
    ranking = rank(sheets)
    assert [(r.rank, r.unit) for r in ranking] == [
        (1, "Sở B"),
        (2, "Sở A"),
        (2, "Sở C"),
        (4, "Sở D"),
    ]
    assert ranking[1].tie == f"Đồng hạng với Sở C (cùng {ranking[1].total} điểm)"
    assert ranking[0].tie is None
    table = ranking_table(ranking)
    assert table.rows[2][0] == "2"
    assert table.rows[2][4] == f"Đồng hạng với Sở A (cùng {ranking[1].total} điểm)"
    assert not any("tied" in cell for row in table.rows for cell in row)


def test_sheet_renders_as_an_appendix_in_every_format() -> None:
    s = sheet(
        "Sở Dữ liệu số", minus={"2.2": 5}, bonuses=[Adjustment(reason="Mô hình điểm", points=1)]
    )
    table = s.to_table()
    assert table.header[2] == "Điểm tối đa"
    assert table.rows[-2][1] == "Tổng điểm"
    assert table.rows[-1][4] == "Xuất sắc"  # 95 + 1 = 96
    report = dv.Report(
        issuer=dv.Agency(name="Sở Nội vụ"),
        place_date=dv.PlaceDate(place="Lạng Sơn", date=dv.PartialDate(year=2025)),
        subject="Kết quả chấm điểm công tác dân vận năm 2025",
        status=dv.DocumentStatus.DRAFT,
        appendices=[s.to_appendix()],
    )
    assert "Điểm tối đa" in dv.render_text(report)


def test_sheets_pickle() -> None:
    s = sheet("Sở A")
    assert pickle.loads(pickle.dumps(s)) == s


@given(
    st.dictionaries(st.sampled_from(sorted(FULL)), st.integers(0, 5)),
    st.integers(0, 5),
    st.integers(0, 10),
)
def test_total_is_criteria_plus_bonus_minus_penalty(
    minus: dict[str, int], bonus: int, penalty: int
) -> None:
    s = sheet(
        "A",
        minus=minus,
        bonuses=[Adjustment(reason="b", points=bonus)],
        penalties=[Adjustment(reason="p", points=penalty)],
    )
    expected = max(0, 100 - sum(minus.values()) + bonus - penalty)
    assert s.total() == expected
    assert s.grade == SCALE.grade(Decimal(expected))


@given(st.integers(0, 10_000), st.integers(0, 99))
def test_points_with_a_decimal_comma_read_as_the_number(whole: int, hundredths: int) -> None:
    written = f"{whole},{hundredths:02d}"
    expected = Decimal(whole) + Decimal(hundredths) / 100
    assert CriterionScore(code="x", self_score=written).self_score == expected
    assert CriterionScore(code="x", self_score=str(whole)).self_score == whole
