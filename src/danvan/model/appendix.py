"""Appendices (phụ lục): extra pages after the signature, usually the figures of a report."""

from __future__ import annotations

import attrs

from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.model.blocks import BLOCK_TYPES, Block
from danvan.model.indicators import IndicatorTable

__all__ = ["Appendix"]


@attrs.frozen(kw_only=True)
class Appendix:
    """Phụ lục: a title and its content.

    The "Phụ lục I" label and the "(Kèm theo Báo cáo số ... ngày ... của ...)" line are
    generated from the parent document when rendering, so they can never disagree with it.
    """

    title: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the appendix title (tên phụ lục)")
    )
    blocks: tuple[Block, ...] = attrs.field(
        factory=tuple, converter=v.blocks, validator=v.tuple_of(BLOCK_TYPES, "nội dung phụ lục")
    )
    label: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str, "nhãn"))
    )
    """The label as read ("PHỤ LỤC I", "Phụ lục số 02"); ``None`` lets renderers number it."""
    attachment: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "dòng Kèm theo")),
    )
    """The "(Kèm theo Báo cáo số ... )" line as read; renderers print it instead of the one
    generated from the parent, so a checker can compare the two."""

    _repr_html_ = notebook_view  # Jupyter shows this part on its own

    @property
    def indicator_tables(self) -> tuple[IndicatorTable, ...]:
        """The tables of indicators in this appendix (top level)."""
        return tuple(block for block in self.blocks if isinstance(block, IndicatorTable))
