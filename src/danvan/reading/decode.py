"""Bytes of a text file to NFC text (giải mã): UTF-8 with or without BOM, UTF-16 by its BOM.

Legacy Vietnamese encodings (TCVN3, VNI, Windows-1258) are recognised by
``danvan.reading.encodings`` when it is present; without it a non-UTF-8 file is a clear
:class:`~danvan.reading.registry.ReadError`, never mojibake.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from danvan.model import ReadFinding
from danvan.model.origin import SourceLocation
from danvan.reading.registry import ReadError

__all__ = ["decode_text", "looks_like_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# C0 control characters that never appear in a text document (tab, LF, CR, FF allowed).
_BINARY_CONTROLS = frozenset(set(range(9)) | {11} | set(range(14, 32)))


def looks_like_text(head: bytes) -> bool:
    """True when the first bytes can be a text document: a UTF BOM, or no NUL and few controls."""
    if not head:
        return False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return True
    if b"\x00" in head:
        return False
    controls = sum(1 for byte in head if byte in _BINARY_CONTROLS)
    return controls * 100 <= len(head)


def decode_text(data: bytes, source_name: str) -> tuple[str, list[ReadFinding]]:
    """The NFC text of ``data`` and the findings on decoding it (a BOM, NFD text normalised)."""
    findings: list[ReadFinding] = []
    where = SourceLocation(source=source_name)
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                raise ReadError(
                    f"{source_name}: starts with a {codec} byte order mark but is not "
                    f"{codec} text (byte {error.start})"
                ) from None
            if codec == "utf-16":
                findings.append(
                    ReadFinding(
                        code="R010", message="decoded as UTF-16 (by its BOM)", location=where
                    )
                )
            break
    if text is None:
        if not looks_like_text(data[: 64 * 1024]):
            raise ReadError(f"{source_name}: binary data, not a text document")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            text = _legacy(data, source_name, findings)
            if text is None:
                raise ReadError(
                    f"{source_name}: not UTF-8 text (invalid byte 0x{data[error.start]:02x} at "
                    f"offset {error.start}); save it as UTF-8"
                ) from None
    text = text.lstrip("\ufeff")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        findings.append(
            ReadFinding(
                code="R011",
                message="the text was not in Unicode NFC (dựng sẵn): normalised",
                location=where,
            )
        )
    text = _web_spaces(text, where, findings)
    return text, findings


# a web page's or PDF's spaces: non-breaking (U+00A0 "&nbsp;", U+202F), figure, thin and the
# other fixed-width spaces; invisible characters: zero-width space, joiners, word joiner, a
# byte order mark inside the text, the soft hyphen
_WIDE_SPACES_RE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE_RE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def _web_spaces(text: str, where: SourceLocation, findings: list[ReadFinding]) -> str:
    """Spaces of other widths as ordinary spaces, invisible characters left out (R013): text
    copied from a portal keeps them, and a "Số:\u00a012/BC" or a "\u200bBÁO CÁO" would not
    be read as the number or the type it shows."""
    spaces = len(_WIDE_SPACES_RE.findall(text))
    invisible = len(_INVISIBLE_RE.findall(text))
    if not (spaces or invisible):
        return text
    text = _INVISIBLE_RE.sub("", _WIDE_SPACES_RE.sub(" ", text))
    findings.append(
        ReadFinding(
            code="R013",
            message=(
                f"{spaces} non-breaking or other wide space(s) read as spaces, {invisible} "
                "invisible character(s) (zero-width space, joiner, soft hyphen) left out"
            ),
            location=where,
        )
    )
    return text


def _legacy(data: bytes, source_name: str, findings: list[ReadFinding]) -> str | None:
    """Hook for legacy encodings (TCVN3, VNI, Windows-1258): ``danvan.reading.encodings``."""
    try:
        from danvan.reading import encodings  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    decode = getattr(encodings, "decode_legacy", None)
    if decode is None:
        return None
    result = decode(data, source_name)
    if result is None:
        return None
    text, extra = result
    findings.extend(extra)
    return str(text)
