"""The structure recognizer (nhận dạng cấu trúc): source lines of any format → a Report or a Plan.

One recognizer for every reader: a reader produces a
:class:`~danvan.reading.source.SourceDocument` and :func:`recognize` finds the parts of
Mẫu 1.4 in it, in this order:

1. clean-up: decoration lines ("|", "-----"), page numbers and running heads, footnote texts
   (also when the extraction put them in the middle of the page);
2. the header before the type's title (:mod:`danvan.reading.header`), the title and the
   subject (wrapped over lines), the period read from the subject;
3. the tail: "Nơi nhận:" and the signature (:mod:`danvan.reading.closing`), then appendices;
4. the body: lines joined into paragraphs where the source wrapped them, labels
   (:mod:`danvan.reading.labels`) building the section tree as written, bullets, bases,
   the closing sentence;
5. appendices: indicator lines (:mod:`danvan.reading.values`) or general blocks.

Every repair and every unplaced line is a :class:`~danvan.model.ReadFinding` in the
document's ``origin``; text it cannot place is kept in an :class:`~danvan.model.Unplaced`
block, never dropped. Each step is linear in the number of lines.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from danvan.errors import DanvanError
from danvan.model import (
    Appendix,
    Block,
    BulletItem,
    BulletList,
    Citation,
    Document,
    DocumentStatus,
    DocumentType,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    Inline,
    Paragraph,
    PeriodKind,
    Plan,
    Report,
    ReportingPeriod,
    Section,
    Superscript,
    Table,
    Text,
    TextValue,
    Unplaced,
)
from danvan.model.origin import Origin, PartLocation, SourceLocation
from danvan.reading._context import Context as _Context
from danvan.reading._context import Line as _Line
from danvan.reading._context import visible as _visible
from danvan.reading.cells import UncertainCells, regroup_cells
from danvan.reading.closing import Tail, looks_like_signature_start, read_tail
from danvan.reading.header import (
    Fragment,
    HeaderParts,
    _read_place_date,
    column_pieces,
    is_type_title,
    read_header,
)
from danvan.reading.labels import Label, LabelKind, split_bullet, split_label
from danvan.reading.source import SourceDocument, SourceLine, SourceTable
from danvan.reading.stamps import take_stamps
from danvan.reading.values import parse_quantity, split_breakdown, split_indicator
from danvan.refs.find import (
    DEFAULT_REGISTRY,
    ReferenceMatch,
    _extract,
    _heads,
    extract_references,
    head_candidates,
    heads_at,
)
from danvan.refs.patterns import Patterns, get_patterns
from danvan.vn.numbering import parse_roman, parse_vietnamese_letter

__all__ = ["recognize"]

MAX_REFERENCE_TEXT = 200_000
"""Paragraphs longer than this (characters) are not searched for references (bounded time)."""

_TERMINATORS = (".", ";", ":", "!", "?", "…", "./.", ".”", '."', ";”")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# "¹ Chủ trì ...", and Markdown's "[^1]: Chủ trì ..."; anchors "¹" and "[^1]"
_FOOTNOTE_LINE_RE = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]*(\S.*)|\[\^([0-9]{1,3})\]:[ \t]*(\S.*)")
_FOOTNOTE_ANCHOR_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\[\^[0-9]{1,3}\]")
_ANCHOR_CHARS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹[")
_ANCHOR_FIRST_RE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹\[]")


def _has_anchor(text: str) -> bool:
    """A footnote anchor ("¹", "[^1]") in ``text``. The pattern's two branches start with
    different characters, so ``re`` tries it at every position; one character class, which
    it scans for in a tight loop, first finds the few texts where an anchor may be."""
    return (
        _ANCHOR_FIRST_RE.search(text) is not None and _FOOTNOTE_ANCHOR_RE.search(text) is not None
    )


_PAGE_RE = re.compile(
    r"(?:trang[ \t]+)?[-–]?[ \t]*([0-9]{1,3})[ \t]*[-–]?(?:[ \t]*/[ \t]*[0-9]{1,3})?"
)
# a page number that says it is one: "Trang 2", "Trang 2/5", "- 2 -", "– 3 –"
_MARKED_PAGE_RE = re.compile(
    r"trang[ \t]+[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3})?|[-–][ \t]*[0-9]{1,3}[ \t]*[-–]",
    re.IGNORECASE,
)
_PAGE_FIRST = frozenset("t-– \t0123456789")
"""What a line :data:`_PAGE_RE` matches starts with: its first character is tested first."""


_MARKED_PAGE_FIRST = frozenset("tT-–")


def _marked_page(text: str) -> bool:
    """ "Trang 2", "- 2 -": the first character first, then :data:`_MARKED_PAGE_RE`."""
    return text[:1] in _MARKED_PAGE_FIRST and _MARKED_PAGE_RE.fullmatch(text) is not None


_PAGE_TOKEN = (
    r"(?:trang[ \t]+)?[0-9]{1,3}(?:[ \t]*/[ \t]*[0-9]{1,3})?|[-–][ \t]*[0-9]{1,3}[ \t]*[-–]"
)
# a page number and a running head on one line, either way round ("2 Báo cáo …", "Báo cáo … 2")
_PAGE_WITH_HEAD_RE = re.compile(
    rf"(?P<page>{_PAGE_TOKEN})[ \t]+(?P<head>[^\W\d][^\n]{{4,150}}?)"
    rf"|(?P<head2>[^\W\d][^\n]{{4,150}}?)[ \t]+(?P<page2>{_PAGE_TOKEN})",
    re.IGNORECASE,
)
_BASIS_RE = re.compile(r"(căn cứ|thực hiện|theo|thi hành|triển khai|để)\b", re.IGNORECASE)
_BASIS_ONLY_RE = re.compile(r"(căn cứ)\b", re.IGNORECASE)
_ADDRESSEE_RE = re.compile(r"kính[ \t]+gửi[ \t]*:?[ \t]*", re.IGNORECASE)
# the heading "Nơi nhận:" (also without its colon, alone or before the signature's column),
# not a sentence that starts with the words ("Nơi nhận hồ sơ: Bộ phận Một cửa …")
_RECIPIENTS_RE = re.compile(
    r"\*{0,3}_{0,3}nơi[ \t]+nhận[ \t]*[*_]{0,3}(?:[ \t]*:|[ \t]*$|[ \t]{2,}|\t)", re.IGNORECASE
)
_APPENDIX_RE = re.compile(
    r"phụ[ \t]+lục(?P<number>(?:[ \t]+(?:số[ \t]+)?(?:[IVXLC]+|[0-9]{1,3})\b)?)[ \t]*[.:\-–]?[ \t]*",
    re.IGNORECASE,
)
_ATTACHMENT_RE = re.compile(r"\(?[ \t]*kèm[ \t]+theo\b", re.IGNORECASE)
_CLOSING_RE = re.compile(r"trên đây|trân trọng|\./\.\s*$", re.IGNORECASE)
_PERIOD_PATTERNS = (
    re.compile(r"(?:0?6|0?9)[ \t]+tháng[ \t]+(?:đầu[ \t]+|cuối[ \t]+)?năm[ \t]+[0-9]{4}", re.I),
    re.compile(r"quý[ \t]+(?:[IV]{1,3}|[1-4])[ \t]+năm[ \t]+[0-9]{4}", re.I),
    re.compile(r"(?<!ngày )(?<![0-9] )tháng[ \t]+[0-9]{1,2}[ \t]+năm[ \t]+[0-9]{4}", re.I),
    re.compile(r"giai[ \t]+đoạn[ \t]+[0-9]{4}[ \t]*[-–][ \t]*[0-9]{4}", re.I),
    re.compile(r"(?<![0-9] )(?<!tháng )năm[ \t]+[0-9]{4}", re.I),
)
# "Sơ kết 6 tháng thực hiện công tác dân vận năm 2025", "9 tháng năm 2025": a review of the
# first six or nine months of that year (the words between name the work, not the period),
# not the whole year "năm 2025" the last pattern above would read; "6 tháng cuối năm" and
# "6 tháng đầu năm" are the first pattern's, a figure between ("6 tháng 3 năm") is no period
_MONTHS_OF_YEAR_RE = re.compile(
    r"(?<![0-9])(?<![0-9] )0?([69])[ \t]+tháng\b(?![ \t]+(?:đầu|cuối)\b)"
    r"[^0-9]{0,160}?[ \t]năm[ \t]+([0-9]{4})\b",
    re.I,
)
_DATE_IN_TEXT_RE = re.compile(
    r"ngày[ \t]+[0-9]{1,2}[ \t]+tháng[ \t]+[0-9]{1,2}[ \t]+năm[ \t]+[0-9]{4}", re.I
)


# -- the lines the recognizer works on ----------------------------------------------------

_Entry = _Line | SourceTable


def _entries(source: SourceDocument, context: _Context) -> list[_Entry]:
    """Non-blank lines and tables; decoration lines ("|", "-----", "***") count as blanks."""
    entries: list[_Entry] = []
    blank = True
    for item in source.items:
        if isinstance(item, SourceTable):
            entries.append(item)
            blank = True
            continue
        text = item.text.strip()
        if not _visible(text):
            blank = True
            continue
        entries.append(_Line(text=text, source=item, blank_before=blank))
        blank = item.hard_break and False
    return entries


# words a numbered caption or label starts with: "Phụ lục 2", "Biểu số 3", "Bảng 1" are no
# running heads with a page number, even repeated with rising numbers
_NUMBERED_WORDS = (
    r"(?:phụ lục|biểu|bảng|mẫu|phần|chương|mục|điều|khoản|điểm|quý|tháng|năm|đợt|lần|"
    r"kỳ|khóa|khoá|số|trang|hình|sơ đồ|tập|quyển|giai đoạn|tuần|ngày|thứ|cấp|nhóm|loại)"
)
_NUMBERED_WORDS_RE = re.compile(rf"{_NUMBERED_WORDS}\b|.*\b{_NUMBERED_WORDS}$")


def _is_running_head(head: str) -> bool:
    """A running head is a title: three words or more, not a numbered caption or label, not
    ending with a word a number counts ("… trong tháng 3"), a sentence or an introduction."""
    return (
        len(head) >= 15
        and len(head.split()) >= 3
        and not _NUMBERED_WORDS_RE.match(head)
        and not head.rstrip().endswith((":", ";", ","))
        and split_label(head) is None
        and split_bullet(head) is None
    )


def _may_hold_page_number(text: str) -> bool:
    """The line starts with a page token and a space, or ends with a space or dash and a
    page token, as :data:`_PAGE_WITH_HEAD_RE` needs ("2 …", "Trang 2 …", "- 2 - …",
    "… 2", "… 2/5", "… - 2 -"): an anchored pattern and a look at the last characters,
    which spare the pattern's lazy head, tried at every length up to 150, on most lines."""
    if text[:1] in _PAGE_START_FIRST and _PAGE_START_RE.match(text) is not None:
        return True
    # the end: a dash ("- 2 -"), or one to three digits after a space, a tab or "/"
    end = len(text)
    if not end or text[-1] in "-–":
        return end > 0
    start = end
    while start > 0 and text[start - 1] in _ASCII_DIGITS and end - start <= 3:
        start -= 1
    return 1 <= end - start <= 3 and start > 0 and text[start - 1] in " \t/"


