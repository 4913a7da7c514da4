"""The registry of known documents (văn bản hay được viện dẫn): what a citation leaves out.

Reports on dân vận, dân chủ ở cơ sở and cải cách hành chính cite the same few dozen
central documents again and again, often without their date or issuer ("Kết luận số
114-KL/TW của Ban Bí thư"). The registry holds those documents with every fact and
where each fact comes from, so a citation can be completed from it (each added fact
is reported as inferred, see :meth:`Registry.enrich`).

The packaged registry is the JSON file ``danvan/refs/data/registry.json``
(:meth:`Registry.default`). A user adds a province's own documents with
:func:`load_registry`, which reads a JSON file (or TOML on Python 3.11+, or 3.10 with
the ``tomli`` package) of the same shape on top of the packaged one::

    {"schema": 1, "documents": [
        {"type": "Kế hoạch", "symbol": "40-KH/BDVTU", "date": "2023-01-29",
         "issuer": "Ban Dân vận Tỉnh ủy", "title": "...", "verified": false}
    ]}

Fields of a document: ``type`` and ``symbol`` (canonical, ``"114-KL/TW"``) are required;
``date`` (ISO ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY``), ``issuer``, ``term``
(``"khóa XI"``), ``title``, ``name``, ``aliases``, ``topics``, ``sources`` and
``verified`` are optional. ``term`` is given for bodies elected for a term: Party
bodies, and also the Quốc hội and its Ủy ban Thường vụ (a law's term is the one its
symbol names: ``QH15`` is ``khóa XV``); it stays empty for the Chính phủ and the Thủ
tướng. ``verified: true`` is accepted only when the ``sources`` cover every fact given.
A malformed file raises :class:`~danvan.errors.SchemaError` listing every problem with
its place (``documents[3].symbol: ...``).
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from os import PathLike
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

import attrs

from danvan.errors import InvalidValueError, ParseError, SchemaError
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentSystem, DocumentType
from danvan.refs.terms import terms_of
from danvan.vn.dates import PartialDate
from danvan.vn.text import normalize_text

__all__ = [
    "FACTS",
    "SCHEMA_VERSION",
    "Enrichment",
    "Registry",
    "RegistryEntry",
    "Source",
    "load_registry",
    "lookup",
]

SCHEMA_VERSION: Final = 1
"""The ``schema`` number a registry file must carry."""

FACTS: Final = ("type", "symbol", "date", "issuer", "term", "name", "title")
"""The facts of a document a source can vouch for, in the order they are listed."""

_ENTRY_FIELDS: Final = frozenset(
    {*FACTS, "aliases", "topics", "sources", "verified"}
)  # fmt: skip
_SOURCE_FIELDS: Final = frozenset({"url", "facts", "note"})
_TOP_FIELDS: Final = frozenset({"schema", "documents", "notes"})
_SOURCE_SCHEMES: Final = ("http://", "https://", "corpus:")
_TERM_RE: Final = re.compile(r"(?i:khóa)\s+(?P<roman>[IVXLC]+)")
_PARTIAL_ISO_RE: Final = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")
# Punctuation and quote marks that do not tell two names apart.
_NAME_NOISE: Final = re.compile(r"[\s,.;:()\[\]“”\"'‘’«»–—-]+")
_DATA_PATH: Final = ("refs", "data", "registry.json")


def _text_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def _check_url(instance: Source, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.startswith(_SOURCE_SCHEMES):
        raise InvalidValueError(
            "Source.url",
            value,
            "a source is a web address (http:// or https://) or a corpus document "
            "('corpus:<file name>')",
        )


def _check_facts(instance: Source, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidValueError("Source.facts", value, "a source vouches for at least one fact")
    for fact in value:
        if fact not in FACTS:
            raise InvalidValueError("Source.facts", fact, f"a fact is one of {', '.join(FACTS)}")


@attrs.frozen(kw_only=True)
class Source:
    """Where facts of a registry entry come from: a page read, or a corpus document."""

    url: str = attrs.field(validator=_check_url)
    """``https://...`` for a page, ``corpus:<file name>`` for one of the real documents."""
    facts: tuple[str, ...] = attrs.field(converter=_text_tuple, validator=_check_facts)
    """The facts (:data:`FACTS`) the source states."""
    note: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    """What the source says, or how a fact was derived from it."""


