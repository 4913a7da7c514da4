"""Summing appendices across units (tổng hợp số liệu): one province-wide appendix from many reports.

Every indicator of every report's appendices is matched by a key (given, or its
normalised label under its parent group), summed per unit with provenance (which report,
which row), and checked: units must agree (a count is never added to money), percentages
are recomputed from summed numerators and denominators (never averaged), a breakdown is
summed part by part and checked against its total, per unit. What does not match across
reports is listed, never silently dropped or merged; reports of different periods, or two
reports of one unit, are refused unless the caller allows them (then listed as problems).
A plain table read from Word ("STT | Chỉ tiêu | Số lượng") is read for its indicator rows;
a table of another shape is listed as not summed.
"""

from __future__ import annotations

import csv
import functools
import html
import importlib
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from danvan.cycle.names import sentence_name, unit_key
from danvan.errors import DanvanError, InvalidValueError
from danvan.model import (
    Appendix,
    Count,
    Indicator,
    IndicatorTable,
    Money,
    Percent,
    Quantity,
    Ratio,
    Report,
    ReportingPeriod,
    Table,
)
from danvan.model.blocks import iter_blocks
from danvan.vn.numbers import format_number
from danvan.vn.text import normalize_text

__all__ = ["AggregationError", "Cell", "Column", "Source", "Summary", "SummaryRow", "aggregate"]

_LEADING_LABEL = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s:;,.]+$")

KeyFunction = Callable[[Indicator, tuple[str, ...]], str]
"""``key(indicator, parent_labels) -> str``: how indicators are matched across reports."""


class AggregationError(InvalidValueError):
    """Indicators that cannot be summed together (a count with money, two money units), or
    reports that must not be (several periods, one unit twice) unless the caller allows it."""


class MissingDependencyError(DanvanError, ImportError):
    """An optional package a feature needs is not installed; the message says how to install it."""


@functools.lru_cache(maxsize=65_536)
def normalize_label(label: str) -> str:
    """The matching key of a label: NFC, old-style tones, one space, case-folded, no
    leading "1." / "a)" and no trailing ":" (so "1. Số hội nghị:" = "số hội nghị")."""
    text = normalize_text(label)
    text = _LEADING_LABEL.sub("", text)
    return _TRAILING.sub("", text).casefold()


@attrs.frozen(kw_only=True)
class Source:
    """Where a value came from: the report (its position and number) and the row (its path)."""

    report: int
    number: str | None
    unit: str
    row: str

    def __str__(self) -> str:
        number = f" Số {self.number}" if self.number else ""
        return f"{self.unit} (report {self.report + 1}{number}), row {self.row}"


@attrs.frozen(kw_only=True)
class Column:
    """One report's column: its position, its unit (the name as a sentence writes it, and
    the identity :func:`~danvan.cycle.names.unit_key` compares), the report's number and
    period (kỳ báo cáo), and what of the report was not summed (``notes``)."""

    report: int
    unit: str
    key: str
    number: str | None = None
    period: ReportingPeriod | None = None
    notes: tuple[str, ...] = ()

    def describe(self, name: str | None = None) -> str:
        """ "Sở Y tế (report 2 Số 07/BC-SYT)": the unit and its report, as problems name them."""
        number = f" Số {self.number}" if self.number else ""
        return f"{name or self.unit} (report {self.report + 1}{number})"


@attrs.frozen(kw_only=True)
class Cell:
    """One unit's value of one indicator, with its source; ``value`` None when the unit has no such row."""

    value: Any
    source: Source | None


