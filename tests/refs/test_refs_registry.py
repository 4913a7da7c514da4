"""The registry of known documents: packaged data, lookups, user files on top, bad files."""

from __future__ import annotations

import datetime as dt
import importlib.resources
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import attrs
import pytest

from danvan.errors import InvalidValueError, SchemaError
from danvan.model.number import DocumentNumber
from danvan.model.reference import LegalReference
from danvan.model.types import DocumentSystem, DocumentType
from danvan.refs.registry import (
    FACTS,
    Registry,
    RegistryEntry,
    Source,
    load_registry,
    lookup,
)
from danvan.vn.dates import PartialDate

T = DocumentType
KNOWN_TOPICS = {
    "dân vận",
    "dân chủ cơ sở",
    "cải cách hành chính",
    "văn hóa công vụ",
    "văn thư",
    "tiếp công dân",
    "phòng, chống tham nhũng",
    "xây dựng Đảng",
    "tổ chức bộ máy",
    "đất đai",
    "nông nghiệp, nông thôn",
    "dân số",
    "sắp xếp đơn vị hành chính",
    "kỷ luật, kỷ cương",
    "thi đua, khen thưởng",
    "khoa học, công nghệ",
}
PARTY_ISSUERS = {
    "Ban Chấp hành Trung ương",
    "Bộ Chính trị",
    "Ban Bí thư",
    "Văn phòng Trung ương Đảng",
    "Bộ Chính trị, Ban Bí thư",
}


