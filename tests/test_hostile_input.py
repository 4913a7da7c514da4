"""Hostile input: lone surrogates, wrong argument types and huge values all get a short, clear danvan error."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import danvan
from danvan.cli import main
from danvan.demo import demo_report
from danvan.errors import DanvanError, InvalidValueError, SchemaError, clip, excerpt
from danvan.model import Agency, Report, Section, Table
from danvan.model._validators import SURROGATE_RULE
from danvan.rendering.registry import RenderError, UnknownRendererError, get_renderer
from danvan.testing import strategies as dvst
from hypothesis_profiles import scaled

REPORT = demo_report()
LONE = "\ud800"

# -- lone surrogates are refused where text enters the model -------------------------------


def _is_row(value: Any) -> bool:
    return isinstance(value, tuple) and bool(value) and type(value[0]) is str


def _text_fields(obj: Any) -> list[tuple[str, Any]]:
    """(init name, value with a lone surrogate put in) for every text field of ``obj``."""
    found = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        if type(value) is str:
            found.append((field.alias, value + LONE))
        elif isinstance(value, tuple) and value and type(value[0]) is str:
            found.append((field.alias, (LONE + value[0], *value[1:])))
        elif value and isinstance(value, tuple) and _is_row(value[0]):  # rows of cells
            found.append((field.alias, ((value[0][0] + LONE, *value[0][1:]), *value[1:])))
    return found


# Fields that only take a few fixed strings refuse a surrogate by that rule instead.
CLOSED_SETS = {("BulletList", "marker")}
# Not text: a Fix's path is field names and indices (the checks' own output, not user text).
NOT_TEXT = {("Fix", "path")}


@pytest.mark.parametrize("cls", dvst.MODEL_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=scaled(0.2))
@given(data=st.data())
def test_every_text_field_refuses_a_lone_surrogate(cls: type, data: st.DataObject) -> None:
    obj = data.draw(dvst.strategy_for(cls), label=cls.__name__)
    for name, bad in _text_fields(obj):
        if (cls.__name__, name) in NOT_TEXT:
            continue
        with pytest.raises(InvalidValueError) as caught:
            attrs.evolve(obj, **{name: bad})
        assert caught.value.field == f"{cls.__name__}.{name}", caught.value.field
        if (cls.__name__, name) not in CLOSED_SETS:
            assert caught.value.rule == SURROGATE_RULE, (name, caught.value.rule)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Agency(name="Sở Dữ liệu số tỉnh Cao Điền" + LONE), "Agency.name"),
        (lambda: Agency(name="Sở", parent="\udc80UBND"), "Agency.parent"),
        (lambda: Section(title="Kết quả\udfff", blocks=[]), "Section.title"),
        (lambda: Table(header=["Chỉ tiêu"], rows=[["a\ud83d"]]), "Table.rows"),
    ],
    ids=["name", "optional", "section-title", "table-cell"],
)
def test_the_error_names_the_field_and_escapes_the_surrogate(build: Any, field: str) -> None:
    with pytest.raises(InvalidValueError, match="lone surrogate") as caught:
        build()
    assert caught.value.field == field
    message = str(caught.value)
    message.encode("utf-8")  # printable: the surrogate is shown as an escape, not raw
    assert "\\ud" in message


def test_a_surrogate_pair_written_as_json_escapes_is_fine_but_a_lone_one_is_not() -> None:
    text = danvan.to_json(REPORT)
    paired = text.replace(REPORT.subject, REPORT.subject + "\\ud83d\\ude00")  # an emoji
    assert danvan.from_json(paired).subject.endswith("\U0001f600")
    lone = text.replace(REPORT.subject, REPORT.subject + "\\ud83d")
    with pytest.raises(SchemaError, match="lone surrogate"):
        danvan.from_json(lone)


def test_surrogateescape_text_read_from_bad_bytes_is_refused() -> None:
    broken = b"B\xe1o c\xe1o".decode("utf-8", errors="surrogateescape")  # cp1258 bytes
    with pytest.raises(InvalidValueError, match="surrogateescape"):
        attrs.evolve(REPORT, subject=broken)


# -- None, a list, text where a document or a renderer name is expected --------------------

NOT_DOCUMENTS = [None, [REPORT], (REPORT,), danvan.to_json(REPORT), {"document": "report"}, 42]


@pytest.mark.parametrize("value", NOT_DOCUMENTS, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize(
    "function",
    [danvan.render_text, danvan.render_markdown, danvan.render_html],
    ids=lambda f: f.__name__,
)
def test_renderers_refuse_what_is_not_a_document(function: Any, value: Any) -> None:
    with pytest.raises(InvalidValueError, match="must be a Report or a Plan") as caught:
        function(value)
    assert caught.value.field == f"{function.__name__}(document)"


@pytest.mark.parametrize("value", NOT_DOCUMENTS, ids=lambda v: type(v).__name__)
@pytest.mark.parametrize("name", ["text", "markdown", "html", "json", "docx"])
def test_render_refuses_what_is_not_a_document(name: str, value: Any) -> None:
    with pytest.raises(DanvanError, match="Report or a Plan"):
        danvan.render(value, name)


@pytest.mark.parametrize("name", [None, ["text"], ("docx",), 3, b"text"], ids=repr)
def test_a_renderer_name_that_is_not_a_string(name: Any) -> None:
    with pytest.raises(UnknownRendererError, match="renderer name is a str"):
        danvan.render(REPORT, name)
    with pytest.raises(UnknownRendererError, match=r"installed renderers: .*text"):
        get_renderer(name)


@pytest.mark.parametrize("target", [["a.txt"], 3, {"path": "a"}], ids=repr)
def test_a_target_that_is_not_a_path(target: Any, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match="writes to a path"):
        danvan.render(REPORT, "text", target)


@pytest.mark.parametrize("value", [None, [REPORT], "Báo cáo", {"a": 1}], ids=repr)
@pytest.mark.parametrize("function", [danvan.to_json, danvan.to_dict], ids=lambda f: f.__name__)
def test_to_json_and_to_dict_refuse_what_is_not_a_model_object(function: Any, value: Any) -> None:
    with pytest.raises(InvalidValueError, match="takes a danvan model object") as caught:
        function(value)
    assert caught.value.field == f"{function.__name__}(obj)"


@pytest.mark.parametrize("value", [None, [1], 3, {"document": "report"}], ids=repr)
def test_from_json_refuses_what_is_not_text(value: Any) -> None:
    with pytest.raises(InvalidValueError, match=r"takes JSON text \(str or bytes\)"):
        danvan.from_json(value)


@pytest.mark.parametrize("cls", [[Report], "Report", int, 3], ids=repr)
def test_from_json_and_from_dict_refuse_a_class_that_is_not_a_model(cls: Any) -> None:
    with pytest.raises(InvalidValueError, match="model class"):
        danvan.from_json(danvan.to_json(REPORT), cls)
    with pytest.raises(InvalidValueError, match="model class"):
        danvan.from_dict(danvan.to_dict(REPORT), cls)


def test_from_dict_still_takes_a_union_of_model_classes() -> None:
    section = REPORT.sections[0] if hasattr(REPORT, "sections") else REPORT.body[0]
    assert danvan.from_dict(danvan.to_dict(section), danvan.Block) == section


# -- huge values are quoted as an excerpt ---------------------------------------------------

HUGE = 5_000_000


def test_excerpt_keeps_short_values_whole_and_cuts_long_ones() -> None:
    assert excerpt("Sơn La") == "'Sơn La'"
    long = "Kết quả " * 1000
    shown = excerpt(long)
    assert shown.startswith("'Kết quả")
    assert shown.endswith(f"… ({len(long)} characters)")
    assert len(shown) < 200
    assert excerpt(b"x" * 1000).endswith("… (1000 bytes)")
    assert len(excerpt(list(range(100_000)))) < 300
    assert clip("a" * 10_000).endswith("… (10000 characters)")


def test_a_huge_invalid_value_is_quoted_as_an_excerpt() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Agency(name=" " * HUGE)
    message = str(caught.value)
    assert len(message) < 500
    assert f"({HUGE} characters)" in message
    assert len(caught.value.value) == HUGE  # the error still carries the whole value


def test_a_huge_subject_in_json_gives_a_short_error_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = danvan.to_dict(REPORT)
    data["subject"] = " " * HUGE  # blank: refused by the model
    source = tmp_path / "bao-cao.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["render", str(source), "-f", "text"]) == 1
    err = capsys.readouterr().err
    assert "subject" in err
    assert len(err) < 2000, len(err)


def test_a_renderer_failure_quotes_a_short_excerpt_of_its_message() -> None:
    class Noisy:
        name = "noisy"
        media_type = "text/plain"
        suffix = ".txt"

        def render(self, document: object, /, **options: object) -> bytes:
            raise ValueError("x" * HUGE)

    from danvan.rendering import registry

    registry.register_renderer(Noisy())
    try:
        with pytest.raises(RenderError) as caught:
            danvan.render(REPORT, "noisy")
    finally:
        registry._reset_for_tests()
    assert len(str(caught.value)) < 1000
    assert isinstance(caught.value.__cause__, ValueError)  # the whole message is kept there


def test_errors_print_on_a_terminal_that_cannot_show_a_surrogate() -> None:
    with pytest.raises(InvalidValueError) as caught:
        Agency(name="x" + LONE)
    str(caught.value).encode("ascii", errors="backslashreplace")
    assert os.linesep not in str(caught.value)
