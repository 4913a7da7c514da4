"""Task (nhiệm vụ): several leads, the time in any combination, target, budget; the one-lead
spelling of earlier danvan still accepted, in Python and in JSON."""

from __future__ import annotations

import datetime as dt
import json
import pickle

import pytest
from hypothesis import given

import danvan as dv
from danvan.cycle import TrackedTask, tasks_of
from danvan.errors import InvalidValueError
from danvan.model import Recurrence, TaskStatus
from danvan.testing import strategies as dvst

FULL = dv.Task(
    description="Xây dựng mô hình “Dân vận khéo” trong chuyển đổi số",
    id="II.4-3",
    leads=["Sở Dữ liệu số", "Sở Nội vụ"],
    partners=["Ủy ban nhân dân các xã"],
    deadline=dt.date(2026, 12, 15),
    period=dv.ReportingPeriod.parse("6 tháng đầu năm 2026"),
    recurrence=[Recurrence.HALF_YEARLY, Recurrence.YEARLY, Recurrence.HALF_YEARLY],
    output="Mô hình được công nhận",
    target=dv.Count(value=1, up_to=2, digits=2, unit="mô hình"),
    budget=dv.Money(amount=25_000_000),
    budget_source="ngân sách tỉnh",
)


def test_a_task_holds_every_part_together() -> None:
    assert FULL.leads == ("Sở Dữ liệu số", "Sở Nội vụ")
    assert FULL.lead == "Sở Dữ liệu số"
    assert FULL.recurrence == (Recurrence.HALF_YEARLY, Recurrence.YEARLY)  # each once
    assert str(FULL.target) == "01-02 mô hình"
    assert FULL.when == "Trước ngày 15/12/2026; 6 tháng đầu năm 2026; định kỳ 6 tháng; hằng năm"
    assert pickle.loads(pickle.dumps(FULL)) == FULL
    assert hash(FULL) == hash(pickle.loads(pickle.dumps(FULL)))


def test_the_one_lead_spelling_still_works() -> None:
    old = dv.Task(description="Tuyên truyền", lead="Văn phòng Sở")
    assert old == dv.Task(description="Tuyên truyền", leads=("Văn phòng Sở",))
    assert old.lead == "Văn phòng Sở"
    assert dv.Task(description="Tuyên truyền").lead is None  # a task may name no lead
    with pytest.raises(AttributeError):
        old.lead = "Phòng A"  # type: ignore[misc]
    with pytest.raises(InvalidValueError, match=r"Task\.lead"):
        dv.Task(description="Tuyên truyền", lead="A", leads=["B"])
    with pytest.raises(dv.PositionalArgumentError):
        dv.Task("Tuyên truyền")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("fields", "when"),
    [
        ({"deadline": dt.date(2023, 12, 15)}, "Trước ngày 15/12/2023"),
        ({"period": dv.ReportingPeriod.parse("Quý II năm 2023")}, "Quý II năm 2023"),
        ({"timing": "Thường xuyên"}, "Thường xuyên"),
        ({"recurrence": [Recurrence.QUARTERLY]}, "Hằng quý"),
        # words that say the recurrence already are not doubled
        ({"recurrence": [Recurrence.QUARTERLY], "timing": "Hằng quý"}, "Hằng quý"),
        (
            {"deadline": dt.date(2023, 6, 30), "timing": "đột xuất khi có yêu cầu"},
            "Trước ngày 30/6/2023; đột xuất khi có yêu cầu",
        ),
        ({}, ""),
    ],
)
def test_when_combines_the_times(fields: dict[str, object], when: str) -> None:
    assert dv.Task(description="Báo cáo", **fields).when == when  # type: ignore[arg-type]


