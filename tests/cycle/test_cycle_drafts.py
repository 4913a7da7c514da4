"""Drafts from a plan and from the last report, as a new user met them (new-user audit):
no doubled words, names as a sentence writes them, periods moved on everywhere, bad
periods and plans without tasks said out loud."""

from __future__ import annotations

import datetime as dt
import warnings

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import danvan as dv
from danvan.cycle import DraftWarning, next_draft, report_skeleton
from danvan.cycle.names import agency_case, sentence_name, unit_key
from danvan.errors import InvalidValueError

UNIT = dv.Agency(name="Văn phòng Sở", abbreviation="VP")
QUARTER = dv.ReportingPeriod.parse("quý I năm 2026")


def read_like_plan(**changes: object) -> dv.Plan:
    """A plan as a reader gives it: the issuer in the header's capitals, the name written in
    ordinary case in the introduction, the closing mark on the last task."""
    plan = dv.Plan(
        number=dv.DocumentNumber.parse("18/KH-SDLCĐ"),
        issuer=dv.Agency(name="SỞ DỮ LIỆU CAO ĐIỀN", abbreviation="SDLCĐ"),
        place_date=dv.PlaceDate(place="Cao Điền", date=dt.date(2026, 1, 20)),
        subject="Thực hiện công tác dân vận chính quyền năm 2026",
        period=dv.ReportingPeriod.parse("năm 2026"),
        signature=dv.Signature(head_title="Giám đốc", name="Lương Văn Thành"),
        recipients=dv.Recipients(entries=[dv.Recipient(name="Các phòng, đơn vị")]),
        introduction=[dv.Paragraph.of("Sở Dữ liệu Cao Điền ban hành Kế hoạch như sau:")],
        body=[
            dv.Section(
                title="NHIỆM VỤ VÀ GIẢI PHÁP",
                blocks=[
                    dv.BulletList.of(
                        "Văn phòng Sở chủ trì tổ chức 02 hội nghị; thời gian: Quý I năm 2026.",
                        "Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch này hằng quý./.",
                    )
                ],
            )
        ],
    )
    return attrs.evolve(plan, **changes)


def test_a_plan_subject_starting_thuc_hien_gives_no_doubled_word() -> None:
    report = report_skeleton(read_like_plan(), QUARTER, issuer=UNIT)
    assert report.subject == "Kết quả thực hiện công tác dân vận chính quyền Quý I năm 2026"
    other = read_like_plan(subject="Công tác dân vận chính quyền năm 2026")
    assert report_skeleton(other, QUARTER, issuer=UNIT).subject == (
        "Kết quả thực hiện công tác dân vận chính quyền Quý I năm 2026"
    )


def test_the_issuer_is_addressed_and_cited_as_its_own_text_writes_it() -> None:
    report = report_skeleton(read_like_plan(), QUARTER, issuer=UNIT)
    assert report.addressees == ("Sở Dữ liệu Cao Điền",)
    assert "của Sở Dữ liệu Cao Điền về thực hiện" in report.bases[0].text
    text = dv.render_text(report)
    assert "Kính gửi: Sở Dữ liệu Cao Điền" in text
    assert "SỞ DỮ LIỆU CAO ĐIỀN" not in text


def test_without_a_mention_the_name_takes_the_case_rule_never_capitals() -> None:
    plan = read_like_plan(
        issuer=dv.Agency(name="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", abbreviation="SVHTTDL"),
        introduction=(),
    )
    report = report_skeleton(plan, QUARTER, issuer=UNIT)
    assert report.addressees == ("Sở Văn hóa, Thể thao và Du lịch",)


@pytest.mark.parametrize(
    ("capitals", "sentence"),
    [
        ("SỞ Y TẾ", "Sở Y tế"),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
        ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Ủy ban nhân dân tỉnh Lạng Sơn"),
        ("BAN DÂN VẬN TỈNH ỦY", "Ban Dân vận Tỉnh ủy"),
        ("UBND TỈNH CAO ĐIỀN", "UBND tỉnh Cao Điền"),
        (
            "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH SƠN LA",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La",
        ),
        ("Sở Hòa giải Cộng đồng", "Sở Hòa giải Cộng đồng"),
    ],
)
def test_agency_case(capitals: str, sentence: str) -> None:
    assert agency_case(capitals) == sentence


def test_unit_key_ignores_case_spacing_and_tone_placement() -> None:
    assert unit_key("SỞ  HOÀ GIẢI") == unit_key("Sở Hòa giải") == "sở hòa giải"
    assert sentence_name("Sở Y tế") == "Sở Y tế"


def test_the_plans_closing_mark_stays_out_of_the_tasks() -> None:
    report = report_skeleton(read_like_plan(), QUARTER, issuer=UNIT)
    results = report.body[0]
    assert isinstance(results, dv.Section)
    titles = [b.title for b in results.blocks if isinstance(b, dv.Section)]
    assert titles[-1] == "Văn phòng Sở theo dõi, đôn đốc thực hiện Kế hoạch này hằng quý."
    assert all("./." not in (title or "") for title in titles)
    upcoming = report.body[1]
    assert isinstance(upcoming, dv.Section)
    items = [
        i.content.text for b in upcoming.blocks if isinstance(b, dv.BulletList) for i in b.items
    ]
    assert items
    assert all("./." not in item for item in items)


