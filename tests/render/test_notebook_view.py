"""Every part of a document displays in a notebook, through the renderer registry, fitted to the cell."""

from __future__ import annotations

import ast
import datetime as dt
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

import danvan.rendering.registry as registry
from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
    BulletList,
    Count,
    Indicator,
    IndicatorTable,
    Paragraph,
    Section,
    Task,
    TaskTable,
)
from danvan.rendering.html import render_html_part
from danvan.rendering.notebook import NOTEBOOK_CSS

MODEL = Path(__file__).resolve().parents[2] / "src" / "danvan" / "model"

GROUP = IndicatorTable(
    indicators=[
        Indicator(
            name="Mô hình “Dân vận khéo” <mới>",
            breakdown=[
                Indicator(name="Lĩnh vực kinh tế", value=Count(value=4)),
                Indicator(name="Lĩnh vực xã hội", value=Count(value=3)),
            ],
        )
    ],
    title="Bảng 1",
)
TASKS = TaskTable(
    tasks=[
        Task(
            description="Tổ chức hội nghị đối thoại",
            lead="Văn phòng Sở",
            partners=["Phòng Tổ chức"],
            deadline=dt.date(2026, 6, 30),
        )
    ]
)
SECTION = Section(
    title="Kết quả thực hiện",
    blocks=[
        Paragraph.of("Tổ chức 03 hội nghị & 02 buổi đối thoại."),
        BulletList.of("Đăng ký 04 mô hình;", "Công nhận 02 mô hình."),
        GROUP,
    ],
)
APPENDIX = Appendix(title="Số liệu quý I", blocks=[GROUP, TASKS])

PARTS = {
    "section": (SECTION, ["KẾT QUẢ THỰC HIỆN", "Tổ chức 03 hội nghị & 02 buổi đối thoại.", "Đăng ký 04 mô hình;"]),
    "appendix": (APPENDIX, ["SỐ LIỆU QUÝ I", "Lĩnh vực kinh tế", "Tổ chức hội nghị đối thoại"]),
    "indicator-table": (GROUP, ["Mô hình “Dân vận khéo” <mới>; trong đó:", "Lĩnh vực xã hội", "Bảng 1"]),
    "task-table": (TASKS, ["Tổ chức hội nghị đối thoại", "Văn phòng Sở", "Phòng Tổ chức"]),
}  # fmt: skip


class _Page(HTMLParser):
    """The text of an HTML fragment and whether its tags balance."""

    VOID = frozenset({"br", "meta", "hr", "img"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in self.VOID:
            self.open.append(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open.pop() == tag, f"</{tag}> closes the wrong element"
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if not self.in_style:
            self.text.append(data)


def _read(html: str) -> str:
    page = _Page()
    page.feed(html)
    page.close()
    assert page.open == [], f"unclosed: {page.open}"
    return " ".join("".join(page.text).split())


@pytest.mark.parametrize("name", list(PARTS))
def test_every_part_displays_its_own_content(name: str) -> None:
    part, expected = PARTS[name]
    shown = part._repr_html_()
    text = _read(shown)
    for piece in expected:
        assert piece in text, piece
    assert "BÁO CÁO" not in text  # the part alone, not a document around it
    assert "<mới>" not in shown  # content is escaped


@pytest.mark.parametrize("obj", [*(part for part, _ in PARTS.values()), demo_report()], ids=str)
def test_the_view_fits_a_narrow_output_cell(obj: Any) -> None:
    shown = obj._repr_html_()
    assert shown.startswith('<div class="danvan-notebook">')
    assert NOTEBOOK_CSS in shown
    assert ".danvan-notebook { max-width: 100%; overflow-x: auto; }" in NOTEBOOK_CSS
    assert "table { display: block; max-width: 100%; overflow-x: auto; }" in NOTEBOOK_CSS
    assert ".dv-page { max-width: 100%;" in NOTEBOOK_CSS  # not the page's 210 mm in a cell


def test_the_view_goes_through_the_renderer_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    class Stub:
        name = "html"

        def render_fragment(self, obj: object) -> str:
            seen.append(obj)
            return "<p>stub</p>"

    asked: list[str] = []

    def get_renderer(name: str) -> Stub:
        asked.append(name)
        return Stub()

    monkeypatch.setattr(registry, "get_renderer", get_renderer)
    assert "<p>stub</p>" in SECTION._repr_html_()
    assert "<p>stub</p>" in demo_report()._repr_html_()
    assert asked == ["html", "html"]
    assert seen[0] is SECTION


def test_an_html_plugin_without_a_notebook_view_shows_the_repr(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Bare:
        name = "html"

    monkeypatch.setattr(registry, "get_renderer", lambda name: Bare())
    shown = TASKS._repr_html_()
    assert "<pre>TaskTable(" in shown


def test_a_section_keeps_its_own_number_and_footnotes_are_listed() -> None:
    from danvan.model import Footnote

    section = Section(
        title="Nhiệm vụ", number="III", blocks=[Paragraph.of("Làm", Footnote(text="Ghi chú."))]
    )
    text = _read(section._repr_html_())
    assert "III. NHIỆM VỤ" in text
    assert "Ghi chú." in text


def test_render_html_part_refuses_what_is_not_a_part() -> None:
    with pytest.raises(InvalidValueError, match="must be a Section, an Appendix or a block"):
        render_html_part(demo_report())  # type: ignore[arg-type]


def test_the_model_imports_no_renderer_at_import_time() -> None:
    """Only function bodies (on display) may import danvan.rendering, never a module's top level."""
    for path in sorted(MODEL.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("danvan.rendering"), f"{path.name}: {node.module}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert not alias.name.startswith("danvan.rendering"), path.name
