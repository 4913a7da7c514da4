"""Keyword soup (issue 8, §3): every parser outside refs, fed text made of the words and
marks it looks for in random order, either reads it or raises a danvan error, in bounded
time; what it reads prints back to text that reads the same."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan import vn
from danvan.errors import DanvanError
from danvan.model import (
    DocumentNumber,
    DocumentType,
    PartialDate,
    PlaceDate,
    Recipients,
    ReportingPeriod,
)
from danvan.model.types import SymbolForm
from hypothesis_profiles import scaled

KEYWORDS = [
    "Số:", "Số", "số", "/", "-", "–", "—", ".", ",", ";", ":", "&",
    "ngày", "tháng", "năm", "Quý", "quý", "IV", "ii", "giai đoạn", "từ", "đến", "đầu", "cuối",
    "Kính gửi", "Nơi nhận", "Nơi nhận:", "Lưu", "Lưu:", "VT", "VP", "Như trên",
    "(để báo cáo)", "để", "(", ")", "[", "]", '"', "“", "”", "'", "«", "»",
    "BC", "KH", "KL", "TW", "NĐ", "CP", "SKHCN", "QyĐ", "bc", "kh", "Sơn La", "Cao Điền",
    " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2003",
    "\u0301", "\u0300", "\u0323", "\u0309", "\u0303", "\u0302", "\u031b",  # NFD marks
    "\u200b", "\u200c", "\u200d", "\ufeff", "\u2060",  # zero-width characters
    "\u0661", "\uff11", "\u00b2",  # other scripts' digits
]  # fmt: skip

_digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
_token = st.one_of(
    st.sampled_from(KEYWORDS),
    _digits,
    st.integers(min_value=1, max_value=2100).map(str),
    st.text(max_size=4),
)
soup = st.lists(_token, max_size=24).map("".join)

MAX_SECONDS = 2.0  # per call; a linear parser on under 1 KB takes well under a millisecond


def _roundtrip_number(value: DocumentNumber) -> None:
    assert DocumentNumber.parse(str(value)) == value


def _roundtrip_date(value: dt.date | PartialDate) -> None:
    assert vn.parse_date(vn.format_date(value)) == value
    assert vn.parse_date(vn.format_date(value, "short")) == value


def _roundtrip_place_date(value: PlaceDate) -> None:
    if "," not in value.place:  # the first comma ends the place name
        assert PlaceDate.parse(str(value)) == value


def _roundtrip_period(value: ReportingPeriod) -> None:
    assert ReportingPeriod.parse(str(value)) == value


PARSERS: dict[str, tuple[Callable[[str], Any], Callable[[Any], None] | None]] = {
    "vn.parse_date": (vn.parse_date, _roundtrip_date),
    "vn.parse_roman": (vn.parse_roman, lambda n: None),
    "vn.parse_vietnamese_letter": (vn.parse_vietnamese_letter, lambda n: None),
    "DocumentNumber.parse": (DocumentNumber.parse, _roundtrip_number),
    "DocumentNumber.parse_tolerant": (
        lambda t: DocumentNumber.parse_tolerant(t).value,
        _roundtrip_number,
    ),
    "PlaceDate.parse": (PlaceDate.parse, _roundtrip_place_date),
    "ReportingPeriod.parse": (ReportingPeriod.parse, _roundtrip_period),
    "Recipients.parse": (Recipients.parse, None),
    "DocumentType.from_name": (DocumentType.from_name, None),
    "DocumentType.from_code": (
        lambda t: DocumentType.from_code(t, SymbolForm.ADMINISTRATIVE),
        None,
    ),
    "vn.normalize_text": (vn.normalize_text, None),
}


@pytest.mark.parametrize("name", sorted(PARSERS))
@settings(max_examples=scaled(3))
@given(text=soup)
def test_keyword_soup_reads_or_raises_a_danvan_error(name: str, text: str) -> None:
    parser, roundtrip = PARSERS[name]
    start = time.perf_counter()
    try:
        value = parser(text)
    except DanvanError:
        value = None
    assert time.perf_counter() - start < MAX_SECONDS
    if value is not None and roundtrip is not None:
        roundtrip(value)


@given(text=soup)
def test_recipients_read_from_soup_are_nfc_and_print(text: str) -> None:
    try:
        recipients = Recipients.parse(text)
    except DanvanError:
        return
    printed = str(recipients)
    assert unicodedata.is_normalized("NFC", printed)
    for entry in recipients.entries:
        assert entry.name.strip()
