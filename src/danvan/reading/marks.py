"""The decree's marks in a header (dấu chỉ độ mật, độ khẩn, phạm vi lưu hành; dự thảo).

:func:`read_mark` says which mark a header fragment is: "DỰ THẢO" / "Dự thảo lần 2", "MẬT",
"TỐI MẬT", "TUYỆT MẬT", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI
BỘ" (Nghị định 30/2020/NĐ-CP, Phụ lục I, III.2), in any case, in brackets, boxed in "*" or
"_". The recognizer reads them into the document's fields (``draft_revision`` and the
draft status, ``secrecy``, ``urgency``, ``circulation``), which the renderers print.
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from danvan.model import Circulation, Secrecy, Urgency

__all__ = ["HeaderMark", "looks_like_mark", "read_mark"]

_MARK_RE = re.compile(
    r"(?P<draft>dự\s+thảo(?:\s+lần\s+(?P<revision>[0-9]{1,2}))?)"
    r"|(?P<secrecy>mật|tối\s+mật|tuyệt\s+mật)"
    r"|(?P<urgency>khẩn|thượng\s+khẩn|h(?:ỏa|oả)\s+tốc)"
    r"|(?P<circulation>xem\s+xong\s+trả\s+lại|lưu\s+hành\s+nội\s+bộ)"
)
# a draft's other ways of saying its revision ("Dự thảo 2", "DỰ THẢO LẦN THỨ 3", "lần 02"):
# recognised as marks (no agency name), but kept as written, since the renderers print
# "DỰ THẢO LẦN 2" and the words would not survive a re-rendering
_OTHER_DRAFT_RE = re.compile(r"dự\s+thảo\s+(?:lần\s+)?(?:thứ\s+)?\S{1,6}")
_WRAPPING = " *_.()[]"

_SECRECY = {member.value.casefold(): member for member in Secrecy}
_URGENCY = {member.value.casefold(): member for member in Urgency}
_CIRCULATION = {member.value.casefold(): member for member in Circulation}


@attrs.frozen
class HeaderMark:
    """A mark read from one fragment: the document field it fills and its value.

    ``field`` is "draft" (``value`` the revision, ``None`` for a plain "DỰ THẢO"),
    "secrecy", "urgency" or "circulation" (``value`` the enum member).
    """

    field: str
    value: Secrecy | Urgency | Circulation | int | None
    respelled: bool = False
    """The source spells the mark otherwise than the model prints it ("HOẢ TỐC")."""


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split()).strip(_WRAPPING)


def looks_like_mark(text: str) -> bool:
    """True when ``text`` is one of the decree's marks, readable or not ("Dự thảo 2")."""
    folded = _fold(text)
    return bool(_MARK_RE.fullmatch(folded) or _OTHER_DRAFT_RE.fullmatch(folded))


def read_mark(text: str) -> HeaderMark | None:
    """The mark ``text`` is, when its value can be held and printed back as written."""
    folded = _fold(text)
    match = _MARK_RE.fullmatch(folded)
    if match is None:
        return None
    if match["draft"]:
        revision = match["revision"]
        if revision is None:
            return HeaderMark("draft", None)
        if revision.startswith("0") or int(revision) == 0:
            return None  # "lần 02" would print "LẦN 2": kept as written
        return HeaderMark("draft", int(revision))
    words = " ".join(folded.split())
    if match["secrecy"]:
        return HeaderMark("secrecy", _SECRECY[words])
    if match["urgency"]:
        spelled = words.replace("hoả", "hỏa")
        return HeaderMark("urgency", _URGENCY[spelled], respelled=spelled != words)
    return HeaderMark("circulation", _CIRCULATION[words])
