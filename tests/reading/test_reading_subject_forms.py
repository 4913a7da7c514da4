"""A subject (trích yếu) that begins like a basis: "Thực hiện công tác dân vận …".

Right under the type name it is the subject; after a blank line (as Markdown always writes
it) it is still the subject when its block ends without punctuation, while a basis
(căn cứ) ends with ";", ",", ":" or ".". Found by the new-user audit: danvan's own
Markdown of such a plan read back with no subject.
"""

from __future__ import annotations

import attrs
import pytest

import danvan as dv
from danvan.demo import demo_report
from danvan.rendering.registry import render

_SUBJECT = "Thực hiện công tác dân vận chính quyền năm 2026"


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_danvans_own_rendering_keeps_a_subject_that_begins_with_thuc_hien(fmt: str) -> None:
    original = attrs.evolve(demo_report(), subject=_SUBJECT)
    read = dv.read(render(original, fmt), format=fmt)
    assert read.subject == _SUBJECT
    assert len(read.bases) == len(original.bases)


_TEXT = """\
SỞ DỮ LIỆU SỐ TỈNH CAO ĐIỀN

Số: 03/KH-SDLS

Cao Điền, ngày 10 tháng 01 năm 2026

KẾ HOẠCH

{first}

Căn cứ Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022 của Quốc hội;

Sở Dữ liệu số ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của công chức.
"""


@pytest.mark.parametrize(
    "first",
    [
        _SUBJECT,
        "Thực hiện công tác dân vận chính quyền\nnăm 2026",  # wrapped, no punctuation
    ],
)
def test_after_a_blank_line_a_block_without_punctuation_is_the_subject(first: str) -> None:
    document = dv.read_text(_TEXT.format(first=first))
    assert document.subject == _SUBJECT
    assert len(document.bases) == 1


@pytest.mark.parametrize(
    "first",
    [
        "Thực hiện Kế hoạch số 52-KH/BDVTU ngày 05/01/2026 của Ban Dân vận Tỉnh ủy,",
        "Thực hiện Kế hoạch số 52-KH/BDVTU\nngày 05/01/2026 của Ban Dân vận Tỉnh ủy;",
    ],
)
def test_after_a_blank_line_a_block_ending_as_a_basis_is_a_basis(first: str) -> None:
    document = dv.read_text(_TEXT.format(first=first))
    assert document.subject is None
    assert len(document.bases) == 2
