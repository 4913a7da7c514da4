"""Appendices (phụ lục, Mục III.1): each on a new page, in its own section.

"Phụ lục I" (14, bold), the title in capitals, the italic "(Kèm theo Báo cáo số ... của
...)" line generated from the parent document, a short rule, then the blocks. The section
break that precedes each appendix restarts its page numbers at 1 (renderer.py).
"""

from __future__ import annotations

from danvan.model import Appendix, BaseDocument
from danvan.rendering.docx import _styles as s
from danvan.rendering.docx.body import RULE_SHARE, DocxWriter
from danvan.rendering.layout import appendix_label, attachment_line

__all__ = ["write_appendix"]


def write_appendix(writer: DocxWriter, document: BaseDocument, index: int, count: int) -> None:
    """Appendix ``index`` (0-based) of ``count``: label, title, Kèm theo line, rule, content."""
    appendix: Appendix = document.appendices[index]
    style = writer.style
    writer.paragraph(s.APPENDIX_LABEL, appendix_label(index, count))
    writer.paragraph(s.APPENDIX_TITLE, appendix.title.upper())
    line = attachment_line(document)
    writer.paragraph(s.ATTACHMENT, line)
    writer.rule(line, style.attachment_size, writer.text_width, share=RULE_SHARE)
    writer.spacer()
    writer.blocks(appendix.blocks, 0)
