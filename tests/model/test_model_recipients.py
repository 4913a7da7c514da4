"""Recipients (nơi nhận): parse the list shapes reports use, print them back, invariants.

The lists below are made up; they copy only the shapes of real lists: a "Nơi nhận:" heading,
"(để báo cáo)" purposes, "Như trên", "Lưu: VT, VP, Ha (01b)." and a "Lưu VT, VP" line
without a colon.
"""

from __future__ import annotations

import pickle
import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.errors import InvalidValueError, ParseError
from danvan.model import Recipient, Recipients

STATE_LIST = """Nơi nhận:
- Ban Tuyên giáo Huyện ủy (để báo cáo);
- Như trên;
- Lãnh đạo Phòng;
- Các tổ chuyên môn (để thực hiện);
- Trang thông tin điện tử Phòng (để đăng tải)
- Lưu: VT, VP, Ha (01b)."""

NO_COLON_LIST = """Nơi nhận:

- Thường trực Huyện ủy (để báo cáo);
- Trưởng phòng, các Phó Trưởng phòng;
- Lưu VT, VP."""

SHORT_LIST = """- Sở Tài chính;
- Tập thể lãnh đạo Sở;
- Lưu: VT, KHTC, 02 bản."""


def test_state_list() -> None:
    recipients = Recipients.parse(STATE_LIST)
    assert recipients.as_above
    assert recipients.entries == (
        Recipient(name="Ban Tuyên giáo Huyện ủy", purpose="để báo cáo"),
        Recipient(name="Lãnh đạo Phòng"),
        Recipient(name="Các tổ chuyên môn", purpose="để thực hiện"),
        Recipient(name="Trang thông tin điện tử Phòng", purpose="để đăng tải"),
    )
    assert recipients.archive == ("VT", "VP", "Ha (01b)")
    assert recipients.lines() == [
        "- Như trên;",
        "- Ban Tuyên giáo Huyện ủy (để báo cáo);",
        "- Lãnh đạo Phòng;",
        "- Các tổ chuyên môn (để thực hiện);",
        "- Trang thông tin điện tử Phòng (để đăng tải);",
        "- Lưu: VT, VP, Ha (01b).",
    ]
    assert str(recipients) == "\n".join(recipients.lines())


def test_archive_line_without_colon() -> None:
    recipients = Recipients.parse(NO_COLON_LIST)
    assert not recipients.as_above
    assert recipients.entries == (
        Recipient(name="Thường trực Huyện ủy", purpose="để báo cáo"),
        Recipient(name="Trưởng phòng, các Phó Trưởng phòng"),
    )
    assert recipients.archive == ("VT", "VP")
    assert recipients.lines()[-1] == "- Lưu: VT, VP."


def test_archive_with_a_count() -> None:
    recipients = Recipients.parse(SHORT_LIST)
    assert recipients.archive == ("VT", "KHTC", "02 bản")
    assert [entry.name for entry in recipients.entries] == ["Sở Tài chính", "Tập thể lãnh đạo Sở"]
    assert all(entry.purpose is None for entry in recipients.entries)


def test_no_archive_line_invents_none() -> None:
    recipients = Recipients.parse("- Sở Nội vụ;")
    assert recipients.archive == ()
    assert recipients.lines() == ["- Sở Nội vụ."]


def test_constructor_defaults_to_the_archive_line_the_decree_requires() -> None:
    assert Recipients().archive == ("VT",)


def test_party_archive_line_has_no_colon() -> None:
    from danvan.model import DocumentSystem

    lines = Recipients.parse("- Các chi bộ;\n- Lưu: VP.").lines(DocumentSystem.PARTY)
    assert lines == ["- Các chi bộ;", "- Lưu VP."]


def test_only_as_above() -> None:
    recipients = Recipients.parse("Nơi nhận:\n- Như trên;\n- Lưu: VT.")
    assert recipients.as_above
    assert recipients.entries == ()
    assert recipients.lines() == ["- Như trên;", "- Lưu: VT."]


@pytest.mark.parametrize(
    "line",
    [
        "- Sở Nội vụ;",
        "– Sở Nội vụ;",  # en dash
        "• Sở Nội vụ",
        "+ Sở Nội vụ.",
        "  -   Sở Nội vụ  ;  ",
        "Sở Nội vụ,",
    ],
)
def test_markers_and_end_punctuation_are_dropped(line: str) -> None:
    assert Recipients.parse(line).entries == (Recipient(name="Sở Nội vụ"),)


@pytest.mark.parametrize(
    ("line", "name", "purpose"),
    [
        ("- Ban Dân vận Huyện ủy (để báo cáo);", "Ban Dân vận Huyện ủy", "để báo cáo"),
        ("- Các xã (Để thực hiện);", "Các xã", "Để thực hiện"),
        ("- Hội Nông dân (để phối hợp);", "Hội Nông dân", "để phối hợp"),
        # a parenthesis that is not a purpose stays in the name
        ("- Trung tâm Văn hóa (huyện);", "Trung tâm Văn hóa (huyện)", None),
    ],
)
def test_purposes(line: str, name: str, purpose: str | None) -> None:
    (entry,) = Recipients.parse(line).entries
    assert entry == Recipient(name=name, purpose=purpose)


