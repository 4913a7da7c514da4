"""Example danvan plugin: the outline (dàn ý) of a document, one heading a line, indented by depth."""

from __future__ import annotations

from typing import Any

from danvan import BaseDocument, Block, DocumentSystem, InvalidValueError, NumberingScheme, Section

__all__ = ["OutlineRenderer"]


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
        party = document.system is DocumentSystem.PARTY
        scheme = NumberingScheme.party() if party else NumberingScheme.state()
        lines = [f"{document.document_type.title}: {document.subject}"]
        self._walk(document.body, scheme, 0, lines)
        return ("\n".join(lines) + "\n").encode("utf-8")

    def _walk(
        self, blocks: tuple[Block, ...], scheme: NumberingScheme, depth: int, lines: list[str]
    ) -> None:
        sections = [block for block in blocks if isinstance(block, Section)]
        for index, section in enumerate(sections, start=1):
            label = scheme.label(depth, index) or "-"
            if section.number is not None:
                label = section.number
            lines.append(f"{'  ' * depth}{label} {section.title or '…'}")
            self._walk(section.blocks, scheme, depth + 1, lines)
