"""Period rules (kỳ báo cáo): the period in the subject against the report's, the date against
the period, a plan's tasks against the plan's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.errors import DanvanError
from danvan.model import Plan, Report, ReportingPeriod

# Longest forms first, so "6 tháng đầu năm 2024" is not read as "năm 2024". Each space is
# matched once (no nested optional whitespace), so the scan is linear.
_PERIOD = re.compile(
    r"(?:[69] tháng (?:đầu|cuối) năm \d{4}"
    r"|[Qq]uý [IV]{1,3} năm \d{4}"
    r"|tháng \d{1,2} năm \d{4}"
    r"|giai đoạn \d{4} ?- ?\d{4}"
    r"|năm \d{4})",
    re.IGNORECASE,
)


def periods_in(text: str) -> list[ReportingPeriod]:
    """Every reporting period named in ``text``, in order (unreadable mentions skipped)."""
    found: list[ReportingPeriod] = []
    for match in _PERIOD.finditer(text):
        try:
            found.append(ReportingPeriod.parse(match.group()))
        except DanvanError:
            continue
    return found


@implements("P401")
def subject_period(ctx: Context) -> Iterator[Hit]:
    """The period named in the subject (trích yếu) disagrees with the report's period."""
    document = ctx.document
    if not isinstance(document, Report) or document.period is None:
        return
    named = periods_in(document.subject or "")
    if not named or document.period in named:
        return
    yield Hit(
        message=(
            f"the subject (trích yếu) names {str(named[0])!r} but the report covers "
            f"{str(document.period)!r}"
        ),
        part="header.subject",
        expected=str(document.period),
        found=str(named[0]),
    )


@implements("P402")
def dated_before_period(ctx: Context) -> Iterator[Hit]:
    """A report dated before its period has begun."""
    document = ctx.document
    day = document.place_date.date if document.place_date is not None else None
    if not isinstance(document, Report) or document.period is None or not isinstance(day, dt.date):
        return
    if day < document.period.start_date:
        yield Hit(
            message=(
                f"the report is dated {day.isoformat()}, before its period "
                f"{str(document.period)!r} begins ({document.period.start_date.isoformat()})"
            ),
            part="header.place_date",
            expected=f"a date on or after {document.period.start_date.isoformat()}",
            found=day.isoformat(),
        )


_NEXT_SECTION = re.compile(
    r"phương hướng|nhiệm vụ[^.]*(?:tiếp theo|thời gian tới|kỳ tới|năm tới|trọng tâm)|kế hoạch[^.]*tới",
    re.IGNORECASE,
)


@implements("P403")
def next_period_mismatch(ctx: Context) -> Iterator[Hit]:
    """The "phương hướng, nhiệm vụ" section names a period that is not after the report's."""
    document = ctx.document
    if not isinstance(document, Report) or document.period is None:
        return
    for at in ctx.sections():
        title = at.section.title
        if at.depth != 0 or not title or not _NEXT_SECTION.search(title):
            continue
        for named in periods_in(title):
            if named.start_date <= document.period.end_date:
                yield Hit(
                    message=(
                        f"the section {title!r} names {str(named)!r}, which does not come after "
                        f"the report's period {str(document.period)!r}"
                    ),
                    part=at.part,
                    expected=f"a period after {document.period.end_date.isoformat()}",
                    found=str(named),
                )


@implements("P404")
def task_due_before_plan(ctx: Context) -> Iterator[Hit]:
    """A task of a plan (:attr:`Plan.tasks`) due before the plan's own date."""
    document = ctx.document
    day = document.place_date.date if document.place_date is not None else None
    if not isinstance(document, Plan) or not isinstance(day, dt.date):
        return
    sections = {at.part for at in ctx.sections()}
    for task in document.tasks:
        end = task.deadline or (task.period.end_date if task.period is not None else None)
        if end is None or end >= day:
            continue
        due = "deadline" if task.deadline is not None else f"period {str(task.period)!r} ending"
        section = _section_of(task.id or "")
        yield Hit(
            message=(
                f"task {task.id} ({_short(task.description)}) is due before the plan's date "
                f"{day.isoformat()}: its {due} {end.isoformat()}"
            ),
            part=section if section in sections else None,
            expected=f"a deadline on or after {day.isoformat()}",
            found=end.isoformat(),
        )


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def _section_of(task_id: str) -> str:
    """The section path in a task's id: "II.1-3" → "II.1", "I.T1.2" → "I"."""
    parts = []
    for piece in task_id.split("-", 1)[0].split("."):
        if re.fullmatch(r"T\d+", piece):
            break
        parts.append(piece)
    return ".".join(parts)
