"""Terms (khóa) of the Party Central Committee: which term a Party document of a given date is from.

Party documents are numbered anew in each term, so "Nghị quyết số 18-NQ/TW" is the 2017
resolution on the apparatus (khóa XII) and also the 2022 resolution on land (khóa XIII).
The registry tells them apart by (symbol, term), and a citation's date chooses the term
through the boundaries here. They are data (``data/terms.json``), each with its sources:
a term starts the day its Central Committee is elected by the Party congress. Where no
source gives that day (khóa VIII-X), only the congress's dates are known and a document
dated within them may belong to either term.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import importlib.resources
import json
from typing import Any

import attrs

from danvan.vn.dates import PartialDate

__all__ = ["PartyTerm", "party_terms", "terms_of"]


@attrs.frozen(kw_only=True)
class PartyTerm:
    """One term (khóa) of the Central Committee: when it began, and how sure that is."""

    term: str
    """ "khóa XIII"."""
    congress: tuple[dt.date, dt.date]
    """First and last day of the congress (Đại hội) that elected it."""
    elected: dt.date | None
    """The day the Central Committee was elected, when a source states it."""
    verified: bool
    sources: tuple[str, ...]

    @property
    def earliest_start(self) -> dt.date:
        """The first day a document of this term can bear."""
        return self.elected or self.congress[0]

    @property
    def latest_start(self) -> dt.date:
        """From this day on, a Party document is of this term or a later one."""
        return self.elected or self.congress[1]


def _read(data: Any) -> tuple[PartyTerm, ...]:
    terms = []
    for item in data["terms"]:
        first, last = (dt.date.fromisoformat(day) for day in item["congress"])
        elected = item.get("elected")
        terms.append(
            PartyTerm(
                term=item["term"],
                congress=(first, last),
                elected=dt.date.fromisoformat(elected) if elected else None,
                verified=bool(item["verified"]),
                sources=tuple(source["url"] for source in item["sources"]),
            )
        )
    return tuple(sorted(terms, key=lambda t: t.congress[0]))


@functools.cache
def party_terms() -> tuple[PartyTerm, ...]:
    """The known terms, oldest first (read once from ``data/terms.json``)."""
    resource = (
        importlib.resources.files("danvan").joinpath("refs").joinpath("data").joinpath("terms.json")
    )
    return _read(json.loads(resource.read_text(encoding="utf-8")))


def _span(date: dt.date | PartialDate) -> tuple[dt.date, dt.date]:
    if isinstance(date, dt.date):
        return date, date
    if date.month is None:
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if date.day is not None:
        day = dt.date(date.year, date.month, date.day)
        return day, day
    last = calendar.monthrange(date.year, date.month)[1]
    return dt.date(date.year, date.month, 1), dt.date(date.year, date.month, last)


@functools.lru_cache(maxsize=4096)
def terms_of(date: dt.date | PartialDate) -> frozenset[str]:
    """The terms a Party document of ``date`` can be from; empty before the known terms.

    One term for most dates; two for a date during a congress whose election day is
    unknown, or for a year or month that spans a congress ("2021" is khóa XII or XIII).
    """
    first, last = _span(date)
    terms = party_terms()
    found = set()
    for index, term in enumerate(terms):
        following = terms[index + 1] if index + 1 < len(terms) else None
        if last >= term.earliest_start and (following is None or first < following.latest_start):
            found.add(term.term)
    return frozenset(found)
