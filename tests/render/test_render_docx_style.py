"""DocxStyle (hồ sơ trình bày): every value checked against the decree's range, and used in the XML."""

from __future__ import annotations

import io
import math
import zipfile

import attrs
import pytest
from lxml import etree

from danvan.demo import demo_report
from danvan.errors import InvalidValueError
from danvan.model import DocumentSystem
from danvan.rendering.docx import (
    PARTY_PROFILE,
    PARTY_RULES,
    STATE_PROFILE,
    STATE_RULES,
    DocxRenderer,
    DocxStyle,
)
from danvan.rendering.docx._metrics import text_width_pt

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}


def qn(tag: str) -> str:
    prefix, local = tag.split(":")
    return f"{{{NS[prefix]}}}{local}"


def parts(data: bytes) -> dict[str, etree._Element]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: etree.fromstring(archive.read(name))
            for name in archive.namelist()
            if name.endswith(".xml")
        }


def style_element(styles: etree._Element, style_id: str) -> etree._Element:
    found = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None
    return found


FIELDS = [
    field.name for field in attrs.fields(DocxStyle) if field.name not in ("system", "draft_mark")
]


def test_the_defaults_are_the_state_profile() -> None:
    assert DocxStyle() == STATE_PROFILE == DocxStyle.state()
    assert STATE_PROFILE.system is DocumentSystem.STATE
    assert (
        STATE_PROFILE.margin_top,
        STATE_PROFILE.margin_bottom,
        STATE_PROFILE.margin_left,
        STATE_PROFILE.margin_right,
    ) == (20, 20, 30, 15)
    assert STATE_PROFILE.body_size == 14
    assert STATE_PROFILE.first_line_indent == 1.27
    assert STATE_PROFILE.paragraph_spacing >= 6
    assert STATE_PROFILE.number_size == 13
    assert STATE_PROFILE.recipients_heading_size == 12
    assert STATE_PROFILE.recipients_size == 11
    assert PARTY_PROFILE.system is DocumentSystem.PARTY


def test_every_field_has_a_rule_and_a_default_inside_it() -> None:
    assert set(STATE_RULES) == set(FIELDS) == set(PARTY_RULES)
    for rules in (STATE_RULES, PARTY_RULES):
        for name, rule in rules.items():
            assert rule.low <= rule.default <= rule.high, name


@pytest.mark.parametrize("name", FIELDS)
def test_values_above_the_range_are_rejected_naming_the_field(name: str) -> None:
    rule = STATE_RULES[name]
    too_big = rule.high + 1 if rule.high != math.inf else None
    too_small = rule.low - 1
    for value in (too_small, too_big):
        if value is None:
            continue
        with pytest.raises(InvalidValueError) as caught:
            DocxStyle.state(**{name: value})
        assert caught.value.field == f"DocxStyle.{name}"
        assert caught.value.value == value
        assert rule.source in caught.value.rule


