"""The command line: ``danvan demo``, ``danvan render``, ``danvan renderers``, errors without tracebacks."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import danvan
from danvan import from_json
from danvan.cli import _parser, main
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


# -- output that is not UTF-8 ---------------------------------------------------------------

_CITING = "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư; Kế hoạch 139- KH/TU.\n"


def _run(*args: str, encoding: str | None = None, cwd: Path | None = None) -> Any:
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONIOENCODING", "PYTHONUTF8"}}
    if encoding is not None:
        env["PYTHONIOENCODING"] = encoding
    env["PYTHONUTF8"] = "0"
    result = subprocess.run(
        [sys.executable, "-m", "danvan", *args],
        capture_output=True,
        check=False,
        env=env,
        cwd=cwd,
    )
    assert b"Traceback" not in result.stderr, result.stderr.decode("utf-8", "replace")
    return result


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_every_command_runs_when_stdout_is_not_utf8(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "van-ban.txt"
    source.write_text(_CITING, encoding="utf-8")

    demo = _run("demo", "-o", str(tmp_path / "demo"), encoding=encoding)
    assert demo.returncode == 0
    out = demo.stdout.decode(encoding)  # what the stream holds is valid in its encoding
    assert "S\\u1ed1 05/BC-SDSC\\u0110" in out  # "Số 05/BC-SDSCĐ", escaped, not lost

    refs = _run("refs", str(source), encoding=encoding)
    assert refs.returncode == 0
    lines = refs.stdout.decode(encoding).splitlines()
    assert lines[0].startswith("1:11  K\\u1ebft lu\\u1eadn s\\u1ed1 114-KL/TW")
    assert lines[-1] == "2 references, 1 findings"

    failed = _run("render", str(tmp_path / "thiếu.json"), "-f", "text", encoding=encoding)
    assert failed.returncode == 1
    assert "thi\\u1ebfu.json" in failed.stderr.decode(encoding)


def test_help_of_every_command_prints_on_an_ascii_stdout() -> None:
    for command in ([], ["demo"], ["render"], ["refs"], ["renderers"], ["check"]):
        helped = _run(*command, "--help", encoding="ascii")
        assert helped.returncode == 0
        assert helped.stdout.decode("ascii").startswith("usage: danvan")


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_refs_json_on_a_non_utf8_stdout_is_ascii_json_with_the_same_data(
    tmp_path: Path, encoding: str
) -> None:
    source = tmp_path / "van-ban.txt"
    source.write_text(_CITING, encoding="utf-8")
    plain = _run("refs", "--json", str(source), encoding="utf-8")
    escaped = _run("refs", "--json", str(source), encoding=encoding)
    assert escaped.returncode == plain.returncode == 0
    assert escaped.stdout.isascii()
    assert json.loads(escaped.stdout.decode("ascii")) == json.loads(plain.stdout.decode("utf-8"))


def test_main_leaves_the_streams_as_it_found_them(capsys: pytest.CaptureFixture[str]) -> None:
    errors = (sys.stdout.errors, sys.stderr.errors)
    main(["renderers"])
    assert (sys.stdout.errors, sys.stderr.errors) == errors


def test_a_reader_that_leaves_early_is_no_traceback(tmp_path: Path) -> None:
    source = tmp_path / "dai.txt"
    source.write_text(_CITING * 3000, encoding="utf-8")  # far more output than a pipe holds
    process = subprocess.Popen(
        [sys.executable, "-m", "danvan", "refs", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.readline()
    process.stdout.close()  # as `| head -1` does
    err = process.stderr.read()
    process.wait(timeout=120)
    assert b"Traceback" not in err
    assert b"BrokenPipe" not in err


# -- renderer options ------------------------------------------------------------------------


@pytest.fixture
def demo_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    main(["demo", "-o", str(tmp_path)])
    capsys.readouterr()
    return tmp_path / "bao-cao-demo.json"


@pytest.mark.parametrize(
    ("args", "options"),
    [
        (["-f", "html", "--option", "standalone=false"], {"standalone": False}),
        (["-f", "html", "-O", "standalone=true"], {"standalone": True}),
        (["-f", "json", "--indent", "0"], {"indent": 0}),
        (["-f", "json", "--option", "indent=null"], {"indent": None}),
        (["-f", "json", "-O", "indent=4"], {"indent": 4}),
        (["-f", "docx", "--profile", "party"], {"profile": "party"}),
        (["-f", "docx", "--option", "profile=state"], {"profile": "state"}),
        (["-f", "docx", "--option", 'profile="party"'], {"profile": "party"}),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, list) else "",
)
def test_render_passes_renderer_options(
    demo_json: Path, args: list[str], options: dict[str, Any]
) -> None:
    target = demo_json.with_name("out.bin")
    assert main(["render", str(demo_json), *args, "-o", str(target)]) == 0
    document = from_json(demo_json.read_text(encoding="utf-8"))
    assert target.read_bytes() == danvan.render(document, args[1], **options)


def test_the_options_change_the_output(demo_json: Path) -> None:
    fragment, page = demo_json.with_name("a.html"), demo_json.with_name("b.html")
    main(["render", str(demo_json), "-f", "html", "-O", "standalone=false", "-o", str(fragment)])
    main(["render", str(demo_json), "-f", "html", "-o", str(page)])
    assert fragment.read_text(encoding="utf-8").startswith('<div class="danvan-document"')
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "html", "--option", "standalone"], "write KEY=VALUE"),
        (["-f", "html", "--option", "=1"], "write KEY=VALUE"),
        (["-f", "html", "-O", "standalone=false", "-O", "standalone=true"], "given twice"),
        (["-f", "docx", "--profile", "party", "-O", "profile=state"], "both given"),
        (["-f", "text", "--profile", "party"], "text renderer takes no options"),
        (["-f", "html", "-O", "colour=red"], "html renderer takes profile, standalone, style"),
        (["-f", "docx", "--profile", "province"], "profile is 'state' or 'party'"),
    ],
    ids=["no-equals", "no-key", "twice", "flag-and-option", "not-taken", "unknown", "bad-value"],
)
def test_bad_options_are_clear_errors(
    demo_json: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(["render", str(demo_json), *args, "-o", str(demo_json.with_name("x"))]) == 1
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err
    assert not demo_json.with_name("x").exists()


# -- help and accepted input formats ----------------------------------------------------------


def test_every_subcommand_has_a_description_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    helps = {choice.dest: choice.help for choice in commands._choices_actions}
    assert set(commands.choices) >= {"demo", "render", "refs", "renderers"}
    for name, sub in commands.choices.items():
        assert len(sub.description or "") > 40, name
        assert helps.get(name), name
        with pytest.raises(SystemExit) as exited:
            main([name, "--help"])
        assert exited.value.code == 0
        assert sub.description.split()[0] in capsys.readouterr().out


def test_help_says_which_input_formats_each_command_reads(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name, wanted in (("render", "danvan JSON"), ("refs", "UTF-8 plain text or Markdown")):
        with pytest.raises(SystemExit):
            main([name, "--help"])
        assert wanted in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(
    ("command", "content", "message"),
    [
        ("render", b"PK\x03\x04rest of a zip", "is a .docx (or another zip) file"),
        ("render", "BÁO CÁO\nKết quả".encode(), "is not JSON"),
        ("render", "Báo cáo".encode("cp1258"), "is not UTF-8 text"),
        ("refs", b"PK\x03\x04rest of a zip", "is a .docx (or another zip) file"),
        ("refs", b"%PDF-1.7\n...", "is a PDF file"),
        ("refs", "Báo cáo".encode("cp1258"), "is not UTF-8 text"),
    ],
    ids=["render-docx", "render-text", "render-cp1258", "refs-docx", "refs-pdf", "refs-cp1258"],
)
def test_a_file_in_the_wrong_format_says_what_the_command_reads(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    content: bytes,
    message: str,
) -> None:
    source = tmp_path / "input.bin"
    source.write_bytes(content)
    args = [command, str(source), *(["-f", "text"] if command == "render" else [])]
    assert main(args) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert message in err
    assert ("danvan JSON" if command == "render" else "UTF-8 plain text or Markdown") in err
    assert "Traceback" not in err
