"""From plan to report, and from one report to the next (dự thảo báo cáo).

:func:`report_skeleton` drafts the report that answers a plan for a period: one part per
task (its lead and time, its status on the report's date, a placeholder for the results),
its bases citing the plan, and the tasks of the following period. :func:`next_draft`
drafts the next period's report from the last one: the same issuer and addressees, the
period advanced as the reporting calendar goes, number and date left blank, the subject's
period rewritten, and the previous "phương hướng, nhiệm vụ" becoming what to report on.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from danvan.errors import InvalidValueError
from danvan.model import (
    Agency,
    BulletList,
    DocumentNumber,
    DocumentStatus,
    Emphasis,
    EmphasisKind,
    Paragraph,
    PartialDate,
    PeriodKind,
    PlaceDate,
    Plan,
    Report,
    ReportingPeriod,
    Section,
    Task,
)
from danvan.model.blocks import Block
from danvan.vn.dates import format_date

__all__ = ["PLACEHOLDER", "next_draft", "next_reporting_period", "report_skeleton"]

PLACEHOLDER = "[Kết quả thực hiện: nêu cụ thể kết quả, số liệu, tồn tại.]"
"""The paragraph a clerk replaces with the results of a task."""
RESULTS_TITLE = "KẾT QUẢ THỰC HIỆN"
NEXT_TITLE = "PHƯƠNG HƯỚNG, NHIỆM VỤ {period}"
# The period a plan's subject ends with ("… năm 2026", "… giai đoạn 2026-2030"): the
# report's subject names its own period instead.
_PLAN_PERIOD = re.compile(
    r"\s*(?:(?:[69] tháng (?:đầu|cuối) )?năm \d{4}|giai đoạn \d{4}\s?-\s?\d{4})\s*$", re.I
)
_NEXT_SECTION = re.compile(
    r"phương hướng|nhiệm vụ.*(?:tiếp theo|thời gian tới|kỳ tới|tới)|kế hoạch.*tới", re.I
)


def next_reporting_period(period: ReportingPeriod) -> ReportingPeriod:
    """The next report's period as the reporting calendar goes.

    Month → next month; quarter → next quarter; 6 months → 9 months → year → the next
    year's first 6 months; a year alone → the next year; spans and ranges follow
    :meth:`ReportingPeriod.next`.
    """
    kind = period.kind
    if kind is PeriodKind.FIRST_HALF:
        return ReportingPeriod.nine_months(period.start_date.year)
    if kind is PeriodKind.NINE_MONTHS:
        return ReportingPeriod.of_year(period.start_date.year)
    return period.next()


def _upper_period(period: ReportingPeriod) -> str:
    return str(period).upper().replace("QUÝ", "QUÝ")


def _status_line(task: Task, day: dt.date) -> Paragraph:
    status = task.status_on(day)
    parts = [f"Nhiệm vụ {task.id}"] if task.id else []
    if task.leads:
        parts.append(f"đơn vị chủ trì: {', '.join(task.leads)}")
    if task.partners:
        parts.append(f"phối hợp: {', '.join(task.partners)}")
    if task.when:
        parts.append(f"thời gian: {task.when}")
    if task.target is not None:
        parts.append(f"chỉ tiêu: {task.target}")
    parts.append(f"tình trạng: {status.value} (tính đến ngày {format_date(day, 'short')})")
    text = "; ".join(parts)
    return Paragraph.of(Emphasis(text=text[:1].upper() + text[1:] + ".", kind=EmphasisKind.ITALIC))


def _task_section(task: Task, day: dt.date) -> Section:
    title = task.description if len(task.description) <= 160 else task.description[:157] + "…"
    return Section(
        title=title,
        blocks=(_status_line(task, day), Paragraph.of(PLACEHOLDER)),
    )


def _next_items(tasks: tuple[Task, ...], period: ReportingPeriod) -> tuple[Block, ...]:
    items = [t.description for t in tasks if t.falls_in(period)]
    if not items:
        return (Paragraph.of("[Nêu nhiệm vụ trọng tâm kỳ tới.]"),)
    return (BulletList.of(*items),)


def _header(document: Plan | Report, where: str) -> tuple[Agency, PlaceDate, str]:
    """The issuer, place and date and subject of ``document``; a document as read that lacks
    one (``DocumentStatus.AS_READ``) is refused by name."""
    issuer, place_date, subject = document.issuer, document.place_date, document.subject
    for name, value in (("issuer", issuer), ("place_date", place_date), ("subject", subject)):
        if value is None:
            raise InvalidValueError(
                f"{where}.{name}",
                None,
                "a document with its issuer, place and date and subject (this one was read "
                "without it: fill it in with attrs.evolve first)",
            )
    assert issuer is not None
    assert place_date is not None
    assert subject is not None
    return issuer, place_date, subject


def _plan_reference(plan: Plan) -> str:
    issuer, place_date, subject = _header(plan, "report_skeleton.plan")
    number = f" số {plan.number}" if plan.number is not None else ""
    day = place_date.date
    when = f" ngày {format_date(day, 'short')}" if isinstance(day, dt.date) else ""
    return f"Kế hoạch{number}{when} của {issuer.name} về {subject[:1].lower()}{subject[1:]}"


def report_skeleton(
    plan: Plan,
    period: ReportingPeriod,
    *,
    issuer: Agency,
    place: str | None = None,
    on: dt.date | None = None,
) -> Report:
    """A draft report (dự thảo báo cáo) answering ``plan`` for ``period``.

    One part per task of the plan that falls in the period, with its lead, time and status
    as of ``on`` (default: the period's last day), a placeholder for the results; bases
    citing the plan; the tasks of the following period. Number and day are left blank.
    """
    if not isinstance(plan, Plan):
        raise InvalidValueError("report_skeleton.plan", plan, "a Plan (kế hoạch)")
    if not isinstance(period, ReportingPeriod):
        raise InvalidValueError(
            "report_skeleton.period",
            period,
            "a ReportingPeriod (ReportingPeriod.parse('quý I năm 2025'))",
        )
    if not isinstance(issuer, Agency):
        raise InvalidValueError("report_skeleton.issuer", issuer, "an Agency (cơ quan báo cáo)")
    plan_issuer, plan_place_date, plan_subject = _header(plan, "report_skeleton.plan")
    day = on or period.end_date
    tasks = plan.tasks
    due = tuple(t for t in tasks if t.falls_in(period))
    following = next_reporting_period(period)
    results = Section(
        title=RESULTS_TITLE,
        blocks=tuple(_task_section(t, day) for t in due)
        or (Paragraph.of("[Kế hoạch không có nhiệm vụ trong kỳ này.]"),),
    )
    upcoming = Section(
        title=NEXT_TITLE.format(period=_upper_period(following)),
        blocks=_next_items(tasks, following),
    )
    subject_tail = _PLAN_PERIOD.sub("", plan_subject).strip()
    subject_tail = subject_tail[:1].lower() + subject_tail[1:]
    return Report(
        issuer=issuer,
        number=_blank_number(issuer),
        place_date=PlaceDate(
            place=place or plan_place_date.place, date=PartialDate(year=period.end_date.year)
        ),
        period=period,
        subject=f"Kết quả thực hiện {subject_tail} {period}",
        status=DocumentStatus.DRAFT,
        addressees=(plan_issuer.name,) if plan_issuer.name != issuer.name else (),
        bases=(Paragraph.of(f"Thực hiện {_plan_reference(plan)}."),),
        body=(results, upcoming),
    )


def _blank_number(issuer: Agency) -> DocumentNumber | None:
    """ "Số:      /BC-SDLS": the symbol of the issuer, the number left for the clerk."""
    if not issuer.abbreviation:
        return None
    try:
        return DocumentNumber.parse(f"/BC-{issuer.abbreviation}")
    except InvalidValueError:
        return None


def _rewrite_period(subject: str, old: ReportingPeriod, new: ReportingPeriod) -> str:
    written = str(old)
    index = subject.casefold().find(written.casefold())
    if index < 0:
        return f"{subject} {new}"
    return subject[:index] + str(new) + subject[index + len(written) :]


def next_draft(report: Report) -> Report:
    """The next period's draft (dự thảo kỳ sau) from ``report``.

    Same issuer, addressees, bases and recipients; the period advanced
    (:func:`next_reporting_period`); number and date blank; the subject's period
    rewritten; the previous "phương hướng, nhiệm vụ" items become the parts to report on,
    each with a placeholder for its results.
    """
    if not isinstance(report, Report):
        raise InvalidValueError("next_draft.report", report, "a Report (báo cáo)")
    if report.period is None:
        raise InvalidValueError(
            "next_draft.report.period", None, "a report with its period (kỳ báo cáo)"
        )
    _, report_place_date, report_subject = _header(report, "next_draft.report")
    period = next_reporting_period(report.period)
    following = next_reporting_period(period)
    items = _previous_next_items(report)
    results = Section(
        title=RESULTS_TITLE,
        blocks=tuple(Section(title=item, blocks=(Paragraph.of(PLACEHOLDER),)) for item in items)
        or (Paragraph.of(PLACEHOLDER),),
    )
    upcoming = Section(
        title=NEXT_TITLE.format(period=_upper_period(following)),
        blocks=(Paragraph.of("[Nêu nhiệm vụ trọng tâm kỳ tới.]"),),
    )
    number = report.number
    blank = (
        attrs.evolve(number, number=None)
        if number is not None and number.number is not None
        else number
    )
    return attrs.evolve(
        report,
        number=blank,
        status=DocumentStatus.DRAFT,
        place_date=PlaceDate(
            place=report_place_date.place, date=PartialDate(year=period.end_date.year)
        ),
        period=period,
        subject=_rewrite_period(report_subject, report.period, period),
        introduction=(),
        body=(results, upcoming),
        closing=report.closing,
        signature=attrs.evolve(report.signature, name=None)
        if report.signature is not None
        else None,
        appendices=(),
    )


def _previous_next_items(report: Report) -> list[str]:
    """The items of the report's "phương hướng, nhiệm vụ" section (bullets, sub-sections, paragraphs)."""
    for block in report.body:
        if isinstance(block, Section) and block.title and _NEXT_SECTION.search(block.title):
            return list(_items(block.blocks))
    return []


def _items(blocks: tuple[Block, ...]) -> list[str]:
    found: list[str] = []
    for block in blocks:
        if isinstance(block, BulletList):
            found += [item.content.text for item in block.items]
        elif isinstance(block, Section):
            if block.title:
                found.append(block.title)
            else:
                found += _items(block.blocks)
        elif isinstance(block, Paragraph) and block.text.strip():
            found.append(block.text)
    return found
