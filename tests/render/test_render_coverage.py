"""Every built-in renderer handles every node type: each block, inline run and quantity shows up.

One document holds every Block type (nested bullets, every kind of table, sections four
deep, sections without titles), every Inline type and every Quantity type; each renderer
must carry each piece of its text into the output. A renderer that silently drops a node
type it does not know fails here.
"""

from __future__ import annotations

import datetime as dt
import html
import importlib
import json
import re
import unicodedata
import zipfile
from decimal import Decimal
from html.parser import HTMLParser
from io import BytesIO
from typing import Any

import pytest

from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BulletItem,
    BulletList,
    Citation,
    Count,
    DocumentNumber,
    DocumentType,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    LegalReference,
    Money,
    Paragraph,
    Percent,
    PlaceDate,
    Plan,
    Ratio,
    Recipient,
    Recipients,
    Report,
    ReportingPeriod,
    Section,
    Signature,
    Table,
    Task,
    TaskTable,
    TextValue,
)
from danvan.rendering.registry import render
from danvan.rendering.wording import PARTY_TITLE, attachment_line, number_line

QUANTITIES = (
    Count(value=1234, unit="hộ"),
    Money(amount=7_500_000),
    Ratio(numerator=3, denominator=4, percent=75, unit="xã"),
    Percent(value=Decimal("99.1")),
    TextValue(text="Chưa thống kê"),
)

REFERENCE = LegalReference(
    document_type=DocumentType.KET_LUAN,
    symbol=DocumentNumber.parse("114-KL/TW"),
    date=dt.date(2015, 7, 14),
    issuer="Ban Bí thư Trung ương Đảng",
)


def everything() -> Report:
    """A report with every block, inline and quantity type (every piece of text is unique)."""
    deep = Section(
        title="Mục sâu cấp một",
        blocks=(
            Section(
                title="Khoản cấp hai",
                blocks=(
                    Section(
                        title="Điểm cấp ba",
                        blocks=(
                            Section(
                                title="Ý cấp bốn",
                                blocks=(Paragraph.of("Đoạn văn ở cấp bốn"),),
                            ),
                        ),
                    ),
                ),
            ),
        ),
    )
    untitled = Section(
        title="Mục không tiêu đề con",
        blocks=(
            Section(blocks=(Paragraph.of("Khoản không tiêu đề thứ nhất"),)),
            Section(blocks=(BulletList.of("Ý đầu khoản không tiêu đề thứ hai"),)),
        ),
    )
    runs = Section(
        title="Mục các kiểu chữ",
        blocks=(
            Paragraph.of(
                "Chữ thường đầu đoạn, ",
                Emphasis(text="chữ nghiêng riêng"),
                ", ",
                Emphasis(text="chữ đậm riêng", kind=EmphasisKind.BOLD),
                ", ",
                Emphasis(text="chữ đậm nghiêng riêng", kind=EmphasisKind.BOLD_ITALIC),
                ", theo ",
                Citation(text="Kết luận số 114-KL/TW", reference=REFERENCE),
                Footnote(text="Nội dung chú thích cuối trang"),
                " và hết đoạn.",
            ),
            BulletList(
                items=(
                    BulletItem(
                        content=Paragraph.of("Ý gạch đầu dòng cha"),
                        children=BulletList.of(
                            "Ý cộng con thứ nhất", "Ý cộng con thứ hai", marker="+"
                        ),
                    ),
                    BulletItem(content=Paragraph.of("Ý gạch đầu dòng thứ hai")),
                ),
            ),
            Table(
                caption="Bảng văn bản tự do",
                header=("Cột tên", "Cột giá trị"),
                rows=(("Ô hàng một", "Ô giá trị một"), ("Ô hàng hai", "Ô giá trị hai")),
            ),
        ),
    )
    indicators = IndicatorTable(
        title="Bảng chỉ tiêu tổng hợp",
        indicators=(
            Indicator(
                name="Chỉ tiêu có phân tổ",
                value=QUANTITIES[0],
                breakdown=(
                    Indicator(name="Phần tổ thứ nhất", value=Count(value=1000, unit="hộ")),
                    Indicator(name="Phần tổ thứ hai", value=Count(value=234, unit="hộ")),
                ),
                breakdown_complete=True,
                note="Ghi chú của chỉ tiêu",
            ),
            Indicator(name="Chỉ tiêu tiền", value=QUANTITIES[1]),
            Indicator(name="Chỉ tiêu tỷ lệ", value=QUANTITIES[2]),
            Indicator(name="Chỉ tiêu phần trăm", value=QUANTITIES[3]),
            Indicator(name="Chỉ tiêu bằng chữ", value=QUANTITIES[4]),
        ),
    )
    tasks = TaskTable(
        title="Bảng phân công nhiệm vụ",
        tasks=(
            Task(
                description="Nhiệm vụ có thời hạn",
                lead="Đơn vị chủ trì một",
                partners=("Đơn vị phối hợp một", "Đơn vị phối hợp hai"),
                deadline=dt.date(2026, 3, 31),
                output="Sản phẩm báo cáo",
            ),
            Task(
                description="Nhiệm vụ theo quý",
                lead="Đơn vị chủ trì hai",
                period=ReportingPeriod.of_quarter(2026, 2),
            ),
            Task(
                description="Nhiệm vụ thường xuyên", lead="Đơn vị chủ trì ba", timing="Thường xuyên"
            ),
        ),
    )
    return Report(
        number=DocumentNumber.parse("09/BC-TNCĐ"),
        issuer=Agency(name="Trung tâm Thử nghiệm", abbreviation="TNCĐ", parent="UBND tỉnh Mẫu"),
        place_date=PlaceDate(place="Mẫu Sơn", date=dt.date(2026, 1, 5)),
        subject="Báo cáo kiểm tra mọi loại khối",
        addressees=("Nơi được kính gửi",),
        bases=(Paragraph.of("Căn cứ đoạn căn cứ;"),),
        introduction=(Paragraph.of("Đoạn mở đầu báo cáo"),),
        body=(deep, untitled, runs, Section(title="Mục bảng nhiệm vụ", blocks=(tasks,))),
        closing=(Paragraph.of("Đoạn kết thúc báo cáo"),),
        recipients=Recipients(
            as_above=True, entries=(Recipient(name="Nơi nhận thứ nhất", purpose="để biết"),)
        ),
        signature=Signature(
            authority=Authority.KT,
            head_title="Giám đốc",
            signer_title="Phó Giám đốc",
            name="Người Ký Thử",
        ),
        appendices=(
            Appendix(title="Phụ lục chỉ tiêu", blocks=(indicators,)),
            Appendix(title="Phụ lục đoạn", blocks=(Paragraph.of("Đoạn trong phụ lục hai"),)),
        ),
    )


