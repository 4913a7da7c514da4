"""What a rule sees (ngữ cảnh kiểm tra): the document, the date it is judged for, and its parts.

Rules return :class:`Hit`; the engine turns each into a :class:`~danvan.Finding` with the
rule's code, name and severity from the catalog, and with the file, line and column when
the document was read from a file. Parts are named the way a clerk reads them:
"header.subject", "bases[1]", "II.2.b", "recipients", "appendix[0]"; a label path met
twice (two sections numbered "1" under "I") is told apart by occurrence: "I.1", "I.1#2".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs

from danvan.model import (
    BaseDocument,
    Block,
    BulletList,
    DocumentSystem,
    FindingStatus,
    Fix,
    Paragraph,
    Section,
)
from danvan.vn.numbering import roman, vietnamese_letter

__all__ = ["Context", "Hit", "ParagraphAt", "SectionAt", "unique_part"]

Path = tuple[str | int, ...]


@attrs.frozen(kw_only=True)
class Hit:
    """One place a rule is broken: the message, the part, what was expected and found, a fix."""

    message: str
    part: str | None = None
    expected: str | None = None
    found: str | None = None
    fix: Fix | None = None
    status: FindingStatus = FindingStatus.FAIL
    needle: str | None = None
    """Text to look for in the source, from the part's line on, to report the exact line and
    column (a symbol, a word); without it the part's own line is reported."""
    line: int | None = None
    """The exact source line (from 1), when the rule read it itself."""


@attrs.frozen(kw_only=True)
class SectionAt:
    """A section with its label path ("II.2.b"), its field path, depth and siblings."""

    section: Section
    part: str
    path: Path
    depth: int
    index: int
    siblings: tuple[Section, ...]


@attrs.frozen(kw_only=True)
class ParagraphAt:
    """A paragraph with the part it belongs to and its field path from the document."""

    paragraph: Paragraph
    part: str
    path: Path


def unique_part(part: str, seen: dict[str, int]) -> str:
    """``part``, or "part#n" when it is the n-th section met with that label path."""
    seen[part] = seen.get(part, 0) + 1
    return part if seen[part] == 1 else f"{part}#{seen[part]}"


def _default_label(depth: int, position: int) -> str:
    if depth == 0:
        return roman(position)
    if depth == 1:
        return str(position)
    return vietnamese_letter(position) if position <= 23 else str(position)


@attrs.frozen(kw_only=True)
class Context:
    """The document being checked and the date (``on``) its rules are judged for."""

    document: BaseDocument
    on: dt.date
    today: dt.date
    cache: dict[str, Any] = attrs.field(factory=dict, eq=False)
    """Work shared by several rules of one run (the refs pass, for one)."""

    @property
    def system(self) -> DocumentSystem:
        """State or Party, from the symbol (hệ thống văn bản)."""
        return self.document.system

    @property
    def origin(self) -> Any:
        """Where a document read from a file came from (None for one built in code)."""
        return getattr(self.document, "origin", None)

    def sections(self) -> Iterator[SectionAt]:
        """Every section of the body, in order, with its label path as a clerk reads it.

        Label paths are unique: a path met again in document order (two sections both
        numbered "1" under "I") gets "#n" for its n-th occurrence ("I.1#2", "I.1#2.a").
        """
        yield from self._sections(self.document.body, ("body",), "", 0, {})

    def _sections(
        self,
        blocks: tuple[Block, ...],
        path: Path,
        prefix: str,
        depth: int,
        seen: dict[str, int],
    ) -> Iterator[SectionAt]:
        siblings = tuple(block for block in blocks if isinstance(block, Section))
        position = 0
        for index, block in enumerate(blocks):
            if not isinstance(block, Section):
                continue
            position += 1
            label = block.number or _default_label(depth, position)
            label = label.rstrip(".)-") or label
            part = unique_part(f"{prefix}.{label}" if prefix else label, seen)
            here = (*path, index)
            yield SectionAt(
                section=block,
                part=part,
                path=here,
                depth=depth,
                index=position - 1,
                siblings=siblings,
            )
            yield from self._sections(block.blocks, (*here, "blocks"), part, depth + 1, seen)

    def paragraphs(self) -> Iterator[ParagraphAt]:
        """Every paragraph with its part: bases, introduction, body (bullets too), closing, appendices."""
        document = self.document
        for name, part in (("bases", "bases"), ("introduction", "introduction")):
            for index, paragraph in enumerate(getattr(document, name)):
                yield ParagraphAt(paragraph=paragraph, part=f"{part}[{index}]", path=(name, index))
        seen: dict[str, int] = {}
        yield from self._block_paragraphs(document.body, ("body",), "body", 0, seen)
        for index, paragraph in enumerate(document.closing):
            yield ParagraphAt(
                paragraph=paragraph, part=f"closing[{index}]", path=("closing", index)
            )
        for index, appendix in enumerate(document.appendices):
            yield from self._block_paragraphs(
                appendix.blocks, ("appendices", index, "blocks"), f"appendix[{index}]", 0, seen
            )

    def _block_paragraphs(
        self, blocks: tuple[Block, ...], path: Path, part: str, depth: int, seen: dict[str, int]
    ) -> Iterator[ParagraphAt]:
        position = 0
        for index, block in enumerate(blocks):
            here = (*path, index)
            if isinstance(block, Paragraph):
                yield ParagraphAt(paragraph=block, part=part, path=here)
            elif isinstance(block, BulletList):
                yield from self._bullet_paragraphs(block, here, part)
            elif isinstance(block, Section):
                position += 1
                label = (block.number or _default_label(depth, position)).rstrip(".)-") or "?"
                inner = label if part in ("body", "") else f"{part}.{label}"
                if part.startswith("appendix"):
                    inner = f"{part}.{label}"
                inner = unique_part(inner, seen)
                yield from self._block_paragraphs(
                    block.blocks, (*here, "blocks"), inner, depth + 1, seen
                )

    def _bullet_paragraphs(
        self, bullets: BulletList, path: Path, part: str
    ) -> Iterator[ParagraphAt]:
        for index, item in enumerate(bullets.items):
            yield ParagraphAt(
                paragraph=item.content, part=part, path=(*path, "items", index, "content")
            )
            if item.children is not None:
                yield from self._bullet_paragraphs(
                    item.children, (*path, "items", index, "children"), part
                )