def _check_reference(instance: RegistryEntry, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, LegalReference) or value.symbol is None:
        raise InvalidValueError(
            "RegistryEntry.reference",
            value,
            "a registry entry is a LegalReference with a symbol (số, ký hiệu)",
        )


def _check_texts(what: str) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple) or not all(
            isinstance(item, str) and item.strip() for item in value
        ):
            raise InvalidValueError(
                f"RegistryEntry.{attribute.name}", value, f"{what} are non-empty texts"
            )

    return check


@attrs.frozen(kw_only=True)
class RegistryEntry:
    """One known document: the full reference, other ways it is cited, and its sources."""

    reference: LegalReference = attrs.field(validator=_check_reference)
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_text_tuple, validator=_check_texts("aliases")
    )
    """Other ways it is cited: "Nghị quyết Trung ương 4 khóa XII"."""
    topics: tuple[str, ...] = attrs.field(
        default=(), converter=_text_tuple, validator=_check_texts("topics")
    )
    """Subjects: "dân vận", "dân chủ cơ sở", "cải cách hành chính", "văn hóa công vụ", "văn thư"."""
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_text_tuple)
    verified: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    """True only when every fact given has a source (checked)."""

    def __attrs_post_init__(self) -> None:
        if not all(isinstance(source, Source) for source in self.sources):
            raise InvalidValueError(
                "RegistryEntry.sources", self.sources, "sources are Source values"
            )
        missing = self.unsourced_facts
        if self.verified and missing:
            raise InvalidValueError(
                "RegistryEntry.verified",
                True,
                f"{self.symbol} is marked verified but no source gives: {', '.join(missing)}",
            )

    @property
    def symbol(self) -> DocumentNumber:
        """The canonical number and symbol, the key of the entry."""
        symbol = self.reference.symbol
        assert symbol is not None  # checked by the validator
        return symbol

    @property
    def facts(self) -> tuple[str, ...]:
        """The facts (:data:`FACTS`) this entry gives."""
        ref = self.reference
        values = {
            "type": ref.document_type,
            "symbol": ref.symbol,
            "date": ref.date,
            "issuer": ref.issuer,
            "term": ref.term,
            "name": ref.name,
            "title": ref.title,
        }
        return tuple(fact for fact in FACTS if values[fact] is not None)

    @property
    def unsourced_facts(self) -> tuple[str, ...]:
        """The facts given that no source vouches for."""
        sourced = {fact for source in self.sources for fact in source.facts}
        return tuple(fact for fact in self.facts if fact not in sourced)


@attrs.frozen(kw_only=True)
class Enrichment:
    """A reference completed from the registry; ``inferred`` names the fields added."""

    reference: LegalReference
    entry: RegistryEntry | None
    """The registry entry that matched, ``None`` when none did."""
    inferred: tuple[str, ...] = ()
    """Fields taken from the registry, not from the citation ("date", "issuer", ...)."""


@functools.lru_cache(maxsize=4096)
def _name_key(text: str) -> str:
    """Compare names case-insensitively, whatever the tone-mark placement and punctuation."""
    return _NAME_NOISE.sub(" ", normalize_text(text).casefold()).strip()


