"""Numbering rules (đánh số): labels as written — gaps, repeats, the letter sequence, mixed styles."""

from __future__ import annotations

import string
from collections.abc import Iterator

from danvan.checking.context import Context, Hit, SectionAt
from danvan.checking.rules import implements
from danvan.errors import InvalidValueError
from danvan.model import Fix, FixSafety
from danvan.vn.numbering import VIETNAMESE_LETTERS, parse_roman, parse_vietnamese_letter

_PUNCTUATION = ".)-:"


def _style(label: str) -> str:
    """ "roman", "arabic", "letter" or "other" for a label as written (punctuation ignored)."""
    core = label.rstrip(_PUNCTUATION)
    if core.isdigit():
        return "arabic"
    if core and all(c in "IVXLCDM" for c in core):
        try:
            parse_roman(core)
        except InvalidValueError:
            return "other"
        return "roman"
    if len(core) == 1 and core.isalpha():
        return "letter"
    return "other"


def _value(label: str, style: str) -> int | None:
    core = label.rstrip(_PUNCTUATION)
    try:
        if style == "arabic":
            return int(core)
        if style == "roman":
            return parse_roman(core)
        if style == "letter":
            return parse_vietnamese_letter(core.lower())
    except (InvalidValueError, ValueError):
        return None
    return None


def _groups(ctx: Context) -> Iterator[list[SectionAt]]:
    """Sibling sections that carry a label as written, grouped by parent."""
    groups: dict[tuple[str | int, ...], list[SectionAt]] = {}
    for at in ctx.sections():
        if at.section.number is not None:
            groups.setdefault(at.path[:-1], []).append(at)
    yield from groups.values()


@implements("N301")
def label_punctuation(ctx: Context) -> Iterator[Hit]:
    """A section number that carries its own punctuation ("II." prints "II..")."""
    for at in ctx.sections():
        label = at.section.number
        if label is None or label.rstrip(_PUNCTUATION) == label or not label.rstrip(_PUNCTUATION):
            continue
        clean = label.rstrip(_PUNCTUATION)
        yield Hit(
            message=(
                f"the section number {label!r} carries its own punctuation; the renderer adds "
                f"it, so it would print twice ({label + '.'!r})"
            ),
            part=at.part,
            expected=clean,
            found=label,
            fix=Fix(
                description=f"write the number as {clean!r}",
                safety=FixSafety.SAFE,
                path=(*at.path, "number"),
                value=clean,
            ),
        )


@implements("N302")
def numbering_sequence(ctx: Context) -> Iterator[Hit]:
    """Labels at one level go 1, 2, 3 … (I, II …; a, b, c, d, đ …) without gaps or repeats."""
    for group in _groups(ctx):
        # The sequence of the level's own style (the first label's): a label in another
        # style is N304's, and the others still run 1, 2, 3 … around it.
        style = _style(group[0].section.number or "")
        if style == "other":
            continue
        group = [at for at in group if _style(at.section.number or "") == style]
        if style == "letter" and _latin_sequence(group):
            continue  # a, b, c, d, e: N303's
        previous: int | None = None
        for at in group:
            value = _value(at.section.number or "", style)
            if value is None:
                continue
            expected = 1 if previous is None else previous + 1
            if previous is not None and value != expected:
                kind = "repeats" if value <= previous else "skips"
                yield Hit(
                    message=(
                        f"the numbering {kind}: {at.section.number!r} follows "
                        f"{_format(previous, style)!r} at this level"
                    ),
                    part=at.part,
                    expected=_format(expected, style),
                    found=at.section.number,
                )
            previous = value


def _format(value: int, style: str) -> str:
    from danvan.vn.numbering import roman, vietnamese_letter

    if style == "roman":
        return roman(value)
    if style == "letter":
        return vietnamese_letter(value) if 1 <= value <= len(VIETNAMESE_LETTERS) else str(value)
    return str(value)


def _latin_sequence(group: list[SectionAt]) -> bool:
    letters = [(at.section.number or "").rstrip(_PUNCTUATION).lower() for at in group]
    return (
        len(letters) >= 5
        and "đ" not in letters
        and letters == list(string.ascii_lowercase[: len(letters)])
    )


@implements("N303")
def letter_sequence(ctx: Context) -> Iterator[Hit]:
    """Points (điểm) use the Vietnamese letters a, b, c, d, đ, e, g … — no f, j, w, z; đ not skipped."""
    for group in _groups(ctx):
        labels = [(at.section.number or "").rstrip(_PUNCTUATION) for at in group]
        if not all(_style(label) == "letter" for label in labels):
            continue
        for position, at in enumerate(group):
            label = labels[position].lower()
            expected = VIETNAMESE_LETTERS[position] if position < len(VIETNAMESE_LETTERS) else None
            if label in "fjwz" or (_latin_sequence(group) and label != expected):
                yield Hit(
                    message=(
                        f"the point {labels[position]!r} is not in the Vietnamese letter "
                        "sequence a, b, c, d, đ, e, g, h … (no f, j, w, z)"
                    ),
                    part=at.part,
                    expected=expected,
                    found=labels[position],
                )


@implements("N304")
def mixed_styles(ctx: Context) -> Iterator[Hit]:
    """One level numbered in two styles ("1." then "II.")."""
    for group in _groups(ctx):
        first = _style(group[0].section.number or "")
        for at in group[1:]:
            style = _style(at.section.number or "")
            if style != first:
                yield Hit(
                    message=(
                        f"{at.section.number!r} is numbered in {style} style, but this level "
                        f"started with {group[0].section.number!r} ({first})"
                    ),
                    part=at.part,
                    expected=f"a {first} number",
                    found=at.section.number,
                )
