"""Citation rules (văn bản được viện dẫn): the findings of ``danvan.refs``, each with a catalog code.

The whole text of the document is checked in one pass (so "one document cited with two
dates" is seen across paragraphs); each finding is reported at the part it falls in.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from danvan.checking.catalog import catalog
from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.model import Finding

_KEY = "danvan.checking.citations"


def _findings(ctx: Context) -> list[tuple[str, Finding, str]]:
    """(part, finding, excerpt) for every refs finding of the document, computed once."""
    cached = ctx.cache.get(_KEY)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    from danvan.refs import check_references

    subject = ctx.document.subject
    parts = [("header.subject", subject)] if subject is not None else []
    parts += [(where.part, where.paragraph.text) for where in ctx.paragraphs()]
    starts: list[int] = []
    chunks: list[str] = []
    offset = 0
    for _, text in parts:
        starts.append(offset)
        chunks.append(text)
        offset += len(text) + 2
    whole = "\n\n".join(chunks)
    result = []
    for finding in check_references(whole):
        start = finding.span[0] if finding.span else 0
        index = bisect.bisect_right(starts, start) - 1
        excerpt = whole[finding.span[0] : finding.span[1]] if finding.span else ""
        result.append((parts[index][0], finding, excerpt))
    ctx.cache[_KEY] = result
    return result


def _register(code: str, refs_code: str) -> None:
    def evaluate(ctx: Context) -> Iterator[Hit]:
        for part, finding, excerpt in _findings(ctx):
            if finding.code == refs_code:
                yield Hit(
                    message=finding.message,
                    part=part,
                    found=excerpt or None,
                    needle=excerpt or None,
                )

    evaluate.__doc__ = catalog()[code].summary
    implements(code)(evaluate)


for _code, _rule in catalog().items():
    if _rule.refs_code is not None:
        _register(_code, _rule.refs_code)
