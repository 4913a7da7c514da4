"""Readers (bộ đọc): .txt, .md and (through plugins) .docx into the model, nothing lost.

``danvan.read(path_or_bytes_or_file)`` and ``danvan.read_text(text)``; readers register
through the ``danvan.readers`` entry points (:mod:`danvan.reading.registry`). Every reader
produces a :class:`~danvan.reading.source.SourceDocument` and hands it to the one
structure recognizer, :func:`danvan.reading.structure.recognize`.
"""

from danvan.reading.api import read, read_text
from danvan.reading.registry import (
    FormatMismatchError,
    Reader,
    ReaderInfo,
    ReaderLoadError,
    ReadError,
    UnknownFormatError,
    get_reader,
    readers,
    register_reader,
)

__all__ = [
    "FormatMismatchError",
    "ReadError",
    "Reader",
    "ReaderInfo",
    "ReaderLoadError",
    "UnknownFormatError",
    "get_reader",
    "read",
    "read_text",
    "readers",
    "register_reader",
]