@attrs.frozen(kw_only=True)
class SummaryRow:
    """One indicator across units: the label, its level, one cell per unit, the total.

    ``total`` is a Count, Money or Ratio (a ratio's percent recomputed from the sums),
    or None where values cannot be summed (text, a percent without its ratio); ``note``
    says why.
    """

    key: str
    label: str
    level: int
    cells: tuple[Cell, ...]
    total: Any
    note: str | None = None
    parent: str | None = None
    """The key of the row this one is a part of (trong đó), if any."""

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every report row this line sums."""
        return tuple(cell.source for cell in self.cells if cell.source is not None)


@attrs.frozen(kw_only=True)
class Summary:
    """The indicators of many reports side by side, one column per unit and a total.

    ``unmatched`` lists the rows some units lack (key → the units that have it);
    ``problems`` what a clerk must look at before signing the total, each naming the unit
    and report: reports of several periods or one unit twice (when allowed), a report or
    table that gave nothing to sum, parts (trong đó) adding up to more than their total.
    ``columns`` says which report each column is.
    """

    units: tuple[str, ...]
    rows: tuple[SummaryRow, ...]
    unmatched: tuple[tuple[str, tuple[str, ...]], ...] = ()
    problems: tuple[str, ...] = ()
    columns: tuple[Column, ...] = ()

    def row(self, label: str) -> SummaryRow:
        """The row whose label (normalised) is ``label``."""
        key = normalize_label(label)
        for row in self.rows:
            if row.key == key or row.key.endswith("/" + key):
                return row
        raise KeyError(label)

    def to_table(self, *, total_header: str = "Tổng cộng") -> Table:
        """The province-wide table: STT, Chỉ tiêu, one column per unit, the total."""
        rows = []
        counter = 0
        for row in self.rows:
            if row.level == 0:
                counter += 1
                number = str(counter)
            else:
                number = ""
            label = ("- " * row.level) + row.label
            values = [_show(cell.value) for cell in row.cells]
            rows.append([number, label, *values, _show(row.total)])
        return Table(header=["STT", "Chỉ tiêu", *self.units, total_header], rows=rows)

    def to_appendix(self, title: str = "TỔNG HỢP SỐ LIỆU") -> Appendix:
        """The summary as an appendix (phụ lục) of a report: every renderer can print it."""
        return Appendix(title=title, blocks=(self.to_table(),))

    def to_csv(self) -> str:
        """The table as CSV text (UTF-8 when written; numbers as plain digits, not "10.424")."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["key", "label", "level", *self.units, "total"])
        for row in self.rows:
            writer.writerow(
                [row.key, row.label, row.level]
                + [_plain(cell.value) for cell in row.cells]
                + [_plain(row.total)]
            )
        return out.getvalue()

    def to_dataframe(self) -> Any:
        """A pandas DataFrame (pandas is optional: install it to use this)."""
        try:
            pd: Any = importlib.import_module("pandas")
        except ImportError:
            raise MissingDependencyError(
                "pandas is not installed: pip install pandas (Summary.to_dataframe needs it; "
                "to_csv() and to_table() do not)"
            ) from None
        data = {
            "label": [row.label for row in self.rows],
            "level": [row.level for row in self.rows],
            **{
                unit: [_number(row.cells[i].value) for row in self.rows]
                for i, unit in enumerate(self.units)
            },
            "total": [_number(row.total) for row in self.rows],
        }
        return pd.DataFrame(data, index=[row.key for row in self.rows])

    def combine(
        self,
        other: Summary,
        *,
        allow_mixed_periods: bool = False,
        allow_duplicate_units: bool = False,
    ) -> Summary:
        """The summary of both sets of reports (units side by side), as if aggregated at once
        (the same options as :func:`aggregate`, the same refusals and problems)."""
        return _combine(self, other, allow_mixed_periods, allow_duplicate_units)

    def _repr_html_(self) -> str:
        table = self.to_table()
        head = "".join(f"<th>{html.escape(h)}</th>" for h in table.header)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
            for row in table.rows
        )
        return (
            '<div style="max-width:100%;overflow-x:auto"><table>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
        )


def _show(value: Any) -> str:
    if value is None:
        return ""
    return str(value)


def _plain(value: Any) -> str:
    number = _number(value)
    return "" if number is None else str(number)


def _number(value: Any) -> Any:
    if isinstance(value, Count):
        return value.value
    if isinstance(value, Money):
        return value.amount
    if isinstance(value, Ratio):
        return float(value.computed_percent)
    if isinstance(value, Percent):
        return float(value.value)
    return None if value is None else str(value)


# -- collecting ---------------------------------------------------------------------------


@attrs.frozen
class _Found:
    key: str
    label: str
    level: int
    parent: str | None
    value: Any
    row: str


