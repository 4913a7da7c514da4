"""Score sheets (phiếu chấm điểm): criteria with maximum points, the unit's and the assessor's
scores, bonus and penalty points with their caps, grade bands, a ranking across units.

Since 2025 units are scored on a points scale for công tác dân vận and thực hiện dân chủ ở
cơ sở (tiêu chí đánh giá, xếp loại). Each office has its own scale, so the scale is data:
:meth:`ScoreScale.from_dict` / :meth:`ScoreScale.load` read one; ``data/example-scale.json``
is a fictional one for examples and tests.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
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


# Points as text: digits with the Vietnamese decimal comma ("27,5") or none ("28"); a dot
# with one, two or four+ decimals ("27.5") is read as a decimal point too, but "27.500" is
# refused: in Vietnamese the dot groups thousands, so it could be 27500.
_POINTS_COMMA = re.compile(r"[0-9]+(?:,[0-9]+)?")
_POINTS_DOT = re.compile(r"[0-9]+\.(?:[0-9]{1,2}|[0-9]{4,})")
_POINTS_RULE = "a number of points (điểm): 28, 27.5, Decimal('27.5') or the text '27,5'"


def _to_points(value: Any) -> Any:
    """Converter: numbers and point texts become Decimals; anything else is left for
    :func:`_valid_points` to refuse with the field's name."""
    if isinstance(value, bool):
        return value
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        text = value.strip()
        if _POINTS_COMMA.fullmatch(text):
            return Decimal(text.replace(",", "."))
        if _POINTS_DOT.fullmatch(text):
            return Decimal(text)
    return value


def _where(instance: Any, attribute: attrs.Attribute[Any]) -> str:
    """ "CriterionScore[2.1].self_score", "Adjustment['Báo cáo chậm'].points", "ScoreScale.total"."""
    name = type(instance).__name__
    for ident in ("code", "reason", "name"):
        value = getattr(instance, ident, None)
        if isinstance(value, str):
            shown = value if ident == "code" else repr(value)
            return f"{name}[{shown}].{attribute.name}"
    return f"{name}.{attribute.name}"


def _valid_points(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, Decimal):
        rule = _POINTS_RULE
        if isinstance(value, str) and re.fullmatch(r"[0-9]+\.[0-9]{3}", value.strip()):
            rule += (
                f"; {value.strip()!r} is ambiguous, the dot groups thousands in Vietnamese: "
                "write '27,5' or the number 27.5"
            )
        raise InvalidValueError(_where(instance, attribute), value, rule)
    if not value.is_finite() or value < 0:
        raise InvalidValueError(
            _where(instance, attribute), str(value), "points are a finite number, not negative"
        )


