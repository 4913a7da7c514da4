"""Where a rendering goes: the suffix rule of ``render``, ``-o -`` for standard output, and
the error for a legacy Word .doc given to ``read``."""

from __future__ import annotations

from pathlib import Path

import pytest

import danvan as dv
from danvan.checking.examples import base_example
from danvan.cli import main
from danvan.errors import DanvanError
from danvan.rendering.registry import RenderError

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.fixture
def saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    target = tmp_path / "bc.json"
    dv.render(base_example(), "json", target)
    return target


@pytest.mark.parametrize(
    ("format", "name", "said"),
    [
        ("docx", "bc.doc", "Word 97-2003"),
        ("docx", "bc.pdf", "PDF"),
        ("docx", "bc.txt", "text format"),
        ("text", "bc.md", "markdown format"),
        ("markdown", "bc.docx", "docx format"),
    ],
)
def test_a_target_named_for_another_format_is_refused(
    tmp_path: Path, format: str, name: str, said: str
) -> None:
    target = tmp_path / name
    with pytest.raises(RenderError) as raised:
        dv.render(base_example(), format, target)
    message = str(raised.value)
    assert repr(target.suffix) in message
    assert said in message
    assert "suffix must name the format" in message
    assert not target.exists()  # a .docx named .doc was written before


@pytest.mark.parametrize(
    ("format", "name"),
    [
        ("docx", "bc.docx"),
        ("docx", "BC.DOCX"),
        ("text", "bc.text"),
        ("markdown", "bc.markdown"),
        ("html", "bc.htm"),
        ("json", "bc"),
        ("text", "bc.bao-cao"),
    ],
)
def test_the_own_suffix_its_aliases_and_unknown_suffixes_are_written(
    tmp_path: Path, format: str, name: str
) -> None:
    target = tmp_path / name
    assert dv.render(base_example(), format, target) == target.read_bytes()


def test_dash_output_writes_a_text_format_to_stdout(
    saved: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["render", str(saved), "-f", "text", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    assert out == dv.render(base_example(), "text")
    assert not (saved.parent / "-").exists()  # was a file called "-"


def test_dash_output_writes_a_docx_to_a_pipe(
    saved: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main(["render", str(saved), "-f", "docx", "-o", "-"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"PK\x03\x04")
    assert dv.read(out).subject == base_example().subject
    assert not (saved.parent / "-").exists()


def test_dash_output_refuses_a_docx_on_a_terminal(
    saved: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert main(["render", str(saved), "-f", "docx", "-o", "-"]) != 0
    captured = capsys.readouterr()
    assert "terminal" in captured.err
    assert "binary" in captured.err
    assert "PK" not in captured.out
    assert not (saved.parent / "-").exists()


def test_read_dash_output_keeps_stdout_for_the_document(
    saved: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    text = saved.parent / "bc.txt"
    dv.render(base_example(), "text", text)
    assert main(["read", str(text), "-o", "-", "--findings"]) == 0
    captured = capsysbinary.readouterr()
    assert dv.from_json(captured.out.decode("utf-8")) == dv.read(text)
    assert b"reader findings" in captured.err
    assert not (saved.parent / "-").exists()
    assert main(["read", str(text), str(text), "-o", "-"]) != 0
    assert b"several inputs" in capsysbinary.readouterr().err


def test_reading_a_legacy_word_doc_says_so(tmp_path: Path) -> None:
    for source in (OLE2, tmp_path / "cu.doc", tmp_path / "doi-ten.docx"):
        if isinstance(source, Path):
            source.write_bytes(OLE2)
        with pytest.raises(DanvanError) as raised:
            dv.read(source)
        message = str(raised.value)
        assert "Word 97-2003 document (.doc)" in message
        assert "save it as .docx" in message
