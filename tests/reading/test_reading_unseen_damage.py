"""The unseen documents (tests/reading/unseen) damaged as copies damage text: whatever the
damage, the reader returns a document and loses no line (issue 9, §5)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from nothing_lost import assert_nothing_lost

from danvan.reading import read_text

UNSEEN = Path(__file__).parent / "unseen"
TEXTS = {path.name: path.read_text(encoding="utf-8") for path in sorted(UNSEEN.glob("*.txt"))}
MARKDOWN = {path.name: path.read_text(encoding="utf-8") for path in sorted(UNSEEN.glob("*.md"))}


def _no_blank_lines(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if line.strip()) + "\n"


def _wrapped(text: str) -> str:
    # a PDF's narrow column: long lines broken at a width, words kept whole
    out = []
    for line in text.splitlines():
        out.extend(textwrap.wrap(line, 58) if len(line) > 58 else [line])
    return "\n".join(out) + "\n"


def _trailing_spaces(text: str) -> str:
    return "\n".join(f"{line}   " if line else line for line in text.splitlines()) + "\n"


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _doubled_blanks(text: str) -> str:
    return text.replace("\n\n", "\n\n\n")


DAMAGE = {
    "no blank lines": _no_blank_lines,
    "wrapped at 58": _wrapped,
    "trailing spaces": _trailing_spaces,
    "CRLF": _crlf,
    "doubled blank lines": _doubled_blanks,
}


@given(
    name=st.sampled_from(sorted(TEXTS)),
    damages=st.lists(st.sampled_from(sorted(DAMAGE)), min_size=1, max_size=3, unique=True),
)
def test_damaged_copies_read_with_nothing_lost(name: str, damages: list[str]) -> None:
    text = TEXTS[name]
    for damage in damages:
        text = DAMAGE[damage](text)
    document = read_text(text)
    assert_nothing_lost(text.replace("\r\n", "\n"), document, f"{name} ({', '.join(damages)})")


def _structure(text: str) -> object:
    from test_reading_unseen import _as_read

    return _as_read(read_text(text))


@given(
    name=st.sampled_from(sorted(TEXTS)),
    damages=st.lists(
        st.sampled_from(["trailing spaces", "CRLF", "doubled blank lines"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_harmless_damage_leaves_the_structure_as_it_was(name: str, damages: list[str]) -> None:
    # trailing spaces, Windows line ends and doubled blank lines change nothing a clerk reads
    text = TEXTS[name]
    damaged = text
    for damage in damages:
        damaged = DAMAGE[damage](damaged)
    assert _structure(damaged) == _structure(text)


@given(
    name=st.sampled_from(sorted(MARKDOWN)),
    damages=st.lists(
        st.sampled_from(["CRLF", "doubled blank lines", "no blank lines"]),
        min_size=1,
        max_size=3,
        unique=True,
    ),
)
def test_damaged_markdown_reads_with_nothing_lost(name: str, damages: list[str]) -> None:
    text = MARKDOWN[name]
    for damage in damages:
        text = DAMAGE[damage](text)
    document = read_text(text, format="markdown")
    assert_nothing_lost(text.replace("\r\n", "\n"), document, f"{name} ({', '.join(damages)})")


@given(name=st.sampled_from(sorted(MARKDOWN)))
def test_markdown_with_crlf_keeps_its_structure(name: str) -> None:
    from test_reading_unseen import _as_read

    text = MARKDOWN[name]
    assert _as_read(read_text(_crlf(text), format="markdown")) == _as_read(
        read_text(text, format="markdown")
    )


@given(name=st.sampled_from(sorted(TEXTS)), width=st.integers(min_value=84, max_value=140))
def test_wrapping_at_a_page_width_leaves_the_structure_as_it_was(name: str, width: int) -> None:
    # a PDF copy breaks every long line at the page's width (about 84 to 140 characters for
    # A4 in the decree's type sizes): a clerk reads the same document
    text = TEXTS[name]
    wrapped = []
    for line in text.splitlines():
        wrapped.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    assert _structure("\n".join(wrapped) + "\n") == _structure(text)