def _valid_optional_points(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _valid_points(instance, attribute, value)


def _to_optional_points(value: Any) -> Any:
    return None if value is None else _to_points(value)


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _show(points: Decimal | None) -> str:
    return "" if points is None else format_number(points.normalize())


@attrs.frozen(kw_only=True)
class Criterion:
    """Tiêu chí: a code ("1", "1.2"), a name, its maximum points and its sub-criteria.

    A criterion with sub-criteria has as many points as they add up to; only leaves are scored.
    """

    code: str
    name: str
    max_points: Decimal = attrs.field(converter=_to_points, validator=_valid_points)
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
    min_points: Decimal = attrs.field(converter=_to_points, validator=_valid_points)


@attrs.frozen(kw_only=True)
class ScoreScale:
    """Thang điểm: criteria adding up to ``total``, bonus and penalty caps, grade bands."""

    title: str
    total: Decimal = attrs.field(converter=_to_points, validator=_valid_points)
    criteria: tuple[Criterion, ...] = attrs.field(converter=_tuple)
    bands: tuple[GradeBand, ...] = attrs.field(converter=_tuple)
    bonus_cap: Decimal = attrs.field(
        default=Decimal(0), converter=_to_points, validator=_valid_points
    )
    penalty_cap: Decimal | None = attrs.field(
        default=None, converter=_to_optional_points, validator=_valid_optional_points
    )
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

    def criterion(self, code: str) -> Criterion | None:
        """The criterion (a group or a scored one) with ``code``, or None."""
        for top in self.criteria:
            for _, criterion in top.walk():
                if criterion.code == code:
                    return criterion
        return None

    def grade(self, points: Decimal) -> str:
        """The grade (xếp loại) of a total: the first band whose floor it reaches."""
        for band in self.bands:
            if points >= band.min_points:
                return band.name
        return self.lowest_grade

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoreScale:
        """Read a scale from its data (the shape of ``data/example-scale.json``).

        A key missing or misspelt ("maximum" for "max") is refused naming the criterion or
        band it is in, and the key it may have meant.
        """
        _check_keys(data, "ScoreScale", "the scale", _SCALE_KEYS, _SCALE_OPTIONAL)

        def criterion(item: Any, where: str) -> Criterion:
            _check_keys(
                item, where, "a criterion (tiêu chí)", _CRITERION_KEYS, {"children", "note"}
            )
            children = item.get("children", ())
            if not isinstance(children, list | tuple):
                raise InvalidValueError(
                    f"{where}.children", children, "a list of sub-criteria (tiêu chí thành phần)"
                )
            return Criterion(
                code=str(item["code"]),
                name=str(item["name"]),
                max_points=item["max"],
                children=tuple(
                    criterion(child, f"{where}.children[{index}]")
                    for index, child in enumerate(children)
                ),
            )

        criteria, bands = data["criteria"], data["bands"]
        for name, value in (("criteria", criteria), ("bands", bands)):
            if not isinstance(value, list | tuple):
                raise InvalidValueError(f"ScoreScale.{name}", value, f"a list of {name}")
        for index, band in enumerate(bands):
            _check_keys(
                band,
                f"ScoreScale.bands[{index}]",
                "a grade band (mức xếp loại)",
                _BAND_KEYS,
                {"note"},
            )
        try:
            return cls(
                title=str(data["title"]),
                total=data["total"],
                criteria=tuple(
                    criterion(item, f"ScoreScale.criteria[{index}]")
                    for index, item in enumerate(criteria)
                ),
                bands=tuple(GradeBand(name=str(b["name"]), min_points=b["min"]) for b in bands),
                bonus_cap=data.get("bonus_cap", 0),
                penalty_cap=data.get("penalty_cap"),
                lowest_grade=str(data.get("lowest_grade", "Không hoàn thành nhiệm vụ")),
            )
        except TypeError as error:
            raise InvalidValueError(
                "ScoreScale", f"wrong {error}", "a scale: title, total, criteria, bands"
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


_SCALE_KEYS = ("title", "total", "criteria", "bands")
_SCALE_OPTIONAL = frozenset({"bonus_cap", "penalty_cap", "lowest_grade", "note"})
# "note" is a comment a scale file may carry anywhere (ghi chú); it is not read
_CRITERION_KEYS = ("code", "name", "max")
_BAND_KEYS = ("name", "min")


def _check_keys(
    data: Any,
    where: str,
    what: str,
    required: tuple[str, ...],
    optional: frozenset[str] | set[str] = frozenset(),
) -> None:
    """Refuse a scale item that is not an object, lacks a key or has one the scale does not use."""
    rule = f"{what} has the keys {', '.join(required)}" + (
        f" ({', '.join(sorted(optional))} optional)" if optional else ""
    )
    if not isinstance(data, Mapping):
        raise InvalidValueError(where, data, rule)
    known = {*required, *optional}
    wrong = []
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.5)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            wrong.append(f"unknown key {key!r}{hint}")
    wrong += [f"missing {key!r}" for key in required if key not in data]
    if wrong:
        label = " ".join(
            repr(str(part)) if key == "name" else str(part)
            for key in ("code", "name")
            if (part := data.get(key)) is not None
        )
        field = f"{where} ({label})" if label else where
        raise InvalidValueError(field, sorted(map(str, data)), f"{rule}: {'; '.join(wrong)}")


def example_scale() -> ScoreScale:
    """A fictional 100-point scale (the shape real ones have) for examples and tests."""
    text = resources.files("danvan.cycle").joinpath("data/example-scale.json").read_text("utf-8")
    return ScoreScale.from_dict(json.loads(text))


@attrs.frozen(kw_only=True)
class CriterionScore:
    """Điểm một tiêu chí: the unit's own score, the assessor's, and the evidence (tài liệu kiểm chứng)."""

    code: str
    self_score: Decimal | None = attrs.field(
        default=None, converter=_to_optional_points, validator=_valid_optional_points
    )
    assessor_score: Decimal | None = attrs.field(
        default=None, converter=_to_optional_points, validator=_valid_optional_points
    )
    evidence: tuple[str, ...] = attrs.field(factory=tuple, converter=_tuple)

    @property
    def final(self) -> Decimal | None:
        """The assessor's score when given, else the unit's own."""
        return self.assessor_score if self.assessor_score is not None else self.self_score


@attrs.frozen(kw_only=True)
class Adjustment:
    """Điểm thưởng / điểm trừ: a reason, its points and the evidence."""

    reason: str
    points: Decimal = attrs.field(converter=_to_points, validator=_valid_points)
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
                group = self.scale.criterion(score.code)
                if group is not None:
                    parts = ", ".join(leaf.code for leaf in group.leaves())
                    rule = (
                        f"{score.code!r} is a group of criteria (nhóm tiêu chí) "
                        f"{group.name!r}, whose points are those of its sub-criteria: score "
                        f"{parts} instead"
                    )
                else:
                    rule = (
                        f"a criterion code of the scale {self.scale.title!r}; it has no "
                        f"criterion {score.code!r} (its scored criteria, tiêu chí có chấm "
                        f"điểm: {', '.join(leaves)})"
                    )
                raise InvalidValueError(f"ScoreSheet[{self.unit}].scores", score.code, rule)
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
        return self._missing(assessor=True)

    @property
    def complete(self) -> bool:
        """Every scored criterion has a score (the assessor's or the unit's own)."""
        return not self.missing

    def _missing(self, *, assessor: bool) -> tuple[str, ...]:
        given = {s.code for s in self.scores if (s.final if assessor else s.self_score) is not None}
        return tuple(code for code in self.scale.leaves() if code not in given)

    def _refuse_incomplete(self, where: str, missing: tuple[str, ...]) -> None:
        if missing:
            leaves = self.scale.leaves()
            named = ", ".join(f"{code} {leaves[code].name!r}" for code in missing)
            raise InvalidValueError(
                f"ScoreSheet[{self.unit}].{where}",
                list(missing),
                f"every scored criterion has a score before a grade (xếp loại) or a rank; "
                f"not scored: {named}",
            )

    def grade_of(self, *, assessor: bool = True) -> str:
        """Xếp loại from the final total (or the unit's own); refused while criteria are unscored."""
        self._refuse_incomplete("grade", self._missing(assessor=assessor))
        return self.scale.grade(self.total(assessor=assessor))

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
        """Xếp loại from the final total; an :class:`InvalidValueError` naming the criteria
        not scored while any are (a partial total is no grade)."""
        return self.grade_of()

    def _grade_cell(self, *, assessor: bool) -> str:
        missing = self._missing(assessor=assessor)
        if missing:
            return f"Chưa xếp loại (chưa chấm: {', '.join(missing)})"
        return self.scale.grade(self.total(assessor=assessor))

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
            [
                "",
                "Xếp loại",
                "",
                self._grade_cell(assessor=False),
                self._grade_cell(assessor=True),
                "",
            ]
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
    """A unit's place in a ranking: rank (ties share one), total, grade, and the tie note
    (ghi chú) the ranking table prints, in Vietnamese ("Đồng hạng với Sở C (cùng 86 điểm)")."""

    rank: int
    unit: str
    total: Decimal
    grade: str
    tie: str | None = None


def rank(sheets: Iterable[ScoreSheet]) -> tuple[RankedUnit, ...]:
    """Units from the highest total down; equal totals share a rank, and say with whom.

    The scales must be the same (one ranking compares like with like), and every sheet
    complete (a sheet with unscored criteria is refused, naming them). No tie-break is
    invented: tied units keep the same rank, listed by name, and the next rank skips; the
    tie is explained in Vietnamese, as the ranking table prints it ("Đồng hạng với Sở C
    (cùng 86 điểm)").
    """
    sheets = tuple(sheets)
    if not sheets:
        return ()
    scale = sheets[0].scale
    for sheet in sheets[1:]:
        if sheet.scale != scale:
            raise InvalidValueError("rank.sheets", sheet.unit, "every sheet uses the same scale")
    for sheet in sheets:
        sheet._refuse_incomplete("scores", sheet.missing)
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
        tie = f"Đồng hạng với {', '.join(tied)} (cùng {_show(total)} điểm)" if tied else None
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
