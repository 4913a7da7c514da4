"""The closing block (phần cuối): "Nơi nhận:" with its entries and archive line, and the signature.

Reads the lines from "Nơi nhận:" to the appendices, in the shapes text arrives in: one part
a line (the corpus), or the two columns flattened onto one line ("- Sở Nội vụ; | KT. GIÁM
ĐỐC"). Purposes in brackets ("Bộ Nội vụ (Báo cáo);", "(để thực hiện)"), "Như trên", the
archive line with the drafter's initials raised ("Lưu: VT, VP^XT."), the signature with
its authority (TM., KT., TL., TUQ., Q.; Party T/M, K/T ...), the two-authority form
"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", and the signer's name.
"""

from __future__ import annotations

import re

import attrs

from danvan.errors import DanvanError
from danvan.model import Authority, Recipient, Recipients, Signature, Unplaced
from danvan.reading._context import Context, Line, visible
from danvan.reading.header import split_columns
from danvan.reading.labels import split_bullet
from danvan.reading.marks import looks_like_mark

__all__ = ["Tail", "is_signature_note", "looks_like_signature_start", "read_tail"]

_RECIPIENTS_RE = re.compile(r"nơi[ \t]+nhận[ \t]*:?[ \t]*", re.IGNORECASE)
_AUTHORITY_RE = re.compile(r"(TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/U)[ \t]*[.:]?[ \t]+(\S.*)")
_ARCHIVE_RE = re.compile(r"lưu[ \t]*(:?)[ \t]*(.*)", re.IGNORECASE)
_PURPOSE_RE = re.compile(r"(?P<name>.*?)[ \t]*\((?P<purpose>[^()]*)\)")
_PURPOSES = (
    "để", "báo cáo", "b/c", "thực hiện", "t/h", "đăng tải", "biết", "phối hợp", "chỉ đạo",
    "theo dõi", "tổng hợp", "kiểm tra", "giám sát", "chỉ đạo thực hiện", "đăng website",
)  # fmt: skip
_AUTHORITIES = {
    "TM": Authority.TM,
    "T/M": Authority.TM,
    "KT": Authority.KT,
    "K/T": Authority.KT,
    "TL": Authority.TL,
    "T/L": Authority.TL,
    "TUQ": Authority.TUQ,
    "T/U": Authority.TUQ,
    "Q": Authority.Q,
}
_TITLE_WORDS = (
    "GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG", "PHÓ", "BÍ THƯ", "THỦ TRƯỞNG", "CHÁNH", "ỦY BAN",
    "UỶ BAN", "TỔNG", "CỤC", "VIỆN", "HIỆU", "THƯỜNG TRỰC", "BAN", "ĐẢNG ỦY", "CHI BỘ",
    "UBND", "HỘI ĐỒNG", "BỘ TRƯỞNG", "THỨ TRƯỞNG", "QUYỀN", "GIÁM ĐỐC SỞ", "ĐẢNG BỘ",
)  # fmt: skip
_NOTE_RE = re.compile(r"\(?[ \t]*(đã ký|ký|chữ ký|đóng dấu)\b.*", re.IGNORECASE)
# what a copy prints where the signature stands: "(Đã ký)", "(đã ký và đóng dấu)", "Đã ký",
# "(Ký, ghi rõ họ tên, đóng dấu)", "(Chữ ký số)", "[Đã ký]", "(Dấu)"
_SIGN_WORDS = r"(?:đã[ \t]+ký|ký|chữ[ \t]+ký|đóng[ \t]+dấu|dấu|ký[ \t]+số|đã[ \t]+đóng[ \t]+dấu)\b"
_SIGN_NOTE_RE = re.compile(
    rf"\([ \t]*{_SIGN_WORDS}[^()]{{0,120}}\)|\[[ \t]*{_SIGN_WORDS}[^\[\]]{{0,120}}\]"
    rf"|đã[ \t]+ký(?:[ \t]+và[ \t]+đóng[ \t]+dấu)?[ \t]*\.?",
    re.IGNORECASE,
)
# a name with its note on the same line: "Trần Thị Mai (đã ký)"
_NAME_NOTE_RE = re.compile(
    rf"(?P<name>[^()\[\]]+?)[ \t]+(?P<note>\([ \t]*{_SIGN_WORDS}[^()]{{0,120}}\))", re.IGNORECASE
)


@attrs.define
class Tail:
    """What the closing block gave."""

    recipients: Recipients | None = None
    signature: Signature | None = None
    unplaced: list[Unplaced] = attrs.field(factory=list)


def _is_upper(text: str) -> bool:
    """Every cased letter is a capital, and there is one (str.isupper, in C: linear and fast)."""
    return text.isupper()


