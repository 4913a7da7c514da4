"""Appendix and indicator rules (phụ lục, số liệu): parts larger than the total, a percent
against its ratio, an appendix the body never mentions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.model import Count, Indicator, IndicatorTable, Money, Percent
from danvan.model.blocks import iter_blocks
from danvan.vn.numbers import format_number

_RATIO = re.compile(r"(?<![\d/])(\d{1,9})/(\d{1,9})(?![\d/])")


def _indicators(ctx: Context) -> Iterator[tuple[str, Indicator]]:
    blocks = [*ctx.document.body]
    tables = [("body", b) for b in iter_blocks(tuple(blocks)) if isinstance(b, IndicatorTable)]
    for index, appendix in enumerate(ctx.document.appendices):
        tables += [
            (f"appendix[{index}]", b)
            for b in iter_blocks(appendix.blocks)
            if isinstance(b, IndicatorTable)
        ]
    for part, table in tables:
        stack = list(reversed(list(enumerate(table.indicators))))
        while stack:
            position, indicator = stack.pop()
            yield f"{part}.indicator[{position}]", indicator
            stack.extend(reversed(list(enumerate(indicator.breakdown))))


def _amount(indicator: Indicator) -> int | None:
    if isinstance(indicator.value, Count):
        return indicator.value.value
    if isinstance(indicator.value, Money):
        return indicator.value.amount
    return None


@implements("A601")
def breakdown_exceeds_total(ctx: Context) -> Iterator[Hit]:
    """The parts (trong đó) of an indicator add up to more than its total."""
    for part, indicator in _indicators(ctx):
        total = _amount(indicator)
        if total is None or not indicator.breakdown:
            continue
        amounts = [
            _amount(p) for p in indicator.breakdown if type(p.value) is type(indicator.value)
        ]
        parts = sum(a for a in amounts if a is not None)
        if parts > total:
            yield Hit(
                message=(
                    f"the parts (trong đó) of {indicator.name!r} add up to "
                    f"{format_number(parts)}, more than the total {format_number(total)}"
                ),
                part=part,
                expected=f"at most {format_number(total)}",
                found=format_number(parts),
            )


@implements("A602")
def percent_against_ratio(ctx: Context) -> Iterator[Hit]:
    """A percent that does not match the ratio written next to it ("4/5 đơn vị, đạt 100%")."""
    for part, indicator in _indicators(ctx):
        if not isinstance(indicator.value, Percent):
            continue
        match = _RATIO.search(" ".join(filter(None, (indicator.name, indicator.note))))
        if match is None or int(match.group(2)) == 0:
            continue
        actual = Decimal(int(match.group(1))) * 100 / Decimal(int(match.group(2)))
        stated = indicator.value.value
        exponent = stated.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        if abs(actual - stated) > Decimal(5) / (Decimal(10) ** (places + 1)):
            shown = format_number(actual.quantize(Decimal("0.01")))
            yield Hit(
                message=(
                    f"{indicator.name!r} states {format_number(stated)}% but "
                    f"{match.group()} is {shown}%"
                ),
                part=part,
                expected=f"{shown}%",
                found=f"{format_number(stated)}%",
            )


@implements("A603")
def appendix_not_mentioned(ctx: Context) -> Iterator[Hit]:
    """The document carries an appendix (phụ lục) its text never mentions."""
    if not ctx.document.appendices:
        return
    text = " ".join(
        where.paragraph.text for where in ctx.paragraphs() if not where.part.startswith("appendix")
    )
    if "phụ lục" in text.casefold():
        return
    yield Hit(
        message=(
            f"the document carries {len(ctx.document.appendices)} appendix(es) but its text never "
            "refers to them (e.g. 'chi tiết tại Phụ lục kèm theo')"
        ),
        part="appendix[0]",
        expected="a mention of 'Phụ lục' in the body",
        found="none",
    )


@implements("A604")
def attachment_mismatch(ctx: Context) -> Iterator[Hit]:
    """The "(Kèm theo …)" line of an appendix names another number or date than the document."""
    document = ctx.document
    number = document.number
    day = document.place_date.date if document.place_date is not None else None
    for index, appendix in enumerate(document.appendices):
        line = getattr(appendix, "attachment", None)
        if not line:
            continue
        symbol = _SYMBOL.search(line)
        if symbol is not None and number is not None and number.number is not None:
            written = _squash(symbol.group())
            expected = _squash(str(number))
            if written != expected:
                yield Hit(
                    message=(
                        f"the appendix's 'Kèm theo' line cites {symbol.group()!r}, but the "
                        f"document is Số {number}"
                    ),
                    part=f"appendix[{index}]",
                    expected=str(number),
                    found=symbol.group(),
                    needle=symbol.group(),
                )
        date = _DATE.search(line)
        if date is not None and isinstance(day, dt.date):
            try:
                written_day = dt.date(int(date["y"]), int(date["m"]), int(date["d"]))
            except ValueError:
                continue
            if written_day != day:
                yield Hit(
                    message=(
                        f"the appendix's 'Kèm theo' line is dated {date.group()!r}, but the "
                        f"document is dated {day.strftime('%d/%m/%Y')}"
                    ),
                    part=f"appendix[{index}]",
                    expected=day.isoformat(),
                    found=written_day.isoformat(),
                )


_SYMBOL = re.compile(
    r"\d{1,6}[a-z]?(?:/\d{4})?\s?[/-]\s?[A-ZĐ][A-ZĐa-zđ&]*(?:\s?[-/]\s?[A-ZĐ][A-ZĐa-zđ&]*)*"
)
_DATE = re.compile(
    r"(?:ngày\s+)?(?P<d>\d{1,2})(?:/|\s+tháng\s+)(?P<m>\d{1,2})(?:/|\s+năm\s+)(?P<y>\d{4})"
)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).upper()