_PAGE_START_RE = re.compile(rf"(?:{_PAGE_TOKEN})[ \t]", re.IGNORECASE)
_ASCII_DIGITS = frozenset("0123456789")
_PAGE_START_FIRST = frozenset("tT-–0123456789")


_PAGE_GAP = 3
"""Entries at least from one running head to the next: a page holds more than two lines."""


def _drop_marked_pages(entries: list[_Entry], context: _Context) -> list[_Entry]:
    """Page numbers that say what they are ("Trang 2/5", "- 2 -") on a line of their own, and
    page numbers sharing a line with a running head ("2 Báo cáo kết quả …", "Báo cáo … Trang
    3"): the same head on two lines or more, with different numbers. Left out with a finding
    that quotes the line (R121, R123)."""
    heads: dict[str, list[tuple[int, int]]] = {}
    for index, entry in enumerate(entries):
        if (
            isinstance(entry, _Line)
            and len(entry.text) <= 160
            and _may_hold_page_number(entry.text)
            and (match := _PAGE_WITH_HEAD_RE.fullmatch(entry.text))
        ):
            head = (match["head"] or match["head2"]).casefold()
            if "\t" in head or not _is_running_head(head):
                continue  # a tab parts cells: a table's row ("1\tHội nghị\t04"), not a head
            page = re.search(r"[0-9]+", match["page"] or match["page2"])
            assert page is not None
            heads.setdefault(head, []).append((index, int(page.group())))
    # pages run forward: the same head with rising numbers, twice or more, a page of text
    # apart (rows "1 Hội nghị", "2 Hội nghị" one under the other are a list or a table)
    running = {
        head
        for head, seen in heads.items()
        if len(seen) >= 2
        and all(a < b and i + _PAGE_GAP <= j for (i, a), (j, b) in itertools.pairwise(seen))
    }
    if not running and not any(isinstance(e, _Line) and _marked_page(e.text) for e in entries):
        return entries
    kept: list[_Entry] = []
    for entry in entries:
        if isinstance(entry, _Line):
            if _marked_page(entry.text):
                context.finding("R121", f"page number {entry.text!r} left out", entry.location)
                continue
            match = _PAGE_WITH_HEAD_RE.fullmatch(entry.text) if running else None
            if match and (match["head"] or match["head2"]).casefold() in running:
                context.finding(
                    "R123",
                    f"page number and running head {entry.text!r} left out",
                    entry.location,
                )
                continue
        kept.append(entry)
    return kept


def _drop_page_furniture(entries: list[_Entry], context: _Context) -> list[_Entry]:
    """Page numbers (a bare 2, 3, 4 … on a line of its own, in sequence) and the running head
    repeated next to them: a PDF's page furniture, not the document's text."""
    entries = _drop_marked_pages(entries, context)
    candidates: list[tuple[int, int]] = []
    for index, entry in enumerate(entries):
        if (
            isinstance(entry, _Line)
            and entry.text[:1] in _PAGE_FIRST
            and (match := _PAGE_RE.fullmatch(entry.text))
        ):
            following = entries[index + 1] if index + 1 < len(entries) else None
            alone = entry.blank_before and (
                following is None or not isinstance(following, _Line) or following.blank_before
            )
            previous = entries[index - 1] if index > 0 else None
            # a number between short lines is a table cell printed one per line, not a page
            short_before = isinstance(previous, _Line) and len(previous.text) < 25
            if alone and not short_before:
                candidates.append((index, int(match.group(1))))
    pages: set[int] = set()
    expected: int | None = None
    for index, number in candidates:
        if (expected is None and number in (1, 2)) or number == expected:
            pages.add(index)
            expected = number + 1
    if len(pages) < 2:
        return entries
    heads: dict[str, int] = {}
    for index in pages:
        for neighbour in (index - 1, index + 1):
            near = entries[neighbour] if 0 <= neighbour < len(entries) else None
            if isinstance(near, _Line) and len(near.text) <= 120:
                key = near.text.casefold()
                heads[key] = heads.get(key, 0) + 1
    repeated = {key for key, count in heads.items() if count >= 2}
    kept: list[_Entry] = []
    restore_blank = False
    for index, entry in enumerate(entries):
        if index in pages:
            context.finding("R121", f"page number {entry.text!r} left out", entry.location)  # type: ignore[union-attr]
            restore_blank = True
            continue
        if (
            isinstance(entry, _Line)
            and entry.text.casefold() in repeated
            and any(abs(index - page) == 1 for page in pages)
        ):
            context.finding("R122", f"running head {entry.text!r} left out", entry.location)
            restore_blank = True
            continue
        if restore_blank and isinstance(entry, _Line):
            # a page break is no paragraph break: the text on both sides may be one sentence
            restore_blank = False
        kept.append(entry)
    return kept


def _take_footnotes(
    entries: list[_Entry], context: _Context
) -> tuple[list[_Entry], dict[str, tuple[str, SourceLocation]]]:
    """Footnote texts ("¹ Chủ trì, phối hợp ...", "<sup>2</sup> ..."), wherever they stand."""
    notes: dict[str, tuple[str, SourceLocation]] = {}
    kept: list[_Entry] = []
    carry_blank = False
    last: str | None = None  # the note just read, while its text may run on
    for entry in entries:
        if isinstance(entry, _Line):
            number, text = _footnote_line(entry)
            if number is not None and number not in notes:
                notes[number] = (text, entry.location)
                context.place(f"footnote[{number}]", entry.location)
                carry_blank = False
                last = number
                continue
            if (
                last is not None
                and number is None
                and not entry.blank_before
                and not _ends_sentence(notes[last][0])
                and (_starts_lower(entry.text) or _first_letter_small(entry.text))
                and split_label(entry.text) is None
            ):
                # "¹ Theo Quyết định … của Ủy ban" / "nhân dân tỉnh.": the note wrapped
                note, where = notes[last]
                notes[last] = (f"{note} {entry.text}", where)
                context.finding("R101", "a footnote's wrapped line joined", entry.location)
                continue
            last = None
            if carry_blank:
                entry = attrs.evolve(entry, blank_before=True)
                carry_blank = False
        kept.append(entry)
    return kept, notes


def _footnote_line(line: _Line) -> tuple[str | None, str]:
    if line.text[:1] in _ANCHOR_CHARS and (match := _FOOTNOTE_LINE_RE.fullmatch(line.text)):
        if match.group(3) is not None:
            return match.group(3), match.group(4)
        return match.group(1).translate(_SUPERSCRIPT_DIGITS), match.group(2)
    for start, end in line.source.superscripts:
        lead = len(line.source.text) - len(line.source.text.lstrip())
        if start == lead and line.source.text[start:end].strip().isdigit():
            rest = line.source.text[end:].strip()
            if rest:
                return line.source.text[start:end].strip(), rest
    return None, line.text


# a table's name on the line above it: "Bảng tổng hợp kết quả", "Biểu số 02: …"
# (also numbered: "Bảng 1. Mô hình …", "Biểu 2: …")
_CAPTION_RE = re.compile(
    r"(?:bảng|biểu)\b(?:[ \t]+(?:số[ \t]+)?[0-9]{1,3}[.:])?[^.;!?]{0,120}$", re.IGNORECASE
)


def _tab_tables(entries: list[_Entry], context: _Context) -> list[_Entry]:
    """Rows copied from a Word table with a tab between cells ("STT\tNội dung\tKết quả"):
    each run of two or more adjacent lines with tabs is read by the one-cell-per-line rules
    (:mod:`danvan.reading.cells`: a header, then rows numbered in sequence, each as wide as
    the header) on its cells, and becomes a table only when every line is one row of it.
    Otherwise the lines stay as they are (a header or a closing block set out with tabs)."""
    if not any(isinstance(entry, _Line) and "\t" in entry.text for entry in entries):
        return entries  # the common case: no tab at all
    out: list[_Entry] = []
    run: list[_Line] = []
    for entry in [*entries, None]:
        if isinstance(entry, _Line) and "\t" in entry.text:
            if run and not entry.blank_before:
                run.append(entry)
                continue
            out.extend(_tabbed(run, context))
            run = [entry]
            continue
        out.extend(_tabbed(run, context))
        run = []
        if entry is not None:
            out.append(entry)
    return out


def _tabbed(run: list[_Line], context: _Context) -> list[_Entry]:
    """``run`` as one table when its cells make one (every line a row), else as it is."""
    if len(run) < 2:
        return list(run)
    pieces: list[_Line] = []
    for line in run:
        for cell in line.text.split("\t"):
            text = cell.strip()
            if text:
                source = attrs.evolve(line.source, text=text, emphasis=(), superscripts=())
                pieces.append(_Line(text=text, source=source, blank_before=not pieces))
    found = regroup_cells(pieces)
    table = found[0] if len(found) == 1 else None
    if (
        not isinstance(table, SourceTable)
        or isinstance(table, UncertainCells)
        or len(table.rows) != len(run)
    ):
        return list(run)
    context.finding(
        "R137",
        f"a table copied with tabs between its cells read as a table of "
        f"{len(table.rows[0])} columns and {len(table.rows) - 1} rows",
        table.location,
    )
    return [table]


def _cell_tables(entries: list[_Entry], context: _Context) -> list[_Entry]:
    """Tables copied one cell per line, regrouped into tables (:mod:`danvan.reading.cells`)."""
    out: list[_Entry] = []
    run: list[_Line] = []
    for entry in [*entries, None]:
        if isinstance(entry, _Line):
            run.append(entry)
            continue
        if run:
            for item in regroup_cells(run):
                if isinstance(item, SourceTable) and not isinstance(item, UncertainCells):
                    context.finding(
                        "R124",
                        f"a table copied one cell per line read as a table of "
                        f"{len(item.rows[0])} columns and {len(item.rows) - 1} rows",
                        item.location,
                    )
                    above = out[-1] if out else None
                    if isinstance(above, _Line) and _CAPTION_RE.match(above.text):
                        out.pop()  # "Bảng tổng hợp …" right above: the table's name
                        item = attrs.evolve(item, caption=above.source)
                out.append(item)
            run = []
        if entry is not None:
            if isinstance(entry, SourceTable) and entry.caption is None:
                above = out[-1] if out else None
                if isinstance(above, _Line) and _CAPTION_RE.match(above.text):
                    out.pop()  # a Word table with its name in the paragraph above
                    entry = attrs.evolve(entry, caption=above.source)
            out.append(entry)
    return out


# -- paragraphs with their runs ----------------------------------------------------------


