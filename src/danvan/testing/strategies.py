"""Hypothesis strategies (chiến lược sinh dữ liệu) that build only valid danvan model objects.

Every strategy respects every invariant of the model, so a test that receives an
object can rely on it being something a user could build: an issued report has a
number, a full date and a named signer; a report's symbol says "BC" and a plan's "KH";
a breakdown that claims to add up does; a ratio's percent matches; a "KT." signer's
title differs from the head's. Text is realistic Vietnamese drawn from a small
vocabulary, mixed with arbitrary Unicode, always NFC and never blank where the model
needs text. Sizes stay small (a few sections, a few blocks) so hundreds of examples run
in seconds.

Downstream packages use them to test their own renderers and readers against the whole
space of documents, not only the examples they thought of::

    from hypothesis import given, settings
    from danvan.testing import strategies as dvst

    @settings(max_examples=100, deadline=None)
    @given(dvst.documents())
    def test_pdf_renderer_handles_every_document(document):
        pdf = my_package.render_pdf(document)      # must never raise
        assert pdf.startswith(b"%PDF")

    @given(dvst.sections(max_depth=2))
    def test_outline_numbering(section):
        ...

Hypothesis is a test dependency of danvan: import this module only from tests.
``strategy_for(cls)`` gives the strategy of any model class, for generic tests, and
``hypothesis.strategies.from_type(cls)`` gives the same strategy once ``danvan.testing`` is
imported (or, with danvan installed, as soon as Hypothesis is: see
:func:`register_type_strategies`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import unicodedata
from collections.abc import Callable
from decimal import Decimal
from typing import Any, ParamSpec, TypeVar, cast

from hypothesis import strategies as st

from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BaseDocument,
    Block,
    BulletItem,
    BulletList,
    Circulation,
    Citation,
    Contact,
    Count,
    Document,
    DocumentNumber,
    DocumentStatus,
    DocumentSystem,
    DocumentType,
    Emphasis,
    EmphasisKind,
    Finding,
    FindingStatus,
    Fix,
    FixSafety,
    Footnote,
    Indicator,
    IndicatorTable,
    Inline,
    LegalReference,
    Money,
    Paragraph,
    PartialDate,
    Percent,
    PlaceDate,
    Plan,
    Quantity,
    Ratio,
    Recipient,
    Recipients,
    Recurrence,
    Repair,
    Report,
    ReportingPeriod,
    Secrecy,
    Section,
    Severity,
    Signature,
    Superscript,
    SymbolForm,
    Table,
    Task,
    TaskTable,
    Text,
    TextValue,
    Unplaced,
    Urgency,
)
from danvan.model.origin import Origin, PartLocation, ReadFinding, SourceLocation
from danvan.model.types import type_codes
from danvan.rendering.numbering import Counter, LevelStyle, NumberingScheme
from danvan.vn.bodies import PARTY_ISSUER_CODES

__all__ = [
    "MODEL_CLASSES",
    "agencies",
    "appendices",
    "blocks",
    "bullet_items",
    "bullet_lists",
    "citations",
    "contacts",
    "counts",
    "date_likes",
    "dates",
    "document_numbers",
    "documents",
    "emphases",
    "findings",
    "fixes",
    "footnotes",
    "indicator_tables",
    "indicators",
    "inlines",
    "legal_references",
    "level_styles",
    "money",
    "numbering_schemes",
    "origins",
    "paragraphs",
    "part_locations",
    "partial_dates",
    "percents",
    "place_dates",
    "plans",
    "quantities",
    "ratios",
    "read_findings",
    "recipient_entries",
    "recipients",
    "register_type_strategies",
    "repairs",
    "reporting_periods",
    "reports",
    "sections",
    "signatures",
    "source_locations",
    "strategy_for",
    "superscripts",
    "tables",
    "task_tables",
    "tasks",
    "text_runs",
    "text_values",
    "unplaced_blocks",
    "vietnamese_texts",
]

T = TypeVar("T")
P = ParamSpec("P")
SearchStrategy = st.SearchStrategy

MIN_YEAR = 1945
MAX_YEAR = 2100
"""Years stay where Vietnamese administrative documents live (the model checks 1945..2100)."""

# -- vocabulary --------------------------------------------------------------------------

WORDS: tuple[str, ...] = (
    "công tác", "dân vận", "chính quyền", "dân vận khéo", "thực hiện", "dân chủ", "cơ sở",
    "Ủy ban nhân dân", "tỉnh", "huyện", "xã", "phường", "thị trấn", "cán bộ", "công chức",
    "viên chức", "người lao động", "tuyên truyền", "phổ biến", "pháp luật", "Đảng",
    "Nhà nước", "Mặt trận Tổ quốc", "đoàn thể", "hội nghị", "kế hoạch", "báo cáo",
    "kết quả", "nhiệm vụ", "giải pháp", "năm", "quý", "tháng", "đồng", "hòa giải", "thủy lợi",
    "sức khỏe", "quy chế", "tiếp công dân", "khiếu nại", "tố cáo", "đối thoại", "nhân dân",
    "kiểm tra", "giám sát", "đánh giá", "triển khai", "chỉ đạo", "phối hợp", "văn bản",
    "mô hình", "điển hình", "tiên tiến", "khen thưởng", "hiệu quả", "nâng cao", "ý thức",
    "trách nhiệm", "phục vụ", "đồng bào", "dân tộc thiểu số", "biên giới", "nông thôn mới",
    "chuyển đổi số", "cải cách hành chính", "một cửa", "liên thông", "Quý IV", "đạt",
    "100%", "08 văn bản", "01 cuộc", "trên địa bàn",
)  # fmt: skip
"""Vietnamese words and phrases (NFC, old-style tone marks) that sentences are drawn from."""

PROVINCES: tuple[str, ...] = (
    "Sơn La", "Hưng Yên", "Nghệ An", "Hà Nội", "Thành phố Hồ Chí Minh", "Đắk Lắk",
    "Thừa Thiên Huế", "Quảng Ninh", "Cần Thơ", "Lào Cai", "Bắc Ninh", "Khánh Hòa",
)  # fmt: skip

AGENCY_NAMES: tuple[str, ...] = (
    "Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Sở Giáo dục và Đào tạo",
    "Ủy ban nhân dân huyện Mộc Châu", "Ủy ban nhân dân xã Tân Lập", "Ban Dân vận Tỉnh ủy",
    "Đảng ủy Khối các cơ quan tỉnh", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh",
)  # fmt: skip

PARENTS: tuple[str, ...] = (
    "Ủy ban nhân dân tỉnh Sơn La", "UBND tỉnh Hưng Yên", "Tỉnh ủy Nghệ An",
    "Huyện ủy Mộc Châu", "Bộ Nội vụ",
)  # fmt: skip

REFERENCE_ISSUERS: tuple[str, ...] = (
    "Ban Bí thư", "Bộ Chính trị", "Chính phủ", "Quốc hội", "Ban Chấp hành Trung ương",
    "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy", "Thủ tướng Chính phủ",
)  # fmt: skip

ABBREVIATIONS: tuple[str, ...] = (
    "SKHCN", "SNV", "STC", "SGDĐT", "UBND", "BDVTU", "ĐUK", "VP", "CP", "TTg", "SKH&CN",
    "BCSĐUBND", "CAT",
)  # fmt: skip

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Cầm")
MIDDLE_NAMES = ("Văn", "Thị", "Đức", "Minh", "Thu", "Hữu", "Ngọc")
GIVEN_NAMES = ("An", "Bình", "Hòa", "Thủy", "Dũng", "Hương", "Khánh", "Lan", "Quý", "Tuấn")

HEAD_TITLES = ("Giám đốc", "Chủ tịch", "Trưởng ban", "Bí thư", "Chánh Văn phòng")
DEPUTY_TITLES = ("Phó Giám đốc", "Phó Chủ tịch", "Phó Trưởng ban", "Phó Bí thư")
COLLECTIVES = ("Ủy ban nhân dân", "Ban Thường vụ", "Đảng ủy", "Ban Chỉ đạo")

_CODE_LETTERS = "ABCDĐEGHIKLMNOPQRSTUVXY"
_UNITS = ("văn bản", "cuộc", "người", "lượt", "đơn vị", "mô hình", "hộ")


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _memo(factory: Callable[P, T]) -> Callable[P, T]:
    """Build each strategy once per arguments: Hypothesis validates a new strategy object on
    its first draw, and rebuilding strategies on every draw made documents ten times slower."""
    return cast("Callable[P, T]", functools.cache(factory))


# -- small building blocks (memoized, safe to call inside a draw) ------------------------


@_memo
def _ints(low: int, high: int) -> SearchStrategy[int]:
    return st.integers(low, high)


@_memo
def _choice(options: tuple[T, ...]) -> SearchStrategy[T]:
    return st.sampled_from(options)


@_memo
def _optional(strategy: SearchStrategy[T]) -> SearchStrategy[T | None]:
    return st.one_of(st.none(), strategy)


@_memo
def _lists(strategy: SearchStrategy[T], min_size: int, max_size: int) -> SearchStrategy[list[T]]:
    return st.lists(strategy, min_size=min_size, max_size=max_size)


@_memo
def _tuples(
    strategy: SearchStrategy[T], min_size: int, max_size: int
) -> SearchStrategy[tuple[T, ...]]:
    return _lists(strategy, min_size, max_size).map(tuple)


# -- text --------------------------------------------------------------------------------


def _join_words(words: list[str], capitalize: bool) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] if capitalize else text


_ARBITRARY = (
    st.text(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn")),
        min_size=1,
        max_size=16,
    )
    .map(lambda text: _nfc(text).strip())
    .filter(bool)
)


@_memo
def vietnamese_texts(min_words: int = 1, max_words: int = 8) -> SearchStrategy[str]:
    """Non-blank NFC text without surrounding spaces: mostly Vietnamese phrases, sometimes any Unicode.

    The phrases join ``min_words`` to ``max_words`` entries of :data:`WORDS`; one draw in
    four is arbitrary Unicode (NFC, stripped) so renderers meet characters beyond Vietnamese.
    """
    words = st.builds(_join_words, _lists(_choice(WORDS), min_words, max_words), st.booleans())
    return st.one_of(words, words, words, _ARBITRARY)


def _join_name(surname: str, middle: str, given: str) -> str:
    return f"{surname} {middle} {given}"


_NAMES = st.builds(_join_name, _choice(SURNAMES), _choice(MIDDLE_NAMES), _choice(GIVEN_NAMES))
_AGENCY_NAMES = st.one_of(_choice(AGENCY_NAMES), vietnamese_texts(2, 6))


# -- header ------------------------------------------------------------------------------


_STREETS = ("Số 12 đường Tô Hiệu, phường Chiềng Lề, tỉnh Cao Điền", "Số 3 phố Lê Lợi, Hà Nội")
_PHONES = ("0212 3852 111", "024 3825 4321", "(0212) 385.2222")
_EMAILS = ("vanthu@caodien.gov.vn", "skhcn@example.vn")
_WEBSITES = ("https://caodien.gov.vn", "www.skhcn.example.vn")


@st.composite
def _contacts(draw: st.DrawFn) -> Contact:
    items = {
        "address": draw(_optional(_choice(_STREETS))),
        "telephone": draw(_optional(_choice(_PHONES))),
        "fax": draw(_optional(_choice(_PHONES))),
        "email": draw(_optional(_choice(_EMAILS))),
        "website": draw(_optional(_choice(_WEBSITES))),
    }
    if all(value is None for value in items.values()):
        items["address"] = draw(_choice(_STREETS))
    return Contact(**items)


@_memo
def contacts() -> SearchStrategy[Contact]:
    """Ô 13: an address block with at least one of address, telephone, fax, e-mail, website."""
    return _contacts()


@_memo
def agencies() -> SearchStrategy[Agency]:
    """Cơ quan ban hành: a name, and optionally the abbreviation, parent body, province and
    address block (ô 13)."""
    return st.builds(
        Agency,
        name=_AGENCY_NAMES,
        abbreviation=_optional(_choice(ABBREVIATIONS)),
        parent=_optional(st.one_of(_choice(PARENTS), vietnamese_texts(2, 6))),
        province=_optional(_choice(PROVINCES)),
        contact=st.one_of(st.none(), st.none(), contacts()),
    )


_TYPE_CODES = frozenset(code for form in SymbolForm for code in type_codes(form))
_GENERATED_CODES = (
    _lists(st.text(_CODE_LETTERS + "0123456789", min_size=1, max_size=5), 1, 2)
    .map("&".join)
    .filter(lambda code: code not in _TYPE_CODES)
)
# Issuer codes are never type codes: "01/BC-X" without a type code would read back as a
# Báo cáo, and the model refuses such a symbol.
_ISSUERS = _tuples(
    st.one_of(
        _choice(tuple(sorted({*ABBREVIATIONS, *PARTY_ISSUER_CODES} - _TYPE_CODES))),
        _GENERATED_CODES,
    ),
    1,
    3,
)


def _numbers(numbered: bool | None) -> SearchStrategy[int | None]:
    number = st.one_of(_ints(1, 9), _ints(1, 99_999))
    if numbered is None:
        return _optional(number)
    return number if numbered else st.none()


def _codes_for(form: SymbolForm, document_type: DocumentType | None) -> tuple[str, ...]:
    if document_type is None:
        return tuple(sorted(type_codes(form)))
    code = document_type.code(form)
    return () if code is None else (code,)


@_memo
def document_numbers(
    system: DocumentSystem | None = None,
    *,
    document_type: DocumentType | None = None,
    numbered: bool | None = None,
) -> SearchStrategy[DocumentNumber]:
    """Số, ký hiệu in all four shapes: "538/BC-SKHCN", "04/2015/NĐ-CP", "745/SKH&CN-VP", "114-KL/TW".

    ``system`` keeps to State or Party symbols; ``document_type`` gives only symbols whose
    type code stands for that type (Công văn: the State form without a code);
    ``numbered=True`` leaves out drafts ("/BC-SKHCN"), ``False`` gives only drafts.
    """
    number = _numbers(numbered)
    options: list[SearchStrategy[DocumentNumber]] = []
    if system in (None, DocumentSystem.STATE):
        codes = _codes_for(SymbolForm.ADMINISTRATIVE, document_type)
        if codes:
            options.append(
                st.builds(DocumentNumber, number=number, type_code=_choice(codes), issuers=_ISSUERS)
            )
        normative = _codes_for(SymbolForm.NORMATIVE, document_type)
        if normative or document_type is None:
            options.append(
                st.builds(
                    DocumentNumber,
                    number=number,
                    year=_ints(MIN_YEAR, MAX_YEAR),
                    type_code=(
                        _choice(normative)
                        if document_type is not None
                        else _optional(_choice(normative))
                    ),
                    issuers=_ISSUERS,
                )
            )
        if document_type in (None, DocumentType.CONG_VAN):
            options.append(st.builds(DocumentNumber, number=number, issuers=_ISSUERS))
    if system in (None, DocumentSystem.PARTY):
        codes = _codes_for(SymbolForm.PARTY, document_type)
        if codes:
            options.append(
                st.builds(
                    DocumentNumber,
                    number=number,
                    type_code=_choice(codes),
                    issuers=_ISSUERS,
                    system=st.just(DocumentSystem.PARTY),
                )
            )
    if not options:
        raise ValueError(f"no symbol form of {system} has a type code for {document_type}")
    return st.one_of(options)


@_memo
def dates() -> SearchStrategy[dt.date]:
    """Complete dates between 1945 and 2100."""
    return st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR, 12, 31))


@st.composite
def _partial_dates(draw: st.DrawFn, complete: bool | None) -> PartialDate:
    year = draw(_ints(MIN_YEAR, MAX_YEAR))
    if complete is None:
        shape = draw(_choice(("year", "month", "day")))
    else:
        shape = "day" if complete else draw(_choice(("year", "month")))
    if shape == "year":
        return PartialDate(year=year)
    month = draw(_ints(1, 12))
    if shape == "month":
        return PartialDate(year=year, month=month)
    day = draw(_ints(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year=year, month=month, day=day)


@_memo
def partial_dates(complete: bool | None = None) -> SearchStrategy[PartialDate]:
    """Ngày tháng of a draft: the year alone, the month and year, or all three parts.

    ``complete=False`` gives only dates with a blank day; ``True`` only all three parts.
    """
    return _partial_dates(complete)


@_memo
def date_likes() -> SearchStrategy[dt.date | PartialDate]:
    """What a date field holds: a complete ``date`` or a :class:`PartialDate` with a blank day."""
    return st.one_of(dates(), partial_dates(complete=False))


@_memo
def place_dates(complete: bool | None = None) -> SearchStrategy[PlaceDate]:
    """Địa danh, ngày tháng; ``complete=True`` for an issued document, ``False`` for a blank day."""
    if complete is None:
        date: SearchStrategy[dt.date | PartialDate] = date_likes()
    elif complete:
        date = dates()
    else:
        date = partial_dates(complete=False)
    return st.builds(PlaceDate, place=_choice(PROVINCES), date=date)


def _span(first: int, length: int) -> ReportingPeriod:
    first = min(first, MAX_YEAR - 1)
    return ReportingPeriod.of_span(first, min(MAX_YEAR, first + length))


def _range(start: dt.date, days: int) -> ReportingPeriod:
    return ReportingPeriod.between(start, start + dt.timedelta(days))


@_memo
def reporting_periods() -> SearchStrategy[ReportingPeriod]:
    """Kỳ báo cáo of every kind: month, quarter, 6 and 9 months, year, span, range of days."""
    years = _ints(MIN_YEAR, MAX_YEAR)
    return st.one_of(
        st.builds(ReportingPeriod.of_month, years, _ints(1, 12)),
        st.builds(ReportingPeriod.of_quarter, years, _ints(1, 4)),
        st.builds(ReportingPeriod.first_half, years),
        st.builds(ReportingPeriod.second_half, years),
        st.builds(ReportingPeriod.nine_months, years),
        st.builds(ReportingPeriod.of_year, years),
        st.builds(_span, years, _ints(1, 10)),
        st.builds(
            _range, st.dates(dt.date(MIN_YEAR, 1, 1), dt.date(MAX_YEAR - 2, 12, 31)), _ints(0, 400)
        ),
    )


_TERMS = ("khóa XI", "khóa XII", "khóa XIII", "khóa XIV")
_REFERENCE_NAMES = ("Thực hiện dân chủ ở cơ sở", "Tiếp công dân")


@st.composite
def _legal_references(draw: st.DrawFn) -> LegalReference:
    symbol = draw(_optional(document_numbers()))
    any_number = _optional(_ints(1, 9999))
    any_year = _optional(_ints(MIN_YEAR, MAX_YEAR))
    if symbol is None:
        document_type: DocumentType | None = draw(_choice(tuple(DocumentType)))
        number, year = draw(any_number), draw(any_year)
    else:
        document_type = draw(_choice((None, symbol.document_type)))
        # Given as in the symbol, or left for the symbol to fill; free when the symbol has none.
        number = draw(_choice((None, symbol.number)) if symbol.number is not None else any_number)
        fixed_year = symbol.year is not None or symbol.system is DocumentSystem.PARTY
        year = draw(_choice((None, symbol.year)) if fixed_year else any_year)
    return LegalReference(
        document_type=document_type,
        symbol=symbol,
        number=number,
        year=year,
        issuer=draw(_optional(_choice(REFERENCE_ISSUERS))),
        date=draw(_optional(date_likes())),
        term=draw(_optional(_choice(_TERMS))),
        title=draw(_optional(vietnamese_texts(3, 10))),
        name=draw(_optional(_choice(_REFERENCE_NAMES))),
    )


@_memo
def legal_references() -> SearchStrategy[LegalReference]:
    """Văn bản được viện dẫn: with a symbol (State or Party), a bare number, or a name."""
    return _legal_references()


# -- inline runs -------------------------------------------------------------------------


def _add(text: str, space: str) -> str:
    return text + space


_RUN_TEXTS = st.builds(_add, vietnamese_texts(), _choice(("", " ")))


@_memo
def text_runs() -> SearchStrategy[Text]:
    """Plain text runs, sometimes ending with the space before the next run."""
    return st.builds(Text, text=_RUN_TEXTS)


@_memo
def emphases() -> SearchStrategy[Emphasis]:
    """Italic, bold or bold italic runs."""
    return st.builds(Emphasis, text=_RUN_TEXTS, kind=_choice(tuple(EmphasisKind)))


@_memo
def footnotes() -> SearchStrategy[Footnote]:
    """Chú thích: a footnote's text."""
    return st.builds(Footnote, text=vietnamese_texts(2, 10))


