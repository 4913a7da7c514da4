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


# -- what a new user ran into (the audit of the round's features) ---------------------------


def _lowercase_subject_text(tmp_path: Path, name: str) -> Path:
    from importlib import resources

    source = resources.files("danvan.checking").joinpath("data/example-report.txt")
    text = source.read_text("utf-8").replace("Kết quả thực hiện", "kết quả thực hiện", 1)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "fixed_name"), [("bc.text", "bc.fixed.text"), ("bc.markdown", "bc.fixed.markdown")]
)
def test_fixing_a_text_or_markdown_alias_keeps_its_format(
    tmp_path: Path, name: str, fixed_name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # .text and .markdown are suffixes the readers claim; the fix was written to them as JSON
    path = _lowercase_subject_text(tmp_path, name)
    assert main(["check", str(path), "--select", "T803", "--fix"]) == 0
    written = (tmp_path / fixed_name).read_text(encoding="utf-8")
    assert not written.lstrip().startswith("{")
    assert "BÁO CÁO" in written
    from danvan.reading import read

    assert read(tmp_path / fixed_name).subject.startswith("Kết quả thực hiện")


def test_reader_findings_do_not_repeat_their_location(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bc.txt"
    path.write_text("Xin chào\n", encoding="utf-8")  # no title, agency, place: reader findings
    main(["check", str(path)])
    lines = [line for line in capsys.readouterr().out.splitlines() if " R2" in line]
    assert lines
    for line in lines:
        assert f"[{path}:" not in line, line  # "bc.txt:1:1: R205 [bc.txt:1:1] ..." before


@pytest.mark.parametrize("flag", ["--in-place", "--unsafe-fixes"])
def test_a_fix_option_without_fix_is_a_usage_error(
    bad_json: Path, flag: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = bad_json.read_bytes()
    assert main(["check", str(bad_json), flag]) == 2
    assert "--fix" in capsys.readouterr().err
    assert bad_json.read_bytes() == before


def test_on_takes_a_vietnamese_date_and_explains_a_bad_one(
    bad_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(bad_json), "--on", "31/12/2025", "--format", "json"]) == 1
    capsys.readouterr()
    assert main(["check", str(bad_json), "--on", "2025-31-12"]) == 2
    err = capsys.readouterr().err
    assert "--on '2025-31-12'" in err
    assert "YYYY-MM-DD" in err
    assert "isoformat" not in err


def test_ignore_names_its_own_option_in_the_error(
    bad_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(bad_json), "--ignore", "Z999"]) == 2
    err = capsys.readouterr().err
    assert "check.ignore" in err
    assert "check.select" not in err


def test_the_summary_counts_unreadable_and_skipped_files(
    tmp_path: Path, good_json: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a legacy Word file")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "rong.txt").write_text("", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 2
    captured = capsys.readouterr()
    assert "1 file(s) checked" in captured.out
    assert "1 file(s) could not be read" in captured.out
    assert "2 file(s) in the folders skipped" in captured.out
    assert ".doc ×1" in captured.out
    assert ".pdf ×1" in captured.out
    assert "rong.txt" in captured.err


def test_a_legacy_doc_file_gets_a_hint(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "cu.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 a legacy Word file")
    assert main(["check", str(old)]) == 2
    assert "save it as .docx" in capsys.readouterr().err


def test_a_line_rule_not_evaluated_on_a_docx_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a clerk checking .docx files always sees D203, K705, K706 "not evaluated": say why
    docx = tmp_path / "bao-cao.docx"
    dv.render(build_example([]), "docx", docx)
    assert main(["check", str(docx), "--select", "D203", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    messages = [row["message"] for row in rows if row["status"] == "not-evaluated"]
    assert messages
    assert all(".txt, .md" in m for m in messages)
    assert all("a .docx" in m for m in messages)