def _walk(
    indicators: Sequence[Indicator],
    parents: tuple[str, ...],
    prefix: str,
    key: KeyFunction | None,
    parent_key: str | None,
) -> Iterator[_Found]:
    for index, indicator in enumerate(indicators):
        own = key(indicator, parents) if key is not None else normalize_label(indicator.name)
        full = own if key is not None or parent_key is None else f"{parent_key}/{own}"
        row = f"{prefix}{index + 1}"
        yield _Found(full, indicator.name, len(parents), parent_key, indicator.value, row)
        yield from _walk(indicator.breakdown, (*parents, indicator.name), f"{row}.", key, full)


# A plain table (as read from Word) is read for indicators when its header names these
# columns: one label column, one value column, and optionally STT, a unit (ĐVT) and a note.
_LABEL_COLUMNS = frozenset({"chỉ tiêu", "tên chỉ tiêu", "nội dung", "nội dung chỉ tiêu"})
_VALUE_COLUMNS = frozenset(
    {
        "số lượng",
        "số liệu",
        "kết quả",
        "kết quả thực hiện",
        "giá trị",
        "thực hiện",
        "tổng số",
        "số lượng/kết quả",
    }
)
_NUMBER_COLUMNS = frozenset({"stt", "tt", "số tt", "số thứ tự"})
_UNIT_COLUMNS = frozenset({"đơn vị tính", "đvt"})
_NOTE_COLUMNS = frozenset({"ghi chú"})
_PART_STT = re.compile(r"^(?:\d+\.\d+(?:\.\d+)*|[a-zđ])[.)]?$", re.IGNORECASE)


def _columns_of(table: Table) -> dict[str, int] | str:
    """Which column holds what (label, value, number, unit, note), or why the header does not fit."""
    roles: dict[str, int] = {}
    unknown: list[str] = []
    for index, cell in enumerate(table.header):
        name = normalize_label(cell)
        for role, names in (
            ("label", _LABEL_COLUMNS),
            ("value", _VALUE_COLUMNS),
            ("number", _NUMBER_COLUMNS),
            ("unit", _UNIT_COLUMNS),
            ("note", _NOTE_COLUMNS),
        ):
            if name in names:
                if role in roles:
                    return f"two {role} columns ({table.header[roles[role]]!r}, {cell!r})"
                roles[role] = index
                break
        else:
            unknown.append(cell)
    if "label" not in roles:
        return "its header names no indicator column (Chỉ tiêu, Nội dung)"
    if "value" not in roles:
        return "its header names no value column (Số lượng, Số liệu, Kết quả)"
    if unknown:
        return f"its header has columns not read as indicators ({', '.join(map(repr, unknown))})"
    return roles


def _quantity(value: str, unit: str) -> Quantity | None:
    # reading/ is loaded only when a plain table is met (import danvan stays light)
    from danvan.reading.values import parse_quantity

    text = value.strip()
    if text and unit.strip() and re.fullmatch(r"[0-9.,]+", text):
        text = f"{text} {unit.strip()}"
    return parse_quantity(text) if text else None


def _plain_table_indicators(table: Table) -> tuple[Indicator, ...] | str:
    """The indicator rows of a plain table ("STT | Chỉ tiêu | Số lượng"), or why it has none.

    A row marked "- " / "+ " in its label, or numbered "1.1" / "a" in its STT column, is a
    part (trong đó) of the row above it.
    """
    roles = _columns_of(table)
    if isinstance(roles, str):
        return roles
    rows: list[tuple[int, str, Quantity | None, str | None]] = []
    for row in table.rows:
        label = row[roles["label"]].strip()
        number = row[roles["number"]].strip() if "number" in roles else ""
        unit = row[roles["unit"]] if "unit" in roles else ""
        note = row[roles["note"]].strip() or None if "note" in roles else None
        value = row[roles["value"]]
        if not label and not value.strip():
            continue
        level = 0
        if label[:2] in ("- ", "+ "):
            level = 1 if label[0] == "-" else 2
            label = label[2:].strip()
        elif _PART_STT.match(number):
            core = number.rstrip(".)")
            level = core.count(".") if "." in core else 1
        rows.append((level, label or "(?)", _quantity(value, unit), note))
    if not rows:
        return "it has no rows"
    return tuple(_tree(rows, 0, 0)[0])


