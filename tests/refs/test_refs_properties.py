"""Properties of the extractor: never raises, spans hold, canonical citations read back, no blow-up."""

from __future__ import annotations

import datetime as dt
import re
import time
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.model.blocks import Paragraph
from danvan.model.inline import Citation, Text
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentSystem, DocumentType
from danvan.refs import annotate, check_references, extract_references, to_paragraph
from danvan.refs.patterns import get_patterns, load_data
from danvan.testing.strategies import WORDS, document_numbers
from hypothesis_profiles import scaled

T = DocumentType

# -- arbitrary text ------------------------------------------------------------------------

TOKENS = (
    "Kết luận", "kế hoạch", "NGHỊ QUYẾT", "Luật", "Pháp lệnh", "Nghị quyết", "Công văn",
    "Thông tư liên tịch", "số", "Số:", "ngày", "tháng", "năm", "của", "khóa", "khoá", "về",
    "việc", "Trung ương", "Đại hội", "lần thứ", "XII", "Ban Bí thư", "Bộ Chính trị", "Tỉnh ủy",
    "Thủ tướng", "Chính phủ", "114-KL/TW", "04/2015/NĐCP", "139- KH/TU", "01/HD/BDVTW",
    "05/CT-TW", "95-KH/BDVTU-BCSĐUBND", "745/SKH&CN-VP", "14/7/2015", "17.11.2015", "2013",
    "(", ")", "“", "”", '"', ",", ";", ".", ":", "-", "/", " - ", "và", "\n", "\n\n", " ",
)  # fmt: skip
VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
)
SOUP = VIETNAMESE + VIETNAMESE.upper() + '0123456789/-.,;:()“”"& \n\u0301\u0323'

texts = st.one_of(
    st.text(),
    st.text(alphabet=SOUP, max_size=200),
    st.lists(
        st.one_of(st.sampled_from(TOKENS), st.text(alphabet=SOUP, max_size=6)), max_size=40
    ).map(" ".join),
    st.lists(st.sampled_from(TOKENS), max_size=60).map("".join),
)


def check_spans(text: str) -> None:
    matches = extract_references(text, registry=None)
    last = 0
    for match in matches:
        assert 0 <= match.start < match.end <= len(text)
        assert match.start >= last  # in order, never overlapping
        assert text[match.start : match.end] == match.text
        assert not match.text[-1].isspace()
        assert match.text[-1] not in ",;.:"
        assert not match.text.endswith(")") or match.reference.term is not None
        if match.symbol_span is not None:
            assert match.start <= match.symbol_span[0] < match.symbol_span[1] <= match.end
        last = match.end


@given(texts)
@settings(max_examples=scaled(3))
def test_never_raises_and_spans_hold(text: str) -> None:
    check_spans(text)
    check_references(text, registry=None)
    annotate(text, "/{symbol}", registry=None)


@given(texts)
@settings(max_examples=scaled(1.5))
def test_combining_marks_find_the_same_references(text: str) -> None:
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", nfc)
    composed = extract_references(nfc, registry=None)
    decomposed = extract_references(nfd, registry=None)
    assert [m.reference for m in decomposed] == [m.reference for m in composed]
    for match in decomposed:
        assert nfd[match.start : match.end] == match.text
    assert [unicodedata.normalize("NFC", m.text) for m in decomposed] == [m.text for m in composed]


@given(
    st.text(alphabet=SOUP, min_size=1, max_size=200).map(lambda s: unicodedata.normalize("NFC", s))
)
@settings(max_examples=scaled(1.5))
def test_to_paragraph_is_lossless(text: str) -> None:
    paragraph = to_paragraph(text, registry=None)
    assert "".join(run.text for run in paragraph.runs) == text


# -- canonical citations read back -------------------------------------------------------

