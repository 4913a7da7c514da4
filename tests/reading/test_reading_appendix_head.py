"""Where an appendix (phụ lục) starts in text: capitals, a heading, or the word alone.

danvan's own text layout prints "Phụ lục" in the decree's case on its own line, above the
upper-case title and the "(Kèm theo …)" line; a clerk's copy often has "PHỤ LỤC". Both open
an appendix; a sentence of the body that merely begins with "Phụ lục" does not.
"""

from __future__ import annotations

import pytest

import danvan as dv
from danvan.demo import demo_report
from danvan.rendering.registry import render

_HEAD = """\
SỞ DỮ LIỆU SỐ TỈNH CAO ĐIỀN

Số: 07/BC-SDLS

Cao Điền, ngày 02 tháng 3 năm 2026

BÁO CÁO
Kết quả công tác dân vận chính quyền tháng 02 năm 2026

I. KẾT QUẢ
1. Sở tổ chức 03 hội nghị đối thoại với người dân.
{body_line}
Trên đây là báo cáo của Sở Dữ liệu số tỉnh Cao Điền./.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.

GIÁM ĐỐC

Lò Văn Sơn
"""


@pytest.mark.parametrize("head", ["Phụ lục", "PHỤ LỤC", "Phụ lục 01", "Phụ lục II"])
@pytest.mark.parametrize(
    "next_line",
    ["SỐ LIỆU THÁNG 02 NĂM 2026", "(Kèm theo Báo cáo số 07/BC-SDLS ngày 02/3/2026)"],
)
def test_the_word_alone_with_its_title_or_attachment_line_opens_an_appendix(
    head: str, next_line: str
) -> None:
    text = (
        _HEAD.format(body_line="2. Tiếp nhận 12 ý kiến.")
        + f"\n{head}\n{next_line}\n\n1. Số hội nghị: 03\n"
    )
    document = dv.read_text(text)
    assert len(document.appendices) == 1
    assert document.appendices[0].label == head
    assert "Trên đây" in dv.render(document, "text").decode().split(head)[0]


def test_a_sentence_that_begins_with_the_word_stays_in_the_body() -> None:
    text = _HEAD.format(body_line="Phụ lục kèm theo báo cáo này gồm các biểu số liệu.")
    document = dv.read_text(text)
    assert document.appendices == ()
    assert "Phụ lục kèm theo báo cáo này" in dv.render(document, "text").decode()


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_danvans_own_text_and_markdown_read_back_with_their_appendix(fmt: str) -> None:
    original = demo_report()
    read = dv.read(render(original, fmt), format=fmt)
    assert len(read.appendices) == len(original.appendices) == 1
    assert read.closing == original.closing
    assert [type(b) for b in read.appendices[0].blocks] == [
        type(b) for b in original.appendices[0].blocks
    ]
