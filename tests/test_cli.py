"""The command line: ``danvan demo``, ``danvan render``, ``danvan renderers``, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from danvan import from_json
from danvan.cli import main
from danvan.demo import demo_report


def test_demo_writes_docx_json_and_text_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    json_path = tmp_path / "bao-cao-demo.json"
    text_path = tmp_path / "bao-cao-demo.txt"
    docx_path = tmp_path / "bao-cao-demo.docx"
    assert f"wrote {docx_path}" in out
    assert docx_path.read_bytes()[:2] == b"PK"
    assert f"wrote {json_path}" in out
    assert f"wrote {text_path}" in out
    assert from_json(json_path.read_text(encoding="utf-8")) == demo_report()
    assert "Số: 05/BC-SDSCĐ" in text_path.read_text(encoding="utf-8")


def test_python_dash_m_runs_the_same_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "danvan", "demo", "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "bao-cao-demo.json").is_file()


def test_render_from_json_to_a_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bao-cao.json"
    main(["demo", "-o", str(tmp_path)])
    (tmp_path / "bao-cao-demo.json").rename(source)
    capsys.readouterr()
    assert main(["render", str(source), "-f", "text"]) == 0
    target = tmp_path / "bao-cao.txt"
    assert f"wrote {target}" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8").startswith("UBND TỈNH NGHỆ AN")


def test_render_refuses_to_overwrite_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo", "-o", str(tmp_path)])
    source = tmp_path / "bao-cao-demo.json"
    before = source.read_bytes()
    assert main(["render", str(source), "-f", "json"]) == 1
    assert "refusing to overwrite" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_unknown_format_lists_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["demo", "-o", str(tmp_path)])
    assert main(["render", str(tmp_path / "bao-cao-demo.json"), "-f", "pdf"]) == 1
    err = capsys.readouterr().err
    assert "no renderer named 'pdf'" in err
    assert "text" in err
    assert "Traceback" not in err


def test_bad_json_gives_the_json_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["demo", "-o", str(tmp_path)])
    source = tmp_path / "bao-cao-demo.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["subject"] = 42
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["render", str(source), "-f", "text"]) == 1
    err = capsys.readouterr().err
    assert "$.subject" in err
    assert "Traceback" not in err


def test_missing_input_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["render", str(tmp_path / "none.json"), "-f", "text"]) == 1
    assert "none.json" in capsys.readouterr().err


def test_renderers_lists_the_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    main(["renderers"])
    out = capsys.readouterr().out
    for name in ("text", "json"):
        assert any(line.startswith(name) for line in out.splitlines())


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "demo" in capsys.readouterr().out


def test_refs_lists_references_and_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bao-cao.txt"
    source.write_text(
        "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư;\n"
        "triển khai Kế hoạch 139- KH/TU của Tỉnh ủy.\n",
        encoding="utf-8",
    )
    assert main(["refs", str(source)]) == 0  # a warning only: exit 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("1:11  Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")
    assert out[1].startswith("2:12  Kế hoạch số 139-KH/TU của Tỉnh ủy")
    assert any("warning ref.malformed-symbol" in line for line in out)
    assert out[-1] == "2 references, 1 findings"


def test_refs_exits_1_on_an_error_finding_and_speaks_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bao-cao.txt"
    source.write_text("Theo Chỉ thị số 05/CT-TW của Bộ Chính trị.", encoding="utf-8")
    assert main(["refs", str(source), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["references"][0]["short"] == "Chỉ thị số 05-CT/TW"
    assert data["references"][0]["repairs"] == ["party-style"]
    assert [f["code"] for f in data["findings"]] == ["ref.party-symbol-state-style"]
