"""The reader registry (bộ đọc): plugins found through the ``danvan.readers`` entry points.

Built-in readers register exactly as a third-party package does, in its
``pyproject.toml``::

    [project.entry-points."danvan.readers"]
    odt = "my_package.odt:OdtReader"

An entry point names a class (instantiated without arguments) or an instance. Plugins load
lazily, on first use; one that fails to import is reported by name when it is asked for or
listed, never as a traceback when ``danvan`` is imported.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

import attrs

from danvan._plugins import PluginEntry, PluginTable
from danvan.errors import DanvanError

if TYPE_CHECKING:
    from danvan.model import Document

__all__ = [
    "ENTRY_POINT_GROUP",
    "FormatMismatchError",
    "ReadError",
    "Reader",
    "ReaderInfo",
    "ReaderLoadError",
    "UnknownFormatError",
    "get_reader",
    "reader_for_suffix",
    "readers",
    "register_reader",
]

ENTRY_POINT_GROUP = "danvan.readers"


class ReadError(DanvanError):
    """The source cannot be read as a document: empty, not text, damaged, over a limit."""


class UnknownFormatError(ReadError, LookupError):
    """No reader for that format name or file suffix; the message lists the known ones."""


class FormatMismatchError(ReadError):
    """The content is not what the suffix or the requested format says (a .docx that is no zip)."""


class ReaderLoadError(DanvanError):
    """A reader plugin is installed but failed to load (import error, wrong object)."""


@runtime_checkable
class Reader(Protocol):
    """What a reader provides.

    ``name`` ("text", "markdown", "docx"), the file ``suffixes`` it reads (".txt"),
    ``sniff(head)`` saying whether the first bytes (up to 64 KiB) look like its format, and
    ``read(data, source_name=...)`` returning a Report or a Plan whose ``origin`` holds the
    findings. A reader never drops text: what it cannot place goes into the document as an
    :class:`~danvan.model.Unplaced` block with a finding. Bad input raises
    :class:`ReadError` (or a subclass), never an exception from a parsing library.
    """

    name: str
    suffixes: tuple[str, ...]

    def sniff(self, head: bytes, /) -> bool:
        """True when ``head`` (the first bytes of the source) looks like this format."""
        ...

    def read(self, data: bytes, /, *, source_name: str | None = None) -> Document:
        """The document in ``data``."""
        ...


@attrs.frozen(kw_only=True)
class ReaderInfo:
    """One installed reader as :func:`readers` lists it; ``error`` says why a broken one failed."""

    name: str
    suffixes: tuple[str, ...]
    source: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the reader loaded."""
        return self.error is None


def _problem(candidate: object) -> str | None:
    if not isinstance(candidate, Reader):
        return "is not a Reader (needs name, suffixes, sniff() and read())"
    suffixes = candidate.suffixes
    if not isinstance(suffixes, tuple) or not all(
        isinstance(s, str) and s.startswith(".") for s in suffixes
    ):
        return "has suffixes that are not a tuple of strings like '.txt'"
    return None


_table: PluginTable[Reader] = PluginTable(ENTRY_POINT_GROUP, "reader", _problem, ReaderLoadError)
_discover = _table.entries
_load = _table.load
_loaded = _table.loaded


def register_reader(reader: Reader, *, replace: bool = False) -> None:
    """Register a reader at run time (a notebook, a test); entry points are the normal way."""
    _table.register(reader, replace=replace)


def accepted_formats() -> str:
    """ "docx (.docx), markdown (.md, .markdown), text (.txt)": for error messages."""
    parts = [
        f"{reader.name} ({', '.join(reader.suffixes)})" if reader.suffixes else reader.name
        for reader in _loaded()
    ]
    return ", ".join(parts) or "none (is danvan installed with pip?)"


def get_reader(name: str) -> Reader:
    """The reader called ``name``; :class:`UnknownFormatError` lists the installed ones."""
    entry = _discover().get(name)
    if entry is None:
        raise UnknownFormatError(
            f"no reader named {name!r}; formats danvan reads: {accepted_formats()}"
        )
    return _load(entry)


def reader_for_suffix(suffix: str) -> Reader | None:
    """The reader that claims the file suffix (".docx", case-insensitive), or ``None``."""
    wanted = suffix.lower()
    for reader in _loaded():
        if wanted in (s.lower() for s in reader.suffixes):
            return reader
    return None


def sniffers() -> list[Reader]:
    """Every loaded reader, the built-in plain text reader last (it accepts any text)."""
    return sorted(_loaded(), key=lambda r: r.name == "text")


def readers() -> list[ReaderInfo]:
    """Every installed reader, loaded ones with their suffixes, broken ones with their error."""
    infos = []
    for name, entry in sorted(_discover().items()):
        try:
            reader = _load(entry)
        except ReaderLoadError:
            infos.append(ReaderInfo(name=name, suffixes=(), source=entry.source, error=entry.error))
        else:
            infos.append(ReaderInfo(name=name, suffixes=reader.suffixes, source=entry.source))
    return infos


def _reset_for_tests(entries: Mapping[str, PluginEntry[Reader]] | None = None) -> None:
    """Forget discovered plugins (tests that install or break plugins use this)."""
    _table.reset(entries)
