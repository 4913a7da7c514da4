"""Legal references (văn bản được viện dẫn): find, check and annotate the documents a text cites.

What eyecite is for US case law, for Vietnamese Party and State documents:

- :func:`extract_references` finds every citation ("Kết luận số 114-KL/TW ngày 14/7/2015
  của Ban Bí thư (khóa XI)") with its character span and its
  :class:`~danvan.model.reference.LegalReference`, completed from the registry;
- :func:`check_references` reports what is wrong with them (:data:`FINDING_CODES`);
- :func:`annotate` wraps them in HTML links; :func:`to_paragraph` turns a text into a
  :class:`~danvan.model.blocks.Paragraph` of Text and Citation runs;
- :class:`Registry` (with :func:`lookup`, :func:`load_registry`) holds the documents
  reports cite most, with their dates, issuers and titles.

The rule for what a reference is and where its span ends is docs/reference-spans.md; the
forms the extractor knows are data, in ``danvan/refs/data/patterns.json``.
"""

from danvan.refs.annotate import annotate
from danvan.refs.find import DEFAULT_REGISTRY, ReferenceMatch, extract_references
from danvan.refs.findings import FINDING_CODES, FindingCode, check_references
from danvan.refs.paragraph import to_paragraph
from danvan.refs.registry import Registry, RegistryEntry, load_registry, lookup

__all__ = [
    "DEFAULT_REGISTRY",
    "FINDING_CODES",
    "FindingCode",
    "ReferenceMatch",
    "Registry",
    "RegistryEntry",
    "annotate",
    "check_references",
    "extract_references",
    "load_registry",
    "lookup",
    "to_paragraph",
]