def _tree(
    rows: list[tuple[int, str, Quantity | None, str | None]], start: int, level: int
) -> tuple[list[Indicator], int]:
    built: list[Indicator] = []
    index = start
    while index < len(rows):
        row_level, label, value, note = rows[index]
        if row_level < level:
            break
        parts, index = _tree(rows, index + 1, row_level + 1)
        built.append(
            Indicator(
                name=label,
                value=value,
                breakdown=parts,
                is_group=value is None and bool(parts),
                note=note,
            )
        )
    return built, index


def _report_indicators(
    report: Report, key: KeyFunction | None, notes: list[str]
) -> Iterator[_Found]:
    """The indicators of every appendix table; what is not summed goes into ``notes``."""
    summed = 0
    for a, appendix in enumerate(report.appendices):
        tables = [b for b in iter_blocks(appendix.blocks) if isinstance(b, IndicatorTable | Table)]
        for t, table in enumerate(tables):
            prefix = f"appendix[{a}].table[{t}]:"
            if isinstance(table, IndicatorTable):
                indicators: tuple[Indicator, ...] | str = table.indicators
                header = ""
            else:
                indicators = _plain_table_indicators(table)
                header = " | ".join(table.header)
            if isinstance(indicators, str):
                notes.append(f"table appendix[{a}].table[{t}] ({header}) not summed: {indicators}")
                continue
            summed += 1
            yield from _walk(indicators, (), prefix, key, None)
    if not summed:
        notes.append("no indicator table (bảng chỉ tiêu) in its appendices: its column is empty")


# -- summing -------------------------------------------------------------------------------


def _kind(value: Any) -> str:
    if isinstance(value, Count):
        return f"count ({value.unit})" if value.unit else "count"
    if isinstance(value, Money):
        return f"money ({value.unit})"
    if isinstance(value, Ratio):
        return "ratio"
    return type(value).__name__.lower()


def _sum(key: str, cells: Sequence[Cell]) -> tuple[Any, str | None]:
    present = [cell for cell in cells if cell.value is not None]
    if not present:
        return None, "no unit gives a value"
    first = present[0]
    for cell in present[1:]:
        if _kind(cell.value) != _kind(first.value):
            raise AggregationError(
                f"aggregate[{key}]",
                f"{_kind(first.value)} + {_kind(cell.value)}",
                "values of one indicator share a unit (đơn vị tính) to be summed: "
                f"{_kind(first.value)} from {first.source}, {_kind(cell.value)} from {cell.source}",
            )
    value = first.value
    if isinstance(value, Count):
        return Count(value=sum(c.value.value for c in present), unit=value.unit), None
    if isinstance(value, Money):
        return Money(amount=sum(c.value.amount for c in present), unit=value.unit), None
    if isinstance(value, Ratio):
        numerator = sum(c.value.numerator for c in present)
        denominator = sum(c.value.denominator for c in present)
        return Ratio(numerator=numerator, denominator=denominator, unit=value.unit), (
            "percent recomputed from the summed numerators and denominators"
        )
    if isinstance(value, Percent):
        return None, "a percent without its ratio cannot be summed (never averaged)"
    return None, f"{_kind(value)} values are listed per unit, not summed"


def _columns(reports: Sequence[Report], units: Sequence[str] | None) -> list[Column]:
    if units is not None:
        names = tuple(units)
        if len(names) != len(reports):
            raise InvalidValueError(
                "aggregate.units", names, f"one unit name per report ({len(reports)})"
            )
        given: list[tuple[str, str]] = [(name, unit_key(name)) for name in names]
    else:
        given = [
            (sentence_name(report.issuer.name, report), unit_key(report.issuer.name))
            if report.issuer is not None
            else (f"Báo cáo {index}", f"báo cáo {index}")
            for index, report in enumerate(reports, start=1)
        ]
    return [
        Column(
            report=index,
            unit=name,
            key=identity,
            number=str(report.number) if report.number is not None else None,
            period=report.period,
        )
        for index, (report, (name, identity)) in enumerate(zip(reports, given, strict=True))
    ]


def _column_names(columns: Sequence[Column]) -> tuple[str, ...]:
    """One name per column: a unit's first spelling for all its columns, "(2)" on its second."""
    first: dict[str, str] = {}
    seen: dict[str, int] = {}
    out = []
    for column in columns:
        base = first.setdefault(column.key, column.unit)
        seen[column.key] = seen.get(column.key, 0) + 1
        out.append(base if seen[column.key] == 1 else f"{base} ({seen[column.key]})")
    return tuple(out)


