"""DocumentType (loại văn bản): codes per symbol form, lookups by code and name, titles."""

from __future__ import annotations

import pickle

import pytest

from danvan.model import DocumentSystem, DocumentType, SymbolForm
from danvan.model.types import type_codes

T = DocumentType

# Phụ lục III of Nghị định 30/2020/NĐ-CP, in the decree's order.
STATE_CODES: list[tuple[str, DocumentType]] = [
    ("NQ", T.NGHI_QUYET),
    ("QĐ", T.QUYET_DINH),
    ("CT", T.CHI_THI),
    ("QC", T.QUY_CHE),
    ("QyĐ", T.QUY_DINH),
    ("TC", T.THONG_CAO),
    ("TB", T.THONG_BAO),
    ("HD", T.HUONG_DAN),
    ("CTr", T.CHUONG_TRINH),
    ("KH", T.KE_HOACH),
    ("PA", T.PHUONG_AN),
    ("ĐA", T.DE_AN),
    ("DA", T.DU_AN),
    ("BC", T.BAO_CAO),
    ("BB", T.BIEN_BAN),
    ("TTr", T.TO_TRINH),
    ("HĐ", T.HOP_DONG),
    ("CĐ", T.CONG_DIEN),
    ("BGN", T.BAN_GHI_NHO),
    ("BTT", T.BAN_THOA_THUAN),
    ("GUQ", T.GIAY_UY_QUYEN),
    ("GM", T.GIAY_MOI),
    ("GGT", T.GIAY_GIOI_THIEU),
    ("GNP", T.GIAY_NGHI_PHEP),
    ("PG", T.PHIEU_GUI),
    ("PC", T.PHIEU_CHUYEN),
    ("PB", T.PHIEU_BAO),
]

NORMATIVE_CODES: list[tuple[str, DocumentType]] = [
    ("NĐ", T.NGHI_DINH),
    ("TT", T.THONG_TU),
    ("TTLT", T.THONG_TU_LIEN_TICH),
    ("QĐ", T.QUYET_DINH),
    ("NQ", T.NGHI_QUYET),
    ("CT", T.CHI_THI),
]

PARTY_CODES: list[tuple[str, DocumentType]] = [
    ("NQ", T.NGHI_QUYET),
    ("QĐ", T.QUYET_DINH),
    ("QĐi", T.QUY_DINH),
    ("CT", T.CHI_THI),
    ("KL", T.KET_LUAN),
    ("QC", T.QUY_CHE),
    ("TT", T.THONG_TRI),
    ("HD", T.HUONG_DAN),
    ("TB", T.THONG_BAO),
    ("BC", T.BAO_CAO),
    ("KH", T.KE_HOACH),
    ("CTr", T.CHUONG_TRINH),
    ("TTr", T.TO_TRINH),
    ("CV", T.CONG_VAN),
    ("BB", T.BIEN_BAN),
    ("ĐA", T.DE_AN),
    ("PA", T.PHUONG_AN),
]


@pytest.mark.parametrize(("code", "kind"), STATE_CODES)
def test_state_codes(code: str, kind: DocumentType) -> None:
    assert DocumentType.from_code(code, SymbolForm.ADMINISTRATIVE) is kind
    assert kind.code(SymbolForm.ADMINISTRATIVE) == code


@pytest.mark.parametrize(("code", "kind"), NORMATIVE_CODES)
def test_normative_codes(code: str, kind: DocumentType) -> None:
    assert DocumentType.from_code(code, SymbolForm.NORMATIVE) is kind
    assert kind.code(SymbolForm.NORMATIVE) == code


@pytest.mark.parametrize(("code", "kind"), PARTY_CODES)
def test_party_codes(code: str, kind: DocumentType) -> None:
    assert DocumentType.from_code(code, SymbolForm.PARTY) is kind
    assert kind.code(SymbolForm.PARTY) == code


def test_code_sets_are_exactly_the_tables() -> None:
    assert type_codes(SymbolForm.ADMINISTRATIVE) == {code for code, _ in STATE_CODES}
    assert type_codes(SymbolForm.NORMATIVE) == {code for code, _ in NORMATIVE_CODES}
    assert type_codes(SymbolForm.PARTY) == {code for code, _ in PARTY_CODES}
    assert type_codes(SymbolForm.CORRESPONDENCE) == frozenset()
    assert len(STATE_CODES) == 27  # Điều 7 lists 29 types, 27 of them with a code


