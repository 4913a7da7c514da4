"""Files danvan writes: the permissions a user-created file gets, kept on overwrite, never half-written."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from danvan._files import write_atomic
from danvan.cli import main
from danvan.demo import demo_report
from danvan.rendering.registry import render

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test (``umask(0o027)``) and restore it afterwards."""
    previous = os.umask(0o022)

    def set_to(value: int) -> None:
        os.umask(value)

    yield set_to
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(
    ("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600), (0o027, 0o640)]
)
def test_a_new_file_gets_0666_less_the_umask(
    tmp_path: Path, umask: Callable[[int], None], mask: int, expected: int
) -> None:
    umask(mask)
    target = write_atomic(tmp_path / "bao-cao.txt", "Báo cáo")
    assert _mode(target) == expected
    assert target.read_text(encoding="utf-8") == "Báo cáo"


def test_overwriting_keeps_the_existing_files_mode(
    tmp_path: Path, umask: Callable[[int], None]
) -> None:
    umask(0o022)
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _mode(target) == 0o640
    target.chmod(0o664)  # wider than the umask would give: kept as well
    write_atomic(target, b"newer")
    assert _mode(target) == 0o664


def test_render_and_the_cli_write_files_others_can_read(
    tmp_path: Path, umask: Callable[[int], None]
) -> None:
    umask(0o022)
    render(demo_report(), "text", tmp_path / "a.txt")
    assert _mode(tmp_path / "a.txt") == 0o644
    assert main(["demo", "--output-dir", str(tmp_path / "demo")]) == 0
    for written in (tmp_path / "demo").iterdir():
        assert _mode(written) == 0o644, written.name


def test_a_failed_write_leaves_no_temporary_file_and_the_old_content(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "bao-cao.json"
    target.mkdir()  # os.replace cannot put a file over a folder
    with pytest.raises(IsADirectoryError):
        write_atomic(target, "{}")
    assert [p.name for p in folder.iterdir()] == ["bao-cao.json"]
    good = folder / "good.txt"
    good.write_text("old", encoding="utf-8")
    with pytest.raises(TypeError):
        write_atomic(good, 42)  # type: ignore[arg-type]
    assert good.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["bao-cao.json", "good.txt"]
