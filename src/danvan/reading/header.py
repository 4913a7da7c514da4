"""The header of Mẫu 1.4 (phần đầu văn bản): agency, national title, number, place and date, type.

Works on the lines before the document type's title ("BÁO CÁO", "KẾ HOẠCH"), in any of the
shapes text arrives in: one part a line; the two header columns flattened onto one line
(split on "|", tabs or runs of spaces); "|" separator lines; a name wrapped over two lines
("ỦY BAN NHÂN\\nDÂN TỈNH ..."); the date split ("ngày 05\\ntháng 3 năm 2024").
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from danvan.errors import DanvanError
from danvan.model import Agency, DocumentNumber, DocumentType, PlaceDate, ReadFinding
from danvan.model.origin import SourceLocation
from danvan.model.repair import Repair
from danvan.reading.marks import HeaderMark, looks_like_mark, read_mark

__all__ = [
    "Fragment",
    "HeaderParts",
    "column_pieces",
    "is_type_title",
    "looks_like_header_line",
    "read_header",
    "split_fragments",
]

# a run of three spaces or more is a column gap, except the blank a draft leaves for the day
# or the month ("Yên Mỹ, ngày    tháng 12 năm 2025"): between "ngày" and "tháng", or "tháng"
# and "năm", it is the date's own blank
_COLUMN_SPLIT_RE = re.compile(
    r"[ \t]*\|[ \t]*|\t+"
    r"|(?<! )(?<!ngày)(?<!tháng) {3,}|(?<=ngày) {3,}(?! |tháng\b)|(?<=tháng) {3,}(?! |năm\b)",
    re.IGNORECASE,
)
# a draft's dotted blank for the day or the month: "ngày … tháng … năm 2025", "ngày ....
# tháng 12 năm 2025" (the decree's form leaves the blank as spaces)
_DATE_PLACEHOLDER_RE = re.compile(
    r"(?<=ngày)\s*[.…]+\s*(?=tháng\b)|(?<=tháng)\s*[.…]+\s*(?=năm\b)", re.IGNORECASE
)
# matched against a whole fragment (casefolded, outer markers stripped): a line that only
# contains the words ("Số: CỘNG HÒA ...") is no national title
_NATIONAL_RE = re.compile(
    r"cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa(?:\s+việt\s+nam)?|việt\s+nam"
)
_MOTTO_RE = re.compile(r"độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc")
_PARTY_RE = re.compile(r"đảng\s+cộng\s+sản\s+việt\s+nam")
_NUMBER_RE = re.compile(r"(?:số|so)\s*:?\s*", re.IGNORECASE)
_DATE_TAIL_RE = re.compile(r"năm\s+[0-9]{4}\s*\.?$")
_PLACE_DATE_RE = re.compile(r"^[^,]{2,60},\s*ngày\b")
_BARE_NUMBER_RE = re.compile(r"(?:số|so)\s*:", re.IGNORECASE)
_SYMBOL_START_RE = re.compile(r"[0-9]*\s*/\s*\S")
_RULE_RE = re.compile(r"[-_=*~.·–—\s]+")
# an owner named by its level alone ("ỦY BAN NHÂN DÂN TỈNH" under "BAN CÁN SỰ ĐẢNG"): not an
# agency of its own but the end of the name above, wrapped by a narrow column
_BARE_LEVEL_RE = re.compile(r"\s(?:tỉnh|huyện|xã|phường|thị trấn|thị xã|thành phố|quận)$")

_TITLES = {
    "báo cáo": DocumentType.BAO_CAO,
    "kế hoạch": DocumentType.KE_HOACH,
}

# Words a new agency line starts with; a header line that starts otherwise continues the
# line above it (a name wrapped by a narrow column).
_AGENCY_STARTS = (
    "ủy ban", "uỷ ban", "ubnd", "sở", "bộ", "ban", "đảng", "hội đồng", "hđnd", "trung tâm",
    "chi cục", "cục", "tổng cục", "phòng", "văn phòng", "thanh tra", "tỉnh ủy", "tỉnh uỷ",
    "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "công an", "trường", "viện", "mặt trận",
    "ủy ban mặt trận", "đoàn", "liên đoàn", "hội", "kho bạc", "bảo hiểm", "chi bộ",
    "đảng bộ", "ngân hàng", "bệnh viện", "tòa án", "viện kiểm sát", "đài", "báo",
    "cơ quan", "bch", "ban chấp hành",
)  # fmt: skip


@attrs.frozen
class Fragment:
    """One piece of a header line (a flattened table gives several per line)."""

    text: str
    location: SourceLocation
    bold_continues: bool = False
    """The line's bold span runs to its end and on into the next line ("**ỦY BAN NHÂN\\nDÂN**")."""
    joined: str | None = None
    """The whole line, when it held two columns joined by one space that were split (R105)."""


