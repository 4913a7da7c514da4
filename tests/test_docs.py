"""The documentation (tài liệu) stays true: glossary complete, links alive, code blocks run."""

from __future__ import annotations

import inspect
import re
import types
import unicodedata
from pathlib import Path

import pytest

import danvan
import danvan.vn

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
MARKDOWN_FILES = sorted([ROOT / "README.md", *DOCS.glob("*.md")])

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)
_LINK = re.compile(r"(?<!!)\[[^\]]*\]\((?P<target>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_HEADING = re.compile(r"^#{1,6}\s+(?P<title>.+?)\s*#*\s*$", re.M)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _without_code_blocks(text: str) -> str:
    """The Markdown with fenced blocks blanked out (a "[x](y)" inside code is not a link)."""
    return _FENCE.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _code_blocks(text: str, lang: str) -> list[str]:
    return [m["body"] for m in _FENCE.finditer(text) if m["lang"] == lang]


def _slug(title: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = unicodedata.normalize("NFC", title).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    anchors: set[str] = set()
    seen: dict[str, int] = {}
    for match in _HEADING.finditer(_without_code_blocks(_read(path))):
        slug = _slug(match["title"])
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        anchors.add(slug if count == 0 else f"{slug}-{count}")
    return anchors


# -- (a) the glossary names every public class --------------------------------------------


def _public_types() -> list[str]:
    """Every class, enum and union alias that ``danvan`` exports."""
    names = []
    for name in danvan.__all__:
        obj = getattr(danvan, name, None)
        if inspect.isclass(obj) or isinstance(obj, types.UnionType):
            names.append(name)
    return names


def test_public_api_has_classes_to_document() -> None:
    assert {"Report", "Plan", "DocumentNumber", "Recipients"} <= set(_public_types())


@pytest.mark.parametrize("name", _public_types())
def test_glossary_names_every_public_class(name: str) -> None:
    spans = set(_CODE_SPAN.findall(_read(DOCS / "glossary.md")))
    assert name in spans, f"docs/glossary.md has no row for `{name}` (exported by danvan)"


@pytest.mark.parametrize("name", danvan.vn.__all__)
def test_glossary_names_every_vn_function(name: str) -> None:
    spans = set(_CODE_SPAN.findall(_read(DOCS / "glossary.md")))
    assert f"vn.{name}" in spans, f"docs/glossary.md has no row for `vn.{name}`"


# -- (b) relative links point at files that exist -----------------------------------------


def _relative_links() -> list[tuple[Path, str]]:
    links = []
    for path in MARKDOWN_FILES:
        for match in _LINK.finditer(_without_code_blocks(_read(path))):
            target = match["target"].strip("<>")
            if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I):  # http:, https:, mailto:
                continue
            links.append((path, target))
    return links


def test_docs_have_links() -> None:
    assert len(_relative_links()) > 10


@pytest.mark.parametrize(
    ("source", "target"),
    _relative_links(),
    ids=[f"{p.relative_to(ROOT)}->{t}" for p, t in _relative_links()],
)
def test_relative_link_points_at_existing_file(source: Path, target: str) -> None:
    file_part, _, anchor = target.partition("#")
    destination = (source.parent / file_part).resolve() if file_part else source
    where = source.relative_to(ROOT)
    assert destination.exists(), f"{where}: the link {target!r} points at a missing file"
    if anchor and destination.suffix == ".md":
        assert anchor in _anchors(destination), (
            f"{where}: the link {target!r} names a heading that "
            f"{destination.relative_to(ROOT)} does not have"
        )


# -- (c) the code of the guides runs -------------------------------------------------------


def _run_blocks(path: Path, directory: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """Execute the Python blocks of ``path`` in order, in one namespace, inside ``directory``."""
    monkeypatch.chdir(directory)
    namespace: dict[str, object] = {"__name__": f"docs_{path.stem.replace('-', '_')}"}
    blocks = _code_blocks(_read(path), "python")
    for index, block in enumerate(blocks, start=1):
        code = compile(block, f"{path.relative_to(ROOT)} (Python block {index})", "exec")
        exec(code, namespace)
    return len(blocks)


def test_getting_started_code_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ran = _run_blocks(DOCS / "getting-started.md", tmp_path, monkeypatch)
    assert ran >= 10, "docs/getting-started.md should walk through the API in code"
    assert list(tmp_path.glob("*.json")), "the guide saves a report as JSON"


@pytest.mark.parametrize(
    "path",
    [p for p in DOCS.glob("*.md") if p.name != "getting-started.md" and "```python" in _read(p)],
    ids=lambda p: p.name,
)
def test_other_docs_code_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run_blocks(path, tmp_path, monkeypatch)