def _bare(key: str) -> str:
    """A name key without diacritics, for names typed without them."""
    decomposed = unicodedata.normalize("NFD", key.replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _entry_name_keys(entry: RegistryEntry) -> set[str]:
    ref = entry.reference
    type_key = _name_key(ref.type_name)
    texts = [*entry.aliases, *([ref.name] if ref.name else [])]
    keys: set[str] = set()
    for text in texts:
        key = _name_key(text)
        keys.add(key)
        if key.startswith(type_key + " "):
            keys.add(key[len(type_key) + 1 :])
        else:
            keys.add(f"{type_key} {key}")
    return keys


def _as_symbol(symbol: DocumentNumber | str) -> DocumentNumber:
    if isinstance(symbol, DocumentNumber):
        return symbol
    if isinstance(symbol, str):
        return DocumentNumber.parse_tolerant(symbol).value
    raise InvalidValueError(
        "lookup.symbol", symbol, "a symbol is a DocumentNumber or its text ('114-KL/TW')"
    )


def _term_key(term: str | None) -> str | None:
    return None if term is None else _name_key(term)


def _slip_key(symbol: DocumentNumber) -> tuple[Any, ...]:
    """What a symbol keeps when its type code is mistyped ("114-KT/TW" for 114-KL/TW)."""
    return (symbol.number, symbol.suffix, symbol.issuers, symbol.system, symbol.year)


def _period(entry: RegistryEntry) -> str | None:
    """What tells apart documents that share a symbol: a Party term, or a year.

    Party documents are numbered anew in each term (khóa): 18-NQ/TW is one document in
    khóa XII and another in khóa XIII. State symbols without a year ("33/CT-TTg",
    "76/NQ-CP") are numbered anew each year. Other symbols name one document.
    """
    ref = entry.reference
    symbol = entry.symbol
    if symbol.system is DocumentSystem.PARTY:
        return ref.term
    if symbol.year is None and ref.date is not None:
        return str(ref.date.year)
    return None


def _date_fits(entry: RegistryEntry, date: dt.date | PartialDate) -> bool:
    """Whether a citation of ``date`` can be of this entry's term (Party) or year (State).

    A date the term table cannot place (before khóa VIII) rules nothing out.
    """
    ref = entry.reference
    if entry.symbol.system is DocumentSystem.PARTY:
        if ref.term is None:
            return True
        possible = terms_of(date)
        return not possible or ref.term in possible
    if entry.symbol.year is None and ref.date is not None:
        return ref.date.year == date.year
    return True


class Registry:
    """An immutable collection of :class:`RegistryEntry`: one per symbol, or per symbol and term.

    A Party symbol may name one document per term (khóa), and a State symbol without a
    year one per year; the registry then holds each, with its term or date, and a
    citation's date or stated term chooses among them (:meth:`lookup`).

    Build it from entries, from a file (:meth:`from_file`) or from parsed JSON data
    (:meth:`from_data`); :meth:`default` is the packaged registry. :meth:`extend`
    returns a new registry where another one's entries override the same documents.
    """

    __slots__ = ("_by_bare", "_by_name", "_by_slip", "_by_symbol", "_entries")

    _entries: tuple[RegistryEntry, ...]
    _by_symbol: Mapping[str, tuple[RegistryEntry, ...]]
    _by_slip: Mapping[tuple[Any, ...], tuple[RegistryEntry, ...]]
    _by_name: Mapping[str, tuple[RegistryEntry, ...]]
    _by_bare: Mapping[str, tuple[RegistryEntry, ...]]

    def __init__(self, entries: Iterable[RegistryEntry] = ()) -> None:
        ordered: list[RegistryEntry] = []
        by_symbol: dict[str, list[RegistryEntry]] = {}
        for entry in entries:
            if not isinstance(entry, RegistryEntry):
                raise InvalidValueError(
                    "Registry.entries", entry, "a registry holds RegistryEntry values"
                )
            key = str(entry.symbol)
            same = by_symbol.setdefault(key, [])
            if same:
                _check_distinct(key, same, entry)
            same.append(entry)
            ordered.append(entry)
        by_name: dict[str, list[RegistryEntry]] = {}
        by_bare: dict[str, list[RegistryEntry]] = {}
        by_slip: dict[tuple[Any, ...], list[RegistryEntry]] = {}
        for entry in ordered:
            by_slip.setdefault(_slip_key(entry.symbol), []).append(entry)
            for name_key in _entry_name_keys(entry):
                by_name.setdefault(name_key, []).append(entry)
                by_bare.setdefault(_bare(name_key), []).append(entry)
        object.__setattr__(self, "_entries", tuple(ordered))
        object.__setattr__(
            self, "_by_symbol", MappingProxyType({k: tuple(v) for k, v in by_symbol.items()})
        )
        object.__setattr__(
            self, "_by_slip", MappingProxyType({k: tuple(v) for k, v in by_slip.items()})
        )
        object.__setattr__(
            self, "_by_name", MappingProxyType({k: tuple(v) for k, v in by_name.items()})
        )
        object.__setattr__(
            self, "_by_bare", MappingProxyType({k: tuple(v) for k, v in by_bare.items()})
        )

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"Registry is immutable; cannot set {name!r}")

    def __reduce__(self) -> tuple[type[Registry], tuple[tuple[RegistryEntry, ...]]]:
        """Pickle as the entries: the indexes are rebuilt on loading."""
        return (Registry, (self._entries,))

    # -- construction ----------------------------------------------------------------
    @classmethod
    def default(cls) -> Registry:
        """The packaged registry (``danvan/refs/data/registry.json``), read once."""
        return _default_registry()

    @classmethod
    def from_file(cls, path: str | PathLike[str]) -> Registry:
        """Read a registry file: ``.json``, or ``.toml`` (Python 3.11+, or ``tomli`` on 3.10)."""
        file = Path(path)
        suffix = file.suffix.lower()
        if suffix not in (".json", ".toml"):
            raise InvalidValueError(
                "Registry.from_file", str(file), "a registry file ends in .json or .toml"
            )
        text = _decode(file.read_bytes(), file.name)
        if suffix == ".json":
            return cls.from_json(text)
        toml = _toml_module(file)
        try:
            data = toml.loads(text)
        except toml.TOMLDecodeError as error:
            raise SchemaError([f"{file.name}: not valid TOML: {error}"]) from None
        except RecursionError:
            raise SchemaError([f"{file.name}: {_TOO_DEEP}"]) from None
        return cls.from_data(data)

    @classmethod
    def from_json(cls, text: str) -> Registry:
        """Read a registry from JSON text."""
        if not isinstance(text, str):
            raise InvalidValueError(
                "Registry.from_json", text, "the JSON of a registry is a str (decode bytes first)"
            )
        try:
            data = json.loads(text.removeprefix("\ufeff"))
        except json.JSONDecodeError as error:
            raise SchemaError(
                [f"not valid JSON: line {error.lineno} column {error.colno}: {error.msg}"]
            ) from None
        except RecursionError:
            raise SchemaError([f"not valid registry JSON: {_TOO_DEEP}"]) from None
        return cls.from_data(data)

    @classmethod
    def from_data(cls, data: Any) -> Registry:
        """Build a registry from parsed data ``{"schema": 1, "documents": [...]}``."""
        entries, errors = _read_data(data)
        if errors:
            raise SchemaError(errors)
        return cls(entries)

    def extend(self, other: Registry | Iterable[RegistryEntry]) -> Registry:
        """A new registry with ``other``'s entries added; they override the same documents.

        An entry overrides the entries of its symbol with the same term (Party) or year
        (State symbol without a year), or all of them when it does not say which.
        """
        incoming = other if isinstance(other, Registry) else Registry(other)
        merged: list[RegistryEntry] = []
        placed: set[int] = set()
        for entry in self._entries:
            overriding = [
                new for new in incoming.entries_for(entry.symbol) if _overrides(new, entry)
            ]
            if not overriding:
                merged.append(entry)
            for new in overriding:  # in the place of the entry it overrides, as in a dict
                if id(new) not in placed:
                    placed.add(id(new))
                    merged.append(new)
        merged.extend(new for new in incoming if id(new) not in placed)
        return Registry(merged)

    # -- collection ------------------------------------------------------------------
    @property
    def entries(self) -> tuple[RegistryEntry, ...]:
        """Every entry, in file order."""
        return self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[RegistryEntry]:
        return iter(self._entries)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, RegistryEntry):
            return item in self._by_symbol.get(str(item.symbol), ())
        if isinstance(item, LegalReference):
            item = item.symbol
        if isinstance(item, DocumentNumber | str):
            try:
                return str(_as_symbol(item)) in self._by_symbol
            except ParseError:
                return False
        return False

    def __repr__(self) -> str:
        return f"<Registry of {len(self)} documents>"

    def get(
        self,
        symbol: DocumentNumber | str,
        *,
        term: str | None = None,
        date: dt.date | PartialDate | None = None,
    ) -> RegistryEntry | None:
        """The entry for exactly this symbol (typing slips in a string are repaired).

        When several documents share the symbol (one per term), ``term`` or ``date``
        chooses; without them, or when they fit several, the answer is ``None``.
        """
        return _choose(self.entries_for(symbol), term, date)

    def entries_for(self, symbol: DocumentNumber | str) -> tuple[RegistryEntry, ...]:
        """Every document with this symbol: one, or one per term or year, or none."""
        return self._by_symbol.get(str(_as_symbol(symbol)), ())

    # -- lookup ----------------------------------------------------------------------
    def lookup(
        self,
        *,
        symbol: DocumentNumber | str | None = None,
        document_type: DocumentType | None = None,
        number: int | None = None,
        name: str | None = None,
        term: str | None = None,
        year: int | None = None,
        date: dt.date | PartialDate | None = None,
    ) -> RegistryEntry | None:
        """Find the document a citation means, or ``None`` when unsure.

        - ``symbol``: the entry with that canonical symbol (a string is read with
          :meth:`DocumentNumber.parse_tolerant`). When none has it, an entry with the
          same number, issuer codes, system and year is taken if it is the only one:
          "114-KT/TW" (a slip in the type code) finds 114-KL/TW. Nothing else is tried.
        - else ``number`` (with ``document_type`` when given): only when exactly one
          entry matches ("Kết luận số 21" finds 21-KL/TW).
        - else ``name``: a law's or resolution's name or an alias, compared case-
          insensitively and whatever the tone-mark placement ("hoà"/"hòa"), then,
          failing that, without diacritics; again only a single match counts.

        ``term`` ("khóa XII") and ``year`` (2013 in "Luật Hòa giải cơ sở năm 2013")
        narrow the number and name lookups: "Nghị quyết Trung ương 4" with
        ``term="khóa XI"`` does not find the khóa XII resolution.

        ``date`` and ``term`` choose among the documents that share a symbol: a Party
        document of 16/6/2022 is of khóa XIII (:func:`~danvan.refs.terms.terms_of`), so
        "18-NQ/TW" of that date is not the khóa XII resolution of 2017. A date in another
        term (or, for a State symbol without a year, another year) than every entry
        means a document the registry does not know: ``None``.
        """
        if document_type is not None and not isinstance(document_type, DocumentType):
            raise InvalidValueError("lookup.document_type", document_type, "a DocumentType or None")
        wanted_term = _term_key(term)

        def fits(entry: RegistryEntry) -> bool:
            ref = entry.reference
            if document_type is not None and ref.document_type is not document_type:
                return False
            if not _period_fits(entry, wanted_term, date):
                return False
            return year is None or ref.year is None or ref.year == year

        if symbol is not None:
            parsed = _as_symbol(symbol)
            same = self._by_symbol.get(str(parsed))
            if same is not None:
                return _choose(same, term, date)
            # a slip in the type code ("114-KT/TW"): same number, issuers, system and year
            return _choose(
                [
                    entry
                    for entry in self._by_slip.get(_slip_key(parsed), ())
                    if document_type is None or entry.reference.document_type is document_type
                ],
                term,
                date,
            )
        if number is not None:
            match = _single(e for e in self._entries if e.reference.number == number and fits(e))
            if match is not None or name is None:
                return match
        if name is not None:
            key = _name_key(name)
            match = _single(e for e in self._by_name.get(key, ()) if fits(e))
            if match is None:
                match = _single(e for e in self._by_bare.get(_bare(key), ()) if fits(e))
            return match
        return None

    def enrich(self, reference: LegalReference) -> Enrichment:
        """Complete a reference from its registry entry; ``inferred`` lists what was added.

        Only missing fields are filled (document type, symbol, date, issuer, term,
        title, name); what the citation says is never changed.
        """
        if not isinstance(reference, LegalReference):
            raise InvalidValueError("enrich.reference", reference, "a LegalReference")
        entry = self.lookup(
            symbol=reference.symbol,
            document_type=reference.document_type,
            number=reference.number if reference.symbol is None else None,
            name=reference.name,
            term=reference.term,
            year=reference.year if reference.symbol is None else None,
            date=reference.date,
        )
        if entry is None:
            return Enrichment(reference=reference, entry=None)
        known = entry.reference
        changes: dict[str, Any] = {}
        for field in ("document_type", "symbol", "date", "issuer", "term", "title", "name"):
            if getattr(reference, field) is None and getattr(known, field) is not None:
                changes[field] = getattr(known, field)
        try:
            enriched = attrs.evolve(reference, **changes)
        except InvalidValueError:  # the registry's symbol disagrees with the citation
            changes.pop("symbol", None)
            enriched = attrs.evolve(reference, **changes)
        names = {"document_type": "type"}
        inferred = tuple(names.get(field, field) for field in changes)
        return Enrichment(reference=enriched, entry=entry, inferred=inferred)


