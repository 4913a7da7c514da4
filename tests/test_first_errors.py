"""The first errors a new user meets (issue 8, §5): each message says what is wrong and the way out."""

from __future__ import annotations

import datetime as dt
import inspect
import pickle
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import pytest

import danvan as dv
from danvan import model, vn
from danvan.errors import DanvanError, InvalidValueError, ParseError, PositionalArgumentError

AGENCY = dv.Agency(name="Sở Dữ liệu số tỉnh Cao Điền", abbreviation="SDLS")
DAY = dv.PlaceDate(place="Cao Điền", date=dt.date(2024, 3, 2))
SIGNER = dv.Signature(head_title="GIÁM ĐỐC", name="Trần Văn Minh")


def _report(**changes: Any) -> dv.Report:
    fields: dict[str, Any] = {
        "number": dv.DocumentNumber.parse("87/BC-SDLS"),
        "issuer": AGENCY,
        "place_date": DAY,
        "subject": "Kết quả công tác dân vận quý I năm 2024",
        "signature": SIGNER,
    }
    fields.update(changes)
    return dv.Report(**fields)


# -- "Số:" in front of the symbol --------------------------------------------------------


def test_the_so_prefix_is_named_and_parse_tolerant_is_the_way_out() -> None:
    with pytest.raises(ParseError) as caught:
        dv.DocumentNumber.parse("Số: 538/BC-SKHCN")
    rule = caught.value.rule
    assert "the prefix 'Số:'" in rule
    assert "DocumentNumber.parse_tolerant('Số: 538/BC-SKHCN')" in rule
    assert "'538/BC-SKHCN'" in rule  # what the tolerant parser reads
    parsed = dv.DocumentNumber.parse_tolerant("Số: 538/BC-SKHCN")
    assert str(parsed.value) == "538/BC-SKHCN"
    assert [repair.code for repair in parsed.repairs] == ["prefix"]


def test_text_nothing_repairs_keeps_the_general_message() -> None:
    with pytest.raises(ParseError) as caught:
        dv.DocumentNumber.parse("báo cáo tháng 3")
    assert "expected a number and symbol" in caught.value.rule
    assert "parse_tolerant" not in caught.value.rule


# -- lower-case codes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "canonical", "kind"),
    [
        ("538/bc-skhcn", "538/BC-SKHCN", dv.DocumentType.BAO_CAO),
        ("538/BC-skhcn", "538/BC-SKHCN", dv.DocumentType.BAO_CAO),
        ("114-kl/tw", "114-KL/TW", dv.DocumentType.KET_LUAN),
        ("12/2024/qđ-ttg", "12/2024/QĐ-TTg", dv.DocumentType.QUYET_DINH),
        ("5/qyđ-ubnd", "05/QyĐ-UBND", dv.DocumentType.QUY_DINH),
    ],
)
def test_lower_case_codes_are_refused_and_repaired(
    text: str, canonical: str, kind: dv.DocumentType
) -> None:
    with pytest.raises(ParseError) as caught:
        dv.DocumentNumber.parse(text)
    assert "lower case" in caught.value.rule
    assert "parse_tolerant" in caught.value.rule
    parsed = dv.DocumentNumber.parse_tolerant(text)
    assert str(parsed.value) == canonical
    assert parsed.value.document_type is kind  # never a Công văn with "type code None"
    assert "case" in [repair.code for repair in parsed.repairs]


def test_mixed_case_official_codes_and_number_letters_stay() -> None:
    assert str(dv.DocumentNumber.parse("12/2024/QĐ-TTg")) == "12/2024/QĐ-TTg"
    assert str(dv.DocumentNumber.parse("30c/NQ-CP")) == "30c/NQ-CP"
    assert not dv.DocumentNumber.parse_tolerant("30c/NQ-CP").repairs


def test_the_constructor_refuses_lower_case_issuer_codes() -> None:
    with pytest.raises(InvalidValueError) as caught:
        dv.DocumentNumber(number=538, type_code="BC", issuers=["skhcn"])
    assert caught.value.field == "DocumentNumber.issuers[0]"
    assert "capitals" in caught.value.rule


# -- text where a parsed value belongs ---------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field", "advice"),
    [
        (
            lambda: dv.PlaceDate(place="Sơn La", date="14/11/2021"),
            "PlaceDate.date",
            "danvan.vn.parse_date('14/11/2021')",
        ),
        (
            lambda: _report(number="538/BC-SKHCN"),
            "Report.number",
            "DocumentNumber.parse('538/BC-SKHCN')",
        ),
        (
            lambda: _report(period="quý I năm 2024"),
            "Report.period",
            "ReportingPeriod.parse('quý I năm 2024')",
        ),
        (
            lambda: _report(place_date="Cao Điền, ngày 02 tháng 3 năm 2024"),
            "Report.place_date",
            "PlaceDate.parse('Cao Điền, ngày 02 tháng 3 năm 2024')",
        ),
        (
            lambda: _report(recipients="- Sở Nội vụ;\n- Lưu: VT."),
            "Report.recipients",
            "Recipients.parse('- Sở Nội vụ;\\n- Lưu: VT.')",
        ),
    ],
)
def test_text_given_for_a_parsed_value_names_the_parser(
    build: Any, field: str, advice: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        build()
    assert caught.value.field == field
    assert advice in str(caught.value)


# -- an issued document's missing parts --------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "requirement"),
    [
        ({"number": None}, "Report.number", "the number the clerk (văn thư) gives"),
        (
            {"place_date": dv.PlaceDate(place="Cao Điền", date=vn.PartialDate(year=2024))},
            "Report.place_date",
            "the day and month of signature",
        ),
        ({"signature": None}, "Report.signature", "the name of the person who signs"),
    ],
)
def test_issued_status_errors_say_what_the_status_requires(
    changes: dict[str, Any], field: str, requirement: str
) -> None:
    with pytest.raises(InvalidValueError) as caught:
        _report(**changes)
    message = str(caught.value)
    assert caught.value.field == field
    assert f"the status ISSUED (đã ban hành) requires {requirement}" in message
    assert "status=DocumentStatus.DRAFT" in message
    assert "until it is numbered" not in message