def test_the_margin_rule_quotes_the_decree() -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle(margin_left=25)
    assert caught.value.field == "DocxStyle.margin_left"
    assert caught.value.value == 25
    assert "«cách mép trái 30 - 35 mm»" in caught.value.rule
    assert "Nghị định 30/2020/NĐ-CP" in caught.value.rule
    assert "DocxStyle.margin_left: 25 is invalid" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "value", "quote"),
    [
        ("body_size", 12, "cỡ chữ từ 13 đến 14"),
        ("national_title_size", 14, "cỡ chữ từ 12 đến 13"),
        ("motto_size", 12, "cỡ chữ từ 13 đến 14"),
        ("number_size", 14, "cỡ chữ 13"),
        ("first_line_indent", 1.5, "lùi vào 1 cm hoặc 1,27 cm"),
        ("paragraph_spacing", 4, "tối thiểu là 6pt"),
        ("line_spacing", 2, "tối đa là 1,5 lines"),
        ("recipients_heading_size", 13, "cỡ chữ 12, kiểu chữ nghiêng, đậm"),
        ("margin_top", 30, "20 - 25 mm"),
        ("margin_right", 10, "cách mép phải 15 - 20 mm"),
    ],
)
def test_sizes_and_spacing_outside_the_decree(name: str, value: float, quote: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle.state(**{name: value})
    assert caught.value.field == f"DocxStyle.{name}"
    assert quote in caught.value.rule


@pytest.mark.parametrize("value", ["14", True, None, [14]])
def test_non_numbers_are_rejected(value: object) -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle(body_size=value)  # type: ignore[arg-type]
    assert caught.value.field == "DocxStyle.body_size"


def test_font_sizes_are_whole_or_half_points() -> None:
    assert DocxStyle(body_size=13.5).body_size == 13.5
    with pytest.raises(InvalidValueError, match="half points"):
        DocxStyle(body_size=13.3)


def test_the_system_must_be_a_document_system() -> None:
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle(system="party")  # type: ignore[arg-type]
    assert caught.value.field == "DocxStyle.system"


def test_the_style_is_frozen_and_keyword_only() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        STATE_PROFILE.body_size = 13  # type: ignore[misc]
    with pytest.raises(TypeError):
        DocxStyle(DocumentSystem.STATE)  # type: ignore[misc]
    assert hash(STATE_PROFILE) == hash(DocxStyle())


def test_evolve_validates_too() -> None:
    assert attrs.evolve(STATE_PROFILE, body_size=13).body_size == 13
    with pytest.raises(InvalidValueError):
        attrs.evolve(STATE_PROFILE, body_size=15)


def test_party_ranges_differ_from_the_state_ones() -> None:
    assert DocxStyle.party(type_name_size=15).type_name_size == 15
    assert PARTY_PROFILE.type_name_size in (15, 16)
    assert PARTY_PROFILE.party_title_size == 15
    assert PARTY_PROFILE.issuer_size == PARTY_PROFILE.parent_size == 14
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle.state(type_name_size=16)
    assert "13 đến 14" in caught.value.rule
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle.party(type_name_size=14)
    assert "Hướng dẫn 36-HD/VPTW" in caught.value.rule
    with pytest.raises(InvalidValueError) as caught:
        DocxStyle.party(margin_left=40)
    assert "[unverified]" in caught.value.rule


def test_rule_describe() -> None:
    assert STATE_PROFILE.rule("body_size").describe().startswith("13-14 pt (")
    assert STATE_PROFILE.rule("paragraph_spacing").describe().startswith("at least 6 pt")
    assert STATE_PROFILE.rule("number_size").describe().startswith("13 pt")
    assert STATE_PROFILE.rule("first_line_indent").describe().startswith("1-1,27 cm")


# -- the values reach the XML ----------------------------------------------------------------
def test_the_style_values_are_written_to_styles_and_sections() -> None:
    style = DocxStyle.state(
        body_size=13,
        first_line_indent=1,
        line_spacing=1.5,
        paragraph_spacing=8,
        margin_top=25,
        margin_left=35,
        margin_right=20,
        margin_bottom=22,
        recipients_size=11,
        signature_space=4,
    )
    xml = parts(DocxRenderer().render(demo_report(), style=style))
    styles = xml["word/styles.xml"]
    body = style_element(styles, "DanvanBody")
    assert body.find("w:rPr/w:sz", NS).get(qn("w:val")) == "26"
    assert body.find("w:pPr/w:ind", NS).get(qn("w:firstLine")) == "567"
    spacing = body.find("w:pPr/w:spacing", NS)
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:after"))) == ("360", "160")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:sz", NS)
    assert defaults.get(qn("w:val")) == "26"
    signer = style_element(styles, "DanvanSignerName").find("w:pPr/w:spacing", NS)
    assert signer.get(qn("w:before")) == "2268"
    for section in xml["word/document.xml"].iter(qn("w:sectPr")):
        margins = section.find("w:pgMar", NS)
        assert [margins.get(qn(f"w:{edge}")) for edge in ("top", "left", "right", "bottom")] == [
            "1417",
            "1984",
            "1134",
            "1247",
        ]


def test_the_left_column_width_sets_both_layout_tables() -> None:
    xml = parts(DocxRenderer().render(demo_report(), style=DocxStyle(left_column_width=7)))
    tables = xml["word/document.xml"].findall("w:body/w:tbl", NS)
    widths = [t.find("w:tblGrid/w:gridCol", NS).get(qn("w:w")) for t in tables[:2]]
    assert widths == ["3969", "3969"]


def test_different_styles_give_different_bytes_and_same_styles_the_same() -> None:
    report = demo_report()
    renderer = DocxRenderer()
    assert renderer.render(report, style=DocxStyle(body_size=13)) != renderer.render(report)
    assert renderer.render(report, style=DocxStyle()) == renderer.render(report)


def test_width_estimate_matches_times_new_roman_metrics() -> None:
    # Times Bold: "D" 722, "o" 500, " " 250; Times Roman: "a" 444 (units per 1000 em)
    assert text_width_pt("Do ", 10, bold=True) == pytest.approx(14.72)
    assert text_width_pt("a", 10) == pytest.approx(4.44)
    assert text_width_pt("Ộ", 10, bold=True) == text_width_pt("O", 10, bold=True)
    assert text_width_pt("Ơ", 10) > text_width_pt("O", 10)
    assert text_width_pt("Đ", 10) == text_width_pt("D", 10)
    assert 5.8 < text_width_pt("Độc lập - Tự do - Hạnh phúc", 14, bold=True) / 72 * 2.54 < 6.3
