"""The JSON shape (golden files) and every way bad data fails: one SchemaError with JSON paths."""

from __future__ import annotations

import copy
import datetime as dt
import json
from decimal import Decimal
from typing import Any

import cattrs
import pytest

import danvan.io
from danvan.errors import InvalidValueError, SchemaError
from danvan.io import SCHEMA_VERSION, converter, from_dict, from_json, to_dict, to_json
from danvan.model import (
    Agency,
    Appendix,
    Authority,
    Count,
    DocumentNumber,
    DocumentStatus,
    Emphasis,
    Footnote,
    Indicator,
    IndicatorTable,
    Paragraph,
    PartialDate,
    Percent,
    PlaceDate,
    Plan,
    Ratio,
    Report,
    ReportingPeriod,
    Section,
    Signature,
    Task,
    TaskTable,
    Text,
)

REPORT = Report(
    number=DocumentNumber.parse("538/BC-SKHCN"),
    issuer=Agency(name="Sở Khoa học và Công nghệ", abbreviation="SKHCN"),
    place_date=PlaceDate(place="Sơn La", date=dt.date(2021, 11, 14)),
    subject="Kết quả thực hiện dân chủ ở cơ sở năm 2021",
    period=ReportingPeriod.of_year(2021),
    body=(
        Section(
            title="KẾT QUẢ",
            number="I",
            blocks=(Paragraph.of("Đã ban hành ", Emphasis(text="08 văn bản")),),
        ),
    ),
    signature=Signature(head_title="GIÁM ĐỐC", name="Nguyễn Văn An"),
    appendices=(
        Appendix(
            title="PHỤ LỤC SỐ LIỆU",
            blocks=(
                IndicatorTable(
                    indicators=(
                        Indicator(
                            name="Đơn vị thực hiện",
                            value=Ratio(numerator=4, denominator=4, percent=Decimal("100.0")),
                        ),
                        Indicator(name="Hài lòng", value=Percent(value=Decimal("99.1"))),
                    )
                ),
            ),
        ),
    ),
)

GOLDEN_REPORT = """\
{
  "schema_version": 1,
  "document": "report",
  "issuer": {
    "name": "Sở Khoa học và Công nghệ",
    "abbreviation": "SKHCN",
    "parent": null,
    "province": null,
    "contact": null
  },
  "place_date": {
    "place": "Sơn La",
    "date": "2021-11-14"
  },
  "subject": "Kết quả thực hiện dân chủ ở cơ sở năm 2021",
  "number": "538/BC-SKHCN",
  "status": "issued",
  "draft_revision": null,
  "secrecy": null,
  "urgency": null,
  "circulation": null,
  "addressees": [],
  "bases": [],
  "introduction": [],
  "body": [
    {
      "type": "section",
      "title": "KẾT QUẢ",
      "blocks": [
        {
          "type": "paragraph",
          "runs": [
            {
              "type": "text",
              "text": "Đã ban hành "
            },
            {
              "type": "emphasis",
              "text": "08 văn bản",
              "kind": "italic"
            }
          ]
        }
      ],
      "number": "I"
    }
  ],
  "closing": [],
  "recipients": null,
  "signature": {
    "head_title": "GIÁM ĐỐC",
    "authority": null,
    "signer_title": null,
    "name": "Nguyễn Văn An"
  },
  "appendices": [
    {
      "title": "PHỤ LỤC SỐ LIỆU",
      "blocks": [
        {
          "type": "indicator_table",
          "indicators": [
            {
              "name": "Đơn vị thực hiện",
              "value": {
                "type": "ratio",
                "numerator": 4,
                "denominator": 4,
                "percent": "100.0",
                "unit": null
              },
              "breakdown": [],
              "breakdown_complete": false,
              "note": null
            },
            {
              "name": "Hài lòng",
              "value": {
                "type": "percent",
                "value": "99.1"
              },
              "breakdown": [],
              "breakdown_complete": false,
              "note": null
            }
          ],
          "title": null
        }
      ]
    }
  ],
  "period": {
    "kind": "year",
    "year": 2021,
    "month": null,
    "quarter": null,
    "end_year": null,
    "start": null,
    "end": null
  }
}"""