def pieces(document: Report) -> list[str]:
    """Every piece of text the document says, as the renderers word it."""
    texts = [
        "Mục sâu cấp một",
        "Khoản cấp hai",
        "Điểm cấp ba",
        "Ý cấp bốn",
        "Đoạn văn ở cấp bốn",
        "Khoản không tiêu đề thứ nhất",
        "Ý đầu khoản không tiêu đề thứ hai",
        "Chữ thường đầu đoạn",
        "chữ nghiêng riêng",
        "chữ đậm riêng",
        "chữ đậm nghiêng riêng",
        "Kết luận số 114-KL/TW",
        "Nội dung chú thích cuối trang",
        "và hết đoạn",
        "Ý gạch đầu dòng cha",
        "Ý cộng con thứ nhất",
        "Ý cộng con thứ hai",
        "Ý gạch đầu dòng thứ hai",
        "Bảng văn bản tự do",
        "Cột tên",
        "Cột giá trị",
        "Ô hàng một",
        "Ô giá trị hai",
        "Bảng chỉ tiêu tổng hợp",
        "Chỉ tiêu có phân tổ",
        "Phần tổ thứ nhất",
        "Phần tổ thứ hai",
        "Ghi chú của chỉ tiêu",
        "Chỉ tiêu bằng chữ",
        "Bảng phân công nhiệm vụ",
        "Nhiệm vụ có thời hạn",
        "Đơn vị chủ trì một",
        "Đơn vị phối hợp một",
        "Đơn vị phối hợp hai",
        "Trước ngày 31/3/2026",
        "Sản phẩm báo cáo",
        "Quý II năm 2026",
        "Thường xuyên",
        "Báo cáo kiểm tra mọi loại khối",
        "Nơi được kính gửi",
        "Căn cứ đoạn căn cứ",
        "Đoạn mở đầu báo cáo",
        "Đoạn kết thúc báo cáo",
        "Nơi nhận thứ nhất (để biết)",
        "Người Ký Thử",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Phụ lục I",
        "Phụ lục II",
        "Phụ lục chỉ tiêu",
        "Đoạn trong phụ lục hai",
        "TRUNG TÂM THỬ NGHIỆM",
        "UBND TỈNH MẪU",
        "Mẫu Sơn, ngày 05 tháng 01 năm 2026",
        attachment_line(document),
    ]
    line = number_line(document)
    assert line is not None
    texts.append(line)
    texts.extend(str(quantity) for quantity in QUANTITIES)
    return texts


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "title"):
            self.skip += 1
        elif tag in ("p", "li", "td", "th", "br", "h1", "h2", "h3", "h4", "h5", "h6", "span"):
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def text_of_html(data: bytes) -> str:
    parser = _TextOf()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return "".join(parser.parts)