def packaged_data() -> dict[str, Any]:
    resource = importlib.resources.files("danvan").joinpath("refs").joinpath("data")
    text = resource.joinpath("registry.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def one_document(**fields: Any) -> dict[str, Any]:
    document = {"type": "Kế hoạch", "symbol": "40-KH/BDVTU", "date": "2023-01-29"}
    document.update(fields)
    return document


def write_json(path: Path, documents: list[Any], **top: Any) -> Path:
    data = {"schema": 1, "documents": documents, **top}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# -- the packaged data ---------------------------------------------------------------
def test_packaged_file_is_found_through_importlib_resources() -> None:
    resource = importlib.resources.files("danvan").joinpath("refs").joinpath("data")
    assert resource.joinpath("registry.json").is_file()
    data = packaged_data()
    assert data["schema"] == 1
    assert Registry.default() is Registry.default()  # read once


def test_at_least_eighty_documents_most_of_them_verified() -> None:
    """Issue 8, §4: the documents reports of 2020-2026 cite most, each fact with its source."""
    registry = Registry.default()
    assert len(registry) >= 80
    assert sum(entry.verified for entry in registry) >= 70


def test_every_subject_of_issue_8_is_covered() -> None:
    topics = {topic for entry in Registry.default() for topic in entry.topics}
    assert {
        "dân vận",
        "dân chủ cơ sở",
        "cải cách hành chính",
        "văn hóa công vụ",
        "kỷ luật, kỷ cương",
        "thi đua, khen thưởng",
        "sắp xếp đơn vị hành chính",
    } <= topics


def test_the_2025_reorganisation_documents_are_known() -> None:
    for symbol in ("202/2025/QH15", "60-NQ/TW", "121-KL/TW", "126-KL/TW", "72/2025/QH15"):
        assert Registry.default().lookup(symbol=symbol) is not None, symbol
    law = Registry.default().lookup(name="Luật Thi đua, khen thưởng", year=2022)
    assert law is not None
    assert str(law.symbol) == "06/2022/QH15"


def test_every_symbol_is_canonical_and_unique() -> None:
    """A symbol repeats only for Party documents of different terms (khóa), each with its term."""
    documents = packaged_data()["documents"]
    keys = [(d["symbol"], d.get("term")) for d in documents]
    assert len(keys) == len(set(keys))
    symbols = [document["symbol"] for document in documents]
    for document in documents:
        if symbols.count(document["symbol"]) > 1:
            assert DocumentNumber.parse(document["symbol"]).system is DocumentSystem.PARTY
            assert document.get("term"), document["symbol"]
    for symbol in symbols:
        assert str(DocumentNumber.parse(symbol)) == symbol


def test_every_entry_is_complete() -> None:
    """Type, symbol, date, issuer, title and (for termed bodies) term, as the issue asks."""
    for entry in Registry.default():
        ref = entry.reference
        assert isinstance(ref, LegalReference)
        assert ref.document_type is not None, entry.symbol
        assert isinstance(ref.date, dt.date), entry.symbol
        assert ref.issuer, entry.symbol
        assert ref.title, entry.symbol
        assert entry.topics, entry.symbol
        assert set(entry.topics) <= KNOWN_TOPICS, entry.symbol
        if entry.symbol.system is DocumentSystem.PARTY:
            assert ref.issuer in PARTY_ISSUERS, entry.symbol
            assert (ref.term is None) == (ref.issuer == "Văn phòng Trung ương Đảng"), entry.symbol
        elif ref.issuer in ("Chính phủ", "Thủ tướng Chính phủ"):
            assert ref.term is None, entry.symbol
        if ref.document_type in (T.LUAT, T.PHAP_LENH):
            assert ref.name == ref.title, entry.symbol


def test_every_fact_has_a_source_or_the_entry_says_unverified() -> None:
    for entry in Registry.default():
        assert entry.sources, entry.symbol
        if entry.verified:
            assert entry.unsourced_facts == (), entry.symbol
        else:
            notes = " ".join(source.note or "" for source in entry.sources)
            assert entry.unsourced_facts or "NOT found" in notes, entry.symbol
        for source in entry.sources:
            assert source.url.startswith(("https://", "http://", "corpus:")), entry.symbol
            assert set(source.facts) <= set(FACTS)


def test_corpus_sources_name_real_corpus_files() -> None:
    names = {
        "dong-thap-2020-bao-cao-kl114.txt",
        "hung-yen-2023-ke-hoach-dan-van.txt",
        "son-la-2021-bao-cao-qcdc.txt",
    }
    for entry in Registry.default():
        for source in entry.sources:
            if source.url.startswith("corpus:"):
                assert source.url.removeprefix("corpus:") in names


def test_the_corpus_typo_in_the_date_of_nghi_quyet_25_is_not_copied() -> None:
    entry = lookup(symbol="25-NQ/TW")
    assert entry is not None
    assert entry.reference.date == dt.date(2013, 6, 3)  # not 30/6/2013 as son-la writes


def test_a_number_with_a_letter_is_a_symbol() -> None:
    """ "30c/NQ-CP" (issue 8): the number keeps its letter; the registry notes why 30c is absent."""
    symbol = DocumentNumber.parse("30c/NQ-CP")
    assert (symbol.number, symbol.suffix, str(symbol)) == (30, "c", "30c/NQ-CP")
    assert "30c" in " ".join(packaged_data()["notes"])


# -- lookups -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("symbol", "expected"),
    [
        ("114-KL/TW", "114-KL/TW"),
        (DocumentNumber.parse("10/2022/QH15"), "10/2022/QH15"),
        ("04/2015/NĐCP", "04/2015/NĐ-CP"),  # as son-la writes it: repaired, then found
        ("05/CT-TW", "05-CT/TW"),  # a Party symbol written the State way
        ("114-KT/TW", "114-KL/TW"),  # the Đồng Tháp heading's slip in the type code
    ],
)
def test_lookup_by_symbol(symbol: DocumentNumber | str, expected: str) -> None:
    entry = lookup(symbol=symbol)
    assert entry is not None
    assert str(entry.symbol) == expected


def test_lookup_by_symbol_does_not_guess_other_documents() -> None:
    assert lookup(symbol="05-CT/TU") is None  # a Tỉnh ủy document, not the Bộ Chính trị's
    assert lookup(symbol="114-KL/TU") is None
    assert lookup(symbol="23/QĐ-UBND", document_type=T.QUYET_DINH, number=23) is None


def test_lookup_by_type_and_number_only_when_unique() -> None:
    entry = lookup(document_type=T.KET_LUAN, number=21)
    assert entry is not None
    assert str(entry.symbol) == "21-KL/TW"
    entry = lookup(document_type=T.CHI_THI, number=5)
    assert entry is not None
    assert str(entry.symbol) == "05-CT/TW"
    assert lookup(number=43) is None  # 43-KL/TW and 43-NQ/TW
    assert lookup(document_type=T.NGHI_DINH, number=61) is None  # 2018 and 2023
    entry = lookup(document_type=T.NGHI_DINH, number=61, year=2023)
    assert entry is not None
    assert str(entry.symbol) == "61/2023/NĐ-CP"


