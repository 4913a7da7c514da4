"""Finding the tasks of a plan (tìm nhiệm vụ): in task tables and in the prose of the body.

Real plans state most tasks in their body — a section or a bullet under "NHIỆM VỤ …",
"GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN" or "PHÂN CÔNG" — with the lead units ("… chủ trì",
"Giao … chủ trì", "Đơn vị chủ trì: …"), partners ("phối hợp với …"), the time ("trước
ngày 15/12/2025", "Quý II năm 2025", "định kỳ 6 tháng, một năm", "thường xuyên"), a
target ("01-02 mô hình") and a budget ("kinh phí … đồng, từ nguồn …").
:func:`find_tasks` finds them all, in order, each with a stable id from its place:

- a section of a task part without sub-parts is one task: "II.1", "III.2.b";
- a task part made only of paragraphs: one task per paragraph, "III-1", "III-2";
- a bullet under a task part: "II.1-3" (the third bullet of II.1); a bullet nested in it:
  "II.1-3.1";
- a row of a task table, anywhere: "I.T1.2" (the second row of the first table of I);
  so is a row of a plain table whose header names a task table's columns (a bảng phân
  công read from .docx or Markdown), read by column (:func:`task_columns`);
- in the n-th appendix the same ids start with "PLn".

A task that names no lead (or no time) takes those of the section or bullet it stands
under, when that one names them ("Văn phòng Sở chủ trì các nội dung sau: …").
The prose is read with patterns of the forms above: a task phrased otherwise keeps its
description with empty fields rather than a wrong guess.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator

import attrs

from danvan.errors import DanvanError
from danvan.model.blocks import Block, BulletItem, BulletList, Paragraph, Section, Table
from danvan.model.indicators import Count, Money, Quantity, TextValue
from danvan.model.period import ReportingPeriod
from danvan.model.tasks import Recurrence, Task, TaskTable
from danvan.vn.numbering import roman, vietnamese_letter

__all__ = ["TASK_PART", "find_tasks", "read_task", "task_columns"]

TASK_PART = re.compile(r"nhiệm vụ|giải pháp|tổ chức thực hiện|phân công", re.IGNORECASE)
"""A section title that opens the tasks of a plan."""

# -- units (đơn vị) ---------------------------------------------------------------------------
# "… chủ trì": the words before it in its clause name the lead units. Found by looking
# back from each "chủ trì" (a pattern scanning forward from every position is quadratic).
_CHU_TRI = re.compile(r"\s(?:là\s+(?:đơn vị|cơ quan)\s+)?chủ trì\b", re.IGNORECASE)
_LEAD_LABEL = re.compile(
    r"(?:đơn vị|cơ quan)?\s*chủ trì\s*:\s*(?P<who>[^.;\n]{2,200})", re.IGNORECASE
)
_ASSIGNED = re.compile(r"\bgiao\s+(?:cho\s+)?(?P<who>[^.;:()\n]{2,200})", re.IGNORECASE)
_PARTNERS = re.compile(
    r"(?:phối hợp\s+(?:chặt chẽ\s+)?với|(?:đơn vị|cơ quan)\s+phối hợp\s*:|phối hợp\s*:)"
    r"\s*(?P<who>[^.;\n()]{2,200})",
    re.IGNORECASE,
)
# Where a list of units ends: the task's verb written in lower case ("… Trung tâm Chuyển
# đổi số tổ chức 01 hội nghị"), or a condition ("… khi được yêu cầu"); a unit's own name
# capitalises its words ("Phòng Tổ chức cán bộ").
_VERBS = (
    "tổ chức",
    "thực hiện",
    "triển khai",
    "xây dựng",
    "rà soát",
    "tham mưu",
    "hướng dẫn",
    "kiểm tra",
    "tuyên truyền",
    "tổng hợp",
    "theo dõi",
    "đôn đốc",
    "báo cáo",
    "chỉ đạo",
    "tiếp",
    "hoàn thành",
    "đề xuất",
    "ban hành",
    "nghiên cứu",
    "sơ kết",
    "tổng kết",
    "quán triệt",
    "cung cấp",
    "giải quyết",
    "duy trì",
    "phát động",
    "lựa chọn",
    "biên soạn",
    "đăng",
    "cập nhật",
    "phối hợp",
    "chủ trì",
    "chịu trách nhiệm",
    "nghiêm túc",
    "chủ động",
    "tiếp tục",
    "phụ trách",
)
_UNITS_END = re.compile(
    r"\s(?:"
    + "|".join(_VERBS)
    + r"|khi|nếu|để|nhằm|theo|trong|trước|từ|thời gian|định kỳ|hằng|thường xuyên|đột xuất|"
    r"kinh phí)\b"
)
# The head nouns that start a unit's name ("Văn phòng Sở", "Phòng Tổ chức cán bộ",
# "Ủy ban nhân dân các xã"); a name may also be an abbreviation in capitals ("UBND").
_UNIT_HEAD = re.compile(
    r"(?:các\s+|những\s+)?(?:văn phòng|phòng(?!,? chống| ngừa)|sở(?! hữu)|ban(?! hành)|bộ(?! máy)|cục|chi cục|"
    r"vụ(?! việc)|viện|trung tâm|ủy ban|uỷ ban|hội đồng|hội(?! nghị| thảo| viên| họp)|"
    r"đảng ủy|đảng uỷ|chi bộ|chi ủy|cấp ủy|huyện ủy|tỉnh ủy|thành ủy|đoàn(?! kết)|chi đoàn|"
    r"công đoàn|mặt trận|thanh tra(?!,| việc)|lãnh đạo(?!,| và| chỉ đạo)|giám đốc|phó giám đốc|chánh|"
    r"trưởng|phó trưởng|chủ tịch|phó chủ tịch|bí thư|tổ(?! chức)|đội(?! ngũ)|trường(?! hợp)|bệnh viện|"
    r"công an|quân sự|bộ chỉ huy|kho bạc|báo(?! cáo)|đài|cổng|tạp chí|đơn vị|cơ quan|ngành|"
    r"địa phương|doanh nghiệp|hợp tác xã|liên đoàn|liên minh|học viện|đại học|thư viện|bảo tàng|"
    r"bảo hiểm|ngân hàng|chi nhánh|(?-i:[A-ZĐ]{2,}))(?!\w)",
    re.IGNORECASE,
)
# A sentence that starts with the units who do it: "Văn phòng Sở theo dõi, tổng hợp …".
_SUBJECT = re.compile(r"(?P<who>[^.;:()\n]{2,200}?)(?=\s(?:" + "|".join(_VERBS) + r")\b)")
_SPLIT_UNITS = re.compile(r"\s*(?:,|;|\bvà\b|\bcùng\b|\bvới\b)\s*")
_SPLIT_KEEP = re.compile(r"(\s*(?:,|;|\bvà\b|\bcùng\b|\bvới\b)\s*)")
_NOT_A_UNIT = frozenset({"các đơn vị", "đơn vị liên quan", "các đơn vị liên quan", "đơn vị"})

# -- time (thời gian) -------------------------------------------------------------------------
_DATE = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>\d{4}))?"
_DEADLINE = re.compile(
    r"(?:trước|chậm nhất(?:\s+là)?|hạn chót|thời hạn\s*:?|hoàn thành trước|xong trước)"
    r"\s+(?:ngày\s+)?" + _DATE + r"(?!\s*[/.-]?\s*\d)",
    re.IGNORECASE,
)
_PERIOD = re.compile(
    r"[69] tháng (?:đầu|cuối) năm \d{4}"
    r"|quý\s+(?:[IV]{1,3}|[1-4])\s*(?:năm\s+|/\s*)\d{4}"
    r"|tháng\s+\d{1,2}\s*(?:năm\s+|/\s*)\d{4}"
    r"|(?<=trong )năm \d{4}|(?<=cả )năm \d{4}|(?<=suốt )năm \d{4}",
    re.IGNORECASE,
)
_TIME_LABEL = re.compile(
    r"(?:thời gian|thời hạn)(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(?P<when>[^.;\n]{2,120})",
    re.IGNORECASE,
)

# -- target, output, budget -------------------------------------------------------------------
# A target is a count of a countable thing ("01-02 mô hình", "ít nhất 02 hội nghị"): the
# things a plan counts are listed, as a number alone is as often a year or a date.
_TARGET = re.compile(
    r"(?<![\d/.,-])(?P<value>\d{1,4})(?:\s*[-–]\s*(?P<upper>\d{1,4}))?\s+"
    r"(?P<unit>mô hình|hội nghị|hội thảo|tọa đàm|lớp(?: tập huấn| bồi dưỡng)?|cuộc|buổi|đợt|"
    r"văn bản|tin, bài|tin bài|tin|bài viết|bài|phóng sự|chuyên đề|tài liệu|điển hình|"
    r"sáng kiến|đề tài|câu lạc bộ|công trình|phần việc|lượt người|lượt|người|hộ|đơn vị|"
    r"tập thể|cá nhân|xã|thôn)(?!\w)",
    re.IGNORECASE,
)
_OUTPUT = re.compile(r"sản phẩm(?:\s+đầu ra)?\s*:\s*(?P<what>[^;\n]{2,200}?)\s*(?:[.;]|$)", re.I)
_BUDGET = re.compile(r"kinh phí(?P<rest>(?:[^.;\n]|(?<=\d)\.(?=\d)){0,200})", re.IGNORECASE)
_AMOUNT = re.compile(
    r"(?<![\d.])(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)\s*(?P<unit>triệu đồng|tỷ đồng|đồng|VNĐ|VND)\b",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"nguồn\s*:?\s*(?P<source>[^.;\n()]{2,120})", re.IGNORECASE)


_SPACES = re.compile(r"\s+")
_DIGIT = re.compile(r"\d")


def _one_line(text: str) -> str:
    """The text as written, on one line: each run of whitespace one space, NFC (the model's
    text is NFC already). Tone marks stay as written ("hoà"), so nothing is rewritten."""
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip())


def _units(text: str) -> tuple[str, ...]:
    """The units a phrase names: "Sở A, Sở B" → ("Sở A", "Sở B").

    A piece between commas or "và" that does not start like a unit continues the name
    before it: "Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân các xã, thị trấn"; so do
    the lower-case parts after "các …" ("các sở, ban, ngành có liên quan").
    """
    end = _UNITS_END.search(" " + text)
    if end is not None:
        text = text[: max(0, end.start() - 1)]
    parts = _SPLIT_KEEP.split(text.strip())
    names: list[str] = []
    for index in range(0, len(parts), 2):
        name = parts[index].strip(" -–:,")
        if not name:
            continue
        separator = parts[index - 1] if index else ""
        plural = bool(names) and names[-1].casefold().startswith(("các ", "những "))
        continues = not _UNIT_HEAD.match(name) or (
            plural and name[:1].islower() and not name.casefold().startswith(("các ", "những "))
        )
        if names and continues:
            word = separator.strip()
            names[-1] += f"{word} {name}" if word in (",", ";") else f" {word} {name}"
            continue
        names.append(name)
    found = [
        name[:1].upper() + name[1:]
        for name in names
        if name.casefold() not in _NOT_A_UNIT and _UNIT_HEAD.match(name)
    ]
    return tuple(dict.fromkeys(found))


def _leads(text: str, low: str) -> tuple[str, ...]:
    """The lead units ``text`` names (``low``: the text casefolded, to skip the patterns
    whose keyword is absent)."""
    has_chu_tri = "chủ trì" in low
    if has_chu_tri and (label := _LEAD_LABEL.search(text)) is not None:
        return _units(label["who"])
    if has_chu_tri and (who := _before_chu_tri(text)) is not None:
        # "…, giao Văn phòng Sở chủ trì", "… do Văn phòng Sở chủ trì": the units follow
        cut = list(re.finditer(r"\b(?:giao(?:\s+cho)?|do|đề nghị|yêu cầu)\s+", who, re.I))
        if cut:
            who = who[cut[-1].end() :]
        # "Tổ chức hội nghị, Văn phòng Sở chủ trì": the units start at the first piece
        # that starts like a unit, with no verb in it or after it
        pieces = _SPLIT_UNITS.split(who)
        start = None
        for index in range(len(pieces) - 1, -1, -1):
            piece = pieces[index].strip()
            if _UNITS_END.search(" " + piece):
                break
            if _UNIT_HEAD.match(piece):
                start = index
        if start is None:
            return ()
        return _units(who[_offset(who, pieces, start) :])
    if "giao" in low and (assigned := _ASSIGNED.search(text)) is not None:
        return _units(assigned["who"])
    subject = _SUBJECT.match(text)
    if subject is not None and _UNIT_HEAD.match(subject["who"]) and subject["who"][:1].isupper():
        return _units(subject["who"])
    return ()


def _before_chu_tri(text: str) -> str | None:
    """The words before the first "chủ trì" with some in its clause (at most 200)."""
    for match in _CHU_TRI.finditer(text):
        before = text[max(0, match.start() - 200) : match.start()]
        who = before[max(before.rfind(mark) for mark in ".;:()\n") + 1 :]
        if len(who.strip()) >= 2:
            return who
    return None


def _offset(text: str, pieces: list[str], index: int) -> int:
    """Where ``pieces[index]`` starts in ``text`` (the pieces of a split, in order)."""
    position = 0
    for piece in pieces[:index]:
        position = text.index(piece, position) + len(piece)
    return text.index(pieces[index], position)


def _date(match: re.Match[str], year: int | None, not_before: dt.date | None) -> dt.date | None:
    """The day a deadline names; one written without its year is in ``year``, or the
    year after when that day comes before ``not_before`` (the plan's own date)."""
    written = int(match["y"]) if match["y"] else year
    if written is None:
        return None
    try:
        day = dt.date(written, int(match["m"]), int(match["d"]))
        if not match["y"] and not_before is not None and day < not_before:
            day = dt.date(written + 1, day.month, day.day)
    except ValueError:
        return None
    return day


def _period(text: str) -> ReportingPeriod | None:
    match = _PERIOD.search(text)
    if match is None:
        return None
    written = re.sub(r"\s*/\s*", " năm ", match.group())
    try:
        return ReportingPeriod.parse(written)
    except DanvanError:
        return None


_SPAN = re.compile(r"\b(?:từ|đến|tới)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:trước|chậm nhất)\b", re.IGNORECASE)
_DATE_ONLY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}")
_BARE_DATE = re.compile(_DATE)


