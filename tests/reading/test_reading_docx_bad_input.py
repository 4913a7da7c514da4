"""Bad input through ``danvan.read``: clear danvan errors for .docx, legacy encodings read for text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import danvan
from danvan.demo import demo_report
from danvan.reading import FormatMismatchError, ReadError, read
from danvan.reading.encodings import unicode_to_cp1258, unicode_to_vni


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_text_renamed_docx(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.docx"
    path.write_text("BÁO CÁO\nKết quả công tác dân vận", encoding="utf-8")
    with pytest.raises(FormatMismatchError, match="docx"):
        read(path)


def test_empty_docx(tmp_path: Path) -> None:
    path = tmp_path / "rong.docx"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="empty"):
        read(path)


def test_zip_that_is_not_word(tmp_path: Path) -> None:
    path = tmp_path / "khac.docx"
    path.write_bytes(_zip({"[Content_Types].xml": b"<Types/>", "content.xml": b"<x/>"}))
    with pytest.raises(ReadError, match=r"word/document\.xml"):
        read(path)


def test_zip_bomb_through_read() -> None:
    data = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w/>" + b" " * (300 * 1024 * 1024),
        }
    )
    assert len(data) < 1024 * 1024
    with pytest.raises(ReadError, match="zip bomb"):
        read(data, format="docx")


def test_doctype_through_read() -> None:
    data = _zip(
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b'<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>',
        }
    )
    with pytest.raises(ReadError, match="DOCTYPE") as caught:
        read(data, format="docx")
    assert "root:" not in str(caught.value)


@pytest.mark.parametrize(
    ("encode", "label"),
    [
        (lambda text: unicode_to_vni(text).encode("cp1252"), "VNI"),
        (unicode_to_cp1258, "Windows-1258"),
        (lambda text: text.encode("utf-16"), "UTF-16"),
        (lambda text: b"\xef\xbb\xbf" + text.encode("utf-8"), None),
    ],
)
def test_text_in_legacy_encodings_reads_like_utf8(encode, label) -> None:  # type: ignore[no-untyped-def]
    # Old 8-bit files have no superscript digits: the footnote anchors are left out here.
    text = danvan.render_text(demo_report()).translate(str.maketrans("", "", "¹²³"))
    expected = read(text.encode("utf-8"), format="text")
    document = read(encode(text), format="text")
    assert document == expected
    messages = " ".join(f.message for f in document.origin.findings)  # type: ignore[union-attr]
    if label is not None:
        assert label in messages
