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
import warnings

import attrs

from danvan.cycle.names import sentence_name, unit_key
from danvan.errors import InvalidValueError, ParseError
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

__all__ = [
    "PLACEHOLDER",
    "DraftWarning",
    "next_draft",
    "next_reporting_period",
    "report_skeleton",
]


class DraftWarning(UserWarning):
    """A draft was made, but something in its source needs a look (a plan with no task found)."""


PLACEHOLDER = "[Kết quả thực hiện: nêu cụ thể kết quả, số liệu, tồn tại.]"
"""The paragraph a clerk replaces with the results of a task."""
RESULTS_TITLE = "KẾT QUẢ THỰC HIỆN"
NEXT_TITLE = "PHƯƠNG HƯỚNG, NHIỆM VỤ {period}"
# The period a plan's subject ends with ("… năm 2026", "… giai đoạn 2026-2030"): the
# report's subject names its own period instead.
_PLAN_PERIOD = re.compile(
    r"\s*(?:(?:[69] tháng (?:đầu|cuối) )?năm \d{4}|giai đoạn \d{4}\s?-\s?\d{4})\s*$", re.I
)
# A period as a subject or a closing sentence writes it (longest forms first, so "6 tháng
# đầu năm 2025" is one period, not "năm 2025").
_PERIOD_IN_TEXT = re.compile(
    r"(?<!\w)(?:tháng\s+[0-9]{1,2}\s+năm\s+[0-9]{4}|quý\s+(?:[IVX]+|[1-4])\s+năm\s+[0-9]{4}"
    r"|0?[69]\s+tháng\s+(?:đầu|cuối)\s+năm\s+[0-9]{4}|năm\s+[0-9]{4}"
    r"|giai\s+đoạn\s+[0-9]{4}\s?[-–]\s?[0-9]{4})(?!\w)",
    re.IGNORECASE,
)
# The closing mark of a document ("./."), which the last task of a plan may carry.
_CLOSING_MARK = re.compile(r"\s*\.\s*/\s*\.\s*$")
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


def _task_text(task: Task) -> str:
    """The task's description without the plan's closing mark ("… Kế hoạch này./.")."""
    return _CLOSING_MARK.sub(".", task.description)


def _task_section(task: Task, day: dt.date) -> Section:
    text = _task_text(task)
    title = text if len(text) <= 160 else text[:157] + "…"
    return Section(
        title=title,
        blocks=(_status_line(task, day), Paragraph.of(PLACEHOLDER)),
    )


def _next_items(tasks: tuple[Task, ...], period: ReportingPeriod) -> tuple[Block, ...]:
    items = [_task_text(t) for t in tasks if t.falls_in(period)]
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
    name = sentence_name(issuer.name, plan)
    return f"Kế hoạch{number}{when} của {name} về {subject[:1].lower()}{subject[1:]}"


def _check_period_against_plan(plan: Plan, period: ReportingPeriod, plan_date: PlaceDate) -> None:
    """Refuse a period that ends before the plan was issued, or before the plan's own period
    starts: no report answers a plan for a time before it ("năm 2019" for a 2026 plan)."""
    day = plan_date.date
    issued: dt.date | None = day if isinstance(day, dt.date) else None
    year = day.year if isinstance(day, dt.date) else getattr(day, "year", None)
    if issued is not None and period.end_date < issued:
        rule = f"a period that ends on or after the plan's date ({format_date(issued, 'short')})"
    elif issued is None and isinstance(year, int) and period.end_date.year < year:
        rule = f"a period that ends in or after the plan's year ({year})"
    elif plan.period is not None and period.end_date < plan.period.start_date:
        rule = f"a period that ends on or after the start of the plan's own period ({plan.period})"
    else:
        return
    raise InvalidValueError(
        "report_skeleton.period",
        str(period),
        f"{rule}: a report answers a plan (kế hoạch) for a time the plan covers",
    )


