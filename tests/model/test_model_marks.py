"""The decree's optional elements in the model: draft revision, stamps, circulation note,
address block (ô 13), drafter's code and copies (ô 12), and the Party issuer rule."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from danvan.errors import InvalidValueError
from danvan.io import from_json, to_json
from danvan.model import (
    Agency,
    Circulation,
    Contact,
    DocumentNumber,
    DocumentStatus,
    DocumentSystem,
    Paragraph,
    PlaceDate,
    Plan,
    Recipients,
    Report,
    Secrecy,
    Signature,
    Urgency,
)

STATE = Agency(
    name="Sở Dữ liệu số tỉnh Cao Điền", parent="UBND tỉnh Cao Điền", abbreviation="SDSCĐ"
)
PARTY = Agency(name="Ban Dân vận Huyện ủy Mộc Châu", abbreviation="BDVHU")


def report(**changes: object) -> Report:
    fields: dict[str, object] = {
        "issuer": STATE,
        "number": DocumentNumber.parse("05/BC-SDSCĐ"),
        "place_date": PlaceDate(place="Cao Điền", date=dt.date(2025, 12, 15)),
        "subject": "Kết quả công tác dân vận năm 2025",
        "body": (Paragraph.of("Nội dung."),),
        "signature": Signature(head_title="Giám đốc", name="Lò Văn Thử"),
    }
    fields.update(changes)
    return Report(**fields)  # type: ignore[arg-type]


# -- draft revision ------------------------------------------------------------------------


def test_a_draft_may_carry_its_revision() -> None:
    draft = report(status=DocumentStatus.DRAFT, number=None, draft_revision=2)
    assert draft.draft_revision == 2
    assert from_json(to_json(draft)) == draft


def test_an_issued_document_has_no_draft_revision() -> None:
    with pytest.raises(InvalidValueError) as caught:
        report(draft_revision=1)
    assert "Report.draft_revision" in str(caught.value)
    assert "dự thảo" in str(caught.value)


@pytest.mark.parametrize("bad", [0, -1, True, "2", 1.5])
def test_a_draft_revision_is_a_positive_int(bad: object) -> None:
    with pytest.raises(InvalidValueError, match="draft_revision"):
        report(status=DocumentStatus.DRAFT, draft_revision=bad)


# -- stamps and circulation note ------------------------------------------------------------


def test_stamps_and_circulation_round_trip_through_json() -> None:
    marked = report(
        secrecy=Secrecy.MAT, urgency=Urgency.HOA_TOC, circulation=Circulation.LUU_HANH_NOI_BO
    )
    text = to_json(marked)
    assert '"secrecy": "MẬT"' in text
    assert '"urgency": "HỎA TỐC"' in text
    assert '"circulation": "LƯU HÀNH NỘI BỘ"' in text
    assert from_json(text) == marked


@pytest.mark.parametrize("field", ["secrecy", "urgency", "circulation"])
def test_stamps_take_their_enum_only(field: str) -> None:
    with pytest.raises(InvalidValueError, match=field):
        report(**{field: "KHẨN"})


def test_the_fixed_wordings_are_the_decrees() -> None:
    assert [u.value for u in Urgency] == ["KHẨN", "THƯỢNG KHẨN", "HỎA TỐC"]
    assert [s.value for s in Secrecy] == ["MẬT", "TỐI MẬT", "TUYỆT MẬT"]
    assert [c.value for c in Circulation] == ["XEM XONG TRẢ LẠI", "LƯU HÀNH NỘI BỘ"]


# -- address block (ô 13) -------------------------------------------------------------------


def test_contact_lines_follow_the_decrees_sample() -> None:
    contact = Contact(
        address="Số 12 đường Tô Hiệu, tỉnh Cao Điền",
        telephone="0212 3852 111",
        fax="0212 3852 112",
        email="vanthu@caodien.gov.vn",
        website="https://caodien.gov.vn",
    )
    assert contact.lines() == [
        "Số 12 đường Tô Hiệu, tỉnh Cao Điền",
        "ĐT: 0212 3852 111, Fax: 0212 3852 112",
        "E-Mail: vanthu@caodien.gov.vn, Website: https://caodien.gov.vn",
    ]
    assert Contact(website="caodien.gov.vn").lines() == ["Website: caodien.gov.vn"]


def test_an_empty_contact_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="at least one"):
        Contact()
    with pytest.raises(InvalidValueError, match="at least one"):
        Contact(address="   ")


def test_a_contact_item_is_one_line() -> None:
    with pytest.raises(InvalidValueError, match=r"Contact\.address"):
        Contact(address="Số 12\nđường Tô Hiệu")


def test_contact_round_trips_on_the_agency() -> None:
    issuer = attrs.evolve(STATE, contact=Contact(telephone="0212 3852 111"))
    document = report(issuer=issuer)
    assert from_json(to_json(document)) == document


# -- drafter's code and copies (ô 12) -------------------------------------------------------


def test_the_drafters_code_is_raised_in_the_archive_line() -> None:
    recipients = Recipients(archive=("VT", "VP"), drafter="XT")
    assert recipients.archive_parts() == ("- Lưu: VT, VP", "XT", ".")
    assert recipients.lines() == ["- Lưu: VT, VPXT."]
    assert recipients.issue_line() is None


def test_copies_make_the_drafter_line_of_its_own() -> None:
    recipients = Recipients(archive=("VT", "VP"), drafter="pl", copies=300)
    assert recipients.archive_parts() == ("- Lưu: VT, VP", None, ".")
    assert recipients.issue_line() == "PL.(300)"
    assert Recipients(copies=12).issue_line() == "(12)"


def test_a_drafter_without_archive_line_is_not_lost() -> None:
    recipients = Recipients(archive=(), drafter="XT")
    assert recipients.archive_parts() is None
    assert recipients.issue_line() == "XT"


@pytest.mark.parametrize("bad", ["X T", "VP, XT", "(XT)", 5])
def test_a_drafters_code_is_one_word(bad: object) -> None:
    with pytest.raises(InvalidValueError, match=r"Recipients\.drafter"):
        Recipients(drafter=bad)


@pytest.mark.parametrize("bad", [0, -3, "300", True])
def test_copies_are_a_positive_int(bad: object) -> None:
    with pytest.raises(InvalidValueError, match=r"Recipients\.copies"):
        Recipients(copies=bad)


def test_drafter_and_copies_round_trip() -> None:
    document = report(recipients=Recipients(archive=("VT", "VP"), drafter="XT", copies=40))
    assert from_json(to_json(document)) == document


# -- Party documents: the symbol or the issuer --------------------------------------------


def test_a_party_issuer_makes_a_party_document_whatever_its_symbol() -> None:
    state_style = report(issuer=PARTY, number=DocumentNumber.parse("05/BC-BDVHU"))
    assert state_style.system is DocumentSystem.PARTY
    assert str(state_style.printed_number) == "05-BC/BDVHU"
    unnumbered = report(issuer=PARTY, number=None, status=DocumentStatus.DRAFT, signature=None)
    assert unnumbered.system is DocumentSystem.PARTY
    assert unnumbered.printed_number is None


def test_a_party_symbol_makes_a_party_document_whatever_its_issuer() -> None:
    document = Plan(
        issuer=Agency(name="Khối thi đua"),
        number=DocumentNumber.parse("166-KH/ĐU"),
        place_date=PlaceDate(place="Cao Điền", date=dt.date(2025, 12, 15)),
        subject="về công tác dân vận",
        signature=Signature(head_title="Bí thư", name="A"),
    )
    assert document.system is DocumentSystem.PARTY
    assert document.printed_number == document.number


def test_a_state_document_prints_its_number_unchanged() -> None:
    document = report()
    assert document.system is DocumentSystem.STATE
    assert document.printed_number is document.number


@pytest.mark.parametrize(
    ("agency", "system"),
    [
        (Agency(name="Ủy ban nhân dân tỉnh Cao Điền", abbreviation="UBND"), DocumentSystem.STATE),
        (Agency(name="Ban Dân vận Huyện ủy"), DocumentSystem.PARTY),
        (Agency(name="Văn phòng", parent="Tỉnh ủy Cao Điền"), DocumentSystem.PARTY),
        (Agency(name="Ban Dân vận", parent="Huyện ủy Mộc Châu"), DocumentSystem.PARTY),
        (Agency(name="Cơ quan Thử", abbreviation="UBKTTU"), DocumentSystem.PARTY),
        (Agency(name="Sở Nội vụ", parent="Ủy ban nhân dân tỉnh"), DocumentSystem.STATE),
    ],
)
def test_agency_system(agency: Agency, system: DocumentSystem) -> None:
    assert agency.system is system
