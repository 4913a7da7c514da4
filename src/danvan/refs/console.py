"""What ``danvan refs`` prints (dòng lệnh): line and column of an offset, text safe for a terminal.

Both are linear in the text: :class:`LineIndex` finds the line starts once and answers
each offset with a binary search (the command used to count the lines from the start of
the file for every reference, quadratic on a large file), and :func:`for_terminal` drops
the control characters and escape sequences a hostile file could use to rewrite the
user's terminal (xóa màn hình, đổi tiêu đề cửa sổ, giả dòng lệnh).
"""

from __future__ import annotations

import bisect
import re

__all__ = ["LineIndex", "for_terminal", "json_for_terminal"]


class LineIndex:
    """The start offset of every line of a text, for "line:column" in messages (1-based)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        starts.extend(match.end() for match in re.finditer("\n", text))
        self._starts = starts

    def position(self, offset: int) -> str:
        """ "line:column" of a character offset (both counted from 1)."""
        line = bisect.bisect_right(self._starts, offset) - 1
        return f"{line + 1}:{offset - self._starts[line] + 1}"


# ECMA-48 sequences: CSI (ESC [ or U+009B, parameters, one final byte), the string
# commands OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ or U+0090/8D/98/9E/9F, up to BEL or ST), and the
# two-character escapes (ESC and one byte); then any single C0 or C1 control left.
# Every part is a single run of one character class, so matching stays linear.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x8d\x98\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)
_C1_AND_DEL = re.compile(r"[\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """``text`` without terminal control sequences (C0/C1 controls, ANSI/ECMA-48 escapes).

    A tab is kept, a line break too (callers print one finding per line and have already
    collapsed the reference's own whitespace).
    """
    return _ESCAPES.sub("", text)


def json_for_terminal(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with DEL and C1 controls escaped.

    ``json.dumps`` escapes C0 controls (ESC becomes ``\\u001b``) but prints U+007F-U+009F
    as they are; escaping them too keeps the data exact and the terminal untouched.
    """
    return _C1_AND_DEL.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
