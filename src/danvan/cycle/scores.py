"""Score sheets (phiếu chấm điểm): criteria with maximum points, the unit's and the assessor's
scores, bonus and penalty points with their caps, grade bands, a ranking across units.

Since 2025 units are scored on a points scale for công tác dân vận and thực hiện dân chủ ở
cơ sở (tiêu chí đánh giá, xếp loại). Each office has its own scale, so the scale is data:
:meth:`ScoreScale.from_dict` / :meth:`ScoreScale.load` read one; ``data/example-scale.json``
is a fictional one for examples and tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from danvan.errors import InvalidValueError
from danvan.model import Appendix, Table
from danvan.vn.numbers import format_number

__all__ = [
    "Adjustment",
    "Criterion",
    "CriterionScore",
    "GradeBand",
    "RankedUnit",
    "ScoreScale",
    "ScoreSheet",
    "example_scale",
    "rank",
    "ranking_table",
]


def _points(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise InvalidValueError("points", value, "a number of points (điểm)")
    try:
        points = Decimal(str(value)) if not isinstance(value, Decimal) else value
    except (InvalidOperation, ValueError):
        raise InvalidValueError("points", value, "a number of points (điểm)") from None
    if not points.is_finite() or points < 0:
        raise InvalidValueError("points", value, "points are a finite number, not negative")
    return points


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _optional_points(value: Any) -> Decimal | None:
    return None if value is None else _points(value)


def _show(points: Decimal | None) -> str:
    return "" if points is None else format_number(points.normalize())


@attrs.frozen(kw_only=True)
class Criterion:
    """Tiêu chí: a code ("1", "1.2"), a name, its maximum points and its sub-criteria.

    A criterion with sub-criteria has as many points as they add up to; only leaves are scored.
    """

    code: str
    name: str
    max_points: Decimal = attrs.field(converter=_points)
    children: tuple[Criterion, ...] = attrs.field(factory=tuple, converter=_tuple)

    def __attrs_post_init__(self) -> None:
        if self.children:
            summed = sum((c.max_points for c in self.children), Decimal(0))
            if summed != self.max_points:
                raise InvalidValueError(
                    f"Criterion[{self.code}].max_points",
                    self.max_points,
                    f"the sub-criteria of {self.name!r} add up to {_show(summed)} points "
                    "(tổng điểm tiêu chí thành phần)",
                )

    def leaves(self) -> Iterator[Criterion]:
        """The criteria that are scored, in order."""
        if not self.children:
            yield self
        for child in self.children:
            yield from child.leaves()

    def walk(self, depth: int = 0) -> Iterator[tuple[int, Criterion]]:
        """Every criterion with its depth, in order."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


@attrs.frozen(kw_only=True)
class GradeBand:
    """Mức xếp loại: a grade and the points it needs at least ("Xuất sắc" from 95)."""

    name: str
    min_points: Decimal = attrs.field(converter=_points)


