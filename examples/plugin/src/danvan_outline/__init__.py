"""Example danvan plugin: the outline (dàn ý) of a document, one heading a line, indented by depth.

Built on :class:`danvan.DocumentWalker`, like danvan's own renderers: the walker walks the
document in the order of Mẫu 1.4 and numbers the sections (continuing after a number kept
from a source); this plugin only says what to print for the title and each section.
"""

from __future__ import annotations

from typing import Any, ClassVar

from danvan import BaseDocument, DocumentWalker, InvalidValueError
from danvan.rendering.walker import AppendixHeading, DocumentTitle, SectionHeading

__all__ = ["OutlineRenderer", "OutlineWalker"]


class OutlineWalker(DocumentWalker):
    """Collects the title, the numbered sections and the appendices' labels."""

    renderer_name = "outline"
    strict: ClassVar[bool] = False  # an outline skips paragraphs, lists and tables on purpose

    def __init__(self) -> None:
        self.lines: list[str] = []

    def visit_title(self, title: DocumentTitle) -> None:
        self.lines.append(f"{title.type_name}: {' '.join(title.subject.split())}")

    def visit_section(self, heading: SectionHeading) -> None:
        text = heading.text or f"{heading.label or '-'} …"
        indent = heading.depth + (1 if heading.in_appendix else 0)
        self.lines.append(f"{'  ' * indent}{' '.join(text.split())}")

    def visit_appendix(self, heading: AppendixHeading) -> None:
        self.lines.append(f"{heading.label}: {' '.join(heading.title.split())}")


class OutlineRenderer:
    """Renders the numbered headings of a Báo cáo or Kế hoạch as indented UTF-8 text."""

    name = "outline"
    media_type = "text/plain; charset=utf-8"
    suffix = ".outline.txt"

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The subject, then one line per section: two spaces of indent per level."""
        if options:
            first = sorted(options)[0]
            raise InvalidValueError(
                f"render('outline').{first}",
                options[first],
                "the outline renderer takes no options",
            )
        walker = OutlineWalker()
        walker.walk(document)
        return ("\n".join(walker.lines) + "\n").encode("utf-8")