def _is_title(text: str) -> bool:
    return _is_upper(text) and any(word in text for word in _TITLE_WORDS)


def looks_like_signature_start(text: str) -> bool:
    """An authority line ("KT. GIÁM ĐỐC") or an upper-case title ("GIÁM ĐỐC")."""
    stripped = text.strip()
    if len(stripped) > 200:
        return False
    return bool(_AUTHORITY_RE.fullmatch(stripped) and _is_upper(stripped)) or (
        _is_title(stripped) and len(stripped) < 80
    )


def _is_signature_column(text: str) -> bool:
    """An authority line or an upper-case title with no list punctuation: after "Nơi nhận:"
    on one line, the right column's first line ("GIÁM ĐỐC", "KT. CHỦ TỊCH"), never a
    recipient (a recipient line ends with ";" or "." and is rarely all in capitals)."""
    return (
        bool(text)
        and not text.endswith((";", ".", ",", ":"))
        and split_bullet(text) is None
        and looks_like_signature_start(text)
    )


def is_signature_note(text: str) -> bool:
    """ "(Đã ký)", "(đã ký và đóng dấu)", "Đã ký", "(Ký, ghi rõ họ tên)": a copy's note where
    the signature and seal stand."""
    return len(text) <= 140 and bool(_SIGN_NOTE_RE.fullmatch(text.strip()))


def _looks_like_name(text: str) -> bool:
    words = text.replace(".", " ").split()
    return (
        1 <= len(words) <= 7
        and split_bullet(text) is None  # "- Lưu: VT." is a recipient line
        and not any(ch.isdigit() for ch in text)
        and all(word[0].isupper() for word in words if word[0].isalpha())
        and not text.rstrip().endswith((";", ":"))
    )


def _entry(text: str) -> Recipient:
    clean = text.strip().rstrip(";.,").strip()
    if match := _PURPOSE_RE.fullmatch(clean):
        purpose = match["purpose"].strip()
        folded = purpose.casefold()
        if match["name"].strip() and any(folded.startswith(word) for word in _PURPOSES):
            return Recipient(name=match["name"].strip(), purpose=purpose)
    return Recipient(name=clean)


def _archive(line: Line, text: str) -> tuple[tuple[str, ...], str | None]:
    match = _ARCHIVE_RE.fullmatch(text.strip())
    assert match is not None
    units_text = match.group(2).strip().rstrip(".;").strip()
    initials = None
    raw = line.source.text
    for start, end in line.source.superscripts:
        raised = raw[start:end].strip()
        if (
            raised
            and units_text.endswith(raised)
            and end >= len(raw.rstrip().rstrip(".;").rstrip())
        ):
            initials = raised
            units_text = units_text[: -len(raised)].rstrip()
    units = tuple(unit.strip() for unit in units_text.split(",") if unit.strip())
    return units, initials


def _signature(titles: list[Line], name: Line | None) -> tuple[Signature, int]:
    """The signature the title lines give, and how many of them it holds: a title line
    beyond what the block can hold (a third plain title) is the caller's to keep."""
    texts = [line.text.strip() for line in titles]
    first = _AUTHORITY_RE.fullmatch(texts[0])
    signer_name = name.text.strip() if name is not None else None
    if first is None:
        signer = texts[1] if len(texts) > 1 else None
        signature = Signature(head_title=texts[0], signer_title=signer, name=signer_name)
        return signature, min(len(texts), 2)
    authority = _AUTHORITIES[first.group(1)]
    if authority is Authority.TM and len(texts) >= 2:
        second = _AUTHORITY_RE.fullmatch(texts[1])
        if second is not None and _AUTHORITIES[second.group(1)] is Authority.KT:
            signature = Signature(
                on_behalf_of=first.group(2),
                authority=Authority.KT,
                head_title=second.group(2),
                signer_title=texts[2] if len(texts) > 2 else None,
                name=signer_name,
            )
            return signature, min(len(texts), 3)
    if authority is Authority.Q:
        return Signature(authority=authority, head_title=first.group(2), name=signer_name), 1
    signature = Signature(
        authority=authority,
        head_title=first.group(2),
        signer_title=texts[1] if len(texts) > 1 else None,
        name=signer_name,
    )
    return signature, min(len(texts), 2)