def _whole_period(words: str) -> ReportingPeriod | None:
    """The period ``words`` are, whole ("Trong năm 2026", "Quý I/2026"), else None."""
    written = re.sub(r"^(?:trong|cả|suốt)\s+", "", words.strip(" .;"), flags=re.IGNORECASE)
    written = re.sub(
        r"(quý\s+\S+|tháng\s+\d{1,2})\s*/\s*(\d{4})", r"\1 năm \2", written, flags=re.I
    )
    try:
        return ReportingPeriod.parse(written)
    except DanvanError:
        return None


def _target(text: str) -> Count | None:
    match = _TARGET.search(text)
    if match is None:
        return None
    value, upper = match["value"], match["upper"]
    padded = value.startswith("0") and len(value) > 1
    try:
        return Count(
            value=int(value),
            up_to=int(upper) if upper else None,
            digits=len(value) if padded else None,
            unit=match["unit"],
        )
    except DanvanError:  # a range upside down ("05-02 lớp"): the description keeps it
        return None


def _budget(text: str) -> tuple[Money | None, str | None]:
    match = _BUDGET.search(text)
    if match is None:
        return None, None
    rest = match["rest"]
    amount = _AMOUNT.search(rest)
    money = None
    if amount is not None:
        unit = amount["unit"]
        money = Money(
            amount=int(amount["amount"].replace(".", "")),
            unit="đồng" if unit.casefold() in ("vnđ", "vnd") else unit,
        )
    source = _SOURCE.search(rest)
    return money, (source["source"].strip(" ,") if source is not None else None)


