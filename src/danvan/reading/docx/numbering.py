"""Word's automatic list numbering (đánh số tự động): the label Word displays, from numbering.xml.

python-docx cannot read list numbers, pandoc and mammoth drop or restart them, docling
flattens "3.1" to "1". This module follows WordprocessingML (ECMA-376 Part 1, §17.9):

- ``w:num`` (a list instance) points at a ``w:abstractNum`` (the definition) and may
  override a level's start (``w:lvlOverride/w:startOverride``) or the whole level;
- each ``w:lvl`` has ``w:start`` (0 when absent, as the standard says), ``w:numFmt``,
  ``w:lvlText`` ("%1.%2." names the current counters of levels 1 and 2), ``w:lvlRestart``
  (restart when the given 1-based level or any level above it is used, as Word does
  per [MS-OI29500] on §17.9.11; 0 = never; absent = restart whenever a higher level
  advances; ignored in an override level, as Word ignores it there) and ``w:isLgl`` (show every number in decimal);
- a paragraph gets its numbering from its own ``w:numPr`` or from its paragraph style
  (``w:pStyle`` → the style's ``w:numPr``, following ``w:basedOn``); a style linked from a
  level (``w:lvl/w:pStyle``) gives that level; ``w:abstractNum/w:numStyleLink`` is followed.

Counters are kept per definition (``w:abstractNum``), shared by all its list instances
(Word's "Continue numbering"); the first paragraph of an instance with a ``startOverride``
("Restart at 1", "Set numbering value") restarts the levels it overrides, and the other
instances continue from there. This follows what others who compared with Word report
(office-open-xml-viewer PR #590, dxpdf issue #230, anydoc PR #129: Word shows 1-5, then 8
for the overriding instance, then 9, 10 back in the first); it was not checked against
Word itself here (no Word on the build machine).

Letters: Word's ``lowerLetter`` counts a, b, c, d, e, f …; Vietnamese documents mean the
điểm sequence a, b, c, d, đ, e, g … (Nghị định 30, Phụ lục I), which Word cannot produce.
By default letters are mapped to the Vietnamese sequence — the drafter picked "a)" for
điểm, and the label the model keeps must follow the convention the checker enforces — and
every label that the mapping changes (the 5th letter onward) is flagged on the returned
:class:`ListLabel`, so the reader records a finding. ``vietnamese_letters=False`` keeps
exactly what Word displays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs
from lxml import etree

from danvan.reading.docx.symbols import is_symbol_font, symbol_char
from danvan.reading.labels import DRAWN_BULLETS
from danvan.vn.numbering import VIETNAMESE_LETTERS, roman

__all__ = [
    "AbstractNumbering",
    "Level",
    "ListInstance",
    "ListLabel",
    "NumberingCounter",
    "NumberingDefinitions",
    "format_number",
]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_PLACEHOLDER = re.compile(r"%([1-9])")
MAX_LEVELS = 9


def _val(element: etree._Element | None, default: str | None = None) -> str | None:
    if element is None:
        return default
    value = element.get(f"{_W}val")
    return default if value is None else value


def first_children(element: etree._Element) -> dict[str, etree._Element]:
    """The first child of each tag, as ``element.find(tag)`` gives it, in one pass: lxml's
    ``find`` parses its path in Python each call, several times slower than this."""
    found: dict[str, etree._Element] = {}
    for child in element:
        found.setdefault(child.tag, child)
    return found


def _int(value: str | None, default: int | None) -> int | None:
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return default


@attrs.frozen(kw_only=True)
class Level:
    """One level (cấp) of a list definition: ``w:lvl``."""

    start: int = 0
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None
    legal: bool = False
    style: str | None = None
    font: str | None = None
    """The font of the label (``w:rPr/w:rFonts``): a bullet in a symbol font is a picture."""
    picture: bool = False
    """A picture bullet (``w:lvlPicBulletId``): shown as a bullet, whatever the level's text."""

    @classmethod
    def from_xml(cls, lvl: etree._Element) -> Level:
        """The level read from a ``w:lvl`` element (missing parts take the standard's defaults)."""
        parts = first_children(lvl)
        restart = _int(_val(parts.get(f"{_W}lvlRestart")), None)
        legal = parts.get(f"{_W}isLgl")
        rpr = parts.get(f"{_W}rPr")
        fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
        return cls(
            start=_int(_val(parts.get(f"{_W}start")), 0) or 0,
            fmt=_val(parts.get(f"{_W}numFmt"), "decimal") or "decimal",
            text=_val(parts.get(f"{_W}lvlText"), "") or "",
            restart=restart,
            legal=legal is not None and _val(legal, "1") not in ("0", "false", "off"),
            style=_val(parts.get(f"{_W}pStyle")),
            font=(fonts.get(f"{_W}ascii") or fonts.get(f"{_W}hAnsi"))
            if fonts is not None
            else None,
            picture=parts.get(f"{_W}lvlPicBulletId") is not None,
        )


