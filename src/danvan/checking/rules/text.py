"""Text rules (văn bản): brackets and quotes, tone-mark placement, the subject's capital,
the punctuation of the căn cứ lines."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.model import Emphasis, Fix, FixSafety, Paragraph, Text
from danvan.vn.text import normalize_tone_marks

_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"), ("«", "»"))
# An open oa/oe/uy syllable with the tone on its first vowel: the old placement ("hòa").
_OLD_STYLE = re.compile(r"(?:[òóỏõọ][ae]|(?<![qQ])[ùúủũụ]y)(?!\w)", re.IGNORECASE)


def _unbalanced(text: str) -> str | None:
    for opening, closing in _PAIRS:
        depth = 0
        for char in text:
            if char == opening:
                depth += 1
            elif char == closing:
                depth -= 1
                if depth < 0:
                    return f"{closing!r} without {opening!r}"
        if depth > 0:
            return f"{opening!r} never closed"
    if text.count('"') % 2:
        return "an odd number of '\"'"
    return None


@implements("T801")
def unbalanced_brackets(ctx: Context) -> Iterator[Hit]:
    """Brackets and quotes that do not pair up in a paragraph."""
    subject = ctx.document.subject
    texts = [("header.subject", subject)] if subject is not None else []
    texts += [(where.part, where.paragraph.text) for where in ctx.paragraphs()]
    for part, text in texts:
        problem = _unbalanced(text)
        if problem is not None:
            excerpt = text if len(text) <= 80 else text[:77] + "…"
            yield Hit(
                message=f"unbalanced brackets or quotes: {problem} in {excerpt!r}",
                part=part,
                found=problem,
                needle=text[:30] or None,
            )


# A word ending in oa/oe/uy with the tone on the second vowel: a candidate for the new
# placement ("hoà", "khoẻ", "thuỷ"); normalize_tone_marks confirms it (not "quý").
_NEW_STYLE = re.compile(r"\w*(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\w)")


def _restyled(text: str) -> list[str]:
    """The words of ``text`` whose tone mark sits the new way ("hoà" where "hòa" is kept)."""
    return [word for word in _NEW_STYLE.findall(text) if normalize_tone_marks(word) != word]


def _normalize_runs(paragraph: Paragraph) -> Paragraph:
    runs = tuple(
        attrs.evolve(run, text=normalize_tone_marks(run.text))
        if isinstance(run, (Text, Emphasis))
        else run
        for run in paragraph.runs
    )
    return attrs.evolve(paragraph, runs=runs)


@implements("T802")
def mixed_tone_marks(ctx: Context) -> Iterator[Hit]:
    """Both tone-mark placements in one document ("hòa" and "hoà")."""
    texts = [ctx.document.subject or "", *(where.paragraph.text for where in ctx.paragraphs())]
    if not any(_OLD_STYLE.search(text) for text in texts):
        return  # one placement throughout: consistent, nothing mixed
    places = [where for where in ctx.paragraphs() if _restyled(where.paragraph.text)]
    for where in places:
        words = sorted(set(_restyled(where.paragraph.text)))
        yield Hit(
            message=(
                f"{', '.join(repr(w) for w in words[:5])} place(s) the tone mark the new way; "
                "the document (and danvan) keeps one placement: "
                + ", ".join(repr(normalize_tone_marks(w)) for w in words[:5])
            ),
            part=where.part,
            expected=", ".join(normalize_tone_marks(w) for w in words[:5]),
            found=", ".join(words[:5]),
            needle=words[0],
            fix=Fix(
                description="place the tone marks the old way (hòa, thủy, khỏe)",
                safety=FixSafety.SAFE,
                path=where.path,
                value=_normalize_runs(where.paragraph),
            ),
        )


@implements("T803")
def subject_lowercase(ctx: Context) -> Iterator[Hit]:
    """The subject (trích yếu) starts with a lower-case letter."""
    subject = ctx.document.subject
    if subject is None:  # a document as read without a subject
        return
    first = subject[:1]
    if not first.isalpha() or not first.islower():
        return
    fixed = first.upper() + subject[1:]
    yield Hit(
        message=f"the subject (trích yếu) starts with a lower-case letter: {subject[:40]!r}",
        part="header.subject",
        expected=fixed[:40],
        found=subject[:40],
        fix=Fix(
            description="capitalise the first letter",
            safety=FixSafety.SAFE,
            path=("subject",),
            value=fixed,
        ),
    )


def _with_ending(paragraph: Paragraph, ending: str) -> Paragraph:
    runs = list(paragraph.runs)
    if runs and isinstance(runs[-1], Text):
        stripped = runs[-1].text.rstrip().rstrip(".;,:")
        if stripped:
            runs[-1] = Text(text=stripped + ending)
        else:
            runs.pop()
            runs.append(Text(text=ending))
    else:
        runs.append(Text(text=ending))
    return attrs.evolve(paragraph, runs=tuple(runs))


@implements("T804")
def bases_punctuation(ctx: Context) -> Iterator[Hit]:
    """Each căn cứ line ends with ";" and the last with "."."""
    # Only the lines that are căn cứ ("Căn cứ …"): a lead-in such as "Thực hiện Công văn
    # số …, Sở báo cáo như sau:" introduces the body and rightly ends with ":".
    bases = [
        (index, paragraph)
        for index, paragraph in enumerate(ctx.document.bases)
        if paragraph.text.lstrip().casefold().startswith("căn cứ")
    ]
    for position, (index, paragraph) in enumerate(bases):
        wanted = "." if position == len(bases) - 1 else ";"
        text = paragraph.text.rstrip()
        if text.endswith(wanted):
            continue
        yield Hit(
            message=(
                f"căn cứ line {position + 1} of {len(bases)} ends with {text[-1:]!r}; each ends "
                "with ';' and the last with '.'"
            ),
            part=f"bases[{index}]",
            expected=wanted,
            found=text[-1:] or "nothing",
            fix=Fix(
                description=f"end the line with {wanted!r}",
                safety=FixSafety.SAFE,
                path=("bases", index),
                value=_with_ending(paragraph, wanted),
            ),
        )
