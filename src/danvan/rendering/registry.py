"""The renderer registry (bộ trình bày): plugins found through the ``danvan.renderers`` entry points.

Built-in renderers register exactly as a third-party package does, in its
``pyproject.toml``::

    [project.entry-points."danvan.renderers"]
    pdf = "my_package.pdf:PdfRenderer"

An entry point names a class (instantiated without arguments) or an instance. Plugins
are loaded lazily, on first use: a plugin that fails to import is reported by name when
it is asked for or listed, never as a traceback when ``danvan`` is imported.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

import attrs

from danvan._files import write_atomic
from danvan._plugins import PluginEntry, PluginTable
from danvan.errors import DanvanError, clip, excerpt
from danvan.model import BaseDocument

__all__ = [
    "ENTRY_POINT_GROUP",
    "RenderError",
    "Renderer",
    "RendererInfo",
    "RendererLoadError",
    "UnknownRendererError",
    "get_renderer",
    "register_renderer",
    "render",
    "renderers",
]

ENTRY_POINT_GROUP = "danvan.renderers"


@runtime_checkable
class Renderer(Protocol):
    """What a renderer provides: a ``name``, the ``media_type`` and file ``suffix`` of its output,
    and ``render(document, **options) -> bytes``.

    Unknown options must raise :class:`danvan.errors.InvalidValueError` naming the option.
    """

    name: str
    media_type: str
    suffix: str

    def render(self, document: BaseDocument, /, **options: Any) -> bytes:
        """The rendered document as bytes (UTF-8 for text formats)."""
        ...


class UnknownRendererError(DanvanError, LookupError):
    """No renderer of that name is installed; the message lists the known ones."""


class RendererLoadError(DanvanError):
    """A renderer plugin is installed but failed to load (import error, wrong object)."""


class RenderError(DanvanError):
    """A renderer failed on a document; the original exception is chained as ``__cause__``."""


@attrs.frozen(kw_only=True)
class RendererInfo:
    """One installed renderer as :func:`renderers` lists it; ``error`` says why a broken one failed."""

    name: str
    media_type: str | None
    suffix: str | None
    source: str
    error: str | None = None

    @property
    def ok(self) -> bool:
        """True when the renderer loaded."""
        return self.error is None


def _problem(candidate: object) -> str | None:
    if not isinstance(candidate, Renderer):
        return "is not a Renderer (needs name, media_type, suffix and render())"
    return None


_table: PluginTable[Renderer] = PluginTable(
    ENTRY_POINT_GROUP, "renderer", _problem, RendererLoadError
)
_discover = _table.entries
_load = _table.load


def register_renderer(renderer: Renderer, *, replace: bool = False) -> None:
    """Register a renderer at run time (a notebook, a test); entry points are the normal way."""
    _table.register(renderer, replace=replace)


def get_renderer(name: str) -> Renderer:
    """The renderer called ``name``; :class:`UnknownRendererError` lists the installed ones."""
    if not isinstance(name, str):
        raise UnknownRendererError(
            f"a renderer name is a str such as 'docx' or 'text', not {type(name).__name__} "
            f"{excerpt(name)}; installed renderers: {', '.join(sorted(_discover()))}"
        )
    entries = _discover()
    entry = entries.get(name)
    if entry is None:
        known = ", ".join(sorted(entries)) or "none (is danvan installed with pip?)"
        raise UnknownRendererError(f"no renderer named {name!r}; installed renderers: {known}")
    return _load(entry)


def renderers() -> list[RendererInfo]:
    """Every installed renderer, loaded ones with their media type, broken ones with their error."""
    infos = []
    for name, entry in sorted(_discover().items()):
        try:
            renderer = _load(entry)
        except RendererLoadError:
            infos.append(
                RendererInfo(
                    name=name, media_type=None, suffix=None, source=entry.source, error=entry.error
                )
            )
        else:
            infos.append(
                RendererInfo(
                    name=name,
                    media_type=renderer.media_type,
                    suffix=renderer.suffix,
                    source=entry.source,
                )
            )
    return infos


_BUILTIN_SUFFIXES: Mapping[str, str] = {
    ".docx": "docx",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".text": "text",
    ".json": "json",
}
"""The suffixes of the built-in formats (with the aliases their readers accept)."""

_FOREIGN_SUFFIXES: Mapping[str, str] = {
    ".doc": "a Word 97-2003 document",
    ".dot": "a Word 97-2003 template",
    ".dotx": "a Word template",
    ".docm": "a macro-enabled Word document",
    ".rtf": "a Rich Text document",
    ".odt": "an OpenDocument text",
    ".pdf": "a PDF",
}
"""Suffixes of formats no built-in renderer writes: a file named so would not open as one."""


def _check_suffix(renderer: Renderer, format: str, target: str | os.PathLike[str]) -> None:
    """Refuse a target whose suffix names another format than the one written (the suffix rule).

    A target may carry the renderer's own suffix, an alias of it (".text", ".markdown",
    ".htm"), or a suffix of no known format (none, ".bc"); it may not carry the suffix of
    another built-in format (a .docx named "x.txt") nor of a format danvan writes none of
    (a .docx named "x.doc" would not open in Word as a .doc).
    """
    suffix = os.path.splitext(os.fspath(target))[1].lower()
    own = (renderer.suffix or "").lower()
    if not suffix or suffix == own or _BUILTIN_SUFFIXES.get(suffix) == format:
        return
    named = _FOREIGN_SUFFIXES.get(suffix)
    if named is None and suffix in _BUILTIN_SUFFIXES:
        named = f"the {_BUILTIN_SUFFIXES[suffix]} format"
    if named is not None:
        raise RenderError(
            f"the {format!r} renderer writes {own or 'its own'} files, but the target "
            f"{os.fspath(target)!r} ends in {suffix!r}, {named}: a file's suffix must name "
            f"the format written; name it with {own or 'another suffix'}"
            + (
                f" (or render with the {_BUILTIN_SUFFIXES[suffix]!r} renderer)"
                if suffix in _BUILTIN_SUFFIXES
                else ""
            )
        )


def render(
    document: BaseDocument,
    format: str,
    target: str | os.PathLike[str] | None = None,
    /,
    **options: Any,
) -> bytes:
    """Render ``document`` with the renderer called ``format`` and return the bytes.

    With ``target`` the bytes are also written there atomically: a temporary file is
    renamed over the target only once rendering succeeded, so an existing good file
    survives a failed render. A target whose suffix names another format is refused
    (a .docx named "bao-cao.doc" or "bao-cao.txt"); the renderer's own suffix, its
    aliases (".text", ".markdown", ".htm") and unknown suffixes are written as asked.
    """
    if not isinstance(document, BaseDocument):
        raise RenderError(
            f"render() takes a Report or a Plan, not {type(document).__name__}; "
            "read JSON with danvan.from_json first"
        )
    renderer = get_renderer(format)
    if target is not None and not isinstance(target, (str, os.PathLike)):
        raise RenderError(
            f"render() writes to a path (str or pathlib.Path), not {type(target).__name__} "
            f"{excerpt(target)}"
        )
    if target is not None:
        _check_suffix(renderer, format, target)
    try:
        data = renderer.render(document, **options)
    except DanvanError:
        raise
    except Exception as error:
        raise RenderError(
            f"the renderer {format!r} failed on this document: {type(error).__name__}: "
            f"{clip(str(error))}"
        ) from error
    if not isinstance(data, bytes):
        raise RenderError(f"the renderer {format!r} returned {type(data).__name__}, not bytes")
    if target is not None:
        try:
            write_atomic(target, data)
        except OSError as error:
            raise RenderError(
                f"cannot write the {format} rendering to {os.fspath(target)!r}: "
                f"{error.strerror or error}"
            ) from error
    return data


def _reset_for_tests(entries: Mapping[str, PluginEntry[Renderer]] | None = None) -> None:
    """Forget discovered plugins (tests that install or break plugins use this)."""
    _table.reset(entries)
