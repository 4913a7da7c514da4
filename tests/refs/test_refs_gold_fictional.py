"""The extractor against hand-labelled gold references of fictional texts (issue 8, §2).

``tests/refs/gold/fictional/*.txt`` are texts written for these tests (no corpus text),
each with the forms the first gold files lacked: one type word followed by several numbers,
issuers with a place abbreviation and its dot, the Constitution named with the state,
numbers with a letter, joint issuer codes written with a space, a law's year written twice,
and lists whose items must not lend each other their metadata. ``*.json`` beside each holds
the labels, in the format of the corpus gold files (see test_refs_gold.py), read by the
same scorer. The span of a list item after the first starts at its "số" or its symbol.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from test_refs_gold import FIELDS, THRESHOLD, score_labelled

from danvan.model.number import DocumentNumber
from danvan.model.types import DocumentType
from danvan.refs import extract_references

FICTIONAL_DIR = Path(__file__).resolve().parent / "gold" / "fictional"
TEXTS = sorted(path.name for path in FICTIONAL_DIR.glob("*.txt"))


def load(name: str) -> tuple[str, dict[str, Any]]:
    text_path = FICTIONAL_DIR / name
    gold = json.loads(text_path.with_suffix(".json").read_text(encoding="utf-8"))
    return text_path.read_bytes().decode("utf-8"), gold


def test_there_are_fictional_gold_files() -> None:
    assert len(TEXTS) >= 2
    for name in TEXTS:
        assert (FICTIONAL_DIR / name).with_suffix(".json").is_file()


@pytest.mark.parametrize("name", TEXTS)
def test_fictional_gold_file_is_sane(name: str) -> None:
    text, gold = load(name)
    assert gold["file"] == name
    raw = (FICTIONAL_DIR / name).read_bytes()
    assert gold["sha256"] == hashlib.sha256(raw).hexdigest(), f"{name} changed: relabel it"
    assert "hư cấu" in text  # says it is fictional
    previous_end = 0
    for index, ref in enumerate(gold["references"]):
        where = f"{name} references[{index}]"
        assert set(ref) == {"start", "end", *FIELDS}, where
        start, end = ref["start"], ref["end"]
        assert previous_end <= start < end <= len(text), where
        previous_end = end
        span = text[start:end]
        assert span == span.strip(), where
        assert not span.endswith((",", ";", ".", ":")), where
        assert DocumentType(ref["type"]), where
        if ref["symbol"] is not None:
            symbol = DocumentNumber.parse(ref["symbol"])
            assert str(symbol) == ref["symbol"], where
            assert (symbol.number, symbol.year) == (ref["number"], ref["year"]), where
        # a type word starts the span, or, for a later item of a list, "số" or the symbol
        assert span[0].isupper() or span.startswith("số ") or span[0].isdigit(), where


def score() -> tuple[dict[str, float], list[str]]:
    return score_labelled((name, *_text_and_gold(name)) for name in TEXTS)


def _text_and_gold(name: str) -> tuple[str, list[dict[str, Any]]]:
    text, gold_data = load(name)
    return text, gold_data["references"]


def test_extractor_precision_and_recall_against_fictional_gold() -> None:
    figures, differences = score()
    print(f"\nreference extraction against the fictional gold labels (micro, {len(TEXTS)} files)")
    for name, value in figures.items():
        print(f"  {name:<15} {value:6.3f}")
    for line in differences:
        print("  " + line)
    low = {name: round(value, 3) for name, value in figures.items() if value < THRESHOLD}
    assert not low, f"below {THRESHOLD}: {low}\n" + "\n".join(differences)


def test_no_list_item_borrows_a_neighbours_contradicting_metadata() -> None:
    """The date of 145/2020 is not lent to 04/2015; the Kết luận's date and term are not
    lent to a Quyết định that wrote its own issuer; a law's date is not lent to the
    Constitution before it."""
    text = (
        "Nghị định số 04/2015/NĐ-CP và số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ; "
        "Quyết định số 99-QĐ/TW của Bộ Chính trị và Kết luận số 43-KL/TW ngày 07/01/2019 "
        "của Ban Bí thư (khóa XII); Hiến pháp năm 2013 và Luật Hòa giải ở cơ sở ngày 20/6/2013."
    )
    refs = {
        str(m.reference.symbol or m.reference.type_name): m
        for m in extract_references(text, registry=None)
    }
    assert refs["04/2015/NĐ-CP"].reference.date is None
    assert refs["04/2015/NĐ-CP"].shared == ("issuer",)
    assert refs["99-QĐ/TW"].reference.date is None
    assert refs["99-QĐ/TW"].reference.term is None
    assert refs["99-QĐ/TW"].shared == ()
    assert refs["Hiến pháp"].reference.date is None


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("Luật Hòa giải ở cơ sở năm 2013 ngày 20/6/2013", "Luật Hòa giải ở cơ sở ngày 20/6/2013"),
        ("Luật Đất đai năm 2024 ngày 18/01/2024", "Luật Đất đai ngày 18/01/2024"),
        ("Luật Đất đai năm 2013 ngày 18/01/2024", "Luật Đất đai năm 2013 ngày 18/01/2024"),
    ],
)
def test_a_year_is_written_once_in_the_canonical_form(text: str, canonical: str) -> None:
    (match,) = extract_references(text, registry=None)
    assert match.reference.format("full") == canonical
    assert match.reference.year == int(text.split("năm ")[1][:4])  # the year is still read
