"""Deprecated alias of :mod:`danvan.rendering.wording` (the shared wording moved there)."""

from danvan.rendering.wording import (
    DRAFT_NUMBER_BLANK,
    MOTTO,
    NATIONAL_TITLE,
    PARTY_TITLE,
    appendix_label,
    attachment_line,
    draft_mark,
    end_body,
    number_line,
    numbered_sections,
    scheme_for,
    section_label,
)

__all__ = [
    "DRAFT_NUMBER_BLANK",
    "MOTTO",
    "NATIONAL_TITLE",
    "PARTY_TITLE",
    "appendix_label",
    "attachment_line",
    "draft_mark",
    "end_body",
    "number_line",
    "numbered_sections",
    "scheme_for",
    "section_label",
]