@pytest.mark.parametrize("code", ["QyĐ", "CTr", "TTr", "QĐi"])
def test_mixed_case_codes_are_kept_and_case_sensitive(code: str) -> None:
    form = SymbolForm.PARTY if code == "QĐi" else SymbolForm.ADMINISTRATIVE
    kind = DocumentType.from_code(code, form)
    assert kind is not None
    assert kind.code(form) == code
    assert DocumentType.from_code(code.upper(), form) is not kind
    assert DocumentType.from_code(code.lower(), form) is None


@pytest.mark.parametrize(
    ("code", "form"),
    [
        ("QĐi", SymbolForm.ADMINISTRATIVE),  # the Party Quy định, not the State one
        ("QyĐ", SymbolForm.PARTY),
        ("KL", SymbolForm.ADMINISTRATIVE),  # Kết luận is a Party type
        ("CV", SymbolForm.ADMINISTRATIVE),  # a State Công văn has no type code
        ("BC", SymbolForm.NORMATIVE),
        ("NĐ", SymbolForm.ADMINISTRATIVE),
        ("BC", SymbolForm.CORRESPONDENCE),
        ("TS", SymbolForm.ADMINISTRATIVE),  # an old code, not in ND30
        ("bc", SymbolForm.ADMINISTRATIVE),
        ("", SymbolForm.ADMINISTRATIVE),
    ],
)
def test_unknown_codes(code: str, form: SymbolForm) -> None:
    assert DocumentType.from_code(code, form) is None


def test_same_code_differs_by_form() -> None:
    assert DocumentType.from_code("TT", SymbolForm.NORMATIVE) is T.THONG_TU
    assert DocumentType.from_code("TT", SymbolForm.PARTY) is T.THONG_TRI
    assert DocumentType.from_code("TT", SymbolForm.ADMINISTRATIVE) is None


@pytest.mark.parametrize(
    ("kind", "form"),
    [
        (T.CONG_VAN, SymbolForm.ADMINISTRATIVE),
        (T.CONG_VAN, SymbolForm.CORRESPONDENCE),
        (T.KET_LUAN, SymbolForm.ADMINISTRATIVE),
        (T.BAO_CAO, SymbolForm.NORMATIVE),
        (T.LUAT, SymbolForm.NORMATIVE),
    ],
)
def test_types_without_a_code_in_a_form(kind: DocumentType, form: SymbolForm) -> None:
    assert kind.code(form) is None


def test_cong_van_is_cv_in_party_symbols() -> None:
    assert T.CONG_VAN.code(SymbolForm.PARTY) == "CV"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Báo cáo", T.BAO_CAO),
        ("báo cáo", T.BAO_CAO),
        ("BÁO CÁO", T.BAO_CAO),
        ("  Kế hoạch ", T.KE_HOACH),
        ("kế hoạch", T.KE_HOACH),
        ("Kết luận", T.KET_LUAN),
        ("Nghị quyết", T.NGHI_QUYET),
        ("Công văn", T.CONG_VAN),
        ("Thông tư liên tịch", T.THONG_TU_LIEN_TICH),
        ("Đề án", T.DE_AN),
        ("Dự án", T.DU_AN),
    ],
)
def test_from_name(name: str, kind: DocumentType) -> None:
    assert DocumentType.from_name(name) is kind


@pytest.mark.parametrize("name", ["", "Báo", "Bao cao", "Report", "Kế hoạch số"])
def test_from_name_unknown(name: str) -> None:
    assert DocumentType.from_name(name) is None


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        (T.BAO_CAO, "BÁO CÁO"),
        (T.KE_HOACH, "KẾ HOẠCH"),
        (T.QUYET_DINH, "QUYẾT ĐỊNH"),
        (T.TO_TRINH, "TỜ TRÌNH"),
        (T.GIAY_UY_QUYEN, "GIẤY ỦY QUYỀN"),
    ],
)
def test_title(kind: DocumentType, title: str) -> None:
    assert kind.title == title


@pytest.mark.parametrize("kind", list(DocumentType))
def test_every_type_round_trips_by_name_and_title(kind: DocumentType) -> None:
    assert DocumentType.from_name(kind.value) is kind
    assert DocumentType.from_name(kind.title) is kind
    assert kind.title == kind.value.upper()
    assert pickle.loads(pickle.dumps(kind)) is kind


@pytest.mark.parametrize("form", list(SymbolForm))
def test_codes_map_back_to_their_type(form: SymbolForm) -> None:
    for code in type_codes(form):
        kind = DocumentType.from_code(code, form)
        assert kind is not None
        assert kind.code(form) == code


def test_systems_and_forms() -> None:
    assert {s.value for s in DocumentSystem} == {"state", "party"}
    assert {f.value for f in SymbolForm} == {
        "administrative",
        "normative",
        "correspondence",
        "party",
    }
