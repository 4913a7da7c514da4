"""The tasks a plan really has (nhiệm vụ của kế hoạch): in task tables and in prose.

Real plans state most tasks in their body — a section or a bullet under "NHIỆM VỤ …" or
"TỔ CHỨC THỰC HIỆN" — with the lead units ("… chủ trì"), partners ("phối hợp với …"),
the time ("trước ngày 15/12/2025", "Quý II năm 2025", "định kỳ 6 tháng, một năm",
"thường xuyên"), a target ("01-02 mô hình") and a budget ("kinh phí … đồng, từ nguồn …").
:func:`tasks_of` finds them all, in order, each with a stable id from its place
("III.2.b", "III.2.b-3" for the third bullet) unless the table gives one.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterator

import attrs

from danvan.errors import DanvanError
from danvan.model import (
    BulletList,
    Money,
    Paragraph,
    Plan,
    ReportingPeriod,
    Section,
    Task,
    TaskTable,
)
from danvan.model.blocks import Block
from danvan.vn.numbering import roman, vietnamese_letter
from danvan.vn.text import normalize_text

__all__ = ["Recurrence", "TaskStatus", "TrackedTask", "tasks_of"]


class Recurrence(enum.Enum):
    """How often a task comes back (định kỳ)."""

    MONTHLY = "hằng tháng"
    QUARTERLY = "hằng quý"
    HALF_YEARLY = "6 tháng"
    YEARLY = "hằng năm"
    AD_HOC = "đột xuất"
    CONTINUOUS = "thường xuyên"


class TaskStatus(enum.Enum):
    """Where a task stands on a day (tình trạng thực hiện)."""

    DONE = "đã hoàn thành"
    IN_PROGRESS = "đang thực hiện"
    NOT_STARTED = "chưa đến hạn"
    OVERDUE = "quá hạn"


@attrs.frozen(kw_only=True)
class TrackedTask:
    """One task of a plan with what it takes to follow it across reports.

    ``leads`` (đơn vị chủ trì) may be several; ``deadline``, ``period`` and ``recurrence``
    may all be given together, as real plans combine them. ``target`` keeps the quantity
    as written ("01-02 mô hình"); ``budget`` the money and ``budget_source`` its source.
    """

    id: str
    description: str
    leads: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    deadline: dt.date | None = None
    period: ReportingPeriod | None = None
    recurrence: tuple[Recurrence, ...] = ()
    output: str | None = None
    target: str | None = None
    budget: Money | None = None
    budget_source: str | None = None
    part: str = ""

    @property
    def when(self) -> str:
        """The time as a clerk writes it: "Trước ngày 15/12/2025; hằng quý"."""
        parts = []
        if self.deadline is not None:
            parts.append(
                f"Trước ngày {self.deadline.day:02d}/{self.deadline.month:02d}/{self.deadline.year}"
            )
        if self.period is not None:
            text = str(self.period)
            parts.append(text[:1].upper() + text[1:])
        parts += [r.value for r in self.recurrence]
        return "; ".join(parts)

    def status_on(self, day: dt.date, *, done: bool = False) -> TaskStatus:
        """Where the task stands on ``day``: overdue once its deadline or period has passed."""
        if done:
            return TaskStatus.DONE
        if Recurrence.CONTINUOUS in self.recurrence or (
            self.recurrence and self.deadline is None and self.period is None
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
        day for quarterly, half-yearly and yearly ones.
        """
        if any(_recurs_in(kind, period) for kind in self.recurrence):
            return True
        if self.recurrence and self.deadline is None and self.period is None:
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


# -- reading the prose -----------------------------------------------------------------------

