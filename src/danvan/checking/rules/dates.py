"""Date rules (ngày tháng): dates in the future, cited documents dated after the citing one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.vn.dates import format_date


def _document_date(ctx: Context) -> dt.date | None:
    if ctx.document.place_date is None:
        return None
    day = ctx.document.place_date.date
    return day if isinstance(day, dt.date) else None


@implements("D201")
def future_date(ctx: Context) -> Iterator[Hit]:
    """The date of issue lies after today."""
    day = _document_date(ctx)
    if day is not None and day > ctx.today:
        yield Hit(
            message=(
                f"the date of issue (ngày ban hành) {format_date(day)} is in the future "
                f"(today is {ctx.today.isoformat()})"
            ),
            part="header.place_date",
            expected=f"a date on or before {ctx.today.isoformat()}",
            found=day.isoformat(),
        )


@implements("D202")
def cited_after_citing(ctx: Context) -> Iterator[Hit]:
    """A cited document (văn bản được viện dẫn) dated after the document that cites it."""
    day = _document_date(ctx)
    if day is None:
        return
    for where in ctx.paragraphs():
        for reference in where.paragraph.references:
            cited = reference.date
            if isinstance(cited, dt.date) and cited > day:
                yield Hit(
                    message=(
                        f"{reference.format('short')!r} is dated {format_date(cited, 'short')}, "
                        f"after this document ({format_date(day, 'short')})"
                    ),
                    part=where.part,
                    expected=f"a date on or before {day.isoformat()}",
                    found=cited.isoformat(),
                )
            elif (
                reference.date is None and reference.year is not None and reference.year > day.year
            ):
                yield Hit(
                    message=(
                        f"{reference.format('short')!r} is of {reference.year}, after this "
                        f"document ({day.year})"
                    ),
                    part=where.part,
                    expected=f"a year up to {day.year}",
                    found=str(reference.year),
                )
