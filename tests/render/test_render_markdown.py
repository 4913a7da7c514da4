"""The Markdown renderer: layout wording, headings, lists, pipe tables, footnotes and escaping."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from builders import AGENCY, SIGNATURE, small_party_plan, small_report
from hypothesis import given
from hypothesis import strategies as st

from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
    BulletList,
    DocumentNumber,
    DocumentStatus,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    Paragraph,
    PartialDate,
    PlaceDate,
    Plan,
    Section,
    Table,
    Task,
    TaskTable,
    Text,
)
from danvan.rendering.markdown import MarkdownRenderer, escape_markdown, render_markdown
from danvan.rendering.registry import get_renderer, render
from danvan.rendering.wording import MOTTO, NATIONAL_TITLE, PARTY_TITLE, attachment_line


def test_registered_under_its_name() -> None:
    renderer = get_renderer("markdown")
    assert isinstance(renderer, MarkdownRenderer)
    assert renderer.media_type == "text/markdown; charset=utf-8"
    assert renderer.suffix == ".md"
    assert render(demo_report(), "markdown").decode("utf-8") == render_markdown(demo_report())


def test_rejects_unknown_options() -> None:
    with pytest.raises(InvalidValueError, match="standalone"):
        render(demo_report(), "markdown", standalone=False)


def test_header_table_title_and_subject() -> None:
    md = render_markdown(demo_report())
    lines = md.splitlines()
    assert lines[0] == f"| UBND TỈNH NGHỆ AN | **{NATIONAL_TITLE}** |"
    assert lines[1] == "| :---: | :---: |"
    assert lines[2] == f"| **SỞ DÂN SINH VÀ CỘNG ĐỒNG** | **{MOTTO}** |"
    assert lines[3] == "| Số: 05/BC-SDSCĐ | *Nghệ An, ngày 15 tháng 12 năm 2025* |"
    assert "\n# BÁO CÁO\n\n**Kết quả thực hiện dân chủ ở cơ sở năm 2025**\n" in md
    assert "\nKính gửi: Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Nghệ An\n" in md


def test_sections_are_headings_by_depth() -> None:
    md = render_markdown(demo_report())
    assert "\n## I. ĐẶC ĐIỂM TÌNH HÌNH\n" in md
    assert "\n### 1. Công tác lãnh đạo, chỉ đạo\n" in md
    assert "\n#### a) Công khai thông tin\n" in md
    # untitled sections put their (escaped) label before the first paragraph
    assert "\n1\\. Tiếp tục quán triệt" in md


def test_deep_sections_and_headings_stop_at_six() -> None:
    inner = Section(title="Sâu năm", blocks=(Paragraph.of("x"),))
    for title in ("Sâu bốn", "Sâu ba", "Sâu hai", "Sâu một"):
        inner = Section(title=title, blocks=(inner,))
    md = render_markdown(small_report(body=(inner,)))
    assert "\n## I. SÂU MỘT\n" in md
    assert "\n#### a) Sâu ba\n" in md
    assert "\n##### Sâu bốn\n" in md
    assert "\n###### Sâu năm\n" in md


def test_nested_bullets_are_a_tight_list_with_their_markers() -> None:
    md = render_markdown(demo_report())
    assert (
        "- Niêm yết công khai tại trụ sở và trên Cổng thông tin điện tử:\n"
        "  + Dự toán và quyết toán ngân sách năm;\n"
        "  + Kế hoạch tuyển dụng, nâng lương, bổ nhiệm;\n"
    ) in md


def test_footnotes_and_emphasis() -> None:
    md = render_markdown(demo_report())
    assert "người tham dự[^1]; 27 ý kiến" in md
    assert "\n[^1]: 06 người vắng mặt có lý do, đã gửi ý kiến bằng văn bản.\n" in md
    assert "mô hình *“Một lần đến, trọn việc”* tại" in md
    paragraph = Paragraph.of(
        "a ",
        Emphasis(text="đậm ", kind=EmphasisKind.BOLD),
        Emphasis(text="cả hai", kind=EmphasisKind.BOLD_ITALIC),
        " b",
    )
    md = render_markdown(small_report(body=(paragraph,)))
    assert "a **đậm** ***cả hai*** b./." in md


def test_footnote_numbers_run_through_appendices() -> None:
    body = (Paragraph.of("Thân", Footnote(text="Chú một")),)
    appendix = Appendix(title="Phụ", blocks=(Paragraph.of("Phụ lục", Footnote(text="Chú hai")),))
    md = render_markdown(small_report(body=body, appendices=(appendix,)))
    assert "[^1]: Chú một" in md
    assert "Phụ lục[^2]" in md
    assert "[^2]: Chú hai" in md


def test_body_ends_with_end_mark_once() -> None:
    md = render_markdown(small_report())
    assert "\nNội dung./.\n" in md
    md = render_markdown(demo_report())
    assert md.count("./.") == 1
    table = Table(header=("A",), rows=(("b",),))
    md = render_markdown(small_report(body=(table,)))
    assert "| b |\n\n./.\n" in md


def test_recipients_signature_and_appendix() -> None:
    document = demo_report()
    md = render_markdown(document)
    assert "\n***Nơi nhận:***\n\n- Như trên;\n- Ban Dân vận Tỉnh ủy (để báo cáo);\n" in md
    assert "- Lưu: VT, VP.\n" in md
    assert "\n**KT. GIÁM ĐỐC**\\\n**PHÓ GIÁM ĐỐC**\n\n**Trần Thị Minh Hòa**\n" in md
    assert "\n---\n\n# Phụ lục\n\n**SỐ LIỆU THỰC HIỆN DÂN CHỦ Ở CƠ SỞ NĂM 2025**\n" in md
    assert f"\n*{attachment_line(document)}*\n" in md


def test_indicator_table_is_a_pipe_table() -> None:
    md = render_markdown(demo_report())
    assert "| STT | Chỉ tiêu | Số liệu | Ghi chú |\n| :---: | --- | --- | --- |\n" in md
    assert (
        "| 1 | Tổng số văn bản chỉ đạo, triển khai đã ban hành; trong đó: | 12 văn bản |  |\n"
        "|  | - Cấp ủy | 4 văn bản |  |\n"
    ) in md
    assert (
        "| 4 | Kinh phí hỗ trợ hộ nghèo, hộ có hoàn cảnh khó khăn; trong đó: | 25.350.000 đồng |  |"
        in md
    )
    assert "| 6 | Tỷ lệ dịch vụ công trực tuyến toàn trình | 87,5% |  |" in md


def test_task_table_is_a_pipe_table() -> None:
    tasks = TaskTable(
        title="Phân công",
        tasks=(
            Task(
                description="Tập huấn",
                lead="Văn phòng",
                partners=("Phòng A", "Phòng B"),
                deadline=dt.date(2026, 6, 30),
                output="Báo cáo",
            ),
        ),
    )
    plan = Plan(
        number=DocumentNumber.parse("03/KH-STN"),
        issuer=AGENCY,
        place_date=PlaceDate(place="Thử", date=dt.date(2026, 2, 3)),
        subject="Thử kế hoạch",
        body=(tasks,),
        signature=SIGNATURE,
    )
    md = render_markdown(plan)
    assert "\n# KẾ HOẠCH\n" in md
    assert "\n**Phân công**\n" in md
    assert (
        "| STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Sản phẩm |\n"
        "| :---: | --- | --- | --- | --- | --- |\n"
        "| 1 | Tập huấn | Văn phòng | Phòng A, Phòng B | Trước ngày 30/6/2026 | Báo cáo |\n"
    ) in md


def test_party_header_and_recipients() -> None:
    plan = small_party_plan()
    md = render_markdown(plan)
    lines = md.splitlines()
    assert lines[0] == f"| **ĐẢNG ỦY KHỐI THỬ** | **{PARTY_TITLE}** |"
    assert lines[2] == "| \\* |  |"
    assert lines[3] == "| Số 166-KH/ĐU | *Thử, ngày 03 tháng 02 năm 2026* |"
    assert "\n## I- MỤC ĐÍCH\n" in md
    assert "\nNơi nhận\n" in md
    assert "**T/M BAN THƯỜNG VỤ**" in md


def test_draft_keeps_its_blanks() -> None:
    draft = small_report(
        number=DocumentNumber.parse("/BC-STN"),
        place_date=PlaceDate(place="Thử", date=PartialDate(year=2026, month=1)),
        status=DocumentStatus.DRAFT,
        signature=None,
    )
    md = render_markdown(draft)
    assert md.splitlines()[0] == "**DỰ THẢO**"
    (number,) = [line for line in md.splitlines() if line.startswith("| Số:")]
    assert "/BC-STN |" in number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a*b_c", "a\\*b\\_c"),
        ("# không phải tiêu đề", "\\# không phải tiêu đề"),
        ("[liên kết](x)", "\\[liên kết\\](x)"),
        ("a|b", "a\\|b"),
        ("`mã`", "\\`mã\\`"),
        ("- không phải ý", "\\- không phải ý"),
        ("+ không phải ý", "\\+ không phải ý"),
        ("1. không phải danh sách", "1\\. không phải danh sách"),
        ("2) không phải danh sách", "2\\) không phải danh sách"),
        ("> không phải trích dẫn", "\\> không phải trích dẫn"),
        ("<script>alert(1)</script>", "\\<script>alert(1)\\</script>"),
        ("KH&CN", "KH&CN"),
        ("&amp;", "&amp;amp;"),
        ("    thụt lề", "thụt lề"),
        ("dòng một\n- dòng hai", "dòng một\n\\- dòng hai"),
    ],
)
def test_escape_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def test_escape_mid_line_leaves_list_markers() -> None:
    assert escape_markdown("- a 1. b", line_start=False) == "- a 1. b"


def test_content_cannot_turn_into_markup() -> None:
    hostile = "*đậm?* _nghiêng?_ [x](y) `z` # | ~~gạch~~ <b>thẻ</b>"
    document = small_report(
        subject="Về KH&CN <script>",
        body=(
            Paragraph.of("1. Không phải danh sách"),
            Paragraph.of(Text(text="- Không phải ý"), Text(text=hostile)),
            BulletList.of("# không phải tiêu đề"),
            Table(header=("a|b", "c"), rows=(("d\ne", "*f*"),)),
            IndicatorTable(indicators=(Indicator(name="Tên | cột", note="*ghi*"),)),
        ),
    )
    md = render_markdown(document)
    assert "**Về KH&CN \\<script>**" in md
    assert "\n1\\. Không phải danh sách\n" in md
    assert "\n\\- Không phải ý\\*đậm?\\* \\_nghiêng?\\_ \\[x\\](y) \\`z\\` \\# \\| " in md
    assert "\\~\\~gạch\\~\\~ \\<b>thẻ\\</b>" in md
    assert "\n- \\# không phải tiêu đề\n" in md
    assert "| a\\|b | c |" in md
    assert "| d<br>e | \\*f\\* |" in md
    assert "| 1 | Tên \\| cột |  | \\*ghi\\* |" in md


def test_footnote_before_a_colon_is_not_a_definition() -> None:
    paragraph = Paragraph.of(Footnote(text="chú"), ": tiếp")
    md = render_markdown(small_report(body=(paragraph,)))
    assert "\n[^1]\\: tiếp./.\n" in md


# -- every line break Unicode knows (str.splitlines) is a line start --------------------------

LINE_BREAKS = (
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
)
_SPLIT = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""str.splitlines() boundaries, keeping empty lines (so counts can be compared)."""
_BLOCK_START = re.compile(r"[ \t]*(?:[-+*>=#_~`]|\d+[.)])")


