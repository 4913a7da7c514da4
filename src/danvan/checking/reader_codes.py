"""The reader's finding codes (mã phát hiện khi đọc, R…) as the checker selects and documents them.

A reader records what it repaired, converted or could not place as a
:class:`~danvan.model.ReadFinding` with an R code; ``check`` reports them with its own
findings. They are not rules of the catalog (``data/rules.json``): they describe the
reading, not the document. This table gives each code the built-in readers use a one-line
summary, for ``docs/rules.md``, ``--select`` / ``--ignore`` and the SARIF rule entries. A
plugin reader may use other R codes: they are selected by prefix like these and described
by their hundred's group.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["READER_CODES", "READER_GROUPS", "is_reader_selector", "reader_summary"]

READER_GROUPS: Mapping[str, str] = MappingProxyType(
    {
        "R0": "the input: its format, encoding and normalisation",
        "R1": "repairs of the text (a wrapped line joined, a page number left out)",
        "R2": "what could not be placed or was guessed (kept as unplaced text)",
        "R3": "specifics of .docx files (tracked changes, list numbering, embedded model)",
    }
)
"""What each hundred of reader codes is about, by its first two characters."""

READER_CODES: Mapping[str, str] = MappingProxyType(
    {
        "R003": "a text with Markdown markers (**, #, <sup>) read as Markdown",
        "R010": "a text decoded as UTF-16 by its byte order mark",
        "R011": "text not in Unicode NFC (dựng sẵn) normalised",
        "R012": "text in a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258) converted",
        "R013": "non-breaking or other wide spaces read as spaces, invisible characters (zero-width space, soft hyphen) left out",
        "R101": "a wrapped line (in a sentence, a title, the header or a recipient) joined",
        "R102": "a place and date split over several lines joined",
        "R103": "a subject (trích yếu) over several lines joined",
        "R104": "a mark respelled with the tone mark on the first vowel (hỏa)",
        "R105": "two header columns copied onto one line with one space split at the national title, the motto or the place and date",
        "R106": "a place and date written otherwise than the decree's form (ngày 5 tháng 1) printed in that form",
        "R111": "the number and symbol (số, ký hiệu) repaired",
        "R121": "a page number left out",
        "R122": "a running head left out",
        "R123": "a page number with its running head left out",
        "R124": "a table copied one cell per line read as a table",
        "R125": "a column heading read as the standard header of an indicator table",
        "R126": "a digital signature's stamp placed with the signature",
        "R127": "a note ('đã ký') split from the signer's name",
        "R128": "a signature's title split from 'Nơi nhận:' on the same line",
        "R131": "a paragraph after a bullet read as part of that bullet",
        "R132": "table rows of unequal width padded with empty cells",
        "R133": "appendix items that are not all indicator lines read as sections",
        "R134": "the parts (trong đó) of an indicator do not add up",
        "R135": "appendix items under labels other than 1, 2, 3 read as indicators",
        "R136": "a numbered line that ends a sentence, with nothing under it, read as the item's content",
        "R137": "a table copied with tabs between its cells read as a table",
        "R138": "the place and date read at the end of the body, above the closing block",
        "R201": "text that is no part of the model kept as unplaced text",
        "R202": "a section that could not be built kept as unplaced text",
        "R203": "a table or appendix that could not be built",
        "R204": "no subject (trích yếu) under the title",
        "R205": "no title (BÁO CÁO, KẾ HOẠCH): the document type guessed",
        "R206": "no issuing agency (cơ quan ban hành) in the source",
        "R207": "no place and date (địa danh, ngày tháng) in the source",
        "R208": "a footnote without an anchor kept as unplaced text",
        "R209": "a symbol naming another document type kept as unplaced text",
        "R210": "the document held as read (parts an issued document needs are missing)",
        "R211": "a number line 'Số:' without a symbol",
        "R212": "a number and symbol that could not be read",
        "R213": "a place and date that could not be read",
        "R214": "more than two agency lines: all but the last read as the parent",
        "R215": "recipients (nơi nhận) that could not be read",
        "R216": "a signature that could not be read",
        "R217": "an appendix without a title: its label stands as title",
        "R218": "a mark (dự thảo, độ mật, độ khẩn) kept as written",
        "R219": "cells that do not fit their table's header kept as unplaced text",
        "R220": "a digital signature's stamp in a document with no signature kept as unplaced",
        "R301": "tracked changes read as accepted",
        "R302": "Word's Latin list letters read in the Vietnamese sequence",
        "R303": "a list number format danvan does not know read as decimal",
        "R304": "the text of an imported chunk (w:altChunk) read as plain lines",
        "R305": "an imported chunk of a kind danvan does not read: its text is missing",
        "R306": "hidden text (w:vanish) left out, quoted in the finding",
        "R307": "a table of contents left out (its headings are read where they stand)",
        "R308": "a table's repeated header rows joined into one header",
        "R310": "read from the model danvan embedded when it rendered the file",
        "R311": "the embedded model not used (text edited since, or damaged)",
    }
)
"""Every R code the built-in readers record, with what it means, in code order."""

_SELECTOR = re.compile(r"R[0-9]{0,3}")


def is_reader_selector(key: str) -> bool:
    """Whether ``key`` names reader findings: "R", a prefix ("R1", "R10") or a code ("R101")."""
    return _SELECTOR.fullmatch(key) is not None


def reader_summary(code: str) -> str:
    """What the reader code means: its own line, or its hundred's group for a plugin's code."""
    known = READER_CODES.get(code)
    if known is not None:
        return known
    group = READER_GROUPS.get(code[:2])
    return f"a reader finding about {group}" if group else "a reader finding"
