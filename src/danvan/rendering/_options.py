"""Renderer options checking shared by the built-in renderers (private)."""

from __future__ import annotations

from typing import Any

from danvan.errors import InvalidValueError

__all__ = ["reject_options"]


def reject_options(renderer: str, options: dict[str, Any], allowed: frozenset[str]) -> None:
    """Raise a clear error for any option the renderer does not take."""
    unknown = sorted(set(options) - allowed)
    if unknown:
        takes = ", ".join(sorted(allowed)) or "no options"
        raise InvalidValueError(
            f"render({renderer!r}).{unknown[0]}",
            options[unknown[0]],
            f"the {renderer} renderer takes {takes}",
        )