@attrs.frozen(kw_only=True)
class ScoreScale:
    """Thang điểm: criteria adding up to ``total``, bonus and penalty caps, grade bands."""

    title: str
    total: Decimal = attrs.field(converter=_points)
    criteria: tuple[Criterion, ...] = attrs.field(converter=_tuple)
    bands: tuple[GradeBand, ...] = attrs.field(converter=_tuple)
    bonus_cap: Decimal = attrs.field(default=Decimal(0), converter=_points)
    penalty_cap: Decimal | None = attrs.field(default=None, converter=_optional_points)
    lowest_grade: str = "Không hoàn thành nhiệm vụ"

    def __attrs_post_init__(self) -> None:
        summed = sum((c.max_points for c in self.criteria), Decimal(0))
        if summed != self.total:
            raise InvalidValueError(
                "ScoreScale.total",
                self.total,
                f"the criteria add up to {_show(summed)} points, not the declared total",
            )
        codes = [c.code for top in self.criteria for _, c in top.walk()]
        if len(set(codes)) != len(codes):
            raise InvalidValueError("ScoreScale.criteria", codes, "criterion codes are unique")
        floors = [band.min_points for band in self.bands]
        if floors != sorted(floors, reverse=True) or len(set(floors)) != len(floors):
            raise InvalidValueError(
                "ScoreScale.bands", floors, "grade bands go from the highest floor down, no ties"
            )

    def leaves(self) -> dict[str, Criterion]:
        """The scored criteria by code."""
        return {leaf.code: leaf for top in self.criteria for leaf in top.leaves()}

    def grade(self, points: Decimal) -> str:
        """The grade (xếp loại) of a total: the first band whose floor it reaches."""
        for band in self.bands:
            if points >= band.min_points:
                return band.name
        return self.lowest_grade

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoreScale:
        """Read a scale from its data (the shape of ``data/example-scale.json``)."""

        def criterion(item: Mapping[str, Any]) -> Criterion:
            return Criterion(
                code=str(item["code"]),
                name=str(item["name"]),
                max_points=item["max"],
                children=tuple(criterion(c) for c in item.get("children", ())),
            )

        try:
            return cls(
                title=str(data["title"]),
                total=data["total"],
                criteria=tuple(criterion(c) for c in data["criteria"]),
                bands=tuple(
                    GradeBand(name=str(b["name"]), min_points=b["min"]) for b in data["bands"]
                ),
                bonus_cap=data.get("bonus_cap", 0),
                penalty_cap=data.get("penalty_cap"),
                lowest_grade=str(data.get("lowest_grade", "Không hoàn thành nhiệm vụ")),
            )
        except (KeyError, TypeError) as error:
            raise InvalidValueError(
                "ScoreScale", f"missing or wrong {error}", "a scale: title, total, criteria, bands"
            ) from None

    @classmethod
    def load(cls, path: str | Path) -> ScoreScale:
        """Read a scale from a UTF-8 JSON file."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InvalidValueError(
                "ScoreScale.load", str(path), f"a UTF-8 JSON file: {error}"
            ) from None
        return cls.from_dict(data)


def example_scale() -> ScoreScale:
    """A fictional 100-point scale (the shape real ones have) for examples and tests."""
    text = resources.files("danvan.cycle").joinpath("data/example-scale.json").read_text("utf-8")
    return ScoreScale.from_dict(json.loads(text))


@attrs.frozen(kw_only=True)
class CriterionScore:
    """Điểm một tiêu chí: the unit's own score, the assessor's, and the evidence (tài liệu kiểm chứng)."""

    code: str
    self_score: Decimal | None = attrs.field(default=None, converter=_optional_points)
    assessor_score: Decimal | None = attrs.field(default=None, converter=_optional_points)
    evidence: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple)

    @property
    def final(self) -> Decimal | None:
        """The assessor's score when given, else the unit's own."""
        return self.assessor_score if self.assessor_score is not None else self.self_score


@attrs.frozen(kw_only=True)
class Adjustment:
    """Điểm thưởng / điểm trừ: a reason, its points and the evidence."""

    reason: str
    points: Decimal = attrs.field(converter=_points)
    evidence: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple)


@attrs.frozen(kw_only=True)
class ScoreSheet:
    """Phiếu chấm điểm of one unit on a scale; refuses scores above their maximum and caps exceeded."""

    unit: str
    scale: ScoreScale
    scores: tuple[CriterionScore, ...] = attrs.field(converter=_tuple)
    bonuses: tuple[Adjustment, ...] = attrs.field(factory=tuple, converter=_tuple)
    penalties: tuple[Adjustment, ...] = attrs.field(factory=tuple, converter=_tuple)

    def __attrs_post_init__(self) -> None:
        leaves = self.scale.leaves()
        seen: set[str] = set()
        for score in self.scores:
            leaf = leaves.get(score.code)
            if leaf is None:
                raise InvalidValueError(
                    f"ScoreSheet[{self.unit}].scores",
                    score.code,
                    "a scored criterion of the scale (tiêu chí có chấm điểm)",
                )
            if score.code in seen:
                raise InvalidValueError(
                    f"ScoreSheet[{self.unit}].scores", score.code, "each criterion scored once"
                )
            seen.add(score.code)
            for which, value in (("self", score.self_score), ("assessor", score.assessor_score)):
                if value is not None and value > leaf.max_points:
                    raise InvalidValueError(
                        f"ScoreSheet[{self.unit}].scores[{score.code}].{which}_score",
                        _show(value),
                        f"at most {_show(leaf.max_points)} points for {leaf.name!r}",
                    )
        bonus = self.bonus_points
        if bonus > self.scale.bonus_cap:
            raise InvalidValueError(
                f"ScoreSheet[{self.unit}].bonuses",
                _show(bonus),
                f"bonus points (điểm thưởng) are capped at {_show(self.scale.bonus_cap)}",
            )
        cap = self.scale.penalty_cap
        if cap is not None and self.penalty_points > cap:
            raise InvalidValueError(
                f"ScoreSheet[{self.unit}].penalties",
                _show(self.penalty_points),
                f"penalty points (điểm trừ) are capped at {_show(cap)}",
            )

    @property
    def bonus_points(self) -> Decimal:
        """The bonus points (điểm thưởng) claimed."""
        return sum((b.points for b in self.bonuses), Decimal(0))

    @property
    def penalty_points(self) -> Decimal:
        """The penalty points (điểm trừ)."""
        return sum((p.points for p in self.penalties), Decimal(0))

    @property
    def missing(self) -> tuple[str, ...]:
        """Scored criteria of the scale without a score on this sheet."""
        given = {s.code for s in self.scores if s.final is not None}
        return tuple(code for code in self.scale.leaves() if code not in given)

    def base_points(self, *, assessor: bool = True) -> Decimal:
        """The criteria's points: the assessor's where given (else the unit's), or the unit's own."""
        total = Decimal(0)
        for score in self.scores:
            value = score.final if assessor else score.self_score
            total += value or Decimal(0)
        return total

    def total(self, *, assessor: bool = True) -> Decimal:
        """Criteria points plus bonus, minus penalty, never below zero."""
        return max(
            Decimal(0),
            self.base_points(assessor=assessor) + self.bonus_points - self.penalty_points,
        )

    @property
    def grade(self) -> str:
        """Xếp loại from the final total."""
        return self.scale.grade(self.total())

    def to_table(self) -> Table:
        """The score table such assessments print: criterion, maximum, self, assessor, evidence."""
        by_code = {s.code: s for s in self.scores}
        rows = []
        for top in self.scale.criteria:
            for depth, criterion in top.walk():
                score = by_code.get(criterion.code)
                rows.append(
                    [
                        criterion.code,
                        ("- " * depth) + criterion.name,
                        _show(criterion.max_points),
                        _show(score.self_score) if score else "",
                        _show(score.assessor_score) if score else "",
                        "; ".join(score.evidence) if score else "",
                    ]
                )
        for label, items in (("Điểm thưởng", self.bonuses), ("Điểm trừ", self.penalties)):
            for item in items:
                sign = "+" if label == "Điểm thưởng" else "-"
                rows.append(
                    [
                        "",
                        f"{label}: {item.reason}",
                        "",
                        "",
                        f"{sign}{_show(item.points)}",
                        "; ".join(item.evidence),
                    ]
                )
        rows.append(
            [
                "",
                "Tổng điểm",
                _show(self.scale.total),
                _show(self.total(assessor=False)),
                _show(self.total()),
                "",
            ]
        )
        rows.append(
            ["", "Xếp loại", "", self.scale.grade(self.total(assessor=False)), self.grade, ""]
        )
        return Table(
            header=["Mã", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định", "Tài liệu kiểm chứng"],
            rows=rows,
        )

    def to_appendix(self) -> Appendix:
        """The sheet as an appendix of a report."""
        return Appendix(title=f"PHIẾU CHẤM ĐIỂM: {self.unit.upper()}", blocks=(self.to_table(),))


@attrs.frozen(kw_only=True)
class RankedUnit:
    """A unit's place in a ranking: rank (ties share one), total, grade, and why it is tied."""

    rank: int
    unit: str
    total: Decimal
    grade: str
    tie: str | None = None


def rank(sheets: Iterable[ScoreSheet]) -> tuple[RankedUnit, ...]:
    """Units from the highest total down; equal totals share a rank, and say with whom.

    The scales must be the same (one ranking compares like with like). No tie-break is
    invented: tied units keep the same rank, listed by name, and the next rank skips.
    """
    sheets = tuple(sheets)
    if not sheets:
        return ()
    scale = sheets[0].scale
    for sheet in sheets[1:]:
        if sheet.scale != scale:
            raise InvalidValueError("rank.sheets", sheet.unit, "every sheet uses the same scale")
    totals = {id(sheet): sheet.total() for sheet in sheets}
    ordered = sorted(sheets, key=lambda s: (-totals[id(s)], s.unit))
    by_total: dict[Decimal, list[str]] = {}
    for sheet in ordered:
        by_total.setdefault(totals[id(sheet)], []).append(sheet.unit)
    result: list[RankedUnit] = []
    position = 0
    for index, sheet in enumerate(ordered):
        total = totals[id(sheet)]
        if index == 0 or total != totals[id(ordered[index - 1])]:
            position = index + 1
        tied = [unit for unit in by_total[total] if unit != sheet.unit]
        tie = (
            f"tied at {_show(total)} points with {', '.join(tied)}: same rank, no tie-break"
            if tied
            else None
        )
        result.append(
            RankedUnit(rank=position, unit=sheet.unit, total=total, grade=sheet.grade, tie=tie)
        )
    return tuple(result)


def ranking_table(ranking: Sequence[RankedUnit]) -> Table:
    """The ranking as a table: Xếp hạng, Đơn vị, Tổng điểm, Xếp loại, Ghi chú."""
    return Table(
        header=["Xếp hạng", "Đơn vị", "Tổng điểm", "Xếp loại", "Ghi chú"],
        rows=[[str(r.rank), r.unit, _show(r.total), r.grade, r.tie or ""] for r in ranking],
    )
