"""Tasks of a plan (nhiệm vụ): what, who leads, who helps, by when."""

from __future__ import annotations

import datetime as dt

import attrs

from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.model.period import ReportingPeriod
from danvan.vn.dates import format_date

__all__ = ["Task", "TaskTable"]


@attrs.frozen(kw_only=True)
class Task:
    """Nhiệm vụ: ``description`` led by ``lead`` (đơn vị chủ trì) with ``partners`` (đơn vị phối hợp).

    The time is one of ``deadline`` (a day: "trước ngày 15/12/2023"), ``period`` (a
    period: "Quý II năm 2023") or ``timing`` in words ("Thường xuyên").
    """

    description: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the task (nội dung nhiệm vụ)")
    )
    lead: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the lead unit (đơn vị chủ trì)")
    )
    partners: tuple[str, ...] = attrs.field(
        factory=tuple, converter=v.text_tuple, validator=v.tuple_of(str, "đơn vị phối hợp")
    )
    deadline: dt.date | None = attrs.field(
        default=None,
        converter=v.date_only,
        validator=v.optional(v.instance_of(dt.date, "thời hạn")),
    )
    period: ReportingPeriod | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ReportingPeriod, "thời gian thực hiện"))
    )
    timing: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "thời gian thực hiện")),
    )
    output: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "sản phẩm")),
    )

    def __attrs_post_init__(self) -> None:
        given = [n for n in ("deadline", "period", "timing") if getattr(self, n) is not None]
        if len(given) > 1:
            raise v.fail(
                self,
                given[1],
                getattr(self, given[1]),
                f"a task has one time (thời gian): {given[0]} is already given",
            )

    @property
    def when(self) -> str:
        """The time column as printed: "Trước ngày 15/12/2023", "Quý II năm 2023", "Thường xuyên"."""
        if self.deadline is not None:
            return f"Trước ngày {format_date(self.deadline, 'short')}"
        if self.period is not None:
            text = str(self.period)
            return text[:1].upper() + text[1:]
        return self.timing or ""


@attrs.frozen(kw_only=True)
class TaskTable:
    """Bảng phân công nhiệm vụ: the tasks of a plan, rendered as a table."""

    tasks: tuple[Task, ...] = attrs.field(converter=v.tasks, validator=v.tuple_of(Task, "nhiệm vụ"))
    title: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tên bảng")),
    )

    _repr_html_ = notebook_view  # Jupyter shows this part on its own

    def __attrs_post_init__(self) -> None:
        if not self.tasks:
            raise v.fail(self, "tasks", (), "a task table needs at least one task")