def _report_subject(plan_subject: str, period: ReportingPeriod) -> str:
    """ "Kết quả thực hiện <the plan's subject without its period> <period>", without a
    doubled word when the plan's subject itself starts "Thực hiện …" or "Kết quả …"."""
    tail = _PLAN_PERIOD.sub("", plan_subject).strip()
    tail = tail[:1].lower() + tail[1:]
    folded = tail.casefold()
    if folded.startswith("kết quả "):
        return f"{tail[:1].upper()}{tail[1:]} {period}"
    if folded.startswith("thực hiện "):
        return f"Kết quả {tail} {period}"
    return f"Kết quả thực hiện {tail} {period}"


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

    The plan's issuer is addressed and cited as a sentence writes its name: a name read in
    the header's capitals ("SỞ HÒA GIẢI CỘNG ĐỒNG") takes the spelling of the plan's own
    text ("Sở Hòa giải Cộng đồng ban hành …"), else :func:`~danvan.cycle.names.agency_case`.
    A period that ends before the plan's date (or its own period) is refused; a plan in
    which no task is found gives a :class:`DraftWarning` and a placeholder.
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
    _check_period_against_plan(plan, period, plan_place_date)
    day = on or period.end_date
    tasks = plan.tasks
    due = tuple(t for t in tasks if t.falls_in(period))
    following = next_reporting_period(period)
    if not tasks:
        warnings.warn(
            DraftWarning(
                f"no task (nhiệm vụ) found in the plan {plan.number or plan_subject!s}: the "
                "draft's results part is a placeholder; tasks are read from task tables and "
                "from the parts titled 'NHIỆM VỤ …', 'GIẢI PHÁP', 'TỔ CHỨC THỰC HIỆN' or "
                "'PHÂN CÔNG' (see plan.tasks)"
            ),
            stacklevel=2,
        )
        empty = "[Không tìm thấy nhiệm vụ trong kế hoạch: nêu kết quả thực hiện.]"
    else:
        empty = "[Kế hoạch không có nhiệm vụ trong kỳ này.]"
    results = Section(
        title=RESULTS_TITLE,
        blocks=tuple(_task_section(t, day) for t in due) or (Paragraph.of(empty),),
    )
    upcoming = Section(
        title=NEXT_TITLE.format(period=_upper_period(following)),
        blocks=_next_items(tasks, following),
    )
    plan_issuer_name = sentence_name(plan_issuer.name, plan)
    return Report(
        issuer=issuer,
        number=_blank_number(issuer),
        place_date=PlaceDate(
            place=place or plan_place_date.place, date=PartialDate(year=period.end_date.year)
        ),
        period=period,
        subject=_report_subject(plan_subject, period),
        status=DocumentStatus.DRAFT,
        # the plan's issuer as a sentence writes it, never in the header's capitals
        addressees=(plan_issuer_name,)
        if unit_key(plan_issuer.name) != unit_key(issuer.name)
        else (),
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


def _written_like(found: str, period: ReportingPeriod) -> str:
    """``period`` written with the case of the first letter of the words it replaces
    ("quý I" stays lower case, "Quý I" upper; "6 tháng …" as the period writes itself)."""
    text = str(period)
    if not found[:1].isalpha():
        return text
    return text[:1].upper() + text[1:] if found[:1].isupper() else text[:1].lower() + text[1:]


def _advance_periods(text: str, old: ReportingPeriod, new: ReportingPeriod) -> tuple[str, bool]:
    """Every period ``text`` names, moved on as the report's period moves from ``old`` to
    ``new``: the report's own period becomes ``new``, and the next period it names ("…
    và phương hướng, nhiệm vụ năm 2026") becomes the one after ``new``. Other periods stay.
    Returns the text and whether the report's own period was found."""
    moves = {
        old: new,
        next_reporting_period(old): next_reporting_period(new),
        old.next(): new.next(),
    }
    found_own = False

    def move(match: re.Match[str]) -> str:
        nonlocal found_own
        written = match.group()
        try:
            period = ReportingPeriod.parse(written)
        except ParseError:
            return written
        if period == old:
            found_own = True
        moved = moves.get(period)
        return written if moved is None else _written_like(written, moved)

    return _PERIOD_IN_TEXT.sub(move, text), found_own


def _rewrite_period(subject: str, old: ReportingPeriod, new: ReportingPeriod) -> str:
    text, found = _advance_periods(subject, old, new)
    return text if found else f"{subject} {new}"


def _rewrite_closing(
    closing: tuple[Paragraph, ...], old: ReportingPeriod, new: ReportingPeriod
) -> tuple[Paragraph, ...]:
    """The closing ("Trên đây là báo cáo … năm 2025 …") with its periods moved on."""
    out = []
    for paragraph in closing:
        text, _ = _advance_periods(paragraph.text, old, new)
        out.append(paragraph if text == paragraph.text else Paragraph.of(text))
    return tuple(out)


def next_draft(report: Report) -> Report:
    """The next period's draft (dự thảo kỳ sau) from ``report``.

    Same issuer, addressees, bases and recipients; the period advanced
    (:func:`next_reporting_period`); number and date blank; the periods of the subject and
    of the closing rewritten (the report's own period and the next one it names: "năm 2025
    và phương hướng, nhiệm vụ năm 2026" → "năm 2026 và phương hướng, nhiệm vụ năm 2027");
    the previous "phương hướng, nhiệm vụ" items become the parts to report on, each with a
    placeholder for its results.
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
        closing=_rewrite_closing(report.closing, report.period, period),
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
