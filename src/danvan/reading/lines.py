"""Decoded text to source lines (tách dòng): Markdown markers become hints, never stray characters.

Plain text copied from portals and PDFs, and the corpus's own .txt files, carry Markdown
markers ("**KT. GIÁM ĐỐC", "*(Không).*", "^{XT}"), so the plain text and the Markdown readers
share this one pass. It recognises, on each line or block of consecutive lines:

- "#" headings at any level (``heading_level``), a hard break at a line end ("  " or "\\"),
- ``**bold**``, ``*italic*``, ``***both***`` and the ``_`` forms, also across the lines of one
  block ("**ỦY BAN NHÂN\\nDÂN**"), as :class:`~danvan.reading.source.EmphasisSpan`; a marker
  without its partner stays in the text as written,
- superscripts ``<sup>XT</sup>``, ``^{XT}``, ``^XT^``; ``<br>`` as a line break; backslash
  escapes ("\\*"),
- pipe tables ("| a | b |" rows with a "|---|" separator) as :class:`SourceTable`.

Every step is linear in the length of the text: markers are found with one regular
expression without nested quantifiers, and everything between them is copied in slices.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Iterator

from danvan.reading.source import EmphasisSpan, SourceItem, SourceLine, SourceLocation, SourceTable

__all__ = ["split_lines", "to_items"]

_HEADING_RE = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
# Markdown's footnote mark "[^1]" and HTML entities ("&amp;") first: they are no superscript
# marker and no stray "&"
_MARKER_RE = re.compile(
    r"\[\^[0-9]{1,3}\]|&(?:[a-zA-Z]{2,8}|#[0-9]{1,6}|#[xX][0-9a-fA-F]{1,6});"
    r"|\\[!-/:-@\[-`{-~]|\*{1,3}|_{1,3}|<sup>|</sup>|\^\{|\^"
)
# a separator cell: "---", ":--", "--:", and the one-dash ":-", "-:", ":-:" that GFM allows
# (a lone "-" is an empty cell's dash, not a separator)
_SEPARATOR_CELL = r"[ \t]*(?::?-{2,}:?|:-+:?|-+:)[ \t]*"
_TABLE_SEPARATOR_RE = re.compile(rf"\|?{_SEPARATOR_CELL}(\|{_SEPARATOR_CELL})*\|?[ \t]*")
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
# pandoc's bracketed span with attributes: "[text]{.underline}", "[text]{.smallcaps}",
# "[text]{#id lang=vi}"; the attributes are the export's, the text is the document's
_ATTRIBUTE_SPAN_RE = re.compile(
    r"\[([^\[\]\n]*)\]\{(?:[.#][\w-]+|[\w-]+=[^\s{}]+)(?:[ \t]+[^{}\n]*)?\}"
)
_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’…«»–—")


def split_lines(text: str) -> list[str]:
    """The lines of ``text``: "\\r\\n", "\\r" and "\\n" end a line (not the other Unicode breaks,
    so line numbers match what an editor shows)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


class _Run:
    """An emphasis or superscript marker met while scanning, matched later or put back."""

    __slots__ = ("char", "closes", "length", "matched", "opens", "position", "text")

    def __init__(self, text: str, position: int, opens: bool, closes: bool) -> None:
        self.text = text
        self.char = text[0]
        self.length = len(text)
        self.position = position  # index into the segment list
        self.opens = opens
        self.closes = closes
        self.matched = False


def _flanking(source: str, start: int, end: int, char: str) -> tuple[bool, bool]:
    before = source[start - 1] if start > 0 else " "
    after = source[end] if end < len(source) else " "
    opens = not after.isspace()
    closes = not before.isspace()
    if char == "_":
        # intra-word underscores ("snake_case", "VP_XT") are text, not emphasis
        opens = opens and not before.isalnum()
        closes = closes and not after.isalnum()
    if opens and closes and before not in _PUNCT and after not in _PUNCT and char == "*":
        # "a*b": ambiguous in the middle of a word; Markdown allows it for '*', keep both
        pass
    return opens, closes


