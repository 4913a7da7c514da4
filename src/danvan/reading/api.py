"""``danvan.read``: a path, bytes or a binary file into a Report or a Plan; ``read_text`` for a str.

Decided once, to stay unambiguous: :func:`read` takes a path (``str`` or ``os.PathLike``),
``bytes`` or a binary file object, and a ``str`` is always a path, as with :func:`open`.
Text already in memory goes through :func:`read_text`. The format comes from ``format=``,
else from the file suffix, else from the content; whichever way, the content is checked
against it (a .docx is a zip, plain text has no NUL bytes), and a mismatch is a
:class:`~danvan.reading.registry.FormatMismatchError` naming both.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any

import attrs

from danvan.model import Document, ReadFinding
from danvan.model.origin import Origin, SourceLocation
from danvan.reading.decode import looks_like_text
from danvan.reading.registry import (
    FormatMismatchError,
    Reader,
    ReadError,
    UnknownFormatError,
    accepted_formats,
    get_reader,
    reader_for_suffix,
    sniffers,
)
from danvan.reading.text import looks_like_markdown

__all__ = ["MAX_SOURCE_BYTES", "SNIFF_BYTES", "read", "read_text"]

MAX_SOURCE_BYTES = 64 * 1024 * 1024
"""Sources larger than this (64 MiB) are refused before reading: no report is that large."""

SNIFF_BYTES = 64 * 1024
"""How much of the start of a source a reader's ``sniff`` sees."""

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]


def _too_large(name: str, size: int) -> ReadError:
    return ReadError(
        f"{name}: {size} bytes is over the reading limit of {MAX_SOURCE_BYTES} bytes "
        "(danvan.reading.api.MAX_SOURCE_BYTES)"
    )