def read_tail(lines: list[Line], context: Context) -> Tail:
    """The recipients and the signature in ``lines``; what fits neither is kept unplaced."""
    tail = Tail()
    entries: list[tuple[str, Line]] = []
    titles: list[Line] = []
    name: Line | None = None
    leftovers: list[Line] = []
    in_recipients = False
    heading: Line | None = None
    notes: list[Line] = []
    for line in lines:
        pieces = split_columns(line.text) if len(line.text) < 400 else [line.text]
        for column, piece in enumerate(pieces):
            fragment = Line(text=piece, source=line.source, blank_before=line.blank_before)
            # the two columns flattened onto one line: the first piece is the Nơi nhận column
            left_column = column == 0 and len(pieces) > 1
            if match := _RECIPIENTS_RE.match(piece):
                in_recipients = True
                if heading is not None:  # a second "Nơi nhận:": kept as written
                    leftovers.append(fragment)
                    continue
                heading = fragment
                context.place("recipients", line.location)
                rest = piece[match.end() :].strip()
                if _is_signature_column(rest) and not titles:
                    # "Nơi nhận: GIÁM ĐỐC": the two columns copied onto one line with a
                    # single space; the right one is the signature's first title
                    context.finding(
                        "R128",
                        f"the signature's title {rest!r} split from 'Nơi nhận:' on one line",
                        line.location,
                    )
                    context.place("signature", line.location)
                    titles.append(Line(text=rest, source=line.source, blank_before=False))
                elif visible(rest):
                    bullet = split_bullet(rest)
                    entries.append((bullet[1] if bullet else rest, fragment))
                continue
            bullet = split_bullet(piece)
            archive = _ARCHIVE_RE.fullmatch(piece.lstrip("-+•* "))
            if (
                in_recipients
                and (bullet is not None or (archive and archive.group(2)))
                # the signature column has no bullets: one under the titles is still a
                # recipient, until the name closes the block
                and (not titles or left_column or (name is None and bullet is not None))
            ):
                entries.append((bullet[1] if bullet else piece, fragment))
                continue
            if titles and is_signature_note(piece):
                notes.append(fragment)
                continue
            both = _NAME_NOTE_RE.fullmatch(piece) if titles and name is None else None
            if both is not None and _looks_like_name(both["name"]):
                context.finding(
                    "R127", f"the note split from the signer's name in {piece!r}", line.location
                )
                name = Line(text=both["name"], source=line.source, blank_before=False)
                notes.append(Line(text=both["note"], source=line.source, blank_before=False))
                continue
            if looks_like_signature_start(piece) and name is None:
                if not titles:
                    context.place("signature", line.location)
                titles.append(fragment)
                continue
            if (
                titles
                and name is None
                and _looks_like_name(piece)
                and not _NOTE_RE.fullmatch(piece)
            ):
                name = fragment
                continue
            if entries and not titles and not entries[-1][0].rstrip().endswith((";", ".")):
                text, where = entries[-1]
                entries[-1] = (f"{text} {piece}", where)
                context.finding("R101", "a wrapped recipient line joined", line.location)
                continue
            leftovers.append(fragment)
    if entries:
        found: list[Recipient] = []
        as_above = False
        archive_units: tuple[str, ...] = ()
        initials: str | None = None
        for text, where in entries:
            clean = text.strip().lstrip("-+•* ").strip()
            folded = clean.rstrip(";.,").strip().casefold()
            if folded == "như trên":
                as_above = True
            elif (
                (archive := _ARCHIVE_RE.fullmatch(clean))
                and visible(archive.group(2))  # a bare "Lưu" names no unit: kept as an entry
                # the list's last line: an archive line with entries after it (or a second
                # one) is kept as an entry where it stands, never merged out of order
                and where is entries[-1][1]
                and not looks_like_mark(clean)  # "LƯU HÀNH NỘI BỘ" is no archive line
            ):
                archive_units, initials = _archive(where, clean)
            else:
                found.append(_entry(clean))
        try:
            tail.recipients = Recipients(
                entries=found, as_above=as_above, archive=archive_units, drafter=initials
            )
        except DanvanError as error:
            context.finding(
                "R215", f"the recipients could not be read: {error}", entries[0][1].location
            )
            leftovers = [where for _, where in entries] + leftovers
    if heading is not None and tail.recipients is None:
        leftovers.insert(0, heading)  # "Nơi nhận:" with nothing under it: kept as written
    if titles:
        try:
            signature, used = _signature(titles, name)
            tail.signature = attrs.evolve(signature, notes=[note.text for note in notes])
            leftovers = [*titles[used:], *leftovers]  # title lines the block cannot hold
            for index, note in enumerate(notes):
                context.place(f"signature.notes[{index}]", note.location)
        except DanvanError as error:
            context.finding("R216", f"the signature could not be read: {error}", titles[0].location)
            leftovers = [*titles, *([name] if name is not None else []), *notes, *leftovers]
    elif name is not None:
        leftovers.append(name)
    if leftovers:
        kept = context.keep(
            leftovers, "a line of the closing block that is neither recipient nor signature"
        )
        if kept is not None:
            tail.unplaced.append(kept)
    return tail
