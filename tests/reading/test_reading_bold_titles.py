"""A heading set wholly in bold (or italic) after its label keeps its title.

Word users type "KẾT QUẢ THỰC HIỆN" in bold after Word's automatic "I.", and Markdown
exports write "I. **KẾT QUẢ**": that bold is the heading's look, so the section gets the
title. A title only partly emphasised ("**MỤC ĐÍCH**, YÊU CẦU") stays a paragraph of runs
under an untitled section, so the emphasis is not lost. Found by the new-user audit.
"""

from __future__ import annotations

import pytest
from docx_fixtures import abstract, build_docx, lvl, num, p, r, table

import danvan as dv

_HEADER = [
    ["ỦY BAN NHÂN DÂN TỈNH CAO ĐIỀN\nSỞ DỮ LIỆU SỐ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["Số: 12/BC-SDLS", "Cao Điền, ngày 05 tháng 3 năm 2025"],
]
_NUMBERING = abstract(0, lvl(0, "upperRoman", "%1."), lvl(1, "decimal", "%2.")) + num(1, 0)


def _numbered_runs(runs: str, ilvl: int) -> str:
    ppr = f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="1"/></w:numPr>'
    return p(ppr=ppr, raw=runs)


@pytest.mark.parametrize("rpr", ["<w:b/>", "<w:i/>", "<w:b/><w:i/>"])
def test_an_automatically_numbered_heading_in_one_emphasis_keeps_its_title(rpr: str) -> None:
    body = (
        table(_HEADER, borders=False)
        + p("BÁO CÁO", rpr="<w:b/>")
        + p("Kết quả công tác dân vận quý I năm 2025", rpr="<w:b/>")
        + _numbered_runs(r("KẾT QUẢ THỰC HIỆN", rpr), 0)
        + _numbered_runs(r("Công tác ", rpr) + r("tuyên truyền", rpr), 1)
        + p("Tổ chức 03 hội nghị tuyên truyền.")
        + _numbered_runs(r("PHƯƠNG HƯỚNG", rpr), 0)
        + p("Tiếp tục thực hiện phong trào.")
    )
    document = dv.read(build_docx(body, numbering=_NUMBERING), format="docx")
    assert [(s.number, s.title) for s in document.body] == [
        ("I", "KẾT QUẢ THỰC HIỆN"),
        ("II", "PHƯƠNG HƯỚNG"),
    ]
    first = document.body[0].blocks[0]
    assert isinstance(first, dv.Section)
    assert (first.number, first.title) == ("1", "Công tác tuyên truyền")


_MARKDOWN = """\
**SỞ DỮ LIỆU SỐ TỈNH CAO ĐIỀN**

Số: 12/BC-SDLS

*Cao Điền, ngày 05 tháng 3 năm 2025*

# BÁO CÁO

**Kết quả công tác dân vận quý I năm 2025**

{heading}

Tổ chức 03 hội nghị tuyên truyền.
"""


@pytest.mark.parametrize(
    "heading",
    ["I. **KẾT QUẢ THỰC HIỆN**", "**I. KẾT QUẢ THỰC HIỆN**", "I. *KẾT QUẢ THỰC HIỆN*"],
)
def test_a_markdown_heading_in_one_emphasis_keeps_its_title(heading: str) -> None:
    document = dv.read(_MARKDOWN.format(heading=heading).encode(), format="markdown")
    assert [(s.number, s.title) for s in document.body] == [("I", "KẾT QUẢ THỰC HIỆN")]


def test_a_title_partly_emphasised_keeps_its_emphasis_as_runs() -> None:
    text = _MARKDOWN.format(heading="I. **KẾT QUẢ** THỰC HIỆN")
    document = dv.read(text.encode(), format="markdown")
    (section,) = document.body
    assert section.title is None
    paragraph = section.blocks[0]
    assert isinstance(paragraph, dv.Paragraph)
    assert [type(run).__name__ for run in paragraph.runs][:2] == ["Emphasis", "Text"]
