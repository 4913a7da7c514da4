"""Bad input everywhere: every parser and constructor fails with one clear error.

The error names the field, shows the value and says the rule:
``f"{field}: {value!r} is invalid: {rule}"`` (danvan.errors.InvalidValueError, and its
subclass ParseError for text that cannot be read).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from danvan import vn
from danvan.errors import InvalidValueError, ParseError
from danvan.model import (
    Agency,
    Authority,
    BulletList,
    Count,
    DocumentNumber,
    DocumentStatus,
    DocumentSystem,
    Footnote,
    Indicator,
    IndicatorTable,
    LegalReference,
    Money,
    Paragraph,
    PartialDate,
    PeriodKind,
    PlaceDate,
    Plan,
    Ratio,
    Recipient,
    Recipients,
    Report,
    ReportingPeriod,
    Section,
    Signature,
    Table,
    Task,
    TaskTable,
    Text,
)

AGENCY = Agency(name="Phòng Văn hóa và Thông tin", abbreviation="PVHTT")
DAY = PlaceDate(place="Mai Sơn", date=dt.date(2023, 8, 31))
SIGNER = Signature(head_title="Trưởng phòng", name="Nguyễn Thị Lan")


def _report(**changes: Any) -> Report:
    fields: dict[str, Any] = {
        "issuer": AGENCY,
        "place_date": DAY,
        "subject": "Kết quả công tác dân vận tháng 8 năm 2023",
        "number": DocumentNumber.parse("88/BC-PVHTT"),
        "signature": SIGNER,
    }
    fields.update(changes)
    return Report(**fields)


def _plan(**changes: Any) -> Plan:
    fields: dict[str, Any] = {
        "issuer": AGENCY,
        "place_date": DAY,
        "subject": "Công tác dân vận năm 2023",
        "number": DocumentNumber.parse("12/KH-PVHTT"),
        "signature": SIGNER,
    }
    fields.update(changes)
    return Plan(**fields)


def _count(name: str, value: int) -> Indicator:
    return Indicator(name=name, value=Count(value=value))


IVE = InvalidValueError
PE = ParseError

# (id, call, error type, field substring, value substring)
CASES: list[tuple[str, Callable[[], object], type[InvalidValueError], str, str]] = [
    # -- parsers ---------------------------------------------------------------------------
    (
        "number-type-without-issuer",
        lambda: DocumentNumber.parse("538/BC"),
        PE,
        "DocumentNumber",
        "'538/BC'",
    ),
    ("number-empty", lambda: DocumentNumber.parse(""), PE, "DocumentNumber", "''"),
    (
        "number-spaces-strict",
        lambda: DocumentNumber.parse("139- KH/TU"),
        PE,
        "DocumentNumber",
        "'139- KH/TU'",
    ),
    (
        "number-zero",
        lambda: DocumentNumber.parse("0/BC-SKHCN"),
        PE,
        "DocumentNumber.number",
        "'0/BC-SKHCN'",
    ),
    ("number-not-text", lambda: DocumentNumber.parse(538), PE, "DocumentNumber", "538"),  # type: ignore[arg-type]
    (
        "tolerant-garbage",
        lambda: DocumentNumber.parse_tolerant("abc"),
        PE,
        "DocumentNumber",
        "'abc'",
    ),
    (
        "tolerant-punctuation",
        lambda: DocumentNumber.parse_tolerant("??/!!"),
        PE,
        "DocumentNumber",
        "'??/!!'",
    ),
    (
        "tolerant-only-prefix",
        lambda: DocumentNumber.parse_tolerant("Số:"),
        PE,
        "DocumentNumber",
        "'Số:'",
    ),
    ("tolerant-none", lambda: DocumentNumber.parse_tolerant(None), PE, "DocumentNumber", "None"),  # type: ignore[arg-type]
    (
        "period-month-13",
        lambda: ReportingPeriod.parse("tháng 13 năm 2023"),
        PE,
        "ReportingPeriod.month",
        "'tháng 13 năm 2023'",
    ),
    (
        "period-quarter-V",
        lambda: ReportingPeriod.parse("Quý V năm 2024"),
        PE,
        "ReportingPeriod.quarter",
        "'Quý V năm 2024'",
    ),
    (
        "period-span-reversed",
        lambda: ReportingPeriod.parse("giai đoạn 2020-2015"),
        PE,
        "ReportingPeriod.end_year",
        "'giai đoạn 2020-2015'",
    ),
    (
        "period-year-1800",
        lambda: ReportingPeriod.parse("năm 1800"),
        PE,
        "ReportingPeriod.year",
        "'năm 1800'",
    ),
    (
        "period-unknown",
        lambda: ReportingPeriod.parse("tuần 3 năm 2023"),
        PE,
        "ReportingPeriod",
        "'tuần 3 năm 2023'",
    ),
    (
        "place-date-no-comma",
        lambda: PlaceDate.parse("Sơn La ngày 14 tháng 11 năm 2021"),
        PE,
        "PlaceDate",
        "'Sơn La ngày 14 tháng 11 năm 2021'",
    ),
    (
        "place-date-30-feb",
        lambda: PlaceDate.parse("Sơn La, ngày 30 tháng 02 năm 2021"),
        PE,
        "PlaceDate.date",
        "'Sơn La, ngày 30 tháng 02 năm 2021'",
    ),
    ("recipients-empty", lambda: Recipients.parse(""), PE, "Recipients", "''"),
    (
        "recipients-archive-empty",
        lambda: Recipients.parse("- Sở Nội vụ;\n- Lưu:"),
        PE,
        "Recipients.archive",
        "'- Lưu:'",
    ),
    ("vn-date-30-feb", lambda: vn.parse_date("30/02/2021"), PE, "date", "'30/02/2021'"),
    ("vn-date-month-13", lambda: vn.parse_date("14/13/2021"), PE, "date", "'14/13/2021'"),
    ("vn-parse-roman", lambda: vn.parse_roman("IIII"), PE, "parse_roman", "'IIII'"),
    # -- vn functions ----------------------------------------------------------------------
    ("vn-roman-0", lambda: vn.roman(0), IVE, "roman.n", "0"),
    ("vn-letter-24", lambda: vn.vietnamese_letter(24), IVE, "vietnamese_letter.n", "24"),
    ("vn-money-text", lambda: vn.format_money("abc"), IVE, "format_money.amount", "'abc'"),  # type: ignore[arg-type]
    (
        "vn-partial-date",
        lambda: PartialDate(year=2021, month=2, day=30),
        IVE,
        "PartialDate.day",
        "30",
    ),
    # -- documents -------------------------------------------------------------------------
    ("report-issued-no-number", lambda: _report(number=None), IVE, "Report.number", "None"),
    (
        "report-issued-draft-number",
        lambda: _report(number=DocumentNumber.parse("/BC-PVHTT")),
        IVE,
        "Report.number",
        "'/BC-PVHTT'",
    ),
    (
        "report-issued-partial-date",
        lambda: _report(
            place_date=PlaceDate(place="Mai Sơn", date=PartialDate(year=2023, month=8))
        ),
        IVE,
        "Report.place_date",
        "tháng 8 năm 2023",
    ),
    (
        "report-issued-no-signer-name",
        lambda: _report(signature=Signature(head_title="Trưởng phòng")),
        IVE,
        "Report.signature",
        "Signature(head_title='Trưởng phòng'",
    ),
    (
        "report-issued-no-signature",
        lambda: _report(signature=None),
        IVE,
        "Report.signature",
        "None",
    ),
    (
        "report-plan-code",
        lambda: _report(number=DocumentNumber.parse("538/KH-SKHCN")),
        IVE,
        "Report.number",
        "'538/KH-SKHCN'",
    ),
    (
        "plan-report-code",
        lambda: _plan(number=DocumentNumber.parse("538/BC-SKHCN")),
        IVE,
        "Plan.number",
        "'538/BC-SKHCN'",
    ),
    ("report-subject-int", lambda: _report(subject=123), IVE, "Report.subject", "123"),
    ("report-subject-blank", lambda: _report(subject="   "), IVE, "Report.subject", "'   '"),
    (
        "report-issuer-str",
        lambda: _report(issuer="Phòng Văn hóa"),
        IVE,
        "Report.issuer",
        "'Phòng Văn hóa'",
    ),
    ("report-status-str", lambda: _report(status="draft"), IVE, "Report.status", "'draft'"),
    (
        "report-blank-addressee",
        lambda: _report(addressees=["Sở Nội vụ", ""]),
        IVE,
        "Report.addressees[1]",
        "''",
    ),
    ("plan-body-str", lambda: _plan(body=["Nội dung"]), IVE, "Plan.body[0]", "'Nội dung'"),
    # -- signatures ------------------------------------------------------------------------
    (
        "kt-same-titles",
        lambda: Signature(authority=Authority.KT, head_title="Giám đốc", signer_title="GIÁM ĐỐC"),
        IVE,
        "Signature.signer_title",
        "'GIÁM ĐỐC'",
    ),
    (
        "tm-without-signer-title",
        lambda: Signature(authority=Authority.TM, head_title="Ủy ban nhân dân"),
        IVE,
        "Signature.signer_title",
        "None",
    ),
    (
        "no-authority-other-signer",
        lambda: Signature(head_title="Giám đốc", signer_title="Phó Giám đốc"),
        IVE,
        "Signature.signer_title",
        "'Phó Giám đốc'",
    ),
    ("signature-empty-head", lambda: Signature(head_title=""), IVE, "Signature.head_title", "''"),
    # -- indicators ------------------------------------------------------------------------
    (
        "breakdown-not-adding-up",
        lambda: Indicator(
            name="Tổng số văn bản",
            value=Count(value=8),
            breakdown=[_count("Cấp ủy", 3), _count("Chính quyền", 4)],
            breakdown_complete=True,
        ),
        IVE,
        "Indicator.breakdown",
        "(3, 4)",
    ),
    (
        "breakdown-mixed-kinds",
        lambda: Indicator(
            name="Tổng",
            value=Count(value=5),
            breakdown=[Indicator(name="A", value=Money(amount=5))],
            breakdown_complete=True,
        ),
        IVE,
        "Indicator.breakdown[0].value",
        "Money(amount=5",
    ),
    (
        "ratio-wrong-percent",
        lambda: Ratio(numerator=2, denominator=3, percent=Decimal("66.6")),
        IVE,
        "Ratio.percent",
        "Decimal('66.6')",
    ),
    (
        "ratio-zero-denominator",
        lambda: Ratio(numerator=1, denominator=0),
        IVE,
        "Ratio.denominator",
        "0",
    ),
    ("count-negative", lambda: Count(value=-1), IVE, "Count.value", "-1"),
    ("count-bool", lambda: Count(value=True), IVE, "Count.value", "True"),
    ("money-float", lambda: Money(amount=1.5), IVE, "Money.amount", "1.5"),  # type: ignore[arg-type]
    (
        "indicator-table-empty",
        lambda: IndicatorTable(indicators=[]),
        IVE,
        "IndicatorTable.indicators",
        "()",
    ),
    # -- periods ---------------------------------------------------------------------------
    (
        "range-reversed",
        lambda: ReportingPeriod.between(dt.date(2023, 12, 14), dt.date(2022, 12, 15)),
        IVE,
        "ReportingPeriod.end",
        "datetime.date(2022, 12, 15)",
    ),
    (
        "span-end-before-start",
        lambda: ReportingPeriod.of_span(2020, 2015),
        IVE,
        "ReportingPeriod.end_year",
        "2015",
    ),
    ("month-13", lambda: ReportingPeriod.of_month(2023, 13), IVE, "ReportingPeriod.month", "13"),
    ("quarter-5", lambda: ReportingPeriod.of_quarter(2024, 5), IVE, "ReportingPeriod.quarter", "5"),
    (
        "year-kind-with-month",
        lambda: ReportingPeriod(kind=PeriodKind.YEAR, year=2021, month=3),
        IVE,
        "ReportingPeriod.month",
        "3",
    ),
    # -- blocks ----------------------------------------------------------------------------
    (
        "table-ragged-row",
        lambda: Table(header=["STT", "Nội dung"], rows=[["1"]]),
        IVE,
        "Table.rows[0]",
        "('1',)",
    ),
    ("bullet-list-empty", lambda: BulletList(items=[]), IVE, "BulletList.items", "()"),
    ("bullet-marker", lambda: BulletList.of("ý", marker="*"), IVE, "BulletList.marker", "'*'"),
    (
        "paragraph-only-footnote",
        lambda: Paragraph.of(Footnote(text="Chú thích")),
        IVE,
        "Paragraph.runs",
        "Footnote(text='Chú thích')",
    ),
    ("text-run-empty", lambda: Text(text=""), IVE, "Text.text", "''"),
    ("section-empty", lambda: Section(), IVE, "Section.title", "None"),
    (
        "section-label-with-space",
        lambda: Section(title="x", number="I I"),
        IVE,
        "Section.number",
        "'I I'",
    ),
    # -- other constructors ----------------------------------------------------------------
    ("agency-empty-name", lambda: Agency(name=""), IVE, "Agency.name", "''"),
    (
        "place-blank",
        lambda: PlaceDate(place=" ", date=dt.date(2021, 1, 1)),
        IVE,
        "PlaceDate.place",
        "' '",
    ),
    (
        "place-date-str",
        lambda: PlaceDate(place="Sơn La", date="14/11/2021"),
        IVE,
        "PlaceDate.date",
        "'14/11/2021'",
    ),
    (
        "document-number-0",
        lambda: DocumentNumber(number=0, issuers=["SKHCN"]),
        IVE,
        "DocumentNumber.number",
        "0",
    ),
    (
        "party-number-with-year",
        lambda: DocumentNumber(
            number=1, year=2015, type_code="KL", issuers=["TW"], system=DocumentSystem.PARTY
        ),
        IVE,
        "DocumentNumber.year",
        "2015",
    ),
    (
        "party-number-without-type",
        lambda: DocumentNumber(number=1, issuers=["TW"], system=DocumentSystem.PARTY),
        IVE,
        "DocumentNumber.type_code",
        "None",
    ),
    (
        "issuer-code-with-space",
        lambda: DocumentNumber(number=1, issuers=["SKH CN"]),
        IVE,
        "DocumentNumber.issuers[0]",
        "'SKH CN'",
    ),
    (
        "unknown-state-type-code",
        lambda: DocumentNumber(number=1, type_code="XY", issuers=["SKHCN"]),
        IVE,
        "DocumentNumber.type_code",
        "'XY'",
    ),
    (
        "reference-without-type-or-symbol",
        lambda: LegalReference(issuer="Ban Bí thư"),
        IVE,
        "LegalReference.document_type",
        "None",
    ),
    (
        "reference-number-disagrees",
        lambda: LegalReference(symbol=DocumentNumber.parse("114-KL/TW"), number=115),
        IVE,
        "LegalReference.number",
        "115",
    ),
    (
        "reference-year-disagrees",
        lambda: LegalReference(symbol=DocumentNumber.parse("04/2015/NĐ-CP"), year=2016),
        IVE,
        "LegalReference.year",
        "2016",
    ),
    (
        "reference-type-str",
        lambda: LegalReference(document_type="Kết luận"),
        IVE,
        "LegalReference.document_type",
        "'Kết luận'",
    ),  # type: ignore[arg-type]
    (
        "task-lead-and-leads",
        lambda: Task(description="Tuyên truyền", lead="Văn phòng", leads=["Phòng A"]),
        IVE,
        "Task.lead",
        "'Văn phòng'",
    ),
    (
        "task-empty-lead-among-leads",
        lambda: Task(description="Tuyên truyền", leads=["Văn phòng", " "]),
        IVE,
        "Task.leads[1]",
        "' '",
    ),
    (
        "task-recurrence-str",
        lambda: Task(description="Tuyên truyền", recurrence=["hằng quý"]),  # type: ignore[list-item]
        IVE,
        "Task.recurrence",
        "'hằng quý'",
    ),
    (
        "task-target-str",
        lambda: Task(description="Tuyên truyền", target="01-02 mô hình"),  # type: ignore[arg-type]
        IVE,
        "Task.target",
        "'01-02 mô hình'",
    ),
    (
        "task-budget-int",
        lambda: Task(description="Tuyên truyền", budget=10_000_000),  # type: ignore[arg-type]
        IVE,
        "Task.budget",
        "10000000",
    ),
    ("task-no-lead", lambda: Task(description="Tuyên truyền", lead=""), IVE, "Task.lead", "''"),
    ("task-table-empty", lambda: TaskTable(tasks=[]), IVE, "TaskTable.tasks", "()"),
    (
        "recipients-archive-comma",
        lambda: Recipients(archive=("VT, VP",)),
        IVE,
        "Recipients.archive[0]",
        "'VT, VP'",
    ),
    ("recipient-empty", lambda: Recipient(name=""), IVE, "Recipient.name", "''"),
]


@pytest.mark.parametrize(
    ("call", "error", "field", "value"),
    [pytest.param(call, error, field, value, id=name) for name, call, error, field, value in CASES],
)
def test_bad_input(
    call: Callable[[], object], error: type[InvalidValueError], field: str, value: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        call()
    err = info.value
    message = str(err)
    assert type(err) is error, f"{type(err).__name__} raised, {error.__name__} expected"
    # the field, the value and the rule are set, and the message is made of them
    assert isinstance(err.field, str)
    assert field in err.field
    assert isinstance(err.rule, str)
    assert err.rule.strip()
    assert message == f"{err.field}: {err.value!r} is invalid: {err.rule}"
    # the message names the field and shows the value
    assert field in message
    assert value in message
    assert value in repr(err.value) or value in str(err.value)


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 40
    assert len({name for name, *_ in CASES}) == len(CASES)


def test_draft_status_is_the_way_out() -> None:
    # the same report that fails when issued is fine as a draft
    draft = _report(
        status=DocumentStatus.DRAFT,
        number=None,
        place_date=PlaceDate(place="Mai Sơn", date=PartialDate(year=2023, month=8)),
        signature=None,
    )
    assert draft.is_draft
