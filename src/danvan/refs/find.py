"""Find legal references (văn bản được viện dẫn) in running text: eyecite's ``get_citations`` for
Vietnamese Party and State documents.

The rule for what a reference is, where its span ends and how each field is read is
docs/reference-spans.md. In short: a type word ("Kết luận", case-insensitive) followed by
"số" and a number or symbol, by a symbol alone, or, for laws and named resolutions, by a
name; then, each optional and in this order, the date ("ngày 14/7/2015"), the issuer
("của Ban Bí thư Trung ương Đảng") and the term ("(khóa XI)"). The title in quotation
marks after it is read into the reference but left out of the span.

How it runs: one compiled prefilter finds the type words that are followed by something
that can identify a document; from each hit, anchored patterns (``pattern.match(text, pos)``)
read the parts forward. There is no Python loop over the characters of the text, and every
search is bounded, so the cost grows linearly with the input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol

import attrs

from danvan.errors import DanvanError, InvalidValueError
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.repair import Parsed, Repair
from danvan.model.types import DocumentType
from danvan.refs.patterns import Patterns, get_patterns
from danvan.refs.registry import Registry
from danvan.vn.dates import PartialDate

__all__ = [
    "DEFAULT_REGISTRY",
    "ENRICHED_FIELDS",
    "ReferenceMatch",
    "RegistryEntryLike",
    "RegistryLike",
    "extract_references",
    "lookup_entry",
    "resolve_registry",
    "same_document",
]

ENRICHED_FIELDS: tuple[str, ...] = ("date", "issuer", "term", "title")
"""The fields a registry may fill when the citation leaves them out (in this order)."""

_SHARED_FIELDS: tuple[str, ...] = ("date", "issuer", "term")


class RegistryEntryLike(Protocol):
    """What the extractor needs of a registry entry (danh mục văn bản): its reference."""

    @property
    def reference(self) -> LegalReference: ...


class RegistryLike(Protocol):
    """What the extractor needs of a registry: ``danvan.refs.registry.Registry`` has it.

    ``term`` and ``year`` narrow a lookup by number or name ("Nghị quyết Trung ương 4"
    with ``term="khóa XII"``); ``term`` and ``date`` choose among documents that share a
    symbol (a Party symbol names one document per term). A registry may ignore them.
    """

    def lookup(
        self,
        *,
        symbol: DocumentNumber | None = None,
        document_type: DocumentType | None = None,
        number: int | None = None,
        name: str | None = None,
        term: str | None = None,
        year: int | None = None,
        date: dt.date | PartialDate | None = None,
    ) -> RegistryEntryLike | None: ...


class _DefaultRegistry:
    """Sentinel: use the registry shipped with danvan (``Registry.default()``)."""

    _instance: _DefaultRegistry | None = None

    def __new__(cls) -> _DefaultRegistry:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DEFAULT_REGISTRY"


DEFAULT_REGISTRY = _DefaultRegistry()
"""The default of every ``registry=`` argument: the shipped registry, or none if absent."""


def resolve_registry(registry: RegistryLike | _DefaultRegistry | None) -> RegistryLike | None:
    """The registry to use: the given one, ``None``, or for the default the shipped one."""
    if isinstance(registry, _DefaultRegistry):
        return Registry.default()
    return registry


@attrs.frozen(kw_only=True)
class ReferenceMatch:
    """One reference found in a text (trích dẫn): where it is, what it says, and how it was read.

    ``start`` and ``end`` are character offsets (Python ``str`` indices, never bytes) into
    the text as given, and ``text == given[start:end]``. ``repairs`` lists what the tolerant
    symbol parser fixed ("139- KH/TU" → "139-KH/TU"); ``inferred`` names the fields the
    registry filled because the citation left them out; ``shared`` names the fields taken
    from the next item of a list ("Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ
    Chính trị": the first shares the issuer of the second). ``symbol_span`` is where the
    symbol as written stands, when there is one.
    """

    start: int
    end: int
    text: str
    reference: LegalReference
    repairs: tuple[Repair, ...] = ()
    inferred: tuple[str, ...] = ()
    shared: tuple[str, ...] = ()
    symbol_span: tuple[int, int] | None = None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return (self.start, self.end)


# -- reading one reference ---------------------------------------------------------------


class _Raw:
    """A reference being read; mutable while the list rule shares fields between items.

    A plain class: the optional fields default to the class's ``None``, so making one (as
    for every head, most of which identify nothing in hostile text) sets three attributes.
    """

    symbol: DocumentNumber | None = None
    repairs: tuple[Repair, ...] = ()
    symbol_span: tuple[int, int] | None = None
    number: int | None = None
    name: str | None = None
    year: int | None = None
    date: dt.date | None = None
    issuer: str | None = None
    term: str | None = None
    title: str | None = None
    shared: tuple[str, ...] = ()

    def __init__(self, *, start: int, end: int, document_type: DocumentType) -> None:
        self.start = start
        self.end = end
        self.document_type = document_type

    def __repr__(self) -> str:
        return f"_Raw({vars(self)!r})"


@functools.lru_cache(maxsize=8192)
def _parse_symbol(raw: str) -> Parsed[DocumentNumber] | None:
    """A symbol as written, read tolerantly; ``None`` when it is not one (cached: texts repeat)."""
    if "/" not in raw or not any(c.isalpha() for c in raw):
        return None
    try:
        return DocumentNumber.parse_tolerant(raw)
    except DanvanError:
        return None


@functools.lru_cache(maxsize=256)
def _type_of(word: str) -> DocumentType | None:
    return get_patterns().type_of(word)


def _spaces(text: str) -> str:
    return " ".join(text.split())


_JOINED_MESSAGE = (
    "removed the space inside a joint issuer code ('BCSĐ UBND' → 'BCSĐUBND'; "
    "the conventions say «không cách chữ»)"
)


def _read_symbol(text: str, pos: int, raw: _Raw, p: Patterns) -> bool:
    match = p.symbol.match(text, pos)
    if match is None:
        return False
    written = match.group()
    # "BDVTU-BCSĐ UBND" → "BDVTU-BCSĐUBND"
    joined = p.joined_code.sub(r"\1", written) if " " in written else written
    parsed = _parse_symbol(joined)
    if parsed is None:
        return False
    raw.symbol = parsed.value
    raw.repairs = parsed.repairs
    if joined != written:
        raw.repairs = (
            Repair(code="spacing", message=_JOINED_MESSAGE, before=written, after=joined),
            *parsed.repairs,
        )
    raw.symbol_span = match.span()
    raw.end = match.end()
    return True


_BARE_YEAR = re.compile(r"((?:19|20)\d{2})(?![\d/.\-])")
"""A year written alone after a type cited by its year ("Hiến pháp 2013")."""


def _read_identifier(text: str, word: str, lead: re.Match[str], raw: _Raw, p: Patterns) -> bool:
    """Part 1 of the span: "số" + number or symbol, a symbol, or the name of a law or resolution.

    ``lead`` is ``p.identifier_lead`` matched after the type word: "số", a colon or spaces.
    """
    pos = raw.end
    branch = lead.lastgroup
    if branch == "so":
        if _read_symbol(text, lead.end(), raw, p):
            return True
        number = p.number.match(text, lead.end())
        if number is None or int(number.group(1)) < 1:
            return False
        raw.number = int(number.group(1))
        raw.end = number.end()
        return True
    if branch == "colon":  # "các Kế hoạch: 12/KH-UBND ..."
        return _read_symbol(text, lead.end(), raw, p)
    gap_end = lead.end()  # spaces
    if gap_end >= len(text):
        return False
    key = word.casefold()
    if key in p.year_only_types and word[:1].isupper():
        # "Hiến pháp năm 2013", "Hiến pháp 2013", "Hiến pháp nước Cộng hòa xã hội chủ
        # nghĩa Việt Nam năm 2013": cited by the year alone
        start = pos
        qualifier = p.year_qualifier.match(text, gap_end)
        if qualifier is not None:
            start = qualifier.end()
            after = p.gap.match(text, start)
            if after is None:
                return False
            bare = _BARE_YEAR.match(text, after.end())
        else:
            bare = _BARE_YEAR.match(text, gap_end)
        if bare is not None:
            raw.year = int(bare.group(1))
            raw.end = bare.end()
            return True
        raw.end = start
        _read_year(text, raw, p)
        if raw.year is not None:
            return True
        raw.end = pos
        if qualifier is not None:
            return False
    if text[gap_end].isdigit():
        return _read_symbol(text, gap_end, raw, p)
    if key in p.named_types and word[:1].isupper() and text[gap_end].isupper():
        return _read_law_name(text, gap_end, raw, p)
    if key == p.resolution_type:
        resolution = p.resolution.match(text, pos)
        if resolution is None:
            return False
        raw.name = _spaces(resolution.group("name"))
        raw.end = resolution.end()
        _read_year(text, raw, p)
        return True
    return False


def _read_law_name(text: str, start: int, raw: _Raw, p: Patterns) -> bool:
    """ "Luật Hòa giải cơ sở năm 2013": the name up to the first name stop, then the year."""
    limit = min(len(text), start + p.name_max + 1)
    stop = p.name_stop.search(text, start, limit)
    if stop is not None:
        end = stop.start()
    elif limit == len(text):
        end = limit
    else:
        return False  # no end within reach: running text, not a name
    known = p.known_law.match(text, start)
    if known is not None:
        end = max(end, known.end())
    name = text[start:end].rstrip()
    if not name:
        return False
    raw.name = _spaces(name)
    raw.end = start + len(name)
    _read_year(text, raw, p)
    so = p.so.match(text, raw.end)
    if so is not None:
        _read_symbol(text, so.end(), raw, p)
    return True


def _read_year(text: str, raw: _Raw, p: Patterns) -> None:
    """ "năm 2013" after a name: the year belongs to the reference."""
    year = p.year.match(text, raw.end)
    if year is not None:
        raw.year = int(year.group(1))
        raw.end = year.end()


def _read_date(text: str, raw: _Raw, p: Patterns) -> None:
    match = p.date.match(text, raw.end)
    if match is None:
        return
    if match.group("ld") is not None:
        day, month, year = match.group("ld", "lm", "ly")
    else:
        day, month, year = match.group("sd", "sm", "sy")
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return
    if value.year < 1000:
        return
    raw.date = value
    raw.end = match.end()


def _read_issuer(text: str, raw: _Raw, p: Patterns) -> None:
    """ "của Ban Bí thư Trung ương Đảng": up to the first stop of docs/reference-spans.md."""
    lead = p.issuer_start.match(text, raw.end)
    if lead is None:
        return
    start = lead.end()
    known = p.known_issuer.match(text, start)
    base = known.end() if known is not None else start
    limit = min(len(text), base + p.issuer_max)
    stop = p.issuer_stop.search(text, base, limit)
    if stop is not None:
        end = stop.start()
    elif limit == len(text):
        end = limit
    else:
        return
    written = text[start:end].rstrip().rstrip("-\u2010\u2011\u2012\u2013\u2014").rstrip()
    if not written or not written[0].isupper():
        return
    raw.issuer = _spaces(written)
    raw.end = start + len(written)


def _read_term(text: str, raw: _Raw, p: Patterns) -> None:
    match = p.term.match(text, raw.end)
    if match is None:
        return
    roman = match.group("pr") or match.group("r")
    raw.term = f"khóa {roman}"
    raw.end = match.end()


def _read_title(text: str, raw: _Raw, p: Patterns) -> None:
    """The trích yếu in quotes right after the span or after "về"; not part of the span.

    A quotation left open runs to the end of its sentence (docs/reference-spans.md leaves
    this open; the gold labels read it so).
    """
    lead = p.title_open.match(text, raw.end)
    if lead is None:
        return
    body = p.title_body.match(text, lead.end()) or p.title_unclosed.match(text, lead.end())
    if body is None:
        return
    title = _spaces(body.group(1)).rstrip(" .,;:")
    raw.title = title or None


def _read(text: str, head: re.Match[str], p: Patterns) -> _Raw | None:
    word = head.group()
    kind = _type_of(word)
    if kind is None:
        return None
    lead = p.identifier_lead.match(text, head.end())
    if lead is None:
        return None
    raw = _Raw(start=head.start(), end=head.end(), document_type=kind)
    if not _read_identifier(text, word, lead, raw, p):
        return None
    _read_details(text, raw, p)
    return raw


# -- lists -------------------------------------------------------------------------------


def _may_share(first: _Raw, second: _Raw) -> bool:
    """Items of one list are of one type and come from one issuer: symbols, when both have
    one, must agree on it.

    A document cited by name or year alone ("Hiến pháp năm 2013 và Luật Hòa giải ở cơ sở
    năm 2013 ngày 20/6/2013") takes nothing from its neighbour: the date is the law's.
    """
    if first.symbol is None and first.number is None:
        return False
    if first.document_type is not second.document_type:
        # "Chỉ thị số 05-CT/TW và Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư": the
        # date and issuer are the Kết luận's; a list shares them only under one type word
        return False
    if first.symbol is None or second.symbol is None:
        return True
    return (
        first.symbol.system is second.symbol.system
        and first.symbol.issuers == second.symbol.issuers
    )


def _date_fits_symbol(first: _Raw, second: _Raw) -> bool:
    """A date shared along a list never contradicts a year in a symbol.

    "Nghị định số 04/2015/NĐ-CP và số 145/2020/NĐ-CP ngày 14/12/2020": the date is the
    second decree's; the first, of 2015, does not borrow it.
    """
    assert second.date is not None
    years = {raw.symbol.year for raw in (first, second) if raw.symbol is not None}
    return years <= {None, second.date.year}


def _share_list_fields(text: str, raws: list[_Raw], p: Patterns) -> None:
    """ "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW của Bộ Chính trị": the date, issuer
    and term after the last item go to every item right before it that has none of its own.
    Items are separated only by "," or "và"; ";" ends a list item with its own metadata.
    The fields come in the order date, issuer, term: an item that wrote a later one (its
    own issuer) borrows no earlier one (a date), and a date never contradicts a symbol's year.
    """
    for index in range(len(raws) - 2, -1, -1):
        first, second = raws[index], raws[index + 1]
        if first.title is not None or first.end > second.start:
            continue
        if p.list_separator.fullmatch(text, first.end, second.start) is None:
            continue
        if not _may_share(first, second):
            continue
        own = [f for f in _SHARED_FIELDS if getattr(first, f) is not None]
        if first.issuer is not None and first.issuer != second.issuer:
            continue  # its own issuer, not the next item's: the next item's term is not its
        for index, field in enumerate(_SHARED_FIELDS):
            if getattr(first, field) is None and getattr(second, field) is not None:
                if any(later in own for later in _SHARED_FIELDS[index + 1 :]):
                    # "23-QĐ/TW, 99-QĐ/TW của Bộ Chính trị và Kết luận số 43-KL/TW ngày ...":
                    # an item with its own issuer wrote no date; it borrows none
                    continue
                if field == "date" and not _date_fits_symbol(first, second):
                    continue
                setattr(first, field, getattr(second, field))
                first.shared = (*first.shared, field)


# -- building the model ------------------------------------------------------------------


def _reference(raw: _Raw) -> LegalReference | None:
    year = raw.year
    if raw.symbol is not None and raw.symbol.year is not None:
        year = None  # the symbol's own year wins over "năm ..." after a law's name
    return _build_reference(
        raw.document_type,
        raw.symbol,
        raw.number if raw.symbol is None else None,
        year,
        raw.issuer,
        raw.date,
        raw.term,
        raw.title,
        raw.name,
    )


@functools.lru_cache(maxsize=4096, typed=True)
def _build_reference(
    document_type: DocumentType,
    symbol: DocumentNumber | None,
    number: int | None,
    year: int | None,
    issuer: str | None,
    date: dt.date | None,
    term: str | None,
    title: str | None,
    name: str | None,
) -> LegalReference | None:
    """The model of one citation (cached: reports cite the same documents again and again).

    The model is frozen and its fields compare by value, so equal fields give an equal
    reference; building one runs every validator and converter, a third of the cost of
    extraction before the cache.
    """
    try:
        return LegalReference(
            document_type=document_type,
            symbol=symbol,
            number=number,
            year=year,
            issuer=issuer,
            date=date,
            term=term,
            title=title,
            name=name,
        )
    except DanvanError:
        return None


def same_document(reference: LegalReference, known: LegalReference) -> bool:
    """Whether a registry entry found for a citation is the document it cites.

    The same symbol always is. A symbol that differs only by a slip in the type code
    ("114-KT/TW" for 114-KL/TW) is, when the type word agrees with the entry's type; a
    provincial "02-KH/TU" is not the "02-ĐA/TU" of another province.
    """
    if reference.symbol is None or known.symbol is None or reference.symbol == known.symbol:
        return True
    return reference.document_type is not None and reference.document_type is known.document_type


def lookup_entry(registry: RegistryLike, reference: LegalReference) -> RegistryEntryLike | None:
    """The registry entry of the document a reference cites, or ``None`` when unsure."""
    try:
        if reference.symbol is not None:
            # the date and term choose among the documents of one symbol (one per khóa)
            entry = registry.lookup(
                symbol=reference.symbol, term=reference.term, date=reference.date
            )
        elif reference.number is not None or reference.name is not None:
            # "Nghị quyết Trung ương 4 (khóa XII)": the term and year tell apart documents
            # that share a number or a name.
            entry = registry.lookup(
                document_type=reference.document_type,
                number=reference.number,
                name=reference.name,
                term=reference.term,
                year=reference.year,
                date=reference.date,
            )
        else:
            return None
    except DanvanError:
        return None
    if entry is None or not same_document(reference, entry.reference):
        return None
    return entry


def _enrich(
    reference: LegalReference, registry: RegistryLike
) -> tuple[LegalReference, tuple[str, ...]]:
    """Fill the date, issuer, term and title the citation left out from the registry."""
    entry = lookup_entry(registry, reference)
    if entry is None:
        return reference, ()
    known = entry.reference
    changes = {
        field: getattr(known, field)
        for field in ENRICHED_FIELDS
        if getattr(reference, field) is None and getattr(known, field) is not None
    }
    if reference.name is not None and known.title == known.name:
        # a law's title is its name, already cited ("Luật Hòa giải cơ sở"): not repeated
        changes.pop("title", None)
    if not changes:
        return reference, ()
    try:
        return attrs.evolve(reference, **changes), tuple(changes)
    except DanvanError:
        return reference, ()


# -- offsets of text that is not NFC -----------------------------------------------------

_CLUSTER = re.compile(
    r".[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+", re.S
)


class _OffsetMap:
    """Maps offsets in the NFC text the patterns read back to offsets in the text as given.

    Only clusters of a letter and combining marks (chữ tổ hợp, as some keyboards type
    Vietnamese) change length under NFC; each is normalized on its own and remembered.
    """

    def __init__(self, text: str) -> None:
        pieces: list[str] = []
        self.normal: list[int] = []  # start of each changed cluster in the NFC text
        self.normal_end: list[int] = []
        self.given: list[int] = []
        self.given_end: list[int] = []
        last = 0
        shift = 0
        for match in _CLUSTER.finditer(text):
            start, end = match.span()
            composed = unicodedata.normalize("NFC", match.group())
            pieces.append(text[last:start])
            pieces.append(composed)
            self.normal.append(start - shift)
            self.given.append(start)
            shift += (end - start) - len(composed)
            self.normal_end.append(end - shift)
            self.given_end.append(end)
            last = end
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def __call__(self, offset: int) -> int:
        index = bisect.bisect_right(self.normal, offset) - 1
        if index < 0:
            return offset
        if offset >= self.normal_end[index]:
            return self.given_end[index] + (offset - self.normal_end[index])
        if offset == self.normal[index]:
            return self.given[index]
        return self.given_end[index]  # inside a cluster: round to its end


# -- the public function -----------------------------------------------------------------


def _next_char(text: str, pos: int, p: Patterns) -> str:
    """The first character at or after ``pos`` that is not a space ("" at the end)."""
    char = text[pos : pos + 1]
    if char.isspace():  # most often one space, then a word
        char = text[pos + 1 : pos + 2]
        if char.isspace():
            end = p.spaces.match(text, pos + 2).end()  # type: ignore[union-attr]  # \s* matches
            char = text[end : end + 1]
    return char


def _read_details(text: str, raw: _Raw, p: Patterns) -> None:
    """Part 2 of the span, each optional and in this order: date, issuer, term; then the title.

    Each part is tried only where the next character after the spaces can start it: a
    cheap test, and a long run of spaces is then crossed once, not once for each part.
    """
    pos = raw.end
    char = _next_char(text, pos, p)
    for firsts, read_part in (
        (p.date_firsts, _read_date),
        (p.issuer_firsts, _read_issuer),
        (p.term_firsts, _read_term),
    ):
        if char in firsts:
            read_part(text, raw, p)
            if raw.end != pos:
                pos = raw.end
                char = _next_char(text, pos, p)
    if char in p.title_firsts:
        _read_title(text, raw, p)


def _read_next_item(text: str, previous: _Raw, p: Patterns) -> _Raw | None:
    """ "Quyết định số 217-QĐ/TW và 218-QĐ/TW": another number after a reference's own.

    The item starts at its "số" (or its symbol) and reads its own date, issuer and term;
    a bare number needs "số" ("và 45 đơn vị" is not a reference).
    """
    if previous.title is not None or (previous.symbol is None and previous.number is None):
        return None
    if _next_char(text, previous.end, p) not in p.continuation_firsts:
        return None
    lead = p.continuation.match(text, previous.end)
    if lead is None:
        return None
    start = lead.start("so") if lead.group("so") is not None else lead.end()
    raw = _Raw(start=start, end=lead.end(), document_type=previous.document_type)
    if not _read_symbol(text, lead.end(), raw, p):
        if lead.group("so") is None:
            return None
        number = p.number.match(text, lead.end())
        if number is None or int(number.group(1)) < 1:
            return None
        raw.number = int(number.group(1))
        raw.end = number.end()
    if raw.symbol is not None:
        own = raw.symbol.document_type  # "Nghị quyết số 25-NQ/TW và 43-KL/TW": a Kết luận
        if own is not None and own is not raw.document_type:
            raw.document_type = own
    _read_details(text, raw, p)
    return raw


def _heads(text: str, p: Patterns) -> Iterator[re.Match[str]]:
    """The matches of ``p.head`` in ``text``, as ``finditer`` gives them, found faster.

    The keyword prefilter (as eyecite does): for each first letter of the type words, one
    scan of the lower-cased text (``p.head_scans``: the letter, which ``re`` finds as fast
    as ``str.find``, then the rest of a type word as a look-ahead) gives the places where
    a type word may start; only there is the head pattern of that letter tried, on the
    text as written, in the order of the text. Lower-casing keeps the text's length but
    for "İ", which becomes "i" first; should it change anyway, the rule's head is run over
    the whole text instead.
    """
    candidates = head_candidates(text, p)
    if candidates is None:
        return p.head.finditer(text)
    return heads_at(text, p, candidates)


def head_candidates(text: str, p: Patterns) -> list[int] | None:
    """Where the scans of :func:`_heads` find a type word may start, in text order, each as
    one int (position × number of scans + scan); ``None`` when lower-casing changes the
    text's length (then only the rule's head over the whole text is exact).

    The candidates of a text hold those of every piece of it (a scan is a letter and a
    look-ahead over the same characters), so :func:`heads_at` on a piece, given the whole
    text's candidates that fall inside the piece, finds the heads ``_heads(piece)`` finds:
    a candidate the piece alone lacks (its type word runs past the piece's end) is no
    head of the piece either.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        # "İ" is the one character whose lower case is two ("i" and a combining dot above);
        # re takes it for "i"
        lowered = text.replace("\u0130", "i").lower()
        if len(lowered) != len(text):  # should Unicode add another
            return None
    width = len(p.head_scans)
    starts: list[int] = []
    for index, (scan, _) in enumerate(p.head_scans):
        starts += [hit.start() * width + index for hit in scan.finditer(lowered)]
    starts.sort()
    return starts


def heads_at(
    text: str, p: Patterns, candidates: Iterable[int], shift: int = 0
) -> Iterator[re.Match[str]]:
    """The heads at ``candidates`` (of :func:`head_candidates`, ``shift`` characters to the
    right of ``text``'s start), in text order, skipping those inside the previous head as
    ``finditer`` would."""
    width = len(p.head_scans)
    end = 0
    for start in candidates:
        pos, index = divmod(start, width)
        pos -= shift
        if pos < end:
            continue  # inside the previous head, as finditer would skip it
        head = p.head_scans[index][1].match(text, pos)
        if head is not None:
            end = head.end()
            yield head


def _heads_of_full_scan(text: str, p: Patterns) -> Iterator[re.Match[str]]:
    """The matches of the rule's head over the whole text: what :func:`_heads` must give.

    Slow and obviously complete; the tests and ``benchmarks/extract_refs.py`` check that
    extraction through the prefilter gives exactly what extraction through this gives.
    """
    return p.head.finditer(text)


_HeadFinder = Callable[[str, Patterns], Iterable[re.Match[str]]]


def _find(text: str, p: Patterns, heads: _HeadFinder = _heads) -> list[_Raw]:
    raws: list[_Raw] = []
    last_end = 0
    for head in heads(text, p):
        if head.start() < last_end:
            continue  # inside the span of the previous reference
        raw = _read(text, head, p)
        while raw is not None:
            raws.append(raw)
            last_end = raw.end
            raw = _read_next_item(text, raw, p)
    return raws


def extract_references(
    text: str,
    *,
    registry: RegistryLike | _DefaultRegistry | None = DEFAULT_REGISTRY,
) -> list[ReferenceMatch]:
    """Every legal reference in ``text`` (trích xuất văn bản được viện dẫn), in order.

    ``registry`` fills the date, issuer, term and title a citation leaves out (their names
    go into :attr:`ReferenceMatch.inferred`); ``None`` reads the text alone. The default is
    the registry shipped with danvan. Never raises for a ``str``; anything else raises
    :class:`~danvan.errors.InvalidValueError`.
    """
    if not isinstance(text, str):
        raise InvalidValueError("extract_references.text", text, "the text to search must be a str")
    return _extract(text, registry, _heads)


# What the shipped registry adds to each citation (see _extract); cleared when full.
_DEFAULT_ENRICHED: dict[LegalReference, tuple[LegalReference, tuple[str, ...]]] = {}
_DEFAULT_ENRICHED_LIMIT = 4096


def _extract(
    source: str, registry: RegistryLike | _DefaultRegistry | None, heads: _HeadFinder
) -> list[ReferenceMatch]:
    """:func:`extract_references` with the heads found by ``heads`` (the prefilter or not)."""
    mapping: _OffsetMap | None = None
    if not unicodedata.is_normalized("NFC", source):
        mapping = _OffsetMap(source)
        source_nfc = mapping.text
    else:
        source_nfc = source
    patterns = get_patterns()
    raws = _find(source_nfc, patterns, heads)
    _share_list_fields(source_nfc, raws, patterns)
    active = resolve_registry(registry)
    # one registry lookup per distinct citation: a report cites the same documents often,
    # and so do the documents of a batch; the shipped registry is immutable, so what it
    # gives a citation is remembered across calls (bounded)
    enriched: dict[LegalReference, tuple[LegalReference, tuple[str, ...]]]
    if isinstance(registry, _DefaultRegistry):
        enriched = _DEFAULT_ENRICHED
        if len(enriched) > _DEFAULT_ENRICHED_LIMIT:
            enriched.clear()
    else:
        enriched = {}
    matches: list[ReferenceMatch] = []
    for raw in raws:
        reference = _reference(raw)
        if reference is None:
            continue
        inferred: tuple[str, ...] = ()
        if active is not None:
            known = enriched.get(reference)
            if known is None:
                known = enriched[reference] = _enrich(reference, active)
            reference, inferred = known
        start, end = raw.start, raw.end
        symbol_span = raw.symbol_span
        if mapping is not None:
            start, end = mapping(start), mapping(end)
            if symbol_span is not None:
                symbol_span = (mapping(symbol_span[0]), mapping(symbol_span[1]))
        matches.append(
            ReferenceMatch(
                start=start,
                end=end,
                text=source[start:end],
                reference=reference,
                repairs=raw.repairs,
                inferred=inferred,
                shared=raw.shared,
                symbol_span=symbol_span,
            )
        )
    return matches
