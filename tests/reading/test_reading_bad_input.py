"""Bad input for the text readers (issue 9, §6): clear danvan errors or documents, bounded work."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from danvan.model import Paragraph
from danvan.reading import FormatMismatchError, ReadError, read, read_text
from danvan.reading.api import MAX_SOURCE_BYTES


def test_a_50_mb_single_line_reads_as_one_paragraph(tmp_path: Path) -> None:
    # linear work only: no regular expression with nested ambiguous repetition meets this line
    line = "Kết quả thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 " * (
        50 * 1024 * 1024 // 70
    )
    path = tmp_path / "mot-dong.txt"
    path.write_text(line, encoding="utf-8")
    document = read(path)
    (paragraph,) = document.introduction
    assert isinstance(paragraph, Paragraph)
    assert len(paragraph.text) == len(line.strip())


def test_a_source_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "qua-lon.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_SOURCE_BYTES + 1)  # sparse: no 64 MiB written to disk
    with pytest.raises(ReadError, match="over the reading limit"):
        read(path)
    with pytest.raises(ReadError, match="over the reading limit"):
        read(b" " * (MAX_SOURCE_BYTES + 1))


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03" * 1000,
        os.urandom(4096) + b"\x00",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    ],
    ids=["controls", "random", "png"],
)
def test_binary_garbage_is_a_clear_error(data: bytes) -> None:
    with pytest.raises(ReadError):
        read(data)


def test_binary_garbage_named_txt_is_a_format_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(FormatMismatchError, match="binary"):
        read(path)


def test_markdown_named_md_with_garbage_is_a_format_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.md"
    path.write_bytes(b"\x00\x01" * 50)
    with pytest.raises(FormatMismatchError, match="markdown"):
        read(path)


def test_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    with pytest.raises(ReadError, match="folder"):
        read(folder)


def test_control_characters_and_lone_markers_are_text() -> None:
    document = read_text("BÁO CÁO\nKết quả\n\n** * _ ^ <sup> ^{ \\\n")
    assert document.subject == "Kết quả"
