"""Lossless round trips: ``from_json(to_json(x)) == x`` for every model class, by Hypothesis."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.errors import SchemaError
from danvan.io import from_dict, from_json, to_dict, to_json
from danvan.model import DocumentNumber, Plan, Report
from danvan.testing.strategies import MODEL_CLASSES, document_numbers, documents, strategy_for
from hypothesis_profiles import scaled

ROUND_TRIP = settings(max_examples=scaled(2))


def _json_only(value: Any) -> bool:
    """True when ``value`` holds nothing but what JSON has (no tuples, dates, decimals)."""
    if value is None or isinstance(value, (str, bool, int)):
        return True
    if isinstance(value, list):
        return all(_json_only(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_only(v) for k, v in value.items())
    return False


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
@ROUND_TRIP
@given(data=st.data())
def test_json_and_dict_round_trip_for_every_model_class(cls: type, data: st.DataObject) -> None:
    obj = data.draw(strategy_for(cls), label=cls.__name__)
    text = to_json(obj)
    back: object = from_json(text, cls)
    assert back == obj
    assert type(back) is cls
    assert to_json(back) == text  # the text is stable, not only the object
    as_dict = to_dict(obj)
    assert _json_only(as_dict)
    assert from_dict(as_dict, cls) == obj


@given(documents())
def test_documents_read_back_without_naming_the_class(document: Report | Plan) -> None:
    text = to_json(document)
    assert from_json(text) == document
    assert from_dict(to_dict(document)) == document
    assert unicodedata.is_normalized("NFC", text)
    head = json.loads(text)
    assert list(head)[:2] == ["schema_version", "document"]


@settings(max_examples=scaled(5))
@given(document_numbers())
def test_document_number_text_reads_back_as_the_same_number(number: DocumentNumber) -> None:
    # The JSON writes a number as its text; this is what makes that lossless.
    assert DocumentNumber.parse(str(number)) == number


_JSON_LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False),
    st.text(max_size=8),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside nested dicts and lists, the root included."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*path, index)))
    return found


@given(documents(), st.data())
def test_a_damaged_document_fails_with_schema_error_only(
    document: Report | Plan, data: st.DataObject
) -> None:
    """Replace or delete any one value: reading back succeeds or raises SchemaError, nothing else."""
    tree = to_dict(document)
    path = data.draw(st.sampled_from(_paths(tree)[1:]), label="path")
    parent: Any = tree
    for step in path[:-1]:
        parent = parent[step]
    if isinstance(parent, dict) and data.draw(st.booleans(), label="delete"):
        del parent[path[-1]]
    else:
        parent[path[-1]] = data.draw(_JSON_LEAVES, label="new value")
    problems: tuple[str, ...] = ()
    try:
        from_dict(tree)
    except SchemaError as error:  # any other exception fails the test
        problems = error.errors or ("(empty)",)
    assert all(" @ $" in line for line in problems)