@attrs.frozen(kw_only=True)
class AbstractNumbering:
    """A list definition (``w:abstractNum``): its levels, or a link to a numbering style."""

    id: str
    levels: Mapping[int, Level] = attrs.field(factory=dict)
    style_link: str | None = None


@attrs.frozen(kw_only=True)
class ListInstance:
    """A list instance (``w:num``): its definition and per-level overrides."""

    id: str
    abstract_id: str
    start_overrides: Mapping[int, int] = attrs.field(factory=dict)
    level_overrides: Mapping[int, Level] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True)
class ListLabel:
    """The label Word displays before a paragraph ("II.", "1.2.", "b)", "•").

    ``bullet`` is true for bullet levels; ``mapped_letters`` is true when a letter was
    changed from Word's Latin sequence to the Vietnamese one (e → đ, f → e ...);
    ``fallback`` names a number format that danvan does not know and wrote in decimal.
    """

    text: str
    level: int
    bullet: bool = False
    mapped_letters: bool = False
    fallback: str | None = None
    font: str | None = None
    """The font the level sets for its label (``w:rPr/w:rFonts``), if any."""


def _latin_letter(n: int) -> str:
    # Word: a..z, then aa..zz, aaa.. (the letter repeated), not spreadsheet-style "ab".
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(
    n: int, fmt: str, *, vietnamese_letters: bool = True
) -> tuple[str, bool, str | None]:
    """``n`` in Word's number format ``fmt``: (text, letter mapped to Vietnamese, unknown format)."""
    if fmt in ("decimal", "decimalHalfWidth", "decimalFullWidth"):
        return str(n), False, None
    if fmt == "decimalZero":
        return (f"{n:02d}" if n >= 0 else str(n)), False, None
    if fmt in ("upperRoman", "lowerRoman"):
        if 1 <= n <= 3999:
            text = roman(n)
            return (text if fmt == "upperRoman" else text.lower()), False, None
        return str(n), False, None
    if fmt in ("lowerLetter", "upperLetter"):
        if n < 1:
            return "", False, None
        word = _latin_letter(n)
        mapped = False
        if vietnamese_letters and n <= len(VIETNAMESE_LETTERS):
            vietnamese = VIETNAMESE_LETTERS[n - 1]
            mapped = vietnamese != word
            word = vietnamese
        return (word.upper() if fmt == "upperLetter" else word), mapped, None
    if fmt in ("none", "bullet"):
        return "", False, None
    return str(n), False, fmt


def _bullet_text(text: str, font: str | None = None) -> str:
    """The bullet Word shows for the ``w:lvlText`` of a bullet level in ``font``.

    A character of a symbol font (Symbol's U+F0B7, Wingdings' "§") is a picture: it shows as
    the bullet it draws ("•", "▪"), or as "•" when it draws something else ("➢", "✓").
    """
    shown = []
    for c in text:
        code = ord(c)
        glyph = symbol_char(code, font)
        if glyph is None and (0xF000 <= code <= 0xF0FF or (is_symbol_font(font) and code > 0x20)):
            glyph = "•"
        shown.append(c if glyph is None else glyph if glyph in DRAWN_BULLETS else "•")
    return "".join(shown)


@attrs.frozen(kw_only=True)
class StyleNumbering:
    """What a paragraph style says about numbering: its ``numPr`` and its parent style."""

    num_id: str | None = None
    ilvl: int | None = None
    based_on: str | None = None