_DATA = load_data()
TYPE_WORDS = [
    kind
    for kind in (get_patterns().type_of(word) for word in _DATA["type_words"] if word != "about")
    if kind is not None
]
ISSUERS = (
    "Ban Bí thư", "Ban Bí thư Trung ương Đảng", "Bộ Chính trị", "Chính phủ", "Quốc hội",
    "Ban Chấp hành Trung ương", "Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy",
    "Thủ tướng Chính phủ", "Ban Dân vận Tỉnh ủy", "Sở Khoa học và Công nghệ",
    "Ủy ban nhân dân tỉnh Sơn La", "Ban Chỉ đạo tỉnh", "UBND huyện", "Đảng ủy Sở KH&CN",
)  # fmt: skip
TERMS = ("khóa X", "khóa XI", "khóa XII", "khóa XIII", "khóa XV", "khóa XVIII")
LAW_NAMES = (
    "Thực hiện dân chủ ở cơ sở", "Tiếp công dân", "Hòa giải ở cơ sở", "Đo lường",
    "Chất lượng sản phẩm, hàng hóa", "Tiêu chuẩn và Quy chuẩn kỹ thuật", "Khiếu nại",
    "Cán bộ, công chức", "Đất đai", "Ngân sách nhà nước",
)  # fmt: skip
RESOLUTION_NAMES = (
    "Trung ương 4",
    "Trung ương 7",
    "Đại hội đại biểu toàn quốc lần thứ XIII",
    "Đại hội đại biểu toàn quốc lần thứ XII của Đảng",
)
TITLE_WORDS = [w for w in WORDS if not any(c.isdigit() for c in w)]

optional = st.none().__or__
titles = st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=8).map(" ".join)
dates = st.dates(dt.date(1945, 1, 1), dt.date(2100, 12, 31))


def _readable(symbol: DocumentNumber) -> bool:
    """Symbols a person could write: parsed back as they are, with a letter in them."""
    text = str(symbol)
    if not any(c.isalpha() for c in text):
        return False
    try:
        parsed = DocumentNumber.parse_tolerant(text)
    except InvalidValueError:
        return False
    return parsed.value == symbol and not parsed.repairs


@st.composite
def references(draw: st.DrawFn) -> LegalReference:
    shape = draw(st.sampled_from(("symbol", "symbol", "number", "law", "resolution")))
    fields: dict[str, object] = {
        "date": draw(optional(dates)),
        "issuer": draw(optional(st.sampled_from(ISSUERS))),
        "term": draw(optional(st.sampled_from(TERMS))),
        "title": draw(optional(titles)),
    }
    if shape == "symbol":
        symbol = draw(document_numbers(numbered=True).filter(_readable))
        kind = symbol.document_type
        if kind not in TYPE_WORDS:
            kind = draw(st.sampled_from(TYPE_WORDS))
        return LegalReference(document_type=kind, symbol=symbol, **fields)  # type: ignore[arg-type]
    if shape == "number":
        return LegalReference(
            document_type=draw(st.sampled_from(TYPE_WORDS)),
            number=draw(st.integers(1, 99_999)),
            **fields,  # type: ignore[arg-type]
        )
    if shape == "law":
        return LegalReference(
            document_type=draw(st.sampled_from((T.LUAT, T.PHAP_LENH))),
            name=draw(st.sampled_from(LAW_NAMES)),
            year=draw(optional(st.integers(1945, 2100))),
            **fields,  # type: ignore[arg-type]
        )
    return LegalReference(
        document_type=T.NGHI_QUYET,
        name=draw(st.sampled_from(RESOLUTION_NAMES)),
        year=draw(optional(st.integers(1945, 2100))),
        **fields,  # type: ignore[arg-type]
    )


def read_back(reference: LegalReference) -> LegalReference:
    """What the canonical form says: the year once, in the date, when both give it
    ("Luật Hòa giải ở cơ sở năm 2013 ngày 20/6/2013" is written "... ngày 20/6/2013")."""
    if (
        reference.symbol is None
        and reference.number is None
        and reference.date is not None
        and reference.date.year == reference.year
    ):
        return attrs.evolve(reference, year=None)
    return reference


@given(references())
@settings(max_examples=scaled(4))
def test_a_canonical_citation_reads_back(reference: LegalReference) -> None:
    text = reference.format("full")
    matches = extract_references(text, registry=None)
    assert matches, text
    first = matches[0]
    assert first.start == 0
    assert first.reference == read_back(reference), text
    assert first.repairs == ()


@given(
    references(),
    st.sampled_from(("Thực hiện ", "- Căn cứ ", "", "theo ")),
    st.sampled_from((";", ".", ",", " và các văn bản", "")),
)
@settings(max_examples=scaled(2))
def test_a_citation_in_a_sentence_reads_back(
    reference: LegalReference, before: str, after: str
) -> None:
    assume(reference.title is None or after != "")
    text = before + reference.format("full") + after
    (first, *_) = extract_references(text, registry=None)
    assert first.start == len(before)
    assert first.reference == read_back(reference), text