@st.composite
def _citations(draw: st.DrawFn) -> Citation:
    reference = draw(legal_references())
    if draw(st.booleans()):
        return Citation.of(reference)
    emphasis = draw(st.one_of(st.none(), st.none(), _choice(tuple(EmphasisKind))))
    return Citation(text=draw(_RUN_TEXTS), reference=reference, emphasis=emphasis)


@_memo
def citations() -> SearchStrategy[Citation]:
    """A citation of a legal reference, printed canonically or as the source wrote it."""
    return _citations()


@_memo
def superscripts() -> SearchStrategy[Superscript]:
    """Raised text: the drafter's initials, "2" of "m2"."""
    return st.builds(Superscript, text=st.one_of(_choice(_DRAFTERS), _choice(("2", "3", "XT"))))


@_memo
def inlines() -> SearchStrategy[Inline]:
    """Any inline run: text, emphasis, footnote or citation."""
    return st.one_of(text_runs(), emphases(), footnotes(), citations(), superscripts())


def _paragraph(runs: list[Inline]) -> Paragraph:
    if all(isinstance(run, Footnote) for run in runs):
        runs = [Text(text="Nội dung"), *runs]
    return Paragraph(runs=tuple(runs))


@_memo
def paragraphs() -> SearchStrategy[Paragraph]:
    """Đoạn văn of one to four runs, at least one of them not a footnote."""
    return st.builds(_paragraph, _lists(inlines(), 1, 4))