_TOO_DEEP: Final = (
    "nested too deeply to read (a registry is an object holding a list of flat documents)"
)


def _decode(data: bytes, name: str) -> str:
    """A registry file's text: UTF-8, with or without a byte order mark (BOM)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SchemaError(
            [f"{name}: the file is UTF-16 (it starts with a UTF-16 byte order mark); "
             "save it as UTF-8"]
        )  # fmt: skip
    if b"\x00" in data:
        raise SchemaError(
            [f"{name}: the file holds NUL bytes, as UTF-16 text does; save it as UTF-8"]
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SchemaError(
            [
                f"{name}: byte {error.start} ({data[error.start : error.start + 1]!r}) is not "
                "UTF-8; a registry file is UTF-8 text (save it as UTF-8, not UTF-16, "
                "Windows-1258 or TCVN3)"
            ]
        ) from None


def _period_fits(
    entry: RegistryEntry, wanted_term: str | None, date: dt.date | PartialDate | None
) -> bool:
    entry_term = _term_key(entry.reference.term)
    if wanted_term is not None and entry_term is not None and entry_term != wanted_term:
        return False
    return date is None or _date_fits(entry, date)


def _choose(
    entries: Iterable[RegistryEntry], term: str | None, date: dt.date | PartialDate | None
) -> RegistryEntry | None:
    """The one entry the citation's term and date fit, or ``None`` (none, or several)."""
    wanted_term = _term_key(term)
    return _single(entry for entry in entries if _period_fits(entry, wanted_term, date))


