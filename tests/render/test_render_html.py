"""The HTML renderer: a balanced, self-contained page, escaped content, the notebook fragment."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from builders import small_party_plan, small_report

from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.model import (
    Appendix,
    Emphasis,
    EmphasisKind,
    Footnote,
    Indicator,
    IndicatorTable,
    Paragraph,
    Table,
)
from danvan.rendering.html import DOCUMENT_CSS, PAGE_CSS, HtmlRenderer, render_html
from danvan.rendering.registry import get_renderer, render
from danvan.rendering.wording import MOTTO, NATIONAL_TITLE, PARTY_TITLE, attachment_line

VOID = frozenset({"br", "meta", "hr", "img", "input", "link", "col", "wbr"})


class Balance(HTMLParser):
    """Tracks open and close tags; collects text, attributes and any imbalance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.in_style = False
        self.style: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "style":
            self.in_style = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.in_style = False
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        (self.style if self.in_style else self.text).append(data)


def parse(markup: str) -> Balance:
    parser = Balance()
    parser.feed(markup)
    parser.close()
    assert parser.errors == []
    assert parser.stack == [], f"left open: {parser.stack}"
    return parser


def tags(markup: str, name: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parse(markup).tags if tag == name]


def test_registered_under_its_name() -> None:
    renderer = get_renderer("html")
    assert isinstance(renderer, HtmlRenderer)
    assert renderer.media_type == "text/html; charset=utf-8"
    assert renderer.suffix == ".html"
    assert render(demo_report(), "html").decode("utf-8") == render_html(demo_report())
    fragment = render(demo_report(), "html", standalone=False).decode("utf-8")
    assert fragment == render_html(demo_report(), standalone=False)


def test_options_are_checked() -> None:
    with pytest.raises(InvalidValueError, match="indent"):
        render(demo_report(), "html", indent=2)
    with pytest.raises(InvalidValueError, match="standalone"):
        render(demo_report(), "html", standalone="no")


@pytest.mark.parametrize("standalone", [True, False])
def test_output_is_balanced(standalone: bool) -> None:
    parse(render_html(demo_report(), standalone=standalone))


def test_standalone_page_shape() -> None:
    page = render_html(demo_report())
    assert page.startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert '<meta charset="utf-8">' in page
    parser = parse(page)
    names = [tag for tag, _ in parser.tags]
    for tag in ("article", "header", "section", "h1", "h2", "h3", "footer", "aside", "table"):
        assert tag in names, tag
    assert "<title>BÁO CÁO Kết quả thực hiện dân chủ ở cơ sở năm 2025</title>" in page


def test_standalone_page_loads_nothing_from_outside() -> None:
    page = render_html(demo_report())
    assert "http" not in page.lower()
    assert "//" not in re.sub(r"<!--.*?-->", "", page)
    assert "@import" not in page
    assert "url(" not in page
    parser = parse(page)
    for tag, attrs in parser.tags:
        assert tag not in ("link", "script", "img", "iframe")
        assert "src" not in attrs
        href = attrs.get("href")
        assert href is None or href.startswith("#"), href


def test_print_stylesheet_follows_nd30() -> None:
    page = render_html(demo_report())
    assert "@page { size: A4; margin: 20mm 15mm 20mm 30mm;" in page
    assert '"Times New Roman"' in DOCUMENT_CSS
    assert "font-size: 14pt" in DOCUMENT_CSS
    assert "text-align: justify" in DOCUMENT_CSS
    assert "text-indent: 1.27cm" in DOCUMENT_CSS
    assert "display: grid" in DOCUMENT_CSS
    assert ".dv-appendix { break-before: page;" in DOCUMENT_CSS
    assert "@page :first" in PAGE_CSS  # no page number on page 1


def test_header_title_and_sections() -> None:
    page = render_html(demo_report())
    assert '<p class="dv-parent">UBND TỈNH NGHỆ AN</p>' in page
    assert '<p class="dv-issuer">SỞ DÂN SINH VÀ CỘNG ĐỒNG</p>' in page
    assert '<p class="dv-number">Số: 05/BC-SDSCĐ</p>' in page
    assert f'<p class="dv-national-title">{NATIONAL_TITLE}</p>' in page
    assert f'<span class="dv-ruled">{MOTTO}</span>' in page
    assert '<p class="dv-place-date">Nghệ An, ngày 15 tháng 12 năm 2025</p>' in page
    assert (
        '<h1 class="dv-title"><span class="dv-type">BÁO CÁO</span>'
        '<span class="dv-subject">Kết quả thực hiện dân chủ ở cơ sở năm 2025</span></h1>'
    ) in page
    assert '<h2><span class="dv-label">I.</span> ĐẶC ĐIỂM TÌNH HÌNH</h2>' in page
    assert '<h3><span class="dv-label">1.</span> Công tác lãnh đạo, chỉ đạo</h3>' in page
    assert '<h4><span class="dv-label">a)</span> Công khai thông tin</h4>' in page
    assert '<p><span class="dv-label">1.</span> Tiếp tục quán triệt' in page


