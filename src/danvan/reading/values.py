"""Indicator lines of an appendix (dòng chỉ tiêu): "Tên: 08, trong đó: a: 03; b: 05", "10.424.000 đồng".

:func:`parse_quantity` reads one value as written into a typed quantity (Count keeps its zero
padding and ranges, Money, Percent, Ratio with its stated percent, TextValue for words);
:func:`split_indicator` finds where the name ends and the value starts.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from danvan.errors import DanvanError
from danvan.model import Count, Money, Percent, Quantity, Ratio, TextValue

__all__ = ["parse_quantity", "split_breakdown", "split_indicator"]

_MONEY_RE = re.compile(
    r"(?P<amount>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)[ \t]*(?P<unit>đồng|triệu đồng|tỷ đồng|VNĐ|VND)",
    re.IGNORECASE,
)
_PERCENT_RE = re.compile(r"(?P<value>[0-9]{1,3}(?:,[0-9]{1,4})?)[ \t]*%")
# "27/27 đơn vị, đạt tỷ lệ: 100%", "1.204/1.310 hộ, đạt 91,9%" (thousands written with dots,
# "đạt" with or without "tỷ lệ")
_RATIO_RE = re.compile(
    r"(?P<num>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,7})[ \t]*/[ \t]*"
    r"(?P<den>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,7})(?P<unit>[^0-9%:/]{0,40}?)"
    r"(?:[ \t]*[,(]?[ \t]*(?:đạt[ \t]+)?(?:tỷ|tỉ)[ \t]+lệ[ \t]*:?[ \t]*"
    r"|[ \t]*[,(]?[ \t]*đạt[ \t]+|[ \t]*[,(][ \t]*)?"
    r"(?:(?P<percent>[0-9]{1,3}(?:,[0-9]{1,4})?)[ \t]*%[ \t]*\)?)?",
    re.IGNORECASE,
)
_COUNT_RE = re.compile(
    r"(?P<value>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:[ \t]*[-–][ \t]*(?P<upper>[0-9]+))?"
    r"(?:[ \t]+(?P<unit>[^\W0-9][^0-9;:,()]{0,30}))?"
)
_DIGIT_RE = re.compile(r"[0-9]")
_NONE_WORDS = frozenset({"không", "không có", "(không)", "chưa có", "không phát sinh"})


def _digits(text: str) -> int | None:
    return len(text) if text.startswith("0") and len(text) > 1 else None


@functools.lru_cache(maxsize=4096)
def parse_quantity(text: str) -> Quantity | None:
    """The quantity ``text`` states, or ``None`` when it states none (empty).

    Remembered per text (the values are frozen): an indicator's value is read when its
    line is split and again when it is built, and "01", "100%" recur across documents.
    """
    value = text.strip().rstrip(".;").strip()
    if not value:
        return None
    if value.casefold() in _NONE_WORDS or _DIGIT_RE.search(value) is None:
        return TextValue(text=value)  # every figure below has a digit
    try:
        if match := _MONEY_RE.fullmatch(value):
            unit = match["unit"]
            amount = int(match["amount"].replace(".", ""))
            return Money(amount=amount, unit="đồng" if unit.casefold() in ("vnđ", "vnd") else unit)
        if match := _PERCENT_RE.fullmatch(value):
            return Percent(value=Decimal(match["value"].replace(",", ".")))
        if (match := _RATIO_RE.fullmatch(value)) and int(match["den"].replace(".", "")) > 0:
            percent = match["percent"]
            unit = match["unit"].strip(" ,(") or None
            return Ratio(
                numerator=int(match["num"].replace(".", "")),
                denominator=int(match["den"].replace(".", "")),
                percent=Decimal(percent.replace(",", ".")) if percent else None,
                unit=unit,
            )
        if match := _COUNT_RE.fullmatch(value):
            written = match["value"]
            upper = match["upper"]
            return Count(
                value=int(written.replace(".", "")),
                unit=(match["unit"] or "").strip() or None,
                digits=_digits(written) if "." not in written else None,
                up_to=int(upper) if upper else None,
            )
    except DanvanError:
        pass  # a stated percent that does not match, a range upside down: keep the words
    return TextValue(text=value)


def split_indicator(text: str) -> tuple[str, str | None]:
    """ "Tổng số đoàn kiểm tra: 01" → ("Tổng số đoàn kiểm tra", "01"); no value → (text, None).

    The name ends at the first ": " whose remainder reads as a number, money, percent or
    ratio; failing that at the first ": " with text after it.
    """
    stripped = text.strip()
    positions = [m.start() for m in re.finditer(":", stripped)]
    for position in positions:
        rest = stripped[position + 1 :].strip()
        head = rest.split(",", 1)[0].split(";", 1)[0]
        if ";" in stripped[:position]:
            break  # "kéo dài: Đã giải quyết 0; Chưa giải quyết: 0": the name ended earlier
        if rest and not isinstance(parse_quantity(head), TextValue | None):
            return stripped[:position].strip(), rest
    for position in positions:
        rest = stripped[position + 1 :].strip()
        if rest and stripped[:position].strip():
            return stripped[:position].strip(), rest
    return stripped.rstrip(":").strip(), None


def split_breakdown(value: str) -> tuple[str, str | None]:
    """ "08, trong đó: cấp ủy: 03; chính quyền: 05." → ("08", "cấp ủy: 03; chính quyền: 05.")."""
    match = re.search(r"[,;]?[ \t]*trong[ \t]+đó[ \t]*:?", value, re.IGNORECASE)
    if match is None:
        return value, None
    return value[: match.start()].strip(), value[match.end() :].strip()
