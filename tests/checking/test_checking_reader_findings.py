"""Reader findings (R codes) in ``check``: selected and ignored like rules, in SARIF, never
making a document non-compliant at info severity."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

import danvan as dv
from danvan.checking import check
from danvan.checking.docs import render_rules_page
from danvan.checking.output import sarif
from danvan.checking.reader_codes import READER_CODES, reader_summary
from danvan.cli import main
from danvan.model import Finding, Severity


def _wrapped_text(tmp_path: Path, edits: tuple[tuple[str, str], ...] = ()) -> Path:
    """The base example as a .txt with one body line wrapped mid-sentence (the reader's R101)."""
    text = resources.files("danvan.checking").joinpath("data/example-report.txt").read_text("utf-8")
    text = text.replace("tuyên truyền về dân", "tuyên truyền về\ndân", 1)
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    path = tmp_path / "bc.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_select_and_ignore_apply_to_reader_findings(tmp_path: Path) -> None:
    document = dv.read(_wrapped_text(tmp_path, (("Kết quả thực hiện", "kết quả thực hiện"),)))
    assert "R101" in check(document).codes()
    assert check(document, select="T").codes() == ("T803",)  # the reader's R101 printed before
    assert set(check(document, select="T,R").codes()) == {"T803", "R101"}
    assert check(document, select="R1").codes() == ("R101",)
    assert check(document, select=["R101"]).codes() == ("R101",)
    assert "R101" not in check(document, ignore="R101").codes()
    assert "R101" not in check(document, ignore="R").codes()
    assert "T803" in check(document, ignore="R").codes()


def test_the_cli_accepts_reader_codes_in_select_and_ignore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _wrapped_text(tmp_path)
    assert main(["check", str(path), "--ignore", "R101"]) == 0  # was a usage error (2)
    assert "R101" not in capsys.readouterr().out
    assert main(["check", str(path), "--select", "T"]) == 0
    assert "R101" not in capsys.readouterr().out
    assert main(["check", str(path), "--select", "R"]) == 0
    assert "R101" in capsys.readouterr().out


def test_info_findings_never_make_a_document_non_compliant(tmp_path: Path) -> None:
    result = check(dv.read(_wrapped_text(tmp_path)))
    assert [f.severity for f in result if f.code == "R101"] == [Severity.INFO]
    assert result.not_evaluated == ()
    assert result.compliant
    bad = check(dv.read(_wrapped_text(tmp_path, (("Kết quả thực hiện", "kết quả thực hiện"),))))
    assert not bad.compliant  # an error still does


def test_sarif_gives_every_reader_finding_a_rule_entry() -> None:
    findings = [
        Finding(code="R101", name="reader", severity=Severity.INFO, message="joined", line=3),
        Finding(code="R299", name="reader", severity=Severity.WARNING, message="plugin's"),
    ]
    run = json.loads(sarif([("a.txt", findings)], "0"))["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {rule["id"] for rule in rules} == {"R101", "R299"}
    for result in run["results"]:
        entry = rules[result["ruleIndex"]]
        assert entry["id"] == result["ruleId"]
        assert entry["shortDescription"]["text"]
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id["R101"]["shortDescription"]["text"] == READER_CODES["R101"]
    assert by_id["R299"]["defaultConfiguration"]["level"] == "warning"
    assert "could not be placed" in by_id["R299"]["shortDescription"]["text"]


def test_every_reader_code_the_readers_use_is_documented() -> None:
    import re

    reading = Path(dv.__file__).parent / "reading"
    used = {
        code
        for path in reading.rglob("*.py")
        for code in re.findall(r"[\"'](R[0-9]{3})[\"']", path.read_text(encoding="utf-8"))
    }
    assert used
    assert used <= set(READER_CODES), sorted(used - set(READER_CODES))
    page = render_rules_page()
    for code in READER_CODES:
        assert f"| {code} | {reader_summary(code)} |" in page