def _check_distinct(key: str, same: list[RegistryEntry], entry: RegistryEntry) -> None:
    """Documents sharing a symbol must each say their term (Party) or date (State)."""
    period = _period(entry)
    periods = [_period(other) for other in same]
    if period is None or None in periods:
        raise InvalidValueError(
            "Registry.entries",
            key,
            "each symbol appears once in a registry, unless each of its documents gives "
            "its term (a Party symbol, numbered anew each term) or its date (a State "
            "symbol without a year); use extend() to override one",
        )
    if period in periods:
        raise InvalidValueError(
            "Registry.entries",
            f"{key} ({period})",
            "each document (symbol and term, or symbol and year) appears once; "
            "use extend() to override one",
        )


def _overrides(new: RegistryEntry, old: RegistryEntry) -> bool:
    new_period, old_period = _period(new), _period(old)
    return new_period is None or old_period is None or new_period == old_period


def _single(entries: Iterable[RegistryEntry]) -> RegistryEntry | None:
    found = {id(entry): entry for entry in entries}
    return next(iter(found.values())) if len(found) == 1 else None


def _toml_module(file: Path) -> Any:
    for module in ("tomllib", "tomli"):
        try:
            return importlib.import_module(module)
        except ModuleNotFoundError:
            continue
    raise InvalidValueError(
        "Registry.from_file",
        str(file),
        "reading TOML needs Python 3.11+ (tomllib) or the tomli package; "
        "on Python 3.10 without tomli, write the registry as JSON",
    )


