"""A paragraph of text with its references as runs (đoạn văn có trích dẫn): for readers and the model.

A reader that gets plain text from a document calls :func:`to_paragraph`; the result is a
:class:`~danvan.model.blocks.Paragraph` of :class:`~danvan.model.inline.Text` runs and
:class:`~danvan.model.inline.Citation` runs, one per reference, each carrying its
:class:`~danvan.model.reference.LegalReference`. Nothing is lost: the runs' texts joined
give the text back (for NFC text; the model stores every text in NFC).
"""

from __future__ import annotations

from collections.abc import Sequence

from danvan.errors import InvalidValueError
from danvan.model.blocks import Paragraph
from danvan.model.inline import Citation, Inline, Text
from danvan.refs.find import (
    DEFAULT_REGISTRY,
    ReferenceMatch,
    RegistryLike,
    _DefaultRegistry,
    extract_references,
)

__all__ = ["to_paragraph"]


def to_paragraph(
    text: str,
    *,
    registry: RegistryLike | _DefaultRegistry | None = DEFAULT_REGISTRY,
    matches: Sequence[ReferenceMatch] | None = None,
) -> Paragraph:
    """The paragraph of ``text``: Text runs between Citation runs, ``"".join(run.text) == text``.

    ``registry`` completes the references as in :func:`extract_references`; ``matches``
    reuses an earlier extraction of the same text. An empty text has no paragraph and
    raises :class:`~danvan.errors.InvalidValueError`.
    """
    if not isinstance(text, str):
        raise InvalidValueError("to_paragraph.text", text, "the text of a paragraph must be a str")
    if not text:
        raise InvalidValueError("to_paragraph.text", text, "a paragraph (đoạn văn) needs some text")
    if matches is None:
        matches = extract_references(text, registry=registry)
    runs: list[Inline] = []
    last = 0
    for match in sorted(matches, key=lambda m: m.start):
        if match.start < last or match.start == match.end:
            continue
        if match.start > last:
            runs.append(Text(text=text[last : match.start]))
        runs.append(Citation(text=text[match.start : match.end], reference=match.reference))
        last = match.end
    if last < len(text):
        runs.append(Text(text=text[last:]))
    return Paragraph(runs=tuple(runs))