def test_a_period_before_the_plan_is_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        report_skeleton(read_like_plan(), dv.ReportingPeriod.parse("năm 2019"), issuer=UNIT)
    message = str(caught.value)
    assert message.startswith("report_skeleton.period: 'năm 2019' is invalid")
    assert "20/01/2026" in message
    # a plan dated only by its year, and a plan whose own period starts later
    partial = read_like_plan(
        place_date=dv.PlaceDate(place="Cao Điền", date=dv.PartialDate(year=2026)),
        status=dv.DocumentStatus.DRAFT,
    )
    with pytest.raises(InvalidValueError, match="plan's year"):
        report_skeleton(partial, dv.ReportingPeriod.parse("tháng 12 năm 2025"), issuer=UNIT)
    early = read_like_plan(place_date=dv.PlaceDate(place="Cao Điền", date=dt.date(2025, 12, 1)))
    with pytest.raises(InvalidValueError, match="plan's own period"):
        report_skeleton(early, dv.ReportingPeriod.parse("tháng 12 năm 2025"), issuer=UNIT)
    # the period the plan was issued in is fine
    assert report_skeleton(
        read_like_plan(), dv.ReportingPeriod.parse("tháng 1 năm 2026"), issuer=UNIT
    )


def test_a_plan_without_tasks_warns_and_says_so_in_the_draft() -> None:
    empty = read_like_plan(
        body=[dv.Section(title="MỤC ĐÍCH", blocks=[dv.Paragraph.of("Nâng cao.")])]
    )
    with pytest.warns(DraftWarning, match=r"no task \(nhiệm vụ\) found in the plan 18/KH-SDLCĐ"):
        report = report_skeleton(empty, QUARTER, issuer=UNIT)
    assert "Không tìm thấy nhiệm vụ" in dv.render_text(report)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        report_skeleton(read_like_plan(), QUARTER, issuer=UNIT)  # tasks found: no warning


def yearly_report() -> dv.Report:
    return dv.Report(
        issuer=UNIT,
        place_date=dv.PlaceDate(place="Cao Điền", date=dt.date(2025, 12, 20)),
        period=dv.ReportingPeriod.parse("năm 2025"),
        subject="Kết quả công tác dân vận chính quyền năm 2025 và phương hướng, nhiệm vụ năm 2026",
        status=dv.DocumentStatus.DRAFT,
        closing=[
            dv.Paragraph.of(
                "Trên đây là báo cáo kết quả công tác dân vận chính quyền năm 2025 của Văn phòng Sở./."
            )
        ],
    )


def test_the_next_draft_moves_every_period_on() -> None:
    draft = next_draft(yearly_report())
    assert str(draft.period) == "năm 2026"
    assert draft.subject == (
        "Kết quả công tác dân vận chính quyền năm 2026 và phương hướng, nhiệm vụ năm 2027"
    )
    assert [p.text for p in draft.closing] == [
        "Trên đây là báo cáo kết quả công tác dân vận chính quyền năm 2026 của Văn phòng Sở./."
    ]


@pytest.mark.parametrize(
    ("period", "subject", "expected"),
    [
        (
            "tháng 1 năm 2026",
            "Kết quả tháng 1 năm 2026 và nhiệm vụ tháng 2 năm 2026",
            "Kết quả tháng 2 năm 2026 và nhiệm vụ tháng 3 năm 2026",
        ),
        (
            "Quý IV năm 2025",
            "Kết quả Quý IV năm 2025, phương hướng Quý I năm 2026",
            "Kết quả Quý I năm 2026, phương hướng Quý II năm 2026",
        ),
        (
            "6 tháng đầu năm 2026",
            "Kết quả 6 tháng đầu năm 2026 và phương hướng 6 tháng cuối năm 2026",
            "Kết quả 9 tháng đầu năm 2026 và phương hướng Quý IV năm 2026",
        ),
        (
            "năm 2025",
            "Kết quả thực hiện Kế hoạch giai đoạn 2021-2025 trong năm 2025",
            "Kết quả thực hiện Kế hoạch giai đoạn 2021-2025 trong năm 2026",
        ),
    ],
)
def test_the_subjects_periods_advance_together(period: str, subject: str, expected: str) -> None:
    report = attrs.evolve(yearly_report(), period=dv.ReportingPeriod.parse(period), subject=subject)
    assert next_draft(report).subject == expected


# -- properties ---------------------------------------------------------------------------

_WORDS = st.sampled_from(
    ["sở", "ban", "tỉnh", "ủy", "và", "văn", "hóa,", "thể", "thao", "lạng", "sơn", "dân", "vận"]
)


@given(st.lists(_WORDS, min_size=1, max_size=8))
def test_the_case_rule_changes_only_case(words: list[str]) -> None:
    capitals = " ".join(words).upper()
    sentence = agency_case(capitals)
    assert unit_key(sentence) == unit_key(capitals)  # the same unit, whatever it prints
    assert sentence[:1] == capitals[:1]  # a name starts with a capital
    assert agency_case(sentence) == sentence  # a name not in capitals is left as written