def test_status_and_falls_in_read_the_words_of_the_time_column() -> None:
    quarterly = dv.Task(description="Sơ kết", timing="Hằng quý")
    assert quarterly.recurrences == (Recurrence.QUARTERLY,)
    assert quarterly.falls_in(dv.ReportingPeriod.parse("Quý I năm 2026"))
    assert not quarterly.falls_in(dv.ReportingPeriod.parse("tháng 1 năm 2026"))
    assert quarterly.status_on(dt.date(2026, 5, 1)) is TaskStatus.IN_PROGRESS
    # a deadline and a recurrence together: due in December, recurring every half-year
    both = dv.Task(
        description="Báo cáo",
        deadline=dt.date(2026, 12, 15),
        recurrence=[Recurrence.HALF_YEARLY],
    )
    assert both.falls_in(dv.ReportingPeriod.parse("6 tháng đầu năm 2026"))
    assert not both.falls_in(dv.ReportingPeriod.parse("tháng 3 năm 2026"))
    assert both.status_on(dt.date(2026, 12, 16)) is TaskStatus.OVERDUE


def test_tracked_task_and_tasks_of_are_the_model_task_and_plan_tasks() -> None:
    assert TrackedTask is dv.Task
    assert dv.TrackedTask is dv.Task
    plan = dv.Plan(
        issuer=dv.Agency(name="Sở Dữ liệu số tỉnh Cao Điền"),
        place_date=dv.PlaceDate(place="Cao Điền", date=dv.PartialDate(year=2026)),
        subject="Kế hoạch thử",
        status=dv.DocumentStatus.DRAFT,
        body=[dv.TaskTable(tasks=[FULL])],
    )
    assert tasks_of(plan) == plan.tasks == (FULL,)
    with pytest.raises(InvalidValueError, match="Plan"):
        tasks_of("plan")  # type: ignore[arg-type]


# -- JSON --------------------------------------------------------------------------------------


def test_json_round_trip_of_every_field() -> None:
    table = dv.TaskTable(tasks=[FULL, dv.Task(description="Tuyên truyền", lead="Văn phòng")])
    data = dv.to_dict(table)
    first = data["tasks"][0]
    assert first["leads"] == ["Sở Dữ liệu số", "Sở Nội vụ"]
    assert first["recurrence"] == ["định kỳ 6 tháng", "hằng năm"]
    assert first["target"] == {
        "type": "count",
        "value": 1,
        "unit": "mô hình",
        "digits": 2,
        "up_to": 2,
    }
    assert first["budget"] == {"type": "money", "amount": 25_000_000, "unit": "đồng"}
    assert first["budget_source"] == "ngân sách tỉnh"
    # what a task does not use is not written: the JSON of a simple task stays small
    assert set(data["tasks"][1]) == {
        "description",
        "leads",
        "partners",
        "deadline",
        "period",
        "timing",
        "output",
    }
    assert dv.from_dict(data, dv.TaskTable) == table


def test_json_written_before_several_leads_still_reads() -> None:
    old = {
        "schema_version": 1,
        "document": "plan",
        "issuer": {"name": "Sở Dữ liệu số tỉnh Cao Điền"},
        "place_date": {"place": "Cao Điền", "date": {"year": 2026, "month": None, "day": None}},
        "subject": "Kế hoạch thử",
        "status": "draft",
        "body": [
            {
                "type": "task_table",
                "title": None,
                "tasks": [
                    {
                        "description": "Tuyên truyền",
                        "lead": "Văn phòng Sở",
                        "partners": ["Phòng A"],
                        "deadline": "2026-06-30",
                        "period": None,
                        "timing": None,
                        "output": None,
                    }
                ],
            }
        ],
    }
    plan = dv.from_json(json.dumps(old))
    assert isinstance(plan, dv.Plan)
    (task,) = plan.tasks
    assert task.leads == ("Văn phòng Sở",)
    assert task.deadline == dt.date(2026, 6, 30)
    # written again, it has the new shape
    assert dv.to_dict(plan)["body"][0]["tasks"][0]["leads"] == ["Văn phòng Sở"]
    # both spellings at once is an error, not a silent choice
    old["body"][0]["tasks"][0]["leads"] = ["Phòng B"]  # type: ignore[index]
    with pytest.raises(dv.SchemaError, match="lead"):
        dv.from_json(json.dumps(old))


@given(dvst.tasks())
def test_every_task_round_trips(task: dv.Task) -> None:
    table = dv.TaskTable(tasks=[task])
    assert dv.from_json(dv.to_json(dv.TaskTable(tasks=[task])), dv.TaskTable) == table