def read_task(
    description: str,
    *,
    id: str | None = None,
    year: int | None = None,
    not_before: dt.date | None = None,
) -> Task:
    """A task from one paragraph of prose: its leads, partners, time, target, output, budget.

    ``year`` completes a deadline written without one ("trước ngày 15/12"): the year of
    the plan, or the year after when that day comes before ``not_before``, the plan's
    date (a plan dated 20/12/2025 means the 15/12 to come). Whatever the patterns do not
    read stays in ``description``.
    """
    return _read(_one_line(description), id, year, not_before)


def _read(text: str, id: str | None, year: int | None, not_before: dt.date | None) -> Task:
    """:func:`read_task` of a text already on one line (:func:`_one_line`).

    Each pattern runs only when its keyword is in the text (a prefilter on the casefolded
    text: most paragraphs state a few of the fields, and a search costs more than ``in``).
    """
    low = text.casefold()
    digits = _DIGIT.search(text) is not None
    deadline = None
    if digits and (d := _DEADLINE.search(text)) is not None:
        deadline = _date(d, year, not_before)
    period = _period(text) if digits else None
    recurrence = Recurrence.find_in(text)
    timing = None
    if "thời" in low and (label := _TIME_LABEL.search(text)) is not None:
        # "Thời gian: …": the words read whole as a period ("năm 2026", "Quý I/2026"),
        # else they are kept as written when they say more than a day, a period or a
        # recurrence read from them ("theo yêu cầu", "từ tháng 3 đến tháng 6/2026")
        words = label["when"].strip(" ,")
        whole = _whole_period(words)
        if whole is not None:
            period = whole
        elif (
            _SPAN.search(words)
            or (_BEFORE.search(words) and not _DEADLINE.search(words))
            or not (_period(words) or Recurrence.find_in(words) or _DATE_ONLY.search(words))
        ):
            timing = words
            if period is not None and _PERIOD.search(words):
                period = None  # the end of a span is not the task's period
    budget, budget_source = _budget(text) if "kinh phí" in low else (None, None)
    output = None
    if "sản phẩm" in low and (o := _OUTPUT.search(text)) is not None:
        output = o["what"].strip()
    partners: tuple[str, ...] = ()
    if "phối hợp" in low and (m := _PARTNERS.search(text)) is not None:
        partners = _units(m["who"])
    return Task(
        description=text,
        id=id,
        leads=_leads(text, low),
        partners=partners,
        deadline=deadline,
        period=period,
        recurrence=recurrence,
        timing=timing,
        output=output,
        target=_target(text) if digits else None,
        budget=budget,
        budget_source=budget_source,
    )


