"""The fast reader (danvan.io._fast_read) builds exactly what the model's own constructors build.

``from_dict`` first reads with generated per-class functions that leave out the checks the
reading itself has made; these tests build generated documents both ways (the fast reader,
and the detailed converter, which calls every class as a user would) and compare, on valid
data and on data broken at one place, so the fast reader can neither build something else
nor accept what a constructor refuses.
"""

from __future__ import annotations

import copy
import json
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, SchemaError
from danvan.io import from_dict, from_json, to_dict, to_json
from danvan.io._fast_read import make_reader
from danvan.io.converter import _attrs_init, converter, fast_converter
from danvan.model import (
    BulletItem,
    BulletList,
    Count,
    Document,
    Indicator,
    Paragraph,
    Section,
    Text,
)
from danvan.model import _validators as v
from danvan.model.inline import _run_text
from danvan.testing.strategies import MODEL_CLASSES, documents, strategy_for
from hypothesis_profiles import scaled

# Values a broken document may hold at one place: wrong JSON types, empty and blank text,
# text that is not NFC, a lone surrogate, a bool where a number belongs, nested shapes.
ODD_VALUES = st.sampled_from(
    [
        None,
        "",
        "   ",
        "x",
        "Kết quả",
        "Ke\u0302\u0301t",  # not NFC
        "a\ud800b",  # a lone surrogate
        0,
        -1,
        1,
        10**30,
        True,
        False,
        1.5,
        [],
        [None],
        ["x"],
        {},
        {"type": "text"},
        {"type": "text", "text": "x"},
        {"type": "paragraph", "runs": []},
        {"type": "nope"},
        "2021-02-30",
        "2021-11-14",
        "538/BC-SKHCN",
        "bad number",
    ]
)


def _read_both(data: Any, cls: Any) -> tuple[object, object]:
    """``(fast result or the exception it raised, detailed result or its exception)``."""
    try:
        fast: object = fast_converter.structure(data, cls)
    except Exception as error:
        fast = error
    try:
        detailed: object = converter.structure(data, cls)
    except Exception as error:
        detailed = error
    return fast, detailed


def _same_tree(a: object, b: object) -> bool:
    """Equal, and of the same class at every level (``==`` alone ignores some classes)."""
    if type(a) is not type(b):
        return False
    if attrs.has(type(a)):
        return all(
            _same_tree(getattr(a, field.name), getattr(b, field.name))
            for field in attrs.fields(type(a))
        )
    if isinstance(a, tuple):
        return len(a) == len(b) and all(  # type: ignore[arg-type]
            _same_tree(x, y)
            for x, y in zip(a, b, strict=True)  # type: ignore[call-overload]
        )
    return bool(a == b)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_every_model_class_gets_a_generated_reader(cls: type) -> None:
    # The fast path is really taken: no class built by attrs' own __init__ silently falls
    # back to calling itself; a class with its own __init__ (Task takes lead= for leads=)
    # is called as it is, since its rules are not attrs' fields alone.
    if _attrs_init(cls) is None:
        assert "__init__" in vars(cls)
        assert make_reader(cls, fast_converter) is None
    else:
        assert make_reader(cls, fast_converter) is not None


@settings(max_examples=scaled(1))
@given(documents())
def test_fast_reader_builds_what_the_constructors_build(document: object) -> None:
    data = to_dict(document)
    fast, detailed = _read_both(data, Document)
    assert not isinstance(fast, Exception), fast
    assert _same_tree(fast, detailed)
    assert _same_tree(fast, document)


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=scaled(1))
@given(data=st.data())
def test_fast_reader_builds_every_class_as_its_constructor(cls: type, data: st.DataObject) -> None:
    obj = data.draw(strategy_for(cls), label=cls.__name__)
    fast, detailed = _read_both(to_dict(obj), cls)
    assert _same_tree(fast, detailed)
    assert _same_tree(fast, obj)


