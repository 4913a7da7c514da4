"""Document types (loại văn bản) and their official abbreviations, for State and Party documents.

State codes follow Phụ lục III of Nghị định 30/2020/NĐ-CP; normative codes (văn bản quy
phạm pháp luật) follow the "04/2015/NĐ-CP" pattern; Party codes are assembled from real
Party document numbers because Hướng dẫn 36-HD/VPTW's own list could not be read
(see conventions/nd30.md §4.2): those marked below are unverified.
"""

from __future__ import annotations

import enum

__all__ = ["DocumentSystem", "DocumentType", "SymbolForm", "type_codes"]


class DocumentSystem(enum.Enum):
    """Which system issued a document (hệ thống văn bản): the State or the Party."""

    STATE = "state"
    """Văn bản của Nhà nước: symbols use "/" before the type ("87/KH-SKHCN")."""
    PARTY = "party"
    """Văn bản của Đảng: symbols use "-" before the type ("114-KL/TW")."""


class SymbolForm(enum.Enum):
    """The shape of a number and symbol (số, ký hiệu)."""

    ADMINISTRATIVE = "administrative"
    """Văn bản hành chính có tên loại: "538/BC-SKHCN"."""
    NORMATIVE = "normative"
    """Văn bản quy phạm pháp luật, with the year: "04/2015/NĐ-CP"."""
    CORRESPONDENCE = "correspondence"
    """Công văn of the State, no type code: "745/SKH&CN-VP"."""
    PARTY = "party"
    """Văn bản của Đảng: "114-KL/TW", "95-KH/BDVTU-BCSĐUBND"."""


class DocumentType(enum.Enum):
    """Loại văn bản; the value is the Vietnamese name as written in running text."""

    NGHI_QUYET = "Nghị quyết"
    QUYET_DINH = "Quyết định"
    CHI_THI = "Chỉ thị"
    QUY_CHE = "Quy chế"
    QUY_DINH = "Quy định"
    THONG_CAO = "Thông cáo"
    THONG_BAO = "Thông báo"
    HUONG_DAN = "Hướng dẫn"
    CHUONG_TRINH = "Chương trình"
    KE_HOACH = "Kế hoạch"
    PHUONG_AN = "Phương án"
    DE_AN = "Đề án"
    DU_AN = "Dự án"
    BAO_CAO = "Báo cáo"
    BIEN_BAN = "Biên bản"
    TO_TRINH = "Tờ trình"
    HOP_DONG = "Hợp đồng"
    CONG_DIEN = "Công điện"
    BAN_GHI_NHO = "Bản ghi nhớ"
    BAN_THOA_THUAN = "Bản thỏa thuận"
    GIAY_UY_QUYEN = "Giấy ủy quyền"
    GIAY_MOI = "Giấy mời"
    GIAY_GIOI_THIEU = "Giấy giới thiệu"
    GIAY_NGHI_PHEP = "Giấy nghỉ phép"
    PHIEU_GUI = "Phiếu gửi"
    PHIEU_CHUYEN = "Phiếu chuyển"
    PHIEU_BAO = "Phiếu báo"
    CONG_VAN = "Công văn"
    KET_LUAN = "Kết luận"
    THONG_TRI = "Thông tri"
    NGHI_DINH = "Nghị định"
    THONG_TU = "Thông tư"
    THONG_TU_LIEN_TICH = "Thông tư liên tịch"
    LUAT = "Luật"
    BO_LUAT = "Bộ luật"
    HIEN_PHAP = "Hiến pháp"
    PHAP_LENH = "Pháp lệnh"

    @property
    def title(self) -> str:
        """The heading as printed on the document: "BÁO CÁO", "KẾ HOẠCH"."""
        return self.value.upper()

    def code(self, form: SymbolForm) -> str | None:
        """The abbreviation used in a symbol of ``form`` (``None`` when that form has none)."""
        table = _CODES_BY_FORM[form]
        for code, kind in table.items():
            if kind is self:
                return code
        return None

    @classmethod
    def from_code(cls, code: str, form: SymbolForm) -> DocumentType | None:
        """The type a symbol code stands for in ``form`` ("KL" in a Party symbol is Kết luận)."""
        return _CODES_BY_FORM[form].get(code)

    @classmethod
    def from_name(cls, name: str) -> DocumentType | None:
        """The type named by a Vietnamese word, case-insensitive: "kế hoạch" → KE_HOACH."""
        wanted = name.strip().casefold()
        for kind in cls:
            if kind.value.casefold() == wanted:
                return kind
        return None


