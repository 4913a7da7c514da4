"""Inline runs of a paragraph (đoạn văn): text, emphasis, footnotes and embedded citations."""

from __future__ import annotations

import enum
from typing import Any

import attrs

from danvan.model import _validators as v
from danvan.model.reference import LegalReference

__all__ = ["Citation", "Emphasis", "EmphasisKind", "Footnote", "Inline", "Superscript", "Text"]


def _run_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise v.fail(
            instance, attribute.name, value, f"a run's text must be str, not {type(value).__name__}"
        )
    if value == "":
        raise v.fail(instance, attribute.name, value, "a run's text must not be empty")


setattr(_run_text, v.INLINE_CHECK, "if not {x}:\n    raise fail(cl)")  # for a str only


@attrs.frozen(kw_only=True)
class Text:
    """Plain text (chữ thường)."""

    text: str = attrs.field(converter=v.text, validator=_run_text)


class EmphasisKind(enum.Enum):
    """How emphasised text is set."""

    ITALIC = "italic"
    """Chữ nghiêng."""
    BOLD = "bold"
    """Chữ đậm."""
    BOLD_ITALIC = "bold_italic"
    """Chữ đậm nghiêng."""


@attrs.frozen(kw_only=True)
class Emphasis:
    """Emphasised text (nhấn mạnh), italic by default as the corpus sets "(Không)"."""

    text: str = attrs.field(converter=v.text, validator=_run_text)
    kind: EmphasisKind = attrs.field(
        default=EmphasisKind.ITALIC, validator=v.instance_of(EmphasisKind)
    )


@attrs.frozen(kw_only=True)
class Footnote:
    """A footnote (chú thích ở chân trang) anchored where the run stands."""

    text: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the footnote text (nội dung chú thích)")
    )


@attrs.frozen(kw_only=True)
class Citation:
    """A citation of another document as written in the text, with the reference it denotes."""

    text: str = attrs.field(converter=v.text, validator=_run_text)
    reference: LegalReference = attrs.field(
        validator=v.instance_of(LegalReference, "văn bản được viện dẫn")
    )
    emphasis: EmphasisKind | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(EmphasisKind, "nhấn mạnh"))
    )
    """Set when the citation stands inside emphasised text ("(*Quyết định số 247/QĐ-...*)")."""

    @classmethod
    def of(cls, reference: LegalReference) -> Citation:
        """A citation that prints the reference in its canonical full form."""
        return cls(text=reference.format("full"), reference=reference)


@attrs.frozen(kw_only=True)
class Superscript:
    """Chữ chỉ số trên: raised text, as the drafter's initials after the archive line ("VP^XT")."""

    text: str = attrs.field(converter=v.text, validator=_run_text)


Inline = Text | Emphasis | Footnote | Citation | Superscript
INLINE_TYPES: tuple[type, ...] = (Text, Emphasis, Footnote, Citation, Superscript)
