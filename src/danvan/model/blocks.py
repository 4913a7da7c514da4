"""Body blocks: paragraphs (đoạn), bullet lists (gạch đầu dòng), tables (bảng) and sections (phần, mục)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.model.indicators import IndicatorTable
from danvan.model.inline import INLINE_TYPES, Citation, Footnote, Inline, Text
from danvan.model.origin import SourceLocation
from danvan.model.reference import LegalReference
from danvan.model.tasks import TaskTable

__all__ = [
    "BLOCK_TYPES",
    "Block",
    "BulletItem",
    "BulletList",
    "Paragraph",
    "Section",
    "Table",
    "Unplaced",
    "iter_blocks",
]

BULLET_MARKERS = ("-", "+")


_RUN_ITEMS = v.tuple_of(INLINE_TYPES, "the runs of a paragraph")


def _runs(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _RUN_ITEMS(instance, attribute, value)
    _text_run(instance, attribute, value)


def _text_run(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value and not isinstance(value[0], Footnote):  # the common case: text comes first
        return
    if not any(not isinstance(run, Footnote) for run in value):
        raise v.fail(
            instance,
            attribute.name,
            value,
            "a paragraph (đoạn văn) needs at least one run of text besides footnotes",
        )


_LABEL = v.label("a section number is a label without spaces such as 'I', '2' or 'a'")


@attrs.frozen(kw_only=True)
class Paragraph:
    """Đoạn văn: a sequence of inline runs. ``Paragraph.of("text", Emphasis(...))`` builds one."""

    runs: tuple[Inline, ...] = attrs.field(converter=v.inlines, validator=_runs)

    @classmethod
    def of(cls, *parts: str | Inline) -> Paragraph:
        """Build from strings (plain text runs) and inline runs, in order."""
        return cls(runs=tuple(Text(text=p) if isinstance(p, str) else p for p in parts))

    @property
    def text(self) -> str:
        """The visible text, footnotes left out."""
        return "".join(run.text for run in self.runs if not isinstance(run, Footnote))

    @property
    def footnotes(self) -> tuple[Footnote, ...]:
        """The footnotes anchored in this paragraph, in order."""
        return tuple(run for run in self.runs if isinstance(run, Footnote))

    @property
    def references(self) -> tuple[LegalReference, ...]:
        """The legal references embedded in this paragraph, in order."""
        return tuple(run.reference for run in self.runs if isinstance(run, Citation))


def _as_paragraph(value: Any) -> Any:
    return Paragraph.of(value) if isinstance(value, str) else value


@attrs.frozen(kw_only=True)
class BulletItem:
    """One bullet (ý gạch đầu dòng) with an optional nested list ("-" then "+")."""

    content: Paragraph = attrs.field(validator=v.instance_of(Paragraph, "nội dung"))
    children: BulletList | None = attrs.field(default=None)
    blocks: tuple[Paragraph, ...] = attrs.field(
        factory=tuple, converter=v.to_tuple, validator=v.tuple_of(Paragraph, "đoạn thuộc ý")
    )
    """Plain paragraphs the item owns, printed after its content and before ``children``:
    "- Về kiện toàn tổ chức bộ máy" followed by the paragraph that reports on it."""

    @children.validator
    def _check_children(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        _CHILDREN(self, attribute, value)


def _marker(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in BULLET_MARKERS:
        raise v.fail(
            instance,
            attribute.name,
            value,
            f"a bullet marker is one of {', '.join(map(repr, BULLET_MARKERS))}",
        )


@attrs.frozen(kw_only=True)
class BulletList:
    """Danh sách gạch đầu dòng. Items print with ``marker`` ("-" by default, "+" when nested)."""

    items: tuple[BulletItem, ...] = attrs.field(
        converter=v.bullet_items, validator=v.tuple_of(BulletItem, "the bullets (các ý)")
    )
    marker: str = attrs.field(default="-", validator=_marker)

    def __attrs_post_init__(self) -> None:
        if not self.items:
            raise v.fail(self, "items", (), "a bullet list needs at least one item")

    @classmethod
    def of(cls, *items: str | Paragraph | BulletItem, marker: str = "-") -> BulletList:
        """Build from strings, paragraphs or items."""
        built = tuple(
            item if isinstance(item, BulletItem) else BulletItem(content=_as_paragraph(item))
            for item in items
        )
        return cls(items=built, marker=marker)


_CHILDREN = v.optional(v.instance_of(BulletList, "ý con"))
setattr(_runs, v.CHECKS_IN_TURN, (_RUN_ITEMS, _text_run))
setattr(BulletItem._check_children, v.CHECKS_IN_TURN, (_CHILDREN,))


def _cells(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.tuple_of(str, "the cells of a row")(instance, attribute, value)


def _rows(value: Any) -> Any:
    value = v.to_tuple(value)
    if isinstance(value, tuple):
        return tuple(v.text_tuple(row) for row in value)
    return value


@attrs.frozen(kw_only=True)
class Table:
    """Bảng: a header row and body rows of text cells, every row as wide as the header."""

    header: tuple[str, ...] = attrs.field(converter=v.text_tuple, validator=_cells)
    rows: tuple[tuple[str, ...], ...] = attrs.field(factory=tuple, converter=_rows)
    caption: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tên bảng")),
    )

    def __attrs_post_init__(self) -> None:
        if not self.header:
            raise v.fail(self, "header", (), "a table needs at least one column")
        if not isinstance(self.rows, tuple):
            raise v.fail(self, "rows", self.rows, "rows must be a list of rows")
        for index, row in enumerate(self.rows):
            if not isinstance(row, tuple) or not all(isinstance(cell, str) for cell in row):
                raise v.fail(self, f"rows[{index}]", row, "a row is a list of text cells")
            if len(row) != len(self.header):
                raise v.fail(
                    self,
                    f"rows[{index}]",
                    row,
                    f"every row has as many cells as the header ({len(self.header)})",
                )


@attrs.frozen(kw_only=True)
class Section:
    """Phần, mục, khoản, điểm: a numbered part with an optional title and nested blocks.

    ``number`` keeps the label read from a source ("II", "3", "đ"); leave it ``None``
    and renderers number by position and depth (I., 1., a)). A section without a title
    (khoản without a title) prints its number in front of its first paragraph.
    """

    title: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tiêu đề")),
    )
    blocks: tuple[Block, ...] = attrs.field(factory=tuple, converter=v.blocks)
    number: str | None = attrs.field(default=None, converter=v.optional_text, validator=_LABEL)
    prefix: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "Phần, Chương")),
    )
    """The word before the number of a level above "I.": "Phần" ("Phần I"), "Chương"."""
    run_in: bool = attrs.field(
        default=False, validator=v.instance_of(bool, "tiêu đề liền nội dung")
    )
    """The first paragraph follows the title on the same line: "VI. KIẾN NGHỊ, ĐỀ XUẤT: (Không)."."""
    citations: tuple[Citation, ...] = attrs.field(
        factory=tuple, converter=v.to_tuple, validator=v.tuple_of(Citation, "trích dẫn ở tiêu đề")
    )
    """The citations written in the title, in order; each one's text stands in the title."""

    _repr_html_ = notebook_view  # Jupyter shows this part on its own

    def __attrs_post_init__(self) -> None:
        _SECTION_BLOCKS(self, _SECTION_BLOCKS_FIELD, self.blocks)
        self._check_parts()

    def _check_parts(self) -> None:
        """The rules between the fields, once the blocks are known to be blocks."""
        if self.title is None and not self.blocks:
            raise v.fail(self, "title", None, "a section needs a title or some content")
        if self.prefix is not None and self.number is None:
            raise v.fail(self, "prefix", self.prefix, "a prefix ('Phần') goes with a number")
        if self.run_in and (
            self.title is None or not self.blocks or not isinstance(self.blocks[0], Paragraph)
        ):
            raise v.fail(
                self,
                "run_in",
                True,
                "a run-in title needs a title and a first paragraph to run into",
            )
        for index, citation in enumerate(self.citations):
            if self.title is None or citation.text not in self.title:
                raise v.fail(
                    self,
                    f"citations[{index}]",
                    citation.text,
                    "a title's citation is text that stands in the title",
                )