# -- tables read from a document (bảng phân công as a plain table) ----------------------------

# Which column a header cell names, tried in this order: "Thời gian thực hiện" is the time,
# "Đơn vị phối hợp thực hiện" the partners, before "thực hiện" names the lead units.
_COLUMNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"^(?:stt|tt|số tt|số thứ tự)$", re.I)),
    ("partners", re.compile(r"phối hợp", re.I)),
    ("time", re.compile(r"thời gian|thời hạn|tiến độ|hoàn thành", re.I)),
    ("output", re.compile(r"sản phẩm|kết quả", re.I)),
    ("target", re.compile(r"chỉ tiêu|số lượng", re.I)),
    ("budget", re.compile(r"kinh phí|nguồn", re.I)),
    ("leads", re.compile(r"chủ trì|thực hiện|phụ trách|đơn vị(?! tính)|cơ quan", re.I)),
    ("description", re.compile(r"nội dung|nhiệm vụ|công việc|hoạt động|tên", re.I)),
)
_ROMAN = re.compile(r"[IVXLC]+\.?")


def task_columns(header: tuple[str, ...]) -> dict[str, int]:
    """The columns of a plain table's header that make it a task table ("STT | Nội dung
    nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | …"): each field with the index
    of its column; empty unless the header names the task and its lead units."""
    columns: dict[str, int] = {}
    for index, text in enumerate(header):
        words = _one_line(text)
        for name, pattern in _COLUMNS:
            if name not in columns and pattern.search(words):
                columns[name] = index
                break
    return columns if "description" in columns and "leads" in columns else {}