_TASK_SECTION = re.compile(r"nhiệm vụ|giải pháp|tổ chức thực hiện|phân công", re.IGNORECASE)
_LEAD = re.compile(
    r"(?:giao\s+)?(?P<who>[^.;:()]{3,120}?)\s+(?:là đơn vị\s+)?chủ trì\b", re.IGNORECASE
)
_LEAD_LABEL = re.compile(r"(?:đơn vị\s+)?chủ trì\s*:\s*(?P<who>[^.;\n]{2,200})", re.IGNORECASE)
_PARTNERS = re.compile(
    r"(?:đơn vị\s+)?phối hợp(?:\s+với)?\s*:?\s*(?P<who>[^.;\n()]{2,200})", re.IGNORECASE
)
_DEADLINE = re.compile(
    r"(?:trước|chậm nhất|hoàn thành trước)\s+ngày\s+(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>\d{4})",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"(?:[69] tháng (?:đầu|cuối) năm \d{4}|[Qq]uý [IV]{1,3} năm \d{4}|tháng \d{1,2} năm \d{4})"
)
_TARGET = re.compile(
    r"(?P<q>(?:ít nhất|tối thiểu|từ)?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s+"
    r"(?:mô hình|hội nghị|lớp|cuộc|buổi|đợt|văn bản|tin, bài|tin bài|bài|điển hình|đơn vị))",
    re.IGNORECASE,
)
_BUDGET = re.compile(
    r"kinh phí[^0-9]{0,40}?(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)\s*(?:đồng|đ)\b"
    r"(?:[^.;]*?(?:từ\s+)?nguồn\s+(?P<source>[^.;\n]{2,120}))?",
    re.IGNORECASE,
)
_RECURRENCES: tuple[tuple[re.Pattern[str], Recurrence], ...] = (
    (re.compile(r"h[ằà]ng tháng|định kỳ tháng", re.IGNORECASE), Recurrence.MONTHLY),
    (re.compile(r"h[ằà]ng quý|định kỳ quý", re.IGNORECASE), Recurrence.QUARTERLY),
    (
        re.compile(r"định kỳ 6 tháng|6 tháng một lần|hằng 6 tháng", re.IGNORECASE),
        Recurrence.HALF_YEARLY,
    ),
    (re.compile(r"h[ằà]ng năm|một năm|định kỳ năm|năm một lần", re.IGNORECASE), Recurrence.YEARLY),
    (re.compile(r"đột xuất", re.IGNORECASE), Recurrence.AD_HOC),
    (re.compile(r"thường xuyên", re.IGNORECASE), Recurrence.CONTINUOUS),
)
_SPLIT = re.compile(r"\s*(?:,|;|\bvà\b)\s*")
# Where a list of units ends: the task's verb, written in lower case ("… Trung tâm Chuyển
# đổi số tổ chức 01 hội nghị"); a unit's own name capitalises it ("Phòng Tổ chức cán bộ").
_VERB = re.compile(
    r"\s(?:tổ chức|thực hiện|triển khai|xây dựng|rà soát|tham mưu|hướng dẫn|kiểm tra|"
    r"tuyên truyền|tổng hợp|theo dõi|đôn đốc|báo cáo|chỉ đạo|tiếp|hoàn thành|đề xuất|"
    r"ban hành|nghiên cứu|sơ kết|tổng kết|quán triệt|cung cấp|giải quyết|duy trì|phát động|"
    r"lựa chọn|biên soạn|đăng|cập nhật)\b"
)


def _units(text: str) -> tuple[str, ...]:
    names = []
    verb = _VERB.search(text)
    if verb is not None:
        text = text[: verb.start()]
    for piece in _SPLIT.split(text.strip()):
        name = piece.strip(" -–:")
        name = re.sub(r"^(?:các|với)\s+", "", name, flags=re.IGNORECASE)
        if len(name) >= 2 and name.casefold() not in {"các đơn vị", "đơn vị liên quan"}:
            names.append(name[:1].upper() + name[1:])
    return tuple(dict.fromkeys(names))


def _recurrences(text: str) -> tuple[Recurrence, ...]:
    found = [kind for pattern, kind in _RECURRENCES if pattern.search(text)]
    if Recurrence.HALF_YEARLY in found and not re.search(r"định kỳ|hằng|một lần", text, re.I):
        found.remove(Recurrence.HALF_YEARLY)  # "6 tháng đầu năm 2025" is a period, not a recurrence
    if (
        Recurrence.YEARLY in found
        and Recurrence.HALF_YEARLY not in found
        and not re.search(r"h[ằà]ng năm|định kỳ", text, re.I)
    ):
        found.remove(Recurrence.YEARLY)
    return tuple(found)