# -- blocks ------------------------------------------------------------------------------


@_memo
def bullet_items(max_depth: int = 2) -> SearchStrategy[BulletItem]:
    """One bullet, with a nested list ("+") while ``max_depth`` allows."""
    children: SearchStrategy[BulletList | None] = (
        _optional(bullet_lists(max_depth - 1)) if max_depth > 1 else st.none()
    )
    owned = st.one_of(st.just(()), st.just(()), _tuples(paragraphs(), 1, 2))
    return st.builds(BulletItem, content=paragraphs(), children=children, blocks=owned)


@_memo
def bullet_lists(max_depth: int = 2) -> SearchStrategy[BulletList]:
    """Danh sách gạch đầu dòng of one to three items, nested up to ``max_depth`` levels."""
    return st.builds(
        BulletList, items=_tuples(bullet_items(max_depth), 1, 3), marker=_choice(("-", "+"))
    )


_CELLS = st.one_of(st.just(""), _choice(WORDS), vietnamese_texts(1, 3))


@st.composite
def _tables(draw: st.DrawFn) -> Table:
    width = draw(_ints(1, 4))
    header = draw(_tuples(vietnamese_texts(1, 3), width, width))
    rows = draw(_tuples(_tuples(_CELLS, width, width), 0, 3))
    caption = draw(_optional(vietnamese_texts(2, 6)))
    return Table(header=header, rows=rows, caption=caption)