@pytest.mark.parametrize(
    "heading", ["Nơi nhận:", "Nơi nhận", "NƠI NHẬN:", unicodedata.normalize("NFD", "Nơi nhận:")]
)
def test_heading_is_skipped(heading: str) -> None:
    recipients = Recipients.parse(f"{heading}\n- Sở Nội vụ;\n- Lưu: VT, VP.")
    assert recipients.entries == (Recipient(name="Sở Nội vụ"),)


@pytest.mark.parametrize("as_above", ["- Như trên;", "- như trên", "- NHƯ TRÊN;"])
def test_as_above_any_case(as_above: str) -> None:
    assert Recipients.parse(f"{as_above}\n- Lưu: VT.").as_above


def test_recipient_str() -> None:
    assert str(Recipient(name="Sở Nội vụ")) == "Sở Nội vụ"
    assert str(Recipient(name="Sở Nội vụ", purpose="để báo cáo")) == "Sở Nội vụ (để báo cáo)"
    assert Recipient(name="Sở Nội vụ", purpose="  ").purpose is None


def test_constructor_accepts_lists() -> None:
    recipients = Recipients(entries=[Recipient(name="Sở Nội vụ")], archive=["VT", "VP"])
    assert recipients.entries == (Recipient(name="Sở Nội vụ"),)
    assert recipients.archive == ("VT", "VP")


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("", "Recipients"),
        ("   \n  ", "Recipients"),
        ("Nơi nhận:", "Recipients"),
        ("- Lưu:", "Recipients.archive"),
        ("- Sở Nội vụ;\n- Lưu: .", "Recipients.archive"),
        ("- Sở Nội vụ;\n- Lưu , ,", "Recipients.archive"),
    ],
)
def test_parse_errors(text: str, field: str) -> None:
    with pytest.raises(ParseError) as info:
        Recipients.parse(text)
    assert info.value.field == field


@pytest.mark.parametrize("value", [None, 12, ["- Sở Nội vụ;"]])
def test_parse_rejects_non_text(value: object) -> None:
    with pytest.raises(ParseError, match="as text"):
        Recipients.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: Recipients(archive=("VT", "")), "Recipients.archive[1]", "''"),
        (lambda: Recipients(archive=("VT", "VP, Ha")), "Recipients.archive[1]", "'VP, Ha'"),
        (lambda: Recipients(archive="VT"), "Recipients.archive", "'VT'"),
        (lambda: Recipients(archive=("VT", 1)), "Recipients.archive[1]", "1"),
        (lambda: Recipients(entries=["Sở Nội vụ"]), "Recipients.entries[0]", "'Sở Nội vụ'"),
        (lambda: Recipients(as_above="yes"), "Recipients.as_above", "'yes'"),
        (lambda: Recipient(name=""), "Recipient.name", "''"),
        (lambda: Recipient(name=None), "Recipient.name", "None"),
        (lambda: Recipient(name="Sở Nội vụ", purpose=1), "Recipient.purpose", "1"),
    ],
)
def test_constructor_errors(build: object, field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        build()  # type: ignore[operator]
    assert info.value.field == field
    assert f"{field}: {value} is invalid" in str(info.value)


def test_frozen_keyword_only_hashable_picklable() -> None:
    recipients = Recipients.parse(STATE_LIST)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        recipients.as_above = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        Recipient("Sở Nội vụ")  # type: ignore[misc]
    assert not hasattr(recipients, "__dict__")
    copy = pickle.loads(pickle.dumps(recipients))
    assert copy == recipients
    assert hash(copy) == hash(recipients)


_name = st.sampled_from(
    ["Sở Nội vụ", "Ban Dân vận Huyện ủy", "Các phòng, đơn vị thuộc Sở", "Ủy ban nhân dân xã"]
)
_purpose = st.none() | st.sampled_from(["để báo cáo", "để thực hiện", "để biết"])
_unit = st.sampled_from(["VP", "KHTC", "Ha (01b)", "02 bản", "TH"])


@given(
    st.lists(st.builds(Recipient, name=_name, purpose=_purpose), max_size=5),
    st.booleans(),
    st.lists(_unit, max_size=3),
)
def test_lines_parse_back(entries: list[Recipient], as_above: bool, units: list[str]) -> None:
    recipients = Recipients(entries=entries, as_above=as_above, archive=("VT", *units))
    assert Recipients.parse(str(recipients)) == recipients
    assert Recipients.parse("Nơi nhận:\n" + str(recipients)) == recipients


def test_a_recipient_whose_name_starts_with_luu_is_not_the_archive_line() -> None:
    parsed = Recipients.parse("- Lưu trữ lịch sử tỉnh;\n- Ông Lưu Văn An;\n- Lưu: VT, VP.")
    assert [entry.name for entry in parsed.entries] == ["Lưu trữ lịch sử tỉnh", "Ông Lưu Văn An"]
    assert parsed.archive == ("VT", "VP")


def test_party_archive_line_without_colon_is_read_when_last() -> None:
    parsed = Recipients.parse("- Các chi bộ;\n- Lưu Văn phòng")
    assert parsed.archive == ("Văn phòng",)
    assert [entry.name for entry in parsed.entries] == ["Các chi bộ"]