@attrs.define
class NumberingDefinitions:
    """numbering.xml and the numbering of paragraph styles, read once per document."""

    abstracts: dict[str, AbstractNumbering] = attrs.field(factory=dict)
    instances: dict[str, ListInstance] = attrs.field(factory=dict)
    styles: dict[str, StyleNumbering] = attrs.field(factory=dict)

    @classmethod
    def from_xml(
        cls, numbering: etree._Element | None, styles: etree._Element | None = None
    ) -> NumberingDefinitions:
        """Read ``word/numbering.xml`` and ``word/styles.xml`` (either may be absent)."""
        found = cls()
        if numbering is not None:
            for abstract in numbering.iter(f"{_W}abstractNum"):
                abstract_id = abstract.get(f"{_W}abstractNumId")
                if abstract_id is None:
                    continue
                levels: dict[int, Level] = {}
                for lvl in abstract.iter(f"{_W}lvl"):
                    ilvl = _int(lvl.get(f"{_W}ilvl"), None)
                    if ilvl is not None and 0 <= ilvl < MAX_LEVELS:
                        levels[ilvl] = Level.from_xml(lvl)
                found.abstracts[abstract_id] = AbstractNumbering(
                    id=abstract_id,
                    levels=levels,
                    style_link=_val(abstract.find(f"{_W}numStyleLink")),
                )
            for num in numbering.iter(f"{_W}num"):
                num_id = num.get(f"{_W}numId")
                abstract_id = _val(num.find(f"{_W}abstractNumId"))
                if num_id is None or abstract_id is None:
                    continue
                starts: dict[int, int] = {}
                overrides: dict[int, Level] = {}
                for override in num.iter(f"{_W}lvlOverride"):
                    ilvl = _int(override.get(f"{_W}ilvl"), None)
                    if ilvl is None or not 0 <= ilvl < MAX_LEVELS:
                        continue
                    start = _int(_val(override.find(f"{_W}startOverride")), None)
                    if start is not None:
                        starts[ilvl] = start
                    replaced = override.find(f"{_W}lvl")
                    if replaced is not None:
                        # Word ignores w:lvlRestart in an override level ([MS-OI29500],
                        # on Part 1 §17.9.11 lvlRestart): the level restarts as by default
                        overrides[ilvl] = attrs.evolve(Level.from_xml(replaced), restart=None)
                found.instances[num_id] = ListInstance(
                    id=num_id,
                    abstract_id=abstract_id,
                    start_overrides=starts,
                    level_overrides=overrides,
                )
        if styles is not None:
            for style in styles.iter(f"{_W}style"):
                style_id = style.get(f"{_W}styleId")
                if style_id is None:
                    continue
                parts = first_children(style)
                ppr = parts.get(f"{_W}pPr")
                num_pr = first_children(ppr).get(f"{_W}numPr") if ppr is not None else None
                numbers = first_children(num_pr) if num_pr is not None else {}
                found.styles[style_id] = StyleNumbering(
                    num_id=_val(numbers.get(f"{_W}numId")),
                    ilvl=_int(_val(numbers.get(f"{_W}ilvl")), None),
                    based_on=_val(parts.get(f"{_W}basedOn")),
                )
        return found

    def abstract_of(self, instance: ListInstance) -> AbstractNumbering | None:
        """The definition of a list instance, following ``w:numStyleLink`` once."""
        abstract = self.abstracts.get(instance.abstract_id)
        seen: set[str] = set()
        while abstract is not None and not abstract.levels and abstract.style_link:
            if abstract.id in seen:
                return None
            seen.add(abstract.id)
            linked = self.style_numbering(abstract.style_link)[0]
            target = self.instances.get(linked) if linked else None
            abstract = self.abstracts.get(target.abstract_id) if target else None
        return abstract

    def style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        """(numId, ilvl) that a paragraph style gives, following ``w:basedOn``."""
        num_id: str | None = None
        ilvl: int | None = None
        seen: set[str] = set()
        while style_id is not None and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                break
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
            if ilvl is None and style.ilvl is not None:
                ilvl = style.ilvl
            style_id = style.based_on
        return num_id, ilvl

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose ``w:pStyle`` is ``style_id`` in the list ``num_id`` (Heading 1 → 0)."""
        instance = self.instances.get(num_id)
        abstract = self.abstract_of(instance) if instance else None
        if abstract is None:
            return None
        for ilvl, level in abstract.levels.items():
            if level.style == style_id:
                return ilvl
        return None

    def resolve(
        self, num_id: str | None, ilvl: int | None, style_id: str | None
    ) -> tuple[str, int] | None:
        """The (numId, level) a paragraph is numbered with, from its own numPr and its style."""
        style_num, style_ilvl = self.style_numbering(style_id)
        if num_id is None:
            num_id = style_num
            if ilvl is None:
                ilvl = style_ilvl
                if ilvl is None and num_id is not None and style_id is not None:
                    ilvl = self.level_of_style(num_id, style_id)
        if num_id is None or num_id == "0":  # numId 0 removes numbering
            return None
        return num_id, (ilvl if ilvl is not None and 0 <= ilvl < MAX_LEVELS else 0)


_UNDEFINED_LEVELS = tuple(
    Level(start=1, fmt="decimal", text=f"%{i + 1}.") for i in range(MAX_LEVELS)
)
"""What a level the definition leaves out counts as (built once: asked for at every label)."""


@attrs.define
class _Counters:
    values: list[int | None] = attrs.field(factory=lambda: [None] * MAX_LEVELS)
    pending: dict[int, int] = attrs.field(factory=dict)
    """The start a level takes when next used, set by a list instance's w:startOverride."""


