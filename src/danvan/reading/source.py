"""The format-neutral source (nguồn đã tách dòng) every reader produces and the structure recognizer reads.

A reader turns its format into a :class:`SourceDocument`: a sequence of
:class:`SourceLine` (one visible line or paragraph, NFC text, its location and what the
format could tell about it: bold, centred, a heading level, a list number Word computed)
and :class:`SourceTable` (rows of cells of lines). :func:`danvan.reading.structure.recognize`
then builds the :class:`~danvan.model.Report` or :class:`~danvan.model.Plan` from it, the
same way for every format. Plain text gives no hints (every hint ``None``); a .docx fills
in what Word knows.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs

from danvan.model import _validators as v
from danvan.model.finding import Severity
from danvan.model.origin import ReadFinding, SourceLocation

__all__ = [
    "EmphasisSpan",
    "ReadFinding",
    "Severity",
    "SourceDocument",
    "SourceFootnote",
    "SourceItem",
    "SourceLine",
    "SourceLocation",
    "SourceTable",
]


def _nfc(value: Any) -> Any:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def _span(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        raise v.fail(instance, attribute.name, value, "a character offset is an integer >= 0")


@attrs.frozen(kw_only=True)
class EmphasisSpan:
    """Characters ``start``..``end`` of a line's text set bold and/or italic (chữ đậm, nghiêng)."""

    start: int = attrs.field(validator=_span)
    end: int = attrs.field(validator=_span)
    bold: bool = False
    italic: bool = False


@attrs.frozen(kw_only=True)
class SourceFootnote:
    """A footnote (chú thích) anchored after character ``offset`` of the line, with its text."""

    offset: int = attrs.field(validator=_span)
    text: str = attrs.field(converter=_nfc, validator=v.instance_of(str))


def _hint_bool() -> Any:
    return attrs.field(default=None, validator=v.optional(v.instance_of(bool)))


def _hint_text() -> Any:
    return attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str))
    )


# The rules of SourceLine's fields, run by its ``__attrs_post_init__`` (see there).
_LINE_RULES: dict[str, v.Validator] = {
    "text": v.instance_of(str),
    "location": v.instance_of(SourceLocation),
    **{
        name: v.optional(v.instance_of(bool)) for name in ("bold", "italic", "all_caps", "centered")
    },
    **{name: v.optional(v.instance_of(str)) for name in ("style", "numbering_label", "font")},
    "heading_level": v.optional(v.instance_of(int)),
    "emphasis": v.tuple_of(EmphasisSpan, "emphasis"),
    "footnotes": v.tuple_of(SourceFootnote, "footnotes"),
}


