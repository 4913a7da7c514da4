"""The decree's optional marks of a document: độ mật, độ khẩn, phạm vi lưu hành (ô 10a, 10b, 11).

Nghị định 30/2020/NĐ-CP, Phụ lục I, III.2 fixes their wording; the value of each member is
the text printed in the box, in capitals.
"""

from __future__ import annotations

import enum

__all__ = ["Circulation", "Secrecy", "Urgency"]


class Secrecy(enum.Enum):
    """Độ mật (ô 10a): «tuyệt mật, tối mật hoặc mật» (Phụ lục I, III.2.a)."""

    MAT = "MẬT"
    """Mật: secret."""
    TOI_MAT = "TỐI MẬT"
    """Tối mật: top secret."""
    TUYET_MAT = "TUYỆT MẬT"
    """Tuyệt mật: the highest level."""


class Urgency(enum.Enum):
    """Mức độ khẩn (ô 10b): «hoả tốc, thượng khẩn, khẩn» (Phụ lục I, III.2.b).

    The decree's text spells «HOẢ TỐC», its Mẫu chữ table «HỎA TỐC»; danvan keeps the
    tone mark on the first vowel everywhere ("hòa", "ủy"), so "HỎA TỐC".
    """

    KHAN = "KHẨN"
    """Khẩn: urgent (stamp 20 mm × 8 mm)."""
    THUONG_KHAN = "THƯỢNG KHẨN"
    """Thượng khẩn: very urgent (stamp 40 mm × 8 mm)."""
    HOA_TOC = "HỎA TỐC"
    """Hỏa tốc: immediate (stamp 30 mm × 8 mm)."""


class Circulation(enum.Enum):
    """Chỉ dẫn về phạm vi lưu hành (ô 11): the two the decree names (Phụ lục I, III.2.c)."""

    XEM_XONG_TRA_LAI = "XEM XONG TRẢ LẠI"
    """Return after reading."""
    LUU_HANH_NOI_BO = "LƯU HÀNH NỘI BỘ"
    """Internal circulation only."""