def _cell_units(text: str) -> tuple[str, ...]:
    """The units of a cell: the names it holds, each as written when it does not start
    like a unit ("Thanh niên tình nguyện")."""
    if not text:
        return ()
    found = _units(text)
    if found:
        return found
    return tuple(dict.fromkeys(p.strip() for p in re.split(r"[;\n]", text) if p.strip()))


def _cell_target(text: str) -> Quantity | None:
    if not text:
        return None
    return _target(text) or TextValue(text=text)


def _time_of(
    words: str, year: int | None, not_before: dt.date | None
) -> tuple[dt.date | None, ReportingPeriod | None, tuple[Recurrence, ...], str | None]:
    """A time cell: deadline, period, recurrences, and the words when they do not read
    ("Quý I/2026", "30/6/2026" or "Trước 30/6/2026", "Thường xuyên", "Theo yêu cầu")."""
    if not words:
        return None, None, (), None
    period = _whole_period(words)
    if period is not None:
        return None, period, (), None
    deadline = None
    if (d := _DEADLINE.search(words) or _BARE_DATE.fullmatch(words.strip(" ."))) is not None:
        deadline = _date(d, year, not_before)
    recurrence = Recurrence.find_in(words)
    period = _period(words) if not _SPAN.search(words) else None
    read = deadline is not None or period is not None or recurrence
    whole = _BARE_DATE.fullmatch(words.strip(" .")) is not None or (
        read and not _SPAN.search(words) and not (_BEFORE.search(words) and deadline is None)
    )
    return deadline, period, recurrence, None if whole and read else words


