"""The reference extractor against hand-labelled gold references of the three real documents.

``tests/refs/gold/<corpus file stem>.json`` holds, for each corpus file, the references a
person labelled by the rules of docs/reference-spans.md: their character spans (Python
``str`` offsets into the file as read, UTF-8 decoded, not normalized) and their fields.
The gold files carry no corpus text, only offsets and the short fields; the sha256 of
each corpus file tells when the corpus changed under the labels.

Scores are micro-averaged over the three files: span precision and recall (a predicted
span counts only when its start and end both equal a gold span's) and, over the matched
spans, the accuracy of each field. Text fields are compared after NFC and collapsing
runs of whitespace (a page break inside an issuer is not a difference of meaning).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pytest

from danvan.model.number import DocumentNumber
from danvan.model.types import DocumentType
from danvan.vn.dates import PartialDate

pytestmark = pytest.mark.corpus

GOLD_DIR = Path(__file__).resolve().parent / "gold"
CORPUS_FILES = (
    "dong-thap-2020-bao-cao-kl114.txt",
    "hung-yen-2023-ke-hoach-dan-van.txt",
    "son-la-2021-bao-cao-qcdc.txt",
)
FIELDS = ("type", "symbol", "number", "year", "date", "issuer", "term", "title", "name")
THRESHOLD = 0.97
# The type words of docs/reference-spans.md, longest first.
TYPE_WORDS = sorted(
    (
        "Nghị quyết", "Quyết định", "Chỉ thị", "Kết luận", "Kế hoạch", "Công văn", "Hướng dẫn",
        "Nghị định", "Thông tư", "Thông tư liên tịch", "Luật", "Bộ luật", "Pháp lệnh", "Quy định",
        "Quy chế", "Đề án", "Chương trình", "Thông báo", "Thông tri", "Báo cáo", "Tờ trình",
        "Hiến pháp",
    ),
    key=len,
    reverse=True,
)  # fmt: skip
TERM_RE = re.compile(r"khóa [IVXLC]+")


def gold_path(corpus_file: str) -> Path:
    return GOLD_DIR / f"{Path(corpus_file).stem}.json"


def load_gold(corpus_file: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(gold_path(corpus_file).read_text(encoding="utf-8"))
    return data


def read_corpus(corpus_dir: Path, corpus_file: str) -> str:
    return (corpus_dir / corpus_file).read_text(encoding="utf-8")


def same_text(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(unicodedata.normalize("NFC", value).split())
    return value


def date_value(value: Any) -> Any:
    """A date as the gold files write it: "YYYY-MM-DD", or {"year", "month"} when partial."""
    if isinstance(value, PartialDate):
        if value.is_complete:
            return value.to_date().isoformat()
        return {"year": value.year, "month": value.month}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def predicted_fields(reference: Any) -> dict[str, Any]:
    """The gold fields of a :class:`~danvan.model.reference.LegalReference`."""
    kind = reference.document_type
    return {
        "type": None if kind is None else kind.value,
        "symbol": None if reference.symbol is None else str(reference.symbol),
        "number": reference.number,
        "year": reference.year,
        "date": date_value(reference.date),
        "issuer": reference.issuer,
        "term": reference.term,
        "title": reference.title,
        "name": reference.name,
    }


def field_equal(field: str, gold: Any, predicted: Any) -> bool:
    if field == "date":
        return bool(gold == predicted)
    return bool(same_text(gold) == same_text(predicted))


# -- the gold files themselves ---------------------------------------------------------
@pytest.mark.parametrize("corpus_file", CORPUS_FILES)
def test_gold_file_is_sane(corpus_dir: Path, corpus_file: str) -> None:
    gold = load_gold(corpus_file)
    raw = (corpus_dir / corpus_file).read_bytes()
    assert gold["file"] == corpus_file
    assert gold["sha256"] == hashlib.sha256(raw).hexdigest(), (
        f"{corpus_file} changed since it was labelled: check the gold spans, then update sha256"
    )
    assert "not normalized" in gold["offsets"]
    assert all(isinstance(note, str) and note for note in gold["notes"])
    text = raw.decode("utf-8")
    references = gold["references"]
    assert references
    previous_end = 0
    for index, ref in enumerate(references):
        where = f"{corpus_file} references[{index}]"
        assert set(ref) == {"start", "end", *FIELDS}, where  # no copied corpus text
        start, end = ref["start"], ref["end"]
        assert 0 <= start < end <= len(text), where
        assert start >= previous_end, f"{where}: not sorted or overlapping"
        previous_end = end
        span = text[start:end]
        assert any(span.casefold().startswith(word.casefold()) for word in TYPE_WORDS), where
        assert span == span.strip(), where
        assert not span.endswith((",", ";", ".", ":")), where
        if span.endswith(")"):
            assert re.search(r"\((?i:khóa) [IVXLC]+\)$", span), where
        assert DocumentType(ref["type"]), where
        symbol = ref["symbol"]
        if symbol is not None:
            parsed = DocumentNumber.parse(symbol)
            assert str(parsed) == symbol, where
            assert parsed.number == ref["number"], where
            assert parsed.year == ref["year"], where
        else:
            assert ref["name"] is not None or ref["number"] is not None, where
        if isinstance(ref["date"], str):
            dt.date.fromisoformat(ref["date"])
        else:
            assert ref["date"] is None or isinstance(ref["date"], dict), where
        if ref["term"] is not None:
            assert TERM_RE.fullmatch(ref["term"]), where
        if ref["title"] is not None:
            assert ref["title"] in text[end : end + 400], f"{where}: title not after the span"
        if ref["issuer"] is not None:
            assert same_text(ref["issuer"]) in same_text(span) or ref["issuer"] in text, where


def test_every_gold_file_has_its_corpus_file(corpus_dir: Path) -> None:
    """The labelled files are all in the corpus; a corpus file added later without labels is
    reported as a warning (label it to have it measured), not a failure that blocks CI."""
    corpus = sorted(path.name for path in corpus_dir.glob("*.txt"))
    assert set(CORPUS_FILES) <= set(corpus)
    assert sorted(path.name for path in GOLD_DIR.glob("*.json")) == sorted(
        gold_path(name).name for name in CORPUS_FILES
    )
    unlabelled = sorted(set(corpus) - set(CORPUS_FILES))
    if unlabelled:
        warnings.warn(
            f"corpus files without gold labels (not measured): {', '.join(unlabelled)}",
            stacklevel=1,
        )


# -- the extractor against the gold ------------------------------------------------------
def score(corpus_dir: Path) -> tuple[dict[str, float], list[str]]:
    """Micro-averaged span precision/recall and per-field accuracy; and the differences."""
    return score_labelled(
        (name, read_corpus(corpus_dir, name), load_gold(name)["references"])
        for name in CORPUS_FILES
    )


def score_labelled(
    documents: Iterable[tuple[str, str, list[dict[str, Any]]]],
) -> tuple[dict[str, float], list[str]]:
    """Score the extractor on (name, text, gold references) documents: micro-averaged span
    precision/recall, per-field accuracy, and every difference (the fictional gold too)."""
    from danvan.refs import extract_references  # the test fails, not skips, if it is missing

    gold_total = predicted_total = matched = 0
    correct = dict.fromkeys(FIELDS, 0)
    differences: list[str] = []
    for name, text, references in documents:
        gold = {(ref["start"], ref["end"]): ref for ref in references}
        found = extract_references(text, registry=None)
        predicted: Mapping[tuple[int, int], Any] = {(m.start, m.end): m for m in found}
        gold_total += len(gold)
        predicted_total += len(predicted)
        for span in sorted(set(gold) - set(predicted)):
            differences.append(f"{name} missed {span}: {text[span[0] : span[1]]!r}")
        for span in sorted(set(predicted) - set(gold)):
            differences.append(f"{name} extra {span}: {text[span[0] : span[1]]!r}")
        for span in sorted(set(gold) & set(predicted)):
            matched += 1
            fields = predicted_fields(predicted[span].reference)
            for field in FIELDS:
                if field_equal(field, gold[span][field], fields[field]):
                    correct[field] += 1
                else:
                    differences.append(
                        f"{name} {span} {field}: gold {gold[span][field]!r}, "
                        f"found {fields[field]!r}"
                    )
    figures = {
        "span precision": matched / predicted_total if predicted_total else 0.0,
        "span recall": matched / gold_total if gold_total else 0.0,
    }
    for field in FIELDS:
        figures[field] = correct[field] / matched if matched else 0.0
    return figures, differences


def test_extractor_precision_and_recall_against_gold(corpus_dir: Path) -> None:
    figures, differences = score(corpus_dir)
    print("\nreference extraction against the gold labels (micro, 3 files)")
    for name, value in figures.items():
        print(f"  {name:<15} {value:6.3f}")
    for line in differences:
        print("  " + line)
    low = {name: round(value, 3) for name, value in figures.items() if value < THRESHOLD}
    assert not low, f"below {THRESHOLD}: {low}\n" + "\n".join(differences)
