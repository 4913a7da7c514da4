"""The model embedded in the .docx danvan writes (dữ liệu gốc), so the file reads back equal.

The renderer stores the document's JSON (``danvan.to_json``) in a package part of its own,
``/danvan/model.json``, reached by a package relationship of type :data:`MODEL_RELTYPE`.
Office programs ignore parts and relationships they do not know (ECMA-376 Part 2, the
Open Packaging Conventions) and drop them when they save. Beside the JSON goes a digest
of the document's visible text (every ``w:t`` of word/document.xml and
word/footnotes.xml): the reader uses the embedded model only while that text is
unchanged, so a file edited after rendering is read from its text instead.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from typing import Any

from docx.document import Document
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

__all__ = ["MODEL_MEMBER", "MODEL_RELTYPE", "embed_model", "text_digest"]

MODEL_RELTYPE = "urn:danvan:relationship:model"
MODEL_MEMBER = "danvan/model.json"
_W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def text_digest(roots: Iterable[etree._Element | None]) -> str:
    """SHA-256 of the text of every ``w:t`` under ``roots``, in order (None roots skipped)."""
    digest = hashlib.sha256()
    for root in roots:
        if root is None:
            continue
        for node in root.iter(_W_T):
            digest.update((node.text or "").encode("utf-8"))
            digest.update(b"\x1f")
        digest.update(b"\x1e")
    return digest.hexdigest()


def embed_model(
    word: Document, payload: dict[str, Any], roots: Iterable[etree._Element | None]
) -> None:
    """Add /danvan/model.json: ``payload`` (the document as ``to_dict`` gives it) and the text digest."""
    package = word.part.package
    assert package is not None
    blob = json.dumps(
        {"danvan_model": 1, "text_sha256": text_digest(roots), "document": payload},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    part = Part(PackURI("/" + MODEL_MEMBER), "application/json", blob, package)
    package.relate_to(part, MODEL_RELTYPE)
