"""Atomic file writing: a temp file beside the target, then a rename, so a good file is never half-overwritten.

The file gets the permissions any file the user creates gets (``0o666`` less the umask, so
0644 with the usual umask 022; the folder's default ACL applies too), and overwriting keeps
the permission bits of the file it replaces: a report on a shared drive or behind a web
server stays readable by the people who could read the old one.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path

__all__ = ["write_atomic"]

_NEW_FILE_MODE = 0o666
"""What ``open()`` asks for a new file; the kernel takes the umask off (as for any program)."""

_ATTEMPTS = 100


def _existing_mode(target: Path) -> int | None:
    """The permission bits of the regular file at ``target``, or None when there is none."""
    try:
        status = os.stat(target)
    except OSError:
        return None
    return stat.S_IMODE(status.st_mode) & 0o777 if stat.S_ISREG(status.st_mode) else None


def _create_temp(target: Path) -> tuple[int, str]:
    """Create a fresh temporary file beside ``target`` with the mode a new user file gets."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(_ATTEMPTS):
        name = str(target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return os.open(name, flags, _NEW_FILE_MODE), name
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file beside {target}")


def write_atomic(path: str | os.PathLike[str], data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (UTF-8 for text) and return the resolved path.

    The data goes to a temporary file in the same folder, is flushed to disk and then
    renamed over ``path``; if anything fails, ``path`` keeps its old content. A new file
    gets ``0o666`` less the umask; an overwritten file keeps its permission bits.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    keep_mode = _existing_mode(target)
    fd, temp_name = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_mode is not None:
            os.chmod(temp_name, keep_mode)
        os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    return target.resolve()