@attrs.define
class _Unit:
    """One logical paragraph: the source lines joined, with a label or bullet marker."""

    lines: list[_Line]
    label: Label | None = None
    bullet: str | None = None
    heading_level: int | None = None
    # text and body, computed once for a number of lines (lines are only ever appended)
    _joined: tuple[int, str, str] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    @property
    def location(self) -> SourceLocation:
        return self.lines[0].location

    @property
    def text(self) -> str:
        return self._texts()[1]

    @property
    def body(self) -> str:
        """The text after the label or bullet marker."""
        return self._texts()[2]

    def _texts(self) -> tuple[int, str, str]:
        joined = self._joined
        if joined is not None and joined[0] == len(self.lines):
            return joined
        text = " ".join(line.text for line in self.lines)
        if self.label is not None:
            body = " ".join(
                [self.label.rest.strip(), *(line.text for line in self.lines[1:])]
            ).strip()
        elif self.bullet is not None:
            rest = split_bullet(self.lines[0].text)
            first = rest[1] if rest else self.lines[0].text
            body = " ".join([first, *(line.text for line in self.lines[1:])]).strip()
        else:
            body = text
        self._joined = joined = (len(self.lines), text, body)
        return joined


_Styled = tuple[
    str, list[tuple[int, int, EmphasisKind]], list[tuple[int, int]], list[tuple[int, str]]
]


def _styled_spans(unit: _Unit) -> _Styled:
    """The unit's full text, its emphasis spans, superscript spans and footnotes (offset, text)
    a .docx gives, in that text's offsets."""
    texts: list[str] = []
    emphasis: list[tuple[int, int, EmphasisKind]] = []
    supers: list[tuple[int, int]] = []
    notes: list[tuple[int, str]] = []
    offset = 0
    for line in unit.lines:
        raw = line.source.text
        lead = len(raw) - len(raw.lstrip())
        # a heading is bold by its style: its bold is no emphasis of the words
        heading = line.source.heading_level is not None
        for span in line.source.emphasis:
            start, end = max(span.start - lead, 0), min(span.end - lead, len(line.text))
            bold = span.bold and not heading
            if start < end and (bold or span.italic):
                kind = (
                    EmphasisKind.BOLD_ITALIC
                    if bold and span.italic
                    else EmphasisKind.BOLD
                    if bold
                    else EmphasisKind.ITALIC
                )
                emphasis.append((offset + start, offset + end, kind))
        for start, end in line.source.superscripts:
            start, end = max(start - lead, 0), min(end - lead, len(line.text))
            if start < end:
                supers.append((offset + start, offset + end))
        for note in line.source.footnotes:
            if note.text.strip():
                notes.append((offset + min(max(note.offset - lead, 0), len(line.text)), note.text))
        texts.append(line.text)
        offset += len(line.text) + 1
    return " ".join(texts), emphasis, supers, notes


class _Runs:
    """Builds a paragraph's runs: emphasis, superscripts, footnotes and citations as runs."""

    def __init__(self, context: _Context, notes: dict[str, tuple[str, SourceLocation]]) -> None:
        self.context = context
        self.notes = notes
        self.used: set[str] = set()
        self.heads: dict[str, list[tuple[int, int]]] = {}
        # per text: the prefilter's candidates in the joined text, and the text's offset there
        self.candidates: dict[str, tuple[list[int], int]] = {}

    def find_heads(self, texts: Iterable[str]) -> None:
        """Where a reference may start in each of ``texts`` (the paragraphs' texts), found in
        one scan of them all: the extractor's keyword prefilter costs far more per call than
        per character, and most paragraphs cite nothing (issue 9 §7).

        The texts are joined by NUL, which no part of a reference head matches (no letter,
        digit, space or colon), so each head found lies inside one text, exactly where a
        scan of that text alone finds it. :meth:`references` uses these heads to skip the
        extractor for a piece of a text that no head touches: with no head the extractor
        finds nothing.
        """
        kept = [
            text
            for text in dict.fromkeys(texts)
            if text and "\x00" not in text and unicodedata.is_normalized("NFC", text)
        ]
        if not kept:
            return
        starts: list[int] = []
        offset = 0
        for text in kept:
            starts.append(offset)
            offset += len(text) + 1
            self.heads[text] = []
        joined = "\x00".join(kept)
        patterns = get_patterns()
        candidates = head_candidates(joined, patterns)
        heads: Iterable[re.Match[str]]
        if candidates is None:
            heads = patterns.head.finditer(joined)
        else:
            # each text's candidates, for the extractor on its pieces (no second scan)
            width = len(patterns.head_scans)
            per_text: list[list[int]] = [[] for _ in kept]
            index = 0
            for candidate in candidates:
                while index + 1 < len(starts) and starts[index + 1] * width <= candidate:
                    index += 1
                per_text[index].append(candidate)
            for text, own, base in zip(kept, per_text, starts, strict=True):
                self.candidates[text] = (own, base)
            heads = heads_at(joined, patterns, candidates)
        index = 0
        for head in heads:
            while index + 1 < len(starts) and starts[index + 1] <= head.start():
                index += 1
            base = starts[index]
            self.heads[kept[index]].append((head.start() - base, head.end() - base))

    def references(
        self, piece: str, within: str | None = None, at: int = 0
    ) -> list[ReferenceMatch]:
        """``extract_references(piece)``; when ``piece`` is ``within[at:]``, a text whose heads
        :meth:`find_heads` found, and no head touches it, the answer is known: none.

        A piece starting inside a word is always searched (alone, its first word may start
        a head that the whole text does not have).
        """
        if within is not None and within.startswith(piece, at):
            end = at + len(piece)
            spans = self.heads.get(within)
            if (
                spans is not None
                and (at == 0 or not within[at - 1].isalnum())
                and not any(start < end and stop > at for start, stop in spans)
            ):
                return []
            found = self.candidates.get(within)
            if found is not None:
                # the heads of the piece from the whole text's candidates inside it (see
                # refs.find.head_candidates): the extractor does not scan the piece again
                candidates, base = found
                width = len(get_patterns().head_scans)
                low, high = (base + at) * width, (base + end) * width
                inside = [c for c in candidates if low <= c < high]
                shift = base + at

                def heads(text: str, patterns: Patterns) -> Iterable[re.Match[str]]:
                    if text is piece:
                        return heads_at(text, patterns, inside, shift)
                    return _heads(text, patterns)  # the extractor's NFC copy of the piece

                return _extract(piece, DEFAULT_REGISTRY, heads)
        return extract_references(piece)

    def paragraph(
        self, unit: _Unit, skip: int | None = None, *, italic_by_style: bool = False
    ) -> Paragraph | None:
        """The paragraph of ``unit``'s text after ``skip`` characters (default: after its label).

        ``italic_by_style``: the whole paragraph is italic as its kind requires (a căn cứ
        line, Phụ lục I, II.6.a), so its italic is no emphasis of the words.
        """
        text, emphasis, supers, notes = _styled_spans(unit)
        if italic_by_style:
            emphasis = [
                (start, end, EmphasisKind.BOLD if kind is EmphasisKind.BOLD_ITALIC else kind)
                for start, end, kind in emphasis
                if kind is not EmphasisKind.ITALIC
            ]
        if skip is None:
            skip = len(text) - len(unit.body) if unit.body and text.endswith(unit.body) else 0
        # a bold that starts on the label and runs into the words ("**1. Tuyên truyền:** đã
        # tổ chức …", Word's bold run "1. Tuyên truyền:"): the words' part is their emphasis
        emphasis = [
            (skip if start < skip < end else start, end, kind) for start, end, kind in emphasis
        ]
        return self.runs_paragraph(text, skip, emphasis, supers, unit.location, notes)

    def runs_paragraph(
        self,
        text: str,
        skip: int,
        emphasis: list[tuple[int, int, EmphasisKind]],
        supers: list[tuple[int, int]],
        location: SourceLocation,
        notes: Sequence[tuple[int, str]] = (),
    ) -> Paragraph | None:
        if not (notes or emphasis or supers or _has_anchor(text)):
            # plain text (most paragraphs): its text and citation runs
            plain: list[Inline] = []
            self._plain(text[skip:], plain, text, skip)
            return Paragraph(runs=_merge(plain)) if plain else None
        # cut points: emphasis and superscript spans, footnote anchors ("¹") and a .docx's
        # footnotes (zero-width, at their offset)
        marks: list[tuple[int, int, str, object]] = []
        for offset, note in notes:
            marks.append((max(offset, skip), max(offset, skip), "note", note))
        for start, end, kind in emphasis:
            marks.append((start, end, "emphasis", kind))
        for start, end in supers:
            marks.append((start, end, "super", None))
        for match in _FOOTNOTE_ANCHOR_RE.finditer(text) if _has_anchor(text) else ():
            marks.append((match.start(), match.end(), "anchor", None))
        marks.sort(key=lambda mark: (mark[0], -mark[1]))
        runs: list[Inline] = []
        position = skip
        for start, end, what, extra in marks:
            if what == "note":
                assert isinstance(extra, str)
                at = max(start, position)
                self._plain(text[position:at], runs, text, position)
                runs.append(Footnote(text=extra))
                position = at
                continue
            if start < position or end <= skip:
                continue
            self._plain(text[position:start], runs, text, position)
            piece = text[start:end]
            if what == "emphasis":
                assert isinstance(extra, EmphasisKind)
                self._emphasis(piece, extra, runs, text, start)
            else:
                number = piece.strip().strip("[]^").translate(_SUPERSCRIPT_DIGITS)
                if number.isdigit() and number in self.notes and number not in self.used:
                    self.used.add(number)
                    runs.append(Footnote(text=self.notes[number][0]))
                elif piece.strip():
                    runs.append(Superscript(text=piece))
            position = end
        self._plain(text[position:], runs, text, position)
        if not any(not isinstance(run, Footnote) for run in runs):
            if runs:  # only footnotes: keep them on an empty-looking text run
                runs.insert(0, Text(text=" "))
            else:
                return None
        return Paragraph(runs=_merge(runs))

    def _plain(self, text: str, runs: list[Inline], within: str | None = None, at: int = 0) -> None:
        """``text`` (``within[at:]`` when given) as Text and Citation runs."""
        if not text:
            return
        if len(text) > MAX_REFERENCE_TEXT:
            runs.append(Text(text=text))
            return
        last = 0
        for match in sorted(self.references(text, within, at), key=lambda m: m.start):
            if match.start < last or match.start == match.end:
                continue
            if match.start > last:
                runs.append(Text(text=text[last : match.start]))
            runs.append(Citation(text=text[match.start : match.end], reference=match.reference))
            last = match.end
        if last < len(text):
            runs.append(Text(text=text[last:]))

    def _emphasis(
        self,
        text: str,
        kind: EmphasisKind,
        runs: list[Inline],
        within: str | None = None,
        at: int = 0,
    ) -> None:
        """``text`` (``within[at:]`` when given) as Emphasis and emphasised Citation runs."""
        last = 0
        matches = [] if len(text) > MAX_REFERENCE_TEXT else self.references(text, within, at)
        for match in sorted(matches, key=lambda m: m.start):
            if match.start < last or match.start == match.end:
                continue
            if match.start > last:
                runs.append(Emphasis(text=text[last : match.start], kind=kind))
            runs.append(
                Citation(
                    text=text[match.start : match.end], reference=match.reference, emphasis=kind
                )
            )
            last = match.end
        if last < len(text):
            runs.append(Emphasis(text=text[last:], kind=kind))