@_memo
def tables() -> SearchStrategy[Table]:
    """Bảng: one to four columns, up to three rows as wide as the header, some cells blank."""
    return _tables()


@_memo
def counts() -> SearchStrategy[Count]:
    """Số lượng with an optional unit ("08 văn bản")."""
    return st.one_of(
        st.builds(Count, value=_ints(0, 1_000_000), unit=_optional(_choice(_UNITS))),
        _padded_counts(),
    )


@st.composite
def _padded_counts(draw: st.DrawFn) -> Count:
    """ "08 văn bản", "01-02 mô hình": zero padding and ranges as documents write them."""
    value = draw(_ints(0, 99))
    upper = draw(_optional(_ints(value, 99)))
    return Count(value=value, up_to=upper, digits=2, unit=draw(_optional(_choice(_UNITS))))


@_memo
def money() -> SearchStrategy[Money]:
    """Kinh phí in đồng (or another unit such as "triệu đồng")."""
    return st.builds(
        Money, amount=_ints(0, 10**12), unit=_choice(("đồng", "triệu đồng", "nghìn đồng"))
    )


@_memo
def percents() -> SearchStrategy[Percent]:
    """Tỷ lệ phần trăm with 0 to 2 decimal places, trailing zeros kept ("99.10")."""
    values = [st.decimals(min_value=0, max_value=200, places=places) for places in (0, 1, 2)]
    return st.builds(Percent, value=st.one_of(values))