# -- reading registry data -------------------------------------------------------------
def _read_data(data: Any) -> tuple[list[RegistryEntry], list[str]]:
    errors: list[str] = []
    if not isinstance(data, dict):
        return [], [
            f"(top): expected an object with 'schema' and 'documents', got {type(data).__name__}"
        ]
    for key in sorted(set(data) - _TOP_FIELDS, key=str):
        errors.append(f"{key}: unknown field; expected {', '.join(sorted(_TOP_FIELDS))}")
    schema = data.get("schema")
    if schema != SCHEMA_VERSION or isinstance(schema, bool):
        errors.append(f"schema: {schema!r} is not supported; expected {SCHEMA_VERSION}")
    documents = data.get("documents")
    if not isinstance(documents, list):
        errors.append(f"documents: expected a list of documents, got {documents!r:.60}")
        return [], errors
    entries: list[RegistryEntry] = []
    seen: dict[str, list[tuple[int, str | None]]] = {}
    for index, item in enumerate(documents):
        where = f"documents[{index}]"
        entry = _read_entry(item, where, errors)
        if entry is None:
            continue
        key = str(entry.symbol)
        period = _period(entry)
        earlier = seen.get(key, [])
        clash = [i for i, p in earlier if period is None or p is None or p == period]
        if clash:
            errors.append(
                f"{where}.symbol: {key!r} repeats documents[{clash[0]}]"
                + (f" ({period})" if period else "")
                + "; a symbol may repeat only for documents of different terms (Party) "
                "or years (State symbols without a year), each giving its term or date"
            )
            continue
        seen.setdefault(key, []).append((index, period))
        entries.append(entry)
    return entries, errors


