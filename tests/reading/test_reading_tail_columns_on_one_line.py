"""The closing block's two columns copied onto one line (a PDF's text without its layout).

"Nơi nhận: GIÁM ĐỐC" — the right column's first title after the heading with one space —
starts the signature (finding R128), and "- Lưu: VT, VP.      Trần Văn An" gives the
archive line to the recipients and the name to the signature. Found by the new-user audit:
"GIÁM ĐỐC" was read as a recipient and the document had no signature.
"""

from __future__ import annotations

import pytest
from nothing_lost import assert_nothing_lost

import danvan as dv

_HEAD = """\
SỞ DỮ LIỆU SỐ TỈNH CAO ĐIỀN

Số: 07/BC-SDLS

Cao Điền, ngày 02 tháng 3 năm 2026

BÁO CÁO
Kết quả công tác dân vận chính quyền tháng 02 năm 2026

I. KẾT QUẢ
Sở tổ chức 03 hội nghị đối thoại với người dân.
Trên đây là báo cáo của Sở Dữ liệu số tỉnh Cao Điền./.
"""


@pytest.mark.parametrize(
    ("first", "authority", "head_title", "signer_title"),
    [
        ("GIÁM ĐỐC", None, "GIÁM ĐỐC", None),
        ("KT. GIÁM ĐỐC", dv.Authority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ],
)
def test_the_signature_title_on_the_recipients_heading_line(
    first: str, authority: dv.Authority | None, head_title: str, signer_title: str | None
) -> None:
    second = "- Sở Nội vụ;" + ("          PHÓ GIÁM ĐỐC" if signer_title else "")
    tail = f"Nơi nhận: {first}\n- Như trên;\n{second}\n- Lưu: VT, VP.          Trần Văn An\n"
    document = dv.read_text(_HEAD + tail)
    assert document.signature is not None
    assert document.signature.authority is authority
    assert document.signature.head_title == head_title
    assert document.signature.signer_title == signer_title
    assert document.signature.name == "Trần Văn An"
    assert document.recipients is not None
    assert [entry.name for entry in document.recipients.entries] == ["Sở Nội vụ"]
    assert document.recipients.archive == ("VT", "VP")
    assert "R128" in [finding.code for finding in document.origin.findings]  # type: ignore[union-attr]


def test_a_recipient_on_the_heading_line_stays_a_recipient() -> None:
    tail = "Nơi nhận: UBND TỈNH CAO ĐIỀN;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nTrần Văn An\n"
    document = dv.read_text(_HEAD + tail)
    assert document.recipients is not None
    assert [entry.name for entry in document.recipients.entries] == ["UBND TỈNH CAO ĐIỀN"]
    assert document.signature is not None
    assert document.signature.head_title == "GIÁM ĐỐC"


@pytest.mark.parametrize(
    "text",
    [
        "Số:\nPHÓ GIÁM ĐỐC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # found by the keyword soup
        _HEAD + "Nơi nhận:\n- Sở Nội vụ;\nGIÁM ĐỐC Độc lập - Tự do - Hạnh phúc\n",
    ],
)
def test_the_closing_block_is_split_only_where_a_layout_separates_columns(text: str) -> None:
    """The header's rule (split at the national title after other words) is not the closing
    block's: there a line keeps its words together unless "|", a tab or wide spaces part it."""
    for document in (dv.read_text(text), dv.read(text.encode(), format="markdown")):
        assert_nothing_lost(text, document)


def test_a_title_line_beyond_what_the_signature_holds_is_kept() -> None:
    """Found by the placement property test: a third plain title line was dropped."""
    text = "Nơi nhận:\nGIÁM ĐỐC\nGIÁM ĐỐC\nUBND TỈNH CAO ĐIỀN"
    document = dv.read_text(text)
    assert document.signature is not None
    assert (document.signature.head_title, document.signature.signer_title) == (
        "GIÁM ĐỐC",
        "GIÁM ĐỐC",
    )
    assert_nothing_lost(text, document)