@st.composite
def _ratios(draw: st.DrawFn) -> Ratio:
    denominator = draw(_ints(1, 1000))
    # Often all of them ("4/4 đơn vị"), else any share.
    whole = draw(st.booleans())
    numerator = denominator if whole else draw(_ints(0, 1000)) % (denominator + 1)
    places = draw(_choice((None, 0, 1, 2)))
    percent = None
    if places is not None:
        exact = Decimal(numerator) * 100 / Decimal(denominator)
        percent = exact.quantize(Decimal(1).scaleb(-places))
    unit = draw(_optional(_choice(_UNITS)))
    return Ratio(numerator=numerator, denominator=denominator, percent=percent, unit=unit)


@_memo
def ratios() -> SearchStrategy[Ratio]:
    """Tỷ lệ "4/4 đơn vị (100%)": the stated percent, when there is one, matches the ratio."""
    return _ratios()


_VALUE_WORDS = ("Không có", "Đã giải quyết", "Đang thực hiện", "Hoàn thành")


@_memo
def text_values() -> SearchStrategy[TextValue]:
    """A value in words: "Không có", "Đã giải quyết"."""
    return st.builds(TextValue, text=st.one_of(_choice(_VALUE_WORDS), vietnamese_texts(1, 4)))


@_memo
def quantities() -> SearchStrategy[Quantity]:
    """Any quantity: count, money, ratio, percent or text."""
    return st.one_of(counts(), money(), ratios(), percents(), text_values())


def _split(draw: st.DrawFn, total: int) -> list[int]:
    """One to three non-negative whole numbers that add up to ``total``."""
    cuts = sorted(draw(_ints(0, total)) for _ in range(draw(_ints(0, 2))))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


def _build_indicator(draw: st.DrawFn, depth: int, figure: Quantity | None) -> Indicator:
    """An indicator showing ``figure``, with parts down to ``depth`` more levels."""
    name = draw(vietnamese_texts(1, 6))
    note = draw(_optional(vietnamese_texts(1, 4)))
    if depth <= 0:
        return Indicator(name=name, value=figure, note=note)
    if isinstance(figure, (Count, Money)) and draw(st.booleans()):
        # The breakdown claims to add up (trong đó): split the total exactly.
        parts = []
        for amount in _split(draw, figure.value if isinstance(figure, Count) else figure.amount):
            part: Quantity = (
                Count(value=amount, unit=figure.unit)
                if isinstance(figure, Count)
                else Money(amount=amount, unit=figure.unit)
            )
            parts.append(_build_indicator(draw, depth - 1, part))
        return Indicator(
            name=name, value=figure, breakdown=tuple(parts), breakdown_complete=True, note=note
        )
    loose = draw(_tuples(indicators(depth - 1), 0, 2))
    if figure is None and loose and draw(st.booleans()):
        # a group heading over sub-items ("2. Công tác kiểm tra:"), no "trong đó"
        return Indicator(name=name, breakdown=loose, is_group=True, note=note)
    written = str(figure) if figure is not None and draw(st.booleans()) else None
    # a number kept from a source ("I", "a", "1.1") instead of the one renderers count
    label = draw(st.one_of(st.none(), _choice(_INDICATOR_LABELS)))
    return Indicator(
        name=name, value=figure, breakdown=loose, note=note, written=written, label=label
    )


_INDICATOR_LABELS = ("I", "II", "1", "2", "a", "đ", "1.1", "2.3")


@st.composite
def _indicators(draw: st.DrawFn, depth: int) -> Indicator:
    return _build_indicator(draw, depth, draw(_optional(quantities())))


@_memo
def indicators(max_depth: int = 2) -> SearchStrategy[Indicator]:
    """Chỉ tiêu with "trong đó" parts down to ``max_depth``; parts claimed complete add up."""
    return _indicators(max_depth)


@_memo
def indicator_tables() -> SearchStrategy[IndicatorTable]:
    """Bảng số liệu of one to three indicators."""
    return st.builds(
        IndicatorTable,
        indicators=_tuples(indicators(max_depth=1), 1, 3),
        title=_optional(vietnamese_texts(2, 6)),
    )


_TIMINGS = ("Thường xuyên", "Hằng năm", "Quý I hằng năm", "Theo yêu cầu của cấp trên")
_OUTPUTS = ("Báo cáo", "Kế hoạch", "Hội nghị")
_SOURCES = ("ngân sách tỉnh", "kinh phí chi thường xuyên của cơ quan", "nguồn xã hội hóa")


@st.composite
def _tasks(draw: st.DrawFn) -> Task:
    """Any combination of the times real plans write: a deadline, a period, recurrences
    and words, each present or not."""
    return Task(
        description=draw(vietnamese_texts(3, 10)),
        id=draw(_optional(_choice(("II.1-2", "III.2.b", "NV-01", "PL1.T1.3")))),
        leads=draw(_tuples(_AGENCY_NAMES, 0, 3)),
        partners=draw(_tuples(_AGENCY_NAMES, 0, 2)),
        deadline=draw(_optional(dates())),
        period=draw(_optional(reporting_periods())),
        recurrence=draw(st.lists(st.sampled_from(Recurrence), max_size=3, unique=True)),
        timing=draw(_optional(_choice(_TIMINGS))),
        output=draw(_optional(_choice(_OUTPUTS))),
        target=draw(_optional(st.one_of(counts(), percents()))),
        budget=draw(_optional(money())),
        budget_source=draw(_optional(_choice(_SOURCES))),
    )