@given(references())
def test_the_short_form_reads_back_as_the_short_form(reference: LegalReference) -> None:
    assume(reference.symbol is not None or reference.number is not None)
    (match,) = extract_references(reference.format("short"), registry=None)
    assert match.reference.format("short") == reference.format("short")


# -- adversarial input ---------------------------------------------------------------------

ADVERSARIAL = [
    "Kế hoạch số " + "1/" * 20_000,
    "Kế hoạch số 1" + "-A" * 20_000,
    "Kết luận số 114-KL/TW của " + "Ban " * 20_000,
    "Kết luận số 114-KL/TW của Ban Bí thư về “" + "dân vận " * 20_000,
    "Luật " + "Đo lường " * 20_000,
    "Luật Đo " + "và Đo " * 20_000,
    "Nghị quyết Đại hội Đảng bộ tỉnh " + "Sơn " * 20_000,
    ("Kết luận số 21 ngày " + "1/" * 5) * 5_000,
    "Kết luận " * 20_000,
    "Kết luận số 114-KL/TW ngày 14/7/2015, " * 5_000,
    "114- " * 20_000,
    "Kế hoạch 1" + " - A" * 20_000,
    "Quyết định số 217-QĐ/TW, " * 10_000,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: t[:24])
def test_no_catastrophic_backtracking(text: str) -> None:
    start = time.perf_counter()
    extract_references(text, registry=None)
    assert time.perf_counter() - start < 2.0


# -- to_paragraph --------------------------------------------------------------------------


def test_to_paragraph_gives_text_and_citation_runs() -> None:
    text = "Thực hiện Kết luận số 114-KL/TW của Ban Bí thư và Luật Đo lường."
    paragraph = to_paragraph(text, registry=None)
    assert isinstance(paragraph, Paragraph)
    kinds = [type(run) for run in paragraph.runs]
    assert kinds == [Text, Citation, Text, Citation, Text]
    assert [r.format("short") for r in paragraph.references] == [
        "Kết luận số 114-KL/TW",
        "Luật Đo lường",
    ]
    assert paragraph.text == text
    only = to_paragraph("Chỉ thị số 05-CT/TW", registry=None)
    assert [type(run) for run in only.runs] == [Citation]


def test_to_paragraph_carries_registry_facts() -> None:
    paragraph = to_paragraph("theo Kết luận số 114-KL/TW của Ban Bí thư")
    (reference,) = paragraph.references
    assert reference.date == dt.date(2015, 7, 14)


def test_to_paragraph_needs_text() -> None:
    with pytest.raises(InvalidValueError):
        to_paragraph("")
    with pytest.raises(InvalidValueError):
        to_paragraph(3)  # type: ignore[arg-type]


def test_party_symbols_keep_the_party_form_in_canonical_citations() -> None:
    (match,) = extract_references("Chỉ thị số 05/CT-TW của Bộ Chính trị", registry=None)
    assert match.reference.symbol is not None
    assert match.reference.symbol.system is DocumentSystem.PARTY
    assert match.reference.format("short") == "Chỉ thị số 05-CT/TW"


# -- the keyword prefilter finds every head the full scan finds ----------------------------

from danvan.refs.find import _heads  # noqa: E402