@attrs.frozen(kw_only=True)
class SourceLine:
    """One line of text (a .docx paragraph), NFC, with its location and the format's hints.

    Every hint is ``None`` when the format cannot tell (plain text); ``False`` means the
    format says no. ``numbering_label`` is the label Word displays for automatic list
    numbering ("II.", "2.", "b)"), computed by the reader; it is not part of ``text``.
    ``heading_level`` is 1 for "Heading 1" / outline level 0 / a Markdown "#".
    """

    text: str = attrs.field(converter=_nfc)
    location: SourceLocation = attrs.field()
    bold: bool | None = attrs.field(default=None)
    italic: bool | None = attrs.field(default=None)
    all_caps: bool | None = attrs.field(default=None)
    centered: bool | None = attrs.field(default=None)
    style: str | None = attrs.field(default=None, converter=v.optional_text)
    heading_level: int | None = attrs.field(default=None)
    numbering_label: str | None = attrs.field(default=None, converter=v.optional_text)
    font: str | None = attrs.field(default=None, converter=v.optional_text)
    emphasis: tuple[EmphasisSpan, ...] = attrs.field(factory=tuple, converter=v.to_tuple)
    superscripts: tuple[tuple[int, int], ...] = attrs.field(factory=tuple, converter=v.to_tuple)
    footnotes: tuple[SourceFootnote, ...] = attrs.field(factory=tuple, converter=v.to_tuple)
    hard_break: bool = False
    """Markdown: the line ended in two spaces or a backslash (a line break, not a new paragraph)."""

    def __attrs_post_init__(self) -> None:
        # The field rules of ``_LINE_RULES``, checked in one pass of exact type tests (a
        # reader builds a line per paragraph, and per-field validators were a fifth of a
        # .docx read); anything else, a subclass included, goes through the rules field by
        # field, which accept what they accept and name the first field that is wrong.
        bold, italic, caps, centered = self.bold, self.italic, self.all_caps, self.centered
        style, level, label, font = self.style, self.heading_level, self.numbering_label, self.font
        if (
            type(self.text) is str
            and type(self.location) is SourceLocation
            and (bold is None or type(bold) is bool)
            and (italic is None or type(italic) is bool)
            and (caps is None or type(caps) is bool)
            and (centered is None or type(centered) is bool)
            and (style is None or type(style) is str)
            and (level is None or type(level) is int)
            and (label is None or type(label) is str)
            and (font is None or type(font) is str)
            and type(self.emphasis) is tuple
            and all(type(span) is EmphasisSpan for span in self.emphasis)
            and type(self.footnotes) is tuple
            and all(type(note) is SourceFootnote for note in self.footnotes)
        ):
            return
        for field in attrs.fields(type(self)):
            rule = _LINE_RULES.get(field.name)
            if rule is not None:
                rule(self, field, getattr(self, field.name))

    @classmethod
    def _converted(
        cls,
        text: str,
        location: SourceLocation,
        bold: bool | None,
        italic: bool | None,
        all_caps: bool | None,
        centered: bool | None,
        style: str | None,
        heading_level: int | None,
        numbering_label: str | None,
        font: str | None,
        emphasis: tuple[EmphasisSpan, ...],
        superscripts: tuple[tuple[int, int], ...],
        footnotes: tuple[SourceFootnote, ...],
        hard_break: bool,
    ) -> SourceLine:
        """A line from values already in the form the converters give (NFC ``text``;
        ``style``, ``numbering_label`` and ``font`` through ``optional_text``; tuples) and
        of the types the field rules ask for, as the .docx reader builds them: neither the
        converters nor the rules are run again (a line per paragraph, issue 9 §7). Private:
        equal to ``SourceLine(...)`` of the same values, and every line the reader builds
        passes the rules (both tested).
        """
        line = object.__new__(cls)
        # the slots' own setters (a frozen class refuses setattr; object.__setattr__ looks
        # each one up by name), in the fields' order
        (
            set_text,
            set_location,
            set_bold,
            set_italic,
            set_all_caps,
            set_centered,
            set_style,
            set_heading_level,
            set_numbering_label,
            set_font,
            set_emphasis,
            set_superscripts,
            set_footnotes,
            set_hard_break,
        ) = _LINE_SETTERS
        set_text(line, text)
        set_location(line, location)
        set_bold(line, bold)
        set_italic(line, italic)
        set_all_caps(line, all_caps)
        set_centered(line, centered)
        set_style(line, style)
        set_heading_level(line, heading_level)
        set_numbering_label(line, numbering_label)
        set_font(line, font)
        set_emphasis(line, emphasis)
        set_superscripts(line, superscripts)
        set_footnotes(line, footnotes)
        set_hard_break(line, hard_break)
        return line

    @property
    def is_blank(self) -> bool:
        """True when the line has no visible character."""
        return not self.text.strip()


_LINE_SETTERS: tuple[Any, ...] = tuple(
    SourceLine.__dict__[field.name].__set__ for field in attrs.fields(SourceLine)
)
"""The slot setter of each field of SourceLine, in order (see ``SourceLine._converted``)."""


def _rows(rows: Any) -> tuple[tuple[tuple[SourceLine, ...], ...], ...]:
    return tuple(tuple(tuple(cell) for cell in row) for row in rows)


@attrs.frozen(kw_only=True)
class SourceTable:
    """A table of the source: rows of cells, each cell a tuple of lines (a cell may hold several)."""

    rows: tuple[tuple[tuple[SourceLine, ...], ...], ...] = attrs.field(converter=_rows)
    location: SourceLocation = attrs.field(validator=v.instance_of(SourceLocation))
    borderless: bool | None = _hint_bool()
    """A .docx table without borders (the ND30 header is one); ``None`` when unknown."""
    caption: SourceLine | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(SourceLine))
    )
    """The table's name on the line above it ("Bảng tổng hợp kết quả"), when a reader found one."""

    def cell_text(self, row: int, cell: int) -> str:
        """The text of one cell, its lines joined by newlines."""
        return "\n".join(line.text for line in self.rows[row][cell])


SourceItem = SourceLine | SourceTable


@attrs.frozen(kw_only=True)
class SourceDocument:
    """What a reader produced: the items in order, the source's name and format, the findings so far."""

    items: tuple[SourceItem, ...] = attrs.field(converter=v.to_tuple)
    name: str | None = _hint_text()
    format: str | None = _hint_text()
    findings: tuple[ReadFinding, ...] = attrs.field(
        factory=tuple, converter=v.to_tuple, validator=v.tuple_of(ReadFinding, "findings")
    )