def _inline(block: str) -> tuple[str, list[tuple[int, int, bool, bool]], list[tuple[int, int]]]:
    """Strip the inline markers of ``block``: the text, emphasis spans and superscript spans.

    Spans are (start, end, bold, italic) and (start, end) in the returned text.
    """
    segments: list[str | _Run] = []
    runs: list[_Run] = []
    last = 0
    sup_open: _Run | None = None
    sups: list[tuple[_Run, _Run]] = []
    for match in _MARKER_RE.finditer(block):
        start, end = match.span()
        token = match.group()
        if start > last:
            segments.append(block[last:start])
        last = end
        if token[0] == "\\":
            segments.append(token[1])
            continue
        if token[0] == "[":
            segments.append(token)  # a footnote mark, kept for the recognizer
            continue
        if token[0] == "&":
            segments.append(html.unescape(token))
            continue
        if token in ("<sup>", "^{") or (token == "^" and sup_open is None):
            if sup_open is None:
                sup_open = _Run(token, 0, True, False)
                segments.append(sup_open)
            else:
                segments.append(token)
            continue
        if token in ("</sup>", "^"):
            if (
                sup_open is not None
                and (sup_open.text == "<sup>") == (token == "</sup>")
                and (sup_open.text != "^{")
            ):
                closer = _Run(token, 0, False, True)
                segments.append(closer)
                sups.append((sup_open, closer))
                sup_open = None
            else:
                segments.append(token)
            continue
        opens, closes = _flanking(block, start, end, token[0])
        run = _Run(token, 0, opens, closes)
        segments.append(run)
        runs.append(run)
    if last < len(block):
        segments.append(block[last:])
    if sup_open is not None and sup_open.text == "^{":
        # "^{...}": the first closing brace after it ends the superscript
        begin = next(i for i, piece in enumerate(segments) if piece is sup_open)
        for index in range(begin + 1, len(segments)):
            piece = segments[index]
            if isinstance(piece, str) and "}" in piece and "\n" not in piece.partition("}")[0]:
                head, _, tail = piece.partition("}")
                closer = _Run("}", 0, False, True)
                segments[index : index + 1] = [head, closer, tail]
                sups.append((sup_open, closer))
                break
            if isinstance(piece, str) and "\n" in piece:
                break
    # emphasis: a closer matches the nearest opener of the same character and length
    stack: list[_Run] = []
    pairs: list[tuple[_Run, _Run]] = []
    for run in runs:
        if run.closes:
            for depth in range(len(stack) - 1, -1, -1):
                opener = stack[depth]
                if opener.char == run.char and opener.length == run.length:
                    opener.matched = run.matched = True
                    pairs.append((opener, run))
                    del stack[depth:]
                    break
            else:
                if run.opens:
                    stack.append(run)
            continue
        if run.opens:
            stack.append(run)
    for opener, closer in sups:
        opener.matched = closer.matched = True
    out: list[str] = []
    offset = 0
    where: dict[int, int] = {}
    for piece in segments:
        if isinstance(piece, str):
            out.append(piece)
            offset += len(piece)
            continue
        where[id(piece)] = offset
        if not piece.matched:
            out.append(piece.text)
            offset += len(piece.text)
    text = "".join(out)
    spans = [(where[id(o)], where[id(c)], o.length >= 2, o.length in (1, 3)) for o, c in pairs]
    supers = [(where[id(o)], where[id(c)]) for o, c in sups]
    return text, spans, supers


def _is_table_row(line: str) -> bool:
    stripped = line.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2 and stripped != "|"


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split("|")]


