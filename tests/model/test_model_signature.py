"""Signature (quyền hạn, chức vụ, họ tên người ký): every authority, State and Party prefixes."""

from __future__ import annotations

import pickle
import unicodedata

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.model import Authority, DocumentSystem, Signature

STATE = DocumentSystem.STATE
PARTY = DocumentSystem.PARTY


@pytest.mark.parametrize(
    ("authority", "state", "party"),
    [
        (Authority.TM, "TM.", "T/M"),
        (Authority.KT, "KT.", "K/T"),
        (Authority.TL, "TL.", "T/L"),
        (Authority.TUQ, "TUQ.", "T/U"),
        (Authority.Q, "Q.", "Q."),
    ],
)
def test_prefixes(authority: Authority, state: str, party: str) -> None:
    assert authority.value == state
    assert authority.prefix() == state
    assert authority.prefix(STATE) == state
    assert authority.prefix(PARTY) == party


SIGNATURES: list[tuple[Signature, list[str], list[str]]] = [
    # the head signs in person
    (Signature(head_title="Giám đốc", name="Lê Văn An"), ["GIÁM ĐỐC"], ["GIÁM ĐỐC"]),
    (
        Signature(head_title="Giám đốc", signer_title="giám đốc", name="Lê Văn An"),
        ["GIÁM ĐỐC"],
        ["GIÁM ĐỐC"],
    ),
    # a deputy signs for the head
    (
        Signature(
            authority=Authority.KT,
            head_title="Giám đốc",
            signer_title="Phó Giám đốc",
            name="Trần Thị Bình",
        ),
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        ["K/T GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    ),
    # on behalf of a collective
    (
        Signature(
            authority=Authority.TM,
            head_title="Ủy ban nhân dân",
            signer_title="Chủ tịch",
            name="Phạm Văn Cường",
        ),
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ["T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    ),
    (
        Signature(
            authority=Authority.TM,
            head_title="Ban Thường vụ",
            signer_title="Phó Bí thư",
            name="Đỗ Văn Dũng",
        ),
        ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
        ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"],
    ),
    # by order of the head
    (
        Signature(
            authority=Authority.TL,
            head_title="Giám đốc",
            signer_title="Chánh Văn phòng",
            name="Hoàng Thị Em",
        ),
        ["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
        ["T/L GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"],
    ),
    # by written delegation
    (
        Signature(
            authority=Authority.TUQ,
            head_title="Chủ tịch",
            signer_title="Giám đốc Sở Nội vụ",
            name="Vũ Văn Giang",
        ),
        ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"],
        ["T/U CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"],
    ),
    # the acting head: one line
    (
        Signature(authority=Authority.Q, head_title="Giám đốc", name="Ngô Văn Hải"),
        ["Q. GIÁM ĐỐC"],
        ["Q. GIÁM ĐỐC"],
    ),
    # a draft leaves the name out
    (
        Signature(authority=Authority.KT, head_title="Giám đốc", signer_title="Phó Giám đốc"),
        ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
        ["K/T GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
    ),
]


@pytest.mark.parametrize(("signature", "state", "party"), SIGNATURES)
def test_lines(signature: Signature, state: list[str], party: list[str]) -> None:
    assert signature.lines() == state
    assert signature.lines(STATE) == state
    assert signature.lines(PARTY) == party


def test_fields_are_normalized() -> None:
    signature = Signature(
        head_title=unicodedata.normalize("NFD", "Giám đốc"),
        authority=Authority.KT,
        signer_title=unicodedata.normalize("NFD", "Phó Giám đốc"),
        name="  ",
    )
    assert signature.head_title == "Giám đốc"
    assert signature.signer_title == "Phó Giám đốc"
    assert signature.name is None


@pytest.mark.parametrize(
    ("kwargs", "field", "value"),
    [
        # KT./TL./TUQ.: the signer's title differs from the head's (compared loosely)
        (
            {"authority": Authority.KT, "head_title": "Giám đốc", "signer_title": "Giám đốc"},
            "Signature.signer_title",
            "'Giám đốc'",
        ),
        (
            {"authority": Authority.KT, "head_title": "Giám đốc", "signer_title": "GIÁM  ĐỐC"},
            "Signature.signer_title",
            "'GIÁM  ĐỐC'",
        ),
        (
            {
                "authority": Authority.KT,
                "head_title": "Giám đốc",
                "signer_title": unicodedata.normalize("NFD", "giám đốc "),
            },
            "Signature.signer_title",
            "giám đốc",
        ),
        (
            {"authority": Authority.TL, "head_title": "Chủ tịch", "signer_title": "Chủ tịch"},
            "Signature.signer_title",
            "'Chủ tịch'",
        ),
        (
            {"authority": Authority.TUQ, "head_title": "Chủ tịch", "signer_title": "chủ tịch"},
            "Signature.signer_title",
            "'chủ tịch'",
        ),
        # TM./KT./TL./TUQ. need the signer's title
        (
            {"authority": Authority.TM, "head_title": "Ủy ban nhân dân"},
            "Signature.signer_title",
            "None",
        ),
        ({"authority": Authority.KT, "head_title": "Giám đốc"}, "Signature.signer_title", "None"),
        ({"authority": Authority.TL, "head_title": "Giám đốc"}, "Signature.signer_title", "None"),
        (
            {"authority": Authority.TUQ, "head_title": "Chủ tịch", "signer_title": " "},
            "Signature.signer_title",
            "None",
        ),
        # no prefix (or Q.): the head signs, no separate signer title
        (
            {"head_title": "Giám đốc", "signer_title": "Phó Giám đốc"},
            "Signature.signer_title",
            "'Phó Giám đốc'",
        ),
        (
            {"authority": Authority.Q, "head_title": "Giám đốc", "signer_title": "Phó Giám đốc"},
            "Signature.signer_title",
            "'Phó Giám đốc'",
        ),
        # types and emptiness
        ({"head_title": ""}, "Signature.head_title", "''"),
        ({"head_title": "   "}, "Signature.head_title", "'   '"),
        ({"head_title": None}, "Signature.head_title", "None"),
        ({"head_title": "Giám đốc", "authority": "KT."}, "Signature.authority", "'KT.'"),
        ({"head_title": "Giám đốc", "name": 42}, "Signature.name", "42"),
    ],
)
def test_constructor_errors(kwargs: dict[str, object], field: str, value: str) -> None:
    with pytest.raises(InvalidValueError) as info:
        Signature(**kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert value in str(info.value)


def test_kt_error_names_the_head_title() -> None:
    with pytest.raises(InvalidValueError, match="must differ from the head title 'Giám đốc'"):
        Signature(authority=Authority.KT, head_title="Giám đốc", signer_title="Giám đốc")


def test_frozen_keyword_only_hashable_picklable() -> None:
    signature = SIGNATURES[2][0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        signature.name = "Người khác"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Signature("Giám đốc")  # type: ignore[misc]
    assert not hasattr(signature, "__dict__")
    copy = pickle.loads(pickle.dumps(signature))
    assert copy == signature
    assert hash(copy) == hash(signature)
    assert attrs.evolve(signature, name="Người khác").name == "Người khác"
    for authority in Authority:
        assert pickle.loads(pickle.dumps(authority)) is authority
