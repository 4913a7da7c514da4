"""Rules on how a line of the source is written (cách trình bày dòng): the date line, the Nơi
nhận list, the signing authority. They read the text the document came from
(:mod:`danvan.checking.source`), since the model keeps what a line says, not its form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.checking.source import source_lines
from danvan.model import DocumentSystem
from danvan.model.origin import Origin

_MARKUP = re.compile(r"[*_`]+|\\|<br\s*/?>", re.IGNORECASE)
# the closing block's two columns on one line of a copy ("- Lưu: VT.      Trần Văn An"):
# the Nơi nhận is the left column, cut where a tab or three spaces or more begin the right one
_COLUMN_GAP = re.compile(r"\t| {3,}")
_BULLET = re.compile(r"^\s*[-–•+]\s*")


def _line_of(ctx: Context, part: str) -> tuple[list[str], int] | None:
    """The source lines and the 0-based index of the line where ``part`` was read."""
    lines = source_lines(ctx.document, ctx.cache)
    origin = ctx.origin
    if lines is None or not isinstance(origin, Origin):
        return None
    location = origin.location_of(part)
    if location is None or location.line is None or location.line > len(lines):
        return None
    return lines, location.line - 1


def _clean(line: str) -> str:
    return _MARKUP.sub("", line).strip()


_DATE_LINE = re.compile(r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+\d{4}")


@implements("D203")
def date_line_form(ctx: Context) -> Iterator[Hit]:
    """The date line without the decree's leading zeros (day below 10, months 1 and 2)."""
    found = _line_of(ctx, "header.place_date")
    if found is None:
        return
    lines, index = found
    text = " ".join(_clean(line) for line in lines[index : index + 2])
    match = _DATE_LINE.search(text)
    if match is None:
        return
    day, month = match["d"], match["m"]
    wrong_day = len(day) == 1
    wrong_month = int(month) in (1, 2) and len(month) == 1
    wrong_pad = int(month) > 2 and len(month) == 2 and month.startswith("0")
    if not (wrong_day or wrong_month or wrong_pad):
        return
    good_month = f"{int(month):02d}" if int(month) <= 2 else str(int(month))
    expected = f"ngày {int(day):02d} tháng {good_month}"
    yield Hit(
        message=(
            f"the date line writes {match.group()!r}: days below 10 and the months 1 and 2 take "
            "a leading zero, the other months none ('ngày 05 tháng 01', 'tháng 3')"
        ),
        part="header.place_date",
        expected=expected,
        found=match.group(),
    )


def _recipient_lines(lines: list[str], start: int) -> list[tuple[int, str]]:
    """(index, text) of the "- …" lines after the "Nơi nhận:" line at ``start``."""
    found: list[tuple[int, str]] = []
    for index in range(start + 1, min(len(lines), start + 60)):
        text = _clean(lines[index])
        if not text:
            continue
        if not _BULLET.match(text):
            break
        found.append((index, _COLUMN_GAP.split(_BULLET.sub("", text), maxsplit=1)[0]))
    return found


@implements("K705")
def recipients_punctuation(ctx: Context) -> Iterator[Hit]:
    """Nơi nhận lines end with ";", the last is "Lưu: VT, …" and ends with "."."""
    found = _line_of(ctx, "recipients")
    if found is None:
        return
    lines, index = found
    entries = _recipient_lines(lines, index)
    if not entries:
        return
    party = ctx.system is DocumentSystem.PARTY
    for position, (line_index, text) in enumerate(entries):
        last = position == len(entries) - 1
        if last:
            archive = re.match(r"Lưu\s*(:?)\s*(.*)$", text)
            if archive is None:
                continue  # K701 reports a list without its "Lưu" line
            if not party and archive.group(1) != ":":
                yield _hit(
                    ctx,
                    line_index,
                    text,
                    "Lưu: " + archive.group(2),
                    "the archive line writes 'Lưu' then a colon ('Lưu: VT, …')",
                )
            elif not text.endswith("."):
                yield _hit(
                    ctx,
                    line_index,
                    text,
                    text.rstrip(";,") + ".",
                    "the last line of the Nơi nhận ends with '.'",
                )
        elif not text.endswith(";"):
            yield _hit(
                ctx,
                line_index,
                text,
                text.rstrip(".,") + ";",
                "each line of the Nơi nhận but the last ends with ';'",
            )


def _hit(ctx: Context, line_index: int, text: str, expected: str, rule: str) -> Hit:
    return Hit(
        message=f"{rule}: line {line_index + 1} reads {('- ' + text)!r}",
        part="recipients",
        expected="- " + expected,
        found="- " + text,
        line=line_index + 1,
    )


_AUTHORITY = re.compile(r"^(TM|KT|TL|TUQ|Q)(\.?)\s*(\S.*)$")
_AUTHORITY_PARTY = re.compile(r"^(T/M|K/T|T/L)(\s*)(\S.*)$")


@implements("K706")
def authority_form(ctx: Context) -> Iterator[Hit]:
    """The signing authority written as the decree writes it: "KT. GIÁM ĐỐC", not "KT.GIÁM ĐỐC"."""
    found = _line_of(ctx, "signature")
    if found is None:
        return
    lines, index = found
    for line_index in range(index, min(len(lines), index + 3)):
        text = _clean(lines[line_index])
        match = _AUTHORITY.match(text)
        if match is None or text.startswith(match.group(1) + ". "):
            continue
        if match.group(1) == "Q" and not match.group(2):
            continue  # a word starting with Q, not "Q."
        expected = f"{match.group(1)}. {match.group(3)}"
        yield Hit(
            message=(
                f"the signing authority reads {text!r}: the abbreviation keeps its dot and is "
                "followed by one space"
            ),
            part="signature",
            expected=expected,
            found=text,
        )
        return
