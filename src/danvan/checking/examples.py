"""The bad and good example of each rule, built from one base report and a few edits.

Each example in ``data/rules.json`` is a list of edits ``{"path": "subject", "value": …}``
applied to the JSON form of ``data/example-report.json`` (a fictional department's
report), so every example is a whole, valid document that differs from the base in
exactly what the rule is about.
"""

from __future__ import annotations

import atexit
import copy
import hashlib
import json
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from danvan.errors import InvalidValueError
from danvan.model import BaseDocument

__all__ = ["base_example", "build_example"]


@cache
def _base() -> dict[str, Any]:
    text = (
        resources.files("danvan.checking").joinpath("data/example-report.json").read_text("utf-8")
    )
    data: dict[str, Any] = json.loads(text)
    return data


def base_example() -> BaseDocument:
    """The base report every example starts from."""
    return build_example(())


def _set(data: Any, path: str, value: Any) -> None:
    steps = path.split(".")
    target = data
    for step in steps[:-1]:
        target = target[int(step)] if isinstance(target, list) else target[step]
    last = steps[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


_TEXT_DIR: list[Path] = []


def _text_example(replacements: Sequence[Sequence[str]]) -> BaseDocument:
    """The base report *as a text file* (``data/example-report.txt``) with its lines edited,
    written to a private temporary folder and read back, so rules on how a line is written
    have a source to read."""
    from danvan.reading import read

    text = resources.files("danvan.checking").joinpath("data/example-report.txt").read_text("utf-8")
    for old, new in replacements:
        if old not in text:
            raise InvalidValueError("rule example", old, "text found in example-report.txt")
        text = text.replace(old, new)
    if not _TEXT_DIR:
        folder = Path(tempfile.mkdtemp(prefix="danvan-rule-examples-"))
        atexit.register(shutil.rmtree, folder, True)
        _TEXT_DIR.append(folder)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    path = _TEXT_DIR[0] / f"example-{digest}.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def build_example(edits: Sequence[Mapping[str, Any]] | Mapping[str, Any]) -> BaseDocument:
    """The base report with ``edits`` applied (each ``{"path": "a.0.b", "value": …}``), or,
    for ``{"text": [[old, new], …]}``, the base report as a text file with those
    replacements, read back."""
    from danvan.io import from_dict

    if isinstance(edits, Mapping):
        return _text_example(edits["text"])
    data = copy.deepcopy(_base())
    for edit in edits:
        try:
            _set(data, edit["path"], copy.deepcopy(edit["value"]))
        except (KeyError, IndexError, ValueError, TypeError) as error:
            raise InvalidValueError(
                "rule example", edit, f"an edit of the base report: {error}"
            ) from error
    document = from_dict(data)
    assert isinstance(document, BaseDocument)
    return document
