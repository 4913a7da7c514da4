"""Recipients (nơi nhận): who receives the document, "Như trên", and the archive line "Lưu: VT, VP."."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import attrs

from danvan.errors import InvalidValueError, ParseError
from danvan.model import _validators as v
from danvan.model.types import DocumentSystem
from danvan.vn._parsing import MAX_BLOCK_LENGTH, checked_text, parser_errors

__all__ = ["Recipient", "Recipients"]

# One way only to read the spaces around the colon, so matching is linear (issue 8).
_ARCHIVE_RE = re.compile(r"^lưu\s*(?:(?P<colon>:)\s*)?(?P<units>.*)$", re.IGNORECASE)


@attrs.frozen(kw_only=True)
class Recipient:
    """One line of the Nơi nhận list: a body and, optionally, why it receives the document."""

    name: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the recipient (nơi nhận)")
    )
    purpose: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "mục đích, e.g. 'để báo cáo'")),
    )

    def __str__(self) -> str:
        return self.name if self.purpose is None else f"{self.name} ({self.purpose})"


_UNIT_ITEMS = v.tuple_of(str, "the archive units (Lưu)")


def _units(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _UNIT_ITEMS(instance, attribute, value)
    for index, unit in enumerate(value):
        if not unit.strip() or "," in unit:
            raise v.fail(
                instance,
                f"{attribute.name}[{index}]",
                unit,
                "an archive unit is a non-empty abbreviation without commas",
            )


def _clean(raw: str) -> str:
    """One line without its bullet ("-", "•", "+") and its closing ";" or "."."""
    return raw.strip().lstrip("-–•+*").strip().rstrip(";.,").strip()


def _split_purpose(line: str) -> tuple[str, str | None]:
    """ "Sở Nội vụ (để báo cáo)" -> ("Sở Nội vụ", "để báo cáo"); the name alone when there is none.

    The purpose is the last parenthesis when it closes the line, starts with "để" and holds
    no other parenthesis. Found with rfind rather than a lazy pattern, which would retry
    every split of a long line (quadratic time, issue 8).
    """
    if not line.endswith(")"):
        return line, None
    opening = line.rfind("(")
    purpose = line[opening + 1 : -1]
    if opening < 0 or ")" in purpose or purpose[:3].lower() != "để ":
        return line, None
    return line[:opening].rstrip(), purpose


_DRAFTER_TEXT = v.instance_of(str, "ký hiệu người soạn thảo")


def _drafter(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    _DRAFTER_TEXT(instance, attribute, value)
    if any(ch.isspace() or ch in ",;()" for ch in value):
        raise v.fail(
            instance,
            attribute.name,
            value,
            "the drafter's code (ký hiệu người soạn thảo) is one word, such as 'XT' or 'Ha', "
            "without spaces, commas or brackets",
        )


def _is_archive(match: re.Match[str], is_last: bool) -> bool:
    """ "Lưu: VT, VP" anywhere; "Lưu VT, VP" (no colon, Party style) only as the last line or
    when it starts with "VT" — so a recipient named "Lưu trữ tỉnh" or "Lưu Văn An" stays one.
    """
    if match["colon"]:
        return True
    units = match["units"]
    return is_last or units.upper().startswith("VT")


@attrs.frozen(kw_only=True)
class Recipients:
    """Nơi nhận. ``as_above`` prints "Như trên" first (the addressees of "Kính gửi");
    ``archive`` is the last line "Lưu: VT, VP, Ha (01b)."; Nghị định 30 requires it, so it
    defaults to ("VT",) — an empty tuple (a source without the line) prints none.

    ``drafter`` and ``copies`` are ô 12 of the decree, «ký hiệu người soạn thảo văn bản và
    số lượng bản phát hành» (Phụ lục I, III.3). Without ``copies`` the drafter's code is
    raised after the last unit of the archive line, as documents write it ("Lưu: VT, VP"
    with "XT" in superscript: :meth:`archive_parts`); with ``copies`` ô 12 is a line of its
    own under the list, as the decree's sample «PL.(300)» (:meth:`issue_line`), and so is
    the code alone when there is no archive line.
    """

    entries: tuple[Recipient, ...] = attrs.field(
        factory=tuple, converter=v.recipient_entries, validator=v.tuple_of(Recipient, "nơi nhận")
    )
    as_above: bool = attrs.field(default=False, validator=v.instance_of(bool, "Như trên"))
    archive: tuple[str, ...] = attrs.field(
        default=("VT",), converter=v.text_tuple, validator=_units
    )
    drafter: str | None = attrs.field(default=None, converter=v.optional_text, validator=_drafter)
    copies: int | None = attrs.field(
        default=None, validator=v.optional(v.positive_int("số lượng bản phát hành"))
    )

    def archive_parts(
        self, system: DocumentSystem = DocumentSystem.STATE
    ) -> tuple[str, str | None, str] | None:
        """The archive line in three parts: the text, the raised drafter's code, the end:
        ("- Lưu: VT, VP", "XT", ".") — ``None`` when there is no archive line.

        Renderers raise the middle part (superscript); plain text prints the three joined.
        The code is raised only when ô 12 is not a line of its own (``copies`` unset).
        """
        if not self.archive:
            return None
        colon = "" if system is DocumentSystem.PARTY else ":"
        raised = self.drafter if self.copies is None else None
        return f"- Lưu{colon} {', '.join(self.archive)}", raised, "."

    def issue_line(self) -> str | None:
        """Ô 12 as a line under the list: "XT.(300)" when the number of copies is given, as
        the decree's sample «PL.(300)» (code in capitals, copies in Arabic digits, Phụ lục
        I, III.3 and Mục V), "(300)" without a code; the code alone ("XT") when there is
        no archive line to raise it in; else ``None``."""
        if self.copies is None:
            return None if self.archive or self.drafter is None else self.drafter.upper()
        code = "" if self.drafter is None else f"{self.drafter.upper()}."
        return f"{code}({self.copies})"

    def lines(self, system: DocumentSystem = DocumentSystem.STATE) -> list[str]:
        """The list as printed: "- Như trên;", "- Sở Nội vụ;", ..., "- Lưu: VT, VP.", in plain
        text (a raised drafter's code joined to the last unit: "VPXT"); ô 12 is not part of
        the list (:meth:`issue_line`).

        Party documents write the archive line without the colon ("- Lưu VP.") [unverified
        for Hướng dẫn 36-HD/VPTW: conventions §4.4].
        """
        lines = ["- Như trên;"] if self.as_above else []
        lines.extend(f"- {entry};" for entry in self.entries)
        if (parts := self.archive_parts(system)) is not None:
            lines.append("".join(part for part in parts if part))
        elif lines:
            lines[-1] = lines[-1].removesuffix(";") + "."
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    @classmethod
    def parse(cls, text: str) -> Recipients:
        """Read a Nơi nhận list, one recipient a line ("- Sở Nội vụ;"), ending with "- Lưu: VT, VP.".

        A heading "Nơi nhận:" is skipped; "(để báo cáo)" becomes the purpose; "Như trên"
        sets ``as_above``. Text with no archive line gives ``archive=()``: nothing is invented.
        """
        text = checked_text(
            "Recipients", text, "a recipient list (nơi nhận)", max_length=MAX_BLOCK_LENGTH
        )
        entries: list[Recipient] = []
        as_above = False
        archive: tuple[str, ...] | None = None
        # Blank lines and bare bullets are dropped first, so the last line is known.
        lines = [
            (raw, line)
            for raw in unicodedata.normalize("NFC", text).splitlines()
            if raw and not raw.isspace() and (line := _clean(raw))
        ]
        last = len(lines) - 1
        for index, (raw, line) in enumerate(lines):
            folded = line.casefold()
            if folded.rstrip(":") == "nơi nhận":
                continue
            if folded == "như trên":
                as_above = True
                continue
            if (
                folded.startswith("lưu")
                and (match := _ARCHIVE_RE.match(line))
                and _is_archive(match, index == last)
            ):
                units = tuple(u.strip() for u in match["units"].split(",") if u.strip())
                if not units:
                    raise ParseError(
                        "Recipients.archive", raw, "the 'Lưu' line names no unit (e.g. 'VT')"
                    )
                archive = units
                continue
            name, purpose = _split_purpose(line)
            try:  # not parser_errors(): a context manager per line costs more than the line
                entries.append(Recipient(name=name, purpose=purpose))
            except InvalidValueError as error:
                raise ParseError(error.field, raw, error.rule) from None
        if not entries and not as_above and archive is None:
            raise ParseError("Recipients", text, "no recipient (nơi nhận) found in the text")
        with parser_errors(text):
            return cls(entries=tuple(entries), as_above=as_above, archive=archive or ())
