"""One table of plugins found through an entry-point group (renderers, readers).

Both registries load their plugins the same way: discovered lazily from the group, loaded
on first use (a class is instantiated without arguments), checked for the protocol and for
the name it was registered under, and a plugin that fails is remembered with its error and
reported by name, never as a traceback at ``import danvan``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from importlib import metadata
from typing import Generic, TypeVar, cast

import attrs

from danvan.errors import DanvanError

__all__ = ["PluginEntry", "PluginTable"]

T = TypeVar("T")


@attrs.define
class PluginEntry(Generic[T]):
    """One plugin: its name, the package it comes from, and once loaded the plugin or its error."""

    name: str
    source: str
    entry_point: metadata.EntryPoint | None = None
    plugin: T | None = None
    error: str | None = None


class PluginTable(Generic[T]):
    """The plugins of one entry-point group, loaded on first use and checked.

    ``problem(candidate)`` says what is wrong with a loaded object ("is not a Reader …") or
    returns None; ``load_error`` is the danvan error raised for a plugin that failed.
    """

    def __init__(
        self,
        group: str,
        kind: str,
        problem: Callable[[object], str | None],
        load_error: type[DanvanError],
    ) -> None:
        self.group = group
        self.kind = kind
        self.problem = problem
        self.load_error = load_error
        self._lock = threading.Lock()
        self._entries: dict[str, PluginEntry[T]] | None = None

    def entries(self) -> dict[str, PluginEntry[T]]:
        """Every plugin of the group by name (discovered once, loaded lazily)."""
        with self._lock:
            if self._entries is None:
                found: dict[str, PluginEntry[T]] = {}
                for entry_point in metadata.entry_points(group=self.group):
                    source = entry_point.dist.name if entry_point.dist is not None else "unknown"
                    found.setdefault(
                        entry_point.name,
                        PluginEntry(name=entry_point.name, source=source, entry_point=entry_point),
                    )
                self._entries = found
            return self._entries

    def load(self, entry: PluginEntry[T]) -> T:
        """The plugin of ``entry``, loaded and checked once; ``load_error`` if it failed."""
        if entry.plugin is not None:
            return entry.plugin
        if entry.error is None:
            assert entry.entry_point is not None
            try:
                loaded = entry.entry_point.load()
                candidate = loaded() if isinstance(loaded, type) else loaded
            except Exception as error:  # a plugin's import may fail in any way
                entry.error = f"{type(error).__name__}: {error}"
            else:
                problem = self.problem(candidate)
                if problem is not None:
                    entry.error = f"{entry.entry_point.value} {problem}"
                elif getattr(candidate, "name", None) != entry.name:
                    entry.error = (
                        f"{entry.entry_point.value} calls itself "
                        f"{getattr(candidate, 'name', None)!r}, but is registered as {entry.name!r}"
                    )
                else:
                    entry.plugin = cast(T, candidate)
                    return entry.plugin
        raise self.load_error(
            f"the {self.kind} {entry.name!r} from the package {entry.source!r} failed to load: "
            f"{entry.error}"
        )

    def register(self, plugin: T, *, replace: bool = False) -> None:
        """Add ``plugin`` at run time; an existing name needs ``replace=True``."""
        problem = self.problem(plugin)
        if problem is not None:
            raise self.load_error(f"{plugin!r} {problem}")
        name = getattr(plugin, "name", None)
        if not isinstance(name, str):
            raise self.load_error(f"{plugin!r} has no name (a str) to be registered under")
        entries = self.entries()
        with self._lock:
            if name in entries and not replace:
                raise self.load_error(
                    f"a {self.kind} named {name!r} is already registered "
                    f"(from {entries[name].source!r}); pass replace=True to override it"
                )
            entries[name] = PluginEntry(name=name, source="runtime", plugin=plugin)

    def loaded(self) -> list[T]:
        """Every plugin that loads, by name; broken ones are left out (``entries`` has them)."""
        found = []
        for _, entry in sorted(self.entries().items()):
            try:
                found.append(self.load(entry))
            except self.load_error:
                continue
        return found

    def reset(self, entries: Mapping[str, PluginEntry[T]] | None = None) -> None:
        """Forget discovered plugins (tests that install or break plugins use this)."""
        with self._lock:
            self._entries = None if entries is None else dict(entries)