def _unplaced_lines(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    v.tuple_of(str, "the lines (các dòng)")(instance, attribute, value)
    if not any(line.strip() for line in value):
        raise v.fail(instance, attribute.name, value, "unplaced text has at least one visible line")


@attrs.frozen(kw_only=True)
class Unplaced:
    """Chưa xếp được: text a reader could not place in the structure, kept as written with
    where it came from; renderers print it as plain paragraphs, one a line. Never dropped."""

    lines: tuple[str, ...] = attrs.field(converter=v.text_tuple, validator=_unplaced_lines)
    location: SourceLocation | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(SourceLocation, "vị trí"))
    )


Block = Paragraph | BulletList | Table | IndicatorTable | TaskTable | Section | Unplaced
BLOCK_TYPES: tuple[type, ...] = (
    Paragraph,
    BulletList,
    Table,
    IndicatorTable,
    TaskTable,
    Section,
    Unplaced,
)
_SECTION_BLOCKS = v.tuple_of(BLOCK_TYPES, "the blocks of a section")
_SECTION_BLOCKS_FIELD = attrs.fields(Section).blocks
# A reader that has built the blocks from their tags calls only Section._check_parts.
setattr(Section, v.POST_INIT_SPLIT, ("blocks", frozenset(BLOCK_TYPES), "_check_parts"))


def iter_blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    """Every block in document order, descending into sections and nested bullet lists' owners."""
    for block in blocks:
        yield block
        if isinstance(block, Section):
            yield from iter_blocks(block.blocks)


def iter_citations(blocks: tuple[Block, ...]) -> Iterator[Citation]:
    """Every citation in document order: in section titles and in paragraphs' runs."""
    for block in blocks:
        if isinstance(block, Section):
            yield from block.citations
            yield from iter_citations(block.blocks)
        elif isinstance(block, Paragraph):
            yield from (run for run in block.runs if isinstance(run, Citation))
        elif isinstance(block, BulletList):
            for paragraph in _list_paragraphs(block):
                yield from (run for run in paragraph.runs if isinstance(run, Citation))


def iter_paragraphs(blocks: tuple[Block, ...]) -> Iterator[Paragraph]:
    """Every paragraph in document order, including those inside bullet lists."""
    for block in iter_blocks(blocks):
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, BulletList):
            yield from _list_paragraphs(block)


def _list_paragraphs(bullets: BulletList) -> Iterator[Paragraph]:
    for item in bullets.items:
        yield item.content
        yield from item.blocks
        if item.children is not None:
            yield from _list_paragraphs(item.children)