def _check_columns(
    columns: Sequence[Column],
    names: tuple[str, ...],
    allow_mixed_periods: bool,
    allow_duplicate_units: bool,
) -> list[str]:
    """Refuse (or, when allowed, list) reports of several periods and one unit's second report."""
    problems: list[str] = []
    by_unit: dict[str, list[int]] = {}
    for index, column in enumerate(columns):
        by_unit.setdefault(column.key, []).append(index)
    for indexes in by_unit.values():
        if len(indexes) < 2:
            continue
        which = " and ".join(columns[i].describe() for i in indexes)
        if not allow_duplicate_units:
            raise AggregationError(
                "aggregate.reports",
                which,
                "one report per unit (đơn vị): these are the same unit (names compared "
                "without case); drop one (a corrected version replaces the first), or pass "
                "allow_duplicate_units=True to add both",
            )
        problems.append(
            f"one unit reports twice: {which}; both are added (allow_duplicate_units=True)"
        )
    periods = sorted({str(c.period) for c in columns if c.period is not None})
    if len(periods) > 1:
        which = "; ".join(
            f"{column.describe(name)}: {column.period}"
            for column, name in zip(columns, names, strict=True)
            if column.period is not None
        )
        if not allow_mixed_periods:
            raise AggregationError(
                "aggregate.reports",
                periods,
                f"the reports summed are of one period (kỳ báo cáo), and these are of "
                f"several: {which}; pass allow_mixed_periods=True to sum them anyway",
            )
        problems.append(
            f"reports of several periods (kỳ báo cáo) are summed: {which} "
            "(allow_mixed_periods=True)"
        )
    if periods:
        problems += [
            f"{column.describe(name)} states no period (kỳ báo cáo): not compared with "
            f"{', '.join(periods)}"
            for column, name in zip(columns, names, strict=True)
            if column.period is None
        ]
    for column, name in zip(columns, names, strict=True):
        problems += [f"{column.describe(name)}: {note}" for note in column.notes]
    return problems


def aggregate(
    reports: Iterable[Report],
    *,
    key: KeyFunction | None = None,
    units: Sequence[str] | None = None,
    allow_mixed_periods: bool = False,
    allow_duplicate_units: bool = False,
) -> Summary:
    """Sum the indicator appendices of ``reports`` (tổng hợp): one column per unit, a total.

    ``key(indicator, parent_labels)`` matches indicators across reports (default: the
    normalised label under its parent's); ``units`` names each report's column (default:
    the issuer's name, as a sentence writes it: "SỞ Y TẾ" read from a header shows as the
    report's own text spells it, else "Sở Y tế"). Units are compared without case.

    Raises :class:`AggregationError` when one indicator mixes units (đơn vị tính), when the
    reports are of different periods (unless ``allow_mixed_periods``) and when one unit
    gives two reports (unless ``allow_duplicate_units``); what is allowed is still listed
    in ``Summary.problems``.
    """
    reports = tuple(reports)
    for index, report in enumerate(reports):
        if not isinstance(report, Report):
            raise InvalidValueError(
                f"aggregate.reports[{index}]", report, "a Report (báo cáo) with appendices"
            )
    columns = _columns(reports, units)
    names = _column_names(columns)
    _check_columns(columns, names, allow_mixed_periods, allow_duplicate_units)
    order: list[str] = []
    info: dict[str, _Found] = {}
    values: dict[str, dict[int, Cell]] = {}
    for r, report in enumerate(reports):
        number = columns[r].number
        notes: list[str] = []
        for found in _report_indicators(report, key, notes):
            if found.key not in info:
                info[found.key] = found
                order.append(found.key)
            per_unit = values.setdefault(found.key, {})
            if r in per_unit:
                raise AggregationError(
                    f"aggregate[{found.key}]",
                    f"{per_unit[r].source} and row {found.row}",
                    "one report gives each indicator once (give a key to tell them apart)",
                )
            source = Source(report=r, number=number, unit=names[r], row=found.row)
            per_unit[r] = Cell(value=found.value, source=source)
        columns[r] = attrs.evolve(columns[r], notes=tuple(notes))
    return _build(tuple(columns), order, info, values, allow_mixed_periods, allow_duplicate_units)