def _merge(runs: list[Inline]) -> list[Inline]:
    merged: list[Inline] = []
    for run in runs:
        if merged and isinstance(run, Text) and type(merged[-1]) is Text:
            merged[-1] = Text(text=merged[-1].text + run.text)
        else:
            merged.append(run)
    return merged


# -- joining lines into units -----------------------------------------------------------


# how a numbered item's sentence ends (":" announces content: a title stays a title)
_ITEM_ENDS = (".", ";", "!", "?", "…")


def _ends_sentence(text: str) -> bool:
    stripped = text.rstrip(" *_)”\"'")
    return stripped.endswith(_TERMINATORS) or text.rstrip().endswith(_TERMINATORS)


def _is_upper(text: str) -> bool:
    """Every cased letter is a capital, and there is one (str.isupper, in C: linear and fast)."""
    return text.isupper()


def _starts_lower(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch.islower()
        if ch.isdigit():
            return False
    return False


def _structural(line: _Line) -> tuple[Label | None, tuple[str, str] | None]:
    return split_label(line.text), split_bullet(line.text)


def _units(lines: list[_Line], context: _Context, *, preamble: bool = False) -> list[_Unit]:
    """Join wrapped lines into units; a new unit starts at a label, a bullet, a heading, or
    after a finished sentence."""
    units: list[_Unit] = []
    wrap = _wrap_width(lines)
    for line in lines:
        label, bullet = _structural(line)
        span = (
            bullet is not None
            and bool(units)
            and (_range_tail(units[-1].text, line) or _compound_tail(units[-1], line, wrap))
        )
        if span:
            bullet = None
        heading = line.source.heading_level
        starts_basis = bool(_BASIS_ONLY_RE.match(line.text))
        current = units[-1] if units else None
        if current is not None and _broken_heading(current, line):
            current.lines.append(line)
            continue
        if (
            current is not None
            and label is None
            and bullet is None
            and heading is None
            and current.heading_level is None
            and not (
                starts_basis and line.blank_before is not False and _ends_sentence(current.text)
            )
            and not current.lines[-1].source.hard_break
            and (span or _continues(current, line, wrap))
        ):
            current.lines.append(line)
            context.finding(
                "R101",
                "a line wrapped in the middle of a sentence or title joined to the one above",
                line.location,
            )
            continue
        units.append(
            _Unit(
                lines=[line],
                label=label,
                bullet=bullet[0] if bullet is not None and label is None else None,
                heading_level=heading,
            )
        )
    return units


def _broken_heading(current: _Unit, line: _Line) -> bool:
    """A heading broken over two lines by a line break inside one Word paragraph: the
    paragraph is in a heading style, or it starts with a label and both lines are in
    capitals ("I. KẾT QUẢ THỰC HIỆN" ↵ "CÔNG TÁC DÂN VẬN")."""
    last = current.lines[-1].source
    if not last.hard_break or last.location.paragraph is None:
        return False
    if line.source.location.paragraph != last.location.paragraph:
        return False
    if current.heading_level is not None:
        return True
    return current.label is not None and _is_upper(current.body) and _is_upper(line.text)


_YEAR_END_RE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})$")
_YEAR_TAIL_RE = re.compile(r"[-–][ \t]+((?:19|20)[0-9]{2})(?![0-9])")


def _range_tail(previous: str, line: _Line) -> bool:
    """ "giai đoạn 2021" / "- 2025 …": a span of years wrapped at its dash, not a bullet."""
    tail = _YEAR_TAIL_RE.match(line.text)  # anchored: most bullets stop here
    if tail is None:
        return False
    # the year and the character before it are the last five (a digit there is no year end)
    end = _YEAR_END_RE.search(previous.rstrip()[-5:])
    return end is not None and int(end.group(1)) < int(tail.group(1))


def _compound_tail(unit: _Unit, line: _Line, wrap: int) -> bool:
    """ "… phát triển kinh tế" / "- xã hội của địa phương …": a compound written with a dash
    ("kinh tế - xã hội"), wrapped at it: a "-" line whose words start small, right under a
    long line cut mid-phrase (no punctuation at its end) that is no bullet item itself."""
    last = unit.lines[-1].text
    return (
        line.text[:1] == "-"
        and last[-1:].isalpha()
        and len(last) >= wrap
        and unit.bullet is None
        and _first_letter_small(line.text)
        and not line.blank_before
    )


def _indented(opened: _Open, unit: _Unit) -> bool:
    """``unit`` stands further right than the section it would be a sibling of: a list typed
    under an item ("1. Tuyên truyền" / "    1. Phát 02 chuyên mục …"), as Markdown nests it."""
    above = None if opened.location is None else opened.location.column
    here = unit.location.column
    return above is not None and here is not None and here > above


def _first_letter_small(text: str) -> bool:
    """The first letter, past any figures, is a small one ("1.250 m2 đất", not "2 Hội nghị");
    a figure with no letter after it ("30%.") runs on too, a bare number ("2") does not."""
    for ch in text:
        if ch.isalpha():
            return ch.islower()
    return not text.isdigit()


_WRAP = 60
"""A line this long, not ending a sentence, runs on into the next (a copy's wrap)."""