def _unescaped_block_starts(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if _BLOCK_START.match(line)]


@pytest.mark.parametrize("brk", LINE_BREAKS)
def test_a_lone_line_break_never_starts_a_block(brk: str) -> None:
    for starter in ("- mục chèn", "> trích", "# tiêu đề", "1. mục", "+ ý", "=== ", "    mã"):
        escaped = escape_markdown(f"Kết thúc{brk}{starter}", line_start=False)
        assert _unescaped_block_starts(escaped) == [], (brk, starter, escaped)
    body = (Paragraph.of(f"Kết thúc{brk}- mục chèn"),)
    md = render_markdown(small_report(body=body))
    assert not any(line.startswith("- mục chèn") for line in md.splitlines())
    assert "\\- mục chèn" in md


_MARKUP_TEXT = st.text(
    st.sampled_from(
        [
            *(brk for brk in LINE_BREAKS if len(brk) == 1),
            "-",
            "+",
            ">",
            "#",
            "1",
            ".",
            ")",
            " ",
            "\t",
            "a",
            "=",
            "*",
            "ễ",
        ]
    ),
    max_size=30,
)


@given(_MARKUP_TEXT, st.booleans())
def test_escaped_text_starts_no_block_on_any_line(text: str, line_start: bool) -> None:
    escaped = escape_markdown(text, line_start=line_start)
    lines = _SPLIT.split(escaped)
    checked = lines if line_start else lines[1:]
    assert [line for line in checked if _BLOCK_START.match(line)] == []
    # nothing is lost: every line keeps its characters (leading spaces and tabs aside)
    originals = _SPLIT.split(text)
    assert len(lines) == len(originals)
    for index, (original, line) in enumerate(zip(originals, lines, strict=True)):
        expected = original if index == 0 and not line_start else original.lstrip(" \t")
        assert line.replace("\\", "") == expected


@given(_MARKUP_TEXT.filter(str.strip))
def test_rendered_paragraphs_and_bullets_start_no_block(text: str) -> None:
    body = (
        Paragraph.of("Đầu ", Text(text=text)),
        BulletList.of(Paragraph.of("ý ", Text(text=text))),
    )
    md = render_markdown(small_report(body=body, subject="Thử"))
    lines = md.splitlines()
    body_lines = lines[lines.index("**Thử**") + 1 : lines.index("**GIÁM ĐỐC**")]
    for line in body_lines:
        if line.startswith("- ý "):
            continue  # the list item itself
        stripped = line.lstrip(" \t")
        assert not re.match(r"(?:[-+*>=#]|\d+[.)])(?:[ \t]|$)", stripped), line


@pytest.mark.parametrize("text", ["\r\t\n", "a\r \nb", "\r\t\r\n"])
def test_a_blank_line_between_a_lone_cr_and_a_newline_stays_a_line(text: str) -> None:
    """The indent dropped from a blank line must not fuse a lone "\\r" and the next "\\n"
    into one CRLF break (found by hypothesis: "\\r\\t\\n" lost a line)."""
    escaped = escape_markdown(text)
    assert len(_SPLIT.split(escaped)) == len(_SPLIT.split(text))
