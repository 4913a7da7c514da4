"""`danvan read`, and `render` / `refs` taking .docx, .txt and .md (issue 9, §1)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from danvan.cli import main
from danvan.io import from_json
from danvan.reading import read

FIXTURES = Path(__file__).parent / "fixtures"
FULL = FIXTURES / "cao-dien-bao-cao-day-du.txt"


def test_read_writes_json_with_the_origin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "bao-cao.json"
    assert main(["read", str(FULL), "-o", str(target), "--findings"]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out
    assert "reader findings" in out
    document = from_json(target.read_text(encoding="utf-8"))
    assert document == read(FULL)
    assert document.origin is not None
    assert document.origin.source == str(FULL)
    assert json.loads(target.read_text(encoding="utf-8"))["origin"]["format"] == "text"


def test_read_re_renders_a_copied_text_as_docx(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.docx"
    assert main(["read", str(FULL), "-f", "docx", "-o", str(target)]) == 0
    assert target.read_bytes()[:2] == b"PK"
    again = read(target)
    assert str(again.number) == "17/BC-SDLS"


def test_read_several_inputs_into_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    inputs = [FULL, FIXTURES / "markdown-export.md"]
    assert main(["read", *map(str, inputs), "-f", "text", "-o", str(folder)]) == 0
    assert sorted(p.name for p in folder.iterdir()) == [
        "cao-dien-bao-cao-day-du.txt",
        "markdown-export.txt",
    ]


def test_read_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bao-cao.txt"
    shutil.copy(FULL, source)
    assert main(["read", str(source), "-f", "text"]) == 1
    assert "refusing to overwrite" in capsys.readouterr().err
    assert source.read_bytes() == FULL.read_bytes()


def test_read_says_which_formats_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    assert main(["read", str(pdf)]) == 1
    err = capsys.readouterr().err
    assert "Word (.docx), plain text (.txt) or Markdown (.md)" in err
    assert "'.pdf'" in err
    assert "Traceback" not in err


def test_render_takes_text_and_markdown(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.html"
    assert (
        main(["render", str(FIXTURES / "markdown-export.md"), "-f", "html", "-o", str(target)]) == 0
    )
    assert "SỞ DỮ LIỆU SỐ" in target.read_text(encoding="utf-8")


def test_render_takes_docx(tmp_path: Path) -> None:
    docx = tmp_path / "bao-cao.docx"
    assert main(["read", str(FULL), "-f", "docx", "-o", str(docx)]) == 0
    target = tmp_path / "bao-cao.json"
    assert main(["render", str(docx), "-f", "json", "-o", str(target)]) == 0
    assert str(from_json(target.read_text(encoding="utf-8")).number) == "17/BC-SDLS"


def test_refs_takes_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docx = tmp_path / "bao-cao.docx"
    assert main(["read", str(FULL), "-f", "docx", "-o", str(docx)]) == 0
    capsys.readouterr()
    main(["refs", str(docx)])
    out = capsys.readouterr().out
    assert "Nghị định số 04/2015/NĐ-CP" in out


def test_render_of_an_unknown_format_names_what_it_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "bao-cao.pdf"
    odd.write_bytes(b"%PDF-1.7\n")
    assert main(["render", str(odd), "-f", "text"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "Word (.docx), plain text (.txt) or Markdown (.md)" in err