def _read_entry(item: Any, where: str, errors: list[str]) -> RegistryEntry | None:
    if not isinstance(item, dict):
        errors.append(f"{where}: expected an object of fields, got {type(item).__name__}")
        return None
    before = len(errors)
    for key in sorted(set(item) - _ENTRY_FIELDS, key=str):
        errors.append(
            f"{where}.{key}: unknown field; expected one of {', '.join(sorted(_ENTRY_FIELDS))}"
        )
    kind = _read_type(item.get("type"), f"{where}.type", errors)
    symbol = _read_symbol(item.get("symbol"), f"{where}.symbol", errors)
    date = _read_date(item.get("date"), f"{where}.date", errors)
    issuer = _read_text(item.get("issuer"), f"{where}.issuer", errors)
    title = _read_text(item.get("title"), f"{where}.title", errors)
    name = _read_text(item.get("name"), f"{where}.name", errors)
    term = _read_term(item.get("term"), f"{where}.term", errors)
    aliases = _read_texts(item.get("aliases"), f"{where}.aliases", errors)
    topics = _read_texts(item.get("topics"), f"{where}.topics", errors)
    sources = _read_sources(item.get("sources"), f"{where}.sources", errors)
    verified = item.get("verified", False)
    if not isinstance(verified, bool):
        errors.append(f"{where}.verified: {verified!r} is not true or false")
    if len(errors) > before:
        return None
    try:
        reference = LegalReference(
            document_type=kind,
            symbol=symbol,
            date=date,
            issuer=issuer,
            term=term,
            title=title,
            name=name,
        )
        return RegistryEntry(
            reference=reference,
            aliases=aliases,
            topics=topics,
            sources=sources,
            verified=verified,
        )
    except InvalidValueError as error:
        errors.append(f"{where}: {error}")
        return None


def _read_type(value: Any, where: str, errors: list[str]) -> DocumentType | None:
    if value is None:
        errors.append(f"{where}: required; a type such as 'Kết luận' or 'Nghị định'")
        return None
    kind = DocumentType.from_name(value) if isinstance(value, str) else None
    if kind is None:
        errors.append(
            f"{where}: {value!r} is not a document type (loại văn bản); expected one of "
            f"{', '.join(kind.value for kind in DocumentType)}"
        )
    return kind


def _read_symbol(value: Any, where: str, errors: list[str]) -> DocumentNumber | None:
    if not isinstance(value, str):
        errors.append(f"{where}: required; a number and symbol such as '114-KL/TW'")
        return None
    try:
        parsed = DocumentNumber.parse(value)
    except ParseError as error:
        try:
            repaired = DocumentNumber.parse_tolerant(value).value
        except ParseError:
            errors.append(f"{where}: {value!r} is not a number and symbol: {error.rule}")
        else:
            errors.append(f"{where}: {value!r} is not canonical; write {str(repaired)!r}")
        return None
    if str(parsed) != value:
        errors.append(f"{where}: {value!r} is not canonical; write {str(parsed)!r}")
        return None
    return parsed


