"""The stamp of a digital signature (dấu chữ ký số) as a PDF copy prints it.

A document signed digitally shows a stamp with the signer and the time, which a copy of its
text gives as lines such as "Ký bởi: Sở Dữ liệu số", "Email: …", "Cơ quan: Tỉnh Cao Điền",
"Thời gian ký: 05.03.2024 10:20:30 +07:00", wherever the stamp stood (often at the top of
page 1, or over the signature). :func:`take_stamps` finds them by that form, anywhere in the
document; the recognizer places them with the signature (``Signature.notes``), or keeps
them unplaced when the document has no signature.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from danvan.reading._context import Line

__all__ = ["take_stamps"]

MAX_FIELDS = 8
"""At most this many field lines follow the stamp's first line."""

_START_RE = re.compile(
    r"(?:được[ \t]+)?ký[ \t]+bởi[ \t]*:|người[ \t]+ký[ \t]*:|signed[ \t]+by[ \t]*:", re.IGNORECASE
)
_FIELD_RE = re.compile(
    r"(?:e-?mail|cơ[ \t]+quan|đơn[ \t]+vị|chức[ \t]+vụ|thời[ \t]+gian(?:[ \t]+ký)?|ngày[ \t]+ký"
    r"|ngày[ \t]+giờ[ \t]+ký|lý[ \t]+do|vị[ \t]+trí|date|reason|location|organization)[ \t]*:",
    re.IGNORECASE,
)

_E = TypeVar("_E")


def _is_start(line: Line) -> bool:
    return len(line.text) <= 200 and bool(_START_RE.match(line.text))


def _is_field(line: Line) -> bool:
    return len(line.text) <= 200 and bool(_FIELD_RE.match(line.text))


def take_stamps(entries: Sequence[_E]) -> tuple[list[_E], list[list[Line]]]:
    """``entries`` without the stamps' lines, and each stamp's lines in order.

    A stamp starts with "Ký bởi:" ("Người ký:", "Signed by:") and takes the field lines right
    after it ("Email:", "Cơ quan:", "Thời gian ký:" …). "Người ký:" alone, with no field
    line under it, is left in place: it may be a form's blank to fill in.
    """
    kept: list[_E] = []
    stamps: list[list[Line]] = []
    index = 0
    while index < len(entries):
        entry = entries[index]
        if isinstance(entry, Line) and _is_start(entry):
            stop = index + 1
            while (
                stop < len(entries)
                and stop - index <= MAX_FIELDS
                and isinstance(following := entries[stop], Line)
                and _is_field(following)
            ):
                stop += 1
            if stop > index + 1 or entry.text.casefold().lstrip().startswith(("ký", "được")):
                stamps.append([e for e in entries[index:stop] if isinstance(e, Line)])
                index = stop
                continue
        kept.append(entry)
        index += 1
    return kept, stamps
