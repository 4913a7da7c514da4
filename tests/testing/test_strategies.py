"""The public strategies build only valid, hashable, picklable, NFC objects of every model class."""

from __future__ import annotations

import copy
import datetime as dt
import os
import pickle
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

import danvan.model
from danvan.model import (
    Authority,
    Block,
    DocumentStatus,
    DocumentSystem,
    Indicator,
    PartialDate,
    Plan,
    Report,
    Section,
)
from danvan.testing import strategies as dvst
from hypothesis_profiles import scaled

QUICK = settings(max_examples=scaled(0.5))


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a model object, however deep."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, (tuple, list)):
        for item in value:
            yield from _strings(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _strings(getattr(value, field.name))


def _depth(block: Block) -> int:
    if not isinstance(block, Section):
        return 0
    return 1 + max((_depth(inner) for inner in block.blocks), default=0)


def test_every_model_class_has_a_strategy() -> None:
    exported = {
        obj
        for name in danvan.model.__all__
        if isinstance(obj := getattr(danvan.model, name), type) and attrs.has(obj)
    }
    # BaseDocument is abstract (Report, Plan); Parsed is a parser's result, not document data.
    missing = exported - set(dvst.MODEL_CLASSES) - {danvan.model.BaseDocument, danvan.model.Parsed}
    assert not missing, f"add strategies for {sorted(cls.__name__ for cls in missing)}"


def test_every_public_name_is_listed() -> None:
    for name in dvst.__all__:
        assert callable(getattr(dvst, name)) or name == "MODEL_CLASSES"


def test_strategy_for_an_unknown_class() -> None:
    with pytest.raises(KeyError, match="no strategy for"):
        dvst.strategy_for(dt.date)


@pytest.mark.parametrize("cls", dvst.MODEL_CLASSES, ids=lambda cls: cls.__name__)
@QUICK
@given(data=st.data())
def test_objects_are_hashable_picklable_nfc(cls: type, data: st.DataObject) -> None:
    obj = data.draw(dvst.strategy_for(cls), label=cls.__name__)
    assert type(obj) is cls
    clone = pickle.loads(pickle.dumps(obj))
    assert clone == obj
    assert hash(clone) == hash(obj)
    assert copy.deepcopy(obj) == obj
    assert {obj, clone} == {obj}
    for text in _strings(obj):
        assert unicodedata.is_normalized("NFC", text), text


@QUICK
@given(dvst.documents(DocumentStatus.ISSUED))
def test_issued_documents_are_numbered_dated_and_signed(document: Report | Plan) -> None:
    assert document.number is not None
    assert document.number.number is not None
    assert document.place_date.is_complete
    assert document.signature is not None
    assert document.signature.name


@QUICK
@given(dvst.documents())
def test_document_symbols_name_their_own_type(document: Report | Plan) -> None:
    if document.number is not None:
        assert document.number.type_code == ("BC" if isinstance(document, Report) else "KH")
    # only a document as read may lack its subject (and issuer, place and date)
    if document.status is not DocumentStatus.AS_READ:
        assert document.subject is not None
        assert document.issuer is not None
        assert document.place_date is not None
    if document.subject is not None:
        assert document.subject.strip()


@QUICK
@given(dvst.vietnamese_texts())
def test_text_is_nfc_and_never_blank(text: str) -> None:
    assert text.strip() == text
    assert text
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize("max_depth", [1, 2, 3])
@QUICK
@given(data=st.data())
def test_sections_respect_max_depth(max_depth: int, data: st.DataObject) -> None:
    section = data.draw(dvst.sections(max_depth=max_depth))
    assert 1 <= _depth(section) <= max_depth


@QUICK
@given(dvst.partial_dates(complete=False))
def test_partial_dates_leave_the_day_blank(date: PartialDate) -> None:
    assert date.day is None
    assert not date.is_complete


@QUICK
@given(dvst.document_numbers(DocumentSystem.PARTY))
def test_party_numbers_only(number: danvan.model.DocumentNumber) -> None:
    assert number.system is DocumentSystem.PARTY
    assert "-" in str(number).split("/")[0]


def test_sections_need_a_depth() -> None:
    with pytest.raises(ValueError, match="max_depth"):
        dvst.sections(max_depth=0)


def _complete_with_parts(indicator: Indicator) -> bool:
    return indicator.breakdown_complete and len(indicator.breakdown) >= 2


# No shrinking: the example only has to exist. A search budget, not a test depth: it stays
# fixed in every profile so that a rare case is found under `dev` too.
FIND = settings(max_examples=2000, deadline=None, database=None, phases=[Phase.generate])


@pytest.mark.parametrize(
    ("strategy", "condition"),
    [
        (
            dvst.reports(),
            lambda r: r.is_draft and r.place_date is not None and not r.place_date.is_complete,
        ),
        (dvst.plans(), lambda p: p.number is not None and p.system is DocumentSystem.PARTY),
        (dvst.signatures(), lambda s: s.authority is Authority.KT),
        (dvst.indicators(), _complete_with_parts),
        (dvst.sections(max_depth=3), lambda s: _depth(s) == 3),
        (dvst.legal_references(), lambda r: isinstance(r.date, PartialDate)),
        (dvst.ratios(), lambda r: r.percent is not None and r.percent.as_tuple().exponent == -2),
    ],
    ids=["draft-blank-day", "party-plan", "kt-signature", "breakdown", "deep-section",
         "partial-ref-date", "percent-places"],
)  # fmt: skip
def test_strategies_reach_the_interesting_cases(strategy: Any, condition: Any) -> None:
    assert condition(find(strategy, condition, settings=FIND))


def test_importing_danvan_does_not_import_hypothesis() -> None:
    code = "import sys, danvan, danvan.io; sys.exit('hypothesis' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# -- from_type: the strategies are registered with Hypothesis ----------------------------


@pytest.mark.parametrize("cls", dvst.MODEL_CLASSES, ids=lambda cls: cls.__name__)
@QUICK
@given(data=st.data())
def test_from_type_draws_valid_objects_of_every_model_class(cls: type, data: st.DataObject) -> None:
    obj = data.draw(st.from_type(cls), label=cls.__name__)
    assert type(obj) is cls
    assert hash(obj) == hash(pickle.loads(pickle.dumps(obj)))


@QUICK
@given(
    st.from_type(danvan.model.BaseDocument),
    st.from_type(danvan.model.Block),  # a union: resolved through its members
)
def test_from_type_of_the_abstract_document_and_the_block_union(
    document: object, block: object
) -> None:
    assert isinstance(document, (Report, Plan))
    assert isinstance(block, danvan.model.Block)


_FROM_TYPE = (
    "import sys\n"
    "from hypothesis import strategies as st\n"
    "from danvan.model import Report, Section\n"
    "{extra}"
    "report = st.from_type(Report).example()\n"
    "assert type(report) is Report, report\n"
    "assert type(st.from_type(Section).example()) is Section\n"
    "print('danvan.testing' in sys.modules)\n"
)


def test_from_type_works_through_hypothesis_entry_point_alone() -> None:
    """With danvan installed, Hypothesis registers the strategies itself at its import."""
    result = subprocess.run(
        [sys.executable, "-c", _FROM_TYPE.format(extra="")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"  # loaded by the entry point, not by the script


@pytest.mark.parametrize(
    "first",
    [
        "import danvan.testing",
        "import danvan.testing.strategies",
        "import hypothesis",
        "import danvan",
    ],
)
def test_any_import_order_works_with_the_entry_point(first: str) -> None:
    """The entry point runs inside Hypothesis's import, which danvan.testing itself may trigger."""
    code = first + "\n" + _FROM_TYPE.format(extra="")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_from_type_works_after_importing_danvan_testing_without_plugins() -> None:
    """Where Hypothesis plugins are turned off, ``import danvan.testing`` registers them."""
    env = {**os.environ, "HYPOTHESIS_NO_PLUGINS": "1"}
    plain = subprocess.run(
        [sys.executable, "-c", _FROM_TYPE.format(extra="")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert plain.returncode != 0  # proves the entry point is what the previous test used
    result = subprocess.run(
        [sys.executable, "-c", _FROM_TYPE.format(extra="import danvan.testing\n")],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