def read_task(description: str, *, id: str, part: str) -> TrackedTask:
    """A task from one paragraph of prose: its leads, partners, time, target and budget."""
    text = normalize_text(description)
    leads: tuple[str, ...] = ()
    if (label := _LEAD_LABEL.search(text)) is not None:
        leads = _units(label["who"])
    elif (lead := _LEAD.search(text)) is not None:
        leads = _units(re.split(r"[,;:]\s*(?=giao\b)|^.*\bgiao\s+", lead["who"])[-1])
    partners = _units(m["who"]) if (m := _PARTNERS.search(text)) else ()
    deadline = None
    if (d := _DEADLINE.search(text)) is not None:
        try:
            deadline = dt.date(int(d["y"]), int(d["m"]), int(d["d"]))
        except ValueError:
            deadline = None
    period = None
    if (p := _PERIOD.search(text)) is not None:
        try:
            period = ReportingPeriod.parse(p.group())
        except DanvanError:
            period = None
    target = t["q"].strip() if (t := _TARGET.search(text)) else None
    budget = budget_source = None
    if (b := _BUDGET.search(text)) is not None:
        budget = Money(amount=int(b["amount"].replace(".", "")))
        budget_source = b["source"].strip() if b["source"] else None
    return TrackedTask(
        id=id,
        description=text,
        leads=leads,
        partners=partners,
        deadline=deadline,
        period=period,
        recurrence=_recurrences(text),
        target=target,
        budget=budget,
        budget_source=budget_source,
        part=part,
    )


def _from_table(task: Task, id: str, part: str) -> TrackedTask:
    recurrence = _recurrences(task.timing or "")
    return TrackedTask(
        id=id,
        description=task.description,
        leads=(task.lead,),
        partners=task.partners,
        deadline=task.deadline,
        period=task.period,
        recurrence=recurrence,
        output=task.output,
        part=part,
    )


def _label(section: Section, depth: int, position: int) -> str:
    if section.number:
        return section.number.rstrip(".)-")
    if depth == 0:
        return roman(position)
    if depth == 1:
        return str(position)
    return vietnamese_letter(position) if position <= 23 else str(position)


def _walk(
    blocks: tuple[Block, ...], prefix: str, depth: int, in_tasks: bool
) -> Iterator[TrackedTask]:
    position = 0
    bullet_count = 0
    table_count = 0
    for block in blocks:
        if isinstance(block, Section):
            position += 1
            label = _label(block, depth, position)
            path = f"{prefix}.{label}" if prefix else label
            here = in_tasks or bool(block.title and _TASK_SECTION.search(block.title))
            inner = [b for b in block.blocks if isinstance(b, (Section, BulletList, TaskTable))]
            if here and not in_tasks and not inner:  # a task section of plain paragraphs
                paragraphs = [b for b in block.blocks if isinstance(b, Paragraph)]
                for count, paragraph in enumerate(paragraphs, 1):
                    yield read_task(paragraph.text, id=f"{path}-{count}", part=path)
                continue
            if here and in_tasks and not inner and block.title:
                body = " ".join(b.text for b in block.blocks if isinstance(b, Paragraph))
                text = f"{block.title.rstrip(' .:;')}. {body}" if body else block.title
                yield read_task(text, id=path, part=path)
            elif here and in_tasks and not inner:
                text = " ".join(b.text for b in block.blocks if isinstance(b, Paragraph))
                if text:
                    yield read_task(text, id=path, part=path)
            yield from _walk(block.blocks, path, depth + 1, here)
        elif isinstance(block, BulletList) and in_tasks:
            for item in block.items:
                bullet_count += 1
                item_id = f"{prefix}-{bullet_count}" if prefix else str(bullet_count)
                yield read_task(item.content.text, id=item_id, part=prefix)
        elif isinstance(block, TaskTable):
            table_count += 1
            for index, task in enumerate(block.tasks, 1):
                base = f"{prefix}." if prefix else ""
                yield _from_table(task, f"{base}T{table_count}.{index}", prefix)


def tasks_of(plan: Plan) -> tuple[TrackedTask, ...]:
    """Every task of ``plan``, in order: task tables anywhere, and prose under task sections."""
    found = list(_walk(plan.body, "", 0, False))
    for index, appendix in enumerate(plan.appendices):
        found += _walk(appendix.blocks, f"PL{index + 1}", 1, False)
    return tuple(found)