def _wrap_width(lines: list[_Line]) -> int:
    """How long a wrapped line of this copy is: 60 characters, or less in a narrow copy (a PDF
    column), judged by its longer lines (nine in ten of them are at most this long)."""
    lengths = [len(line.text) for line in lines if len(line.text) >= 20]
    if len(lengths) < 8:
        return _WRAP
    lengths.sort()
    return min(_WRAP, max(30, lengths[len(lengths) * 9 // 10] * 85 // 100))


def _continues(current: _Unit, line: _Line, wrap: int = _WRAP) -> bool:
    previous = current.text
    label = current.label
    if label is not None and len(current.lines) == 1 and not label.rest.strip():
        # a bare label ("Phần thứ nhất", "Chương II") over its title in capitals
        return _is_upper(line.text) and len(line.text) < 200
    if (
        previous[-1:] == ":"
        and (label is not None or current.bullet is not None)
        and line.text[:1].isdigit()
        and _first_letter_small(line.text)
    ):
        return True  # an item's value wrapped under its colon: "làm đường:" / "1.200.000.000 đồng"
    if _ends_sentence(previous):
        return False
    heading_like = (
        current.label is not None and not _ends_sentence(current.body) and len(current.body) < 200
    )
    if _is_upper(current.body if current.label is not None else previous):
        # "II. NHIỆM VỤ," + "GIẢI PHÁP", "THỰC" + "HIỆN CÔNG TÁC"
        return _is_upper(line.text) and len(line.text) < 200
    if _starts_lower(line.text):
        return True
    if line.text[:1].isdigit() and previous[-1:].islower() and _first_letter_small(line.text):
        return True  # "… Nhân dân hiến" / "1.250 m2 đất …": a figure wrapped onto the next line
    if heading_like:
        return False
    if not line.blank_before:
        # a long line cut mid-phrase: after a letter, or a comma ("… năm 2025," / "Ủy ban …")
        return bool(len(previous) >= wrap and (previous[-1:].isalpha() or previous[-1:] == ","))
    # across a blank line (a PDF page or a copy's empty line): a long sentence cut short
    return len(previous) >= 200 and previous[-1:].isalpha() and previous[-1:].islower()


# -- the section tree ---------------------------------------------------------------------


@attrs.define
class _Open:
    rank: int
    path: str
    number: str | None
    prefix: str | None
    title: str | None
    citations: list[Citation]
    run_in: bool
    written: str
    blocks: list[Block] = attrs.field(factory=list)
    location: SourceLocation | None = None
    heading_level: int | None = None
    """The level of the format's heading that opened it (a Word heading style, a Markdown "#")."""
    listed: bool = False
    """A numbered list item put inside a heading of the same label form (see ``list_rank``)."""

    # a plain title that ends a sentence: the item's content if nothing comes under it
    sentence: _Unit | None = None


def _position(number: str) -> int | None:
    """The place of the last part of a label in its sequence: "3" → 3, "IV" → 4, "đ" → 5."""
    last = number.rpartition(".")[2]
    if last.isdigit():
        return int(last)
    try:
        return parse_vietnamese_letter(last) if last.islower() else parse_roman(last)
    except DanvanError:
        return None


def _follows(previous: str | None, number: str) -> bool:
    """``number`` comes right after ``previous`` in one sequence ("1" → "2", "1.2" → "1.3")."""
    if previous is None or previous.rpartition(".")[0] != number.rpartition(".")[0]:
        return False
    before, after = _position(previous), _position(number)
    return before is not None and after is not None and after == before + 1


def _wholly_in_one_emphasis(
    text: str, start: int, emphasis: list[tuple[int, int, EmphasisKind]]
) -> bool:
    """Every visible character of ``text[start:]`` lies in spans of one emphasis kind: a
    heading typed in bold after Word's automatic label ("I." + **KẾT QUẢ**), or in
    Markdown as "I. **KẾT QUẢ**", whose bold is the heading's look, not a stress."""
    if len({kind for _, _, kind in emphasis}) != 1:
        return False
    covered = bytearray(len(text))
    for begin, end, _ in emphasis:
        covered[max(begin, 0) : max(end, 0)] = b"\x01" * (max(end, 0) - max(begin, 0))
    return all(covered[i] or not text[i].strip() for i in range(start, len(text)))


class _Tree:
    """Builds nested sections from units: a label of rank r closes the open sections of rank >= r."""

    def __init__(self, runs: _Runs, context: _Context, prefix: str = "") -> None:
        self.runs = runs
        self.context = context
        self.root: list[Block] = []
        self.stack: list[_Open] = []
        self.path_prefix = prefix
        self.bullet_levels: list[_BulletLevel] = []
        self.counts: dict[str, int] = {}

    # bullet lists are built as (marker, items) levels; closed into the container on demand
    @property
    def container(self) -> list[Block]:
        return self.stack[-1].blocks if self.stack else self.root

    def _path(self, number: str | None) -> str:
        parent = self.stack[-1].path if self.stack else self.path_prefix
        if number is None:
            key = parent
            self.counts[key] = self.counts.get(key, 0) + 1
            number = f"[{self.counts[key] - 1}]"
            return f"{parent}{number}" if parent else number
        return f"{parent}.{number}" if parent else number

    def close_bullets(self) -> None:
        """Fold the open bullet levels ("+" into the last "-" item) into one list in the container."""
        while len(self.bullet_levels) > 1:
            self._fold_last_level()
        if self.bullet_levels:
            level = self.bullet_levels.pop()
            if level.items:
                self.container.append(BulletList(items=level.items, marker=level.marker))

    def list_rank(self, unit: _Unit, rank: int) -> tuple[int, bool]:
        """The rank of a labelled line that is no heading, and whether it is a list item
        inside a heading: in Word, "1. Công tác tuyên truyền" in a heading style, then its
        own list "1.", "2." in the List Number style; the items restart the count the
        heading is in, so they are its content, not its siblings."""
        label = unit.label
        if label is None or unit.heading_level is not None:
            return rank, False
        for opened in reversed(self.stack):
            if opened.listed and opened.rank == rank + _LISTED:
                if _follows(opened.number, label.number):
                    return rank + _LISTED, True
                continue
            if opened.rank < rank:
                break
            if opened.rank == rank:
                if (
                    (opened.heading_level is not None or _indented(opened, unit))
                    and opened.number is not None  # an unlabelled heading has no count to restart
                    and not _follows(opened.number, label.number)
                ):
                    return rank + _LISTED, True
                break
        return rank, False

    def heading_rank(self, unit: _Unit, rank: int) -> int:
        """Headings of one level stand side by side, as Word's navigation pane shows them,
        when one of the two has no label: an unnumbered Heading 1 between "II." and "III."
        (both Heading 1) is their sibling, not a part above "III."."""
        level = unit.heading_level
        if level is None:
            return rank
        for opened in reversed(self.stack):
            if opened.heading_level is None or opened.heading_level > level:
                continue
            if opened.heading_level == level:
                if unit.label is None and opened.number is not None:
                    return opened.rank
                if unit.label is not None and opened.number is None:
                    opened.rank = rank  # it closes now, as a sibling would
            break
        return rank

    def section(
        self,
        unit: _Unit,
        rank: int,
        number: str | None,
        prefix: str | None,
        *,
        listed: bool = False,
    ) -> None:
        self.close_bullets()
        while self.stack and self.stack[-1].rank >= rank:
            self.close()
        body = unit.body
        title: str | None = body
        first: Paragraph | None = None
        run_in = False
        text, emphasis, supers, notes = _styled_spans(unit)
        skip = len(text) - len(body) if text.endswith(body) else 0
        colon = body.find(": ")
        if (
            colon > 0
            and _is_upper(body[:colon])
            and _visible(body[colon + 1 :])
            and len(body[:colon]) < 200
        ):
            title = body[: colon + 1]
            first = self.runs.runs_paragraph(
                text, skip + colon + 2, emphasis, supers, unit.location, notes
            )
            run_in = first is not None
            if not run_in:
                title = body
        elif _ends_sentence(body) and (len(body) > 160 or ". " in body.rstrip(". ")):
            title = None
            first = self.runs.paragraph(unit)
        elif (
            emphasis
            and not (supers or notes or _has_anchor(body))
            and _wholly_in_one_emphasis(text, skip, emphasis)
        ):
            pass  # a title set wholly in bold (or italic) is the heading's own formatting
        elif emphasis or supers or notes or _has_anchor(body):
            # a title with styling or a footnote: keep the runs as a paragraph (nothing lost)
            paragraph = self.runs.paragraph(unit)
            if paragraph is not None and any(
                not isinstance(r, Text | Citation) for r in paragraph.runs
            ):
                title = None
                first = paragraph
        citations: list[Citation] = []
        if title is not None and len(title) <= MAX_REFERENCE_TEXT:
            citations = [
                Citation(text=m.text, reference=m.reference)
                for m in self.runs.references(title, text if text.endswith(body) else None, skip)
                if m.text and m.text in title
            ]
        path = self._path(number)
        opened = _Open(
            rank=rank,
            path=path,
            number=number,
            prefix=prefix,
            title=title,
            citations=citations,
            run_in=run_in,
            written=unit.text,
            location=unit.location,
            heading_level=unit.heading_level,
            listed=listed,
        )
        if (
            title is not None
            and not run_in
            and not emphasis
            and unit.heading_level is None
            and title.rstrip().endswith(_ITEM_ENDS)
        ):
            opened.sentence = unit
        if first is not None:
            opened.blocks.append(first)
        self.context.place(path, unit.location)
        self.stack.append(opened)

    def close(self) -> None:
        self.close_bullets()
        opened = self.stack.pop()
        if opened.sentence is not None and not opened.blocks:
            # "1. Ban Thường vụ ban hành 03 văn bản." with nothing under it: a numbered item
            # (khoản) whose content is that sentence, not a heading
            content = self.runs.paragraph(opened.sentence)
            if content is not None:
                opened.title, opened.citations = None, []
                opened.blocks.append(content)
                self.context.finding(
                    "R136",
                    "a numbered line that ends a sentence, with nothing under it, read as the "
                    "item's content, not its title",
                    opened.location,
                )
        try:
            section = Section(
                title=opened.title,
                blocks=opened.blocks,
                number=opened.number,
                prefix=opened.prefix,
                run_in=opened.run_in,
                citations=opened.citations,
            )
        except DanvanError as error:
            # a bare label ("Phần I" with neither title nor content): keep the line as written
            self.context.finding("R202", f"a section could not be built: {error}", opened.location)
            self.container.append(Unplaced(lines=[opened.written], location=opened.location))
            self.container.extend(opened.blocks)
            return
        self.container.append(section)

    def paragraph(self, unit: _Unit) -> None:
        paragraph = self.runs.paragraph(unit)
        if paragraph is None:
            return
        if self.bullet_levels and self.bullet_levels[-1].owns_paragraph():
            self.bullet_levels[-1].add_paragraph(paragraph)
            self.context.finding(
                "R131", "a paragraph after a bullet read as part of that bullet", unit.location
            )
            return
        self.close_bullets()
        self.container.append(paragraph)

    def bullet(self, unit: _Unit) -> None:
        marker = unit.bullet or "-"
        paragraph = self.runs.paragraph(unit)
        if paragraph is None:
            return
        levels = self.bullet_levels
        if levels and levels[-1].marker != marker:
            if any(level.marker == marker for level in levels):
                while levels[-1].marker != marker:
                    self._fold_last_level()
            elif levels[-1].items:
                levels.append(_BulletLevel(marker))
        if not levels:
            levels.append(_BulletLevel(marker))
        levels[-1].add(paragraph, unit.body)

    def _fold_last_level(self) -> None:
        level = self.bullet_levels.pop()
        items = level.finish()
        if items and self.bullet_levels:
            self.bullet_levels[-1].attach(BulletList(items=items, marker=level.marker))

    def block(self, block: Block) -> None:
        self.close_bullets()
        self.container.append(block)

    def finish(self) -> list[Block]:
        self.close_bullets()
        while self.stack:
            self.close()
        return self.root


class _BulletLevel:
    """The items of one bullet marker being built; the last item may still get paragraphs."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.items: list[BulletItem] = []
        self.open_body: str = ""

    def add(self, content: Paragraph, body: str) -> None:
        self.items.append(BulletItem(content=content))
        self.open_body = body

    def owns_paragraph(self) -> bool:
        # "- Về kiện toàn tổ chức bộ máy" (a bullet used as a sub-heading) owns what follows
        return bool(self.items) and not _ends_sentence(self.open_body) and len(self.open_body) < 200

    def add_paragraph(self, paragraph: Paragraph) -> None:
        last = self.items[-1]
        self.items[-1] = attrs.evolve(last, blocks=(*last.blocks, paragraph))

    def attach(self, children: BulletList) -> None:
        if not self.items:
            return
        last = self.items[-1]
        if last.children is None:
            self.items[-1] = attrs.evolve(last, children=children)
        else:
            merged = BulletList(
                items=(*last.children.items, *children.items), marker=last.children.marker
            )
            self.items[-1] = attrs.evolve(last, children=merged)

    def finish(self) -> list[BulletItem]:
        return self.items


def _rank(unit: _Unit) -> int | None:
    label = unit.label
    if label is not None:
        rank = int(label.kind) * _DEPTHS
        if label.kind is LabelKind.DOTTED:  # "1.2.1" under "1.2": a number more, a level deeper
            rank += min(label.number.count(".") - 1, _DOTTED_DEPTHS - 1)
        return rank
    if unit.heading_level is not None:
        return _HEADING_RANKS[min(max(unit.heading_level - 1, 0), len(_HEADING_RANKS) - 1)]
    return None


# a Markdown heading without a label ranks by its level: "#" a part, "##" as "I.", "###" as
# "1." … (capital letters "A." have no heading level of their own)
_DEPTHS = 10
"""Ranks per label kind: "1.1", "1.1.1", "1.1.1.1" each a rank deeper (up to 4), then a list
item inside a heading of its own kind (``_LISTED``), all above "a)"."""
_DOTTED_DEPTHS = 4
_LISTED = 5
"""How much deeper a numbered list item sits inside a heading of the same label form."""
_HEADING_RANKS = tuple(int(kind) * _DEPTHS for kind in LabelKind if kind is not LabelKind.CAPITAL)


# -- tables -------------------------------------------------------------------------------


# The header danvan's renderers write over an appendix's indicators (rendering.wording):
# such a table reads back as indicators, not as text cells.
_INDICATOR_HEADER = ("stt", "chỉ tiêu", "số liệu", "ghi chú")
_ROW_MARKERS = {"-": 1, "+": 2}


def _indicator_rows(
    rows: list[list[str]], context: _Context, where: SourceLocation
) -> Block | None:
    """STT | Chỉ tiêu | Số liệu | Ghi chú rows → an IndicatorTable (None when they do not fit)."""
    stack: list[tuple[int, _Ind]] = []
    tops: list[_Ind] = []
    for number, label, value, note in (row[:4] for row in rows):
        level = 0
        name = label.strip()
        if not number.strip() and name[:2] in ("- ", "+ "):
            level = _ROW_MARKERS[name[0]]
            name = name[2:].strip()
        elif not number.strip():
            return None
        opens = False
        if name.endswith(("; trong đó:", "trong đó:")):
            name = re.sub(r"[;,]?\s*trong đó:$", "", name).strip()
            opens = True
        item = _Ind(
            name=name or "(?)",
            value_text=value.strip() or None,
            location=where,
            opens_breakdown=opens,
        )
        item.note = note.strip() or None
        while stack and stack[-1][0] >= level:
            stack.pop()
        if level == 0:
            tops.append(item)
        elif stack:
            stack[-1][1].parts.append(item)
        else:
            return None
        stack.append((level, item))
    if not tops:
        return None
    return IndicatorTable(indicators=[_build_indicator(item, context) for item in tops])


def _table(table: SourceTable, context: _Context) -> Block | None:
    if isinstance(table, UncertainCells):
        lines = [
            _Line(text=line.text.strip(), source=line, blank_before=True)
            for row in table.rows
            for cell in row
            for line in cell
        ]
        return context.keep(
            lines,
            "lines that start like a table copied one cell per line, but whose rows do not "
            "fit its header (a cell left out or wrapped)",
            "R219",
        )
    rows = [
        [" ".join(line.text.strip() for line in cell if line.text.strip()) for cell in row]
        for row in table.rows
    ]
    rows = [row for row in rows if any(cell for cell in row)]
    if not rows:
        return None
    caption = table.caption.text.strip() if table.caption is not None else None
    if tuple(cell.casefold() for cell in rows[0]) == _INDICATOR_HEADER and len(rows) > 1:
        indicators = _indicator_rows(rows[1:], context, table.location)
        if indicators is not None:
            for cell in table.rows[0]:
                for line in cell[:1]:
                    context.finding(
                        "R125",
                        f"the column heading {line.text.strip()!r} read as the standard header "
                        "of a table of indicators, which the renderers print in their own words",
                        line.location,
                    )
            if isinstance(indicators, IndicatorTable) and caption:
                return attrs.evolve(indicators, title=caption)
            return indicators
    width = max(len(row) for row in rows)
    padded = [row + [""] * (width - len(row)) for row in rows]
    if any(len(row) != width for row in rows):
        context.finding(
            "R132", "table rows of unequal width padded with empty cells", table.location
        )
    try:
        return Table(header=padded[0], rows=padded[1:], caption=caption or None)
    except DanvanError as error:  # pragma: no cover - the shapes above are always valid
        context.finding("R203", f"table could not be built: {error}", table.location)
        return None


# -- the recognizer -----------------------------------------------------------------------


def _period(subject: str | None) -> ReportingPeriod | None:
    if not subject:
        return None
    text = _DATE_IN_TEXT_RE.sub(" ", subject)
    best: tuple[int, ReportingPeriod] | None = None
    for pattern in _PERIOD_PATTERNS:
        for match in pattern.finditer(text):
            try:
                period = ReportingPeriod.parse(match.group())
            except DanvanError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), period)
            break
    if best is None or best[1].kind is PeriodKind.YEAR:
        months = _MONTHS_OF_YEAR_RE.search(text)
        if months is not None and (best is None or best[1].year == int(months[2])):
            return ReportingPeriod.parse(f"{months[1]} tháng đầu năm {months[2]}")
    return best[1] if best is not None else None


def _find_title(entries: list[_Entry]) -> tuple[int, DocumentType, str] | None:
    """The index of the type's title line, the type, and subject text on the same line."""
    seen = 0
    for index, entry in enumerate(entries):
        if not isinstance(entry, _Line):
            continue
        seen += 1
        if seen > 60:
            return None
        kind = is_type_title(entry.text)
        if kind is not None:
            return index, kind, ""
        folded = entry.text.casefold()
        for word, candidate in (
            ("báo cáo ", DocumentType.BAO_CAO),
            ("kế hoạch ", DocumentType.KE_HOACH),
        ):
            if (
                folded.startswith(word)
                and _is_upper(entry.text[: len(word)])
                and not split_label(entry.text)
            ):
                rest = entry.text[len(word) :].strip()
                if _is_upper(entry.text) or entry.source.heading_level is not None:
                    return index, candidate, rest
                if rest[:1].isupper() and not _ends_sentence(rest):
                    # "BÁO CÁO Kết quả …": the type in capitals and the subject on one line
                    return index, candidate, rest
    return None


def _header_fragments(entries: Sequence[_Entry]) -> list[Fragment]:
    fragments: list[Fragment] = []
    for entry in entries:
        if isinstance(entry, SourceTable):
            for row in entry.rows:
                for cell in row:
                    for line in cell:
                        fragments += _line_fragments(line.text, line.location)
        else:
            fragments += _line_fragments(entry.text, entry.location)
    return fragments


def _line_fragments(text: str, location: SourceLocation) -> list[Fragment]:
    pieces, joined = column_pieces(text)
    return [Fragment(piece, location, joined=text if joined else None) for piece in pieces]


def _leading_header(entries: list[_Entry]) -> int:
    """Without a title: how many leading lines are header lines (number, place and date, motto)."""
    from danvan.reading.header import looks_like_header_line

    count = 0
    for entry in entries:
        if isinstance(entry, _Line) and looks_like_header_line(entry.text):
            count += 1
            continue
        break
    return count


def recognize(source: SourceDocument) -> Document:
    """The document in ``source``; its ``origin`` holds the findings and the part locations.

    Never refuses text: anything it cannot place is kept in an Unplaced block.
    """
    context = _Context(source)
    entries = _entries(source, context)
    entries = _drop_page_furniture(entries, context)
    entries, notes = _take_footnotes(entries, context)
    entries = _tab_tables(entries, context)
    entries = _cell_tables(entries, context)
    entries, stamps = take_stamps(entries)
    runs = _Runs(context, notes)

    found = _find_title(entries)
    subject: str | None = None
    if found is not None:
        title_at, kind, same_line = found
        title_line = entries[title_at]
        assert isinstance(title_line, _Line)
        header = read_header(_header_fragments(entries[:title_at]))
        context.place("header.title", title_line.location)
        rest_at = title_at + 1
        subject_lines: list[_Line] = []
        if same_line:
            subject_lines.append(attrs.evolve(title_line, text=same_line))
        while rest_at < len(entries):
            entry = entries[rest_at]
            if not isinstance(entry, _Line):
                break
            if subject_lines and entry.blank_before:
                break
            if (
                subject_lines
                and subject_lines[-1].source.centered
                and entry.source.centered is False
            ):
                break  # a Word paragraph not centred under a centred subject goes on no subject
            label, bullet = _structural(entry)
            if bullet is not None and subject_lines and _range_tail(subject_lines[-1].text, entry):
                bullet = None
            if (
                label is not None
                or bullet is not None
                # "Thực hiện ..." right under the title is the subject; after a blank, a
                # basis unless its block ends as a subject does, without punctuation
                or (
                    _BASIS_RE.match(entry.text)
                    and (subject_lines or (entry.blank_before and _ends_as_basis(entries, rest_at)))
                )
                or _ADDRESSEE_RE.match(entry.text)
                or _RECIPIENTS_RE.match(entry.text)
            ):
                break
            if len(subject_lines) >= 6:
                break
            if subject_lines and entry.text[:1].isupper() and _ends_sentence(entry.text):
                break  # a sentence right under the subject (a copy without blank lines)
            subject_lines.append(entry)
            rest_at += 1
        if subject_lines:
            subject = " ".join(line.text for line in subject_lines)
            context.place("header.subject", subject_lines[0].location)
            if len(subject_lines) > 1:
                context.finding(
                    "R103", "a subject over several lines joined", subject_lines[1].location
                )
        else:
            context.finding("R204", "no subject (trích yếu) under the title", title_line.location)
    else:
        count = _leading_header(entries)
        header = read_header(_header_fragments(entries[:count]))
        rest_at = count
        kind = DocumentType.BAO_CAO
        if header.number is not None and header.number.document_type is DocumentType.KE_HOACH:
            kind = DocumentType.KE_HOACH
        context.finding(
            "R205",
            f"no title ('BÁO CÁO', 'KẾ HOẠCH') found: read as a {kind.value}",
            entries[0].location if entries and isinstance(entries[0], _Line) else None,
        )
    for path, location in header.locations.items():
        context.place(path, location)
    context.findings.extend(header.findings)
    leading: list[Block] = []
    if header.leftovers:
        kept = context.keep(
            [
                _Line(
                    text=f.text,
                    source=SourceLine(text=f.text, location=f.location),
                    blank_before=True,
                )
                for f in header.leftovers
            ],
            "header text that is no part of the header",
        )
        if kept is not None:
            leading.append(kept)
    if header.issuer is None:
        context.finding("R206", "no issuing agency (cơ quan ban hành) in the source", None)

    body_entries = entries[rest_at:]
    tail_at = next(
        (
            i
            for i, e in enumerate(body_entries)
            if (_RECIPIENTS_RE.match(e.text) if isinstance(e, _Line) else _opens_recipients(e))
        ),
        None,
    )
    appendix_at = _appendix_start(body_entries, tail_at)
    end_of_body = min(x for x in (tail_at, appendix_at, len(body_entries)) if x is not None)
    tail_entries = (
        body_entries[end_of_body:appendix_at]
        if appendix_at is not None
        else body_entries[end_of_body:]
    )
    appendix_entries = body_entries[appendix_at:] if appendix_at is not None else []
    main = body_entries[:end_of_body]
    if header.place_date is None:
        main = _place_date_above_closing(main, header, context)
    if header.place_date is None:
        context.finding("R207", "no place and date (địa danh, ngày tháng) in the source", None)
    tail = read_tail(_lines_of(tail_entries), context)
    if tail_at is None:
        main, tail = _signature_without_recipients(main, tail, context)
    elif tail.signature is None:
        # the signature column copied above "Nơi nhận" (a PDF that gives the right column first)
        main, above = _signature_without_recipients(main, Tail(), context)
        if above.signature is not None:
            tail = attrs.evolve(
                tail, signature=above.signature, unplaced=[*above.unplaced, *tail.unplaced]
            )

    tail = _place_stamps(stamps, tail, context)

    # the body
    addressees, main = _addressees(main, context)
    units_and_tables = _units_and_tables(main, context)
    runs.find_heads(unit.text for unit in units_and_tables if isinstance(unit, _Unit))

    bases: list[Paragraph] = []
    introduction: list[Paragraph] = []
    # a document of paragraphs alone (a "báo cáo nhanh"): its closing sentences ("… kính báo
    # cáo./.") end it, not its introduction
    sectionless = not any(
        isinstance(unit, _Unit)
        and (unit.label is not None or unit.bullet is not None or unit.heading_level is not None)
        for unit in units_and_tables
    )
    limit = len(units_and_tables)
    if sectionless:
        ending = len(_closing(units_and_tables))
        if any(
            isinstance(unit, SourceTable) or not _BASIS_RE.match(unit.text)
            for unit in units_and_tables[: limit - ending]
        ):
            limit -= ending  # never the only content paragraph: "Nội dung./." is content
    index = 0
    while index < limit:
        unit = units_and_tables[index]
        if (
            not isinstance(unit, _Unit)
            or unit.label is not None
            or unit.bullet is not None
            or unit.heading_level is not None
        ):
            break
        is_basis = bool(_BASIS_RE.match(unit.text)) and not introduction
        whole_italic = all(line.source.italic for line in unit.lines)
        paragraph = runs.paragraph(unit, italic_by_style=is_basis and whole_italic)
        if paragraph is not None:
            target = bases if is_basis else introduction
            path = (
                f"bases[{len(bases)}]" if target is bases else f"introduction[{len(introduction)}]"
            )
            context.place(path, unit.location)
            target.append(paragraph)
        index += 1
    rest_units = units_and_tables[index:]
    closing_units = _closing(rest_units)
    body_units = rest_units[: len(rest_units) - len(closing_units)]
    tree = _Tree(runs, context)
    _grow(tree, _chunks(body_units), context)
    body = [*leading, *tree.finish()]
    closing: list[Paragraph] = []
    for offset, unit in enumerate(closing_units):
        paragraph = runs.paragraph(unit)
        if paragraph is not None:
            context.place(f"closing[{offset}]", unit.location)
            closing.append(paragraph)
    body.extend(tail.unplaced)

    appendices = _appendices(appendix_entries, runs, context)

    unused = [n for n in notes if n not in runs.used]
    for note in unused:
        text, location = notes[note]
        context.finding("R208", f"footnote {note} has no anchor in the text", location)
        body.append(Unplaced(lines=[f"{note} {text}"], location=location))

    status = _status(header, subject, tail)
    marks, status = _marks(header, status, body, context)
    cls = Plan if kind is DocumentType.KE_HOACH else Report
    number = header.number
    if number is not None and number.document_type is not kind:
        where = context.parts.get("header.number")
        context.finding(
            "R209",
            f"the symbol {number} does not name a {kind.value}: kept as unplaced text",
            where,
        )
        body.insert(0, Unplaced(lines=[header.number_text or str(number)], location=where))
        number = None
    period = _period(subject)
    origin = Origin(
        source=source.name,
        format=source.format,
        findings=context.findings,
        parts=[PartLocation(path=path, location=loc) for path, loc in context.parts.items()],
    )
    fields = {
        "issuer": header.issuer,
        "place_date": header.place_date,
        "subject": subject,
        "number": number,
        "status": status,
        "addressees": addressees,
        "bases": bases,
        "introduction": introduction,
        "body": body,
        "closing": closing,
        "recipients": tail.recipients,
        "signature": tail.signature,
        "appendices": appendices,
        "period": period,
        "origin": origin,
        **marks,
    }
    try:
        return cls(**fields)  # type: ignore[arg-type]
    except DanvanError as error:
        # the model refused a combination (an issued-looking document that is not): hold it as read
        context.finding("R210", f"held as read: {error}", None)
        fields["status"] = DocumentStatus.AS_READ
        if "draft_revision" in marks:  # a document held as read prints no draft mark
            fields.pop("draft_revision")
            _keep_draft_mark(header, body, context)
            fields["body"] = body
        fields["origin"] = attrs.evolve(origin, findings=context.findings)
        return cls(**fields)  # type: ignore[arg-type]


def _grow(tree: _Tree, items: Iterable[list[_Unit] | SourceTable], context: _Context) -> None:
    """Feed chunks into ``tree``: a table as a block; each line as a section (by its rank),
    a bullet or a paragraph."""
    for item in items:
        if isinstance(item, SourceTable):
            block = _table(item, context)
            if block is not None:
                tree.block(block)
        else:
            for unit in item:
                rank = _rank(unit)
                if rank is not None:
                    label = unit.label
                    listed = False
                    if label is not None and tree.stack:
                        rank, listed = tree.list_rank(unit, rank)
                    if unit.heading_level is not None and tree.stack:
                        rank = tree.heading_rank(unit, rank)
                    tree.section(
                        unit,
                        rank,
                        label.number if label is not None else None,
                        label.prefix.capitalize() if label is not None and label.prefix else None,
                        listed=listed,
                    )
                elif unit.bullet is not None:
                    tree.bullet(unit)
                else:
                    tree.paragraph(unit)


def _chunks(units: list[_Unit | SourceTable]) -> list[list[_Unit] | SourceTable]:
    chunks: list[list[_Unit] | SourceTable] = []
    for unit in units:
        if isinstance(unit, SourceTable):
            chunks.append(unit)
        elif chunks and isinstance(chunks[-1], list):
            chunks[-1].append(unit)
        else:
            chunks.append([unit])
    return chunks


def _status(header: HeaderParts, subject: str | None, tail: Tail) -> DocumentStatus:
    if header.issuer is None or header.place_date is None or subject is None:
        return DocumentStatus.AS_READ
    complete = (
        header.number is not None
        and header.number.number is not None
        and header.place_date.is_complete
        and tail.signature is not None
        and tail.signature.name is not None
    )
    return DocumentStatus.ISSUED if complete else DocumentStatus.DRAFT


def _marks(
    header: HeaderParts, status: DocumentStatus, body: list[Block], context: _Context
) -> tuple[dict[str, object], DocumentStatus]:
    """The document fields of the header's marks, and the status a draft mark sets.

    A draft mark ("DỰ THẢO", "Dự thảo lần 2") makes the document a draft; on a document held
    as read (header parts missing) no draft mark is printed, so it is kept as written.
    """
    fields: dict[str, object] = {}
    for mark, _ in header.marks:
        if mark.field != "draft":
            fields[mark.field] = mark.value
        elif status is DocumentStatus.AS_READ:
            _keep_draft_mark(header, body, context)
        else:
            status = DocumentStatus.DRAFT
            fields["draft_revision"] = mark.value
    return fields, status


def _keep_draft_mark(header: HeaderParts, body: list[Block], context: _Context) -> None:
    for mark, fragment in header.marks:
        if mark.field == "draft":
            context.finding(
                "R218",
                f"the mark {fragment.text!r} kept as written: a document held as read "
                "(header parts missing) prints no draft mark",
                fragment.location,
            )
            body.insert(0, Unplaced(lines=[fragment.text], location=fragment.location))


def _place_stamps(stamps: list[list[_Line]], tail: Tail, context: _Context) -> Tail:
    """A digital signature's stamps go with the signature (R126); with no signature they are
    kept as unplaced text (R220)."""
    if not stamps:
        return tail
    signature = tail.signature
    if signature is None:
        for lines in stamps:
            kept = context.keep(
                lines, "a digital signature's stamp in a document with no signature", "R220"
            )
            if kept is not None:
                tail.unplaced.append(kept)
        return tail
    notes = list(signature.notes)
    for lines in stamps:
        context.finding(
            "R126",
            f"a digital signature's stamp ({lines[0].text[:60]!r}) placed with the signature",
            lines[0].location,
        )
        for line in lines:
            context.place(f"signature.notes[{len(notes)}]", line.location)
            notes.append(line.text)
    tail.signature = attrs.evolve(signature, notes=notes)
    return tail


def _units_and_tables(entries: Sequence[_Entry], context: _Context) -> list[_Unit | SourceTable]:
    """Lines joined into units, tables kept where they stand."""
    out: list[_Unit | SourceTable] = []
    pending: list[_Line] = []
    for entry in entries:
        if isinstance(entry, SourceTable):
            out.extend(_units(pending, context))
            pending = []
            out.append(entry)
        else:
            pending.append(entry)
    out.extend(_units(pending, context))
    return out


def _place_date_above_closing(
    main: list[_Entry], header: HeaderParts, context: _Context
) -> list[_Entry]:
    """A header without its place and date, and the line "Sơn Thủy, ngày 26 tháng 12 năm
    2025" alone at the end of the body, above the closing block (older layouts put it there):
    the document's place and date, with finding R138."""
    last = main[-1] if main else None
    if not isinstance(last, _Line) or len(last.text) > 80:
        return main
    found = HeaderParts()
    if not _read_place_date(last.text, last.location, found) or found.place_date is None:
        return main
    header.place_date = found.place_date
    context.findings.extend(found.findings)
    context.place("header.place_date", last.location)
    context.finding(
        "R138",
        "the place and date read at the end of the body, above the closing block",
        last.location,
    )
    return main[:-1]


def _opens_recipients(table: SourceTable) -> bool:
    """The closing block set in a table (a Word layout exported to Markdown): its first cell
    opens with "Nơi nhận"; its cells are then read as the closing lines, column by column."""
    first = table.rows[0][0] if table.rows and table.rows[0] else ()
    return bool(first) and bool(_RECIPIENTS_RE.match(first[0].text.strip()))


def _lines_of(entries: Sequence[_Entry]) -> list[_Line]:
    """The lines of ``entries``, a table's cells row by row (the closing block has no tables)."""
    lines: list[_Line] = []
    for entry in entries:
        if isinstance(entry, _Line):
            lines.append(entry)
            continue
        for row in entry.rows:
            for cell in row:
                lines.extend(
                    _Line(text=line.text.strip(), source=line, blank_before=True)
                    for line in cell
                    if line.text.strip()
                )
    return lines


def _addressees(main: list[_Entry], context: _Context) -> tuple[list[str], list[_Entry]]:
    for index, entry in enumerate(main[:3]):
        if isinstance(entry, _Line) and (match := _ADDRESSEE_RE.match(entry.text)):
            found: list[str] = []
            rest = entry.text[match.end() :].strip()
            context.place("addressees", entry.location)
            if rest:
                found.extend(p.strip(" .;-") for p in rest.split(";") if _visible(p))
            last = rest
            stop = index + 1
            while stop < len(main):
                following = main[stop]
                if not isinstance(following, _Line):
                    break
                bullet = split_bullet(following.text)
                if bullet is None:
                    if found and _addressee_runs_on(last, following):
                        # "- Ủy ban nhân dân tỉnh Cao" / "Điền;": a name wrapped by the copy
                        found[-1] = f"{found[-1]} {following.text.strip(' .;')}"
                        last = following.text
                        stop += 1
                        continue
                    break
                found.append(bullet[1].strip(" .;"))
                last = bullet[1]
                stop += 1
            if not found and stop == index + 1:
                # "Kính gửi:" alone, the addressees on the lines right under it, no dashes
                while stop < len(main):
                    following = main[stop]
                    if (
                        not isinstance(following, _Line)
                        or following.blank_before
                        or len(following.text) > 200
                        or split_label(following.text) is not None
                    ):
                        break
                    found.extend(p.strip(" .;-") for p in following.text.split(";") if _visible(p))
                    stop += 1
                    if following.text.rstrip().endswith("."):
                        break
            found = [name for name in found if _visible(name)]
            if not found:
                return [], main  # "Kính gửi:" with no one after it stays as written
            return found, [*main[:index], *main[stop:]]
    return [], main


def _addressee_runs_on(last: str, following: _Line) -> bool:
    """The line under an addressee continues its name: the name has not ended (no ";" or "."),
    and the line is short, right under it, and neither a label nor a basis."""
    return (
        not last.rstrip().endswith((";", ".", ":"))
        and not following.blank_before
        and len(following.text) < 120
        and split_label(following.text) is None
        and not _BASIS_RE.match(following.text)
    )


def _closing(units: list[_Unit | SourceTable]) -> list[_Unit]:
    """The closing paragraphs at the end of the body: "Trên đây là …", "… trân trọng báo cáo./."."""
    closing: list[_Unit] = []
    index = len(units) - 1
    while index >= 0:
        unit = units[index]
        if not isinstance(unit, _Unit) or unit.label is not None or unit.bullet is not None:
            break
        if not _CLOSING_RE.search(unit.text):
            break
        previous = units[index - 1] if index > 0 else None
        if (
            isinstance(previous, _Unit)
            and previous.label is not None
            and not _ends_sentence(previous.body)
            and not closing
            and not unit.text.casefold().startswith("trên đây")
        ):
            break  # the only paragraph of the last section is its content, not the closing
        closing.insert(0, unit)
        index -= 1
    return closing


def _appendix_start(entries: list[_Entry], tail_at: int | None) -> int | None:
    start = tail_at if tail_at is not None else 0
    for index in range(start, len(entries)):
        if _is_appendix_head(entries, index):
            if tail_at is None and index < len(entries) // 3:
                continue
            return index
    return None


def _ends_as_basis(entries: list[_Entry], index: int) -> bool:
    """The block of lines from ``index`` to the next blank line ends as a basis (căn cứ)
    does, with ";", ",", ":" or "."; a subject (trích yếu) ends without punctuation, also
    when it begins "Thực hiện …" and stands after a blank line (as Markdown always has)."""
    last = entries[index]
    for entry in entries[index + 1 :]:
        if not isinstance(entry, _Line) or entry.blank_before:
            break
        last = entry
    assert isinstance(last, _Line)
    return last.text.rstrip(" *_").endswith((";", ",", ":", "."))


def _is_appendix_head(entries: list[_Entry], index: int) -> bool:
    """The line at ``index`` opens an appendix (phụ lục).

    Either "PHỤ LỤC …" in capitals or a heading, or the word in the decree's own case
    standing alone ("Phụ lục", "Phụ lục II", as danvan's text layout prints it) with its
    upper-case title or its "(Kèm theo …)" line among the next two lines: a sentence that
    merely begins "Phụ lục …" has neither.
    """
    entry = entries[index]
    if not isinstance(entry, _Line) or (match := _APPENDIX_RE.match(entry.text)) is None:
        return False
    if _is_upper(entry.text[: match.end()]) or entry.source.heading_level is not None:
        return True
    if match.end() != len(entry.text.rstrip()):
        return False
    following = [e for e in entries[index + 1 : index + 3] if isinstance(e, _Line)]
    return any(_is_upper(e.text) or _ATTACHMENT_RE.match(e.text) for e in following)


def _signature_without_recipients(
    main: list[_Entry], tail: Tail, context: _Context
) -> tuple[list[_Entry], Tail]:
    """No "Nơi nhận": the signature may still close the body (upper-case title lines, a name)."""
    for index in range(len(main) - 1, max(len(main) - 6, -1), -1):
        entry = main[index]
        if isinstance(entry, _Line) and looks_like_signature_start(entry.text):
            # the title lines above belong to it too ("TM. …", "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")
            while (
                index > 0
                and isinstance(above := main[index - 1], _Line)
                and looks_like_signature_start(above.text)
            ):
                index -= 1
            lines = [e for e in main[index:] if isinstance(e, _Line)]
            if len(lines) > 5:
                break
            found = read_tail(lines, context)
            if found.signature is not None:
                return main[:index], found
    return main, tail


def _appendices(entries: list[_Entry], runs: _Runs, context: _Context) -> list[Appendix]:
    starts = [i for i in range(len(entries)) if _is_appendix_head(entries, i)]
    appendices: list[Appendix] = []
    for position, start in enumerate(starts):
        stop = starts[position + 1] if position + 1 < len(starts) else len(entries)
        appendix = _appendix(entries[start:stop], len(appendices), runs, context)
        if appendix is not None:
            appendices.append(appendix)
    return appendices


def _appendix(entries: list[_Entry], index: int, runs: _Runs, context: _Context) -> Appendix | None:
    first = entries[0]
    assert isinstance(first, _Line)
    match = _APPENDIX_RE.match(first.text)
    assert match is not None
    path = f"appendix[{index}]"
    context.place(path, first.location)
    label_text = " ".join(first.text[: match.start("number") + len(match.group("number"))].split())
    title = first.text[match.end() :].strip() or None
    position = 1
    if title is None:
        while position < len(entries):
            entry = entries[position]
            if (
                isinstance(entry, _Line)
                and _is_upper(entry.text)
                and not _ATTACHMENT_RE.match(entry.text)
            ):
                title = entry.text if title is None else f"{title} {entry.text}"
                position += 1
                continue
            break
    attachment_lines: list[str] = []
    while position < len(entries):
        entry = entries[position]
        if not isinstance(entry, _Line):
            break
        if not attachment_lines and not _ATTACHMENT_RE.match(entry.text):
            break
        attachment_lines.append(entry.text)
        position += 1
        if entry.text.rstrip().endswith(")"):
            break
    attachment = " ".join(attachment_lines) or None
    label = label_text  # as written: "PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 02"
    if title is None:
        context.finding(
            "R217", "an appendix without a title: its label stands as title", first.location
        )
        title = label_text
    rest = entries[position:]
    blocks = _appendix_blocks(rest, path, runs, context)
    try:
        return Appendix(title=title, blocks=blocks, label=label, attachment=attachment)
    except DanvanError as error:  # pragma: no cover - title is never empty here
        context.finding("R203", f"appendix could not be built: {error}", first.location)
        return None


def _appendix_blocks(
    entries: list[_Entry], path: str, runs: _Runs, context: _Context
) -> list[Block]:
    items = _units_and_tables(entries, context)
    units = [item for item in items if isinstance(item, _Unit)]
    runs.find_heads(unit.text for unit in units)
    labelled = [u for u in units if u.label is not None]
    # a list of "- Số thôn có quy ước: 9/9 thôn" lines, every item a bullet or a label
    dashed = bool(units) and all(u.label is not None or u.bullet is not None for u in units)
    if len(units) == len(items) and (  # no tables
        (labelled and units[0].label is not None) or (dashed and units[0].bullet is not None)
    ):
        table: IndicatorTable | None = None
        if units[0].label is not None and all(
            u.label is not None and u.label.kind is LabelKind.ARABIC for u in labelled
        ):
            table = _indicator_table(units, path, context)
        else:
            table = _labelled_indicator_table(units, path, context)
        if table is not None:
            return [table]
    tree = _Tree(runs, context, prefix=path)
    _grow(tree, _chunks(items), context)
    return tree.finish()


@attrs.define
class _Ind:
    name: str
    value_text: str | None
    location: SourceLocation
    parts: list[_Ind] = attrs.field(factory=list)
    opens_breakdown: bool = False
    note: str | None = None
    label: str | None = None


def _indicator(unit: _Unit) -> _Ind:
    body = unit.body
    name, value = split_indicator(body)
    opens = False
    if value is None and re.search(r"trong[ \t]+đó[ \t]*:?$", name, re.IGNORECASE):
        opens = True
    if value is not None and re.search(r"trong[ \t]+đó[ \t]*:?$", value, re.IGNORECASE):
        opens = True
    return _Ind(name=name or body, value_text=value, location=unit.location, opens_breakdown=opens)


def _indicator_table(units: list[_Unit], path: str, context: _Context) -> IndicatorTable | None:
    tops: list[_Ind] = []
    for unit in units:
        item = _indicator(unit)
        if unit.label is not None:
            if unit.label.number != str(len(tops) + 1):
                # not counted 1, 2, 3 …: the labels are kept as written
                return _labelled_indicator_table(units, path, context)
            tops.append(item)
            continue
        if not tops:
            return None
        top = tops[-1]
        holder = (
            top.parts[-1]
            if top.parts and top.parts[-1].opens_breakdown and unit.bullet is not None
            else top
        )
        holder.parts.append(item)
    built: list[Indicator] = []
    for position, item in enumerate(tops):
        where = f"{path}.indicator[{position}]"
        context.place(where, item.location)
        built.append(_build_indicator(item, context))
    return IndicatorTable(indicators=built)


# the depth of an appendix item by its label: "I." over "1." over "1.1." over "a)" over "-"
# over "+" (the labels of Nghị định 30, Phụ lục I, with the bullets under them)
_ITEM_RANKS = {
    LabelKind.ROMAN: 1,
    LabelKind.ARABIC: 2,
    LabelKind.DOTTED: 3,
    LabelKind.LETTER: 4,
}
_BULLET_RANKS = {"-": 5, "+": 6}


def _labelled_indicator_table(
    units: list[_Unit], path: str, context: _Context
) -> IndicatorTable | None:
    """Appendix items under any labels ("I.", "1.", "1.1.", "a)", "-", "+") as indicators:
    a label holds the items of deeper labels after it; labels are kept as written.

    Read so only when every line is an item (labelled or a bullet, no paragraph in between),
    there are no parts (Phần) or chapters, and most items without sub-items carry a value
    ("Số hội nghị: 04"); otherwise the appendix is read as sections (R133).
    """
    tops: list[_Ind] = []
    stack: list[tuple[int, _Ind]] = []
    leaves_with_value = leaves = 0
    # items that are all bullets ("- Số thôn …: 9/9 thôn") stand at the first bullet's depth
    top_bullet = _item_rank(units[0]) if units and units[0].label is None else None
    for index, unit in enumerate(units):
        label = unit.label
        if label is not None and label.kind in _ITEM_RANKS:
            rank = _ITEM_RANKS[label.kind]
        elif label is None and unit.bullet is not None:
            rank = _BULLET_RANKS[unit.bullet]
        else:
            return _not_indicators(unit, context)
        item = _indicator(unit)
        item.label = label.number if label is not None else None
        while stack and stack[-1][0] >= rank:
            stack.pop()
        if stack:
            stack[-1][1].parts.append(item)
        elif rank <= 4 or rank == top_bullet:
            tops.append(item)
        else:
            return _not_indicators(unit, context)  # a bullet before any labelled item
        stack.append((rank, item))
        following = units[index + 1] if index + 1 < len(units) else None
        deeper = following is not None and _item_rank(following) > rank
        if not deeper:
            leaves += 1
            leaves_with_value += item.value_text is not None
    if top_bullet is not None and not leaves_with_value:
        return None  # a bullet list of prose, as in the body: no indicator was meant
    if not tops or leaves_with_value * 2 < leaves:
        return _not_indicators(units[0], context)
    built: list[Indicator] = []
    for position, item in enumerate(tops):
        context.place(f"{path}.indicator[{position}]", item.location)
        built.append(_build_indicator(item, context))
    context.finding(
        "R135",
        "appendix items under labels other than 1, 2, 3 read as indicators, labels as written",
        units[0].location,
    )
    return IndicatorTable(indicators=built)


def _item_rank(unit: _Unit) -> int:
    if unit.label is not None:
        return _ITEM_RANKS.get(unit.label.kind, 0)
    return _BULLET_RANKS.get(unit.bullet or "", 0)


def _not_indicators(unit: _Unit, context: _Context) -> IndicatorTable | None:
    """No table of indicators (None), with the finding that says why."""
    context.finding(
        "R133",
        "appendix items that are not all indicator lines (a paragraph, a part, or too few "
        "values): read as sections, labels as written",
        unit.location,
    )
    return None


def _build_indicator(item: _Ind, context: _Context) -> Indicator:
    value_text = item.value_text
    inline_parts: list[Indicator] = []
    breakdown_said = item.opens_breakdown
    head = value_text
    if value_text is not None:
        head, parts_text = split_breakdown(value_text)
        if parts_text is not None:
            breakdown_said = True
            for piece in parts_text.split(";"):
                if not _visible(piece):
                    continue
                name, value = split_indicator(piece)
                quantity = parse_quantity(value) if value is not None else None
                inline_parts.append(
                    Indicator(
                        name=name or piece.strip(),
                        value=quantity,
                        written=value.strip() if value else None,
                    )
                )
    quantity = parse_quantity(head) if head else None
    parts = inline_parts + [_build_indicator(part, context) for part in item.parts]
    name = item.name.strip() or "(?)"
    written = head.strip() if head else None
    if parts and quantity is None and not breakdown_said:
        return Indicator(
            name=name,
            breakdown=parts,
            is_group=True,
            written=written,
            note=item.note,
            label=item.label,
        )
    complete = False
    if breakdown_said and parts and quantity is not None and not isinstance(quantity, TextValue):
        try:
            Indicator(name=name, value=quantity, breakdown=parts, breakdown_complete=True)
            complete = True
        except DanvanError as error:
            context.finding(
                "R134",
                f"the parts (trong đó) of {name!r} do not add up: {error.rule if hasattr(error, 'rule') else error}",
                item.location,
            )
    return Indicator(
        name=name,
        value=quantity,
        breakdown=parts,
        breakdown_complete=complete,
        written=written,
        note=item.note,
        label=item.label,
    )


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
