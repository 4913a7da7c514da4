"""The extractor and the checks on the three real documents of ../shared/corpus (read from disk)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danvan.model.types import DocumentType
from danvan.refs import (
    ReferenceMatch,
    annotate,
    check_references,
    extract_references,
    to_paragraph,
)

pytestmark = pytest.mark.corpus

T = DocumentType
DONG_THAP = "dong-thap-2020-bao-cao-kl114.txt"
HUNG_YEN = "hung-yen-2023-ke-hoach-dan-van.txt"
SON_LA = "son-la-2021-bao-cao-qcdc.txt"


def read(corpus_dir: Path, name: str) -> str:
    return (corpus_dir / name).read_text(encoding="utf-8")


def refs(corpus_dir: Path, name: str) -> list[ReferenceMatch]:
    return extract_references(read(corpus_dir, name), registry=None)


def by_symbol(matches: list[ReferenceMatch], symbol: str) -> list[ReferenceMatch]:
    return [m for m in matches if str(m.reference.symbol) == symbol]


@pytest.mark.parametrize("name", [DONG_THAP, HUNG_YEN, SON_LA])
def test_every_document_reads_with_spans_that_hold(corpus_dir: Path, name: str) -> None:
    text = read(corpus_dir, name)
    for matches in (extract_references(text, registry=None), extract_references(text)):
        assert len(matches) >= 20
        for match in matches:
            assert text[match.start : match.end] == match.text
    paragraph = to_paragraph(text, registry=None)
    assert "".join(run.text for run in paragraph.runs) == text
    annotate(text, "/{symbol}")
    check_references(text)


def test_the_list_217_218_shares_its_issuer(corpus_dir: Path) -> None:
    matches = refs(corpus_dir, DONG_THAP)
    (first,) = by_symbol(matches, "217-QĐ/TW")
    (second,) = by_symbol(matches, "218-QĐ/TW")
    assert first.text == "Quyết định số 217-QĐ/TW"
    assert first.reference.issuer == second.reference.issuer == "Bộ Chính trị"
    assert first.reference.term == second.reference.term == "khóa XI"
    assert "issuer" in first.shared


def test_repaired_symbols_carry_their_repair_codes(corpus_dir: Path) -> None:
    son_la = refs(corpus_dir, SON_LA)
    (decree,) = [m for m in by_symbol(son_la, "04/2015/NĐ-CP") if m.repairs]
    assert "04/2015/NĐCP" in decree.text
    assert [r.code for r in decree.repairs] == ["missing-hyphen"]
    assert decree.reference.date == dt.date(2015, 1, 9)
    assert decree.reference.issuer == "Chính phủ"
    guides = by_symbol(son_la, "01-HD/BDVTW")
    assert len(guides) == 2
    assert [r.code for r in guides[0].repairs] == ["party-separator"]
    assert "01/HD/BDVTW" in guides[0].text
    assert guides[1].repairs == ()
    (directive,) = [m for m in by_symbol(son_la, "05-CT/TW") if m.repairs]
    assert [r.code for r in directive.repairs] == ["party-style"]
    dong_thap = refs(corpus_dir, DONG_THAP)
    spaced = [m for m in dong_thap if any(r.code == "spacing" for r in m.repairs)]
    assert {str(m.reference.symbol) for m in spaced} == {"139-KH/TU", "43-KL/TW", "25-NQ/TW"}


def test_findings_on_the_known_slips(corpus_dir: Path) -> None:
    dong_thap = read(corpus_dir, DONG_THAP)
    found = check_references(dong_thap, registry=None)
    (type_code,) = [f for f in found if f.code == "ref.type-code-mismatch"]
    assert type_code.span is not None
    assert dong_thap[slice(*type_code.span)] == "114-KT/TW"
    assert sum(f.code == "ref.malformed-symbol" for f in found) == 3

    son_la = read(corpus_dir, SON_LA)
    found = check_references(son_la, registry=None)
    party = [
        son_la[slice(*f.span)] for f in found if f.code == "ref.party-symbol-state-style" and f.span
    ]
    assert party == ["01/HD/BDVTW", "05/CT-TW"]
    assert [
        son_la[slice(*f.span)] for f in found if f.code == "ref.malformed-symbol" and f.span
    ] == ["04/2015/NĐCP"]


def test_resolution_25_dates_agree_within_each_text_but_not_across(corpus_dir: Path) -> None:
    """25-NQ/TW is dated 30/6/2013 in Sơn La and 03/6/2013 in Hưng Yên: each text agrees with
    itself (no ref.inconsistent-dates), and the registry catches the Sơn La date."""
    dates: dict[str, set[dt.date]] = {}
    for name in (DONG_THAP, HUNG_YEN, SON_LA):
        text = read(corpus_dir, name)
        codes = {f.code for f in check_references(text, registry=None)}
        assert "ref.inconsistent-dates" not in codes
        dates[name] = {
            m.reference.date
            for m in by_symbol(refs(corpus_dir, name), "25-NQ/TW")
            if isinstance(m.reference.date, dt.date)
        }
    assert dates[SON_LA] == {dt.date(2013, 6, 30)}
    assert dates[HUNG_YEN] == {dt.date(2013, 6, 3)}
    assert dates[SON_LA] | dates[HUNG_YEN] | dates[DONG_THAP] == {
        dt.date(2013, 6, 30),
        dt.date(2013, 6, 3),
    }
    son_la = read(corpus_dir, SON_LA)
    mismatches = [f for f in check_references(son_la) if f.code == "ref.date-mismatch"]
    assert [son_la[slice(*f.span)][:22] for f in mismatches if f.span] == ["Nghị quyết số 25-NQ/TW"]


def test_the_tricky_forms_of_the_corpus(corpus_dir: Path) -> None:
    dong_thap = refs(corpus_dir, DONG_THAP)
    (joint,) = by_symbol(dong_thap, "95-KH/BDVTU-BCSĐUBND")
    assert joint.reference.issuer == "Ban dân vận Tỉnh ủy-Ban cán sự đảng Ủy ban nhân dân Tỉnh"
    assert all(
        m.reference.issuer != "cơ quan nhà nước các cấp" for m in by_symbol(dong_thap, "114-KL/TW")
    )
    son_la = refs(corpus_dir, SON_LA)
    names = {m.reference.name: m for m in son_la if m.reference.name}
    assert names["Trung ương 4"].reference.term == "khóa XII"
    assert names["Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"].reference.issuer is None
    (directive,) = by_symbol(son_la, "18/2000/CT-TTg")
    assert directive.reference.issuer == "Thủ tướng Chính phủ"
    conclusions = by_symbol(son_la, "120-KL/TW")
    assert {m.reference.date for m in conclusions} == {dt.date(2016, 1, 7)}
    hung_yen = refs(corpus_dir, HUNG_YEN)
    laws = [m.reference for m in hung_yen if m.reference.document_type is T.LUAT]
    assert [(law.name, law.year) for law in laws] == [
        ("Tiêu chuẩn và Quy chuẩn kỹ thuật", None),
        ("Chất lượng sản phẩm, hàng hóa", None),
        ("Đo lường", None),
        ("Hòa giải cơ sở", 2013),
    ]
    assert any(m.text.startswith("kế hoạch số 40-KH/BDVTU") for m in hung_yen)