def test_lists_footnotes_and_emphasis() -> None:
    page = render_html(demo_report())
    assert '<ul class="dv-bullets dv-marker-plus">' in page
    assert "<li>Dự toán và quyết toán ngân sách năm;</li>" in page
    assert 'người tham dự<sup class="dv-fnref"><a id="dv-fnref-1" href="#dv-fn-1"' in page
    assert '<ol class="footnotes">\n<li id="dv-fn-1">06 người vắng mặt' in page
    assert 'href="#dv-fnref-1"' in page
    assert "<em>“Một lần đến, trọn việc”</em>" in page
    paragraph = Paragraph.of(
        Emphasis(text="đậm", kind=EmphasisKind.BOLD),
        Emphasis(text="cả hai", kind=EmphasisKind.BOLD_ITALIC),
    )
    assert "<strong>đậm</strong><strong><em>cả hai</em></strong>./.</p>" in render_html(
        small_report(body=(paragraph,))
    )


def test_footnote_ids_are_unique_across_appendices() -> None:
    body = (Paragraph.of("Thân", Footnote(text="Chú một")),)
    appendix = Appendix(title="Phụ", blocks=(Paragraph.of("Phụ lục", Footnote(text="Chú hai")),))
    page = render_html(small_report(body=body, appendices=(appendix,)))
    ids = [attrs["id"] for _, attrs in parse(page).tags if "id" in attrs]
    assert len(ids) == len(set(ids)) == 4
    assert '<ol class="footnotes" start="2">' in page


def test_closing_and_appendix() -> None:
    document = demo_report()
    page = render_html(document)
    assert page.count("./.") == 1
    footer = page[page.index('<footer class="dv-closing">') : page.index("</footer>")]
    assert '<p class="dv-recipients-heading">Nơi nhận:</p>' in footer
    assert "<li>- Như trên;</li>" in footer
    assert "<li>- Lưu: VT, VP.</li>" in footer
    assert '<p class="dv-authority">KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</p>' in footer
    assert '<p class="dv-signer">Trần Thị Minh Hòa</p>' in footer
    assert '<section class="dv-appendix">' in page
    assert '<span class="dv-appendix-label">Phụ lục</span>' in page
    assert f'<p class="dv-attachment">{attachment_line(document)}</p>' in page


def test_tables_have_head_cells_with_scope() -> None:
    page = render_html(demo_report())
    heads = tags(page, "th")
    assert heads
    assert all(attrs.get("scope") == "col" for attrs in heads)
    assert '<th scope="col">STT</th><th scope="col">Chỉ tiêu</th>' in page
    assert "<td>25.350.000 đồng</td>" in page
    assert '<td class="dv-part">- Cấp ủy</td>' in page


def test_table_end_mark_is_its_own_paragraph() -> None:
    table = Table(header=("A",), rows=(("b",),), caption="Bảng")
    page = render_html(small_report(body=(table,)))
    assert "<caption>Bảng</caption>" in page
    assert '</table>\n<p class="dv-end">./.</p>' in page


def test_party_header() -> None:
    plan = small_party_plan()
    page = render_html(plan)
    parse(page)
    assert '<article class="dv-page dv-party">' in page
    assert f'<span class="dv-ruled">{PARTY_TITLE}</span>' in page
    assert '<p class="dv-star">*</p>' in page
    assert '<p class="dv-number">Số 166-KH/ĐU</p>' in page
    assert NATIONAL_TITLE not in page
    assert '<span class="dv-label">I-</span> MỤC ĐÍCH' in page
    assert '<p class="dv-recipients-heading">Nơi nhận</p>' in page
    assert "T/M BAN THƯỜNG VỤ<br>BÍ THƯ" in page


