"""The API reference builds from the docstrings without the network (the ``docs`` extra)."""

from __future__ import annotations

import html
import re
import runpy
import socket
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip(
    "pdoc", reason="the API reference needs the docs extra: pip install -e '.[docs]'"
)

BUILD_SCRIPT = Path(__file__).resolve().parents[1] / "docs" / "build_api.py"


def _no_network(*args: Any, **kwargs: Any) -> None:
    raise AssertionError(f"the API reference build tried the network: {args}")


def _text(page: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_the_api_reference_builds_offline_with_typed_signatures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(socket.socket, "connect", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    build = runpy.run_path(str(BUILD_SCRIPT))["build"]
    index = build(tmp_path / "api")
    assert index.is_file()
    top = _text(tmp_path / "api" / "danvan.html")
    for shown in (
        "subject: str",
        "body: Iterable[",
        "title: str | None",
        "deadline: dt.date | None",
    ):
        assert shown in " ".join(top.split()), shown
    for page in ("errors", "io", "rendering", "refs", "testing", "vn"):
        assert (tmp_path / "api" / "danvan" / f"{page}.html").is_file(), page
    assert (
        "register_type_strategies" in _text(tmp_path / "api" / "danvan" / "testing.html")
        or (tmp_path / "api" / "danvan" / "testing" / "strategies.html").is_file()
    )
