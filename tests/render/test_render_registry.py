"""The renderer registry: entry-point discovery, errors by name, atomic writes, the plugin example."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.model import BaseDocument
from danvan.rendering import registry
from danvan.rendering.registry import (
    RendererLoadError,
    RenderError,
    UnknownRendererError,
    get_renderer,
    register_renderer,
    render,
    renderers,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fresh_registry() -> Iterator[None]:
    registry._reset_for_tests()
    yield
    registry._reset_for_tests()


def test_builtins_are_registered_through_entry_points() -> None:
    names = {ep.name for ep in metadata.entry_points(group=registry.ENTRY_POINT_GROUP)}
    assert {"text", "json"} <= names
    listed = {info.name: info for info in renderers()}
    assert listed["text"].ok
    assert listed["text"].suffix == ".txt"
    assert listed["json"].media_type == "application/json"
    assert listed["text"].source == "danvan"


def test_render_returns_bytes_and_text_matches_render_text() -> None:
    from danvan.rendering import render_text

    report = demo_report()
    assert render(report, "text") == render_text(report).encode("utf-8")


def test_unknown_renderer_lists_the_known_ones() -> None:
    with pytest.raises(UnknownRendererError) as caught:
        get_renderer("pdf")
    message = str(caught.value)
    assert "'pdf'" in message
    assert "text" in message
    assert "json" in message


def test_unknown_option_names_the_option() -> None:
    with pytest.raises(InvalidValueError) as caught:
        render(demo_report(), "text", colour="red")
    assert "colour" in str(caught.value)
    assert "'red'" in str(caught.value)


def test_render_rejects_what_is_not_a_document() -> None:
    with pytest.raises(RenderError, match="Report or a Plan"):
        render({"document": "report"}, "text")  # type: ignore[arg-type]


class _Broken:
    name = "broken"
    media_type = "text/plain"
    suffix = ".txt"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        raise ZeroDivisionError("deep inside")


def test_atomic_write_keeps_the_old_file_when_rendering_fails(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.txt"
    target.write_text("good old content", encoding="utf-8")
    register_renderer(_Broken())
    with pytest.raises(RenderError) as caught:
        render(demo_report(), "broken", target)
    assert "ZeroDivisionError: deep inside" in str(caught.value)
    assert isinstance(caught.value.__cause__, ZeroDivisionError)
    assert target.read_text(encoding="utf-8") == "good old content"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.txt"]


def test_render_to_a_file_writes_the_same_bytes(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.txt"
    data = render(demo_report(), "text", target)
    assert target.read_bytes() == data


def test_register_twice_needs_replace() -> None:
    register_renderer(_Broken())
    with pytest.raises(RendererLoadError, match="already registered"):
        register_renderer(_Broken())
    register_renderer(_Broken(), replace=True)


def test_register_rejects_non_renderers() -> None:
    with pytest.raises(RendererLoadError, match="not a Renderer"):
        register_renderer(object())  # type: ignore[arg-type]


def test_a_plugin_that_fails_to_import_is_reported_by_name(tmp_path: Path) -> None:
    _fake_distribution(tmp_path, "bad-plugin", "bad = danvan_no_such_module:Renderer")
    sys.path.insert(0, str(tmp_path))
    try:
        registry._reset_for_tests()
        listed = {info.name: info for info in renderers()}
        assert not listed["bad"].ok
        assert "ModuleNotFoundError" in (listed["bad"].error or "")
        assert listed["bad"].source == "bad-plugin"
        assert listed["text"].ok
        with pytest.raises(RendererLoadError, match="'bad' from the package 'bad-plugin'"):
            get_renderer("bad")
    finally:
        sys.path.remove(str(tmp_path))


def _fake_distribution(folder: Path, name: str, entry: str) -> None:
    info = folder / f"{name.replace('-', '_')}-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        f"[{registry.ENTRY_POINT_GROUP}]\n{entry}\n", encoding="utf-8"
    )


def test_the_example_plugin_installs_and_renders(tmp_path: Path) -> None:
    """pip installs examples/plugin (offline, no build isolation) and danvan finds its renderer."""
    target = tmp_path / "site"
    command = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "--quiet",
        "--no-index",
        "--no-deps",
        "--no-build-isolation",
        "--target",
        str(target),
        str(ROOT / "examples" / "plugin"),
    ]
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(target))
    try:
        registry._reset_for_tests()
        info = {i.name: i for i in renderers()}["outline"]
        assert info.ok, info.error
        assert info.source == "danvan-outline"
        outline = render(demo_report(), "outline").decode("utf-8")
        assert outline.splitlines()[0] == ("BÁO CÁO: Kết quả thực hiện dân chủ ở cơ sở năm 2025")
        assert "  2. Thực hiện dân chủ trong hoạt động của cơ quan" in outline
        assert "    a) Công khai thông tin" in outline
    finally:
        sys.path.remove(str(target))
        for module in [m for m in sys.modules if m.startswith("danvan_outline")]:
            del sys.modules[module]


def test_writing_into_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "bao-cao.txt"
    with pytest.raises(RenderError) as caught:
        render(demo_report(), "text", target)
    message = str(caught.value)
    assert "bao-cao.txt" in message
    assert "No such file or directory" in message
    assert ".tmp" not in message