@attrs.define
class HeaderParts:
    """What the header gave; every field ``None`` when absent."""

    issuer: Agency | None = None
    number: DocumentNumber | None = None
    number_written: bool = False
    number_text: str | None = None
    place_date: PlaceDate | None = None
    party: bool = False
    agency_lines: list[Fragment] = attrs.field(factory=list)
    marks: list[tuple[HeaderMark, Fragment]] = attrs.field(factory=list)
    """The decree's marks read (dự thảo, độ mật, độ khẩn, phạm vi lưu hành), one per field."""
    leftovers: list[Fragment] = attrs.field(factory=list)
    findings: list[ReadFinding] = attrs.field(factory=list)
    locations: dict[str, SourceLocation] = attrs.field(factory=dict)


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def is_type_title(text: str) -> DocumentType | None:
    """The document type when ``text`` is its title line ("BÁO CÁO", "KẾ HOẠCH"), else ``None``."""
    folded = _fold(text).strip(" .:*")
    return _TITLES.get(folded)


# Two columns copied onto one line with a single space (a PDF's text without its layout):
# the right column's fixed phrases (quốc hiệu, tiêu ngữ, "ĐẢNG CỘNG SẢN VIỆT NAM") start a
# new piece wherever they stand after other words (not after a colon: "Số: CỘNG HÒA …" is no
# two columns), and a place and date ("Lạng Sơn, ngày …") after the number ("Số:
# 215/BC-SHGCĐ") does too.
_RIGHT_COLUMN_RE = re.compile(
    r"(?<=[^\s:])[ \t]+(?=[*_]*(?:cộng[ \t]+h(?:òa|oà)[ \t]+xã[ \t]+hội[ \t]+chủ[ \t]+nghĩa"
    r"|đảng[ \t]+cộng[ \t]+sản[ \t]+việt[ \t]+nam"
    r"|độc[ \t]+lập[ \t]*[-–—][ \t]*tự[ \t]+do[ \t]*[-–—][ \t]*hạnh[ \t]+phúc)\b)",
    re.IGNORECASE,
)
_NUMBER_THEN_PLACE_RE = re.compile(
    r"(?P<number>[*_]*(?:số|so)[ \t]*:?[ \t]*(?:[0-9][^ \t]*|[ \t]*/[ \t]*[^ \t]+)[*_]*)"
    r"[ \t]+(?=[^ \t,][^,]{1,60},[ \t]*ngày\b)",
    re.IGNORECASE,
)


def split_columns(text: str) -> list[str]:
    """The column pieces of a line split only where a layout separates them: "|", tabs and
    runs of three or more spaces (the closing block's two columns)."""
    return [piece.strip() for piece in _COLUMN_SPLIT_RE.split(text) if piece.strip()]


def split_fragments(text: str) -> list[str]:
    """The column pieces of a header line: split on "|", tabs and runs of three or more
    spaces, and where the right column's fixed phrases or a place and date follow the left
    column's words on one line."""
    return column_pieces(text)[0]


def column_pieces(text: str) -> tuple[list[str], bool]:
    """:func:`split_fragments`, and whether two columns joined by one space were split (the
    reader reports that repair as R105)."""
    pieces: list[str] = []
    joined = False
    for piece in _COLUMN_SPLIT_RE.split(text):
        parts = _RIGHT_COLUMN_RE.split(piece)
        joined = joined or len([part for part in parts if part.strip()]) > 1
        for part in parts:
            number = _NUMBER_THEN_PLACE_RE.match(part.strip())
            if number is not None:
                joined = True
                pieces += [number["number"], part.strip()[number.end() :]]
            elif part.strip():
                pieces.append(part.strip())
    return pieces, joined


def _is_national(folded: str) -> bool:
    """The national title or the motto, alone in the fragment."""
    core = folded.strip(" *_.")
    return bool(_NATIONAL_RE.fullmatch(core) or _MOTTO_RE.fullmatch(core))


def _is_decoration(text: str) -> bool:
    return not any(ch.isalnum() for ch in text) or bool(_RULE_RE.fullmatch(text))


