"""Appendices (phụ lục, Mục III.1): each on a new page, in its own section.

"Phụ lục I" (14, bold), the title in capitals, the italic "(Kèm theo Báo cáo số ... của
...)" line generated from the parent document, a short rule, then the blocks. The section
break that precedes each appendix restarts its page numbers at 1 (renderer.py).
"""

from __future__ import annotations

from danvan.rendering.docx import _styles as s
from danvan.rendering.docx.body import RULE_SHARE, DocxWriter
from danvan.rendering.walker import AppendixHeading

__all__ = ["write_appendix"]


def write_appendix(writer: DocxWriter, heading: AppendixHeading) -> None:
    """An appendix's heading: label, title, Kèm theo line, rule (its blocks follow)."""
    writer.paragraph(s.APPENDIX_LABEL, heading.label)
    writer.paragraph(s.APPENDIX_TITLE, heading.title)
    writer.paragraph(s.ATTACHMENT, heading.attachment)
    writer.rule(
        heading.attachment, writer.style.attachment_size, writer.text_width, share=RULE_SHARE
    )
    writer.spacer()
