"""danvan.read / read_text: sources, format detection, the reader registry, bad input."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from danvan.model import DocumentType, Report
from danvan.reading import (
    FormatMismatchError,
    ReadError,
    UnknownFormatError,
    read,
    read_text,
    readers,
)
from danvan.reading.registry import get_reader

FIXTURES = Path(__file__).parent / "fixtures"
FULL = FIXTURES / "cao-dien-bao-cao-day-du.txt"


def test_builtin_readers_register_through_entry_points() -> None:
    infos = {info.name: info for info in readers()}
    assert infos["text"].ok
    assert ".txt" in infos["text"].suffixes
    assert infos["markdown"].ok
    assert ".md" in infos["markdown"].suffixes
    assert infos["text"].source == "danvan"


def test_read_a_path_str_pathlike_bytes_and_binary_file_give_equal_documents() -> None:
    by_path = read(FULL)
    assert by_path == read(str(FULL))
    assert by_path == read(FULL.read_bytes())
    with FULL.open("rb") as handle:
        assert by_path == read(handle)
    assert by_path == read_text(FULL.read_text(encoding="utf-8"))


def test_read_header_of_a_full_document() -> None:
    document = read(FULL)
    assert isinstance(document, Report)
    assert document.document_type is DocumentType.BAO_CAO
    assert str(document.number) == "17/BC-SDLS"
    assert document.issuer is not None
    assert document.issuer.name == "SỞ DỮ LIỆU SỐ"
    assert document.issuer.parent == "UBND TỈNH CAO ĐIỀN"
    assert str(document.place_date) == "Cao Điền, ngày 09 tháng 12 năm 2024"
    assert document.subject == "Kết quả công tác dân vận chính quyền năm 2024"


def test_origin_names_the_source_and_where_the_number_was() -> None:
    document = read(FULL)
    assert document.origin is not None
    assert document.origin.source == str(FULL)
    assert document.origin.format == "text"
    where = document.origin.location_of("header.number")
    assert where is not None
    assert where.line == 7


def test_origin_takes_no_part_in_equality() -> None:
    a = read(FULL)
    b = read(FULL.read_bytes())
    assert a.origin != b.origin  # different source names
    assert a == b
    assert hash(a) == hash(b)


def test_a_str_is_a_path_and_text_goes_through_read_text() -> None:
    with pytest.raises(ReadError, match="read_text"):
        read("BÁO CÁO\nKết quả")
    with pytest.raises(ReadError, match="no such file"):
        read("khong-co-tep-nay.txt")


def test_empty_input_is_a_clear_error(tmp_path: Path) -> None:
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        read(empty)
    with pytest.raises(ReadError, match="empty"):
        read(b"  \n\n ")
    with pytest.raises(ReadError, match="empty"):
        read_text("")


def test_binary_garbage_is_a_clear_error() -> None:
    garbage = bytes(range(256)) * 50
    with pytest.raises(ReadError):
        read(garbage)


def test_unknown_suffix_names_the_formats_danvan_reads(tmp_path: Path) -> None:
    odd = tmp_path / "bao-cao.odt"
    odd.write_bytes(b"anything")
    with pytest.raises(UnknownFormatError, match=r"\.odt.*text \(\.txt"):
        read(odd)


def test_a_zip_named_txt_is_a_format_mismatch(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    fake = tmp_path / "bao-cao.txt"
    fake.write_bytes(buffer.getvalue())
    with pytest.raises(FormatMismatchError, match=r"bao-cao\.txt"):
        read(fake)


def test_not_utf8_text_is_a_clear_error() -> None:
    # UTF-16 without a byte order mark has NUL bytes: not text for the plain reader
    with pytest.raises(FormatMismatchError, match="not text"):
        read("BÁO CÁO\nKết quả".encode("utf-16-le"), format="text")
    # Latin-1 that is no Vietnamese legacy encoding either (TCVN3, VNI, Windows-1258 are
    # tried by danvan.reading.encodings; Vietnamese-looking Latin-1 reads as Windows-1258).
    with pytest.raises(ReadError, match="not UTF-8"):
        read("Grüße aus Köln, schöne Straße".encode("latin-1"), format="text")


def test_utf16_with_bom_and_nfd_text_are_read_with_findings() -> None:
    import unicodedata

    text = FULL.read_text(encoding="utf-8")
    nfd = unicodedata.normalize("NFD", text).encode("utf-16")
    document = read(nfd)
    assert document == read(FULL)
    assert document.origin is not None
    codes = {finding.code for finding in document.origin.findings}
    assert {"R010", "R011"} <= codes


def test_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownFormatError, match="markdown"):
        read(FULL, format="odt")
    assert get_reader("text").name == "text"


def test_a_text_file_opened_in_text_mode_is_refused_with_a_hint() -> None:
    with FULL.open(encoding="utf-8") as handle, pytest.raises(ReadError, match="binary mode"):
        read(handle)  # type: ignore[arg-type]
