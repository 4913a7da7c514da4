"""help() and the API reference show what each constructor parameter accepts, never a bare Any."""

from __future__ import annotations

import inspect
from pathlib import Path

import attrs
import pytest

import danvan.model
from danvan.model import Appendix, PlaceDate, Report, Section, Table, Task

ROOT = Path(__file__).resolve().parents[2]

PUBLIC = [
    obj
    for name in danvan.model.__all__
    if isinstance(obj := getattr(danvan.model, name), type) and attrs.has(obj)
]


@pytest.mark.parametrize("cls", PUBLIC, ids=lambda cls: cls.__name__)
def test_no_constructor_parameter_is_any_unless_the_field_is(cls: type) -> None:
    # str(): the field types are strings until something (cattrs) resolves them to objects.
    declared = {field.alias or field.name: str(field.type) for field in attrs.fields(cls)}
    for parameter in inspect.signature(cls).parameters.values():
        shown = parameter.annotation
        assert shown is not inspect.Parameter.empty, f"{cls.__name__}.{parameter.name}"
        if str(declared.get(parameter.name)) not in ("Any", "typing.Any"):  # Fix.value: any value
            assert str(shown) not in ("Any", "typing.Any"), f"{cls.__name__}.{parameter.name}"


@pytest.mark.parametrize(
    ("cls", "parameter", "shown"),
    [
        (Report, "subject", "str | None"),  # None only in a document as read (AS_READ)
        (Report, "body", "Iterable[Block]"),
        (Report, "addressees", "Iterable[str]"),
        (Report, "appendices", "Iterable[Appendix]"),
        (Section, "title", "str | None"),
        (Section, "blocks", "Iterable[Block]"),
        (Task, "deadline", "dt.date | None"),
        (Table, "rows", "Iterable[Iterable[str]]"),
        (Appendix, "blocks", "Iterable[Block]"),
        (PlaceDate, "date", "DateLike"),
    ],
)
def test_the_fields_the_issue_named_show_their_types(cls: type, parameter: str, shown: str) -> None:
    assert inspect.signature(cls).parameters[parameter].annotation == shown


def test_a_list_is_still_accepted_and_stored_as_a_tuple() -> None:
    section = Section(title="Kết quả", blocks=[])
    assert section.blocks == ()
    assert isinstance(Table(header=["a"], rows=[["1"]]).rows, tuple)


def test_mypy_sees_the_accepted_types(tmp_path: Path) -> None:
    """A downstream project under mypy --strict gets the same types: wrong ones are reported."""
    api = pytest.importorskip("mypy.api", reason="mypy comes with the lint extra")
    snippet = tmp_path / "uses_danvan.py"
    snippet.write_text(
        "import datetime as dt\n"
        "import danvan as dv\n"
        "ok = dv.Section(title='Kết quả', blocks=[dv.Paragraph.of('Nội dung')])\n"
        "task = dv.Task(description='Việc', lead='Văn phòng', deadline=dt.date(2026, 6, 30))\n"
        "bad_blocks = dv.Section(title='Kết quả', blocks=['not a block'])\n"
        "bad_name = dv.Agency(name=3)\n"
        "bad_deadline = dv.Task(description='Việc', lead='Văn phòng', deadline='30/6')\n",
        encoding="utf-8",
    )
    out, _err, status = api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(ROOT / ".mypy_cache"), str(snippet)]
    )
    lines = [line for line in out.splitlines() if "error:" in line]
    assert status == 1
    assert {int(line.split(":")[1]) for line in lines} == {5, 6, 7}, out
