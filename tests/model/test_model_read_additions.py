"""What the model gained to hold read documents (issue 9, §4): each with JSON and every renderer."""

from __future__ import annotations

import io
import zipfile

import pytest

from danvan.errors import InvalidValueError
from danvan.io import from_json, to_json
from danvan.model import (
    Appendix,
    Authority,
    BulletItem,
    BulletList,
    Citation,
    Count,
    DocumentStatus,
    EmphasisKind,
    Indicator,
    IndicatorTable,
    LegalReference,
    Paragraph,
    Report,
    Section,
    Signature,
    SourceLocation,
    Superscript,
    Text,
    Unplaced,
)
from danvan.refs import extract_references
from danvan.rendering.registry import render

KL114 = extract_references("Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư")[0].reference


def _cite(reference: LegalReference, emphasis: EmphasisKind | None = None) -> Citation:
    return Citation(text=reference.format("short"), reference=reference, emphasis=emphasis)


def _as_read(**parts: object) -> Report:
    fields: dict[str, object] = {
        "issuer": None,
        "place_date": None,
        "subject": None,
        "status": DocumentStatus.AS_READ,
    }
    fields.update(parts)
    return Report(**fields)  # type: ignore[arg-type]


def _everything() -> Report:
    return _as_read(
        body=(
            Section(
                number="I",
                prefix="Phần",
                title="Kết quả thực hiện " + KL114.format("short"),
                citations=(_cite(KL114),),
                blocks=(
                    Section(
                        number="VI",
                        title="KIẾN NGHỊ, ĐỀ XUẤT:",
                        run_in=True,
                        blocks=(Paragraph.of("(Không)."),),
                    ),
                ),
            ),
            BulletList.of(
                BulletItem(
                    content=Paragraph.of("Về kiện toàn tổ chức bộ máy"),
                    blocks=(Paragraph.of("Đã sắp xếp lại 04 phòng chuyên môn."),),
                )
            ),
            Paragraph(
                runs=(
                    Text(text="Theo "),
                    _cite(KL114, EmphasisKind.ITALIC),
                    Text(text=", diện tích 10 m"),
                    Superscript(text="2"),
                )
            ),
            Unplaced(lines=("(chữ ký số)",), location=SourceLocation(source="a.txt", line=9)),
        ),
        signature=Signature(
            on_behalf_of="Ủy ban nhân dân",
            authority=Authority.KT,
            head_title="Chủ tịch",
            signer_title="Phó Chủ tịch",
            name="Đinh Văn Hòa",
        ),
        appendices=(
            Appendix(
                title="SỐ LIỆU",
                label="PHỤ LỤC I",
                attachment="(Kèm theo Báo cáo số 12/BC-UBND ngày 05/3/2024)",
                blocks=(
                    IndicatorTable(
                        indicators=(
                            Indicator(
                                name="Công tác kiểm tra",
                                is_group=True,
                                breakdown=(
                                    Indicator(
                                        name="Tổng số đoàn kiểm tra",
                                        value=Count(value=1, digits=2),
                                    ),
                                ),
                            ),
                            Indicator(
                                name="Mô hình",
                                value=Count(value=1, up_to=2, digits=2, unit="mô hình"),
                                written="01-02 mô hình",
                            ),
                        )
                    ),
                ),
            ),
        ),
    )


def test_a_document_as_read_may_lack_issuer_date_and_subject() -> None:
    document = _as_read()
    assert document.issuer is None
    with pytest.raises(InvalidValueError, match="AS_READ"):
        Report(issuer=None, place_date=None, subject="x", status=DocumentStatus.DRAFT)


def test_counts_keep_zero_padding_and_ranges() -> None:
    assert str(Count(value=8, digits=2)) == "08"
    assert str(Count(value=1, up_to=2, digits=2, unit="mô hình")) == "01-02 mô hình"
    assert str(Count(value=1_000, digits=2)) == "1.000"
    with pytest.raises(InvalidValueError, match="range"):
        Count(value=3, up_to=2)


def test_an_indicator_group_has_parts_and_no_total() -> None:
    with pytest.raises(InvalidValueError, match="nhóm chỉ tiêu"):
        Indicator(name="Nhóm", is_group=True)


def test_two_authority_signature_lines() -> None:
    signature = _everything().signature
    assert signature is not None
    assert signature.lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    with pytest.raises(InvalidValueError, match="KT"):
        Signature(on_behalf_of="Ủy ban nhân dân", head_title="Chủ tịch")


def test_run_in_needs_a_title_and_a_paragraph() -> None:
    with pytest.raises(InvalidValueError, match="run-in"):
        Section(title="KIẾN NGHỊ", run_in=True)


def test_title_citations_stand_in_the_title() -> None:
    with pytest.raises(InvalidValueError, match="stands in the title"):
        Section(title="Kết quả", citations=(_cite(KL114),))


def test_references_include_titles_and_emphasis() -> None:
    assert [ref.format("short") for ref in _everything().references] == [
        KL114.format("short"),
        KL114.format("short"),
    ]


def test_json_round_trip_of_every_addition() -> None:
    document = _everything()
    assert from_json(to_json(document)) == document


@pytest.mark.parametrize("format", ["text", "markdown", "html", "docx"])
def test_every_renderer_renders_every_addition(format: str) -> None:
    data = render(_everything(), format)
    if format == "docx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml").decode("utf-8")
        text = xml
        assert 'w:vertAlign w:val="superscript"' in xml
    else:
        text = data.decode("utf-8")
    for needle in (
        "Phần I",
        "KIẾN NGHỊ, ĐỀ XUẤT:",
        "(Không).",
        "Đã sắp xếp lại 04 phòng chuyên môn.",
        "(chữ ký số)",
        "TM. ỦY BAN NHÂN DÂN",
        "PHỤ LỤC I",
        "(Kèm theo Báo cáo số 12/BC-UBND ngày 05/3/2024)",
        "01-02 mô hình",
    ):
        assert needle in text, (format, needle)
    if format == "text":
        assert "VI. KIẾN NGHỊ, ĐỀ XUẤT: (Không)." in text  # one line
        assert "Công tác kiểm tra; trong đó" not in text  # a group, not a breakdown
    if format in ("html", "markdown"):
        assert "<sup>2</sup>" in text


def test_place_date_is_optional_only_as_read() -> None:
    from danvan.model import Agency

    with pytest.raises(InvalidValueError, match="place and date"):
        Report(
            issuer=Agency(name="Sở Dữ liệu số"),
            place_date=None,
            subject="x",
            status=DocumentStatus.DRAFT,
        )
    document = _as_read(subject="Kết quả", period=None)
    assert document.place_date is None
    assert document.subject == "Kết quả"
