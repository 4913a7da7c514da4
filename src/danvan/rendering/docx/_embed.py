"""The model embedded in the .docx danvan writes (dữ liệu gốc), so the file reads back equal.

The renderer stores the document's JSON (``danvan.to_json``) in a part of its own,
``/word/danvan-model.json``, related from word/document.xml by a relationship of type
:data:`MODEL_RELTYPE`.
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
from typing import TYPE_CHECKING, Any

from lxml import etree

if TYPE_CHECKING:
    from danvan.rendering.docx._package import DocxPackage

__all__ = ["MODEL_MEMBER", "MODEL_RELTYPE", "embed_model", "text_digest"]

MODEL_RELTYPE = "urn:danvan:relationship:model"
MODEL_MEMBER = "word/danvan-model.json"
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
    package: DocxPackage, payload: dict[str, Any], roots: Iterable[etree._Element | None]
) -> None:
    """Add word/danvan-model.json: ``payload`` (the document as ``to_dict`` gives it) and the
    digest of the text under ``roots`` (document.xml's root, the footnotes' root)."""
    blob = json.dumps(
        {"danvan_model": 1, "text_sha256": text_digest(roots), "document": payload},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    ).encode("utf-8")
    # The same entry the package writer keeps for its other added parts: (part name,
    # content type, relationship type, bytes); the relationship goes from document.xml.
    package._added.append((MODEL_MEMBER, "application/json", MODEL_RELTYPE, blob))