def _load(source: Any) -> tuple[bytes, str, str | None]:
    """The bytes, a name for messages and findings, and the file suffix (None when unknown)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_SOURCE_BYTES:
            raise _too_large("<bytes>", len(data))
        return data, "<bytes>", None
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if isinstance(source, str) and ("\n" in source or not path.exists()):
            hint = (
                "; to read text held in a str use danvan.read_text(text)"
                if "\n" in source or len(source) > 255
                else ""
            )
            shown = source if len(source) <= 80 else source[:77] + "..."
            raise ReadError(f"no such file: {shown!r}{hint}")
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise ReadError(f"{path}: is a folder, not a document file")
            if size > MAX_SOURCE_BYTES:
                raise _too_large(str(path), size)
            data = path.read_bytes()
        except OSError as error:
            raise ReadError(f"cannot read {path}: {error.strerror or error}") from error
        return data, str(path), path.suffix or None
    read_method = getattr(source, "read", None)
    if callable(read_method):
        name = getattr(source, "name", None)
        name = name if isinstance(name, str) else "<file>"
        try:
            data = read_method(MAX_SOURCE_BYTES + 1)
        except OSError as error:
            raise ReadError(f"cannot read {name}: {error}") from error
        if isinstance(data, str):
            raise ReadError(
                f"{name} is open in text mode; open it in binary mode ('rb') "
                "or pass its text to danvan.read_text"
            )
        if not isinstance(data, (bytes, bytearray)):
            raise ReadError(f"{name}: read() returned {type(data).__name__}, not bytes")
        if len(data) > MAX_SOURCE_BYTES:
            raise _too_large(name, len(data))
        suffix = Path(name).suffix if name != "<file>" else ""
        return bytes(data), name, suffix or None
    raise ReadError(
        f"danvan.read takes a path, bytes or a binary file, not {type(source).__name__}; "
        "for text in a str use danvan.read_text"
    )


def _with_finding(document: Document, finding: ReadFinding) -> Document:
    origin = document.origin or Origin()
    return attrs.evolve(document, origin=attrs.evolve(origin, findings=(finding, *origin.findings)))


def _legacy_word(head: bytes) -> str:
    """A hint for an OLE2 compound file (the container of Word 97-2003 .doc files)."""
    if not head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ""
    return (
        "; it is an OLE2 compound file, most likely a Word 97-2003 document (.doc): open it "
        "in Word or LibreOffice and save it as .docx (Word Document), then read that"
    )


def _choose(head: bytes, name: str, suffix: str | None, format: str | None) -> Reader:
    if format is not None:
        reader = get_reader(format)
        if not reader.sniff(head):
            found = [r.name for r in sniffers() if r.name != reader.name and r.sniff(head)]
            looks = f"; it looks like {found[0]}" if found else ""
            raise FormatMismatchError(f"{name}: the content is not {format}{looks}")
        return reader
    if suffix is not None:
        reader_or_none = reader_for_suffix(suffix)
        if reader_or_none is None:
            raise UnknownFormatError(
                f"{name}: danvan does not read {suffix!r} files; formats danvan reads: "
                f"{accepted_formats()}{_legacy_word(head)}"
            )
        if not reader_or_none.sniff(head):
            found = [r.name for r in sniffers() if r.name != reader_or_none.name and r.sniff(head)]
            looks = (
                f"; its content looks like {found[0]}"
                if found
                else _legacy_word(head) or "; it looks like binary data"
            )
            raise FormatMismatchError(
                f"{name}: named {suffix!r} but the content is not {reader_or_none.name}{looks}"
            )
        return reader_or_none
    for reader in sniffers():
        if reader.name in ("text", "markdown"):
            continue
        if reader.sniff(head):
            return reader
    if looks_like_text(head):
        return get_reader("markdown" if looks_like_markdown(head) else "text")
    raise UnknownFormatError(
        f"{name}: the content is in no format danvan reads ({accepted_formats()})"
        f"{_legacy_word(head)}"
    )


def read(source: Source, format: str | None = None) -> Document:
    """Read a report or plan (Báo cáo, Kế hoạch) from a file path, bytes or a binary file.

    ``format`` ("text", "markdown", "docx", or a plugin's name) overrides detection. The
    returned document's ``origin`` holds the source name, every finding (repairs, lines that
    could not be placed) and where each part was read. A ``str`` is a path; use
    :func:`read_text` for text in memory.
    """
    data, name, suffix = _load(source)
    if not data.strip():
        raise ReadError(f"{name}: the source is empty")
    head = data[:SNIFF_BYTES]
    reader = _choose(head, name, suffix, format)
    # A .txt with Markdown markers ("**KT. GIÁM ĐỐC", "# I. ...") is read as Markdown,
    # so the markers do not end up in the text; say so.
    markdown_in_txt = format is None and reader.name == "text" and suffix is not None
    if markdown_in_txt and looks_like_markdown(head):
        document = get_reader("markdown").read(data, source_name=name)
        return _with_finding(
            document,
            ReadFinding(
                code="R003",
                message="the text has Markdown markers (**, #, <sup>): read as Markdown",
                location=SourceLocation(source=name),
            ),
        )
    return reader.read(data, source_name=name)


def read_text(text: str, *, format: str = "text", source_name: str | None = None) -> Document:
    """Read a report or plan from text in memory ("text" or "markdown"; Markdown markers are
    honoured in either)."""
    if not isinstance(text, str):
        raise ReadError(f"read_text takes a str, not {type(text).__name__}; use danvan.read")
    if format not in ("text", "markdown"):
        raise UnknownFormatError(
            f"read_text reads 'text' or 'markdown', not {format!r}; use danvan.read for files"
        )
    data = text.encode("utf-8")
    if len(data) > MAX_SOURCE_BYTES:
        raise _too_large(source_name or "<text>", len(data))
    return _named(data, format, source_name or "<text>")


def _named(data: bytes, format: str, source_name: str) -> Document:
    if not data.strip():
        raise ReadError(f"{source_name}: the source is empty")
    reader = get_reader(format)
    return reader.read(data, source_name=source_name)