@_memo
def tasks() -> SearchStrategy[Task]:
    """Nhiệm vụ with none to several lead units, partners, any combination of deadline,
    period, recurrences and words, a target, a budget and its source."""
    return _tasks()


@_memo
def task_tables() -> SearchStrategy[TaskTable]:
    """Bảng phân công nhiệm vụ of one to three tasks."""
    return st.builds(
        TaskTable, tasks=_tuples(tasks(), 1, 3), title=_optional(vietnamese_texts(2, 6))
    )


_LABELS = st.one_of(
    _choice(("I", "II", "III", "IV", "1", "2", "10", "a", "b", "đ")),
    st.text(_CODE_LETTERS + "0123456789abcdđ", min_size=1, max_size=4),
)


@st.composite
def _sections(draw: st.DrawFn, depth: int) -> Section:
    title = draw(_optional(vietnamese_texts(1, 8)))
    content = draw(_tuples(_section_content(depth - 1), 0 if title else 1, 3))
    number = draw(_optional(_LABELS))
    prefix = draw(st.one_of(st.none(), st.none(), _choice(("Phần", "Chương")))) if number else None
    citations: tuple[Citation, ...] = ()
    if title is not None and draw(st.integers(0, 3)) == 0:
        # a citation in the title ("Kết quả thực hiện Kết luận số 114-KL/TW")
        cited = draw(legal_references())
        citation = Citation(text=cited.format("short"), reference=cited)
        title = f"{title} {citation.text}"
        citations = (citation,)
    run_in = (
        title is not None
        and bool(content)
        and isinstance(content[0], Paragraph)
        and draw(st.integers(0, 3)) == 0
    )
    return Section(
        title=title,
        blocks=content,
        number=number,
        prefix=prefix,
        run_in=run_in,
        citations=citations,
    )


@_memo
def sections(max_depth: int = 3) -> SearchStrategy[Section]:
    """Phần, mục: a title and/or up to three blocks, sections nested ``max_depth`` levels at most."""
    if max_depth < 1:
        raise ValueError("a section is at least one level deep (max_depth >= 1)")
    return _sections(max_depth)


@_memo
def unplaced_blocks() -> SearchStrategy[Unplaced]:
    """Text a reader could not place, with (or without) where it stood."""
    return st.builds(
        Unplaced,
        lines=_tuples(vietnamese_texts(1, 6), 1, 3),
        location=_optional(source_locations()),
    )


@_memo
def blocks(max_depth: int = 2) -> SearchStrategy[Block]:
    """Any body block; sections among them nest at most ``max_depth`` levels (0: no sections)."""
    options: list[SearchStrategy[Any]] = [
        paragraphs(),
        paragraphs(),
        bullet_lists(),
        tables(),
        indicator_tables(),
        task_tables(),
        unplaced_blocks(),
    ]
    if max_depth >= 1:
        options.append(sections(max_depth))
    return cast("SearchStrategy[Block]", st.one_of(options))


@_memo
def _section_content(max_depth: int) -> SearchStrategy[Block]:
    """What a section holds: sections nest often (I. → 1. → a)), other blocks as usual."""
    if max_depth < 1:
        return blocks(0)
    return st.one_of(sections(max_depth), blocks(max_depth))


@_memo
def appendices() -> SearchStrategy[Appendix]:
    """Phụ lục: a title and up to three blocks, usually figures."""
    content = st.one_of(indicator_tables(), tables(), blocks(max_depth=1))
    return st.builds(
        Appendix,
        title=st.one_of(st.just("PHỤ LỤC SỐ LIỆU"), vietnamese_texts(2, 6)),
        blocks=_tuples(content, 0, 3),
        label=st.one_of(st.none(), st.none(), _choice(("PHỤ LỤC", "PHỤ LỤC I", "Phụ lục số 02"))),
        attachment=st.one_of(
            st.none(), st.none(), st.just("(Kèm theo Báo cáo số 12/BC-UBND ngày 05/3/2024)")
        ),
    )


# -- closing -----------------------------------------------------------------------------

_PURPOSES = ("để báo cáo", "để biết", "để thực hiện", "để phối hợp")
_ARCHIVE_UNITS = ("VP", "TH", "Ha (01b)", "NV", "KHTC")
_DRAFTERS = ("XT", "Ha", "PL", "NVA")


@_memo
def recipient_entries() -> SearchStrategy[Recipient]:
    """One line of Nơi nhận, sometimes with its purpose ("để báo cáo")."""
    return st.builds(Recipient, name=_AGENCY_NAMES, purpose=_optional(_choice(_PURPOSES)))


def _archive(rest: list[str]) -> tuple[str, ...]:
    return ("VT", *rest)


@_memo
def recipients() -> SearchStrategy[Recipients]:
    """Nơi nhận: entries, maybe "Như trên", and the archive line ("Lưu: VT, ...") or, as a
    source without it reads, none."""
    units = st.lists(_choice(_ARCHIVE_UNITS), max_size=3, unique=True).map(_archive)
    return st.builds(
        Recipients,
        entries=_tuples(recipient_entries(), 0, 3),
        as_above=st.booleans(),
        archive=st.one_of(units, units, units, st.just(())),
        drafter=st.one_of(st.none(), st.none(), _choice(_DRAFTERS)),
        copies=st.one_of(st.none(), st.none(), _ints(1, 500)),
    )


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


_FREE_HEADS = st.one_of(_choice(HEAD_TITLES), vietnamese_texts(1, 3))


