"""Tasks of a plan (nhiệm vụ): what, who leads, who helps, when, how much, with what money.

One type, :class:`Task`, holds a task however the plan states it: a row of a task table
(bảng phân công) or a section or bullet of the body (found by
:mod:`danvan.model.task_finder`, through :attr:`Plan.tasks <danvan.model.Plan.tasks>`).
Real plans combine times ("định kỳ 6 tháng, một năm; trước ngày 15/12"), so a task has a
deadline, a period and recurrences together, not one of them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Any

import attrs

from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.model.indicators import QUANTITY_TYPES, Money, Quantity
from danvan.model.period import ReportingPeriod
from danvan.vn.dates import format_date

__all__ = ["Recurrence", "Task", "TaskStatus", "TaskTable"]


class Recurrence(enum.Enum):
    """How often a task comes back (định kỳ); the value is how a clerk writes it."""

    MONTHLY = "hằng tháng"
    QUARTERLY = "hằng quý"
    HALF_YEARLY = "định kỳ 6 tháng"
    YEARLY = "hằng năm"
    AD_HOC = "đột xuất"
    CONTINUOUS = "thường xuyên"

    @classmethod
    def find_in(cls, text: str) -> tuple[Recurrence, ...]:
        """Every recurrence ``text`` states, in enum order: "định kỳ 6 tháng, một năm hoặc
        đột xuất" → (HALF_YEARLY, YEARLY, AD_HOC).

        "6 tháng đầu năm 2025" is a period, not a recurrence: "6 tháng" needs "định kỳ",
        "hằng", "mỗi" or "một lần" with it, or "một năm" after it ("báo cáo 6 tháng, một
        năm"); "một năm" alone ("sơ kết một năm") is a span unless the text says "định kỳ"
        or "hằng năm", or recurs half-yearly.
        """
        low = text.casefold()
        found = {
            kind
            for keyword, pattern, kind in _RECURRENCES
            if keyword in low and pattern.search(text)
        }
        if cls.YEARLY in found and cls.HALF_YEARLY not in found and not _YEAR_CUE.search(text):
            found.remove(cls.YEARLY)
        if "định kỳ" in low:  # "định kỳ hằng quý, 6 tháng, năm": each item of the list
            for listed in _PERIODIC_LIST.finditer(text):
                for item in _LIST_ITEM.finditer(listed.group("items")):
                    found.add(_LISTED[item.group("unit").casefold()])
        return tuple(kind for kind in cls if kind in found)


# (a keyword every match holds, checked first because ``in`` is cheap; the pattern; the kind)
_RECURRENCES: tuple[tuple[str, re.Pattern[str], Recurrence], ...] = (
    (
        "tháng",
        re.compile(r"h[ằà]ng tháng|định kỳ (?:hằng )?tháng|mỗi tháng", re.I),
        Recurrence.MONTHLY,
    ),
    ("quý", re.compile(r"h[ằà]ng quý|định kỳ (?:hằng )?quý|mỗi quý", re.I), Recurrence.QUARTERLY),
    (
        "6 tháng",
        re.compile(
            r"(?:định kỳ|h[ằà]ng|mỗi)\s+0?6 tháng|0?6 tháng một lần"
            r"|0?6 tháng\s*(?:,|và|/)\s*(?:(?:một|01|1|cả)\s+)?năm(?!\s*\d)",
            re.I,
        ),
        Recurrence.HALF_YEARLY,
    ),
    (
        "năm",
        re.compile(
            r"h[ằà]ng năm|mỗi năm|(?<!trong )một năm|định kỳ (?:hằng )?năm(?!\s*\d)|năm một lần"
            r"|0?6 tháng\s*(?:,|và|/)\s*(?:(?:một|01|1|cả)\s+)?năm(?!\s*\d)",
            re.I,
        ),
        Recurrence.YEARLY,
    ),
    ("đột xuất", re.compile(r"đột xuất", re.I), Recurrence.AD_HOC),
    ("thường xuyên", re.compile(r"thường xuyên", re.I), Recurrence.CONTINUOUS),
)
# "định kỳ" followed by a list of periods: "định kỳ hằng quý, 6 tháng, năm"
_PERIOD_WORD = r"(?:h[ằà]ng\s+)?(?:0?6 tháng|sáu tháng|tháng|quý|(?:một |01 |cả )?năm(?!\s*\d))"
_PERIODIC_LIST = re.compile(
    r"định kỳ\s+(?P<items>" + _PERIOD_WORD + r"(?:\s*(?:,|;|/|và|hoặc)\s*" + _PERIOD_WORD + r")*)",
    re.I,
)
_LIST_ITEM = re.compile(r"(?P<unit>0?6 tháng|sáu tháng|tháng|quý|năm)(?!\s*\d)", re.I)
_LISTED = {
    "6 tháng": Recurrence.HALF_YEARLY,
    "06 tháng": Recurrence.HALF_YEARLY,
    "sáu tháng": Recurrence.HALF_YEARLY,
    "tháng": Recurrence.MONTHLY,
    "quý": Recurrence.QUARTERLY,
    "năm": Recurrence.YEARLY,
}
_YEAR_CUE = re.compile(r"h[ằà]ng năm|mỗi năm|định kỳ|năm một lần", re.I)


class TaskStatus(enum.Enum):
    """Where a task stands on a day (tình trạng thực hiện)."""

    DONE = "đã hoàn thành"
    IN_PROGRESS = "đang thực hiện"
    NOT_STARTED = "chưa đến hạn"
    OVERDUE = "quá hạn"


def _recurrences(value: Any) -> Any:
    """Converter: recurrences as a tuple, each once, in the order given."""
    items = v.to_tuple(value)
    return tuple(dict.fromkeys(items)) if isinstance(items, tuple) else items


def _target(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.optional(v.instance_of(QUANTITY_TYPES, "chỉ tiêu"))(instance, attribute, value)


def _optional_words(what: str) -> Any:
    return attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.non_empty_text(what))
    )


@attrs.frozen(kw_only=True, init=False)
class Task:
    """Nhiệm vụ: ``description`` led by ``leads`` (đơn vị chủ trì) with ``partners`` (đơn vị phối hợp).

    - ``id``: a stable id; :attr:`Plan.tasks <danvan.model.Plan.tasks>` gives a task without
      one the id of its place ("III.2.b", "II.1-3" for the third bullet of II.1).
    - ``leads``: one or several units; none for a task whose text names no lead (the
      issuing body itself does it, as plans often leave implicit). ``Task(lead="X")`` is
      accepted for ``leads=("X",)`` and :attr:`lead` gives the first.
    - the time, any combination: ``deadline`` (thời hạn: "trước ngày 15/12/2025"),
      ``period`` (thời gian: "Quý II năm 2025"), ``recurrence`` (định kỳ: "6 tháng, một
      năm", "hằng quý", "đột xuất", "thường xuyên") and ``timing``, the words of a time
      column or phrase kept as written.
    - ``output`` (sản phẩm), ``target`` (chỉ tiêu: a :class:`Count` keeps "01-02 mô hình"
      as written, range and zero padding included), ``budget`` (kinh phí) and
      ``budget_source`` (nguồn kinh phí: "ngân sách tỉnh").
    """

    description: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the task (nội dung nhiệm vụ)")
    )
    id: str | None = _optional_words("the task's id (mã nhiệm vụ)")
    leads: tuple[str, ...] = attrs.field(
        factory=tuple, converter=v.text_tuple, validator=v.tuple_of(str, "đơn vị chủ trì")
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
    recurrence: tuple[Recurrence, ...] = attrs.field(
        factory=tuple, converter=_recurrences, validator=v.tuple_of(Recurrence, "định kỳ")
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
    target: Quantity | None = attrs.field(default=None, validator=_target)
    budget: Money | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Money, "kinh phí"))
    )
    budget_source: str | None = _optional_words("the budget's source (nguồn kinh phí)")

    def __init__(
        self,
        *,
        description: str,
        id: str | None = None,
        leads: Iterable[str] = (),
        partners: Iterable[str] = (),
        deadline: dt.date | None = None,
        period: ReportingPeriod | None = None,
        recurrence: Iterable[Recurrence] = (),
        timing: str | None = None,
        output: str | None = None,
        target: Quantity | None = None,
        budget: Money | None = None,
        budget_source: str | None = None,
        lead: str | None = None,
    ) -> None:
        if lead is not None:  # the one-lead spelling of danvan before several leads
            if isinstance(lead, str) and not lead.strip():
                raise v.fail(
                    self,
                    "lead",
                    lead,
                    "the lead unit (đơn vị chủ trì) is not empty; leave it out for a task "
                    "that names none",
                )
            if leads:
                raise v.fail(
                    self, "lead", lead, "give the lead units once: leads=(...) or lead=..."
                )
            leads = (lead,)
        self.__attrs_init__(
            description=description,
            id=id,
            leads=leads,
            partners=partners,
            deadline=deadline,
            period=period,
            recurrence=recurrence,
            timing=timing,
            output=output,
            target=target,
            budget=budget,
            budget_source=budget_source,
        )

    def __attrs_post_init__(self) -> None:
        for name in ("leads", "partners"):
            for index, unit in enumerate(getattr(self, name)):
                if not unit.strip():
                    raise v.fail(self, f"{name}[{index}]", unit, "a unit's name is not empty")

    @property
    def lead(self) -> str | None:
        """The first lead unit (đơn vị chủ trì), ``None`` when none is named."""
        return self.leads[0] if self.leads else None

    @property
    def when(self) -> str:
        """The time as a clerk writes it: "Trước ngày 15/12/2025; Quý II năm 2025; hằng quý".

        The deadline, the period, the recurrences, then the words of ``timing``, joined by
        "; " (a recurrence the words already say is not repeated).
        """
        parts = []
        if self.deadline is not None:
            parts.append(f"Trước ngày {format_date(self.deadline, 'short')}")
        if self.period is not None:
            parts.append(str(self.period))
        said = Recurrence.find_in(self.timing or "")
        parts += [r.value for r in self.recurrence if r not in said]
        if self.timing:
            parts.append(self.timing)
        text = "; ".join(parts)
        return text[:1].upper() + text[1:]

    @property
    def recurrences(self) -> tuple[Recurrence, ...]:
        """The recurrences given and those the ``timing`` words state ("Hằng quý")."""
        return tuple(dict.fromkeys((*self.recurrence, *Recurrence.find_in(self.timing or ""))))

    def status_on(self, day: dt.date, *, done: bool = False) -> TaskStatus:
        """Where the task stands on ``day``: overdue once its deadline or period has passed;
        a continuous task, or one that only recurs, is always in progress."""
        if done:
            return TaskStatus.DONE
        recurrences = self.recurrences
        if Recurrence.CONTINUOUS in recurrences or (
            recurrences and self.deadline is None and self.period is None
        ):
            return TaskStatus.IN_PROGRESS
        end = self.deadline or (self.period.end_date if self.period is not None else None)
        start = self.period.start_date if self.period is not None else None
        if end is not None and day > end:
            return TaskStatus.OVERDUE
        if start is not None and day < start:
            return TaskStatus.NOT_STARTED
        return TaskStatus.IN_PROGRESS

    def falls_in(self, period: ReportingPeriod) -> bool:
        """Whether the task is due, runs or recurs within ``period``.

        A recurring task recurs in a period that holds one of its ends: every month for
        monthly, continuous and ad-hoc tasks; a quarter's, a half-year's or the year's last
        day for quarterly, half-yearly and yearly ones. A task with no time at all falls in
        every period.
        """
        recurrences = self.recurrences
        if any(_recurs_in(kind, period) for kind in recurrences):
            return True
        if recurrences and self.deadline is None and self.period is None:
            return False
        if self.deadline is not None and period.start_date <= self.deadline <= period.end_date:
            return True
        if self.period is not None:
            return (
                self.period.start_date <= period.end_date
                and period.start_date <= self.period.end_date
            )
        return self.deadline is None


def _recurs_in(kind: Recurrence, period: ReportingPeriod) -> bool:
    if kind in (Recurrence.MONTHLY, Recurrence.CONTINUOUS, Recurrence.AD_HOC):
        return True
    months = {
        Recurrence.QUARTERLY: (3, 6, 9, 12),
        Recurrence.HALF_YEARLY: (6, 12),
        Recurrence.YEARLY: (12,),
    }[kind]
    start, end = period.start_date, period.end_date
    for year in range(start.year, end.year + 1):
        for month in months:
            last = (
                dt.date(year, 12, 31)
                if month == 12
                else dt.date(year, month + 1, 1) - dt.timedelta(days=1)
            )
            if start <= last <= end:
                return True
    return False


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
