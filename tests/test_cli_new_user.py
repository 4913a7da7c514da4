"""The command line as a new user meets it: batches, wrong files, hints (an audit's findings)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from danvan.cli import main
from danvan.io import from_json

FULL = Path(__file__).parent / "reading" / "fixtures" / "cao-dien-bao-cao-day-du.txt"


def test_read_of_several_inputs_goes_on_after_one_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `danvan read *.docx -o json/`: one empty or damaged file must not stop the batch
    empty = tmp_path / "rong.txt"
    empty.write_text("", encoding="utf-8")
    folder = tmp_path / "out"
    assert main(["read", str(empty), str(FULL), "-o", str(folder)]) == 1
    assert [p.name for p in folder.iterdir()] == ["cao-dien-bao-cao-day-du.json"]
    err = capsys.readouterr().err
    assert "rong.txt" in err
    assert "read 1 of 2 inputs; 1 could not be read" in err


@pytest.mark.parametrize(
    ("name", "content", "hint"),
    [
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 old Word", "save it as .docx"),
        ("scan.pdf", b"%PDF-1.7\n", "copy its text into a .txt file"),
    ],
)
def test_read_says_what_to_do_with_a_doc_or_a_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, hint: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    for command in (["read", str(path)], ["refs", str(path)], ["render", str(path), "-f", "text"]):
        assert main(command) == 1
        assert hint in " ".join(capsys.readouterr().err.split()), command


def test_read_from_names_the_format_of_a_file_without_a_known_suffix(tmp_path: Path) -> None:
    copied = tmp_path / "bao-cao.log"
    shutil.copy(FULL, copied)
    target = tmp_path / "bao-cao.json"
    assert main(["read", str(copied), "--from", "text", "-o", str(target)]) == 0
    assert str(from_json(target.read_text(encoding="utf-8")).number) == "17/BC-SDLS"


@pytest.mark.parametrize("command", ["refs", "render"])
def test_a_missing_file_is_one_plain_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "khong-co.txt"
    args = [command, str(missing), *(["-f", "text"] if command == "render" else [])]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert f"{missing}: No such file or directory" in err
    assert "Errno" not in err


def test_refs_reads_utf16_text_as_notepad_saves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Notepad's "Unicode" is UTF-16 with a byte order mark; `danvan read` takes it, so refs does
    path = tmp_path / "bao-cao.txt"
    path.write_text("Thực hiện Kết luận số 114-KL/TW của Ban Bí thư.", encoding="utf-16")
    assert main(["refs", str(path)]) == 0
    assert "Kết luận số 114-KL/TW" in capsys.readouterr().out


def test_refs_help_says_how_a_docx_is_located(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["refs", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "For a .docx, lines and columns count in its text" in out


@pytest.mark.parametrize(
    ("typed", "meant"), [("dcox", "docx"), ("DOCX", "docx"), ("markdwon", "markdown")]
)
@pytest.mark.parametrize("command", ["read", "render"])
def test_a_mistyped_format_names_the_one_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str, typed: str, meant: str
) -> None:
    target = tmp_path / "out.bin"
    assert main([command, str(FULL), "-f", typed, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"did you mean '-f {meant}'?" in err
    assert "installed renderers" in err
    assert not target.exists()


def test_an_unknown_format_far_from_any_name_lists_them_without_a_guess(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["read", str(FULL), "-f", "pdf"]) == 1
    err = capsys.readouterr().err
    assert "installed renderers" in err
    assert "did you mean" not in err