def _starts_agency(text: str) -> bool:
    folded = _fold(text)
    return any(folded == start or folded.startswith(start + " ") for start in _AGENCY_STARTS)


def looks_like_header_line(text: str) -> bool:
    """True when every piece of the line is a header part: national title, motto, "Số:",
    place and date, or an upper-case agency name (for copies that have no type title)."""
    if len(text) > 1000:  # header lines are short; a long line is body text
        return False
    pieces = split_fragments(text)
    if not pieces:
        return False
    for piece in pieces:
        folded = _fold(piece)
        if _is_decoration(piece) or _PARTY_RE.fullmatch(folded):
            continue
        if _is_national(folded) or looks_like_mark(piece):
            continue
        if _NUMBER_RE.match(piece) and ("/" in piece or piece.rstrip().endswith(":")):
            continue
        if _PLACE_DATE_RE.match(piece):
            continue
        if piece.isupper() and _starts_agency(piece) and len(piece) < 120:
            continue
        return False
    return True


def _repairs_to_findings(repairs: tuple[Repair, ...], where: SourceLocation) -> list[ReadFinding]:
    return [
        ReadFinding(code="R111", message=f"number and symbol repaired: {repair}", location=where)
        for repair in repairs
    ]


def _read_number(fragment: Fragment, parts: HeaderParts) -> bool:
    match = _NUMBER_RE.match(fragment.text)
    if match is None or parts.number_written:
        return False  # no number, or a second one: the caller keeps it as written
    rest = fragment.text[match.end() :].strip()
    # "Số: 538/BC-SKHCN" and a draft's "Số: /BC-SKHCN" (also "Số:    /KH-SKHCN")
    if not rest or not any(ch.isalnum() for ch in rest):
        if fragment.text.rstrip().endswith(":"):
            parts.number_written = True
            parts.findings.append(
                ReadFinding(
                    code="R211",
                    message="the number line 'Số:' has no symbol after it",
                    location=fragment.location,
                )
            )
            parts.leftovers.append(fragment)  # kept as written: the model has no bare "Số:"
            return True
        return False
    if "/" not in rest and "-" not in rest:
        return False
    if rest[0].isalpha() and not _NUMBER_RE.match(rest):
        return False  # "Số ký hiệu: 58/BC-UBND": a portal's field, not the number line
    compact = re.sub(r"\s+", "", rest) if rest.startswith("/") or " /" in rest else rest
    try:
        parsed = DocumentNumber.parse_tolerant(compact)
    except DanvanError as error:
        parts.findings.append(
            ReadFinding(
                code="R212",
                message=f"the number and symbol {rest!r} could not be read: {error}",
                location=fragment.location,
            )
        )
        parts.number_written = True
        parts.leftovers.append(fragment)
        return True
    parts.number = parsed.value
    parts.number_text = fragment.text
    parts.number_written = True
    parts.locations["header.number"] = fragment.location
    parts.findings.extend(_repairs_to_findings(parsed.repairs, fragment.location))
    return True


def _read_place_date(text: str, where: SourceLocation, parts: HeaderParts) -> bool:
    if not _PLACE_DATE_RE.match(text):
        return False
    clean = text.strip().rstrip(".").strip()
    blanked = _DATE_PLACEHOLDER_RE.sub("     ", clean)
    try:
        parts.place_date = PlaceDate.parse(blanked)
    except DanvanError as error:
        parts.findings.append(
            ReadFinding(
                code="R213",
                message=f"the place and date {text!r} could not be read: {error}",
                location=where,
            )
        )
        return False
    parts.locations["header.place_date"] = where
    printed = str(parts.place_date)
    if blanked != clean or _letters_digits(printed) != _letters_digits(clean):
        # "ngày 5 tháng 1", "ngày 05/9/2025": held whole, printed in the decree's form
        parts.findings.append(
            ReadFinding(
                code="R106",
                message=f"the place and date {text!r} is printed in the decree's form {printed!r}",
                location=where,
            )
        )
    return True