@st.composite
def _signatures(draw: st.DrawFn, named: bool | None) -> Signature:
    authority = draw(_choice((None, *Authority)))
    signer: str | None
    if authority is Authority.TM:
        head = draw(_choice(COLLECTIVES))
        signer = draw(_choice((*HEAD_TITLES, *DEPUTY_TITLES)))
    elif authority in (Authority.KT, Authority.TL, Authority.TUQ):
        head = draw(_choice(HEAD_TITLES))
        signer = draw(
            _choice(tuple(t for t in (*DEPUTY_TITLES, *HEAD_TITLES) if not _same(t, head)))
        )
    else:  # the head signs in person, or the acting head ("Q.")
        head = draw(_FREE_HEADS)
        signer = draw(_choice((None, head)))
    if draw(st.booleans()):  # titles are often typed in capitals
        head, signer = head.upper(), None if signer is None else signer.upper()
    names = _optional(_NAMES) if named is None else _NAMES if named else st.none()
    # "TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (Nghị định 30, Điều 13)
    collective = (
        draw(st.one_of(st.none(), _choice(COLLECTIVES))) if authority is Authority.KT else None
    )
    # a copy's notes where the signature stands ("(Đã ký)", a digital signature's stamp)
    notes = draw(st.lists(_choice(_SIGNATURE_NOTES), max_size=2, unique=True))
    return Signature(
        head_title=head,
        authority=authority,
        signer_title=signer,
        name=draw(names),
        on_behalf_of=collective,
        notes=notes,
    )


_SIGNATURE_NOTES = (
    "(Đã ký)",
    "(Đã ký và đóng dấu)",
    "(đã ký)",
    "Ký bởi: Sở Dữ liệu số tỉnh Cao Điền",
    "Thời gian ký: 05.03.2024 10:20:30 +07:00",
)
"""Fictional notes a copy prints where the signature stands (Signature.notes)."""


@_memo
def signatures(named: bool | None = None) -> SearchStrategy[Signature]:
    """Chữ ký with every authority (TM., KT., TL., TUQ., Q. or none); ``named`` fixes the name.

    A "KT." signer's title always differs from the head title, as the model requires.
    """
    return _signatures(named)


# -- documents ---------------------------------------------------------------------------


@st.composite
def _documents(
    draw: st.DrawFn, cls: type[Report] | type[Plan], status: DocumentStatus | None
) -> Report | Plan:
    chosen = draw(_choice(tuple(DocumentStatus))) if status is None else status
    issued = chosen is DocumentStatus.ISSUED
    kind = cls.document_type
    number: DocumentNumber | None
    if issued:
        number = draw(document_numbers(document_type=kind, numbered=True))
    else:
        number = draw(_optional(document_numbers(document_type=kind)))
    as_read = chosen is DocumentStatus.AS_READ  # a copy may lack the header's parts

    def part(strategy: SearchStrategy[T]) -> T | None:
        return draw(_optional(strategy)) if as_read else draw(strategy)

    return cls(
        issuer=part(agencies()),
        place_date=part(place_dates(complete=True if issued else None)),
        subject=part(vietnamese_texts(3, 12)),
        number=number,
        status=chosen,
        draft_revision=None if issued else draw(_optional(_ints(1, 12))),
        secrecy=draw(st.one_of(st.none(), st.none(), st.none(), _choice(tuple(Secrecy)))),
        urgency=draw(st.one_of(st.none(), st.none(), st.none(), _choice(tuple(Urgency)))),
        circulation=draw(st.one_of(st.none(), st.none(), st.none(), _choice(tuple(Circulation)))),
        addressees=draw(_tuples(_AGENCY_NAMES, 0, 2)),
        bases=draw(_tuples(paragraphs(), 0, 2)),
        introduction=draw(_tuples(paragraphs(), 0, 2)),
        body=draw(_tuples(_section_content(2), 0, 3)),
        closing=draw(_tuples(paragraphs(), 0, 1)),
        recipients=draw(_optional(recipients())),
        signature=draw(signatures(named=True) if issued else _optional(signatures())),
        appendices=draw(_tuples(appendices(), 0, 1)),
        period=draw(_optional(reporting_periods())),
    )


@_memo
def reports(status: DocumentStatus | None = None) -> SearchStrategy[Report]:
    """Báo cáo, issued or draft (``status`` fixes one); the symbol's type code is "BC"."""
    return cast("SearchStrategy[Report]", _documents(Report, status))


@_memo
def plans(status: DocumentStatus | None = None) -> SearchStrategy[Plan]:
    """Kế hoạch, issued or draft (``status`` fixes one); the symbol's type code is "KH"."""
    return cast("SearchStrategy[Plan]", _documents(Plan, status))


@_memo
def documents(status: DocumentStatus | None = None) -> SearchStrategy[Document]:
    """A report or a plan, issued or draft."""
    return st.one_of(reports(status), plans(status))


# -- numbering and tolerant parsing ------------------------------------------------------


@_memo
def level_styles() -> SearchStrategy[LevelStyle]:
    """One level of a numbering scheme: "I.", "1-", "a)"."""
    return st.builds(
        LevelStyle, counter=_choice(tuple(Counter)), suffix=_choice((".", "-", ")", ""))
    )


@_memo
def numbering_schemes() -> SearchStrategy[NumberingScheme]:
    """Đánh số: the State and Party schemes and other schemes of up to four levels."""
    return st.one_of(
        st.just(NumberingScheme.state()),
        st.just(NumberingScheme.party()),
        st.builds(NumberingScheme, levels=_tuples(level_styles(), 0, 4)),
    )


@_memo
def repairs() -> SearchStrategy[Repair]:
    """A repair a tolerant parser reports ("spacing": "139- KH/TU" → "139-KH/TU")."""
    return st.builds(
        Repair,
        code=_choice(("prefix", "spacing", "dash", "missing-hyphen", "party-style")),
        message=vietnamese_texts(2, 6),
        before=vietnamese_texts(1, 2),
        after=vietnamese_texts(1, 2),
    )


_FINDING_CODES = ("date.leading-zero", "ref.party-symbol-state-style", "indicator.sum", "number")


def _offsets(start: int, length: int) -> tuple[int, int]:
    return (start, start + length)