# -- walking the body -------------------------------------------------------------------------


@attrs.frozen
class _Context:
    """What a section or bullet says that the tasks under it inherit: its lead units and
    partners, and the time of ``timed`` (the nearest one that states a time)."""

    leads: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    timed: Task | None = None

    def apply(self, task: Task) -> Task:
        if task.leads or not self.leads:
            leads, partners = task.leads, task.partners
        else:
            leads, partners = self.leads, task.partners or self.partners
        source = self.timed if self.timed is not None and not _has_time(task) else task
        if leads == task.leads and source is task:
            return task
        return attrs.evolve(
            task,
            leads=leads,
            partners=partners,
            deadline=source.deadline,
            period=source.period,
            recurrence=source.recurrence,
            timing=source.timing,
        )

    def under(self, task: Task) -> _Context:
        """The context a task passes to what stands under it (nested bullets)."""
        return _Context(
            leads=task.leads or self.leads,
            partners=task.partners if task.leads else self.partners,
            timed=task if _has_time(task) else self.timed,
        )


def _has_time(task: Task) -> bool:
    return bool(
        task.deadline is not None or task.period is not None or task.recurrence or task.timing
    )


def _label(section: Section, depth: int, position: int) -> str:
    if section.number:
        return section.number.strip().rstrip(".)-/").strip() or str(position)
    if depth == 0:
        return roman(position)
    if depth == 1:
        return str(position)
    return vietnamese_letter(position) if position <= 23 else str(position)