def _letters_digits(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _take_mark(fragment: Fragment, parts: HeaderParts) -> None:
    """A mark goes to its field; a second one for the same field, or one whose wording the
    renderers would not print back ("Dự thảo 2"), is kept as written."""
    mark = read_mark(fragment.text)
    if mark is not None and all(held.field != mark.field for held, _ in parts.marks):
        parts.marks.append((mark, fragment))
        parts.locations.setdefault(f"header.{mark.field}", fragment.location)
        if mark.respelled:
            parts.findings.append(
                ReadFinding(
                    code="R104",
                    message=f"the mark {fragment.text!r} read as {getattr(mark.value, 'value', '')!r}: "
                    "the tone mark on the first vowel (hỏa)",
                    location=fragment.location,
                )
            )
        return
    parts.findings.append(
        ReadFinding(
            code="R218",
            message=f"the mark {fragment.text!r} (dự thảo, độ mật, độ khẩn) kept as written",
            location=fragment.location,
        )
    )
    parts.leftovers.append(fragment)


def read_header(fragments: list[Fragment]) -> HeaderParts:
    """Classify the header's fragments: national title and motto are dropped (renderers print
    them), the number, the place and date and the agency lines are read; anything else is a
    leftover for the caller to keep as unplaced text."""
    parts = HeaderParts()
    reported: set[str] = set()
    for fragment in fragments:
        if fragment.joined is not None and fragment.joined not in reported:
            reported.add(fragment.joined)
            parts.findings.append(
                ReadFinding(
                    code="R105",
                    message=f"two header columns on one line split: {fragment.joined!r}",
                    location=fragment.location,
                )
            )
    index = 0
    total = len(fragments)
    while index < total:
        fragment = fragments[index]
        text = fragment.text
        folded = _fold(text)
        index += 1
        if (
            _BARE_NUMBER_RE.fullmatch(text)
            and index < total
            and _SYMBOL_START_RE.match(fragments[index].text)
        ):
            # "Số:      /BC-SKHCN": a draft's blank number split the line into two pieces
            text = f"{text} {fragments[index].text}"
            fragment = Fragment(text, fragment.location, fragment.bold_continues)
            folded = _fold(text)
            index += 1
        if _is_decoration(text):
            continue
        if _PARTY_RE.fullmatch(folded.strip(" *_.")):
            parts.party = True
            continue
        if _is_national(folded):
            continue
        if looks_like_mark(text):
            _take_mark(fragment, parts)
            continue
        if _read_number(fragment, parts):
            continue
        if _PLACE_DATE_RE.match(text) and parts.place_date is None:
            joined = text
            # "Sơn La, ngày 05" / "tháng 3 năm 2024": the date split over lines
            steps = 0
            while not _DATE_TAIL_RE.search(_fold(joined)) and index < total and steps < 3:
                following = fragments[index].text
                if _PLACE_DATE_RE.match(following) or _NUMBER_RE.match(following):
                    break
                joined = f"{joined} {following}"
                index += 1
                steps += 1
            if steps:
                parts.findings.append(
                    ReadFinding(
                        code="R102",
                        message=f"the place and date were split over {steps + 1} lines: joined",
                        location=fragment.location,
                    )
                )
            if _read_place_date(joined, fragment.location, parts):
                continue
            index -= steps
            parts.leftovers.append(fragment)
            continue
        if (
            text.isupper()
            or fragment.bold_continues
            or (parts.agency_lines and parts.agency_lines[-1].bold_continues)
        ):
            if parts.agency_lines and (
                parts.agency_lines[-1].bold_continues
                or not _starts_agency(text)
                or _BARE_LEVEL_RE.search(folded)
            ):
                previous = parts.agency_lines.pop()
                parts.findings.append(
                    ReadFinding(
                        code="R101",
                        message=f"a wrapped header line joined: {previous.text!r} + {text!r}",
                        location=fragment.location,
                    )
                )
                fragment = Fragment(
                    f"{previous.text} {text}", previous.location, fragment.bold_continues
                )
            parts.agency_lines.append(fragment)
            continue
        if (
            parts.number is None
            and parts.place_date is None
            and _starts_agency(text)
            and len(text) < 120
            and ":" not in text  # "Cơ quan ban hành: …" is a field, not a name
            and not text.rstrip().endswith((".", ";", ","))
        ):
            # a portal's copy in ordinary case ("Ủy ban nhân dân tỉnh Cao Điền", "Sở Nội vụ"):
            # a line that starts as an agency does, above the number and the date
            parts.agency_lines.append(fragment)
            continue
        parts.leftovers.append(fragment)
    if parts.agency_lines:
        *parents, name = parts.agency_lines
        parent = " ".join(p.text for p in parents) if parents else None
        parts.issuer = Agency(name=name.text, parent=parent)
        parts.locations["header.issuer"] = name.location
        if len(parents) > 1:
            parts.findings.append(
                ReadFinding(
                    code="R214",
                    message="more than two agency lines: all but the last read as the parent",
                    location=parents[0].location,
                )
            )
    return parts
