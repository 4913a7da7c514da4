"""One Party symbol, one document per term (khóa): identity is (symbol, term) (issue 8, §1).

Party documents are numbered anew in each term of the Central Committee: 18-NQ/TW is the
2017 resolution on the apparatus (khóa XII) and the 2022 resolution on land (khóa XIII);
19-NQ/TW and 21-NQ/TW repeat the same way (the facts and their sources are in the
registry; entries whose date no source gave are marked unverified there). The citation's
date, or its stated term, chooses; a date in another term than every known entry means a
document the registry does not know.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.errors import InvalidValueError
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentSystem, DocumentType
from danvan.refs import check_references, extract_references
from danvan.refs.registry import Registry, RegistryEntry
from danvan.refs.terms import party_terms, terms_of
from danvan.vn.dates import PartialDate
from hypothesis_profiles import scaled

T = DocumentType
REPEATED = {
    # symbol: {term: (date, a word of the title)}
    "18-NQ/TW": {"khóa XII": (dt.date(2017, 10, 25), "bộ máy"), "khóa XIII": (dt.date(2022, 6, 16), "đất")},
    "19-NQ/TW": {
        "khóa XII": (dt.date(2017, 10, 25), "sự nghiệp công lập"),
        "khóa XIII": (dt.date(2022, 6, 16), "nông thôn"),
    },
    "21-NQ/TW": {
        "khóa XII": (dt.date(2017, 10, 25), "dân số"),
        "khóa XIII": (dt.date(2022, 6, 16), "tổ chức cơ sở đảng"),
    },
    "45-CT/TW": {
        "khóa XII": (dt.date(2020, 6, 20), "bầu cử"),
        "khóa XIII": (dt.date(2025, 4, 14), "Đại hội Đảng bộ"),
    },
}  # fmt: skip
TYPE_WORD = {"45-CT/TW": "Chỉ thị"}


# -- the term boundaries (data with sources) -----------------------------------------------


def test_terms_are_ordered_sourced_and_the_verified_ones_have_their_election_day() -> None:
    terms = party_terms()
    assert [t.term for t in terms][-6:] == [
        "khóa IX", "khóa X", "khóa XI", "khóa XII", "khóa XIII", "khóa XIV",
    ]  # fmt: skip
    for earlier, later in itertools.pairwise(terms):
        assert earlier.congress[1] < later.congress[0]
    for term in terms:
        assert term.sources
        assert term.congress[0] <= term.congress[1]
        if term.verified:
            assert term.elected is not None
            assert term.congress[0] <= term.elected <= term.congress[1]
        else:
            assert term.elected is None  # only the congress's dates are known


@pytest.mark.parametrize(
    ("date", "terms"),
    [
        (dt.date(2017, 10, 25), {"khóa XII"}),
        (dt.date(2022, 6, 16), {"khóa XIII"}),
        (dt.date(2021, 1, 29), {"khóa XII"}),  # the day before khóa XIII was elected
        (dt.date(2021, 1, 30), {"khóa XIII"}),  # elected that day
        (dt.date(2016, 1, 26), {"khóa XII"}),
        (dt.date(2011, 1, 16), {"khóa X"}),
        (dt.date(2026, 1, 22), {"khóa XIV"}),
        (dt.date(2026, 1, 21), {"khóa XIII"}),
        (dt.date(2006, 4, 20), {"khóa IX", "khóa X"}),  # election day unknown: either
        (dt.date(1998, 2, 18), {"khóa VIII"}),
        (dt.date(1990, 5, 1), set()),  # before the table: unknown
        (PartialDate(year=2021), {"khóa XII", "khóa XIII"}),
        (PartialDate(year=2021, month=3), {"khóa XIII"}),
    ],
)
def test_terms_of_a_date(date: dt.date | PartialDate, terms: set[str]) -> None:
    assert terms_of(date) == terms


# -- the registry: several documents per symbol -------------------------------------------


@pytest.mark.parametrize("symbol", sorted(REPEATED))
def test_the_registry_holds_one_document_per_term(symbol: str) -> None:
    registry = Registry.default()
    entries = registry.entries_for(symbol)
    assert {e.reference.term for e in entries} == set(REPEATED[symbol])
    for term, (date, words) in REPEATED[symbol].items():
        by_date = registry.lookup(symbol=symbol, date=date)
        assert by_date is not None
        assert by_date.reference.term == term
        assert words in (by_date.reference.title or "")
        assert registry.lookup(symbol=symbol, term=term) is by_date
        assert registry.get(symbol, date=date) is by_date
    assert registry.lookup(symbol=symbol) is None  # no date, no term: not a guess
    assert registry.lookup(symbol=symbol, date=dt.date(1990, 1, 1)) is None  # both fit


def _entry(symbol: str, term: str | None, date: dt.date, title: str) -> RegistryEntry:
    return RegistryEntry(
        reference=LegalReference(
            document_type=T.NGHI_QUYET,
            symbol=DocumentNumber.parse(symbol),
            date=date,
            issuer="Bộ Chính trị",
            term=term,
            title=title,
        )
    )


def test_a_symbol_repeats_only_with_a_different_term() -> None:
    first = _entry("07-NQ/TW", "khóa XII", dt.date(2018, 1, 1), "Một")
    with pytest.raises(InvalidValueError, match="appears once"):
        Registry([first, _entry("07-NQ/TW", "khóa XII", dt.date(2018, 5, 1), "Hai")])
    with pytest.raises(InvalidValueError, match="gives its term"):
        Registry([first, _entry("07-NQ/TW", None, dt.date(2022, 5, 1), "Hai")])
    both = Registry([first, _entry("07-NQ/TW", "khóa XIII", dt.date(2022, 5, 1), "Hai")])
    assert len(both.entries_for("07-NQ/TW")) == 2


def test_extend_overrides_only_the_same_term() -> None:
    default = Registry.default()
    mine = _entry("18-NQ/TW", "khóa XIII", dt.date(2022, 6, 16), "Đất đai (bản của tôi)")
    merged = default.extend([mine])
    assert len(merged) == len(default)
    assert merged.lookup(symbol="18-NQ/TW", term="khóa XIII") is mine
    assert merged.lookup(symbol="18-NQ/TW", term="khóa XII") is default.lookup(
        symbol="18-NQ/TW", term="khóa XII"
    )


def test_a_file_may_repeat_a_party_symbol_in_another_term_only() -> None:
    def document(term: str, date: str) -> dict[str, object]:
        return {"type": "Nghị quyết", "symbol": "07-NQ/TW", "date": date, "term": term}

    ok = Registry.from_data(
        {
            "schema": 1,
            "documents": [document("khóa XII", "2018-01-01"), document("khóa XIII", "2022-01-01")],
        }
    )
    assert len(ok) == 2
    with pytest.raises(
        Exception, match=r"documents\[1\]\.symbol: '07-NQ/TW' repeats documents\[0\]"
    ):
        Registry.from_data(
            {
                "schema": 1,
                "documents": [
                    document("khóa XII", "2018-01-01"),
                    document("khóa XII", "2019-01-01"),
                ],
            }
        )


def test_registry_with_several_documents_per_symbol_pickles() -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(Registry.default()))
    assert len(copy.entries_for("18-NQ/TW")) == 2


# -- extraction: the date or the stated term chooses -------------------------------------


@pytest.mark.parametrize(
    ("symbol", "term"), [(s, t) for s in sorted(REPEATED) for t in sorted(REPEATED[s])]
)
def test_the_citation_date_chooses_the_document(symbol: str, term: str) -> None:
    date, words = REPEATED[symbol][term]
    kind = TYPE_WORD.get(symbol, "Nghị quyết")
    issuer = "Bộ Chính trị" if kind == "Chỉ thị" else "Ban Chấp hành Trung ương Đảng"
    text = (
        f"Thực hiện {kind} số {symbol} ngày {date.day:02d}/{date.month:02d}/{date.year} "
        f"của {issuer}, Sở Dữ liệu số tỉnh Cao Điền đã quán triệt."
    )
    (match,) = extract_references(text)
    assert match.reference.term == term
    assert words in (match.reference.title or "")
    assert set(match.inferred) == {"term", "title"}
    assert check_references(text) == []  # no "dated ... here but ... in the registry"


@pytest.mark.parametrize("term", ["khóa XII", "khóa XIII"])
def test_a_stated_term_chooses_the_document(term: str) -> None:
    text = f"Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương ({term}) đã chỉ rõ."
    (match,) = extract_references(text)
    date, words = REPEATED["18-NQ/TW"][term]
    assert match.reference.term == term
    assert match.reference.date == date
    assert words in (match.reference.title or "")


def test_without_date_or_term_a_repeated_symbol_is_not_completed() -> None:
    (match,) = extract_references("theo Nghị quyết số 18-NQ/TW, các cơ quan")
    assert match.inferred == ()
    assert match.reference.term is None
    assert match.reference.date is None


def test_a_date_in_another_term_than_every_entry_is_an_unknown_document() -> None:
    """25-NQ/TW is known only as the khóa XI resolution of 2013 on dân vận: a 2023 one is
    another document. Nothing is completed, no date error; an info finding says why."""
    text = "Nghị quyết số 25-NQ/TW ngày 10/3/2023 của Bộ Chính trị về phát triển vùng."
    (match,) = extract_references(text)
    assert match.inferred == ()
    assert match.reference.term is None
    assert match.reference.title == "phát triển vùng" or match.reference.title is None
    findings = check_references(text)
    assert [f.code for f in findings] == ["ref.other-document"]
    assert findings[0].severity.value == "info"
    assert "khóa XI" in findings[0].message


def test_only_the_2017_document_known_a_2022_citation_gets_nothing_from_it() -> None:
    only_2017 = Registry(Registry.default().entries_for("18-NQ/TW")[:1])
    assert only_2017.entries[0].reference.term == "khóa XII"
    text = "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương"
    (match,) = extract_references(text, registry=only_2017)
    assert match.inferred == ()
    codes = [f.code for f in check_references(text, registry=only_2017)]
    assert codes == ["ref.other-document"]
    assert "ref.date-mismatch" not in codes


def test_a_date_in_the_same_term_that_differs_is_still_a_date_error() -> None:
    text = "Nghị quyết số 18-NQ/TW ngày 25/10/2018 của Ban Chấp hành Trung ương"
    assert [f.code for f in check_references(text)] == ["ref.date-mismatch"]


def test_two_documents_of_one_symbol_in_one_text_are_not_inconsistent_dates() -> None:
    text = (
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Nghị quyết số 18-NQ/TW ngày 16/6/2022 "
        "của Ban Chấp hành Trung ương; Nghị quyết số 18-NQ/TW ngày 26/10/2017."
    )
    codes = [f.code for f in check_references(text, registry=None)]
    assert codes == ["ref.inconsistent-dates"]  # only the 2017 pair: one term, two dates


def test_a_state_symbol_without_a_year_is_chosen_by_the_year() -> None:
    """33/CT-TTg: the Thủ tướng's directives are numbered anew each year."""
    known = Registry.default().lookup(symbol="33/CT-TTg")
    assert known is not None
    assert known.reference.date == dt.date(2021, 11, 26)
    (same,) = extract_references("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
    assert same.inferred == ("title",)
    (other,) = extract_references("Chỉ thị số 33/CT-TTg ngày 05/3/2019 của Thủ tướng Chính phủ")
    assert other.inferred == ()
    assert [f.code for f in check_references(other.text)] == ["ref.other-document"]


# -- completion never contradicts the text --------------------------------------------------

_PARTY_ENTRIES = [
    e for e in Registry.default() if e.symbol.system is DocumentSystem.PARTY and e.reference.term
]


@given(st.sampled_from(_PARTY_ENTRIES), st.dates(dt.date(1995, 1, 1), dt.date(2027, 12, 31)))
@settings(max_examples=scaled(3))
def test_completion_never_adds_a_term_the_date_rules_out(
    entry: RegistryEntry, date: dt.date
) -> None:
    kind = entry.reference.type_name
    text = f"{kind} số {entry.symbol} ngày {date.day}/{date.month}/{date.year} của Bộ Chính trị"
    matches = extract_references(text)
    assert len(matches) == 1
    reference = matches[0].reference
    possible = terms_of(date)
    if reference.term is not None and possible:
        assert reference.term in possible  # never a term the written date contradicts
    assert reference.date == date  # the written date is kept
    if matches[0].inferred:
        chosen = Registry.default().lookup(symbol=entry.symbol, date=date)
        assert chosen is not None
        assert chosen.reference.term in possible or not possible
