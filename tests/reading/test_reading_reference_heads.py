"""The recognizer finds reference heads once per document and skips the extractor where none is
(issue 9 §7, speed): the citations read must be exactly those the extractor finds piece by piece.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import danvan
from danvan.reading import read, structure
from danvan.reading._context import Context
from danvan.reading.source import SourceDocument
from danvan.refs.find import ReferenceMatch, extract_references
from hypothesis_profiles import scaled

FIXTURES = Path(__file__).parent / "fixtures"

# Pieces of legal citations and of the prose around them; joined without spaces too, so
# heads start inside words, run across piece boundaries, and lists continue.
_TOKENS = [
    "Nghị quyết",
    "nghị quyết",
    "NGHỊ QUYẾT",
    "định",
    " số ",
    "số",
    "12-NQ/TW",
    "04/2015/NĐ-CP",
    "Luật",
    "Bộ luật",
    " Lao động",
    " năm 2019",
    "Kế hoạch",
    "Quyết định",
    " ngày 05/3/2024",
    " của Ban Bí thư",
    " và ",
    ", ",
    ": ",
    "Thông tư",
    "Hiến pháp",
    "Chỉ thị",
    "Kết luận số 114-KL/TW",
    "công tác",
    "cán bộ",
    "Đề án",
    "Báo cáo số 5/BC-UBND",
    " ",
    "\n",
    "x",
    "2",
    "(",
    "¹",
    "İ",  # lower-cased as two characters: the prefilter's candidates give way to the rule
    "Quye\u0302\u0301t đi\u0323nh",  # NFD: the extractor reads an NFC copy
]

tokens = st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=14)


def _runs() -> structure._Runs:
    return structure._Runs(Context(SourceDocument(items=())), {})


@given(st.lists(tokens, min_size=1, max_size=6), st.data())
@settings(max_examples=scaled(3))
def test_a_piece_reads_the_references_the_extractor_finds_in_it(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    texts = ["".join(words) for words in paragraphs]
    runs = _runs()
    runs.find_heads(texts)
    for words, text in zip(paragraphs, texts, strict=True):
        # pieces cut where emphasis or a footnote would: mostly between tokens
        cuts = sorted({0, len(text), *(len("".join(words[:i])) for i in range(len(words)))})
        start = data.draw(st.sampled_from(cuts) | st.integers(0, len(text)))
        end = data.draw(
            st.sampled_from([c for c in cuts if c >= start]) | st.integers(start, len(text))
        )
        piece = text[start:end]
        assert runs.references(piece, text, start) == extract_references(piece)
        assert runs.references(text, text, 0) == extract_references(text)


def test_a_piece_inside_a_word_or_not_at_its_place_is_searched() -> None:
    runs = _runs()
    text = "Căn cứ Bộ Luật Lao động năm 2019 và Nghị quyết số 12-NQ/TW"
    runs.find_heads([text])
    # "Luật Lao động ..." alone is a head the whole text does not have at that place
    at, end = text.index("Luật"), text.index(" và")
    assert runs.references(text[at:end], text, at) == extract_references(text[at:end])
    assert runs.references(text[at:end], text, at)
    # a piece cut inside a word: alone, it starts a head the whole text does not have there
    glued = "xNghị quyết số 12-NQ/TW"
    runs.find_heads([glued])
    assert runs.references(glued[1:], glued, 1) == extract_references(glued[1:])
    assert runs.references(glued[1:], glued, 1)
    # a piece whose offset is wrong is searched, not judged by another text's heads
    assert runs.references("Nghị quyết số 12-NQ/TW", text, 0) == extract_references(
        "Nghị quyết số 12-NQ/TW"
    )


def _without_heads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structure._Runs, "find_heads", lambda self, texts: None)


def _read_all(sources: list[bytes]) -> list[danvan.Document]:
    documents = [read(data) for data in sources]
    documents += [read(bytes(danvan.render(d, "docx")), format="docx") for d in documents]
    return documents


def _same_with_and_without_heads(sources: list[bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[str] = []

    def counted(text: str) -> list[ReferenceMatch]:
        searched.append(text)
        return extract_references(text)

    monkeypatch.setattr(structure, "extract_references", counted)
    fast = _read_all(sources)
    fast_searches = len(searched)
    monkeypatch.setattr(structure._Runs, "find_heads", lambda self, texts: None)
    slow = _read_all(sources)
    assert fast_searches < len(searched) - fast_searches  # the heads did spare searches
    assert len(fast) == len(slow) > 0
    for one, other in zip(fast, slow, strict=True):
        assert one == other
        assert one.origin == other.origin
        assert one.references == other.references


def test_fixtures_read_the_same_with_and_without_the_heads_found_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _same_with_and_without_heads(
        [path.read_bytes() for path in sorted(FIXTURES.iterdir())], monkeypatch
    )


def test_corpus_reads_the_same_with_and_without_the_heads_found_first(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same_with_and_without_heads(
        [path.read_bytes() for path in sorted(corpus_dir.glob("*.txt"))], monkeypatch
    )
