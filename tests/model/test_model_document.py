"""Report and Plan: construction, issued vs draft invariants, type codes, views, attrs behaviour."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BulletList,
    Citation,
    Count,
    DocumentNumber,
    DocumentStatus,
    DocumentSystem,
    DocumentType,
    Footnote,
    Indicator,
    IndicatorTable,
    LegalReference,
    Money,
    Paragraph,
    PartialDate,
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
)

N = DocumentNumber.parse

AGENCY = Agency(
    name="Phòng Văn hóa và Thông tin", abbreviation="PVHTT", parent="UBND huyện Mai Sơn"
)
SIGNED = Signature(
    authority=Authority.KT,
    head_title="Trưởng phòng",
    signer_title="Phó Trưởng phòng",
    name="Nguyễn Thị Lan",
)
ON_DAY = PlaceDate(place="Mai Sơn", date=dt.date(2023, 8, 31))

REF_KL = LegalReference(symbol=N("114-KL/TW"), issuer="Ban Bí thư", date=dt.date(2015, 7, 14))
REF_ND = LegalReference(symbol=N("04/2015/NĐ-CP"), issuer="Chính phủ")
REF_KH = LegalReference(symbol=N("11-KH/BDVTU"), issuer="Ban Dân vận Tỉnh ủy")

TASK_A = Task(description="Tuyên truyền", lead="Tổ Thông tin", timing="Thường xuyên")
TASK_B = Task(
    description="Sơ kết 6 tháng",
    lead="Tổ Tổng hợp",
    partners=["Tổ Thông tin"],
    deadline=dt.date(2023, 6, 30),
)
TASK_C = Task(
    description="Tổng kết năm",
    lead="Tổ Tổng hợp",
    period=ReportingPeriod.of_quarter(2023, 4),
)


def report(**changes: object) -> Report:
    """A fully issued report; ``changes`` override fields."""
    fields: dict[str, object] = {
        "issuer": AGENCY,
        "place_date": ON_DAY,
        "subject": "Kết quả công tác dân vận tháng 8 năm 2023",
        "number": N("88/BC-PVHTT"),
        "addressees": ["Ban Dân vận Huyện ủy"],
        "bases": [Paragraph.of("Thực hiện ", Citation.of(REF_KL), ";")],
        "introduction": [Paragraph.of("Phòng báo cáo như sau:")],
        "body": [
            Section(
                title="KẾT QUẢ",
                blocks=[
                    Paragraph.of("Đã tổ chức ", Citation.of(REF_ND), Footnote(text="02 cuộc.")),
                    BulletList.of("Tuyên truyền", "Tập huấn"),
                    Table(header=["STT", "Nội dung"], rows=[["1", "Hội nghị"]]),
                ],
            )
        ],
        "closing": [Paragraph.of("Trân trọng báo cáo./.")],
        "recipients": Recipients(
            entries=[Recipient(name="Ban Dân vận Huyện ủy", purpose="để báo cáo")],
            as_above=True,
            archive=["VT", "TH"],
        ),
        "signature": SIGNED,
        "appendices": [
            Appendix(
                title="SỐ LIỆU",
                blocks=[
                    IndicatorTable(
                        indicators=[
                            Indicator(
                                name="Kinh phí",
                                value=Money(amount=3_000_000),
                                breakdown=[
                                    Indicator(name="A", value=Money(amount=1_000_000)),
                                    Indicator(name="B", value=Money(amount=2_000_000)),
                                ],
                                breakdown_complete=True,
                            ),
                            Indicator(
                                name="Tỷ lệ",
                                value=Ratio(numerator=9, denominator=10, percent=Decimal(90)),
                            ),
                        ]
                    ),
                    Paragraph.of("Nguồn: ", Citation.of(REF_KH)),
                ],
            )
        ],
        "period": ReportingPeriod.of_month(2023, 8),
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


def plan(**changes: object) -> Plan:
    fields: dict[str, object] = {
        "issuer": AGENCY,
        "place_date": ON_DAY,
        "subject": "Công tác dân vận năm 2023",
        "number": N("12/KH-PVHTT"),
        "bases": [
            Paragraph.of("Căn cứ ", Citation.of(REF_KH), ";"),
            Paragraph.of("Căn cứ ", Citation.of(REF_KL), " và ", Citation.of(REF_ND), "."),
        ],
        "body": [
            Section(title="MỤC ĐÍCH, YÊU CẦU", blocks=[Paragraph.of("Nâng cao hiệu quả.")]),
            Section(title="NHIỆM VỤ", blocks=[TaskTable(tasks=[TASK_A, TASK_B])]),
        ],
        "signature": SIGNED,
        "appendices": [Appendix(title="PHÂN CÔNG", blocks=[TaskTable(tasks=[TASK_C])])],
        "period": ReportingPeriod.of_year(2023),
    }
    fields.update(changes)
    return Plan(**fields)  # type: ignore[arg-type]


# -- construction --------------------------------------------------------------------------
def test_full_report() -> None:
    built = report()
    assert built.status is DocumentStatus.ISSUED
    assert not built.is_draft
    assert built.system is DocumentSystem.STATE
    assert Report.document_type is DocumentType.BAO_CAO
    assert built.addressees == ("Ban Dân vận Huyện ủy",)
    assert isinstance(built.body, tuple)
    assert built.references == (REF_KL, REF_ND, REF_KH)


def test_full_plan_tasks_and_legal_bases() -> None:
    built = plan()
    assert Plan.document_type is DocumentType.KE_HOACH
    # the rows of the task tables, each with the id of its place (part II, first table;
    # the first appendix's table)
    assert built.tasks == (
        attrs.evolve(TASK_A, id="II.T1.1"),
        attrs.evolve(TASK_B, id="II.T1.2"),
        attrs.evolve(TASK_C, id="PL1.T1.1"),
    )
    assert built.legal_bases == (REF_KH, REF_KL, REF_ND)
    assert built.references == (REF_KH, REF_KL, REF_ND)
    assert built.period == ReportingPeriod.of_year(2023)


def test_plan_without_tasks_or_bases() -> None:
    built = plan(bases=[], body=[Paragraph.of("Nội dung.")], appendices=[])
    assert built.tasks == ()
    assert built.legal_bases == ()


def test_blocks_and_paragraphs_walk_everything_in_order() -> None:
    built = report()
    kinds = [type(block).__name__ for block in built.blocks()]
    assert kinds == ["Section", "Paragraph", "BulletList", "Table", "IndicatorTable", "Paragraph"]
    texts = [paragraph.text for paragraph in built.paragraphs()]
    assert texts[0].startswith("Thực hiện Kết luận số 114-KL/TW")
    assert texts[1] == "Phòng báo cáo như sau:"
    assert "Tuyên truyền" in texts
    assert texts[-2] == "Trân trọng báo cáo./."
    assert texts[-1].startswith("Nguồn: Kế hoạch số 11-KH/BDVTU")


@pytest.mark.parametrize(
    ("number", "system"),
    [
        ("166-KH/ĐU", DocumentSystem.PARTY),
        ("12/KH-PVHTT", DocumentSystem.STATE),
        ("/KH-PVHTT", DocumentSystem.STATE),
    ],
)
def test_plan_symbols(number: str, system: DocumentSystem) -> None:
    status = DocumentStatus.DRAFT if number.startswith("/") else DocumentStatus.ISSUED
    built = plan(number=N(number), status=status)
    assert built.system is system


def test_party_report_is_allowed() -> None:
    assert report(number=N("03-BC/ĐU")).system is DocumentSystem.PARTY


@pytest.mark.parametrize(
    ("build", "number"),
    [
        (lambda: report(number=N("538/KH-SKHCN")), "538/KH-SKHCN"),
        (lambda: report(number=N("166-KH/ĐU")), "166-KH/ĐU"),
        (lambda: report(number=N("745/SKH&CN-VP")), "745/SKH&CN-VP"),
        (lambda: report(number=N("04/2015/NĐ-CP")), "04/2015/NĐ-CP"),
        (lambda: report(number=N("12/2016/CP")), "12/2016/CP"),
        (lambda: report(number=N("24-BS/UBKTTU")), "24-BS/UBKTTU"),
        (lambda: report(number=N("114-KL/TW")), "114-KL/TW"),
        (lambda: plan(number=N("538/BC-SKHCN")), "538/BC-SKHCN"),
        (lambda: plan(number=N("02-ĐA/TU")), "02-ĐA/TU"),
        (lambda: plan(number=N("12/CTr-UBND")), "12/CTr-UBND"),
    ],
)
def test_symbol_must_name_the_document_type(build: object, number: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field.endswith(".number")
    assert info.value.value == number
    assert repr(number) in str(info.value)


def test_type_mismatch_message() -> None:
    with pytest.raises(InvalidValueError) as info:
        report(number=N("538/KH-SKHCN"))
    message = str(info.value)
    assert message.startswith("Report.number: '538/KH-SKHCN' is invalid")
    assert "'KH'" in message
    assert "Kế hoạch" in message
    assert "Báo cáo" in message


# -- issued vs draft -----------------------------------------------------------------------
DRAFT_DAY = PlaceDate(place="Mai Sơn", date=PartialDate(year=2023, month=8))


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"number": None}, "Report.number", "None"),
        ({"number": N("/BC-PVHTT")}, "Report.number", "'/BC-PVHTT'"),
        ({"place_date": DRAFT_DAY}, "Report.place_date", "'Mai Sơn, ngày     tháng 8 năm 2023'"),
        (
            {"place_date": PlaceDate(place="Mai Sơn", date=PartialDate(year=2023))},
            "Report.place_date",
            "năm 2023",
        ),
        ({"signature": None}, "Report.signature", "None"),
        (
            {"signature": attrs.evolve(SIGNED, name=None)},
            "Report.signature",
            "Signature(head_title='Trưởng phòng'",
        ),
    ],
)
def test_issued_report_needs_number_date_and_signer(
    changes: dict[str, object], field: str, value: str
) -> None:
    with pytest.raises(InvalidValueError) as info:
        report(**changes)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert value in str(info.value)
    assert "DocumentStatus.DRAFT" in info.value.rule


def test_issued_plan_needs_a_number_too() -> None:
    with pytest.raises(InvalidValueError) as info:
        plan(number=None)
    assert info.value.field == "Plan.number"


def test_draft_may_leave_number_day_and_signer_out() -> None:
    draft = report(
        status=DocumentStatus.DRAFT,
        number=N("/BC-PVHTT"),
        place_date=DRAFT_DAY,
        signature=attrs.evolve(SIGNED, name=None),
    )
    assert draft.is_draft
    assert draft.number is not None
    assert draft.number.is_draft
    bare = Report(
        issuer=AGENCY,
        place_date=PlaceDate(place="Mai Sơn", date=PartialDate(year=2023)),
        subject="Dự thảo",
        status=DocumentStatus.DRAFT,
    )
    assert bare.number is None
    assert bare.signature is None
    assert bare.body == ()


def test_draft_still_checks_the_type_code() -> None:
    with pytest.raises(InvalidValueError) as info:
        report(status=DocumentStatus.DRAFT, number=N("/KH-PVHTT"))
    assert info.value.field == "Report.number"


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"subject": 123}, "Report.subject", "123"),
        ({"subject": "  "}, "Report.subject", "'  '"),
        ({"issuer": "Phòng Văn hóa"}, "Report.issuer", "'Phòng Văn hóa'"),
        ({"place_date": "Mai Sơn, ngày 31 tháng 8 năm 2023"}, "Report.place_date", "'Mai Sơn"),
        ({"number": "88/BC-PVHTT"}, "Report.number", "'88/BC-PVHTT'"),
        ({"status": "issued"}, "Report.status", "'issued'"),
        ({"addressees": "Ban Dân vận"}, "Report.addressees", "'Ban Dân vận'"),
        ({"addressees": ["Ban Dân vận", " "]}, "Report.addressees[1]", "' '"),
        ({"bases": ["Căn cứ"]}, "Report.bases[0]", "'Căn cứ'"),
        ({"body": ["đoạn văn"]}, "Report.body[0]", "'đoạn văn'"),
        ({"closing": [BulletList.of("x")]}, "Report.closing[0]", "BulletList("),
        ({"recipients": ["Sở Nội vụ"]}, "Report.recipients", "['Sở Nội vụ']"),
        ({"signature": "Nguyễn Thị Lan"}, "Report.signature", "'Nguyễn Thị Lan'"),
        ({"appendices": [Table(header=["A"])]}, "Report.appendices[0]", "Table("),
        ({"period": "tháng 8 năm 2023"}, "Report.period", "'tháng 8 năm 2023'"),
    ],
)
def test_wrong_types(changes: dict[str, object], field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        report(**changes)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: {value}")


# -- attrs behaviour -----------------------------------------------------------------------
def test_same_report_next_month_with_evolve() -> None:
    august = report()
    assert august.period is not None
    september = attrs.evolve(
        august,
        number=N("97/BC-PVHTT"),
        place_date=PlaceDate(place="Mai Sơn", date=dt.date(2023, 9, 29)),
        subject="Kết quả công tác dân vận tháng 9 năm 2023",
        period=august.period.next(),
    )
    assert str(september.period) == "tháng 9 năm 2023"
    assert september.body == august.body
    assert september.signature == august.signature
    assert september != august
    assert str(august.period) == "tháng 8 năm 2023"  # the original is untouched


def test_evolve_checks_the_invariants_again() -> None:
    with pytest.raises(InvalidValueError) as info:
        attrs.evolve(report(), number=None)
    assert info.value.field == "Report.number"
    with pytest.raises(InvalidValueError):
        attrs.evolve(plan(), number=N("97/BC-PVHTT"))


def test_frozen() -> None:
    built = report()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.subject = "Khác"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.number = None  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        del built.subject  # type: ignore[misc]


def test_keyword_only() -> None:
    with pytest.raises(TypeError):
        Report(AGENCY, ON_DAY, "Kết quả")  # type: ignore[misc]
    with pytest.raises(TypeError):
        Plan(AGENCY)  # type: ignore[misc]


def test_slotted() -> None:
    for built in (report(), plan()):
        assert not hasattr(built, "__dict__")
        with pytest.raises((AttributeError, attrs.exceptions.FrozenInstanceError)):
            built.extra = 1  # type: ignore[attr-defined]


@pytest.mark.parametrize("build", [report, plan])
def test_pickle_round_trip_and_hash(build: object) -> None:
    built = build()  # type: ignore[operator]
    copy = pickle.loads(pickle.dumps(built))
    assert copy == built
    assert hash(copy) == hash(built)
    assert type(copy) is type(built)
    assert {built, copy} == {built}
    assert pickle.loads(pickle.dumps(built, protocol=2)) == built


def test_report_and_plan_are_never_equal() -> None:
    common = {
        "issuer": AGENCY,
        "place_date": DRAFT_DAY,
        "subject": "x",
        "status": DocumentStatus.DRAFT,
    }
    assert Report(**common) != Plan(**common)  # type: ignore[arg-type]


def test_counts_in_report_appendix() -> None:
    appendix = report().appendices[0]
    (table,) = appendix.indicator_tables
    assert table.indicators[0].breakdown[0].value == Money(amount=1_000_000)
    assert Count(value=1) != Money(amount=1)


def test_legal_bases_are_the_grounds_each_once_not_what_a_basis_mentions() -> None:
    mentioned = LegalReference(symbol=N("02-ĐA/TU"))
    built = plan(
        bases=[
            Paragraph.of(
                "Căn cứ ",
                Citation.of(REF_KH),
                " về tiếp tục thực hiện ",
                Citation.of(mentioned),
                ";",
            ),
            Paragraph.of("Căn cứ ", Citation.of(REF_KL), " và ", Citation.of(REF_ND), ";"),
            Paragraph.of("Căn cứ ", Citation.of(REF_KH), " (đã nêu)."),
        ]
    )
    assert built.legal_bases == (REF_KH, REF_KL, REF_ND)
    assert mentioned in built.references
