"""Provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương), dated.

The list changed on 1 July 2025 (Nghị quyết 202/2025/QH15: 63 units became 34) and
before that when Thừa Thiên Huế became thành phố Huế (1 January 2025), so a place name is
only right or wrong *on a date*. The facts live in ``data/provinces.json`` with the source
of each; names are matched with or without "tỉnh" / "thành phố" / "TP.", in either
tone-mark placement ("Hoà Bình" = "Hòa Bình") and any case.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs

from danvan.errors import InvalidValueError
from danvan.vn.text import normalize_text

__all__ = ["Province", "find_province", "provinces", "successor"]

_PREFIX = re.compile(r"^(?:tỉnh|thành phố|tp\.?|t\.p\.?)\s*", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–—]\s*")


@attrs.frozen(kw_only=True)
class Province:
    """One name of a province-level unit (đơn vị hành chính cấp tỉnh) and when it was valid.

    ``valid_from`` None means valid since before the data's horizon; ``valid_until`` is the
    last day the name was valid (None: still valid). ``successor`` is the code of the unit
    it was merged into on 1 July 2025, if any.
    """

    code: int
    name: str
    kind: str  # "province" (tỉnh) or "city" (thành phố trực thuộc trung ương)
    valid_from: dt.date | None
    valid_until: dt.date | None
    successor: int | None
    sources: tuple[str, ...]
    verified: bool
    note: str = ""

    @property
    def full_name(self) -> str:
        """ "Tỉnh Sơn La", "Thành phố Huế"."""
        return ("Tỉnh " if self.kind == "province" else "Thành phố ") + self.name

    def valid_on(self, day: dt.date) -> bool:
        """Whether this name was a province-level unit on ``day``."""
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )


def _date(value: Any) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


@cache
def _data() -> tuple[tuple[Province, ...], dict[str, dict[str, Any]]]:
    raw = json.loads(
        resources.files("danvan.vn").joinpath("data/provinces.json").read_text(encoding="utf-8")
    )
    units = tuple(
        Province(
            code=u["code"],
            name=u["name"],
            kind=u["kind"],
            valid_from=_date(u["valid_from"]),
            valid_until=_date(u["valid_until"]),
            successor=u["successor"],
            sources=tuple(u["sources"]),
            verified=u["verified"],
            note=u.get("note", ""),
        )
        for u in raw["units"]
    )
    return units, raw["sources"]


def sources() -> dict[str, dict[str, Any]]:
    """The documents the data cites, by key: title, date in force, where it was read."""
    return dict(_data()[1])


def _key(name: str) -> str:
    """Comparison key: NFC, old-style tones, one space, no "tỉnh"/"thành phố", case-folded."""
    text = normalize_text(name)
    text = _PREFIX.sub("", text)
    return _DASH.sub(" - ", text).casefold()


@cache
def _index() -> dict[str, tuple[Province, ...]]:
    index: dict[str, list[Province]] = {}
    for unit in _data()[0]:
        index.setdefault(_key(unit.name), []).append(unit)
    return {key: tuple(units) for key, units in index.items()}


def provinces(on: dt.date | None = None) -> tuple[Province, ...]:
    """Every unit valid on ``on`` (63 before 1 July 2025, 34 from then); all names if None."""
    units = _data()[0]
    if on is None:
        return units
    if not isinstance(on, dt.date):
        raise InvalidValueError("provinces.on", on, "a datetime.date")
    return tuple(unit for unit in units if unit.valid_on(on))


def find_province(name: str, on: dt.date | None = None) -> Province | None:
    """The unit called ``name`` (valid on ``on`` when given), or None.

    "tỉnh Hoà Bình", "Hòa Bình", "TP. Hồ Chí Minh" and "thành phố hồ chí minh" all match;
    "Hòa Bình" on 2025-07-01 does not (it was merged into Phú Thọ).
    """
    if not isinstance(name, str):
        raise InvalidValueError("find_province.name", name, "a place name (str)")
    for unit in _index().get(_key(name), ()):
        if on is None or unit.valid_on(on):
            return unit
    return None


def successor(name: str) -> Province | None:
    """The unit that a pre-2025 province became on 1 July 2025 (itself if unchanged)."""
    before = dt.date(2025, 7, 1)
    if not isinstance(name, str):
        raise InvalidValueError("successor.name", name, "a place name (str)")
    units = [
        u for u in _index().get(_key(name), ()) if u.valid_from is None or u.valid_from < before
    ]
    if not units:
        return None
    unit = units[-1]
    code = unit.successor if unit.successor is not None else unit.code
    return next(u for u in _data()[0] if u.code == code and u.valid_on(before))
