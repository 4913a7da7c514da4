"""The fast JSON paths write and read exactly what the slow ones do; indent and nesting depth
have one documented limit each, enforced on writing and reading alike."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan.io._write as write
from danvan.errors import InvalidValueError, SchemaError
from danvan.io import (
    MAX_INDENT,
    MAX_NESTING_DEPTH,
    converter,
    from_dict,
    from_json,
    to_dict,
    to_json,
)
from danvan.model import (
    Agency,
    Appendix,
    BulletItem,
    BulletList,
    Count,
    DocumentNumber,
    Indicator,
    IndicatorTable,
    Paragraph,
    PlaceDate,
    Report,
    Section,
    Signature,
)
from danvan.testing.strategies import documents


def _slow(obj: object, indent: int | None) -> str:
    data = converter.unstructure(obj)
    if indent is None:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=indent)


@given(documents(), st.sampled_from([None, 0, 2, 4]))
def test_fast_writer_writes_what_the_slow_one_writes(document: Any, indent: int | None) -> None:
    assert to_json(document, indent=indent) == _slow(document, indent)


@given(documents())
def test_standard_library_writer_without_orjson_writes_the_same(document: Any) -> None:
    saved = write._orjson
    write._orjson = None
    try:
        compact = to_json(document, indent=None)
        pretty = to_json(document)
    finally:
        write._orjson = saved
    assert compact == _slow(document, None)
    assert pretty == _slow(document, 2)
    assert from_json(compact) == document


def test_fast_writer_takes_integers_beyond_64_bits() -> None:
    report = _report(
        (IndicatorTable(indicators=(Indicator(name="x", value=Count(value=10**29)),)),)
    )
    text = to_json(report)
    assert str(10**29) in text
    assert from_json(text) == report


@pytest.mark.parametrize("indent", [None, 0, 1, 2, MAX_INDENT])
def test_indent_within_bounds(indent: int | None) -> None:
    report = _report(())
    assert from_json(to_json(report, indent=indent)) == report


@pytest.mark.parametrize("indent", [-1, MAX_INDENT + 1, 10**9, True, 2.0, "2"])
def test_indent_out_of_bounds_is_a_clear_error(indent: Any) -> None:
    with pytest.raises(InvalidValueError, match=r"to_json\(indent\).*from 0 to 16"):
        to_json(_report(()), indent=indent)


def test_compact_json_has_no_spaces_between_tokens() -> None:
    text = to_json(_report(()), indent=None)
    assert '", "' not in text
    assert '": ' not in text


# -- nesting depth ----------------------------------------------------------------------


def _report(body: tuple[Any, ...]) -> Report:
    return Report(
        number=DocumentNumber.parse("07/BC-SDLS"),
        issuer=Agency(name="Sở Dữ liệu số tỉnh Cao Điền", abbreviation="SDLS"),
        place_date=PlaceDate(place="Cao Điền", date=dt.date(2026, 2, 3)),
        subject="Thử độ sâu",
        body=body,
        signature=Signature(head_title="Giám đốc", name="Trần Thị Thử"),
    )


def _sections(depth: int) -> Section:
    """Sections nested so that the paragraph inside the last is at level ``depth``."""
    section = Section(title="Mục", blocks=(Paragraph.of("Nội dung."),))
    for _ in range(depth - 2):
        section = Section(title="Mục", blocks=(section,))
    return section


def _bullets(depth: int) -> BulletList:
    bullets = BulletList(items=(BulletItem(content=Paragraph.of("ý")),))
    for _ in range(depth - 1):
        bullets = BulletList(items=(BulletItem(content=Paragraph.of("ý"), children=bullets),))
    return bullets


def _indicators(depth: int) -> IndicatorTable:
    """A table (level 1) whose last breakdown is at level ``depth``."""
    indicator = Indicator(name="chỉ tiêu")
    for _ in range(depth - 2):
        indicator = Indicator(name="chỉ tiêu", breakdown=(indicator,))
    return IndicatorTable(indicators=(indicator,))


def _deepest_path(depth: int, step: str, start: str = "$.body[0]") -> str:
    return start + step * (depth - 1)


BUILDERS = {
    "sections": (_sections, ".blocks[0]"),
    "bullets": (_bullets, ".items[0].children"),
    "indicators": (_indicators, ".indicators[0]"),
}


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_nesting_at_the_limit_is_written_and_read(kind: str) -> None:
    build, _ = BUILDERS[kind]
    report = _report((build(MAX_NESTING_DEPTH),))
    for indent in (None, 2, 3):
        assert from_json(to_json(report, indent=indent)) == report
    assert from_dict(to_dict(report)) == report


def _past_limit_path(kind: str) -> str:
    depth = MAX_NESTING_DEPTH + 1
    if kind == "sections":
        return _deepest_path(depth, ".blocks[0]")
    if kind == "bullets":
        return _deepest_path(depth, ".items[0].children")
    # an indicator table's indicator is level 2; each breakdown one more
    return "$.body[0].indicators[0]" + ".breakdown[0]" * (depth - 2)


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_nesting_one_past_the_limit_is_refused_on_writing(kind: str) -> None:
    build, _ = BUILDERS[kind]
    report = _report((build(MAX_NESTING_DEPTH + 1),))
    path = _past_limit_path(kind)
    for write_it in (lambda: to_json(report), lambda: to_json(report, indent=None)):
        with pytest.raises(InvalidValueError) as caught:
            write_it()
        message = str(caught.value)
        assert f"at most {MAX_NESTING_DEPTH} levels" in message
        assert message.startswith(f"to_json() at {path}:")
    with pytest.raises(InvalidValueError, match=r"to_dict\(\) at \$\.body\[0\]"):
        to_dict(report)


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_nesting_one_past_the_limit_is_refused_on_reading(kind: str) -> None:
    build, _ = BUILDERS[kind]
    limit_report = _report((build(MAX_NESTING_DEPTH),))
    data = json.loads(to_json(limit_report))
    # one more level, written by hand since danvan refuses to write it
    node = data["body"][0]
    if kind == "sections":
        while node["blocks"][0]["type"] == "section":
            node = node["blocks"][0]
        node["blocks"] = [{"type": "section", "title": "Sâu", "blocks": node["blocks"]}]
    elif kind == "bullets":
        while node["items"][0]["children"] is not None:
            node = node["items"][0]["children"]
        node["items"][0]["children"] = json.loads(to_json(_bullets(1)))
    else:
        node = node["indicators"][0]
        while node["breakdown"]:
            node = node["breakdown"][0]
        node["breakdown"] = [json.loads(to_json(Indicator(name="chỉ tiêu")))]
    path = _past_limit_path(kind)
    with pytest.raises(SchemaError) as caught:
        from_json(json.dumps(data))
    assert caught.value.errors == (
        f"sections, bullet lists and indicator breakdowns nest at most {MAX_NESTING_DEPTH} "
        f"levels deep (độ sâu lồng nhau); the block at level {MAX_NESTING_DEPTH + 1} is "
        f"nested too deeply @ {path}",
    )


def test_far_too_deep_json_names_the_first_block_past_the_limit() -> None:
    section: dict[str, Any] = {"type": "section", "title": "x", "blocks": []}
    for _ in range(400):
        section = {"type": "section", "title": "x", "blocks": [section]}
    with pytest.raises(SchemaError) as caught:
        from_dict(section, Section)
    (error,) = caught.value.errors
    assert error.endswith("nested too deeply @ $" + ".blocks[0]" * MAX_NESTING_DEPTH)


def test_fast_writers_write_a_documents_origin_like_the_slow_one() -> None:
    from danvan.model import Origin, PartLocation, ReadFinding, SourceLocation
    from danvan.model.finding import Severity

    where = SourceLocation(source="bao-cao.txt", line=3, column=1)
    origin = Origin(
        source="bao-cao.txt",
        format="text",
        findings=(
            ReadFinding(code="R101", message="nối dòng", location=where, severity=Severity.WARNING),
        ),
        parts=(PartLocation(path="header.number", location=where),),
    )
    report = _report(())
    read = attrs.evolve(report, origin=origin)
    for indent in (None, 2):
        assert to_json(report, indent=indent) == _slow(report, indent)
        assert '"origin"' not in to_json(report, indent=indent)  # left out at its default
        assert to_json(read, indent=indent) == _slow(read, indent)
        assert '"origin"' in to_json(read, indent=indent)
        saved = write._orjson
        write._orjson = None
        try:
            assert to_json(read, indent=indent) == _slow(read, indent)
        finally:
            write._orjson = saved
    assert from_json(to_json(read)).origin == origin


@pytest.mark.parametrize("kind", list(BUILDERS))
def test_nesting_past_the_limit_in_an_appendix_is_found(kind: str) -> None:
    # The walk starts from every top-level block, an appendix's as well as the body's.
    build, _ = BUILDERS[kind]
    appendix = Appendix(title="Phụ lục", blocks=(build(MAX_NESTING_DEPTH + 1),))
    report = attrs.evolve(_report((Paragraph.of("Mở đầu."),)), appendices=(appendix,))
    path = _past_limit_path(kind).replace("$.body[0]", "$.appendices[0].blocks[0]")
    with pytest.raises(InvalidValueError) as caught:
        to_json(report)
    assert str(caught.value).startswith(f"to_json() at {path}:")
    at_limit = Appendix(title="Phụ lục", blocks=(build(MAX_NESTING_DEPTH),))
    fine = attrs.evolve(report, appendices=(at_limit,))
    assert from_json(to_json(fine)) == fine