def _line_items(raws: list[tuple[int, str]], source: str | None) -> Iterator[SourceLine]:
    """One block of consecutive non-blank lines (numbered) as source lines."""
    prepared: list[tuple[int, str, int | None, bool, int]] = []
    for number, raw in raws:
        hard_break = raw.endswith(("  ", "\\")) and bool(raw.strip())
        body = raw.rstrip()
        if body.endswith("\\") and not body.endswith("\\\\"):
            body = body[:-1].rstrip()
        level: int | None = None
        heading = _HEADING_RE.match(body)
        if heading is not None:
            level = len(heading.group(1))
            body = body[heading.end() :].rstrip()
            if body.endswith("#"):
                body = body.rstrip("#").rstrip() or body
        indent = len(body) - len(body.lstrip())
        if "]{" in body:  # pandoc's "[Độc lập - Tự do - Hạnh phúc]{.underline}": the text
            body = _ATTRIBUTE_SPAN_RE.sub(r"\1", body)
        prepared.append((number, body.strip(), level, hard_break, indent))
    joined = "\n".join(body for _, body, _, _, _ in prepared)
    text, spans, supers = _inline(joined)
    lines = text.split("\n")
    if len(lines) != len(prepared):  # a marker swallowed a newline: never happens, be safe
        lines = [body for _, body, _, _, _ in prepared]
        spans, supers = [], []
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    for index, ((number, _, level, hard_break, indent), line) in enumerate(
        zip(prepared, lines, strict=True)
    ):
        begin, finish = starts[index], starts[index] + len(line)
        emphasis = []
        for start, end, bold, italic in spans:
            lo, hi = max(start, begin), min(end, finish)
            if lo < hi:
                emphasis.append(
                    EmphasisSpan(start=lo - begin, end=hi - begin, bold=bold, italic=italic)
                )
        superscripts = tuple(
            (max(a, begin) - begin, min(b, finish) - begin)
            for a, b in supers
            if max(a, begin) < min(b, finish)
        )
        visible = line.strip()
        whole_bold = bool(visible) and any(
            e.bold and e.start <= len(line) - len(line.lstrip()) and e.end >= len(line.rstrip())
            for e in emphasis
        )
        whole_italic = bool(visible) and any(
            e.italic and e.start <= len(line) - len(line.lstrip()) and e.end >= len(line.rstrip())
            for e in emphasis
        )
        yield SourceLine(
            text=line,
            location=SourceLocation(source=source, line=number, column=1 + indent),
            bold=True if whole_bold else None,
            italic=True if whole_italic else None,
            heading_level=level,
            emphasis=tuple(emphasis),
            superscripts=superscripts,
            hard_break=hard_break,
        )


# a grid table's border, as pandoc writes one for cells of several lines: "+-----+-----+",
# "+=====+=====+" under the header
_GRID_BORDER_RE = re.compile(r"\+(?:[-=:]+\+)+")


def _grid_end(block: list[tuple[int, str]], position: int) -> int | None:
    """The end of a grid table starting at ``position`` (a border line), or ``None``: borders
    and "|" rows only, a border first and last, every row as wide as the first border."""
    first = block[position][1].strip()
    stop = position + 1
    last_border = position
    while stop < len(block):
        line = block[stop][1].strip()
        if _GRID_BORDER_RE.fullmatch(line):
            if len(line) != len(first):
                return None
            last_border = stop
        elif not (line.startswith("|") and line.endswith("|") and len(line) == len(first)):
            break
        stop += 1
    return last_border + 1 if last_border > position + 1 else None


def _grid_table(rows: list[tuple[int, str]], source: str | None) -> SourceTable:
    """A grid table's rows: the lines between two borders make one row, cut into cells at
    the "+" of the border above; each cell keeps one line per row line."""
    border = rows[0][1].strip()
    bounds = [index for index, char in enumerate(border) if char == "+"]
    cells: list[tuple[tuple[SourceLine, ...], ...]] = []
    group: list[tuple[int, str]] = []
    for number, raw in rows[1:]:
        line = raw.strip()
        if not _GRID_BORDER_RE.fullmatch(line):
            group.append((number, line))
            continue
        if group:
            row = []
            for left, right in itertools.pairwise(bounds):
                pieces = [(n, text[left + 1 : right].strip()) for n, text in group]
                kept = [(n, piece) for n, piece in pieces if piece] or [(group[0][0], "")]
                lines = list(_line_items(kept, source))
                row.append(
                    tuple(
                        SourceLine(
                            text=item.text,
                            location=SourceLocation(
                                source=source, line=item.location.line, column=left + 3
                            ),
                            bold=item.bold,
                            italic=item.italic,
                            emphasis=item.emphasis,
                            superscripts=item.superscripts,
                        )
                        for item in lines
                    )
                )
            cells.append(tuple(row))
        group = []
    return SourceTable(rows=cells, location=SourceLocation(source=source, line=rows[0][0]))


