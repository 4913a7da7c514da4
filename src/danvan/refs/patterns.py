"""Regular expressions of the reference extractor (trích xuất văn bản được viện dẫn), compiled from data.

Like eyecite's reporters database, the forms live in ``data/patterns.json``: the type words
(tên loại văn bản), the issuer stop words of docs/reference-spans.md, the known issuers
(cơ quan ban hành) with their symbol codes, the names of laws. This module turns that data into
compiled patterns, once, on first use (:func:`get_patterns`).

Every pattern works on ``str`` (code points), never bytes, so offsets are character offsets
into the text as given. Each is either a prefilter run with ``finditer`` over the whole text
or an anchored pattern run with ``match(text, pos)`` from a prefilter hit; none has nested
unbounded repetition, so none backtracks catastrophically.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

from danvan.model.types import DocumentSystem, DocumentType, SymbolForm
from danvan.vn.text import normalize_text

__all__ = ["IssuerBody", "Patterns", "get_patterns", "load_data"]

_DATA_FILE = "patterns.json"


def load_data() -> dict[str, Any]:
    """The parsed ``data/patterns.json`` shipped inside the package (read with importlib.resources)."""
    text = (
        resources.files("danvan.refs")
        .joinpath("data")
        .joinpath(_DATA_FILE)
        .read_text(encoding="utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


# -- character classes -------------------------------------------------------------------


def _char_class(predicate: Any) -> str:
    """A regex class of every letter below U+2000 that satisfies ``predicate`` (as ranges)."""
    chars = [c for c in map(chr, range(0x41, 0x2000)) if c.isalpha() and predicate(c)]
    ranges: list[tuple[str, str]] = []
    for char in chars:
        if ranges and ord(char) == ord(ranges[-1][1]) + 1:
            ranges[-1] = (ranges[-1][0], char)
        else:
            ranges.append((char, char))
    parts = [re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in ranges]
    return "[" + "".join(parts) + "]"


UPPER = _char_class(str.isupper)
"""Upper-case letters (chữ hoa), Vietnamese ones included: the start of an issuer or a name."""
LOWER = _char_class(str.islower)
"""Lower-case letters (chữ thường)."""

WS = r"(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)"
"""Whitespace between two parts of one reference: at least one space, at most one line break.

Unambiguous on purpose: every run of whitespace can be matched in one way only, so a failed
match backtracks once over the run, never over every way of splitting it (issue 8: the old
form, spaces + optional line break + spaces, split a run of spaces in every possible way and
was quadratic in its length)."""
DASH = r"[\-\u2010-\u2015\u2212]"
ROMAN = r"[IVXLC]+"
LETTER_OR_DIGIT = r"[^\W_]"

# The tone mark of an open oa, oe, uy syllable sits on either vowel ("ủy" / "uỷ", "khóa" / "khoá").
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _tone_variants_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for upper in (False, True):
            a = first.upper() if upper else first
            for tone in _TONES:
                old = unicodedata.normalize("NFC", a + tone + second)
                new = unicodedata.normalize("NFC", a + second + tone)
                table[old] = f"(?:{re.escape(old)}|{re.escape(new)})"
                table[new] = table[old]
    return table


_TONE_VARIANTS = _tone_variants_table()


def phrase_pattern(phrase: str) -> str:
    """A regex for ``phrase`` that accepts any whitespace between words and either tone placement."""
    words = normalize_text(phrase).split(" ")
    out = []
    for word in words:
        piece = re.escape(word)
        for syllable, variants in _TONE_VARIANTS.items():
            escaped = re.escape(syllable)
            if escaped in piece:
                piece = piece.replace(escaped, variants)
        out.append(piece)
    return r"\s+".join(out)


def _alternation(phrases: Iterable[str]) -> str:
    """Longest first, so "Thông tư liên tịch" wins over "Thông tư"."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")"


def _words_pattern(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) + ")"


def fold(text: str) -> str:
    """The comparison key of a name: normalized text (one space, old-style tones), case-folded."""
    return normalize_text(text).casefold()


# -- compiled data -----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class IssuerBody:
    """A known issuer (cơ quan ban hành): its names as written and the symbol codes it signs with."""

    names: tuple[str, ...]
    codes: frozenset[str]
    system: DocumentSystem


