"""Where a document was read from (nguồn gốc): source locations, reader findings, part → location map.

A reader (``danvan.read``) attaches an :class:`Origin` to the document it returns. The
origin takes no part in equality or hashing (a document read from a file equals the same
document built by hand), but it travels with the document and through JSON, so a checker
can report a defect at the line or paragraph where it stands.
"""

from __future__ import annotations

from typing import Any

import attrs

from danvan.model import _validators as v
from danvan.model.finding import Severity

__all__ = ["Origin", "PartLocation", "ReadFinding", "SourceLocation"]


def _optional_index(what: str, minimum: int) -> Any:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise v.fail(instance, attribute.name, value, f"{what} is an integer >= {minimum}")

    return attrs.field(default=None, validator=check)


@attrs.frozen(kw_only=True)
class SourceLocation:
    """Vị trí trong nguồn: a place in the source a document was read from.

    Text sources give ``line`` and ``column`` (1-based, counted in characters of the
    decoded NFC text). A .docx gives ``paragraph`` (0-based index among the body's
    paragraphs, in document order) or ``table``/``row``/``cell`` (0-based) and, for text
    that is not in the main part, the ``part`` ("word/footnotes.xml").
    """

    source: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    line: int | None = _optional_index("a line number (dòng)", 1)
    column: int | None = _optional_index("a column (cột)", 1)
    paragraph: int | None = _optional_index("a paragraph index (đoạn)", 0)
    table: int | None = _optional_index("a table index (bảng)", 0)
    row: int | None = _optional_index("a row index (hàng)", 0)
    cell: int | None = _optional_index("a cell index (ô)", 0)
    part: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )

    @classmethod
    def _in_docx(
        cls,
        source: str | None,
        paragraph: int,
        table: int | None = None,
        row: int | None = None,
        cell: int | None = None,
    ) -> SourceLocation:
        """A .docx place from values the reader has in the form the fields hold (NFC
        ``source`` or ``None``, indexes ``>= 0``): the field rules are not run again, as a
        reader builds one location per paragraph. Private: equal to ``SourceLocation(...)``
        of the same values (tested).
        """
        location = object.__new__(cls)
        # the slots' own setters, in the fields' order (object.__setattr__ looks each up)
        (
            set_source,
            set_line,
            set_column,
            set_paragraph,
            set_table,
            set_row,
            set_cell,
            set_part,
        ) = _LOCATION_SETTERS
        set_source(location, source)
        set_line(location, None)
        set_column(location, None)
        set_paragraph(location, paragraph)
        set_table(location, table)
        set_row(location, row)
        set_cell(location, cell)
        set_part(location, None)
        return location

    def __str__(self) -> str:
        """ "bao-cao.txt:12:3", "bao-cao.docx:p[12]", "bao-cao.docx:table[0]/row[1]/cell[2]"."""
        where: list[str] = []
        if self.part is not None:
            where.append(self.part)
        if self.table is not None:
            cell = f"table[{self.table}]"
            if self.row is not None:
                cell += f"/row[{self.row}]"
            if self.cell is not None:
                cell += f"/cell[{self.cell}]"
            where.append(cell)
        if self.paragraph is not None:
            where.append(f"p[{self.paragraph}]")
        text = "/".join(where)
        if self.line is not None:
            text = f"{self.line}" if not text else f"{text}:{self.line}"
            if self.column is not None:
                text += f":{self.column}"
        if self.source:
            return f"{self.source}:{text}" if text else self.source
        return text or "?"


_LOCATION_SETTERS: tuple[Any, ...] = tuple(
    SourceLocation.__dict__[field.name].__set__ for field in attrs.fields(SourceLocation)
)
"""The slot setter of each field of SourceLocation, in order (see ``_in_docx``)."""


@attrs.frozen(kw_only=True)
class ReadFinding:
    """What a reader did or could not do: a stable ``code`` ("R101"), a message, where.

    Codes: R0xx the input (format, encoding, size), R1xx repairs of the text (a wrapped
    line joined, a "Số:" prefix dropped), R2xx what could not be placed or was guessed,
    R3xx .docx specifics (tracked changes, fields). The table of codes is
    :data:`danvan.reading.findings.CODES`.
    """

    code: str = attrs.field(converter=v.text, validator=v.non_empty_text("the finding code"))
    message: str = attrs.field(converter=v.text, validator=v.non_empty_text("the message"))
    location: SourceLocation | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(SourceLocation, "vị trí"))
    )
    severity: Severity = attrs.field(default=Severity.INFO, validator=v.instance_of(Severity))

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location is not None else ""
        return f"{where}{self.severity.value} {self.code}: {self.message}"


@attrs.frozen(kw_only=True)
class PartLocation:
    """One entry of the part map: a path in the document ("II.2.b", "header.number") and its source."""

    path: str = attrs.field(converter=v.text, validator=v.non_empty_text("the part path"))
    location: SourceLocation = attrs.field(validator=v.instance_of(SourceLocation, "vị trí"))


@attrs.frozen(kw_only=True)
class Origin:
    """Nguồn gốc: the source a document was read from, what the reader found, where each part was.

    ``parts`` maps paths to source locations. Paths: "header.number", "header.place_date",
    "header.issuer", "header.subject", "addressees[0]", "bases[1]", "introduction[0]",
    "body" section labels joined by dots ("II", "II.2", "II.2.b") with "[i]" for the i-th
    block inside ("II.2.b[3]"), "closing[0]", "recipients", "signature",
    "appendix[0]", "appendix[0].indicator[3]", "unplaced[2]". The built-in readers keep one
    place per path, the first: when two sections carry one label path (both numbered "1"
    under "I"), the checker names the later ones "I.1#2", "I.1#3" (n-th occurrence in
    document order) and finds them in the text; a reader may record such paths itself.
    """

    source: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    format: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )
    findings: tuple[ReadFinding, ...] = attrs.field(
        factory=tuple, converter=v.read_findings, validator=v.tuple_of(ReadFinding, "findings")
    )
    parts: tuple[PartLocation, ...] = attrs.field(
        factory=tuple, converter=v.part_locations, validator=v.tuple_of(PartLocation, "parts")
    )

    def location_of(self, path: str) -> SourceLocation | None:
        """Where the part ``path`` ("II.2.b", "header.number") came from, or ``None``."""
        for part in self.parts:
            if part.path == path:
                return part.location
        return None

    def findings_with(self, code: str) -> tuple[ReadFinding, ...]:
        """The findings with ``code``."""
        return tuple(f for f in self.findings if f.code == code)