def _read_date(value: Any, where: str, errors: list[str]) -> dt.date | PartialDate | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        errors.append(f"{where}: {value!r} has a time; give the date only")
        return None
    if isinstance(value, dt.date):  # a TOML date literal
        return value
    if isinstance(value, str):
        try:
            if len(value) == 10:
                return dt.date.fromisoformat(value)
            if match := _PARTIAL_ISO_RE.fullmatch(value):
                month = match["month"]
                return PartialDate(year=int(match["year"]), month=int(month) if month else None)
        except (ValueError, InvalidValueError) as error:
            errors.append(f"{where}: {value!r} is not a date: {error}")
            return None
    errors.append(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return None


def _read_text(value: Any, where: str, errors: list[str]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        errors.append(f"{where}: {value!r} is not a non-empty text")
        return None
    return normalize_text(value)


def _read_term(value: Any, where: str, errors: list[str]) -> str | None:
    text = _read_text(value, where, errors)
    if text is None:
        return None
    match = _TERM_RE.fullmatch(text)
    if match is None:
        errors.append(
            f"{where}: {value!r} is not a term; write 'khóa' and a Roman numeral ('khóa XI')"
        )
        return None
    return f"khóa {match['roman']}"


def _read_texts(value: Any, where: str, errors: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: expected a list of texts, got {value!r:.60}")
        return ()
    texts: list[str] = []
    for index, item in enumerate(value):
        text = _read_text(item, f"{where}[{index}]", errors)
        if text is not None:
            texts.append(text)
    return tuple(texts)


def _read_sources(value: Any, where: str, errors: list[str]) -> tuple[Source, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        errors.append(f"{where}: expected a list of sources, got {value!r:.60}")
        return ()
    sources: list[Source] = []
    for index, item in enumerate(value):
        here = f"{where}[{index}]"
        if not isinstance(item, dict):
            errors.append(f"{here}: expected an object with 'url' and 'facts'")
            continue
        before = len(errors)
        for key in sorted(set(item) - _SOURCE_FIELDS, key=str):
            errors.append(f"{here}.{key}: unknown field; expected url, facts, note")
        url = item.get("url")
        if not isinstance(url, str) or not url.startswith(_SOURCE_SCHEMES):
            errors.append(
                f"{here}.url: {url!r} is not a web address (http://, https://) "
                "or 'corpus:<file name>'"
            )
        facts = item.get("facts")
        if not isinstance(facts, list) or not facts:
            errors.append(f"{here}.facts: expected a non-empty list of {', '.join(FACTS)}")
        else:
            for fact in facts:
                if fact not in FACTS:
                    errors.append(f"{here}.facts: {fact!r} is not one of {', '.join(FACTS)}")
        note = item.get("note")
        if note is not None and not isinstance(note, str):
            errors.append(f"{here}.note: {note!r} is not a text")
        if len(errors) == before and isinstance(url, str) and isinstance(facts, list):
            sources.append(Source(url=url, facts=tuple(facts), note=note))
    return tuple(sources)


# -- the packaged registry and module shortcuts ----------------------------------------
@functools.cache
def _default_registry() -> Registry:
    resource = importlib.resources.files("danvan")
    for part in _DATA_PATH:
        resource = resource.joinpath(part)
    return Registry.from_json(resource.read_text(encoding="utf-8"))


def lookup(
    *,
    symbol: DocumentNumber | str | None = None,
    document_type: DocumentType | None = None,
    number: int | None = None,
    name: str | None = None,
    term: str | None = None,
    year: int | None = None,
    date: dt.date | PartialDate | None = None,
) -> RegistryEntry | None:
    """:meth:`Registry.lookup` on the packaged registry."""
    return Registry.default().lookup(
        symbol=symbol,
        document_type=document_type,
        number=number,
        name=name,
        term=term,
        year=year,
        date=date,
    )


def load_registry(path: str | PathLike[str]) -> Registry:
    """The packaged registry with the documents of ``path`` on top (they win on a shared symbol)."""
    return Registry.default().extend(Registry.from_file(path))
