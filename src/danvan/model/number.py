"""Number and symbol of a document (số, ký hiệu): "538/BC-SKHCN", "04/2015/NĐ-CP", "114-KL/TW"."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from danvan.errors import InvalidValueError, ParseError
from danvan.model import _validators as v
from danvan.model.repair import Parsed, Repair
from danvan.model.types import DocumentSystem, DocumentType, SymbolForm, type_codes
from danvan.vn._parsing import (
    MAX_FIELD_LENGTH,
    ascii_int,
    checked_text,
    parser_errors,
    refuse_foreign_digits,
)
from danvan.vn.bodies import PARTY_ISSUER_CODES

__all__ = ["PARTY_ISSUER_CODES", "DocumentNumber"]

MAX_NUMBER_DIGITS = 9
"""Most digits of a document's number (số): numbers restart every year, and the busiest
offices reach six digits ("104268/CT-TTHT"); nine leave room without allowing nonsense."""
_WHAT = "a number and symbol (số, ký hiệu)"
_CODE = r"[^\W_](?:[^\W_]|&)*"
_CODE_RE = re.compile(_CODE)
_TYPE_RE = re.compile(r"[^\W\d_]+")
_GROUPS = rf"{_CODE}(?:-{_CODE})*"

# The number, with the letter some numbers carry ("30c/NQ-CP", Nghị quyết 30c of 2011).
_NUMBER = r"(?:(?P<number>[0-9]+)(?P<suffix>[a-z])?)?"
_PARTY_RE = re.compile(rf"{_NUMBER}-(?P<type>[^\W\d_]+)/(?P<groups>{_GROUPS})")
_NORMATIVE_RE = re.compile(rf"{_NUMBER}/(?P<year>[0-9]{{4}})/(?P<groups>{_GROUPS})")
_STATE_RE = re.compile(rf"{_NUMBER}/(?P<groups>{_GROUPS})")

# Issuer codes that only Party bodies use; a state-style symbol ending in one of them
# ("05/CT-TW") is a Party symbol written the state way. The list lives with the rest of
# the knowledge of Party bodies, in danvan.vn.bodies.


def _codes(value: Any) -> Any:
    """Converter: a tuple of issuer codes, each NFC-normalized like every text field."""
    value = v.to_tuple(value)
    if isinstance(value, tuple):
        return tuple(v.text(code) for code in value)
    return value


_CODE_ITEMS = v.tuple_of(str, "the issuer codes (chữ viết tắt cơ quan ban hành)")


def _check_codes(instance: DocumentNumber, attribute: attrs.Attribute[Any], value: Any) -> None:
    _CODE_ITEMS(instance, attribute, value)
    if not value:
        raise v.fail(
            instance, attribute.name, value, "a symbol needs at least one issuer code (ký hiệu)"
        )
    for index, code in enumerate(value):
        if _is_lower_case(code):
            raise InvalidValueError(
                f"DocumentNumber.{attribute.name}[{index}]",
                code,
                "an issuer code (chữ viết tắt) is written in capitals ('SKHCN', 'TTg'), "
                "never all in lower case",
            )
        if not _CODE_RE.fullmatch(code) or any(c.isdigit() and not c.isascii() for c in code):
            raise InvalidValueError(
                f"DocumentNumber.{attribute.name}[{index}]",
                code,
                "an issuer code (chữ viết tắt) is letters and the digits 0-9, optionally joined by '&', "
                "with no spaces or hyphens",
            )


def _check_type_code(instance: DocumentNumber, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not _TYPE_RE.fullmatch(value) or _is_lower_case(value):
        raise v.fail(
            instance,
            attribute.name,
            value,
            "a type code (chữ viết tắt tên loại văn bản) is letters only, such as 'BC' or 'QyĐ'",
        )


def _check_suffix(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not (isinstance(value, str) and len(value) == 1 and "a" <= value <= "z"):
        raise v.fail(
            instance,
            attribute.name,
            value,
            "the letter after a number ('c' in '30c/NQ-CP') is one lower-case letter a-z",
        )
    if instance.number is None:
        raise v.fail(instance, attribute.name, value, "a letter needs a number before it")


@attrs.frozen(kw_only=True)
class DocumentNumber:
    """Số và ký hiệu văn bản, split into its parts.

    ``number`` is ``None`` for a draft ("Số:      /BC-SKHCN"). ``str()`` gives the canonical
    form, with a leading zero for numbers below 10 as Nghị định 30/2020/NĐ-CP requires.
    """

    number: int | None = attrs.field(
        default=None, validator=v.optional(v.positive_int("the number (số)"))
    )
    year: int | None = attrs.field(default=None, validator=v.optional(v.instance_of(int)))
    suffix: str | None = attrs.field(default=None, validator=_check_suffix)
    """The letter after the number, when there is one: "c" in "30c/NQ-CP"."""
    type_code: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=_check_type_code
    )
    issuers: tuple[str, ...] = attrs.field(converter=_codes, validator=_check_codes)
    system: DocumentSystem = attrs.field(
        default=DocumentSystem.STATE, validator=v.instance_of(DocumentSystem)
    )

    def __attrs_post_init__(self) -> None:
        if self.number is not None and self.number >= 10**MAX_NUMBER_DIGITS:
            raise v.fail(
                self,
                "number",
                self.number if self.number < 10**40 else "<a larger int>",
                f"the number (số) has at most {MAX_NUMBER_DIGITS} digits",
            )
        if self.year is not None:
            if self.system is DocumentSystem.PARTY:
                raise v.fail(
                    self,
                    "year",
                    self.year,
                    "a Party symbol (ký hiệu văn bản của Đảng) carries no year",
                )
            if not 1945 <= self.year <= 2100:
                raise v.fail(self, "year", self.year, "the year (năm) must be within 1945..2100")
        if self.system is DocumentSystem.PARTY and self.type_code is None:
            raise v.fail(
                self,
                "type_code",
                None,
                "a Party symbol always has a type code, Công văn included ('CV')",
            )
        if self.system is DocumentSystem.STATE:
            self._check_state_codes()

    def _check_state_codes(self) -> None:
        """str() must read back as this symbol: parse() knows only the listed State type codes."""
        form = SymbolForm.NORMATIVE if self.year is not None else SymbolForm.ADMINISTRATIVE
        known = _TYPE_CODES[form]
        if self.type_code is not None and self.type_code not in known:
            raise v.fail(
                self,
                "type_code",
                self.type_code,
                f"a State {form.value} symbol takes one of the type codes "
                f"{', '.join(sorted(known))}; any other code would read back as an issuer code",
            )
        first = self.issuers[0]
        if (
            self.type_code is None
            and first in known
            and (self.year is None or len(self.issuers) > 1)
        ):
            raise v.fail(
                self,
                "issuers",
                self.issuers,
                f"the first issuer code {first!r} is a type code: the symbol would read back "
                "with it as its type (give it as type_code)",
            )

    # -- derived views ---------------------------------------------------------------
    @property
    def form(self) -> SymbolForm:
        """Which of the four shapes this symbol has."""
        if self.system is DocumentSystem.PARTY:
            return SymbolForm.PARTY
        if self.year is not None:
            return SymbolForm.NORMATIVE
        if self.type_code is None:
            return SymbolForm.CORRESPONDENCE
        return SymbolForm.ADMINISTRATIVE

    @property
    def document_type(self) -> DocumentType | None:
        """The type the code stands for; Công văn for a State symbol without type code."""
        if self.type_code is None:
            return DocumentType.CONG_VAN if self.year is None else None
        return DocumentType.from_code(self.type_code, self.form)

    @property
    def is_draft(self) -> bool:
        """True when the number is left blank for the clerk (văn thư) to fill in."""
        return self.number is None

    @property
    def issuer(self) -> str:
        """The issuer part of the symbol: "SKHCN", "BDVTU-BCSĐUBND"."""
        return "-".join(self.issuers)

    @property
    def symbol(self) -> str:
        """The symbol (ký hiệu) without the number: "BC-SKHCN", "2015/NĐ-CP", "KL/TW"."""
        text = str(self)
        if self.system is DocumentSystem.PARTY:
            return text.split("-", 1)[1]
        return text.split("/", 1)[1]

    def __str__(self) -> str:
        number = "" if self.number is None else f"{self.number:02d}{self.suffix or ''}"
        issuer = self.issuer
        if self.system is DocumentSystem.PARTY:
            return f"{number}-{self.type_code}/{issuer}"
        codes = issuer if self.type_code is None else f"{self.type_code}-{issuer}"
        if self.year is not None:
            return f"{number}/{self.year}/{codes}"
        return f"{number}/{codes}"

    # -- parsing ---------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> DocumentNumber:
        """Read a symbol written as the conventions require; anything else raises :class:`ParseError`.

        Accepts "538/BC-SKHCN", "04/2015/NĐ-CP", "745/SKH&CN-VP", "114-KL/TW",
        "95-KH/BDVTU-BCSĐUBND", a number with a letter "30c/NQ-CP" and drafts "/BC-SKHCN". Use :meth:`parse_tolerant` for
        text with stray spaces or missing hyphens.
        """
        text = checked_text("DocumentNumber", text, _WHAT, max_length=MAX_FIELD_LENGTH)
        refuse_foreign_digits("DocumentNumber", text)
        clean = unicodedata.normalize("NFC", text).strip()
        with parser_errors(text):
            number = None if _lower_case_code(clean) else _parse_clean(clean)
        if number is None:
            raise ParseError("DocumentNumber", text, _diagnose(text))
        return number

    @classmethod
    def parse_tolerant(cls, text: str) -> Parsed[DocumentNumber]:
        """Read a symbol as people type it, repairing what is unambiguous and reporting each repair.

        Repairs: a leading "Số:", spaces around separators ("139- KH/TU"), dashes other
        than "-", trailing punctuation, codes in lower case ("538/bc-skhcn"), a missing hyphen in a normative symbol
        ("04/2015/NĐCP"), a Party symbol written with "/" ("01/HD/BDVTW") or the state
        way ("05/CT-TW").
        """
        text = checked_text("DocumentNumber", text, _WHAT, max_length=MAX_FIELD_LENGTH)
        refuse_foreign_digits("DocumentNumber", text)
        repairs: list[Repair] = []
        current = unicodedata.normalize("NFC", text).strip()
        for step in _REPAIRS:
            fixed = step.pattern.sub(step.replacement, current)  # step.apply, in line
            if fixed != current:
                repairs.append(
                    Repair(code=step.code, message=step.message, before=current, after=fixed)
                )
                current = fixed
        with parser_errors(text):
            parsed = _parse_clean(current)
        if parsed is None:
            raise ParseError(
                "DocumentNumber",
                text,
                "not a number and symbol (số, ký hiệu) even after repairs; expected a form "
                "such as '538/BC-SKHCN', '04/2015/NĐ-CP' or '114-KL/TW'",
            )
        return Parsed(value=parsed, repairs=tuple(repairs))


_EXPECTED = (
    "expected a number and symbol (số, ký hiệu) such as '538/BC-SKHCN', "
    "'04/2015/NĐ-CP', '745/SKH&CN-VP' or the Party form '114-KL/TW'"
)


def _diagnose(text: str) -> str:
    """Why :meth:`DocumentNumber.parse` refuses ``text``, and the way out when there is one.

    When the tolerant parser can read the text, the rule names each problem it repairs
    ("the prefix 'Số:' ...") and points to :meth:`DocumentNumber.parse_tolerant`.
    """
    try:
        parsed = DocumentNumber.parse_tolerant(text)
    except ParseError:
        return _EXPECTED
    problems = "; ".join(dict.fromkeys(_PROBLEMS[repair.code] for repair in parsed.repairs))
    return (
        f"{problems}. DocumentNumber.parse_tolerant({text!r}) repairs this, reads "
        f"'{parsed.value}' and reports each repair"
    )


def _is_lower_case(code: str) -> bool:
    """True for a code written all in lower case ("bc", "skhcn"); mixed "TTg", "QyĐ" is not."""
    return code == code.lower() and code != code.upper()


def _lower_case_code(text: str) -> bool:
    """Whether a type or issuer code of ``text`` is in lower case (the number's letter aside)."""
    return any(not code[0].isdigit() and _is_lower_case(code) for code in _CODE_RE.findall(text))


# Codes whose official spelling is not all capitals (Phụ lục III of Nghị định 30/2020/NĐ-CP;
# "TTg" is the issuer code of the Prime Minister, Thủ tướng Chính phủ).
_MIXED_CASE_CODES: dict[str, str] = {
    code.upper(): code for code in ({"TTg"} | set().union(*map(type_codes, SymbolForm)))
}


def _capitals(match: re.Match[str]) -> str:
    code = match.group(0)
    if code[0].isdigit() or not _is_lower_case(code):
        return code  # a number (with its letter, "30c"), or a code already in capitals
    return _MIXED_CASE_CODES.get(code.upper(), code.upper())


def _split_groups(groups: str) -> list[str]:
    return groups.split("-")


def _parse_clean(text: str) -> DocumentNumber | None:
    """Parse canonical text; ``None`` when it does not have one of the four shapes."""
    if match := _PARTY_RE.fullmatch(text):
        return DocumentNumber(
            number=_number(match["number"], text),
            suffix=match["suffix"],
            type_code=match["type"],
            issuers=tuple(_split_groups(match["groups"])),
            system=DocumentSystem.PARTY,
        )
    if match := _NORMATIVE_RE.fullmatch(text):
        groups = _split_groups(match["groups"])
        type_code = None
        if len(groups) > 1 and groups[0] in _TYPE_CODES[SymbolForm.NORMATIVE]:
            type_code = groups.pop(0)
        return DocumentNumber(
            number=_number(match["number"], text),
            suffix=match["suffix"],
            year=int(match["year"]),
            type_code=type_code,
            issuers=tuple(groups),
        )
    if match := _STATE_RE.fullmatch(text):
        groups = _split_groups(match["groups"])
        type_code = None
        if groups[0] in _TYPE_CODES[SymbolForm.ADMINISTRATIVE]:
            if len(groups) == 1:
                raise ParseError(
                    "DocumentNumber",
                    text,
                    f"the symbol has the type code {groups[0]!r} but no issuer code "
                    "(chữ viết tắt cơ quan ban hành) after it",
                )
            type_code = groups.pop(0)
        return DocumentNumber(
            number=_number(match["number"], text),
            suffix=match["suffix"],
            type_code=type_code,
            issuers=tuple(groups),
        )
    return None


def _number(digits: str | None, text: str) -> int | None:
    if digits is None:
        return None
    value = ascii_int(
        "DocumentNumber.number", text, digits, "the number (số)", max_digits=MAX_NUMBER_DIGITS
    )
    if value < 1:
        raise ParseError("DocumentNumber.number", text, "the number (số) must be 1 or more")
    return value


_TYPE_CODES: dict[SymbolForm, frozenset[str]] = {form: type_codes(form) for form in SymbolForm}


@attrs.frozen
class _RepairStep:
    code: str
    message: str
    pattern: re.Pattern[str]
    replacement: Any

    def apply(self, text: str) -> str:
        return self.pattern.sub(self.replacement, text)


def _insert_normative_hyphen(match: re.Match[str]) -> str:
    glued = match["glued"]
    for code in sorted(_TYPE_CODES[SymbolForm.NORMATIVE], key=len, reverse=True):
        rest = glued[len(code) :]
        if glued.startswith(code) and rest and rest[0].isupper() and not rest[0].isdigit():
            return f"{match['head']}{code}-{rest}"
    return match.group(0)


def _party_from_state_style(match: re.Match[str]) -> str:
    groups = match["groups"].split("-")
    if (
        len(groups) >= 2
        and groups[0] in _TYPE_CODES[SymbolForm.PARTY]
        and groups[-1] in PARTY_ISSUER_CODES
    ):
        return f"{match['number'] or ''}-{groups[0]}/{'-'.join(groups[1:])}"
    return match.group(0)


def _party_from_slashes(match: re.Match[str]) -> str:
    if match["type"] in _TYPE_CODES[SymbolForm.PARTY]:
        return f"{match['number'] or ''}-{match['type']}/{match['issuers']}"
    return match.group(0)


_REPAIRS: tuple[_RepairStep, ...] = (
    _RepairStep(
        "prefix",
        "removed the word 'Số' in front of the symbol",
        re.compile(r"^số\s*:?\s*", re.IGNORECASE),
        "",
    ),
    _RepairStep(
        "trailing-punctuation",
        "removed punctuation after the symbol",
        # (?<!...): the run is tried from its first character only, never from inside it,
        # so a long run that does not reach the end costs linear time (issue 8).
        re.compile(r"(?<![\s.,;:])[\s.,;:]+$"),
        "",
    ),
    _RepairStep(
        "dash",
        "replaced an en or em dash by the hyphen '-' the conventions use",
        re.compile(r"[\u2010-\u2015\u2212]"),
        "-",
    ),
    _RepairStep(
        "spacing",
        "removed spaces around '/' or '-' (the conventions say «không cách chữ»)",
        # Each run of spaces is matched whole, from its first character: before a
        # separator, or after one; never retried from inside a run (linear time, issue 8).
        re.compile(r"(?<!\s)\s+(?=[/-])|(?<=[/-])\s+"),
        "",
    ),
    _RepairStep(
        "case",
        "wrote the type and issuer codes in capitals, as symbols are written",
        _CODE_RE,
        _capitals,
    ),
    _RepairStep(
        "missing-hyphen",
        "inserted the hyphen between the type code and the issuer code",
        re.compile(r"^(?P<head>[0-9]*/[0-9]{4}/)(?P<glued>[^\W\d_]+)$"),
        _insert_normative_hyphen,
    ),
    _RepairStep(
        "party-separator",
        "a Party symbol takes '-' before its type code, not '/'",
        re.compile(r"^(?P<number>[0-9]+)?/(?P<type>[^\W\d_]+)/(?P<issuers>[^\W_][\w&-]*)$"),
        _party_from_slashes,
    ),
    _RepairStep(
        "party-style",
        "a Party symbol written the State way: the issuer is a Party body",
        re.compile(r"^(?P<number>[0-9]+)?/(?P<groups>[^\W_][\w&]*(?:-[^\W_][\w&]*)+)$"),
        _party_from_state_style,
    ),
)

# What each repair means for the strict parser, which refuses the text it would change.
_PROBLEMS: dict[str, str] = {
    "prefix": "the prefix 'Số:' (or 'Số') is a label, not part of the number and symbol",
    "trailing-punctuation": "punctuation after the symbol is not part of it",
    "dash": "an en or em dash stands where the conventions write the hyphen '-'",
    "spacing": "spaces around '/' or '-' (the conventions write them «không cách chữ»)",
    "case": "a type or issuer code is in lower case; symbols are written in capitals",
    "missing-hyphen": "the hyphen between the type code and the issuer code is missing",
    "party-separator": "a Party symbol takes '-' before its type code, not '/'",
    "party-style": "a Party symbol written the State way: the issuer is a Party body",
}
