"""Numbering schemes for sections (đánh số phần, mục): I., 1., a) for the State; I-, 1- for the Party.

Only renderers number sections, so the schemes live with them; ``danvan.NumberingScheme``
stays the public name.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import cast

import attrs

from danvan.errors import InvalidValueError
from danvan.model import _validators as v
from danvan.vn.numbering import roman, vietnamese_letter

__all__ = ["Counter", "LevelStyle", "NumberingScheme"]


class Counter(enum.Enum):
    """How a level counts."""

    ROMAN = "roman"
    """I, II, III."""
    ARABIC = "arabic"
    """1, 2, 3."""
    LETTER = "letter"
    """a, b, c, d, đ, e, g (Vietnamese letter order)."""

    def label(self, index: int) -> str:
        """The label of the ``index``-th item (1-based)."""
        if self is Counter.ROMAN:
            return roman(index)
        if self is Counter.ARABIC:
            return str(index)
        return vietnamese_letter(index)


@attrs.frozen(kw_only=True)
class LevelStyle:
    """One level of a numbering scheme: how it counts and the punctuation after the label."""

    counter: Counter = attrs.field(validator=v.instance_of(Counter))
    suffix: str = attrs.field(converter=v.text, validator=v.instance_of(str))

    def format(self, label: str) -> str:
        """ "II" → "II." (or "II-")."""
        return f"{label}{self.suffix}"


def _levels(value: Iterable[LevelStyle]) -> tuple[LevelStyle, ...]:
    """Converter: the levels as a tuple (typed, so the constructor reads ``Iterable[LevelStyle]``)."""
    return cast("tuple[LevelStyle, ...]", v.to_tuple(value))


@attrs.frozen(kw_only=True)
class NumberingScheme:
    """Đánh số: one style per depth; deeper levels than defined get bullets in renderers."""

    levels: tuple[LevelStyle, ...] = attrs.field(
        converter=_levels, validator=v.tuple_of(LevelStyle, "các cấp")
    )

    def style(self, depth: int) -> LevelStyle | None:
        """The style of ``depth`` (0 = mục I.), or ``None`` past the last level."""
        if depth < 0:
            raise InvalidValueError("NumberingScheme.depth", depth, "depth starts at 0")
        return self.levels[depth] if depth < len(self.levels) else None

    def label(self, depth: int, index: int) -> str | None:
        """The printed label of the ``index``-th (1-based) section at ``depth``: "II.", "3.", "đ)"."""
        style = self.style(depth)
        return None if style is None else style.format(style.counter.label(index))

    @classmethod
    def state(cls) -> NumberingScheme:
        """Nghị định 30: mục "I.", khoản "1.", điểm "a)"."""
        return cls(
            levels=(
                LevelStyle(counter=Counter.ROMAN, suffix="."),
                LevelStyle(counter=Counter.ARABIC, suffix="."),
                LevelStyle(counter=Counter.LETTER, suffix=")"),
            )
        )

    @classmethod
    def party(cls) -> NumberingScheme:
        """Party practice (Hướng dẫn 36-HD/VPTW era): "I-", "1-", "a)" [điểm form unverified]."""
        return cls(
            levels=(
                LevelStyle(counter=Counter.ROMAN, suffix="-"),
                LevelStyle(counter=Counter.ARABIC, suffix="-"),
                LevelStyle(counter=Counter.LETTER, suffix=")"),
            )
        )