@pytest.mark.parametrize("standalone", [True, False])
def test_content_is_escaped(standalone: bool) -> None:
    document = small_report(
        subject="Về KH&CN <script>alert(1)</script>",
        addressees=('Sở "A" & B',),
        body=(
            Paragraph.of("<b>không đậm</b> & <i>"),
            Table(header=("<th>",), rows=(("a & b",),)),
            IndicatorTable(indicators=(Indicator(name="<x>", note="1 < 2"),)),
        ),
        appendices=(Appendix(title="<phụ lục>", blocks=(Paragraph.of("x"),)),),
    )
    page = render_html(document, standalone=standalone)
    parser = parse(page)
    assert "<script" not in page
    assert "<b>" not in page
    assert "KH&amp;CN &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;không đậm&lt;/b&gt; &amp; &lt;i&gt;" in page
    assert "Sở &quot;A&quot; &amp; B" in page
    assert '<th scope="col">&lt;th&gt;</th>' in page
    assert "<td>1 &lt; 2</td>" in page
    assert "&lt;PHỤ LỤC&gt;" in page
    text = "".join(parser.text)
    assert "Về KH&CN <script>alert(1)</script>" in text
    if standalone:
        assert "<title>BÁO CÁO Về KH&amp;CN &lt;script&gt;" in page


def test_fragment_is_scoped_and_has_no_page_rules() -> None:
    fragment = render_html(demo_report(), standalone=False)
    assert fragment.startswith('<div class="danvan-document" lang="vi">\n<style>')
    assert fragment.rstrip().endswith("</div>")
    parser = parse(fragment)
    assert {"html", "head", "body", "title", "meta"}.isdisjoint(tag for tag, _ in parser.tags)
    assert "@page" not in fragment
    style = "".join(parser.style)
    # the innermost selector before each "{" (an @media block's rules included)
    selectors = [rule.rsplit("{", 1)[0].split("{")[-1] for rule in style.split("}") if "{" in rule]
    assert len(selectors) > 40
    for selector in selectors:
        for part in selector.split(","):
            assert part.strip().startswith(".danvan-document"), part


def test_fragment_ids_differ_between_documents() -> None:
    first = render_html(
        small_report(body=(Paragraph.of("a", Footnote(text="x")),)), standalone=False
    )
    second = render_html(
        small_report(body=(Paragraph.of("b", Footnote(text="y")),)), standalone=False
    )
    ids = {attrs["id"] for _, attrs in parse(first).tags if "id" in attrs}
    assert ids.isdisjoint(attrs["id"] for _, attrs in parse(second).tags if "id" in attrs)


def test_repr_html_is_the_fragment() -> None:
    document = demo_report()
    shown = document._repr_html_()
    assert render_html(document, standalone=False) in shown
    assert shown.startswith('<div class="danvan-notebook">')  # fitted to a narrow output cell


# -- the stylesheet takes its sizes from the same profile as the .docx ----------------------


def test_the_stylesheet_follows_the_docx_style_profile() -> None:
    from danvan.rendering.docx.style import PARTY_PROFILE, STATE_PROFILE, DocxStyle
    from danvan.rendering.html import document_css, page_css

    state = document_css(STATE_PROFILE)
    assert state == DOCUMENT_CSS
    assert f"font-size: {STATE_PROFILE.body_size:g}pt" in state
    assert f".dv-national-title {{ font-size: {STATE_PROFILE.national_title_size:g}pt" in state
    assert (
        f".dv-recipients ul {{ list-style: none; margin: 0; padding: 0; font-size: {STATE_PROFILE.recipients_size:g}pt"
        in state
    )
    assert "margin: 20mm 15mm 20mm 30mm" in page_css(STATE_PROFILE)

    custom = DocxStyle.state(body_size=13, margin_left=35, first_line_indent=1, signature_space=4)
    css = document_css(custom)
    assert "font-size: 13pt; line-height" in css
    assert "text-indent: 1cm" in css
    assert "text-indent: 1.27cm" not in css
    assert ".dv-authority { margin-bottom: 4cm; }" in css
    assert "margin: 20mm 15mm 20mm 35mm" in page_css(custom)
    assert css != state

    party = document_css(PARTY_PROFILE)
    assert f".dv-issuer {{ font-size: {PARTY_PROFILE.issuer_size:g}pt" in party
    assert f".dv-type {{ font-size: {PARTY_PROFILE.type_name_size:g}pt" in party


def test_render_html_uses_the_documents_profile_or_the_one_given() -> None:
    from danvan.rendering.docx.style import PARTY_PROFILE, DocxStyle
    from danvan.rendering.html import document_css

    party_page = render_html(small_party_plan())
    assert document_css(PARTY_PROFILE) in party_page
    custom = DocxStyle.state(body_size=13)
    page = render(small_report(), "html", style=custom).decode("utf-8")
    assert document_css(custom) in page
    assert document_css(PARTY_PROFILE) in render(small_report(), "html", profile="party").decode()
    with pytest.raises(InvalidValueError, match="profile"):
        render(small_report(), "html", profile="royal")
    with pytest.raises(InvalidValueError, match="style"):
        render(small_report(), "html", style="big")
