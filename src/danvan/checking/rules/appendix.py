"""Appendix and indicator rules (phụ lục, số liệu): parts larger than the total, a percent
against its ratio, an appendix the body never mentions."""

from __future__ import annotations

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
