"""check_references: one test per finding code, clean texts, spans, the registry switch."""

from __future__ import annotations

import datetime as dt

import pytest

from danvan.errors import InvalidValueError
from danvan.model.finding import Finding, Severity
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentType
from danvan.refs import FINDING_CODES, check_references, extract_references
from danvan.refs.registry import Registry, RegistryEntry

T = DocumentType
N = DocumentNumber.parse


def registry() -> Registry:
    return Registry(
        [
            RegistryEntry(
                reference=LegalReference(
                    document_type=T.NGHI_QUYET,
                    symbol=N("25-NQ/TW"),
                    date=dt.date(2013, 6, 3),
                    issuer="Ban Chấp hành Trung ương",
                    term="khóa XI",
                )
            ),
            RegistryEntry(
                reference=LegalReference(
                    document_type=T.KET_LUAN, symbol=N("114-KL/TW"), date=dt.date(2015, 7, 14)
                )
            ),
        ]
    )


def codes(text: str, **kwargs: object) -> list[str]:
    return [f.code for f in check_references(text, registry=kwargs.get("registry"))]  # type: ignore[arg-type]


def only(text: str, code: str, **kwargs: object) -> Finding:
    found = check_references(text, registry=kwargs.get("registry"))  # type: ignore[arg-type]
    assert [f.code for f in found] == [code], found
    finding = found[0]
    assert finding.severity is FINDING_CODES[code].severity
    assert finding.span is not None
    return finding


def test_finding_codes_are_stable() -> None:
    assert set(FINDING_CODES) == {
        "ref.date-mismatch",
        "ref.party-symbol-state-style",
        "ref.malformed-symbol",
        "ref.issuer-mismatch",
        "ref.inconsistent-dates",
        "ref.type-code-mismatch",
        "ref.other-document",
    }
    for code, meaning in FINDING_CODES.items():
        assert meaning.code == code
        assert isinstance(meaning.severity, Severity)
        assert meaning.description
        assert "\n" not in meaning.description


def test_clean_citations_have_no_findings() -> None:
    text = (
        "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI); Nghị định số "
        "04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ; Chỉ thị số 33/CT-TTg của Thủ tướng Chính "
        "phủ; Kế hoạch số 95-KH/BDVTU-BCSĐUBND của Ban Dân vận Tỉnh ủy; Công văn số "
        "745/SKH&CN-VP của Sở Khoa học và Công nghệ; Luật Đo lường."
    )
    assert check_references(text, registry=registry()) == []


# -- ref.party-symbol-state-style ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written", "canonical"),
    [
        ("triển khai Chỉ thị số 05/CT-TW của Bộ Chính trị", "05/CT-TW", "05-CT/TW"),
        ("theo Hướng dẫn 01/HD/BDVTW, ngày 16.3.2021", "01/HD/BDVTW", "01-HD/BDVTW"),
    ],
)
def test_party_symbol_written_state_style(text: str, written: str, canonical: str) -> None:
    finding = only(text, "ref.party-symbol-state-style")
    assert finding.span is not None
    assert text[slice(*finding.span)] == written
    assert canonical in finding.message


# -- ref.malformed-symbol --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Thực hiện Kế hoạch 139- KH/TU ngày 05/3/2019", "139- KH/TU"),
        ("Công văn số 09 - CV/BCĐ của Ban Chỉ đạo tỉnh", "09 - CV/BCĐ"),
        ("Nghị định số 04/2015/NĐCP ngày 09/01/2015 của Chính phủ", "04/2015/NĐCP"),
        ("Kế hoạch số 12/KH–UBND của UBND huyện", "12/KH–UBND"),
    ],
)
def test_malformed_symbol(text: str, written: str) -> None:
    finding = only(text, "ref.malformed-symbol")
    assert finding.span is not None
    assert text[slice(*finding.span)] == written


# -- ref.issuer-mismatch ---------------------------------------------------------------------


def test_central_resolution_credited_to_a_provincial_committee() -> None:
    text = "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Thường vụ Tỉnh ủy về dân vận"
    finding = only(text, "ref.issuer-mismatch")
    assert "Ban Thường vụ Tỉnh ủy" in finding.message
    assert finding.span == (0, text.index(" về"))


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 25-NQ/TW của Ban Chấp hành TW Đảng",
        "Kết luận số 01-KL/TW của Bộ Chính trị",
        "Chỉ thị số 29-CT/TU của Ban Thường vụ tỉnh ủy",
        "Kế hoạch 139-KH/TU của Tỉnh Ủy",
        "Kế hoạch số 95-KH/BDVTU-BCSĐUBND của Ban dân vận Tỉnh ủy-Ban cán sự đảng UBND tỉnh",
        "Quyết định số 28/2021/QĐ-UBND của Ủy ban nhân dân tỉnh Sơn La",
        "Luật số 35/2013/QH13 của Quốc hội",
        "Quyết định số 247/QĐ-SKHCN của Giám đốc Sở",  # an issuer the data does not know
    ],
)
def test_issuers_that_fit_their_symbol(text: str) -> None:
    assert codes(text) == []


def test_a_state_document_credited_to_a_party_body() -> None:
    only("Nghị định số 04/2015/NĐ-CP của Bộ Chính trị", "ref.issuer-mismatch")


