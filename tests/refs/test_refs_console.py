"""What ``danvan refs`` prints: positions from one line index, no terminal control sequences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.cli import main
from danvan.refs.console import LineIndex, for_terminal, json_for_terminal


def naive_position(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return f"{line}:{column}"


@given(st.text(alphabet="ab\nđ\r", max_size=60), st.data())
def test_line_index_agrees_with_counting_from_the_start(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert LineIndex(text).position(offset) == naive_position(text, offset)


def test_line_index_positions() -> None:
    lines = LineIndex("ab\ncd\n\nef")
    assert [lines.position(i) for i in (0, 1, 2, 3, 6, 7, 8, 9)] == [
        "1:1", "1:2", "1:3", "2:1", "3:1", "4:1", "4:2", "4:3",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("hostile", "shown"),
    [
        ("Ban \x1b[2J\x1b[HDân vận", "Ban Dân vận"),  # clear the screen, cursor home
        ("Ban \x1b]0;pwned\x07Dân vận", "Ban Dân vận"),  # set the window title (OSC ... BEL)
        ("Ban \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "Ban link"),  # OSC 8 hyperlink, ST
        ("Ban \x9b31mđỏ", "Ban đỏ"),  # 8-bit CSI
        ("Ban\rGIẢ", "BanGIẢ"),  # carriage return overwrites the line
        ("a\x00b\x08c\x7fd\x85e", "abcde"),  # NUL, backspace, DEL, NEL
        ("Ban \x1bcDân", "Ban Dân"),  # RIS: full terminal reset
        ("Tỉnh ủy Cao Điền\t(khóa XV)", "Tỉnh ủy Cao Điền\t(khóa XV)"),  # text is kept
    ],
)
def test_for_terminal_drops_control_sequences(hostile: str, shown: str) -> None:
    assert for_terminal(hostile) == shown


@given(st.text())
def test_for_terminal_leaves_no_control_character(text: str) -> None:
    shown = for_terminal(text)
    assert not any((ord(c) < 0x20 and c not in "\t\n") or 0x7F <= ord(c) <= 0x9F for c in shown)


def test_json_for_terminal_escapes_c1_and_keeps_the_data() -> None:
    value = {"text": "Sở \x9b2J\x7f Dữ liệu \x1b[2J"}
    dumped = json_for_terminal(json.dumps(value, ensure_ascii=False))
    assert not any(0x7F <= ord(c) <= 0x9F or c == "\x1b" for c in dumped)
    assert json.loads(dumped) == value
    assert "Dữ liệu" in dumped


HOSTILE_TEXT = (
    "Dòng một.\n"
    "Thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư \x1b[2J\x1b]0;x\x07"
    "(khóa XI) về “Công tác \x9b31m dân vận\x1b[0m”.\n"
    "Kế hoạch số 02-KH/TU của Tỉnh ủy\x1b[31m Cao Điền.\n"
)


def test_refs_command_prints_no_escape_sequence_and_right_positions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    main(["refs", str(path)])
    out = capsys.readouterr().out
    assert not {"\x1b", "\x9b", "\x07"} & set(out)
    assert out.splitlines()[0].startswith("2:11  ")  # "Kết luận" at line 2, column 11
    assert any(line.startswith("3:1  ") for line in out.splitlines())


def test_refs_command_json_escapes_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(HOSTILE_TEXT, encoding="utf-8")
    main(["refs", "--json", str(path)])
    out = capsys.readouterr().out
    assert not any(0x7F <= ord(c) <= 0x9F or c in "\x1b\x07" for c in out)
    payload = json.loads(out)
    assert [r["start"] for r in payload["references"]] == [
        HOSTILE_TEXT.index("Kết luận"),
        HOSTILE_TEXT.index("Kế hoạch"),
    ]