@attrs.define
class NumberingCounter:
    """Walks the numbered paragraphs in document order and gives each the label Word shows."""

    definitions: NumberingDefinitions
    vietnamese_letters: bool = True
    _counters: dict[str, _Counters] = attrs.field(factory=dict, init=False)
    _entered: set[str] = attrs.field(factory=set, init=False)
    _levels: dict[tuple[str, str], tuple[Level, ...]] = attrs.field(factory=dict, init=False)

    def _levels_of(self, instance: ListInstance, abstract: AbstractNumbering) -> tuple[Level, ...]:
        """The nine levels of a list instance, overrides applied (looked up once per list)."""
        key = (instance.id, abstract.id)
        levels = self._levels.get(key)
        if levels is None:
            levels = self._levels[key] = tuple(
                self._find_level(instance, abstract, i) for i in range(MAX_LEVELS)
            )
        return levels

    def _level(self, instance: ListInstance, abstract: AbstractNumbering, ilvl: int) -> Level:
        if 0 <= ilvl < MAX_LEVELS:
            return self._levels_of(instance, abstract)[ilvl]
        return self._find_level(instance, abstract, ilvl)

    @staticmethod
    def _find_level(instance: ListInstance, abstract: AbstractNumbering, ilvl: int) -> Level:
        override = instance.level_overrides.get(ilvl)
        if override is not None:
            return override
        found = abstract.levels.get(ilvl)
        if found is not None:
            return found
        if 0 <= ilvl < MAX_LEVELS:
            return _UNDEFINED_LEVELS[ilvl]
        return Level(start=1, fmt="decimal", text=f"%{ilvl + 1}.")

    def label(self, num_id: str, ilvl: int) -> ListLabel | None:
        """Advance the list ``num_id`` at level ``ilvl`` and return the label, or None if unknown."""
        instance = self.definitions.instances.get(num_id)
        if instance is None:
            return None
        abstract = self.definitions.abstract_of(instance)
        if abstract is None:
            return None
        counters = self._counters.get(abstract.id)
        if counters is None:
            counters = self._counters[abstract.id] = _Counters()
        values = counters.values
        if instance.start_overrides and instance.id not in self._entered:
            # the first paragraph of an instance with w:startOverride restarts the levels
            # it overrides, in the counters its definition shares with its other instances
            self._entered.add(instance.id)
            for overridden, start in instance.start_overrides.items():
                counters.pending[overridden] = start
                for restarted in range(overridden, MAX_LEVELS):
                    values[restarted] = None
        level = self._level(instance, abstract, ilvl)
        current = values[ilvl]
        if current is None:
            pending = counters.pending
            values[ilvl] = (
                pending.pop(ilvl) if ilvl in pending else self._start(instance, abstract, ilvl)
            )
        else:
            values[ilvl] = current + 1
        levels = self._levels_of(instance, abstract)
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart
            if restart is None or (restart != 0 and ilvl < restart):
                values[deeper] = None
        if level.fmt == "bullet":
            shown = "•" if level.picture else _bullet_text(level.text, level.font)
            return ListLabel(text=shown, level=ilvl, bullet=True)
        mapped = False
        fallback: str | None = None

        def placeholder(match: re.Match[str]) -> str:
            nonlocal mapped, fallback
            index = int(match.group(1)) - 1
            value = values[index]
            if value is None:  # a level above that was never used shows its start value
                value = counters.pending.get(index, self._start(instance, abstract, index))
            fmt = self._level(instance, abstract, index).fmt
            if level.legal and fmt != "decimalZero":
                fmt = "decimal"
            text, was_mapped, unknown = format_number(
                value, fmt, vietnamese_letters=self.vietnamese_letters
            )
            mapped = mapped or was_mapped
            fallback = fallback or unknown
            return text

        # A space or tab typed after the number ("%1. ") is the gap before the text, as is
        # w:suff (ECMA-376 Part 1, §17.9.29): not part of the label.
        text = _PLACEHOLDER.sub(placeholder, level.text).strip()
        return ListLabel(
            text=text, level=ilvl, mapped_letters=mapped, fallback=fallback, font=level.font
        )

    def _start(self, instance: ListInstance, abstract: AbstractNumbering, ilvl: int) -> int:
        if ilvl in instance.start_overrides:
            return instance.start_overrides[ilvl]
        return self._level(instance, abstract, ilvl).start


def labels_for(
    definitions: NumberingDefinitions,
    paragraphs: Iterable[tuple[str | None, int | None, str | None]],
    *,
    vietnamese_letters: bool = True,
) -> list[ListLabel | None]:
    """Labels for paragraphs given as (numId, ilvl, styleId), in document order."""
    counter = NumberingCounter(definitions, vietnamese_letters=vietnamese_letters)
    labels: list[ListLabel | None] = []
    for num_id, ilvl, style in paragraphs:
        resolved = definitions.resolve(num_id, ilvl, style)
        labels.append(counter.label(*resolved) if resolved else None)
    return labels
