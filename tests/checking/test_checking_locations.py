"""A finding's file, line and column belong to the file checked: a JSON made from another
file, and the copy ``--fix`` wrote, are not reported at the lines of their source."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import danvan as dv
from danvan.checking import check
from danvan.cli import main
from danvan.model import FindingStatus


def _typed(tmp_path: Path) -> Path:
    """The base example as a .txt with a lower-case subject (T803, safe fix) and 'ngày 5' (D203)."""
    text = resources.files("danvan.checking").joinpath("data/example-report.txt").read_text("utf-8")
    for old, new in (
        ("Kết quả thực hiện", "kết quả thực hiện"),
        ("ngày 05 tháng 3", "ngày 5 tháng 3"),
    ):
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "bc.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_check_after_fix_reads_the_file_written_not_the_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _typed(tmp_path)
    assert main(["check", str(path), "--format", "json"]) == 1
    assert {"D203", "T803"} <= {row["code"] for row in json.loads(capsys.readouterr().out)}
    assert main(["check", str(path), "--fix", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    fixed = tmp_path / "bc.fixed.txt"
    assert "ngày 05 tháng 3" in fixed.read_text(encoding="utf-8")
    # the date line of the input ('ngày 5') was reported again, at the input's line
    assert "D203" not in {row["code"] for row in rows}
    assert "T803" not in {row["code"] for row in rows}
    assert all(row["file"] == str(fixed) for row in rows)


def test_a_json_made_from_another_file_is_reported_at_the_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _typed(tmp_path)
    target = tmp_path / "bc.json"
    dv.render(dv.read(path), "json", target)  # what `danvan read bc.txt` writes
    assert main(["check", str(target), "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    (subject,) = [row for row in rows if row["code"] == "T803"]
    assert subject["file"] == str(target)
    assert subject["line"] is None  # the line of bc.txt, not of bc.json
    assert f"(at {path}:9" in subject["message"]
    for row in rows:
        assert row["file"] == str(target)
        assert row["line"] is None
    # how a line is typed is not judged on a JSON, which has no typed lines of its own
    (date,) = [row for row in rows if row["code"] == "D203"]
    assert date["status"] == FindingStatus.NOT_EVALUATED.value
    assert main(["check", str(target)]) == 1
    out = capsys.readouterr().out
    assert f"{target}:1:1: T803" in out
    assert f"{path}:" not in out.split("(at ")[0]


def test_the_api_names_the_file_given_and_keeps_lines_of_the_same_file(tmp_path: Path) -> None:
    path = _typed(tmp_path)
    document = dv.read(path)
    same = check(document, file=path)
    assert {f.code for f in same if f.status is FindingStatus.FAIL} >= {"D203", "T803"}
    assert all(f.file == str(path) and f.line for f in same if f.code in ("D203", "T803"))
    other = check(document, file=tmp_path / "copy.json")
    assert {f.file for f in other} == {str(tmp_path / "copy.json")}
    assert all(f.line is None for f in other)
    assert check(document).codes() == same.codes()  # without `file`, the origin's own places


_TWO_ONES = (
    "1. Công tác tuyên truyền\n\nSở tổ chức 02 hội nghị.\n\n"
    "1. Công tác tiếp dân\n\na) Tiếp định kỳ\n\nSở tiếp 15 lượt công dân.\n\n"
    "2. Công tác thi đua\n\nSở phát động phong trào.\n"
)


def _two_ones() -> str:
    """The base example with two sections numbered "1" under "I" (a numbering repeat, N302)."""
    text = resources.files("danvan.checking").joinpath("data/example-report.txt").read_text("utf-8")
    old = "Sở tổ chức 02 hội nghị tuyên truyền về dân chủ ở cơ sở.\n"
    assert old in text
    return text.replace(old, _TWO_ONES, 1)


def test_part_paths_are_unique_when_two_sections_share_a_number() -> None:
    from danvan.checking.context import Context

    document = dv.read_text(_two_ones())
    ctx = Context(document=document, on=document.place_date.date, today=document.place_date.date)
    parts = [at.part for at in ctx.sections()]
    assert parts == ["I", "I.1", "I.1#2", "I.1#2.a", "I.2", "II"]
    paragraph_parts = {at.part for at in ctx.paragraphs()}
    assert {"I.1", "I.1#2.a", "I.2"} <= paragraph_parts


def test_a_repeated_number_is_reported_at_its_own_line(tmp_path: Path) -> None:
    text = _two_ones()
    path = tmp_path / "bc.txt"
    path.write_text(text, encoding="utf-8")
    lines = text.splitlines()
    first, second = [i + 1 for i, line in enumerate(lines) if line.startswith("1. Công tác")]
    (repeat,) = check(dv.read(path), select="N302").findings
    assert repeat.location == "I.1#2"
    assert repeat.line == second  # was the first "1." line: the part map's "I.1"
    # without the text's lines to search (read from a string), never the first one's line
    (unsure,) = check(dv.read_text(text), select="N302").findings
    assert unsure.line != first
    assert unsure.line == lines.index("I. KẾT QUẢ THỰC HIỆN") + 1  # the enclosing "I"


def test_a_repeated_number_is_found_under_markdown_heading_marks(tmp_path: Path) -> None:
    document = dv.read_text(_two_ones())
    markdown = dv.render(document, "markdown").decode("utf-8")
    path = tmp_path / "bc.md"
    path.write_text(markdown, encoding="utf-8")
    lines = markdown.splitlines()
    second = [i + 1 for i, line in enumerate(lines) if "1. Công tác" in line][1]
    assert lines[second - 1].startswith("#")
    (repeat,) = check(dv.read(path), select="N302").findings
    assert (repeat.location, repeat.line) == ("I.1#2", second)
