"""Summing appendices across units (tổng hợp số liệu): one province-wide appendix from many reports.

Every indicator of every report's appendices is matched by a key (given, or its
normalised label under its parent group), summed per unit with provenance (which report,
which row), and checked: units must agree (a count is never added to money), percentages
are recomputed from summed numerators and denominators (never averaged), a breakdown is
summed part by part and checked against its total. What does not match across reports is
listed, never silently dropped or merged.
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

from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
    Count,
    Indicator,
    IndicatorTable,
    Money,
    Percent,
    Ratio,
    Report,
    Table,
)
from danvan.model.blocks import iter_blocks
from danvan.vn.numbers import format_number
from danvan.vn.text import normalize_text

__all__ = ["AggregationError", "Cell", "Source", "Summary", "SummaryRow", "aggregate"]

_LEADING_LABEL = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s+", re.IGNORECASE)
_TRAILING = re.compile(r"[\s:;,.]+$")

KeyFunction = Callable[[Indicator, tuple[str, ...]], str]
"""``key(indicator, parent_labels) -> str``: how indicators are matched across reports."""


class AggregationError(InvalidValueError):
    """Indicators that cannot be summed together (a count with money, two money units)."""


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
    ``problems`` the breakdowns whose summed parts exceed their summed total.
    """

    units: tuple[str, ...]
    rows: tuple[SummaryRow, ...]
    unmatched: tuple[tuple[str, tuple[str, ...]], ...] = ()
    problems: tuple[str, ...] = ()

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
            raise InvalidValueError(
                "Summary.to_dataframe", "pandas", "pandas installed (pip install pandas)"
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

    def combine(self, other: Summary) -> Summary:
        """The summary of both sets of reports (units side by side), as if aggregated at once."""
        return _combine(self, other)

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


def _report_indicators(report: Report, key: KeyFunction | None) -> Iterator[_Found]:
    for a, appendix in enumerate(report.appendices):
        tables = [b for b in iter_blocks(appendix.blocks) if isinstance(b, IndicatorTable)]
        for t, table in enumerate(tables):
            prefix = f"appendix[{a}].table[{t}]:"
            yield from _walk(table.indicators, (), prefix, key, None)


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


def _units_of(reports: Sequence[Report], units: Sequence[str] | None) -> tuple[str, ...]:
    if units is not None:
        names = tuple(units)
        if len(names) != len(reports):
            raise InvalidValueError(
                "aggregate.units", names, f"one unit name per report ({len(reports)})"
            )
    else:
        names = tuple(
            report.issuer.name if report.issuer is not None else f"Báo cáo {index}"
            for index, report in enumerate(reports, start=1)
        )
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return tuple(out)


def aggregate(
    reports: Iterable[Report],
    *,
    key: KeyFunction | None = None,
    units: Sequence[str] | None = None,
) -> Summary:
    """Sum the indicator appendices of ``reports`` (tổng hợp): one column per unit, a total.

    ``key(indicator, parent_labels)`` matches indicators across reports (default: the
    normalised label under its parent's); ``units`` names each report's column (default:
    the issuer's name). Raises :class:`AggregationError` when one indicator mixes units.
    """
    reports = tuple(reports)
    for index, report in enumerate(reports):
        if not isinstance(report, Report):
            raise InvalidValueError(
                f"aggregate.reports[{index}]", report, "a Report (báo cáo) with appendices"
            )
    names = _units_of(reports, units)
    order: list[str] = []
    info: dict[str, _Found] = {}
    values: dict[str, dict[int, Cell]] = {}
    for r, report in enumerate(reports):
        number = str(report.number) if report.number is not None else None
        for found in _report_indicators(report, key):
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
    return _build(names, order, info, values)


def _build(
    names: tuple[str, ...],
    order: list[str],
    info: dict[str, _Found],
    values: dict[str, dict[int, Cell]],
) -> Summary:
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
    problems = _check_breakdowns(rows, info)
    return Summary(units=names, rows=tuple(rows), unmatched=tuple(unmatched), problems=problems)


def _additive(value: Any) -> int | None:
    if isinstance(value, Count):
        return value.value
    if isinstance(value, Money):
        return value.amount
    return None


def _check_breakdowns(rows: list[SummaryRow], info: dict[str, _Found]) -> tuple[str, ...]:
    problems = []
    by_key = {row.key: row for row in rows}
    children: dict[str, list[SummaryRow]] = {}
    for row in rows:
        parent = info[row.key].parent
        if parent is not None:
            children.setdefault(parent, []).append(row)
    for parent, parts in children.items():
        total = _additive(by_key[parent].total)
        if total is None:
            continue
        summed = sum(a for a in (_additive(p.total) for p in parts) if a is not None)
        if summed > total:
            problems.append(
                f"the parts of {by_key[parent].label!r} add up to {format_number(summed)}, "
                f"more than the total {format_number(total)}"
            )
    return tuple(problems)


def _combine(first: Summary, second: Summary) -> Summary:
    names = first.units + second.units
    if len(set(names)) != len(names):
        raise InvalidValueError(
            "Summary.combine", names, "the two summaries have no unit in common"
        )
    order = [row.key for row in first.rows]
    order += [row.key for row in second.rows if row.key not in set(order)]
    info: dict[str, _Found] = {}
    values: dict[str, dict[int, Cell]] = {}
    for offset, summary in ((0, first), (len(first.units), second)):
        for row in summary.rows:
            parent = row.parent
            info.setdefault(row.key, _Found(row.key, row.label, row.level, parent, None, ""))
            for i, cell in enumerate(row.cells):
                if cell.value is not None:
                    source = cell.source
                    if source is not None:
                        source = attrs.evolve(source, report=source.report + offset)
                    values.setdefault(row.key, {})[i + offset] = Cell(
                        value=cell.value, source=source
                    )
    for k in order:
        values.setdefault(k, {})
    return _build(names, order, info, values)