@pytest.mark.parametrize(
    ("kind", "name", "expected"),
    [
        (None, "Luật Thực hiện dân chủ ở cơ sở", "10/2022/QH15"),
        (T.LUAT, "Thực hiện dân chủ ở cơ sở", "10/2022/QH15"),
        (T.LUAT, "THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "10/2022/QH15"),
        (T.LUAT, "Thuc hien dan chu o co so", "10/2022/QH15"),
        (T.LUAT, "Hoà giải cơ sở", "35/2013/QH13"),  # tone mark placed the new way
        (None, "Nghị quyết Trung ương 4 (khóa XII)", "04-NQ/TW"),
        (T.NGHI_QUYET, "Trung ương 4 khóa XII", "04-NQ/TW"),
        (None, "Luật Phòng chống tham nhũng", "36/2018/QH14"),
    ],
)
def test_lookup_by_name_or_alias(kind: DocumentType | None, name: str, expected: str) -> None:
    entry = lookup(document_type=kind, name=name)
    assert entry is not None
    assert str(entry.symbol) == expected


def test_lookup_by_name_narrowed_by_term_and_year() -> None:
    entry = lookup(document_type=T.NGHI_QUYET, name="Trung ương 4", term="khóa XII")
    assert entry is not None
    assert str(entry.symbol) == "04-NQ/TW"
    assert lookup(document_type=T.NGHI_QUYET, name="Trung ương 4", term="khóa XI") is None
    assert lookup(document_type=T.LUAT, name="Tố cáo") is None  # 2011 and 2018
    entry = lookup(document_type=T.LUAT, name="Tố cáo", year=2018)
    assert entry is not None
    assert str(entry.symbol) == "25/2018/QH14"
    assert lookup(document_type=T.LUAT, name="Hòa giải cơ sở", year=2019) is None


def test_lookup_without_criteria_finds_nothing() -> None:
    assert lookup() is None
    assert lookup(name="Kế hoạch này") is None


def test_registry_as_a_collection() -> None:
    registry = Registry.default()
    assert "114-KL/TW" in registry
    assert DocumentNumber.parse("114-KL/TW") in registry
    assert "not a symbol" not in registry
    assert 42 not in registry
    first = next(iter(registry))
    assert first in registry
    assert registry.get("114-KL/TW") is lookup(symbol="114-KL/TW")
    assert len(list(registry)) == len(registry.entries) == len(registry)
    with pytest.raises(AttributeError):
        registry._entries = ()


# -- enrichment ----------------------------------------------------------------------
def test_enrich_fills_what_the_citation_omits_and_says_so() -> None:
    cited = LegalReference(
        document_type=T.KET_LUAN,
        symbol=DocumentNumber.parse("114-KL/TW"),
        issuer="Ban Bí thư Trung ương Đảng",
    )
    result = Registry.default().enrich(cited)
    assert result.entry is not None
    assert result.reference.date == dt.date(2015, 7, 14)
    assert result.reference.issuer == "Ban Bí thư Trung ương Đảng"  # kept as written
    assert result.inferred == ("date", "term", "title")


def test_enrich_a_named_resolution_gets_its_symbol() -> None:
    cited = LegalReference(document_type=T.NGHI_QUYET, name="Trung ương 4", term="khóa XII")
    result = Registry.default().enrich(cited)
    assert result.reference.symbol == DocumentNumber.parse("04-NQ/TW")
    assert "symbol" in result.inferred
    assert "date" in result.inferred


def test_enrich_unknown_reference_is_unchanged() -> None:
    cited = LegalReference(document_type=T.KE_HOACH, symbol=DocumentNumber.parse("87/KH-SKHCN"))
    result = Registry.default().enrich(cited)
    assert result.entry is None
    assert result.reference is cited
    assert result.inferred == ()


# -- a user's registry on top ----------------------------------------------------------
def test_user_file_adds_documents_and_overrides_the_same_symbol(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "son-la.json",
        [
            one_document(
                issuer="Ban Dân vận Tỉnh ủy", title="Tiếp tục thực hiện Đề án số 02-ĐA/TU"
            ),
            {
                "type": "Kết luận",
                "symbol": "114-KL/TW",
                "date": "2015-07-14",
                "issuer": "Ban Bí thư Trung ương Đảng",
                "aliases": ["Kết luận 114"],
            },
        ],
    )
    registry = load_registry(path)
    default = Registry.default()
    assert len(registry) == len(default) + 1
    mine = registry.lookup(symbol="40-KH/BDVTU")
    assert mine is not None
    assert mine.reference.issuer == "Ban Dân vận Tỉnh ủy"
    assert mine.verified is False
    assert mine.sources == ()
    overridden = registry.lookup(symbol="114-KL/TW")
    assert overridden is not None
    assert overridden.reference.issuer == "Ban Bí thư Trung ương Đảng"
    assert overridden.reference.title is None  # the user's entry replaces, it does not merge
    assert registry.lookup(name="Kết luận 114") is overridden
    assert default.lookup(symbol="114-KL/TW") is not overridden  # the default is untouched
    assert [str(e.symbol) for e in registry][: len(default)] == [str(e.symbol) for e in default]


def test_extend_with_entries() -> None:
    entry = RegistryEntry(
        reference=LegalReference(
            document_type=T.KE_HOACH, symbol=DocumentNumber.parse("02-KH/TU"), issuer="Tỉnh ủy"
        )
    )
    registry = Registry.default().extend([entry])
    assert registry.get("02-KH/TU") is entry
    assert "02-KH/TU" not in Registry.default()


def test_partial_dates_and_toml(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "p.json",
        [one_document(date="2023-01"), one_document(symbol="41-KH/BDVTU", date="2023")],
    )
    registry = Registry.from_file(path)
    assert registry.get("40-KH/BDVTU").reference.date == PartialDate(year=2023, month=1)  # type: ignore[union-attr]
    assert registry.get("41-KH/BDVTU").reference.date == PartialDate(year=2023)  # type: ignore[union-attr]
    toml = tmp_path / "tinh.toml"
    toml.write_text(
        'schema = 1\n\n[[documents]]\ntype = "Kế hoạch"\nsymbol = "40-KH/BDVTU"\n'
        'date = 2023-01-29\nissuer = "Ban Dân vận Tỉnh ủy"\n',
        encoding="utf-8",
    )
    if sys.version_info < (3, 11):
        pytest.importorskip("tomli")
    entry = Registry.from_file(toml).get("40-KH/BDVTU")
    assert entry is not None
    assert entry.reference.date == dt.date(2023, 1, 29)


def test_verified_entry_needs_sources_for_each_fact(tmp_path: Path) -> None:
    good = one_document(
        verified=True,
        sources=[{"url": "https://example.org/kh40", "facts": ["type", "symbol", "date"]}],
    )
    assert Registry.from_file(write_json(tmp_path / "ok.json", [good])).get("40-KH/BDVTU")
    bad = one_document(
        verified=True,
        issuer="Ban Dân vận Tỉnh ủy",
        sources=[{"url": "https://example.org/kh40", "facts": ["type", "symbol", "date"]}],
    )
    with pytest.raises(SchemaError, match=r"documents\[0\]: .*no source gives: issuer"):
        Registry.from_file(write_json(tmp_path / "bad.json", [bad]))
    with pytest.raises(InvalidValueError):
        Source(url="ftp://x", facts=("date",))
    with pytest.raises(InvalidValueError):
        Source(url="https://x", facts=("colour",))


# -- malformed files -------------------------------------------------------------------
def test_malformed_file_lists_every_bad_entry_with_index_and_field(tmp_path: Path) -> None:
    documents = [
        one_document(),
        "not an object",
        one_document(symbol="41-KH/BDVTU", type="Công văn hỏa tốc"),
        one_document(symbol="12-XY"),
        one_document(symbol="139- KH/TU"),
        one_document(symbol="42-KH/BDVTU", date="14/7/2015"),
        one_document(symbol="43-KH/BDVTU", term="XI", colour="red"),
        one_document(symbol="44-KH/BDVTU", verified="yes", aliases="Kế hoạch 44"),
        one_document(symbol="45-KH/BDVTU", sources=[{"url": "www.example.org", "facts": ["when"]}]),
        one_document(),  # repeats documents[0]
    ]
    path = write_json(tmp_path / "bad.json", documents)
    with pytest.raises(SchemaError) as caught:
        Registry.from_file(path)
    errors = caught.value.errors
    text = "\n".join(errors)
    for fragment in (
        "documents[1]: expected an object",
        "documents[2].type: 'Công văn hỏa tốc' is not a document type",
        "documents[3].symbol: '12-XY' is not a number and symbol",
        "documents[4].symbol: '139- KH/TU' is not canonical; write '139-KH/TU'",
        "documents[5].date: '14/7/2015'",
        "documents[6].term: 'XI'",
        "documents[6].colour: unknown field",
        "documents[7].verified: 'yes'",
        "documents[7].aliases: expected a list",
        "documents[8].sources[0].url: 'www.example.org'",
        "documents[8].sources[0].facts: 'when'",
        "documents[9].symbol: '40-KH/BDVTU' repeats documents[0]",
    ):
        assert fragment in text, fragment
    assert not any(error.startswith("documents[0]") for error in errors)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("{not json", "not valid JSON: line 1"),
        ("[]", "(top): expected an object"),
        ('{"schema": 2, "documents": []}', "schema: 2 is not supported"),
        ('{"schema": 1}', "documents: expected a list"),
        ('{"schema": 1, "documents": [], "extra": 1}', "extra: unknown field"),
        ('{"schema": 1, "documents": [{"symbol": "40-KH/BDVTU"}]}', "documents[0].type: required"),
        ('{"schema": 1, "documents": [{"type": "Kế hoạch"}]}', "documents[0].symbol: required"),
    ],
)
def test_malformed_top_level(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "r.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        Registry.from_file(path)
    assert any(fragment in error for error in caught.value.errors), caught.value.errors


def test_reference_rules_are_reported_with_the_entry(tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", [one_document(date="2023-02-30")])
    with pytest.raises(SchemaError, match=r"documents\[0\]\.date"):
        Registry.from_file(path)


def test_unknown_file_kind_and_duplicates_in_code(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match=r"\.json or \.toml"):
        Registry.from_file(tmp_path / "r.yaml")
    entry = next(iter(Registry.default()))
    with pytest.raises(InvalidValueError, match="appears once"):
        Registry([entry, attrs.evolve(entry, verified=entry.verified)])


# -- hostile and mis-encoded files (issue 8, §3) -----------------------------------------
def _registry_json() -> str:
    return json.dumps({"schema": 1, "documents": [one_document()]}, ensure_ascii=False)


def test_a_utf8_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + _registry_json().encode("utf-8"))
    assert len(Registry.from_file(path)) == 1
    assert len(Registry.from_json("\ufeff" + _registry_json())) == 1


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters precomposed, tones combining."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        out += base.encode("cp1258") + "".join(c for c in decomposed if c in tones).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("encoding", "fragment"),
    [
        ("utf-16", "UTF-16"),  # with its byte order mark
        ("utf-16-le", "UTF-16"),  # without: NUL bytes give it away
        ("cp1258", "not UTF-8"),  # Windows-1258, the old Vietnamese code page
    ],
)
def test_a_file_not_in_utf8_is_a_clear_error(tmp_path: Path, encoding: str, fragment: str) -> None:
    path = tmp_path / "registry.json"
    text = json.dumps(
        {"schema": 1, "documents": [one_document(issuer="Ban Dân vận Tỉnh ủy Cao Điền")]},
        ensure_ascii=False,
    )
    path.write_bytes(encode_cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    with pytest.raises(SchemaError) as caught:
        Registry.from_file(path)
    assert fragment in str(caught.value)
    assert "registry.json" in str(caught.value)
    assert "UTF-8" in str(caught.value)


@pytest.mark.parametrize("text", ["[" * 100_000, '{"schema": 1, "documents": ' + "[" * 100_000])
def test_deeply_nested_json_is_a_clear_error(tmp_path: Path, text: str) -> None:
    with pytest.raises(SchemaError, match="nested too deeply"):
        Registry.from_json(text)
    path = tmp_path / "deep.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SchemaError, match="nested too deeply"):
        Registry.from_file(path)


@pytest.mark.skipif(sys.version_info < (3, 11), reason="TOML needs tomllib (3.11+) or tomli")
def test_deeply_nested_toml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("schema = " + "[" * 100_000, encoding="utf-8")
    with pytest.raises(SchemaError):
        Registry.from_file(path)


def test_from_json_refuses_bytes_clearly() -> None:
    with pytest.raises(InvalidValueError, match="decode bytes first"):
        Registry.from_json(_registry_json().encode("utf-8"))  # type: ignore[arg-type]


def test_registry_pickles_like_every_model() -> None:
    import pickle

    default = Registry.default()
    copy = pickle.loads(pickle.dumps(default))
    assert isinstance(copy, Registry)
    assert copy.entries == default.entries
    assert copy.lookup(symbol="114-KL/TW") == default.lookup(symbol="114-KL/TW")
    assert copy.lookup(name="Luật Hòa giải ở cơ sở") == default.lookup(name="Luật Hòa giải ở cơ sở")
