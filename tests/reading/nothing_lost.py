"""The "nothing lost" measure shared by the reading tests: every source line, reduced to its
letters and digits and case-folded, stands in the text rendering of what was read."""

from __future__ import annotations

from danvan.model import Document
from danvan.rendering.text import render_text


def reduce(text: str) -> str:
    """Letters and digits only, case-folded."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def missing_lines(source: str, document: Document) -> list[tuple[int, str]]:
    """The (line number, line) of each non-blank source line absent from the rendering."""
    rendered = reduce(render_text(document))
    return [
        (number, line)
        for number, line in enumerate(source.splitlines(), start=1)
        if reduce(line) and reduce(line) not in rendered
    ]


def assert_nothing_lost(source: str, document: Document, name: str = "source") -> None:
    """Fail with every missing line printed."""
    missing = missing_lines(source, document)
    report = "\n".join(f"  {name}:{number}: {line[:120]}" for number, line in missing)
    assert not missing, f"{len(missing)} line(s) lost in reading:\n{report}"