# Phụ lục III, Nghị định 30/2020/NĐ-CP [sourced]. Mixed case (QyĐ, CTr, TTr) is official.
_STATE_CODES: dict[str, DocumentType] = {
    "NQ": DocumentType.NGHI_QUYET,
    "QĐ": DocumentType.QUYET_DINH,
    "CT": DocumentType.CHI_THI,
    "QC": DocumentType.QUY_CHE,
    "QyĐ": DocumentType.QUY_DINH,
    "TC": DocumentType.THONG_CAO,
    "TB": DocumentType.THONG_BAO,
    "HD": DocumentType.HUONG_DAN,
    "CTr": DocumentType.CHUONG_TRINH,
    "KH": DocumentType.KE_HOACH,
    "PA": DocumentType.PHUONG_AN,
    "ĐA": DocumentType.DE_AN,
    "DA": DocumentType.DU_AN,
    "BC": DocumentType.BAO_CAO,
    "BB": DocumentType.BIEN_BAN,
    "TTr": DocumentType.TO_TRINH,
    "HĐ": DocumentType.HOP_DONG,
    "CĐ": DocumentType.CONG_DIEN,
    "BGN": DocumentType.BAN_GHI_NHO,
    "BTT": DocumentType.BAN_THOA_THUAN,
    "GUQ": DocumentType.GIAY_UY_QUYEN,
    "GM": DocumentType.GIAY_MOI,
    "GGT": DocumentType.GIAY_GIOI_THIEU,
    "GNP": DocumentType.GIAY_NGHI_PHEP,
    "PG": DocumentType.PHIEU_GUI,
    "PC": DocumentType.PHIEU_CHUYEN,
    "PB": DocumentType.PHIEU_BAO,
}

# "04/2015/NĐ-CP", "18/2000/CT-TTg", "28/2021/QĐ-UBND" [sourced: conventions §3].
_NORMATIVE_CODES: dict[str, DocumentType] = {
    "NĐ": DocumentType.NGHI_DINH,
    "TT": DocumentType.THONG_TU,
    "TTLT": DocumentType.THONG_TU_LIEN_TICH,
    "QĐ": DocumentType.QUYET_DINH,
    "NQ": DocumentType.NGHI_QUYET,
    "CT": DocumentType.CHI_THI,
}

# Party codes: NQ, QĐ, KL, HD, CV are attested in real numbers; the rest are
# [unverified] (conventions §4.2) and may change with Hướng dẫn 05-HD/VPTW (2026).
_PARTY_CODES: dict[str, DocumentType] = {
    "NQ": DocumentType.NGHI_QUYET,
    "QĐ": DocumentType.QUYET_DINH,
    "QĐi": DocumentType.QUY_DINH,
    "CT": DocumentType.CHI_THI,
    "KL": DocumentType.KET_LUAN,
    "QC": DocumentType.QUY_CHE,
    "TT": DocumentType.THONG_TRI,
    "HD": DocumentType.HUONG_DAN,
    "TB": DocumentType.THONG_BAO,
    "BC": DocumentType.BAO_CAO,
    "KH": DocumentType.KE_HOACH,
    "CTr": DocumentType.CHUONG_TRINH,
    "TTr": DocumentType.TO_TRINH,
    "CV": DocumentType.CONG_VAN,
    "BB": DocumentType.BIEN_BAN,
    "ĐA": DocumentType.DE_AN,
    "PA": DocumentType.PHUONG_AN,
}

_CODES_BY_FORM: dict[SymbolForm, dict[str, DocumentType]] = {
    SymbolForm.ADMINISTRATIVE: _STATE_CODES,
    SymbolForm.NORMATIVE: _NORMATIVE_CODES,
    SymbolForm.CORRESPONDENCE: {},
    SymbolForm.PARTY: _PARTY_CODES,
}


def type_codes(form: SymbolForm) -> frozenset[str]:
    """Every type code a symbol of ``form`` may carry."""
    return frozenset(_CODES_BY_FORM[form])
