"""Which bodies are Party bodies (cơ quan của Đảng): recognised from the form of a name or a code.

One place for this knowledge, used to choose between the State layout of Nghị định
30/2020/NĐ-CP and the Party layout of Hướng dẫn 36-HD/VPTW (conventions/nd30.md §4).

A name is a Party body when it names

- a Party committee (cấp ủy): a level word followed by "ủy" — "Tỉnh ủy", "Thành ủy",
  "Huyện ủy", "Quận ủy", "Thị ủy", "Khu ủy", "Quân ủy", "Đảng ủy", "Đặc khu ủy" — on its own
  or inside the name of one of its organs ("Ban Dân vận Huyện ủy", "Văn phòng Tỉnh ủy",
  "Ban Thường vụ Đảng ủy Khối");
- the Party itself: the word "Đảng" ("Đảng bộ tỉnh", "Đảng đoàn", "Ban cán sự đảng",
  "Văn phòng Trung ương Đảng"), a "Chi bộ", the "Bộ Chính trị" or the "Ban Bí thư";
- an organ that only the Party has: "Ủy ban Kiểm tra" at any level (the State's
  inspectorates are "Thanh tra"), "Ban Dân vận", "Ban Tuyên giáo", "Ban Nội chính", and
  the central organs "Ban … Trung ương" of the Party ("Ban Tổ chức Trung ương").

"Ủy ban nhân dân", "Hội đồng nhân dân", "Sở …", the Fatherland Front and the mass
organisations ("Ban Thường vụ Tỉnh Đoàn", "Ban Chấp hành Trung ương Đoàn") are not.

A symbol's issuer code is a Party code when it is one of the codes seen on Party
documents or ends the way they do: "TW" (Trung ương), "TU" (Tỉnh ủy, Thành ủy), "HU"
(Huyện ủy), "QU" (Quận ủy), "ĐU" (Đảng ủy). Only "TW", "VPTW", "BTCTW" and "UBKTTU" are
[sourced] (conventions §4.2); the suffix rule is [unverified], consistent with the
pattern body + level of those codes.
"""

from __future__ import annotations

import re
import unicodedata

from danvan.vn.text import normalize_tone_marks

__all__ = ["PARTY_ISSUER_CODES", "is_party_body", "is_party_code"]

PARTY_ISSUER_CODES: frozenset[str] = frozenset(
    {"TW", "VPTW", "BTCTW", "BDVTW", "BTGTW", "UBKTTW", "TU", "HU", "QU", "ĐU", "BDVTU", "UBKTTU"}
)
"""Issuer codes seen on Party documents; beyond TW, VPTW, BTCTW and UBKTTU [unverified]
(conventions §4.2), consistent with the pattern body + level."""

_PARTY_CODE_END = re.compile(r"(?:TW|TU|HU|QU|ĐU)")
"""The level a Party issuer code ends with: Trung ương, Tỉnh/Thành ủy, Huyện ủy, Quận ủy,
Đảng ủy [unverified: the pattern of the sourced codes]."""

# Names are compared in NFC, casefolded, tone marks in one place ("uỷ" == "ủy"), one space.
_COMMITTEE = r"(?:tỉnh|thành|huyện|quận|thị|khu|quân|đảng|đặc khu)\s+ủy"
_PARTY_NAME = re.compile(
    rf"""
    (?<!\w)(?:
        {_COMMITTEE}                                   # a cấp ủy, or an organ named after it
      | đảng                                           # Đảng bộ, Đảng đoàn, ban cán sự đảng
      | chi\s+bộ
      | bộ\s+chính\s+trị
      | ban\s+bí\s+thư
      | ủy\s+ban\s+kiểm\s+tra                          # only the Party has one
      | ban\s+(?:dân\s+vận|tuyên\s+giáo|nội\s+chính)   # advisory organs of the Party only
      | ban\s+(?:tổ\s+chức|kinh\s+tế|đối\s+ngoại|chính\s+sách,?\s+chiến\s+lược)
        \s+trung\s+ương
      | hội\s+đồng\s+lý\s+luận\s+trung\s+ương
      | quân\s+ủy
    )(?!\w)
    """,
    re.VERBOSE,
)
_CENTRAL_COMMITTEE = re.compile(r"^ban\s+chấp\s+hành\s+trung\s+ương$")
"""The Party's Central Committee named alone ("Ban Chấp hành Trung ương"); followed by
"Đoàn" or "Hội" it is a mass organisation's."""


def _fold(name: str) -> str:
    text = normalize_tone_marks(unicodedata.normalize("NFC", name))
    return " ".join(text.casefold().split())


def is_party_body(name: str | None) -> bool:
    """True when ``name`` is the name of a Party body ("Ban Dân vận Huyện ủy", "Đảng ủy xã",
    "HUYỆN UỶ ĐỊNH HOÁ"); False for State bodies ("Ủy ban nhân dân tỉnh", "Sở Nội vụ")."""
    if not name:
        return False
    folded = _fold(name)
    return bool(_PARTY_NAME.search(folded) or _CENTRAL_COMMITTEE.match(folded))


def is_party_code(code: str | None) -> bool:
    """True when an issuer code (chữ viết tắt cơ quan ban hành) is a Party code: listed in
    :data:`PARTY_ISSUER_CODES` or ending in TW, TU, HU, QU or ĐU ("BDVHU", "UBKTĐU").

    Of a joint code ("BDVTU-BCSĐUBND") the first group, the lead body, decides.
    """
    if not code:
        return False
    lead = unicodedata.normalize("NFC", code).strip().split("-")[0].upper()
    return lead in PARTY_ISSUER_CODES or _PARTY_CODE_END.search(lead[-2:]) is not None