def _head_spans(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    patterns = get_patterns()
    fast = [m.span() for m in _heads(text, patterns)]
    full = [m.span() for m in patterns.head.finditer(text)]
    return fast, full


@given(texts)
@settings(max_examples=scaled(3))
def test_prefilter_finds_the_heads_of_the_full_scan(text: str) -> None:
    fast, full = _head_spans(text)
    assert fast == full
    nfc = unicodedata.normalize("NFC", text)
    fast, full = _head_spans(nfc)
    assert fast == full


@pytest.mark.parametrize(
    "text",
    [
        "NGHỊ QUYẾT số 1-NQ/TW; kế hoạch số 2/KH-UBND; Quyết định số 3/QĐ-UBND",
        "Kế họach số 5/KH-SDLS, kế hoạch số 6/KH-SDLS",  # old tone placement
        "İstanbul Nghị quyết số 7-NQ/TW",  # lower() changes the length of İ
        "Hİến pháp năm 2013; HİẾN PHÁP năm 1992",  # re takes İ for i
        "Thông tư liên tịch số 8/2020/TTLT-BNV-BTC và Bộ luật Lao động năm 2019",
        # letters re treats as one under (?i): dotless ı for i, the Kelvin sign for K
        "Hıến pháp năm 2013 và THÔNG TƯ LıÊN TỊCH số 9/2020/TTLT-BNV-BTC",
        "\u212aế hoạch số 10/KH-SDLS và \u212aẾT LUẬN số 11-KL/TW",
        "kẾ HoẠcH số 12/KH-SDLS, qUyẾt ĐịNh số 13/QĐ-UBND",  # any mix of cases
        "Kế\u00a0hoạch số 14/KH-SDLS; Nghị\nquyết số 15-NQ/TW; Quy \t định số 16-QĐ/TW",
        "các nghị quyết Định số 17/QĐ-UBND; bộ luật Lao động; Bộ luật Dân sự",  # overlaps
    ],
)
def test_prefilter_on_cases_and_tone_placements(text: str) -> None:
    fast, full = _head_spans(text)
    assert fast == full
    assert fast


def test_prefilter_finds_every_head_of_the_corpus(corpus_dir: Any) -> None:
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        fast, full = _head_spans(text)
        assert fast == full, path.name


# -- the prefilter extracts exactly what the full scan extracts ----------------------------

from danvan.refs import find as find_module  # noqa: E402
from danvan.refs.patterns import _case_classes, _spellings  # noqa: E402

PREFILTER_TOKENS = (
    *TOKENS,
    "Kế hoạch", "KẾ HOẠCH", "kế họach", "Quyết định", "quyết định", "QUYẾT ĐỊNH", "Quy định",
    "quy chế", "Chỉ thị", "Chương trình", "Hướng dẫn", "Hiến pháp", "Bộ luật", "bộ luật",
    "Nghị định", "Đề án", "đề án", "Báo cáo", "Tờ trình", "Thông báo", "Thông tri", "Thông tư",
    "nghị", "quyết", "định", "kế", "hoạch", "Nghị quyết Trung ương 4", "Đại hội Đảng bộ tỉnh",
    "12/KH-SDLS", "30c/NQ-CP", "217-QĐ/TW", "số 45", "năm 2013", "nước CHXHCN Việt Nam",
    "UBND TP. Hồ Chí Minh", "BDVTU-BCSĐ UBND", "\u00a0", "\t", "  ", "\u2003",
    "ı", "\u212a", "İ", "ſ", "\u0301", "\u200b",
)  # fmt: skip
"""Type words in every case and spacing, their syllables alone, and the letters ``re`` treats
as one under ``(?i)`` (ı, the Kelvin sign), which a prefilter on lower-cased text can miss."""

prefilter_soup = st.lists(
    st.one_of(st.sampled_from(PREFILTER_TOKENS), st.text(alphabet=SOUP, max_size=4)), max_size=60
).map(lambda parts: "".join(parts) if len(parts) % 2 else " ".join(parts))


def _same_as_full_scan(text: str) -> list[Any]:
    """Extraction through the prefilter equals extraction through the rule's full scan."""
    fast = find_module._extract(text, None, find_module._heads)
    full = find_module._extract(text, None, find_module._heads_of_full_scan)
    assert fast == full
    with_registry = extract_references(text)
    full_with_registry = find_module._extract(
        text, find_module.DEFAULT_REGISTRY, find_module._heads_of_full_scan
    )
    assert with_registry == full_with_registry
    return fast


@given(prefilter_soup)
@settings(max_examples=scaled(4))
def test_prefilter_extracts_what_the_full_scan_extracts(text: str) -> None:
    """Every reference, span, field, repair and shared field, with and without the registry."""
    _same_as_full_scan(text)
    _same_as_full_scan(unicodedata.normalize("NFC", text))


@given(texts)
@settings(max_examples=scaled(2))
def test_prefilter_extracts_what_the_full_scan_extracts_from_any_text(text: str) -> None:
    _same_as_full_scan(text)


def test_prefilter_extracts_what_the_full_scan_extracts_from_the_corpus(corpus_dir: Any) -> None:
    found = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found += len(_same_as_full_scan(text))
        found += len(_same_as_full_scan(text.upper()))  # the same documents shouted
    assert found > 100


def test_prefilter_caches_change_nothing(corpus_dir: Any) -> None:
    """The cached parses and references give what a cold run gives, run after run."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(corpus_dir.glob("*.txt")))
    find_module._parse_symbol.cache_clear()
    find_module._build_reference.cache_clear()
    cold = extract_references(text)
    assert extract_references(text) == cold
    assert extract_references(text + "\n" + text)[: len(cold)] == cold


def test_case_classes_hold_on_every_plane() -> None:
    """The letters re treats as one, found over the Basic Multilingual Plane, are all there are.

    The keyword scans accept, for each letter of a type word, what ``_case_classes`` found
    over the BMP; this checks every code point of every plane the slow way.
    """
    words = [w for w in load_data()["type_words"] if w != "about"]
    letters = sorted({c for w in words for s in _spellings(w) for c in s if not c.isspace()})
    classes = _case_classes(letters)
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for letter in letters:
        same = {
            found.lower()
            for found in re.findall(f"(?i:{re.escape(letter)})", everything)
            if len(found.lower()) == 1
        }
        accepted = {c for c in same if re.fullmatch(classes[letter], c)}
        assert accepted == same, letter


# -- the next-character test skips only parts that cannot match ----------------------------

from danvan.refs.patterns import _ignorecase_chars  # noqa: E402


class _Anything:
    """Contains every character: a first-character set that lets every part be tried."""

    def __contains__(self, item: object) -> bool:
        return True


UNGUARDED = attrs.evolve(
    get_patterns(),
    date_firsts=_Anything(),
    issuer_firsts=_Anything(),
    term_firsts=_Anything(),
    title_firsts=_Anything(),
    continuation_firsts=_Anything(),
)


def _same_as_unguarded(text: str) -> int:
    guarded = [vars(raw) for raw in find_module._find(text, get_patterns())]
    unguarded = [vars(raw) for raw in find_module._find(text, UNGUARDED)]
    assert guarded == unguarded
    return len(guarded)


@given(st.one_of(prefilter_soup, texts))
@settings(max_examples=scaled(4))
def test_parts_skipped_by_their_first_character_could_not_match(text: str) -> None:
    """Date, issuer, term, title and list items read as when every part is tried."""
    _same_as_unguarded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nghị quyết số 18-NQ/TW   \t  ngày 25/10/2017   của   Ban Chấp hành Trung ương  (khóa XII)"
        "    về “một số vấn đề”,   và 19-NQ/TW;  hoặc số 20-NQ/TW",
        "Kết luận số 114-KL/TW\n ngày 14/7/2015\n của Ban Bí thư\n khóa XI\n “Nâng cao”",
        "Kế hoạch số 12/KH-SDLS , ngày 02/3/2024 , NGÀY 03/3/2024 CỦA Sở Dữ liệu số",
        "Chỉ thị số 05-CT/TW \u212ahóa XII và \u212ahóa XIII",
    ],
)
def test_parts_after_spaces_read_as_when_every_part_is_tried(text: str) -> None:
    assert _same_as_unguarded(text)


def test_parts_after_references_of_the_corpus(corpus_dir: Any) -> None:
    for path in sorted(corpus_dir.glob("*.txt")):
        assert _same_as_unguarded(path.read_text(encoding="utf-8")), path.name


def test_ignorecase_chars_hold_on_every_plane() -> None:
    """What starts "ngày", "của", "khóa", "về" under (?i), found over the BMP, is all there is."""
    everything = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    for letter in "nckv":
        assert set(re.findall(f"(?i:{letter})", everything)) == _ignorecase_chars(letter)


def test_prefilter_finds_each_syllables_tone_placement_on_its_own() -> None:
    """A type word with the same open syllable twice ("Hoá khoá", a test's own table):
    the scans accept each syllable's placement independently, as the head does."""
    import copy

    from danvan.refs.patterns import build

    data = copy.deepcopy(load_data())
    data["type_words"]["Hoá khoá"] = "KE_HOACH"
    patterns = build(data)
    for spelling in ("Hoá khoá", "Hóa khoá", "Hoá khóa", "HÓA KHOÁ", "hóa  khóa"):
        text = f"theo {spelling} số 5/KH-SDLS"
        fast = [m.span() for m in find_module._heads(text, patterns)]
        assert fast == [m.span() for m in patterns.head.finditer(text)]
        assert fast == [(5, 5 + len(spelling))]


def test_only_one_character_changes_length_when_lower_cased() -> None:
    """The keyword scans read the lower-cased text at the same offsets: only "İ" (which they
    read as "i") has a longer lower case, on every plane; another would send the text to the
    full scan (correct, slower)."""
    longer = [
        chr(code)
        for code in range(0x110000)
        if not 0xD800 <= code < 0xE000 and len(chr(code).lower()) != 1
    ]
    assert longer == ["\u0130"]
    assert re.fullmatch("(?i:i)", "\u0130")