class _Finder:
    def __init__(self, year: int | None, not_before: dt.date | None) -> None:
        self.year = year
        self.not_before = not_before

    def read(self, text: str, id: str, context: _Context) -> Iterator[Task]:
        """The task ``text`` states, if it has any words (a blank bullet states none)."""
        normalised = _one_line(text)
        if normalised:
            yield context.apply(_read(normalised, id, self.year, self.not_before))

    def walk(
        self, blocks: tuple[Block, ...], prefix: str, depth: int, context: _Context | None
    ) -> Iterator[Task]:
        """The tasks of ``blocks``; ``context`` is None outside the task parts."""
        position = bullets = tables = 0
        for block in blocks:
            if isinstance(block, Section):
                position += 1
                path = f"{prefix}.{_label(block, depth, position)}".lstrip(".")
                yield from self.section(block, path, depth, context)
            elif isinstance(block, BulletList) and context is not None:
                for item in block.items:
                    bullets += 1
                    yield from self.bullet(item, f"{prefix}-{bullets}".lstrip("-"), context)
            elif isinstance(block, TaskTable):
                tables += 1
                for index, task in enumerate(block.tasks, 1):
                    yield (
                        task
                        if task.id
                        else attrs.evolve(task, id=f"{prefix}.T{tables}.{index}".lstrip("."))
                    )
            elif isinstance(block, Table) and (columns := task_columns(block.header)):
                tables += 1
                yield from self.table(block, columns, f"{prefix}.T{tables}".lstrip("."))

    def table(self, block: Table, columns: dict[str, int], id: str) -> Iterator[Task]:
        """The rows of a table whose header names a task table's columns (a Word table
        read from a .docx, a Markdown table): a row without a task, or whose STT is a
        Roman numeral (a group heading: "I", "II"), states none; the ids count rows."""
        for index, row in enumerate(block.rows, 1):
            cell = {name: _one_line(row[at]) for name, at in columns.items()}
            number = cell.get("number", "")
            if not cell["description"] or (number and _ROMAN.fullmatch(number)):
                continue
            yield self.row(cell, f"{id}.{index}")

    def row(self, cell: dict[str, str], id: str) -> Task:
        """A task from the cells of a row, by column."""
        deadline, period, recurrence, timing = _time_of(
            cell.get("time", ""), self.year, self.not_before
        )
        budget, source = None, None
        if money := cell.get("budget", ""):
            budget, source = _budget("kinh phí " + money)
            if source is None and budget is None:
                source = money  # "Ngân sách tỉnh": a source alone
        return Task(
            description=cell["description"],
            id=id,
            leads=_cell_units(cell.get("leads", "")),
            partners=_cell_units(cell.get("partners", "")),
            deadline=deadline,
            period=period,
            recurrence=recurrence,
            timing=timing,
            output=cell.get("output") or None,
            target=_cell_target(cell.get("target", "")),
            budget=budget,
            budget_source=source,
        )

    def section(
        self, block: Section, path: str, depth: int, context: _Context | None
    ) -> Iterator[Task]:
        opens = context is None and bool(block.title and TASK_PART.search(block.title))
        inner = any(
            isinstance(b, (Section, BulletList, TaskTable))
            or (isinstance(b, Table) and task_columns(b.header))
            for b in block.blocks
        )
        paragraphs = [b.text for b in block.blocks if isinstance(b, Paragraph) and b.text.strip()]
        if opens and not inner:  # a task part of plain paragraphs: one task each
            for count, text in enumerate(paragraphs, 1):
                yield from self.read(text, f"{path}-{count}", _Context())
            return
        if context is not None and not inner:  # a sub-part of a task part: one task
            title = (block.title or "").rstrip(" .:;")
            text = ". ".join(part for part in (title, " ".join(paragraphs)) if part)
            yield from self.read(text, path, context)
            return
        if context is not None or opens:
            # the part's own words (title, lead-in) are what its tasks inherit
            base = context or _Context()
            title = (block.title or "").rstrip(" .:;")
            own = read_task(". ".join(filter(None, (title, *paragraphs))) or "-")
            context = base.under(own) if own.leads or _has_time(own) else base
        yield from self.walk(block.blocks, path, depth + 1, context)

    def bullet(self, item: BulletItem, id: str, context: _Context) -> Iterator[Task]:
        text = " ".join(p.text for p in (item.content, *item.blocks) if p.text.strip())
        here = context
        for task in self.read(text, id, context):
            yield task
            here = context.under(task)
        if item.children is not None:
            for count, sub in enumerate(item.children.items, 1):
                yield from self.bullet(sub, f"{id}.{count}", here)


def find_tasks(
    body: tuple[Block, ...],
    appendices: tuple[tuple[Block, ...], ...] = (),
    *,
    year: int | None,
    not_before: dt.date | None = None,
) -> tuple[Task, ...]:
    """Every task of a plan's ``body`` and ``appendices`` (the blocks of each), in order.

    ``year`` and ``not_before`` complete deadlines written without a year ("trước ngày
    15/12", :func:`read_task`).
    """
    finder = _Finder(year, not_before)
    found = list(finder.walk(body, "", 0, None))
    for index, blocks in enumerate(appendices, 1):
        found += finder.walk(blocks, f"PL{index}", 1, None)
    return tuple(found)