def _build(
    columns: tuple[Column, ...],
    order: list[str],
    info: dict[str, _Found],
    values: dict[str, dict[int, Cell]],
    allow_mixed_periods: bool,
    allow_duplicate_units: bool,
) -> Summary:
    names = _column_names(columns)
    problems = _check_columns(columns, names, allow_mixed_periods, allow_duplicate_units)
    rows = []
    unmatched = []
    for k in order:
        per_unit = values[k]
        cells = tuple(per_unit.get(i, Cell(value=None, source=None)) for i in range(len(names)))
        total, note = _sum(k, cells)
        found = info[k]
        rows.append(
            SummaryRow(
                key=k,
                label=found.label,
                level=found.level,
                cells=cells,
                total=total,
                note=note,
                parent=found.parent,
            )
        )
        if len(per_unit) != len(names):
            unmatched.append((k, tuple(names[i] for i in sorted(per_unit))))
    problems += _check_breakdowns(rows, info)
    return Summary(
        units=names,
        rows=tuple(rows),
        unmatched=tuple(unmatched),
        problems=tuple(problems),
        columns=columns,
    )


def _additive(value: Any) -> int | None:
    if isinstance(value, Count):
        return value.value
    if isinstance(value, Money):
        return value.amount
    return None


def _check_breakdowns(rows: list[SummaryRow], info: dict[str, _Found]) -> list[str]:
    """Parts (trong đó) adding up to more than their total: per unit, naming its report and
    row; then in the totals, when no single unit explains it."""
    problems = []
    by_key = {row.key: row for row in rows}
    children: dict[str, list[SummaryRow]] = {}
    for row in rows:
        parent = info[row.key].parent
        if parent is not None:
            children.setdefault(parent, []).append(row)
    for parent, parts in children.items():
        whole = by_key[parent]
        label = whole.label
        found = False
        for i, cell in enumerate(whole.cells):
            total = _additive(cell.value)
            if total is None:
                continue
            summed = sum(a for p in parts if (a := _additive(p.cells[i].value)) is not None)
            if summed > total:
                found = True
                problems.append(
                    f"{cell.source}: the parts of {label!r} add up to {format_number(summed)}, "
                    f"more than its total {format_number(total)}"
                )
        total = _additive(whole.total)
        if total is None or found:
            continue
        summed = sum(a for a in (_additive(p.total) for p in parts) if a is not None)
        if summed > total:
            alone = sorted(
                {
                    p.cells[i].source.unit  # type: ignore[union-attr]
                    for p in parts
                    for i in range(len(p.cells))
                    if p.cells[i].source is not None and whole.cells[i].value is None
                }
            )
            problems.append(
                f"in the totals, the parts of {label!r} add up to {format_number(summed)}, "
                f"more than the total {format_number(total)}"
                + (f" (parts given without the total by {', '.join(alone)})" if alone else "")
            )
    return problems


def _combine(
    first: Summary, second: Summary, allow_mixed_periods: bool, allow_duplicate_units: bool
) -> Summary:
    offset = len(first.columns)
    columns = first.columns + tuple(
        attrs.evolve(column, report=column.report + offset) for column in second.columns
    )
    names = _column_names(columns)
    order = [row.key for row in first.rows]
    order += [row.key for row in second.rows if row.key not in set(order)]
    info: dict[str, _Found] = {}
    values: dict[str, dict[int, Cell]] = {}
    for shift, summary in ((0, first), (offset, second)):
        for row in summary.rows:
            parent = row.parent
            info.setdefault(row.key, _Found(row.key, row.label, row.level, parent, None, ""))
            for i, cell in enumerate(row.cells):
                if cell.value is not None:
                    source = cell.source
                    if source is not None:
                        source = attrs.evolve(
                            source, report=source.report + shift, unit=names[i + shift]
                        )
                    values.setdefault(row.key, {})[i + shift] = Cell(
                        value=cell.value, source=source
                    )
    for k in order:
        values.setdefault(k, {})
    return _build(columns, order, info, values, allow_mixed_periods, allow_duplicate_units)