def test_an_issuer_shared_across_a_list_is_checked_too() -> None:
    text = "Quyết định số 12/QĐ-UBND, Quyết định số 13/QĐ-UBND của Ban Thường vụ Tỉnh ủy"
    found = check_references(text, registry=None)
    assert [f.code for f in found] == ["ref.issuer-mismatch", "ref.issuer-mismatch"]
    assert "shared" in found[0].message


# -- ref.inconsistent-dates ------------------------------------------------------------------


def test_one_document_with_two_dates_in_one_text() -> None:
    text = (
        "Nghị quyết số 25-NQ/TW ngày 30/6/2013 của Ban Chấp hành Trung ương; sau đó tiếp tục "
        "thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương."
    )
    finding = only(text, "ref.inconsistent-dates")
    second = text.rindex("Nghị quyết")
    assert finding.span is not None
    assert finding.span[0] == second
    assert "30/6/2013" in finding.message
    assert "03/6/2013" in finding.message


def test_the_same_date_written_two_ways_is_consistent() -> None:
    text = (
        "Hướng dẫn 01-HD/BDVTW ngày 16.3.2021 của Ban Dân vận Trung ương; theo Hướng dẫn "
        "01-HD/BDVTW ngày 16/3/2021 và Kết luận số 114-KL/TW ngày 14 tháng 7 năm 2015, Kết "
        "luận số 114-KL/TW ngày 14/7/2015"
    )
    assert codes(text) == []


def test_a_repaired_symbol_is_the_same_document() -> None:
    text = "Hướng dẫn 01/HD/BDVTW ngày 16/3/2021; Hướng dẫn 01-HD/BDVTW ngày 17/3/2021"
    assert codes(text) == ["ref.party-symbol-state-style", "ref.inconsistent-dates"]


# -- ref.type-code-mismatch ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("II. KẾT QUẢ THỰC HIỆN KẾT LUẬN SỐ 114-KT/TW", "114-KT/TW"),
        ("Kết luận số 114-NQ/TW của Ban Bí thư", "114-NQ/TW"),
        ("Kế hoạch số 12/BC-UBND của UBND huyện", "12/BC-UBND"),
        ("Kế hoạch số 87/SKHCN-VP ngày 31/3/2015", "87/SKHCN-VP"),  # a Công văn symbol
    ],
)
def test_type_word_disagrees_with_type_code(text: str, written: str) -> None:
    finding = only(text, "ref.type-code-mismatch")
    assert finding.span is not None
    assert text[slice(*finding.span)] == written


@pytest.mark.parametrize(
    "text",
    [
        "Quy định số 124-QĐ/TW của Bộ Chính trị",  # the 2026 guide codes Quy định QĐ
        "Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương",
        "Công văn số 54-CV/BCĐ của Ban Chỉ đạo tỉnh",
        "Thông tri số 03-TT/TW của Ban Bí thư",
        "Luật số 64/2025/QH15 của Quốc hội",
    ],
)
def test_type_codes_that_fit(text: str) -> None:
    assert codes(text) == []


# -- ref.date-mismatch -----------------------------------------------------------------------


def test_date_that_disagrees_with_the_registry() -> None:
    text = "Nghị quyết số 25-NQ/TW ngày 30/6/2013 của Ban Chấp hành Trung ương khóa XI"
    finding = only(text, "ref.date-mismatch", registry=registry())
    assert "30/6/2013" in finding.message
    assert "03/6/2013" in finding.message
    assert codes(text, registry=None) == []


def test_a_date_the_registry_agrees_with_or_lacks() -> None:
    reg = registry()
    assert codes("Kết luận số 114-KL/TW ngày 14.7.2015", registry=reg) == []
    assert codes("Kết luận số 120-KL/TW ngày 07/01/2016", registry=reg) == []
    assert codes("Kết luận số 114-KL/TW của Ban Bí thư", registry=reg) == []  # no date written


def test_default_registry_is_used_unless_told_otherwise() -> None:
    text = "Nghị quyết số 25-NQ/TW ngày 30/6/2013 của Ban chấp hành TW Đảng khóa XI"
    assert [f.code for f in check_references(text)] == ["ref.date-mismatch"]


# -- the whole -----------------------------------------------------------------------------


def test_findings_are_in_text_order_with_spans_inside_the_text() -> None:
    text = (
        "Chỉ thị số 05/CT-TW của Bộ Chính trị; Kế hoạch 139- KH/TU của Tỉnh ủy; "
        "Kết luận số 114-KT/TW của Ban Bí thư"
    )
    found = check_references(text, registry=None)
    assert [f.code for f in found] == [
        "ref.party-symbol-state-style",
        "ref.malformed-symbol",
        "ref.type-code-mismatch",
    ]
    starts = [f.span[0] for f in found if f.span is not None]
    assert starts == sorted(starts)
    assert all(f.span is not None and 0 <= f.span[0] < f.span[1] <= len(text) for f in found)


def test_matches_can_be_reused() -> None:
    text = "Kế hoạch 139- KH/TU của Tỉnh ủy"
    matches = extract_references(text, registry=None)
    assert check_references(text, registry=None, matches=matches) == check_references(
        text, registry=None
    )


def test_non_str_is_rejected() -> None:
    with pytest.raises(InvalidValueError):
        check_references(42)  # type: ignore[arg-type]
