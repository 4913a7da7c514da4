"""Hostile .docx input: each a clear danvan ReadError in bounded time, never a library traceback."""

from __future__ import annotations

import io
import os
import random
import time
import zipfile
from pathlib import Path

import pytest

from danvan.errors import DanvanError
from danvan.reading.registry import FormatMismatchError, ReadError
from danvan.reading.safezip import ZipLimits, open_docx, parse_xml

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCUMENT = f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>Xin chào</w:t></w:r></w:p></w:body></w:document>'


def _zip(parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_well_formed_package_opens() -> None:
    package = open_docx(_zip({"word/document.xml": DOCUMENT.encode()}))
    root = package.xml("word/document.xml")
    assert root is not None
    assert "Xin chào" in "".join(root.itertext())
    assert package.xml("word/footnotes.xml") is None


def test_empty_input() -> None:
    with pytest.raises(FormatMismatchError, match="empty input"):
        open_docx(b"")


def test_binary_garbage() -> None:
    garbage = random.Random(7).randbytes(4096)
    with pytest.raises(FormatMismatchError, match="binary data"):
        open_docx(garbage)


def test_text_renamed_docx() -> None:
    with pytest.raises(FormatMismatchError, match="looks like text"):
        open_docx("BÁO CÁO\nKết quả công tác dân vận".encode(), source="bao-cao.docx")


def test_truncated_zip() -> None:
    data = _zip({"word/document.xml": DOCUMENT.encode() * 50})
    with pytest.raises(FormatMismatchError, match="damaged"):
        open_docx(data[: len(data) // 2])


def test_zip_without_main_part() -> None:
    with pytest.raises(FormatMismatchError, match=r"without word/document\.xml"):
        open_docx(_zip({"content.xml": b"<office/>"}))


def test_zip_bomb_refused_from_central_directory_before_inflating() -> None:
    zeros = b"\0" * (8 * 1024 * 1024)  # 8 MiB of zeros compress to about 8 KiB
    data = _zip({"word/document.xml": DOCUMENT.encode(), "word/media/bomb.bin": zeros})
    assert len(data) < 64 * 1024
    with pytest.raises(ReadError, match="zip bomb") as caught:
        open_docx(data, limits=ZipLimits(max_ratio=100, ratio_floor=1024 * 1024))
    assert "times its compressed size" in str(caught.value)
    with pytest.raises(ReadError, match="zip bomb"):
        open_docx(data, limits=ZipLimits(max_total=4 * 1024 * 1024, max_ratio=10_000))
    with pytest.raises(ReadError, match="zip bomb"):
        open_docx(data, limits=ZipLimits(max_entry=1024 * 1024, max_ratio=10_000))


def test_entry_count_limit() -> None:
    parts = {f"word/media/{i}.txt": b"x" for i in range(50)}
    parts["word/document.xml"] = DOCUMENT.encode()
    with pytest.raises(ReadError, match="51 entries"):
        open_docx(_zip(parts), limits=ZipLimits(max_entries=20))


def test_lying_central_directory_is_caught_while_inflating() -> None:
    big = b"<w:document/>" + b" " * (2 * 1024 * 1024)
    data = bytearray(_zip({"word/document.xml": big}))
    # Rewrite the declared uncompressed size (central directory and local header) to 100 bytes.
    real = len(big).to_bytes(4, "little")
    fake = (100).to_bytes(4, "little")
    assert data.count(real) == 2
    data = bytearray(bytes(data).replace(real, fake))
    package = open_docx(bytes(data))  # the directory looks harmless
    with pytest.raises(ReadError, match=r"zip bomb|damaged"):
        package.read("word/document.xml")


def test_doctype_refused_and_external_entity_never_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    hostile = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file://{secret}">]>'
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>'
    ).encode()
    package = open_docx(_zip({"word/document.xml": hostile}))
    with pytest.raises(ReadError, match="DOCTYPE") as caught:
        package.xml("word/document.xml")
    assert "TOP-SECRET-CONTENT" not in str(caught.value)


def test_billion_laughs_refused_quickly() -> None:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{"&a" + str(i - 1) + ";" * 1}' + f'{("&a" + str(i - 1) + ";") * 9}">'
        for i in range(1, 10)
    )
    hostile = f"<!DOCTYPE lolz [{entities}]><lolz>&a9;</lolz>".encode()
    started = time.perf_counter()
    with pytest.raises(ReadError, match="DOCTYPE"):
        parse_xml(hostile, "word/document.xml")
    assert time.perf_counter() - started < 5


def test_doctype_in_utf16_xml_refused() -> None:
    hostile = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'
    with pytest.raises(ReadError, match="DOCTYPE"):
        parse_xml(hostile.encode("utf-16"), "word/document.xml")


def test_malformed_xml() -> None:
    with pytest.raises(ReadError, match="not well-formed XML"):
        parse_xml(b"<w:document><w:body>", "word/document.xml")


def test_deeply_nested_xml_refused() -> None:
    deep = b"<a>" * 100_000 + b"</a>" * 100_000
    started = time.perf_counter()
    with pytest.raises(ReadError, match=r"deeply|deeper"):
        parse_xml(deep, "word/document.xml")
    assert time.perf_counter() - started < 10
    with pytest.raises(ReadError, match="deeper than 20"):
        parse_xml(b"<a>" * 30 + b"</a>" * 30, "word/document.xml", max_depth=20)


def test_huge_single_text_node_is_a_clear_error_in_bounded_time() -> None:
    # 50 MB in one w:t: over libxml2's 10 MB text-node limit, which stays on (huge_tree=False).
    text = b"x" * (50 * 1024 * 1024)
    data = (
        f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode()
        + text
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    started = time.perf_counter()
    with pytest.raises(ReadError):
        parse_xml(data, "word/document.xml")
    assert time.perf_counter() - started < 30


def test_every_error_is_a_danvan_error() -> None:
    for bad in (b"", b"PK\x03\x04broken", os.urandom(100), b"plain text"):
        with pytest.raises(DanvanError):
            open_docx(bad)