def _table(rows: list[tuple[int, str]], source: str | None) -> SourceTable:
    cells: list[tuple[tuple[SourceLine, ...], ...]] = []
    for number, raw in rows:
        if _TABLE_SEPARATOR_RE.fullmatch(raw.strip()):
            continue
        row = []
        column = raw.find("|") + 2
        for cell in _cells(raw):
            # "<br>" inside a cell (a Word table exported to Markdown) breaks the cell's lines
            pieces = [p for p in _BR_RE.split(cell) if p.strip()] if "<" in cell else [cell]
            lines = list(_line_items([(number, p) for p in pieces or [cell]], source)) or [
                SourceLine(text="", location=SourceLocation(source=source, line=number))
            ]
            row.append(
                tuple(
                    SourceLine(
                        text=line.text,
                        location=SourceLocation(source=source, line=number, column=max(1, column)),
                        bold=line.bold,
                        italic=line.italic,
                        emphasis=line.emphasis,
                        superscripts=line.superscripts,
                    )
                    for line in lines
                )
            )
            column += len(cell) + 3
        cells.append(tuple(row))
    return SourceTable(rows=cells, location=SourceLocation(source=source, line=rows[0][0]))


def _padded(lines: list[str]) -> bool:
    """Most non-blank lines end with a space or a tab."""
    padded = written = 0
    for line in lines:
        if line and not line.isspace():
            written += 1
            padded += line[-1] in " \t"
    return padded * 2 > written


def to_items(text: str, source: str | None) -> list[SourceItem]:
    """The source lines and tables of decoded ``text`` (blank lines kept, as line breaks matter)."""
    lines = split_lines(text)
    if _padded(lines):
        # a copy that pads its lines with spaces (a PDF's, a portal's): two spaces at a line's
        # end are padding there, not Markdown's line break
        lines = [line.rstrip(" \t") for line in lines]
    # "<br>" breaks a line, but in a pipe table's row it breaks a cell (see _table)
    raw_lines = [
        _BR_RE.sub("  \n", line) if "<" in line and not _is_table_row(line) else line
        for line in lines
    ]
    numbered: list[tuple[int, str]] = []
    for number, raw in enumerate(raw_lines, start=1):
        if "\n" in raw:  # "<br>" inside a line: the pieces share its line number
            numbered.extend((number, piece) for piece in raw.split("\n"))
        else:
            numbered.append((number, raw))
    items: list[SourceItem] = []
    index = 0
    total = len(numbered)
    while index < total:
        number, raw = numbered[index]
        if not raw.strip():
            items.append(SourceLine(text="", location=SourceLocation(source=source, line=number)))
            index += 1
            continue
        end = index
        while end < total and numbered[end][1].strip():
            end += 1
        block = numbered[index:end]
        # a pipe table: two or more "|" rows, one of them a "|---|" separator
        position = 0
        while position < len(block):
            if block[position][1][:5].lstrip().startswith("+-") and _GRID_BORDER_RE.fullmatch(
                block[position][1].strip()
            ):
                grid = _grid_end(block, position)
                if grid is not None:
                    items.append(_grid_table(block[position:grid], source))
                    position = grid
                    continue
            if _is_table_row(block[position][1]):
                stop = position
                while stop < len(block) and _is_table_row(block[stop][1]):
                    stop += 1
                rows = block[position:stop]
                if len(rows) >= 2 and any(
                    _TABLE_SEPARATOR_RE.fullmatch(r.strip()) for _, r in rows
                ):
                    items.append(_table(rows, source))
                    position = stop
                    continue
                items.extend(_line_items(rows, source))
                position = stop
                continue
            stop = position + 1  # the line at position is text: no table starts there
            while (
                stop < len(block)
                and not _is_table_row(block[stop][1])
                and not block[stop][1][:5].lstrip().startswith("+-")  # a grid's border
            ):
                stop += 1
            items.extend(_line_items(block[position:stop], source))
            position = stop
        index = end
    return items