# -- positional arguments ----------------------------------------------------------------


def test_positional_arguments_name_the_keyword_fields() -> None:
    with pytest.raises(PositionalArgumentError) as caught:
        dv.PlaceDate("Sơn La", dt.date(2021, 11, 14))  # type: ignore[misc]
    error = caught.value
    assert isinstance(error, TypeError)
    assert isinstance(error, DanvanError)
    assert "write PlaceDate(place=..., date=...)" in str(error)
    assert "2 positional argument(s)" in str(error)
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == str(error)


MODEL_CLASSES = sorted(
    name
    for name in model.__all__
    if isinstance(getattr(model, name), type) and attrs.has(getattr(model, name))
)


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_every_model_class_refuses_positional_arguments_clearly(name: str) -> None:
    cls = getattr(model, name)
    with pytest.raises(PositionalArgumentError) as caught:
        cls("x")
    assert f"{name}() takes keyword arguments only" in str(caught.value)


def _complaint(build: Callable[[], object]) -> str:
    """What building with no arguments says: the error's type and words, or "built"."""
    try:
        build()
    except (TypeError, DanvanError) as error:  # missing keywords, or a field rule refused
        return f"{type(error).__name__}: {error}"
    return "built"


@pytest.mark.parametrize("name", MODEL_CLASSES)
def test_the_compiled_init_refuses_and_complains_as_attrs_and_the_wrapper_do(name: str) -> None:
    # the first construction swaps the wrapper for attrs' __init__ compiled with the check
    # (model._keywords): positional and missing arguments give the same errors before and after
    cls = getattr(model, name)
    messages = []
    for _ in range(2):
        with pytest.raises(PositionalArgumentError) as positional:
            cls("x")
        messages.append(str(positional.value))
        messages.append(_complaint(cls))
    assert messages[:2] == messages[2:]
    init = cls.__dict__["__init__"]
    original = init.__wrapped__
    # attrs' own __init__ is compiled again; a hand-written one (Task's) keeps the wrapper
    by_attrs = original.__code__.co_filename.startswith("<attrs generated")
    assert ("__danvan_positional" in init.__code__.co_varnames) is by_attrs
    # Python's own words for missing keywords, as attrs' __init__ gives them
    expected = _complaint(lambda: original(object.__new__(cls)))
    if "required keyword-only" in expected:
        assert messages[1] == expected
    assert inspect.signature(cls) == inspect.signature(original, follow_wrapped=False).replace(
        parameters=list(inspect.signature(original).parameters.values())[1:]
    )


def test_keywords_evolve_and_pickle_still_work() -> None:
    copy = attrs.evolve(DAY, place="Mai Sơn")
    assert copy.place == "Mai Sơn"
    assert pickle.loads(pickle.dumps(_report())) == _report()


# -- the unit of a percent ----------------------------------------------------------------


def test_a_fraction_given_as_a_percent_is_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        dv.Percent(value=0.991)
    message = str(caught.value)
    assert "Percent.of_fraction(0.991)" in message
    assert "Percent.points(0.991)" in message
    assert "99,1%" in message


def test_percent_positional_call_explains_the_unit() -> None:
    with pytest.raises(PositionalArgumentError) as caught:
        dv.Percent(0.991)  # type: ignore[misc]
    assert "percentage points" in str(caught.value)
    assert "Percent.of_fraction(0.991)" in str(caught.value)


def test_both_units_give_the_same_percent() -> None:
    from_fraction = dv.Percent.of_fraction(0.991)
    from_points = dv.Percent.points(99.1)
    assert from_fraction == from_points == dv.Percent(value=Decimal("99.1"))
    assert str(from_fraction) == vn.format_percent(0.991) == "99,1%"
    assert str(dv.Percent.of_fraction(1)) == "100%"
    assert dv.Percent.of_fraction(1).value == Decimal(100)
    # a real percent below one point stays expressible, explicitly or as a Decimal
    assert str(dv.Percent.points(0.5)) == str(dv.Percent(value=Decimal("0.5"))) == "0,5%"
    assert dv.from_json(dv.to_json(from_fraction), dv.Percent) == from_fraction