DRAFT_PLAN = Plan(
    status=DocumentStatus.DRAFT,
    number=DocumentNumber.parse("-KH/BDVTU"),
    issuer=Agency(name="Ban Dân vận Tỉnh ủy", abbreviation="BDVTU"),
    place_date=PlaceDate(place="Hưng Yên", date=PartialDate(year=2023, month=1)),
    subject="Triển khai phong trào thi đua “Dân vận khéo” năm 2023",
    body=(
        TaskTable(
            tasks=(
                Task(
                    description="Tổ chức hội nghị",
                    lead="Ban Dân vận",
                    partners=("Sở Nội vụ",),
                    deadline=dt.date(2023, 3, 31),
                ),
            )
        ),
    ),
    signature=Signature(
        head_title="Trưởng ban", authority=Authority.KT, signer_title="Phó Trưởng ban"
    ),
)


def _report_dict() -> dict[str, Any]:
    return copy.deepcopy(to_dict(REPORT))


def _errors(data: Any, cls: Any = None) -> str:
    """The message of the SchemaError that reading ``data`` must raise."""
    with pytest.raises(SchemaError) as caught:
        from_dict(data, cls)
    assert all(" @ $" in line for line in caught.value.errors)
    return str(caught.value)


# -- shape ---------------------------------------------------------------------------------


def test_golden_report_json() -> None:
    assert to_json(REPORT) == GOLDEN_REPORT
    assert from_json(GOLDEN_REPORT) == REPORT


def test_tags_and_document_header_come_first() -> None:
    data = to_dict(REPORT)
    assert list(data)[:2] == ["schema_version", "document"]
    assert data["schema_version"] == SCHEMA_VERSION == 1
    section = data["body"][0]
    assert next(iter(section)) == "type"
    assert list(section["blocks"][0]["runs"][1]) == ["type", "text", "kind"]


def test_golden_draft_plan_partial_date_and_party_number() -> None:
    data = to_dict(DRAFT_PLAN)
    assert data["document"] == "plan"
    assert data["status"] == "draft"
    assert data["number"] == "-KH/BDVTU"
    assert data["place_date"] == {
        "place": "Hưng Yên",
        "date": {"year": 2023, "month": 1, "day": None},
    }
    assert data["body"][0]["tasks"][0]["deadline"] == "2023-03-31"
    assert data["signature"]["authority"] == "KT."
    assert from_dict(data) == DRAFT_PLAN


def test_json_keeps_vietnamese_readable() -> None:
    text = to_json(REPORT)
    assert "Sở Khoa học và Công nghệ" in text
    assert "\\u" not in text
    assert json.loads(to_json(REPORT, indent=None)) == json.loads(text)
    assert "\n" not in to_json(REPORT, indent=None)


def test_fragments_carry_their_tag_and_read_back_alone() -> None:
    section = REPORT.body[0]
    data = to_dict(section)
    assert data["type"] == "section"
    assert from_dict(data, Section) == section
    untagged = {key: value for key, value in data.items() if key != "type"}
    assert from_dict(untagged, Section) == section  # the class is known: the tag may be left out
    assert from_json(to_json(Count(value=8, unit="văn bản")), Count) == Count(
        value=8, unit="văn bản"
    )


def test_missing_optional_keys_read_as_their_defaults() -> None:
    data = _report_dict()
    for key in ("period", "recipients", "addressees", "bases"):
        del data[key]
    read = from_dict(data)
    assert isinstance(read, Report)
    assert read.period is None
    assert read.recipients is None
    assert read.addressees == ()


def test_a_complete_partial_date_reads_as_a_date() -> None:
    data = _report_dict()
    data["place_date"]["date"] = {"year": 2021, "month": 11, "day": 14}
    assert from_dict(data) == REPORT


def test_bytes_are_read_as_utf8() -> None:
    assert from_json(GOLDEN_REPORT.encode("utf-8")) == REPORT


def test_to_dict_takes_model_objects_only() -> None:
    with pytest.raises(InvalidValueError, match="danvan model object"):
        to_dict({"not": "a model"})


def test_the_converter_is_public_for_advanced_use() -> None:
    assert isinstance(converter, cattrs.Converter)
    assert danvan.io.converter is converter
    assert converter.structure(to_dict(REPORT), Report) == REPORT


# -- errors: each names the JSON path and the offending value ------------------------------


def test_unknown_key() -> None:
    data = _report_dict()
    data["body"][0]["blocks"][0]["colour"] = "red"
    message = _errors(data)
    assert "extra fields found (colour) @ $.body[0].blocks[0]" in message


def test_unknown_key_at_the_top() -> None:
    data = _report_dict()
    data["autor"] = "x"
    assert "extra fields found (autor) @ $" in _errors(data)


def test_missing_required_key() -> None:
    data = _report_dict()
    del data["subject"]
    del data["body"][0]["blocks"][0]["runs"]
    message = _errors(data)
    assert "required field missing @ $.subject" in message
    assert "required field missing @ $.body[0].blocks[0].runs" in message