def text_of_markdown(data: bytes) -> str:
    # drop backslash escapes, table pipes and emphasis marks
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", data.decode("utf-8"))
    return re.sub(r"\*+", "", text)


def text_of_docx(data: bytes) -> str:
    with zipfile.ZipFile(BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if re.fullmatch(r"word/[^/]+\.xml", n)]
        xml = " ".join(archive.read(n).decode("utf-8") for n in sorted(names))
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.DOTALL)
    texts = [
        "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", paragraph)) for paragraph in paragraphs
    ]
    return html.unescape("\n".join(texts))


def _docx_available() -> bool:
    """True once ``danvan.rendering.docx`` imports as a real module (not a bare namespace folder)."""
    try:
        module = importlib.import_module("danvan.rendering.docx")
    except ImportError:
        return False
    return getattr(module, "__file__", None) is not None


def _json_available() -> bool:
    try:
        from danvan.io import to_json  # noqa: F401
    except ImportError:
        return False
    return True


TEXT_RENDERERS = [
    pytest.param("text", lambda data: data.decode("utf-8"), id="text"),
    pytest.param("markdown", text_of_markdown, id="markdown"),
    pytest.param("html", text_of_html, id="html"),
    pytest.param(
        "docx",
        text_of_docx,
        id="docx",
        marks=pytest.mark.skipif(
            not _docx_available(), reason="danvan.rendering.docx is not importable as a module yet"
        ),
    ),
]


@pytest.mark.parametrize(("name", "extract"), TEXT_RENDERERS)
def test_every_node_type_reaches_the_output(name: str, extract: Any) -> None:
    document = everything()
    output = _norm(extract(render(document, name)))
    missing = [piece for piece in pieces(document) if _norm(piece) not in output]
    assert not missing, f"the {name} renderer dropped: {missing}"


@pytest.mark.parametrize(("name", "extract"), TEXT_RENDERERS)
def test_party_header_reaches_the_output(name: str, extract: Any) -> None:
    plan = Plan(
        number=DocumentNumber.parse("166-KH/ĐU"),
        issuer=Agency(name="Đảng ủy Khối Thử", abbreviation="ĐU"),
        place_date=PlaceDate(place="Mẫu Sơn", date=dt.date(2026, 2, 3)),
        subject="về công tác thử nghiệm",
        body=(Paragraph.of("Nội dung kế hoạch của Đảng"),),
        signature=Signature(
            authority=Authority.TM, head_title="Ban Thường vụ", signer_title="Bí thư", name="A"
        ),
    )
    output = _norm(extract(render(plan, name)))
    for piece in (PARTY_TITLE, "Số 166-KH/ĐU", "T/M BAN THƯỜNG VỤ", "ĐẢNG ỦY KHỐI THỬ"):
        assert _norm(piece) in output, f"the {name} renderer lacks {piece!r}"


@pytest.mark.skipif(not _json_available(), reason="danvan.io (to_json) is not importable yet")
def test_json_keeps_every_node_type() -> None:
    from danvan.io import from_json

    document = everything()
    data = render(document, "json")
    assert from_json(data.decode("utf-8")) == document
    strings: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            strings.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(data))
    joined = _norm("\n".join(strings))
    for piece in ("Ý cộng con thứ hai", "Nội dung chú thích cuối trang", "Chưa thống kê"):
        assert _norm(piece) in joined