@attrs.frozen(kw_only=True)
class Patterns:
    """Every compiled pattern and lookup table of the extractor; build with :func:`get_patterns`."""

    head: re.Pattern[str]
    head_scans: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    types: Mapping[str, DocumentType]
    named_types: frozenset[str]
    year_only_types: frozenset[str]
    resolution_type: str
    so: re.Pattern[str]
    identifier_lead: re.Pattern[str]
    gap: re.Pattern[str]
    symbol: re.Pattern[str]
    number: re.Pattern[str]
    date: re.Pattern[str]
    issuer_start: re.Pattern[str]
    issuer_stop: re.Pattern[str]
    issuer_max: int
    known_issuer: re.Pattern[str]
    term: re.Pattern[str]
    name_start: re.Pattern[str]
    name_stop: re.Pattern[str]
    name_max: int
    known_law: re.Pattern[str]
    year: re.Pattern[str]
    resolution: re.Pattern[str]
    title_open: re.Pattern[str]
    title_body: re.Pattern[str]
    title_unclosed: re.Pattern[str]
    list_separator: re.Pattern[str]
    continuation: re.Pattern[str]
    spaces: re.Pattern[str]
    date_firsts: frozenset[str]
    issuer_firsts: frozenset[str]
    term_firsts: frozenset[str]
    title_firsts: frozenset[str]
    continuation_firsts: frozenset[str]
    colon: re.Pattern[str]
    year_qualifier: re.Pattern[str]
    joined_code: re.Pattern[str]
    bodies: tuple[IssuerBody, ...]
    body_by_name: Mapping[str, IssuerBody]
    type_code_aliases: Mapping[SymbolForm, Mapping[str, frozenset[DocumentType]]]

    def type_of(self, word: str) -> DocumentType | None:
        """The DocumentType a type word names, any case ("KẾT LUẬN" → Kết luận)."""
        return self.types.get(fold(word))

    def body_of(self, issuer: str) -> IssuerBody | None:
        """The known body an issuer as written starts with (longest name first), if any."""
        key = fold(issuer)
        best: IssuerBody | None = None
        best_len = -1
        for name, body in self.body_by_name.items():
            if len(name) > best_len and key.startswith(name):
                rest = key[len(name) :]
                if not rest or not (rest[0].isalnum() or rest[0] == "&"):
                    best, best_len = body, len(name)
        return best


def _type_words(data: Mapping[str, Any]) -> dict[str, DocumentType]:
    table: dict[str, DocumentType] = {}
    for word, member in data.items():
        if word == "about":
            continue
        kind = getattr(DocumentType, str(member), None)
        if isinstance(kind, DocumentType):
            table[fold(word)] = kind
    return table


def _aliases(data: Mapping[str, Any]) -> dict[SymbolForm, dict[str, frozenset[DocumentType]]]:
    out: dict[SymbolForm, dict[str, frozenset[DocumentType]]] = {}
    for form in SymbolForm:
        entries = data.get(form.value, {})
        out[form] = {
            code: frozenset(
                k for k in (getattr(DocumentType, m, None) for m in members) if k is not None
            )
            for code, members in entries.items()
        }
    return out


def _tone_pairs() -> dict[str, str]:
    """Each open syllable with a tone mark ("oá") and its other placement ("óa")."""
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            old = unicodedata.normalize("NFC", first + tone + second)
            new = unicodedata.normalize("NFC", first + second + tone)
            pairs[old], pairs[new] = new, old
    return pairs


def _case_classes(letters: Iterable[str]) -> dict[str, str]:
    """What stands for each lower-case letter in lower-cased text under ``(?i:)``, as a regex.

    ``re`` matches case-insensitively by comparing lower-case forms, and also treats a few
    distinct lower-case letters as one ("ı" as "i", "ſ" as "s"): in the lower-cased text
    such a letter must be accepted where the type word has its twin, or the keyword scan
    would miss a head the full scan finds. Found by asking ``re`` itself, over the Basic
    Multilingual Plane (the only plane with such twins; a test checks every plane).
    """
    wanted = sorted(set(letters))
    probe = re.compile("(?i:[" + "".join(re.escape(c) for c in wanted) + "])")
    twins: dict[str, set[str]] = {c: {c} for c in wanted}
    for found in probe.findall(_BMP):
        low = found.lower()
        if len(low) != 1 or low in twins:
            continue  # the letter itself or its case, or a length change (the slow way)
        for letter in wanted:
            if re.fullmatch(f"(?i:{re.escape(letter)})", low):
                twins[letter].add(low)
    return {
        c: re.escape(c) if len(ts) == 1 else "[" + "".join(map(re.escape, sorted(ts))) + "]"
        for c, ts in twins.items()
    }


_BMP = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
"""Every character of the Basic Multilingual Plane but the surrogates (for :func:`_case_classes`)."""