def test_wrong_type() -> None:
    data = _report_dict()
    data["period"]["year"] = "2021"
    assert "got string '2021' @ $.period.year" in _errors(data)


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (("issuer", "name"), 5, "expected text (a JSON string), got number 5 @ $.issuer.name"),
        (("period", "year"), 2021.0, "got number 2021.0 @ $.period.year"),
        (("period", "year"), True, "got boolean True @ $.period.year"),
        (("addressees",), "Sở Nội vụ", "expected an array, got string 'Sở Nội vụ' @ $.addressees"),
        (("issuer",), None, "an issued document needs an issuing agency"),
        (("signature",), [], "expected an object (Signature), got array [] @ $.signature"),
    ],
)
def test_no_silent_coercion(path: tuple[str, ...], value: Any, expected: str) -> None:
    data = _report_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert expected in _errors(data)


def test_decimals_must_be_strings() -> None:
    data = _report_dict()
    percent = data["appendices"][0]["blocks"][0]["indicators"][1]["value"]
    percent["value"] = 99.1
    message = _errors(data)
    assert "a decimal number written as a string" in message
    assert "99.1 @ $.appendices[0].blocks[0].indicators[1].value.value" in message
    percent["value"] = "NaN"
    assert "'NaN'" in _errors(data)
    percent["value"] = 99
    read = from_dict(data)
    assert isinstance(read, Report)
    assert read.appendices[0].indicator_tables[0].indicators[1].value == Percent(value=99)


def test_bad_enum_value() -> None:
    data = _report_dict()
    data["status"] = "published"
    message = _errors(data)
    assert "'published' is not a valid DocumentStatus" in message
    assert "'draft', 'issued', 'as_read' @ $.status" in message


@pytest.mark.parametrize("text", ["14/11/2021", "2021-11-14T00:00:00", "20211114", "2021-1-4"])
def test_bad_date_string(text: str) -> None:
    data = _report_dict()
    data["place_date"]["date"] = text
    message = _errors(data)
    assert "'YYYY-MM-DD' such as '2021-11-14'" in message
    assert f"got string {text!r} @ $.place_date.date" in message


def test_impossible_date() -> None:
    data = _report_dict()
    data["place_date"]["date"] = "2021-02-30"
    assert "'2021-02-30' is not a date of the calendar" in _errors(data)


def test_bad_partial_date() -> None:
    data = _report_dict()
    data["place_date"]["date"] = {"year": 2023, "day": 5}
    message = _errors(data)
    assert "PartialDate.day: 5 is invalid" in message
    assert "@ $.place_date.date" in message
    data["place_date"]["date"] = {"year": 2023, "month": 1, "week": 2}
    assert "extra fields found (week) @ $.place_date.date" in _errors(data)


def test_bad_document_number() -> None:
    data = _report_dict()
    data["number"] = "538 BC SKHCN"
    message = _errors(data)
    assert "DocumentNumber: '538 BC SKHCN' is invalid" in message
    assert "@ $.number" in message


def test_document_number_of_another_type() -> None:
    data = _report_dict()
    data["number"] = "87/KH-SKHCN"
    message = _errors(data)
    assert "Report.number: '87/KH-SKHCN' is invalid" in message
    assert message.rstrip().endswith("@ $.number")


def test_newer_schema_version() -> None:
    data = _report_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    message = _errors(data)
    assert f"schema_version {SCHEMA_VERSION + 1} is newer" in message
    assert "@ $.schema_version" in message


@pytest.mark.parametrize("version", [None, 0, "1", 1.0])
def test_invalid_schema_version(version: Any) -> None:
    data = _report_dict()
    data["schema_version"] = version
    assert f"{version!r} @ $.schema_version" in _errors(data)


def test_missing_schema_version() -> None:
    data = _report_dict()
    del data["schema_version"]
    assert "the 'schema_version' key is missing" in _errors(data)
    assert "@ $.schema_version" in _errors(data, Report)


def test_missing_document_kind() -> None:
    data = _report_dict()
    del data["document"]
    message = _errors(data)
    assert "the 'document' key is missing; expected one of 'report', 'plan' @ $.document" in message
    assert "@ $.document" in _errors(data, Report)


def test_unknown_document_kind() -> None:
    data = _report_dict()
    data["document"] = "memo"
    assert "unknown document 'memo'" in _errors(data)


def test_document_read_as_the_other_kind() -> None:
    message = _errors(to_dict(REPORT), Plan)
    assert "the data is a 'report' document, expected 'plan' @ $.document" in message