@_memo
def fixes() -> SearchStrategy[Fix]:
    """A fix of a check: a description, a safety and a plain value to put at a path."""
    return st.builds(
        Fix,
        description=vietnamese_texts(2, 8),
        safety=_choice(tuple(FixSafety)),
        path=st.lists(
            st.one_of(_choice(("subject", "bases", "recipients", "number")), _ints(0, 9)),
            max_size=4,
        ),
        value=st.one_of(st.none(), st.booleans(), vietnamese_texts(1, 6)),
    )


@_memo
def findings() -> SearchStrategy[Finding]:
    """What a check reports: a code, a severity, a message, where, and what to do about it."""
    return st.builds(
        Finding,
        code=_choice(_FINDING_CODES),
        severity=_choice(tuple(Severity)),
        message=vietnamese_texts(2, 10),
        location=_optional(_choice(("I", "II.2", "II.2.b", "Phụ lục I"))),
        span=_optional(st.builds(_offsets, _ints(0, 10_000), _ints(0, 200))),
        name=_optional(_choice(("subject-lowercase", "bases-punctuation"))),
        status=_choice(tuple(FindingStatus)),
        expected=_optional(vietnamese_texts(1, 4)),
        found=_optional(vietnamese_texts(1, 4)),
        fix=_optional(fixes()),
        file=_optional(_choice(("bao-cao.txt", "ke-hoach.docx"))),
        line=_optional(_ints(1, 5_000)),
        column=_optional(_ints(1, 200)),
    )


@_memo
def source_locations() -> SearchStrategy[SourceLocation]:
    """A place in a source: a text line and column, or a .docx paragraph or table cell."""
    return st.one_of(
        st.builds(
            SourceLocation,
            source=_optional(_choice(("bao-cao.txt", "bao-cao.md"))),
            line=_ints(1, 5_000),
            column=_optional(_ints(1, 200)),
        ),
        st.builds(
            SourceLocation,
            source=_optional(st.just("bao-cao.docx")),
            paragraph=_optional(_ints(0, 2_000)),
            table=_optional(_ints(0, 20)),
            row=_optional(_ints(0, 50)),
            cell=_optional(_ints(0, 10)),
            part=_optional(st.just("word/footnotes.xml")),
        ),
    )


@_memo
def read_findings() -> SearchStrategy[ReadFinding]:
    """What a reader reports: a code, a message, a location, a severity."""
    return st.builds(
        ReadFinding,
        code=_choice(("R101", "R102", "R201", "R301")),
        message=vietnamese_texts(2, 8),
        location=_optional(source_locations()),
        severity=_choice(tuple(Severity)),
    )


@_memo
def part_locations() -> SearchStrategy[PartLocation]:
    """One entry of a document's part map: a path and its source location."""
    return st.builds(
        PartLocation,
        path=_choice(("header.number", "header.subject", "II.2.b", "recipients", "appendix[0]")),
        location=source_locations(),
    )


@_memo
def origins() -> SearchStrategy[Origin]:
    """Where a document was read from: the source, the reader's findings, the part map."""
    return st.builds(
        Origin,
        source=_optional(_choice(("bao-cao.txt", "bao-cao.docx"))),
        format=_optional(_choice(("text", "markdown", "docx"))),
        findings=st.lists(read_findings(), max_size=3),
        parts=st.lists(part_locations(), max_size=3),
    )


# -- lookup ------------------------------------------------------------------------------

_BY_CLASS: dict[type, Callable[[], SearchStrategy[Any]]] = {
    Agency: agencies,
    Appendix: appendices,
    BulletItem: bullet_items,
    BulletList: bullet_lists,
    Citation: citations,
    Contact: contacts,
    Count: counts,
    DocumentNumber: document_numbers,
    Emphasis: emphases,
    Finding: findings,
    Fix: fixes,
    Origin: origins,
    PartLocation: part_locations,
    ReadFinding: read_findings,
    SourceLocation: source_locations,
    Footnote: footnotes,
    Indicator: indicators,
    IndicatorTable: indicator_tables,
    LegalReference: legal_references,
    LevelStyle: level_styles,
    Money: money,
    NumberingScheme: numbering_schemes,
    Paragraph: paragraphs,
    PartialDate: partial_dates,
    Percent: percents,
    PlaceDate: place_dates,
    Plan: plans,
    Ratio: ratios,
    Recipient: recipient_entries,
    Recipients: recipients,
    Repair: repairs,
    Report: reports,
    ReportingPeriod: reporting_periods,
    Section: sections,
    Signature: signatures,
    Superscript: superscripts,
    Table: tables,
    Task: tasks,
    TaskTable: task_tables,
    Text: text_runs,
    TextValue: text_values,
    Unplaced: unplaced_blocks,
}

MODEL_CLASSES: tuple[type, ...] = tuple(_BY_CLASS)
"""Every model class :func:`strategy_for` knows (``Parsed`` is a parser result, not data)."""


def strategy_for(cls: type[T]) -> SearchStrategy[T]:
    """The strategy of the model class ``cls``, for tests written once for every class."""
    try:
        factory = _BY_CLASS[cls]
    except KeyError:
        names = ", ".join(model.__name__ for model in MODEL_CLASSES)
        raise KeyError(f"no strategy for {cls!r}; model classes: {names}") from None
    return cast("SearchStrategy[T]", factory())


def _lazy(factory: Callable[[], SearchStrategy[Any]]) -> Callable[[type], SearchStrategy[Any]]:
    """A resolver for ``register_type_strategy`` that builds the strategy on first use."""

    def resolve(_cls: type) -> SearchStrategy[Any]:
        return factory()

    return resolve


def register_type_strategies() -> None:
    """Make ``hypothesis.strategies.from_type(Report)`` (and every model class) use these strategies.

    Runs when ``danvan.testing`` is imported, and when Hypothesis itself is imported in an
    environment where danvan is installed (the ``hypothesis`` entry point of danvan's
    packaging). ``from_type`` of the unions (``Document``, ``Block``, ``Inline``,
    ``Quantity``) follows from their members; the abstract ``BaseDocument`` draws a report
    or a plan. Registering again replaces, so calling this twice is harmless.
    """
    for cls, factory in _BY_CLASS.items():
        st.register_type_strategy(cls, _lazy(factory))
    st.register_type_strategy(BaseDocument, _lazy(documents))
