"""The documentation of a clone points only at files of the clone: every relative link resolves
inside the repository and exists (no "../shared/...", which only the maintainers' machines have)."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    [
        ROOT / "README.md",
        ROOT / "CHANGELOG.md",
        *ROOT.glob("docs/**/*.md"),
        *ROOT.glob("examples/**/*.md"),
        *ROOT.glob("benchmarks/**/*.md"),
    ]
)

# [text](target), ![alt](target), [label]: target, and src="..." / href="..." in inline HTML.
_LINKS = re.compile(
    r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
    r"|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)"
    r"|\b(?:src|href)=\"([^\"]+)\"",
    re.MULTILINE,
)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)


def _local_targets(page: Path) -> list[str]:
    text = _CODE.sub("", page.read_text(encoding="utf-8"))  # code is not a link
    targets = []
    for match in _LINKS.finditer(text):
        target = next(group for group in match.groups() if group)
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or target.startswith("#"):
            continue  # a web address or an anchor on the same page
        targets.append(unquote(parts.path))
    return targets


DOC_PAGES = sorted(ROOT.glob("docs/**/*.md"))


@pytest.mark.parametrize("page", DOC_PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_docs_do_not_send_the_reader_outside_the_repository(page: Path) -> None:
    """Not even as a path in code: "../shared/..." exists only on the maintainers' machines.

    (README.md and benchmarks/ may name the corpus folder: they say how tests find it.)
    """
    text = page.read_text(encoding="utf-8")
    assert "../shared" not in text
    assert "/work/" not in text


def test_there_are_pages_and_links_to_check() -> None:
    assert len(PAGES) >= 5
    assert sum(len(_local_targets(page)) for page in PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_relative_link_stays_in_the_repository_and_exists(page: Path) -> None:
    for target in _local_targets(page):
        resolved = (page.parent / target).resolve()
        assert resolved.is_relative_to(ROOT), f"{target!r} points outside the repository"
        assert resolved.exists(), f"{target!r} does not exist"
