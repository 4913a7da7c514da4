"""Plan.tasks: every task of a plan, table rows and prose, in order, with ids from their place
(model/task_finder.py). Fictional plans of "Sở Dữ liệu số tỉnh Cao Điền"."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given

import danvan as dv
from danvan.model import Recurrence
from danvan.model.task_finder import read_task
from danvan.testing import strategies as dvst

OFFICE = dv.Agency(name="Sở Dữ liệu số tỉnh Cao Điền", abbreviation="SDLS")


def _plan(*body: dv.Block, appendices: tuple[dv.Appendix, ...] = (), **fields: object) -> dv.Plan:
    values: dict[str, object] = {
        "issuer": OFFICE,
        "place_date": dv.PlaceDate(place="Cao Điền", date=dv.PartialDate(year=2025, month=12)),
        "subject": "Công tác dân vận chính quyền năm 2026",
        "status": dv.DocumentStatus.DRAFT,
        "period": dv.ReportingPeriod.of_year(2026),
        "body": body,
        "appendices": appendices,
    }
    values.update(fields)
    return dv.Plan(**values)  # type: ignore[arg-type]


TABLE = dv.TaskTable(
    tasks=[
        dv.Task(
            id="NV-01",
            description="Sơ kết phong trào thi đua “Dân vận khéo”",
            leads=["Văn phòng Sở"],
            timing="Hằng quý",
        ),
        dv.Task(description="Cập nhật cổng thông tin", lead="Trung tâm Dữ liệu"),
    ],
    title="Phân công nhiệm vụ",
)


def full_plan() -> dv.Plan:
    """Tasks in the forms real plans use: bullets, sub-sections a), b), paragraphs of a
    task part, a lead-in that names the lead for the bullets under it, nested bullets, a
    task table in the body and one in an appendix."""
    return _plan(
        dv.Section(
            title="MỤC ĐÍCH, YÊU CẦU",
            blocks=[dv.BulletList.of("Phòng Tổ chức chủ trì nâng cao nhận thức.")],
        ),
        dv.Section(
            title="NHIỆM VỤ, GIẢI PHÁP",
            blocks=[
                dv.Section(
                    title="Công tác tuyên truyền",
                    blocks=[
                        dv.BulletList.of(
                            "Sở Văn hóa, Sở Y tế chủ trì tổ chức 01-02 hội nghị tuyên truyền; "
                            "thời gian: Quý II năm 2026.",
                            "Giao Văn phòng Sở chủ trì, phối hợp với các sở, ban, ngành có liên "
                            "quan khi được yêu cầu; báo cáo định kỳ 6 tháng, một năm, trước "
                            "ngày 15/12.",
                        ),
                        dv.BulletList(
                            items=[
                                dv.BulletItem(
                                    content=dv.Paragraph.of(
                                        "Xây dựng mô hình “Dân vận khéo”, đơn vị chủ trì: "
                                        "Trung tâm Dữ liệu; kinh phí: 25.000.000 đồng, từ "
                                        "nguồn ngân sách tỉnh. Cụ thể như sau:"
                                    ),
                                    children=dv.BulletList.of(
                                        "Mô hình số hóa hồ sơ một cửa.",
                                        "Mô hình tổ công nghệ số cộng đồng.",
                                        marker="+",
                                    ),
                                )
                            ]
                        ),
                    ],
                ),
                dv.Section(
                    title="Tiếp công dân",
                    blocks=[
                        dv.Paragraph.of("Văn phòng Sở chủ trì thực hiện các nội dung sau:"),
                        dv.BulletList.of(
                            "Tiếp công dân định kỳ hằng tháng.",
                            "Giải quyết đơn thư đột xuất, thường xuyên.",
                        ),
                    ],
                ),
                dv.Section(
                    title="Chuyển đổi số",
                    blocks=[
                        dv.Section(
                            title="Rà soát thủ tục",
                            blocks=[
                                dv.Paragraph.of(
                                    "Phòng Hành chính chủ trì, hoàn thành trước ngày "
                                    "30/6/2026. Sản phẩm: Báo cáo rà soát."
                                )
                            ],
                        ),
                        dv.Section(
                            title="Tập huấn kỹ năng số",
                            blocks=[
                                dv.Paragraph.of(
                                    "Tổ chức ít nhất 03 lớp tập huấn, do Trung tâm Dữ liệu "
                                    "chủ trì. Kinh phí thực hiện: từ nguồn chi thường xuyên "
                                    "của cơ quan. Thời gian: theo yêu cầu của cấp trên."
                                )
                            ],
                        ),
                    ],
                ),
                TABLE,
            ],
        ),
        dv.Section(
            title="TỔ CHỨC THỰC HIỆN",
            blocks=[
                dv.Paragraph.of("Các phòng, đơn vị triển khai thực hiện Kế hoạch này."),
                dv.Paragraph.of("Văn phòng Sở theo dõi, tổng hợp, báo cáo hằng quý."),
            ],
        ),
        appendices=(
            dv.Appendix(
                title="PHÂN CÔNG CHI TIẾT",
                blocks=[
                    dv.TaskTable(
                        tasks=[dv.Task(description="Khảo sát sự hài lòng", lead="Phòng Hành chính")]
                    )
                ],
            ),
        ),
    )


def test_every_task_in_order_with_ids_from_its_place() -> None:
    ids = [task.id for task in full_plan().tasks]
    assert ids == [
        "II.1-1",
        "II.1-2",
        "II.1-3",
        "II.1-3.1",
        "II.1-3.2",
        "II.2-1",
        "II.2-2",
        "II.3.a",
        "II.3.b",
        "NV-01",  # an id given is kept
        "II.T1.2",
        "III-1",
        "III-2",
        "PL1.T1.1",
    ]


def test_ids_are_stable_across_reads_and_copies() -> None:
    plan = full_plan()
    again = dv.from_json(dv.to_json(plan))
    assert isinstance(again, dv.Plan)
    assert again.tasks == plan.tasks
    # adding a task after a part leaves the ids before it as they were
    more = attrs.evolve(plan, body=(*plan.body, dv.Section(title="KINH PHÍ", blocks=[])))
    assert [t.id for t in more.tasks] == [t.id for t in plan.tasks]


def test_several_leads_a_period_and_a_range_target() -> None:
    task = full_plan().tasks[0]
    assert task.leads == ("Sở Văn hóa", "Sở Y tế")
    assert task.lead == "Sở Văn hóa"
    assert task.period == dv.ReportingPeriod.parse("Quý II năm 2026")
    assert task.target == dv.Count(value=1, up_to=2, digits=2, unit="hội nghị")
    assert str(task.target) == "01-02 hội nghị"
    assert task.when == "Quý II năm 2026"


def test_partners_recurrences_and_a_deadline_without_its_year() -> None:
    task = full_plan().tasks[1]
    assert task.leads == ("Văn phòng Sở",)
    assert task.partners == ("Các sở, ban, ngành có liên quan",)
    assert task.recurrence == (Recurrence.HALF_YEARLY, Recurrence.YEARLY)
    assert task.deadline == dt.date(2026, 12, 15)  # the plan's year
    assert task.when == "Trước ngày 15/12/2026; định kỳ 6 tháng; hằng năm"


def test_a_labelled_lead_a_budget_and_its_source_and_nested_bullets() -> None:
    tasks = {task.id: task for task in full_plan().tasks}
    model = tasks["II.1-3"]
    assert model.leads == ("Trung tâm Dữ liệu",)
    assert model.budget == dv.Money(amount=25_000_000)
    assert model.budget_source == "ngân sách tỉnh"
    # the nested bullets are tasks of their own that take the lead of the bullet above
    assert tasks["II.1-3.1"].description == "Mô hình số hóa hồ sơ một cửa."
    assert tasks["II.1-3.1"].leads == ("Trung tâm Dữ liệu",)
    assert tasks["II.1-3.2"].budget is None


def test_a_lead_in_names_the_lead_of_the_bullets_under_it() -> None:
    tasks = {task.id: task for task in full_plan().tasks}
    assert tasks["II.2-1"].leads == ("Văn phòng Sở",)
    assert tasks["II.2-1"].recurrence == (Recurrence.MONTHLY,)
    assert tasks["II.2-2"].recurrence == (Recurrence.AD_HOC, Recurrence.CONTINUOUS)


def test_sub_sections_deadline_output_and_words_kept() -> None:
    tasks = {task.id: task for task in full_plan().tasks}
    review = tasks["II.3.a"]
    assert review.description.startswith("Rà soát thủ tục. Phòng Hành chính chủ trì")
    assert review.leads == ("Phòng Hành chính",)
    assert review.deadline == dt.date(2026, 6, 30)
    assert review.output == "Báo cáo rà soát"
    training = tasks["II.3.b"]
    assert training.leads == ("Trung tâm Dữ liệu",)  # "do … chủ trì"
    assert training.target == dv.Count(value=3, digits=2, unit="lớp tập huấn")
    assert training.budget is None
    assert training.budget_source == "chi thường xuyên của cơ quan"
    assert training.timing == "theo yêu cầu của cấp trên"  # no parse: kept as written
    assert training.deadline is None
    assert training.period is None


def test_table_rows_and_paragraphs_of_a_task_part() -> None:
    tasks = {task.id: task for task in full_plan().tasks}
    assert tasks["NV-01"] == TABLE.tasks[0]
    assert tasks["II.T1.2"] == attrs.evolve(TABLE.tasks[1], id="II.T1.2")
    # a sentence that starts with the units who do it names its leads
    assert tasks["III-1"].leads == ("Các phòng, đơn vị",)
    assert tasks["III-2"].leads == ("Văn phòng Sở",)
    assert tasks["III-2"].recurrence == (Recurrence.QUARTERLY,)
    assert tasks["PL1.T1.1"].lead == "Phòng Hành chính"


def test_no_tasks_outside_the_task_parts_except_tables() -> None:
    descriptions = [task.description for task in full_plan().tasks]
    assert "Phòng Tổ chức chủ trì nâng cao nhận thức." not in descriptions
    plain = _plan(dv.Section(title="MỤC ĐÍCH", blocks=[dv.Paragraph.of("Nâng cao.")]))
    assert plain.tasks == ()


@pytest.mark.parametrize(
    ("text", "leads"),
    [
        ("Sở A, Sở B chủ trì tổ chức hội nghị.", ("Sở A", "Sở B")),
        ("Ban Giám đốc và Văn phòng Sở chủ trì tiếp công dân.", ("Ban Giám đốc", "Văn phòng Sở")),
        ("Tổ chức hội nghị, giao Trung tâm Dữ liệu chủ trì.", ("Trung tâm Dữ liệu",)),
        ("Tổ chức hội nghị do Phòng Hành chính chủ trì.", ("Phòng Hành chính",)),
        ("Đơn vị chủ trì: Văn phòng Sở; phối hợp: Phòng A.", ("Văn phòng Sở",)),
        ("Giao Văn phòng Sở tham mưu tổng hợp báo cáo.", ("Văn phòng Sở",)),
        ("UBND các xã chủ trì tuyên truyền.", ("UBND các xã",)),
        # names with "và" and commas inside: a piece that does not start like a unit
        # continues the name before it
        (
            "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Khoa học và Công nghệ.",
            ("Sở Văn hóa, Thể thao và Du lịch",),
        ),
        (
            "Giao Phòng Văn hóa và Thông tin huyện chủ trì tổ chức hội thi.",
            ("Phòng Văn hóa và Thông tin huyện",),
        ),
        (
            "Tổ chức hội thi, Sở Khoa học và Công nghệ, Liên đoàn Lao động tỉnh chủ trì.",
            ("Sở Khoa học và Công nghệ", "Liên đoàn Lao động tỉnh"),
        ),
        ("Ủy ban nhân dân các xã, thị trấn chủ trì.", ("Ủy ban nhân dân các xã, thị trấn",)),
        ("Sở tổ chức hội nghị, Văn phòng Sở chủ trì.", ("Văn phòng Sở",)),
        ("Văn phòng Sở theo dõi, tổng hợp, báo cáo.", ("Văn phòng Sở",)),
        # no lead: verbs and nouns that start like a unit's name
        ("Nâng cao chất lượng tuyên truyền.", ()),
        ("Tổ chức hội nghị tuyên truyền.", ()),
        ("Ban hành quy chế dân chủ.", ()),
        ("Phòng, chống tham nhũng, tiêu cực.", ()),
        ("Tham gia các lớp tập huấn do cấp trên tổ chức.", ()),
        ("Trường hợp có vướng mắc, báo cáo Sở.", ()),
        ("Báo cáo kết quả thực hiện.", ()),
    ],
)
def test_the_forms_of_a_lead(text: str, leads: tuple[str, ...]) -> None:
    assert read_task(text).leads == leads


@pytest.mark.parametrize(
    ("text", "partners"),
    [
        (
            "Văn phòng Sở chủ trì, phối hợp với Sở Khoa học và Công nghệ và Đài Phát thanh "
            "tỉnh tổ chức hội nghị.",
            ("Sở Khoa học và Công nghệ", "Đài Phát thanh tỉnh"),
        ),
        (
            "Đơn vị phối hợp: các phòng chuyên môn, đơn vị trực thuộc Sở.",
            ("Các phòng chuyên môn, đơn vị trực thuộc Sở",),
        ),
        ("Tăng cường phối hợp giữa các ngành.", ()),  # "phối hợp giữa" names no partner
    ],
)
def test_the_forms_of_partners(text: str, partners: tuple[str, ...]) -> None:
    assert read_task(text).partners == partners


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Báo cáo định kỳ 6 tháng, một năm.", (Recurrence.HALF_YEARLY, Recurrence.YEARLY)),
        ("Tổng hợp báo cáo 6 tháng, một năm.", (Recurrence.HALF_YEARLY, Recurrence.YEARLY)),
        ("Báo cáo hằng quý.", (Recurrence.QUARTERLY,)),
        ("Báo cáo đột xuất khi có yêu cầu.", (Recurrence.AD_HOC,)),
        ("Thường xuyên cập nhật thông tin.", (Recurrence.CONTINUOUS,)),
        ("Báo cáo kết quả 6 tháng đầu năm 2026.", ()),  # a period, not a recurrence
        ("Sơ kết một năm thực hiện.", ()),  # a span, not a recurrence
        (
            "Định kỳ hằng quý, 6 tháng, năm báo cáo kết quả.",
            (Recurrence.QUARTERLY, Recurrence.HALF_YEARLY, Recurrence.YEARLY),
        ),
        ("Báo cáo 6 tháng, năm.", (Recurrence.HALF_YEARLY, Recurrence.YEARLY)),
        ("Báo cáo kết quả 6 tháng, năm 2026.", ()),
        ("Sơ kết định kỳ năm 2026.", ()),
    ],
)
def test_the_forms_of_a_recurrence(text: str, recurrence: tuple[Recurrence, ...]) -> None:
    assert read_task(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Xây dựng 01-02 mô hình.", "01-02 mô hình"),
        ("Tổ chức 5 hội nghị.", "5 hội nghị"),
        ("Đăng 10 – 12 tin bài.", "10-12 tin bài"),
        ("Thực hiện Luật Hòa giải cơ sở năm 2013.", None),
        ("Áp dụng ISO 9001:2015 tại 5 tổ chức.", None),
    ],
)
def test_the_forms_of_a_target(text: str, target: str | None) -> None:
    found = read_task(text).target
    assert (None if found is None else str(found)) == target


def test_a_deadline_without_a_year_needs_the_plans_year() -> None:
    assert read_task("Báo cáo trước ngày 15/12.").deadline is None
    assert read_task("Báo cáo trước ngày 15/12.", year=2027).deadline == dt.date(2027, 12, 15)
    assert read_task("Báo cáo trước ngày 31/02/2026.").deadline is None  # no such day
    task_part = dv.Section(title="NHIỆM VỤ", blocks=[dv.Paragraph.of("Báo cáo trước ngày 15/12.")])
    # no period: the year of the plan's date
    (task,) = _plan(task_part, period=None).tasks
    assert task.deadline == dt.date(2025, 12, 15)
    # a plan dated after that day means the one to come
    dated = dv.PlaceDate(place="Cao Điền", date=dt.date(2025, 12, 20))
    (task,) = _plan(task_part, period=None, place_date=dated).tasks
    assert task.deadline == dt.date(2026, 12, 15)
    assert read_task("Trước ngày 15/12.", year=2025, not_before=dt.date(2025, 12, 15)).deadline == (
        dt.date(2025, 12, 15)
    )
    # a year written is kept, even before the plan's date (the checker's P404 says so)
    (task,) = _plan(
        dv.Section(title="NHIỆM VỤ", blocks=[dv.Paragraph.of("Báo cáo trước ngày 15/12/2025.")]),
        period=None,
        place_date=dated,
    ).tasks
    assert task.deadline == dt.date(2025, 12, 15)


def test_the_corpus_plan_gives_its_real_tasks(corpus_dir: Path) -> None:
    plan = dv.read(corpus_dir / "hung-yen-2023-ke-hoach-dan-van.txt")
    assert isinstance(plan, dv.Plan)
    tasks = plan.tasks
    ids = [task.id for task in tasks]
    # part I (mục đích, yêu cầu) has none; part II's bullets, with the two models nested
    # under II.4's third bullet; part III's numbered items
    assert ids[0] == "II.1-1"
    assert ids[-3:] == ["III.1", "III.2", "III.3"]
    assert [i for i in ids if i.startswith("II.4")] == [
        "II.4-1",
        "II.4-2",
        "II.4-3",
        "II.4-3.1",
        "II.4-3.2",
    ]
    assert len(ids) == len(set(ids))
    by_id = {task.id: task for task in tasks}
    assert str(by_id["II.4-3"].target) == "01-02 mô hình"
    last = by_id["III.3"]
    assert last.leads == ("Văn phòng Sở",)
    assert last.partners == ("Các sở, ban, ngành có liên quan",)
    assert last.recurrence == (Recurrence.HALF_YEARLY, Recurrence.YEARLY, Recurrence.AD_HOC)
    # every task's description is text of the plan
    body = "\n".join(p.text for p in plan.paragraphs())
    for task in tasks:
        if task.id.startswith("II."):  # bullets: their text as written
            assert task.description in body


def test_blank_bullets_and_titles_state_no_task_but_keep_their_place() -> None:
    task_part = dv.Section(
        title="NHIỆM VỤ",
        blocks=[
            dv.BulletList.of(" ", "Văn phòng Sở chủ trì tổng hợp."),
            dv.Section(title="\t", blocks=[dv.Paragraph.of(" ")]),
            dv.Section(title="Tuyên truyền", blocks=[]),
        ],
    )
    assert [(t.id, t.description) for t in _plan(task_part).tasks] == [
        ("I-2", "Văn phòng Sở chủ trì tổng hợp."),
        ("I.2", "Tuyên truyền"),
    ]


@given(dvst.plans())
def test_any_plan_gives_its_tasks(plan: dv.Plan) -> None:
    tasks = plan.tasks
    rows = [
        task for block in plan.blocks() if isinstance(block, dv.TaskTable) for task in block.tasks
    ]
    # every row of every task table is there, in order, with an id
    found = iter(tasks)
    for row in rows:
        assert any(attrs.evolve(task, id=row.id) == row for task in found)
    assert all(task.id for task in tasks)


@given(dvst.vietnamese_texts(1, 40))
@example("OÈ")
@example("hoà  thuỷ")
def test_any_text_reads_as_a_task_that_keeps_it(text: str) -> None:
    task = read_task(text, id="I-1", year=2026)
    # the text as written, on one line: tone marks stay where they were typed ("oè", not
    # normalize_text's "òe"; found by hypothesis)
    assert task.description == unicodedata.normalize("NFC", " ".join(text.split()))
    assert all(lead in task.description for lead in (u[1:] for u in task.leads))


@pytest.mark.parametrize(
    ("text", "period", "timing"),
    [
        ("Thời gian thực hiện: Trong năm 2026.", "năm 2026", None),
        ("Thời gian: Quý I/2026.", "Quý I năm 2026", None),
        ("Thời gian: Tháng 3/2026.", "tháng 3 năm 2026", None),
        ("Thời gian thực hiện: giai đoạn 2026-2030.", "giai đoạn 2026-2030", None),
        ("Thời hạn: 30/6/2026.", None, None),  # a deadline
        ("Thời gian: thường xuyên.", None, None),  # a recurrence
        # what does not read whole is kept as written
        ("Thời gian: từ tháng 3 đến tháng 6/2026.", None, "từ tháng 3 đến tháng 6/2026"),
        ("Thời gian: theo yêu cầu của cấp trên.", None, "theo yêu cầu của cấp trên"),
        (
            "Thời gian: hằng quý, trước ngày 20 của tháng cuối quý.",
            None,
            "hằng quý, trước ngày 20 của tháng cuối quý",
        ),
    ],
)
def test_the_words_of_a_time_label(text: str, period: str | None, timing: str | None) -> None:
    task = read_task(text)
    assert (None if task.period is None else str(task.period)) == period
    assert task.timing == timing


def test_a_recurring_time_said_in_words_prints_once() -> None:
    task = read_task("Báo cáo. Thời gian: hằng quý, trước ngày 20 của tháng cuối quý.")
    assert task.recurrence == (Recurrence.QUARTERLY,)
    assert task.when == "Hằng quý, trước ngày 20 của tháng cuối quý"
    assert read_task("Thời hạn: 30/6/2026.").deadline == dt.date(2026, 6, 30)


WORD_TABLE = dv.Table(
    caption="Phân công nhiệm vụ",
    header=(
        "STT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp thực hiện",
        "Thời gian hoàn thành",
        "Chỉ tiêu",
        "Kinh phí (đồng)",
    ),
    rows=(
        ("I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", "", "", ""),
        (
            "1",
            "Tổ chức hội nghị",
            "Văn phòng Sở; Phòng Tổ chức",
            "Công đoàn",
            "Quý I/2026",
            "02 hội nghị",
            "10.000.000 đồng",
        ),
        ("2", "Rà soát quy chế", "Thanh tra Sở", "", "30/6/2026", "", ""),
        ("3", "Báo cáo kết quả", "Văn phòng Sở", "", "Định kỳ 6 tháng, năm", "", "Ngân sách tỉnh"),
        ("4", "Tiếp công dân", "Ban Giám đốc", "", "Theo lịch", "Toàn bộ đơn thư", ""),
    ),
)


def test_a_plain_table_whose_header_names_the_columns_of_tasks() -> None:
    """A bảng phân công read from a .docx or Markdown is a plain Table: its rows are tasks."""
    plan = _plan(dv.Section(title="TỔ CHỨC THỰC HIỆN", blocks=[WORD_TABLE]))
    tasks = plan.tasks
    assert [t.id for t in tasks] == ["I.T1.2", "I.T1.3", "I.T1.4", "I.T1.5"]  # by row
    meeting, review, report, reception = tasks
    assert meeting.leads == ("Văn phòng Sở", "Phòng Tổ chức")
    assert meeting.partners == ("Công đoàn",)
    assert meeting.period == dv.ReportingPeriod.parse("Quý I năm 2026")
    assert meeting.target == dv.Count(value=2, digits=2, unit="hội nghị")
    assert meeting.budget == dv.Money(amount=10_000_000)
    assert review.deadline == dt.date(2026, 6, 30)
    assert review.timing is None
    assert report.recurrence == (Recurrence.HALF_YEARLY, Recurrence.YEARLY)
    assert report.budget is None
    assert report.budget_source == "Ngân sách tỉnh"
    assert reception.timing == "Theo lịch"
    assert reception.target == dv.TextValue(text="Toàn bộ đơn thư")


def test_a_plain_table_of_other_columns_states_no_task() -> None:
    indicators = dv.Table(
        header=("STT", "Nội dung", "Đơn vị tính", "Số lượng"),
        rows=(("1", "Hội nghị", "cuộc", "4"),),
    )
    plan = _plan(dv.Section(title="NHIỆM VỤ", blocks=[indicators]))
    assert plan.tasks == ()