def _ignorecase_chars(letters: Iterable[str]) -> frozenset[str]:
    """Every character ``re`` matches to one of ``letters`` under ``(?i:)``: "n" and "N", and
    for "k" also the Kelvin sign (over the Basic Multilingual Plane; a test checks every plane).
    """
    wanted = "".join(re.escape(c) for c in sorted(set(letters)))
    return frozenset(re.findall(f"(?i:[{wanted}])", _BMP))


def _spellings(word: str) -> set[str]:
    """A type word lower-cased, in every tone placement of its open syllables ("kế hoạch", "kế họach").

    Each syllable on its own, as :func:`phrase_pattern` accepts them: a word with two open
    syllables has all four spellings.
    """
    choices = []
    for syllable in normalize_text(word).lower().split(" "):
        found = {syllable}
        for written, other in _tone_pairs().items():
            found |= {spelling.replace(written, other) for spelling in found if written in spelling}
        choices.append(sorted(found))
    return {" ".join(spelling) for spelling in itertools.product(*choices)}


def _head_scans(
    words: Iterable[str], after_head: str
) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The keyword prefilter (eyecite's idea): one fast scan per first letter of the type words.

    For each first letter, a pair: the scan, run on the lower-cased text, finds where a
    type word with that letter may start; the head pattern, the rule's head with only
    those type words, is then tried there on the text as written. The scan has the letter
    first, as a plain character, which ``re`` looks for as fast as ``str.find``; the rest
    of the type word is a look-ahead, so only the letter is consumed and no candidate
    hides inside another. Letters ``re`` treats as one under ``(?i:)`` ("ı" and "i") are
    accepted as such, so the scans find every place where the rule finds a head (and
    more: they check neither the word start nor what follows the type word).
    """
    by_letter: dict[str, list[str]] = {}
    for word in words:
        by_letter.setdefault(normalize_text(word)[0].lower(), []).append(word)
    spellings = {word: _spellings(word) for word in itertools.chain(*by_letter.values())}
    classes = _case_classes(
        c for found in spellings.values() for s in found for c in s if not c.isspace()
    )

    def literal(text: str) -> str:
        return "".join(r"\s+" if c == " " else classes[c] for c in text)

    merged: dict[str, list[str]] = {}  # first letters re treats as one share a scan
    for letter, group in by_letter.items():
        merged.setdefault(classes[letter], []).extend(group)
    scans = []
    for first, group in sorted(merged.items()):
        rests = sorted(
            {literal(s[1:]) for word in group for s in spellings[word]},
            key=lambda r: (-len(r), r),
        )
        scan = re.compile(first + "(?=" + "|".join(rests) + ")")
        head = re.compile(rf"(?<![^\W_])(?i:{_alternation(group)}){after_head}")
        scans.append((scan, head))
    return tuple(scans)


def build(data: Mapping[str, Any]) -> Patterns:
    """Compile the patterns from the data (``load_data()`` or a test's own table)."""
    types = _type_words(data["type_words"])
    words = [w for w in data["type_words"] if w != "about" and fold(w) in types]
    type_alt = _alternation(words)
    named = frozenset(fold(w) for w in data["named_types"]["words"] if fold(w) in types)
    year_only = frozenset(
        fold(w) for w in data["named_types"].get("year_only", ()) if fold(w) in types
    )

    # Prefilter: a type word at a word start, followed by what can identify a document
    # ("số", a digit, a capital letter that may start a name, or "năm YYYY" for the types
    # cited by their year alone: "Hiến pháp năm 2013").
    # It is the rule; danvan.refs.find finds its matches faster with the keyword scans
    # (_head_scans) and runs it over the whole text only where lower-casing changes the
    # text's length.
    qualifier_alt = _alternation(data["named_types"].get("year_only_qualifiers", ()) or ["(?!)"])
    year_qualifier = re.compile(rf"{qualifier_alt}(?![^\W_])")
    after_head = (
        rf"(?![^\W_])(?={WS}(?:(?i:số)|\d|{UPPER}|năm{WS}\d{{4}}|{qualifier_alt})"
        rf"|[^\S\n]*:{WS}(?:(?i:số)|\d))"
    )
    head = re.compile(rf"(?<![^\W_])(?i:{type_alt}){after_head}")
    head_scans = _head_scans(words, after_head)
    # "Kế hoạch số 12", "các Kế hoạch: số 12/KH-UBND", "Quyết định số: 217-QĐ/TW"
    so = re.compile(rf"(?:[^\S\n]*:)?{WS}(?i:số)(?:[^\S\n]*:)?{WS}(?=\d)")
    colon = re.compile(rf"[^\S\n]*:{WS}(?=\d)")
    # what may follow a type word, tried in this order: "số", a colon, spaces (one match)
    identifier_lead = re.compile(rf"(?P<so>{so.pattern})|(?P<colon>{colon.pattern})|(?P<gap>{WS})")

    # A code after the first separator: upper-case letters and digits, '&', at most one
    # ASCII lower-case letter (QyĐ, CTr, TTg, QĐi); never followed by another letter, so a
    # capitalised word after a spaced dash ("25- NQ/TW - Tăng") is not read as a code.
    code = rf"[{UPPER[1:-1]}0-9][{UPPER[1:-1]}0-9&]*(?:[a-z][{UPPER[1:-1]}0-9&]*)?(?![^\W_]|&)"
    separator = rf"[^\S\n]{{0,2}}(?:/|{DASH})[^\S\n]{{0,2}}"
    # "30c/NQ-CP": a number may carry one lower-case letter
    joined_prefixes = "|".join(map(re.escape, data.get("symbol_joined_codes", {}).get("codes", ())))
    joined = (
        rf"(?:{joined_prefixes})[^\S\n](?:[{UPPER[1:-1]}]{{2,}}(?![^\W_]|&))"
        if joined_prefixes
        else "(?!)"
    )
    symbol = re.compile(rf"\d{{1,5}}[a-z]?(?:{separator}(?:{joined}|{code})){{1,8}}")
    joined_code = re.compile(rf"(?<=-)({joined_prefixes or '(?!)'})[^\S\n]+(?=[{UPPER[1:-1]}])")
    number = re.compile(rf"(\d{{1,5}})(?![\w/&]|{DASH}|[.,:]\d)")

    long_date = (
        rf"(?i:ngày){WS}(?P<ld>\d{{1,2}}){WS}(?i:tháng){WS}(?P<lm>\d{{1,2}}){WS}"
        rf"(?i:năm){WS}(?P<ly>\d{{4}})"
    )
    short_date = (
        rf"(?i:ngày){WS}(?P<sd>\d{{1,2}})[^\S\n]*(?P<sep>[/.\-])[^\S\n]*(?P<sm>\d{{1,2}})"
        rf"[^\S\n]*(?P=sep)[^\S\n]*(?P<sy>\d{{4}})"
    )
    date = re.compile(rf"(?:[^\S\n]*,)?{WS}(?:{long_date}|{short_date})(?!\d)")

    issuer = data["issuer"]
    issuer_start = re.compile(rf"{WS}(?i:của){WS}(?={UPPER})")
    punctuation = "".join(
        re.escape(s) for s in issuer["guide_stops"] if len(s.strip()) == 1 and s.strip() not in "(."
    )
    # A dot ends an issuer, unless it closes a place abbreviation before a name
    # ("UBND TP. Hồ Chí Minh"); each look-behind has one width, as Python requires. The
    # dot comes first, so the search tries the look-behinds at dots only, not everywhere.
    not_abbreviation = "".join(
        rf"(?<!(?<![^\W_]){re.escape(a)}\.)" for a in issuer.get("abbreviations", ())
    )
    dot_stop = rf"\.(?![^\S\n]?{UPPER})|\.{not_abbreviation}"
    word_stops = [s.strip() for s in issuer["guide_stops"] if len(s.strip()) > 1]
    # Only where a stop starts counts, so the stops after a space share one "\s": the
    # search tries them at spaces only.
    issuer_stop = re.compile(
        rf"[{punctuation}()\n]|{dot_stop}"
        rf"|\s(?:(?i:{_words_pattern(word_stops + issuer['guide_verbs'])})(?![^\W_])"
        rf"|{_words_pattern(issuer['extra_stops'])}(?![^\W_])"
        rf"|(?:và|hoặc){WS}(?:(?={LOWER})|(?i:{type_alt})(?![^\W_]))"
        rf"|(?i:ngày){WS}\d)"
    )
    bodies = tuple(
        IssuerBody(
            names=tuple(body["names"]),
            codes=frozenset(body["codes"]),
            system=DocumentSystem(body["system"]),
        )
        for body in data["issuers"]["bodies"]
    )
    body_by_name = {fold(name): body for body in bodies for name in body.names}
    known_issuer = re.compile(
        rf"(?i:{_alternation(n for b in bodies for n in b.names)})(?![^\W_]|&)"
    )
    term = re.compile(
        rf"[^\S\n]*\([^\S\n]*(?P<pk>(?i:kh(?:óa|oá))){WS}(?P<pr>{ROMAN})[^\S\n]*\)"
        rf"|{WS}(?P<k>(?i:kh(?:óa|oá))){WS}(?P<r>{ROMAN})(?![^\W_])"
    )

    names = data["name_stops"]
    name_start = re.compile(rf"{WS}(?={UPPER})")
    name_stop = re.compile(
        r"[,;.:()“”\"?!\n]"
        rf"|\s{_words_pattern(names['words'])}(?![^\W_])"
        rf"|\s(?:và|hoặc){WS}(?:(?={LOWER})|(?i:{type_alt})(?![^\W_]))"
    )
    known_law = re.compile(rf"(?i:{_alternation(data['known_law_names']['names'])})(?![^\W_])")
    year = re.compile(rf"{WS}(?i:năm){WS}(\d{{4}})(?!\d)")

    resolutions = data["named_resolutions"]
    upper_word = rf"{UPPER}[^\W\d_]*"
    fragments = [
        p.replace("ROMAN", ROMAN).replace("UPPERWORD", upper_word) for p in resolutions["patterns"]
    ]
    resolution = re.compile(rf"{WS}(?P<name>{'|'.join(f'(?:{f})' for f in fragments)})(?![^\W_])")

    title = data["title"]
    opens = re.escape(title["open_quotes"])
    closes = re.escape(title["close_quotes"])
    title_open = re.compile(
        rf"(?:[^\S\n]+(?i:{_words_pattern(title['lead_words'])}))?[^\S\n]*[{opens}]"
    )
    title_max = int(title["max_chars"])
    title_body = re.compile(rf"([^{closes}{opens}\n]{{1,{title_max}}})[{closes}]")
    title_unclosed = re.compile(
        rf"([^{closes}{opens}\n]{{1,{title_max}}}?)(?:[.;!?](?=\s|/|$)|\n|$)"
    )
    list_separator = re.compile(rf"[^\S\n]*,[^\S\n]*(?:và{WS})?|{WS}và{WS}")
    conjunctions = _words_pattern(data["list_items"]["conjunctions"])
    continuation = re.compile(
        rf"(?:[^\S\n]*[,;][^\S\n]*(?:{conjunctions}{WS})?|{WS}{conjunctions}{WS})"
        rf"(?P<so>(?i:số)(?:[^\S\n]*:)?{WS})?(?=\d)"
    )
    # The first character after the spaces that each part after a reference can start
    # with, read off the patterns above: where another character stands, the part's
    # pattern cannot match and is not tried (a cheap test, and a long run of spaces is
    # then crossed once, not once for each part).
    lead_words = title["lead_words"]
    conjunction_words = data["list_items"]["conjunctions"]
    date_firsts = frozenset(",") | _ignorecase_chars("n")  # ", ngày ..."
    issuer_firsts = _ignorecase_chars("c")  # "của ..."
    term_firsts = frozenset("(") | _ignorecase_chars("k")  # "(khóa XI)", "khóa XI"
    title_firsts = frozenset(title["open_quotes"]) | _ignorecase_chars(w[0] for w in lead_words)
    continuation_firsts = frozenset(",;") | frozenset(w[0] for w in conjunction_words)

    return Patterns(
        head=head,
        head_scans=head_scans,
        types=types,
        named_types=named,
        year_only_types=year_only,
        resolution_type=fold(resolutions["type_word"]),
        so=so,
        identifier_lead=identifier_lead,
        gap=re.compile(WS),
        symbol=symbol,
        number=number,
        date=date,
        issuer_start=issuer_start,
        issuer_stop=issuer_stop,
        issuer_max=int(issuer["max_chars"]),
        known_issuer=known_issuer,
        term=term,
        name_start=name_start,
        name_stop=name_stop,
        name_max=int(names["max_chars"]),
        known_law=known_law,
        year=year,
        resolution=resolution,
        title_open=title_open,
        title_body=title_body,
        title_unclosed=title_unclosed,
        list_separator=list_separator,
        continuation=continuation,
        spaces=re.compile(r"\s*"),
        date_firsts=date_firsts,
        issuer_firsts=issuer_firsts,
        term_firsts=term_firsts,
        title_firsts=title_firsts,
        continuation_firsts=continuation_firsts,
        colon=colon,
        year_qualifier=year_qualifier,
        joined_code=joined_code,
        bodies=bodies,
        body_by_name=body_by_name,
        type_code_aliases=_aliases(data["type_code_aliases"]),
    )


@functools.lru_cache(maxsize=1)
def get_patterns() -> Patterns:
    """The patterns compiled from the shipped data, built once on first use."""
    return build(load_data())
