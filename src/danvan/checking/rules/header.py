"""Header rules (phần đầu văn bản): the place name, the agency abbreviation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.model import FindingStatus, Fix, FixSafety
from danvan.vn.provinces import find_province, provinces

# Administrative-unit words that may precede a place name; the proper name follows them.
_UNIT_WORDS = re.compile(
    r"^(?:tỉnh|thành phố|tp\.?|thị xã|quận|huyện|xã|phường|thị trấn)\s+", re.IGNORECASE
)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _proper_name(place: str) -> str:
    return _UNIT_WORDS.sub("", place.strip())


@implements("H101")
def place_not_in_force(ctx: Context) -> Iterator[Hit]:
    """A province's name used on a date it was not a province (merged on 1 July 2025)."""
    if ctx.document.place_date is None:  # a document as read without place and date
        return
    place = ctx.document.place_date.place
    if find_province(place) is None or find_province(place, on=ctx.on) is not None:
        return
    from danvan.vn.provinces import successor

    now = successor(place)
    expected = now.name if now is not None else "a province in force"
    yield Hit(
        message=(
            f"the place (địa danh) {place!r} was not a province-level unit on "
            f"{ctx.on.isoformat()}; since 1 July 2025 it is part of {expected!r}"
        ),
        part="header.place_date",
        expected=expected,
        found=place,
        fix=Fix(
            description=f"write the place as {expected!r}",
            safety=FixSafety.DISPLAY_ONLY,
            path=("place_date", "place"),
            value=expected,
        ),
    )


@implements("H102")
def place_capitalization(ctx: Context) -> Iterator[Hit]:
    """Each word of the proper place name starts with a capital letter."""
    if ctx.document.place_date is None:  # a document as read without place and date
        return
    place = ctx.document.place_date.place
    name = _proper_name(place)
    words = name.split()
    if not words or all(not w[0].isalpha() or w[0].isupper() for w in words):
        return
    fixed_name = " ".join(w[:1].upper() + w[1:] for w in words)
    fixed = place[: len(place) - len(name)] + fixed_name if place.endswith(name) else fixed_name
    yield Hit(
        message=f"the place (địa danh) {place!r} must capitalise the first letter of each word",
        part="header.place_date",
        expected=fixed,
        found=place,
        fix=Fix(
            description=f"capitalise: {fixed!r}",
            safety=FixSafety.SAFE,
            path=("place_date", "place"),
            value=fixed,
        ),
    )


@implements("H103")
def place_misspelled(ctx: Context) -> Iterator[Hit]:
    """A place that is a province's name without its tone marks ("Son La" for "Sơn La")."""
    if ctx.document.place_date is None:  # a document as read without place and date
        return
    place = ctx.document.place_date.place
    if find_province(place) is not None:
        return
    key = _strip_marks(_proper_name(place))
    for unit in provinces(ctx.on):
        if _strip_marks(unit.name) == key:
            yield Hit(
                message=(
                    f"the place (địa danh) {place!r} looks like the province {unit.name!r} "
                    "written without its tone marks"
                ),
                part="header.place_date",
                expected=unit.name,
                found=place,
                fix=Fix(
                    description=f"write {unit.name!r}",
                    safety=FixSafety.UNSAFE,
                    path=("place_date", "place"),
                    value=unit.name,
                ),
            )
            return


@implements("H104")
def abbreviation_differs(ctx: Context) -> Iterator[Hit]:
    """The agency's abbreviation differs from the one in the document's symbol."""
    document = ctx.document
    abbreviation = document.issuer.abbreviation if document.issuer is not None else None
    number = document.number
    if abbreviation is None or number is None or not number.issuers:
        return
    if abbreviation in number.issuers:
        return
    yield Hit(
        message=(
            f"the agency's abbreviation (chữ viết tắt tên cơ quan) {abbreviation!r} differs "
            f"from the one in the symbol (ký hiệu) {number.symbol!r}"
        ),
        part="header.number",
        expected=abbreviation,
        found="-".join(number.issuers),
    )


def _key(code: str) -> str:
    return re.sub(r"[^0-9A-ZĐ&]", "", code.upper())


def _near(a: str, b: str) -> bool:
    """Same letters but for one inserted, dropped or changed letter (or only hyphens)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@implements("H105")
def abbreviation_variants(ctx: Context) -> Iterator[Hit]:
    """The body cites the body's own documents with the agency's code written another way."""
    document = ctx.document
    number = document.number
    if number is None or not number.issuers:
        return
    own = "-".join(number.issuers)
    own_key = _key(own)
    if len(own_key) < 5:  # short codes (SNV, SNN) differ by one letter and name other bodies
        return
    seen: set[str] = set()
    for where in ctx.paragraphs():
        for reference in where.paragraph.references:
            symbol = reference.symbol
            if symbol is None or symbol.system is not number.system:
                continue
            written = "-".join(symbol.issuers)
            key = _key(written)
            if written == own or written in seen or len(key) < 5 or not _near(key, own_key):
                continue
            seen.add(written)
            yield Hit(
                message=(
                    f"the agency's code is written {written!r} in {str(symbol)!r} but {own!r} "
                    f"in this document's symbol: one of them is mistyped"
                ),
                part=where.part,
                expected=own,
                found=written,
                status=FindingStatus.NEEDS_REVIEW,
                needle=str(symbol),
            )