def _places(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside JSON data (dict keys and list indexes)."""
    found = [path]
    if isinstance(data, dict):
        for key, item in data.items():
            found.extend(_places(item, (*path, key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            found.extend(_places(item, (*path, index)))
    return found


def _break(data: Any, path: tuple[Any, ...], how: str, odd: Any) -> Any:
    broken = copy.deepcopy(data)
    if not path:
        return odd if how == "replace" else broken
    parent = broken
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if how == "replace":
        parent[last] = odd
    elif how == "drop" and isinstance(parent, dict):
        del parent[last]
    elif how == "extra" and isinstance(parent, dict):
        parent["unexpected"] = odd
    return broken


@settings(max_examples=scaled(4))
@given(documents(), st.data(), st.sampled_from(["replace", "drop", "extra"]), ODD_VALUES)
def test_fast_reader_refuses_what_the_constructors_refuse(
    document: object, data: st.DataObject, how: str, odd: Any
) -> None:
    source = to_dict(document)
    path = data.draw(st.sampled_from(_places(source)), label="path")
    broken = _break(source, path, how, odd)
    fast, detailed = _read_both(broken, Document)
    if isinstance(detailed, Exception):
        assert isinstance(fast, Exception), f"the fast reader accepted {path} = {odd!r}"
    elif not isinstance(fast, Exception):
        assert _same_tree(fast, detailed)
    # else: the fast reader is stricter in form only (it then hands over to the detailed one)
    for read in (from_dict, lambda d: from_json(json.dumps(d))):
        try:
            result: object = read(broken)
        except SchemaError:
            assert isinstance(detailed, Exception)
        else:
            assert not isinstance(detailed, Exception)
            assert _same_tree(result, detailed)


@pytest.mark.parametrize("convert", [v.text, v.text_or_none, v.optional_text])
@settings(max_examples=scaled(20))
@given(
    st.text(max_size=12)
    | st.sampled_from(["", " ", "\u00a0", "Ke\u0302\u0301t", "a\ud800", "Đ\n\udfff", "Đ\nx"])
)
def test_inline_forms_of_text_converters_match_the_converters(convert: Any, value: str) -> None:
    namespace: dict[str, Any] = {**v.INLINE_NAMES, "x": value}
    try:
        expected: object = convert(value)
    except Exception as error:
        expected = type(error)
    try:
        exec(getattr(convert, v.INLINE_FORM).format(x="x"), namespace)
        inline: object = namespace["x"]
    except Exception as error:
        inline = type(error)
    assert inline == expected
    if isinstance(expected, str):
        assert unicodedata.is_normalized("NFC", expected)


def test_disabled_validators_are_honoured_as_the_constructors_honour_them() -> None:
    item = {"content": {"runs": [{"type": "text", "text": "Một ý"}]}}
    data = {"type": "bullet_list", "items": [item], "marker": "*"}
    with pytest.raises(SchemaError, match="marker"):
        from_dict(data, BulletList)
    with attrs.validators.disabled():
        built = from_dict(data, BulletList)
        assert built == BulletList(items=(BulletItem(content=Paragraph.of("Một ý")),), marker="*")


@pytest.mark.parametrize(
    "text",
    [
        '{"type": "text", "text": "a", "text": "b"}',
        '{"type": "text", "text": "a", "text": "a"}',
        '{"runs": [{"type": "text", "text": "a", "type": "text"}]}',
    ],
)
def test_a_key_given_twice_is_still_refused(text: str) -> None:
    cls = Paragraph if text.startswith('{"runs"') else Text
    with pytest.raises(SchemaError, match="appears twice in one object"):
        from_json(text, cls)


def test_a_key_given_twice_deep_in_a_document_is_refused() -> None:
    from danvan.demo import demo_report

    text = to_json(demo_report(), indent=None)
    twice = text.replace('{"type":"text","text":', '{"type":"text","type":"text","text":', 1)
    assert twice != text
    with pytest.raises(SchemaError, match="the key 'type' appears twice"):
        from_json(twice)


@pytest.mark.parametrize(
    "check", [v.non_empty_text("the name"), _run_text], ids=["non_empty_text", "run_text"]
)
@settings(max_examples=scaled(20))
@given(st.text(max_size=6) | st.sampled_from(["", " ", "\u00a0", "\u3000", "\n", "a"]))
def test_inline_checks_of_text_validators_match_the_validators(check: Any, value: str) -> None:
    field = attrs.fields(Text).text
    try:
        check(Text(text="x"), field, value)
        refused = False
    except InvalidValueError:
        refused = True

    class Refused(Exception):
        pass

    namespace: dict[str, Any] = {"fail": Refused, "cl": Text, "x": value}
    try:
        exec(getattr(check, v.INLINE_CHECK).format(x="x"), namespace)
        inline_refused = False
    except Refused:
        inline_refused = True
    assert inline_refused == refused


def test_rules_split_for_the_reader_still_hold_when_read() -> None:
    # _runs is read as its two checks in turn: the second still refuses footnotes alone.
    footnote = {"type": "footnote", "text": "Chú thích."}
    with pytest.raises(SchemaError, match="besides footnotes"):
        from_dict({"runs": [footnote]}, Paragraph)
    assert from_dict({"runs": [{"type": "text", "text": "Có"}, footnote]}, Paragraph).text == "Có"
    # A bullet item's children are a bullet list, whatever the tag says.
    item = {"content": {"runs": [{"type": "text", "text": "Ý"}]}}
    wrong = {**item, "children": {"type": "paragraph", "runs": [{"type": "text", "text": "x"}]}}
    fast, detailed = _read_both(wrong, BulletItem)
    assert isinstance(fast, Exception)
    assert isinstance(detailed, Exception)
    with pytest.raises(SchemaError):
        from_dict(wrong, BulletItem)


def test_no_surrogate_is_printable() -> None:
    # The text converters skip the surrogate search for printable text: sound only because
    # every surrogate (category Cs) is non-printable.
    assert not any(chr(c).isprintable() for c in range(0xD800, 0xE000))


def test_post_init_rules_left_to_the_reader_still_hold_when_read() -> None:
    # Section and Indicator readers call only the rest of __attrs_post_init__ (the blocks
    # and parts are known to be blocks and Indicators): the rest still refuses.
    paragraph = {"type": "paragraph", "runs": [{"type": "text", "text": "Nội dung."}]}
    with pytest.raises(SchemaError, match="goes with a number"):
        from_dict({"title": "Mục", "prefix": "Phần", "blocks": [paragraph]}, Section)
    with pytest.raises(SchemaError, match="run-in title"):
        from_dict({"run_in": True, "blocks": [paragraph]}, Section)
    with pytest.raises(SchemaError, match="a title or some content"):
        from_dict({}, Section)
    count = {"type": "count", "value": 5, "unit": "đoàn"}
    part = {"name": "Phần", "value": {"type": "count", "value": 2, "unit": "đoàn"}}
    wrong_sum = {"name": "Tổng", "value": count, "breakdown": [part], "breakdown_complete": True}
    with pytest.raises(SchemaError, match="add up"):
        from_dict(wrong_sum, Indicator)
    right = {**wrong_sum, "breakdown": [part, {**part, "value": {**part["value"], "value": 3}}]}
    assert from_dict(right, Indicator).breakdown[1].value == Count(value=3, unit="đoàn")
    assert "self._check_parts()" in fast_converter.get_structure_hook(Section).__danvan_source__
    assert "self._check_sum()" in fast_converter.get_structure_hook(Indicator).__danvan_source__


def test_a_tuple_of_anything_is_left_out_only_for_what_it_passes() -> None:
    # tuple_of(object) passes any item but a bool: the reader leaves the check out for a
    # tuple of Indicators it built, never for one that may hold bools.
    from danvan.io._fast_read import _implied

    check = v.tuple_of(object, "trong đó")
    part = Indicator(name="Phần")
    field = attrs.fields(Indicator).breakdown
    check(part, field, (part,))
    with pytest.raises(InvalidValueError):
        check(part, field, (True,))
    assert _implied(check, ("tuple", frozenset({Indicator})))
    assert not _implied(check, ("tuple", frozenset({Indicator, bool})))
    reader = fast_converter.get_structure_hook(Indicator)
    names = [name for name, value in reader.__globals__.items() if value is field]
    assert names  # the call is written, then left out
    assert not any(name in reader.__danvan_source__ for name in names)
