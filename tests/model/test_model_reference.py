"""LegalReference (văn bản được viện dẫn): full and short citations, number/year from the symbol."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.model import (
    DocumentNumber,
    DocumentSystem,
    DocumentType,
    LegalReference,
    PartialDate,
)

N = DocumentNumber.parse
T = DocumentType

KL114 = LegalReference(
    symbol=N("114-KL/TW"),
    date=dt.date(2015, 7, 14),
    issuer="Ban Bí thư Trung ương Đảng",
    term="khóa XI",
)


def test_kl114_full_and_short() -> None:
    assert KL114.format("full") == (
        "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư Trung ương Đảng (khóa XI)"
    )
    assert KL114.format() == KL114.format("full")
    assert str(KL114) == KL114.format("full")
    assert KL114.format("short") == "Kết luận số 114-KL/TW"


@pytest.mark.parametrize(
    ("reference", "full", "short"),
    [
        (
            LegalReference(symbol=N("04/2015/NĐ-CP"), issuer="Chính phủ", date=dt.date(2015, 1, 9)),
            "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ",
            "Nghị định số 04/2015/NĐ-CP",
        ),
        (
            LegalReference(
                symbol=N("33/CT-TTg"), date=dt.date(2021, 11, 26), issuer="Thủ tướng Chính phủ"
            ),
            "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
            "Chỉ thị số 33/CT-TTg",
        ),
        (
            LegalReference(
                symbol=N("95-KH/BDVTU-BCSĐUBND"),
                date=dt.date(2019, 2, 22),
                issuer="Ban Dân vận Tỉnh ủy",
            ),
            "Kế hoạch số 95-KH/BDVTU-BCSĐUBND ngày 22/02/2019 của Ban Dân vận Tỉnh ủy",
            "Kế hoạch số 95-KH/BDVTU-BCSĐUBND",
        ),
        (
            LegalReference(symbol=N("116/UBND-THVX"), issuer="Ủy ban nhân dân tỉnh"),
            "Công văn số 116/UBND-THVX của Ủy ban nhân dân tỉnh",
            "Công văn số 116/UBND-THVX",
        ),
        (
            LegalReference(
                symbol=N("25-NQ/TW"),
                date=dt.date(2013, 6, 3),
                issuer="Ban Chấp hành Trung ương Đảng",
                term="khóa XI",
                title="tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận",
            ),
            "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) "
            "về “tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận”",
            "Nghị quyết số 25-NQ/TW",
        ),
        # a citation with only a number ("Kết luận số 21"), with a leading zero below 10
        (
            LegalReference(document_type=T.KET_LUAN, number=21),
            "Kết luận số 21",
            "Kết luận số 21",
        ),
        (
            LegalReference(document_type=T.KET_LUAN, number=5, issuer="Bộ Chính trị"),
            "Kết luận số 05 của Bộ Chính trị",
            "Kết luận số 05",
        ),
        # a named document
        (
            LegalReference(document_type=T.LUAT, name="Thực hiện dân chủ ở cơ sở", year=2022),
            "Luật Thực hiện dân chủ ở cơ sở năm 2022",
            "Luật Thực hiện dân chủ ở cơ sở năm 2022",
        ),
        # a draft date: blanks stay blanks
        (
            LegalReference(symbol=N("/KH-SKHCN"), date=PartialDate(year=2023, month=1)),
            "Kế hoạch số /KH-SKHCN ngày    /01/2023",
            "Kế hoạch số /KH-SKHCN",
        ),
        # the type given explicitly wins over the one read from the symbol
        (
            LegalReference(document_type=T.HUONG_DAN, symbol=N("01-HD/BDVTW")),
            "Hướng dẫn số 01-HD/BDVTW",
            "Hướng dẫn số 01-HD/BDVTW",
        ),
        # a symbol whose code names no known type
        (
            LegalReference(symbol=N("24-BS/UBKTTU")),
            "Văn bản số 24-BS/UBKTTU",
            "Văn bản số 24-BS/UBKTTU",
        ),
    ],
)
def test_format(reference: LegalReference, full: str, short: str) -> None:
    assert reference.format("full") == full
    assert reference.format("short") == short


def test_number_and_year_are_filled_from_the_symbol() -> None:
    assert (KL114.number, KL114.year) == (114, None)
    nd = LegalReference(symbol=N("04/2015/NĐ-CP"))
    assert (nd.number, nd.year) == (4, 2015)
    draft = LegalReference(symbol=N("/KH-SKHCN"))
    assert draft.number is None


def test_agreeing_number_and_year_are_accepted() -> None:
    nd = LegalReference(symbol=N("04/2015/NĐ-CP"), number=4, year=2015)
    assert nd == LegalReference(symbol=N("04/2015/NĐ-CP"))
    # a symbol without a year says nothing against the year of issue
    kl = LegalReference(symbol=N("114-KL/TW"), year=2015)
    assert kl.year == 2015
    draft = LegalReference(symbol=N("/KH-SKHCN"), number=7)
    assert draft.number == 7


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        ({"symbol": N("04/2015/NĐ-CP"), "year": 2016}, "LegalReference.year", "2016"),
        ({"symbol": N("04/2015/NĐ-CP"), "number": 5}, "LegalReference.number", "5"),
        ({"symbol": N("114-KL/TW"), "number": 115}, "LegalReference.number", "115"),
        ({}, "LegalReference.document_type", "None"),
        ({"issuer": "Ban Bí thư", "year": 2015}, "LegalReference.document_type", "None"),
        ({"document_type": "Kết luận"}, "LegalReference.document_type", "'Kết luận'"),
        ({"symbol": "114-KL/TW"}, "LegalReference.symbol", "'114-KL/TW'"),
        ({"document_type": T.KET_LUAN, "number": 0}, "LegalReference.number", "0"),
        ({"document_type": T.KET_LUAN, "year": "2015"}, "LegalReference.year", "'2015'"),
        ({"document_type": T.KET_LUAN, "date": "14/7/2015"}, "LegalReference.date", "'14/7/2015'"),
        ({"document_type": T.KET_LUAN, "issuer": 1}, "LegalReference.issuer", "1"),
    ],
)
def test_errors(kwargs: dict[str, object], field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        LegalReference(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: {value} is invalid")


def test_disagreement_names_the_symbol() -> None:
    with pytest.raises(InvalidValueError, match="disagrees with the symbol 04/2015/NĐ-CP"):
        LegalReference(symbol=N("04/2015/NĐ-CP"), year=2016)


def test_views() -> None:
    assert KL114.system is DocumentSystem.PARTY
    assert KL114.type_name == "Kết luận"
    assert LegalReference(symbol=N("33/CT-TTg")).system is DocumentSystem.STATE
    assert LegalReference(document_type=T.LUAT).system is None


def test_dates_are_coerced() -> None:
    moment = LegalReference(document_type=T.KET_LUAN, date=dt.datetime(2015, 7, 14, 9, 0))
    assert moment.date == dt.date(2015, 7, 14)
    full = LegalReference(document_type=T.KET_LUAN, date=PartialDate(year=2015, month=7, day=14))
    assert full.date == dt.date(2015, 7, 14)


def test_frozen_keyword_only_hashable_picklable() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        KL114.number = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        LegalReference(T.KET_LUAN)  # type: ignore[misc]
    assert not hasattr(KL114, "__dict__")
    copy = pickle.loads(pickle.dumps(KL114))
    assert copy == KL114
    assert hash(copy) == hash(KL114)
    assert attrs.evolve(KL114, term="khóa XII").format().endswith("(khóa XII)")


def test_a_title_that_starts_with_ve_is_not_doubled() -> None:
    ref = LegalReference(
        document_type=DocumentType.KET_LUAN,
        symbol=DocumentNumber.parse("43-KL/TW"),
        title="Về tiếp tục thực hiện Nghị quyết số 25-NQ/TW",
    )
    assert ref.format() == "Kết luận số 43-KL/TW “Về tiếp tục thực hiện Nghị quyết số 25-NQ/TW”"


def test_evolve_to_another_symbol_refills_number_and_year() -> None:
    ref = LegalReference(
        document_type=DocumentType.NGHI_DINH, symbol=DocumentNumber.parse("04/2015/NĐ-CP")
    )
    other = attrs.evolve(ref, symbol=DocumentNumber.parse("59/2023/NĐ-CP"), number=None, year=None)
    assert (other.number, other.year) == (59, 2023)
    with pytest.raises(InvalidValueError, match="disagrees with the symbol"):
        attrs.evolve(ref, symbol=DocumentNumber.parse("59/2023/NĐ-CP"))
