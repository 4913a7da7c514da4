"""``danvan check`` from the shell: output formats, exit status, selection, fixes, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import danvan as dv
from danvan.checking.examples import build_example
from danvan.cli import main

BAD_EDITS = [
    {
        "path": "subject",
        "value": "kết quả thực hiện công tác dân vận chính quyền 9 tháng đầu năm 2025",
    },
    {"path": "body.1.number", "value": "II."},
]


@pytest.fixture
def bad_json(tmp_path: Path) -> Path:
    target = tmp_path / "bao-cao.json"
    dv.render(build_example(BAD_EDITS), "json", target)
    return target


@pytest.fixture
def good_json(tmp_path: Path) -> Path:
    target = tmp_path / "tot.json"
    dv.render(build_example([]), "json", target)
    return target


def test_human_output_is_file_line_col_code_message(
    bad_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(bad_json)]) == 1
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if line.startswith(str(bad_json))]
    assert {line.split(" ")[1] for line in lines} == {"N301", "T803"}
    for line in lines:
        file, row, column, _ = line.split(":", 3)
        assert file == str(bad_json)
        assert row.isdigit()
        assert column.isdigit()
    assert "1 file(s) checked: 2 error" in out


def test_clean_file_exits_zero(good_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(good_json)]) == 0
    assert "0 error" in capsys.readouterr().out


def test_select_and_ignore(bad_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bad_json), "--select", "N"]) == 1
    out = capsys.readouterr().out
    assert "N301" in out
    assert "T803" not in out
    assert main(["check", str(bad_json), "--ignore", "N301,subject-lowercase"]) == 0


def test_unknown_rule_is_a_usage_error(bad_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(bad_json), "--select", "Z999"]) == 2
    assert "Z999" in capsys.readouterr().err


def test_unreadable_file_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "hong.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["check", str(broken)]) == 2
    assert "hong.json" in capsys.readouterr().err


def test_json_output(bad_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(bad_json), "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    by_code = {row["code"]: row for row in rows}
    assert by_code["T803"]["name"] == "subject-lowercase"
    assert by_code["T803"]["fix"]["safety"] == "safe"
    assert by_code["T803"]["part"] == "header.subject"
    assert by_code["N301"]["expected"] == "II"


def test_sarif_output(bad_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(bad_json), "--format", "sarif"])
    log = json.loads(capsys.readouterr().out)
    assert log["version"] == "2.1.0"
    (run,) = log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == {"N301", "T803"}
    for result in run["results"]:
        assert result["level"] == "error"
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert len(result["partialFingerprints"]["danvanFinding/v1"]) == 32


def test_sarif_fingerprints_do_not_depend_on_the_line() -> None:
    import attrs

    from danvan.checking.output import sarif

    finding = dv.Finding(
        code="T803", severity=dv.Severity.ERROR, message="m", location="header.subject", line=3
    )
    moved = attrs.evolve(finding, line=30)
    one = json.loads(sarif([("a.txt", [finding])], "0"))["runs"][0]["results"][0]
    two = json.loads(sarif([("a.txt", [moved])], "0"))["runs"][0]["results"][0]
    assert one["partialFingerprints"] == two["partialFingerprints"]
    other = json.loads(sarif([("b.txt", [finding])], "0"))["runs"][0]["results"][0]
    assert other["partialFingerprints"] != one["partialFingerprints"]


def test_statistics(bad_json: Path, good_json: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(bad_json), str(good_json), "--statistics"])
    out = capsys.readouterr().out
    assert "N301  number-with-punctuation" in out
    assert "2 file(s) checked" in out


def test_fix_writes_beside_the_input_and_leaves_it_alone(
    bad_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bad_json.read_bytes()
    assert main(["check", str(bad_json), "--fix"]) == 0
    assert bad_json.read_bytes() == before
    fixed = bad_json.with_name("bao-cao.fixed.json")
    document = dv.from_json(fixed.read_text(encoding="utf-8"))
    assert document.subject.startswith("Kết quả")
    assert main(["check", str(fixed)]) == 0
    assert "wrote" in capsys.readouterr().err


def test_fix_in_place(bad_json: Path) -> None:
    assert main(["check", str(bad_json), "--fix", "--in-place"]) == 0
    assert dv.from_json(bad_json.read_text(encoding="utf-8")).subject.startswith("Kết quả")
    assert not bad_json.with_name("bao-cao.fixed.json").exists()


def test_folders_are_walked_and_fixed_files_skipped(
    tmp_path: Path, bad_json: Path, good_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["check", str(tmp_path), "--fix"])
    capsys.readouterr()
    assert main(["check", str(tmp_path), "--format", "json"]) == 1  # the originals are unchanged
    files = {row["file"] for row in json.loads(capsys.readouterr().out)}
    assert files == {str(bad_json)}


def test_help_names_the_formats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    assert ".json" in out
    assert ".txt" in out


def test_fixing_a_text_file_writes_a_text_file_that_reads_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from importlib import resources

    from danvan.reading import read

    source = resources.files("danvan.checking").joinpath("data/example-report.txt")
    text = source.read_text("utf-8").replace("Kết quả thực hiện", "kết quả thực hiện", 1)
    path = tmp_path / "bao-cao.txt"
    path.write_text(text, encoding="utf-8")
    assert main(["check", str(path), "--select", "T803"]) == 1
    out = capsys.readouterr().out
    assert f"{path}:9:" in out  # the subject's own line
    assert main(["check", str(path), "--select", "T803", "--fix"]) == 0
    fixed = tmp_path / "bao-cao.fixed.txt"
    document = read(fixed)
    assert document.subject.startswith("Kết quả thực hiện")
    assert document.number == read(path).number  # nothing else the rule did not name
    assert document.body == read(path).body