def test_unknown_and_missing_union_tags() -> None:
    data = _report_dict()
    data["body"][0]["blocks"][0]["type"] = "picture"
    message = _errors(data)
    assert "unknown type 'picture'" in message
    assert "'paragraph', 'bullet_list', 'table'" in message
    assert "@ $.body[0].blocks[0].type" in message
    del data["body"][0]["blocks"][0]["type"]
    assert "the 'type' key is missing" in _errors(data)


def test_tag_of_another_class() -> None:
    data = to_dict(Text(text="x"))
    message = _errors(data, Footnote)
    assert "type 'text' is not 'footnote' (Footnote) @ $.type" in message


def test_model_invariant_inside_a_nested_section() -> None:
    data = _report_dict()
    data["body"][0]["blocks"].append(
        {"type": "section", "title": "Nhiệm vụ", "blocks": [], "number": "I I"}
    )
    message = _errors(data)
    assert "Section.number: 'I I' is invalid" in message
    assert "a section number is a label without spaces" in message
    assert "@ $.body[0].blocks[1].number" in message


def test_model_invariant_deep_in_an_appendix() -> None:
    data = _report_dict()
    data["appendices"][0]["blocks"][0]["indicators"][0]["value"]["percent"] = "50"
    message = _errors(data)
    assert "Ratio.percent: Decimal('50') is invalid" in message
    assert "must match 4/4" in message
    assert "@ $.appendices[0].blocks[0].indicators[0].value.percent" in message


def test_breakdown_that_does_not_add_up() -> None:
    indicator = Indicator(
        name="Văn bản",
        value=Count(value=3),
        breakdown=(
            Indicator(name="a", value=Count(value=1)),
            Indicator(name="b", value=Count(value=2)),
        ),
        breakdown_complete=True,
    )
    data = to_dict(indicator)
    data["breakdown"][1]["value"]["value"] = 5
    message = _errors(data, Indicator)
    assert "Indicator.breakdown: (1, 5) is invalid" in message
    assert "add up to 6, not to the total 3" in message
    assert "@ $.breakdown" in message


def test_every_problem_is_reported_at_once() -> None:
    data = _report_dict()
    data["subject"] = 1
    data["issuer"]["nme"] = "x"
    data["body"][0]["blocks"][0]["runs"][0]["text"] = None
    with pytest.raises(SchemaError) as caught:
        from_dict(data)
    assert len(caught.value.errors) == 3
    assert str(caught.value).startswith("3 problem(s) in the document data:")


def test_not_an_object() -> None:
    assert "got array [] @ $" in _errors([])
    assert "got string 'x' @ $" in _errors("x", Report)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"schema_version": 1,}', "line 1, column 22"),
        ('{\n  "document": "report"\n  "x": 1\n}', "line 3, column 3"),
        ("", "line 1, column 1"),
    ],
)
def test_invalid_json(text: str, where: str) -> None:
    with pytest.raises(SchemaError, match="invalid JSON") as caught:
        from_json(text)
    assert where in str(caught.value)


def test_json_nested_too_deeply() -> None:
    with pytest.raises(SchemaError, match="nested too deeply"):
        from_json("[" * 100_000)


def test_data_nested_too_deeply() -> None:
    section: dict[str, Any] = {"type": "section", "title": "x", "blocks": []}
    for _ in range(2000):
        section = {"type": "section", "title": "x", "blocks": [section]}
    with pytest.raises(SchemaError, match=r"nested too deeply @ \$\.blocks\[0\]"):
        from_dict(section, Section)


def test_json_bytes_that_are_not_utf8() -> None:
    with pytest.raises(SchemaError, match="not UTF-8"):
        from_json(b'{"subject": "\xff"}')


def test_duplicate_json_key() -> None:
    text = GOLDEN_REPORT.replace('"subject":', '"subject": "một",\n  "subject":', 1)
    with pytest.raises(SchemaError, match="the key 'subject' appears twice"):
        from_json(text)


def test_schema_error_is_a_value_error_that_pickles() -> None:
    import pickle

    with pytest.raises(ValueError) as caught:  # noqa: PT011 - SchemaError is a ValueError
        from_json("[1]")
    error = caught.value
    assert isinstance(error, SchemaError)
    again = pickle.loads(pickle.dumps(error))
    assert again.errors == error.errors


def test_footnote_only_paragraph_is_refused() -> None:
    data = to_dict(Paragraph(runs=(Text(text="a"), Footnote(text="b"))))
    del data["runs"][0]
    message = _errors(data, Paragraph)
    assert "Paragraph.runs" in message
    assert "needs at least one run of text besides footnotes @ $.runs" in message
