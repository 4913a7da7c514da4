"""Findings about the references of a text (phát hiện về văn bản được viện dẫn), each with a stable code.

``danvan check`` reports these; the codes never change meaning once published:

- ``ref.date-mismatch``: the date written disagrees with the registry (danh mục văn bản);
- ``ref.party-symbol-state-style``: a Party symbol written the State way ("05/CT-TW");
- ``ref.malformed-symbol``: stray spaces, a wrong dash or a missing hyphen ("139- KH/TU");
- ``ref.issuer-mismatch``: the issuer after "của" does not sign with the symbol's issuer code;
- ``ref.inconsistent-dates``: one document cited with two different dates in one text;
- ``ref.type-code-mismatch``: the type word disagrees with the symbol's type code
  ("Kết luận số 114-KT/TW");
- ``ref.other-document``: the registry knows the symbol only as another document, of
  another term (Party symbols are numbered anew each khóa) or another year (information).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from danvan.errors import InvalidValueError
from danvan.model.finding import Finding, Severity
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentSystem, DocumentType, SymbolForm
from danvan.refs.find import (
    DEFAULT_REGISTRY,
    ReferenceMatch,
    RegistryLike,
    _DefaultRegistry,
    extract_references,
    lookup_entry,
    resolve_registry,
)
from danvan.refs.patterns import get_patterns
from danvan.refs.terms import terms_of
from danvan.vn.dates import PartialDate, format_date

__all__ = ["FINDING_CODES", "FindingCode", "check_references"]


@attrs.frozen(kw_only=True)
class FindingCode:
    """What a finding code means: its default severity and a one-line description."""

    code: str
    severity: Severity
    description: str


def _code(code: str, severity: Severity, description: str) -> tuple[str, FindingCode]:
    return code, FindingCode(code=code, severity=severity, description=description)


FINDING_CODES: Mapping[str, FindingCode] = MappingProxyType(
    dict(
        [
            _code(
                "ref.date-mismatch",
                Severity.ERROR,
                "the date written for a reference disagrees with the registry (danh mục văn bản)",
            ),
            _code(
                "ref.party-symbol-state-style",
                Severity.ERROR,
                "a Party symbol written the State way ('05/CT-TW', '01/HD/BDVTW' for "
                "'05-CT/TW', '01-HD/BDVTW')",
            ),
            _code(
                "ref.malformed-symbol",
                Severity.WARNING,
                "a symbol with stray spaces, a wrong dash or a missing hyphen "
                "('139- KH/TU', '04/2015/NĐCP'); the conventions say «không cách chữ»",
            ),
            _code(
                "ref.issuer-mismatch",
                Severity.WARNING,
                "the issuer written after 'của' does not sign with the symbol's issuer code "
                "(a '-NQ/TW' resolution credited to a provincial committee)",
            ),
            _code(
                "ref.inconsistent-dates",
                Severity.ERROR,
                "one document cited with two different dates in the same text",
            ),
            _code(
                "ref.other-document",
                Severity.INFO,
                "the registry knows this symbol only as another document, of another term "
                "(khóa: Party documents are numbered anew each term) or another year; the "
                "document cited is not in the registry and nothing was taken from it",
            ),
            _code(
                "ref.type-code-mismatch",
                Severity.ERROR,
                "the type word disagrees with the type code of the symbol ('Kết luận số 114-KT/TW')",
            ),
        ]
    )
)
"""Every finding code of :func:`check_references`: code → :class:`FindingCode`."""

_PARTY_STYLE_REPAIRS = frozenset({"party-style", "party-separator"})
_MALFORMED_REPAIRS = frozenset({"spacing", "dash", "missing-hyphen", "trailing-punctuation"})
_TERM_DIGITS = re.compile(r"\d+$")


def _finding(code: str, message: str, span: tuple[int, int]) -> Finding:
    return Finding(code=code, severity=FINDING_CODES[code].severity, message=message, span=span)


def _date_text(value: dt.date | PartialDate) -> str:
    return format_date(value, "short").strip()


def _symbol_span(match: ReferenceMatch) -> tuple[int, int]:
    return match.symbol_span or match.span


def _written_symbol(text: str, match: ReferenceMatch) -> str:
    start, end = _symbol_span(match)
    return text[start:end]


# -- one reference at a time -------------------------------------------------------------


def _repair_findings(text: str, match: ReferenceMatch) -> list[Finding]:
    found: list[Finding] = []
    symbol = match.reference.symbol
    written = _written_symbol(text, match)
    party = [r for r in match.repairs if r.code in _PARTY_STYLE_REPAIRS]
    if party:
        found.append(
            _finding(
                "ref.party-symbol-state-style",
                f"{written!r} is a Party symbol (ký hiệu văn bản của Đảng) written the State "
                f"way; write {str(symbol)!r}: the number, '-', the type code, '/', the issuer",
                _symbol_span(match),
            )
        )
    malformed = [r for r in match.repairs if r.code in _MALFORMED_REPAIRS]
    if malformed:
        what = "; ".join(r.message for r in malformed)
        found.append(
            _finding(
                "ref.malformed-symbol",
                f"{written!r} should be written {str(symbol)!r}: {what}",
                _symbol_span(match),
            )
        )
    return found


def _type_code_finding(text: str, match: ReferenceMatch) -> Finding | None:
    reference = match.reference
    symbol = reference.symbol
    kind = reference.document_type
    if symbol is None or kind is None:
        return None
    form = symbol.form
    if symbol.type_code is None:
        if form is not SymbolForm.CORRESPONDENCE or kind is DocumentType.CONG_VAN:
            return None
        said = "a Công văn (its symbol has no type code)"
    else:
        coded = symbol.document_type
        aliases = get_patterns().type_code_aliases.get(form, {}).get(symbol.type_code, frozenset())
        if kind is coded or kind in aliases:
            return None
        said = (
            f"'{coded.value}'" if coded is not None else "no known type (loại văn bản)"
        ) + f" by its type code {symbol.type_code!r}"
    return _finding(
        "ref.type-code-mismatch",
        f"the type word says '{kind.value}' but {_written_symbol(text, match)!r} says {said}",
        _symbol_span(match),
    )


def _issuer_finding(match: ReferenceMatch) -> Finding | None:
    reference = match.reference
    symbol = reference.symbol
    issuer = reference.issuer
    if symbol is None or issuer is None or "issuer" in match.inferred:
        return None
    body = get_patterns().body_of(issuer)
    if body is None:
        return None
    codes = {_TERM_DIGITS.sub("", code) for code in symbol.issuers} | set(symbol.issuers)
    if body.codes & codes:
        return None
    expected = ", ".join(sorted(body.codes))
    shared = " (shared from the next item of the list)" if "issuer" in match.shared else ""
    return _finding(
        "ref.issuer-mismatch",
        f"{symbol} is credited to {issuer!r}{shared}, which signs with {expected}, "
        f"not {symbol.issuer} (cơ quan ban hành không khớp ký hiệu)",
        match.span,
    )


def _date_finding(match: ReferenceMatch, registry: RegistryLike) -> Finding | None:
    reference = match.reference
    written = reference.date
    if written is None or "date" in match.inferred or reference.symbol is None:
        return None
    entry = lookup_entry(registry, _bare(reference))
    if entry is None:
        return _other_document_finding(match, registry)
    if entry.reference.date is None:
        return None
    known = entry.reference.date
    if _dates_agree(written, known):
        return None
    return _finding(
        "ref.date-mismatch",
        f"{reference.format('short')} is dated {_date_text(written)} here but "
        f"{_date_text(known)} in the registry ({entry.reference.format('short')})",
        match.span,
    )


def _other_document_finding(match: ReferenceMatch, registry: RegistryLike) -> Finding | None:
    """ "18-NQ/TW" of 2022 when the registry knows only the 18-NQ/TW of 2017: information."""
    reference = match.reference
    undated = attrs.evolve(reference, date=None, term=None)
    namesake = lookup_entry(registry, _bare(undated))
    if namesake is None or reference.date is None:
        return None
    known = namesake.reference
    known_when = ", ".join(
        part
        for part in (known.term, _date_text(known.date) if known.date is not None else None)
        if part
    )
    return _finding(
        "ref.other-document",
        f"{reference.format('short')} dated {_date_text(reference.date)} is not the "
        f"{known.format('short')} in the registry ({known_when}): the same symbol names "
        "another document in another term (khóa) or year; nothing was taken from the registry",
        match.span,
    )


def _bare(reference: LegalReference) -> LegalReference:
    """Only what identifies the document, for the registry lookup: the symbol (or number
    or name) and the date and term that choose among documents sharing a symbol."""
    return LegalReference(
        document_type=reference.document_type,
        symbol=reference.symbol,
        number=reference.number if reference.symbol is None else None,
        name=reference.name,
        date=reference.date,
        term=reference.term,
    )


def _dates_agree(written: dt.date | PartialDate, known: dt.date | PartialDate) -> bool:
    if isinstance(written, dt.date) and isinstance(known, dt.date):
        return written == known
    if written.year != known.year:
        return False
    return written.month is None or known.month is None or written.month == known.month


# -- the whole text ----------------------------------------------------------------------


def _may_be_one_document(
    symbol: DocumentNumber, first: LegalReference, second: LegalReference
) -> bool:
    """Whether two citations of one symbol can be of one document, by their dates and terms.

    A Party symbol names one document per term (khóa), a State symbol without a year one
    per year: 18-NQ/TW of 2017 and 18-NQ/TW of 2022 are two documents, not one with two dates.
    """
    if first.term is not None and second.term is not None and first.term != second.term:
        return False
    a, b = first.date, second.date
    if a is None or b is None:
        return True
    if symbol.system is DocumentSystem.PARTY:
        terms_a, terms_b = terms_of(a), terms_of(b)
        return not terms_a or not terms_b or bool(terms_a & terms_b)
    if symbol.year is None:
        return a.year == b.year
    return True


def _inconsistent_dates(matches: Sequence[ReferenceMatch]) -> list[Finding]:
    """The same document with two dates: every citation whose date differs from the first one's."""
    first: dict[DocumentNumber, list[ReferenceMatch]] = {}
    found: list[Finding] = []
    for match in matches:
        reference = match.reference
        if reference.symbol is None or reference.date is None or "date" in match.inferred:
            continue
        earlier_ones = first.setdefault(reference.symbol, [])
        earlier = next(
            (
                m
                for m in earlier_ones
                if _may_be_one_document(reference.symbol, m.reference, reference)
            ),
            None,
        )
        if earlier is None:
            earlier_ones.append(match)
            continue
        date = earlier.reference.date
        assert date is not None
        if reference.date != date:
            found.append(
                _finding(
                    "ref.inconsistent-dates",
                    f"{reference.format('short')} is dated {_date_text(reference.date)} here "
                    f"but {_date_text(date)} at {earlier.start}-{earlier.end} "
                    f"({earlier.text!r}); one document has one date",
                    match.span,
                )
            )
    return found


def check_references(
    text: str,
    *,
    registry: RegistryLike | _DefaultRegistry | None = DEFAULT_REGISTRY,
    matches: Sequence[ReferenceMatch] | None = None,
) -> list[Finding]:
    """Check every reference of ``text`` (kiểm tra trích dẫn); the codes are in :data:`FINDING_CODES`.

    ``registry`` is used for ``ref.date-mismatch`` only (``None`` skips that check);
    the other checks need the text alone. ``matches`` reuses an earlier
    :func:`extract_references` run on the same text (with ``registry=None``, so that only
    what is written is checked). Findings come in text order; each has a ``span``.
    """
    if not isinstance(text, str):
        raise InvalidValueError("check_references.text", text, "the text to check must be a str")
    if matches is None:
        matches = extract_references(text, registry=None)
    active = resolve_registry(registry)
    found: list[Finding] = []
    for match in matches:
        found.extend(_repair_findings(text, match))
        for finding in (
            _type_code_finding(text, match),
            _issuer_finding(match),
            None if active is None else _date_finding(match, active),
        ):
            if finding is not None:
                found.append(finding)
    found.extend(_inconsistent_dates(matches))
    found.sort(key=lambda f: (f.span or (0, 0), f.code))
    return found
