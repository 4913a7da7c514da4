"""Every parser runs in linear time on hostile text (issue 8, §3).

Each ``test_linear_<parser>`` feeds adversarial inputs built from the structure of that
parser's patterns (long runs of spaces, digits or separators next to optional parts,
repeated keywords) and compares the time with ordinary text of the same size, at 10 KB
and 1 MB, through :func:`adversarial_timing.assert_linear`.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adversarial_timing import assert_linear
from danvan import vn
from danvan.errors import ParseError
from danvan.model import DocumentNumber, DocumentType, PlaceDate, Recipients, ReportingPeriod
from danvan.model.types import SymbolForm

Maker = Callable[[int], str]

# Whitespace of several kinds: the patterns use \s, which matches all of them.
_MIXED_SPACE = " \t\u00a0\u2003"


def _spaces(n: int) -> str:
    return " " * n


def _mixed(n: int) -> str:
    return (_MIXED_SPACE * (n // len(_MIXED_SPACE) + 1))[:n]


def _repeat(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit))


def _around(head: str, filler: Callable[[int], str], *middles: str) -> Maker:
    """``head`` + filler + middle1 + filler + middle2 ...: runs of a filler between fixed parts."""

    def make(size: int) -> str:
        parts = len(middles) + 1
        chunk = filler(size // parts)
        return head + chunk + chunk.join(middles)

    return make


def _run(unit: str, head: str = "", tail: str = "x") -> Maker:
    return lambda size: head + _repeat(unit, size) + tail


# -- vn ------------------------------------------------------------------------------

DATE_INPUTS: dict[str, Maker] = {
    "issue example: 1 spaces / spaces x": _around("1", _spaces, "/", "x"),
    "ngày then spaces": _around("ngày", _spaces, "x"),
    "ngày day then spaces": _around("ngày 1", _spaces, "x"),
    "ngày tháng năm with runs": _around("ngày", _spaces, "tháng", "năm", "x"),
    "ngày day tháng with runs": _around("ngày", _spaces, "1", "tháng", "1", "năm", "x"),
    "blank day, short": _around("ngày", _spaces, "/", "01", "/x"),
    "short with runs": _around("1", _spaces, "/", "1", "/", "x"),
    "short, two runs": _around("", _spaces, "/", "/", "x"),
    "mixed whitespace": _around("1", _mixed, ".", "x"),
    "year first with runs": _around("2021", _spaces, "-", "1", "-", "x"),
    "digit runs": lambda size: "1" * (size // 2) + "/" + "1" * (size // 2) + "/x",
    "long year": _run("1", "1/1/", ""),
    "separators": _run("/"),
    "day and separator pairs": _run("1/"),
    "spaced separators": _run("1 / "),
    "keywords repeated": _run("ngày tháng "),
}


@pytest.mark.parametrize("name", sorted(DATE_INPUTS))
def test_linear_parse_date(name: str) -> None:
    assert_linear(vn.parse_date, DATE_INPUTS[name])


def _after_place(make: Maker) -> Maker:
    return lambda size: "Cao Điền," + make(size)


PLACE_DATE_INPUTS: dict[str, Maker] = {
    **{name: _after_place(make) for name, make in DATE_INPUTS.items()},
    "no comma": _around("Cao Điền", _spaces, "x"),
    "commas": _run(","),
    "place of spaces": _around("", _spaces, ", ngày 1 tháng 1 năm 2021"),
}


@pytest.mark.parametrize("name", sorted(PLACE_DATE_INPUTS))
def test_linear_place_date_parse(name: str) -> None:
    assert_linear(PlaceDate.parse, PLACE_DATE_INPUTS[name])


ROMAN_INPUTS: dict[str, Maker] = {
    "M run": _run("M", tail=""),
    "I run": _run("I", tail=""),
    "CM pairs": _run("CM", tail=""),
    "spaces around": _around("", _spaces, "IV", ""),
}


@pytest.mark.parametrize("name", sorted(ROMAN_INPUTS))
def test_linear_parse_roman(name: str) -> None:
    assert_linear(vn.parse_roman, ROMAN_INPUTS[name])


LETTER_INPUTS: dict[str, Maker] = {
    "spaces around": _around("", _spaces, "đ", ""),
    "letters": _run("a", tail=""),
    "combining marks": _run("\u0300", head="a", tail=""),
}


@pytest.mark.parametrize("name", sorted(LETTER_INPUTS))
def test_linear_parse_vietnamese_letter(name: str) -> None:
    assert_linear(vn.parse_vietnamese_letter, LETTER_INPUTS[name])


# -- model -----------------------------------------------------------------------------

NUMBER_INPUTS: dict[str, Maker] = {
    "digit run": _run("1"),
    "digit run before the symbol": _run("1", tail="/BC-X"),
    "issuer groups": _run("A-", head="1/", tail="-"),
    "issuer codes with &": _run("A&", head="1/", tail="-"),
    "Party type run": _run("A", head="1-", tail=""),
    "Party issuer groups": _run("A-", head="1-KH/", tail="/"),
    "normative groups": _run("A-", head="1/2021/", tail="-"),
    "slashes": _run("/"),
    "hyphens": _run("-"),
    "digits and slashes": _run("1/"),
    "spaces around the separator": _around("1", _spaces, "/", "x"),
}


@pytest.mark.parametrize("name", sorted(NUMBER_INPUTS))
def test_linear_document_number_parse(name: str) -> None:
    assert_linear(DocumentNumber.parse, NUMBER_INPUTS[name])


TOLERANT_INPUTS: dict[str, Maker] = {
    **NUMBER_INPUTS,
    "issue example: 1 spaces / spaces x": _around("1", _spaces, "/", "x"),
    "Số prefix and runs": _around("Số", _spaces, ":", "1", "/", "x"),
    "trailing punctuation then text": _run(" .", head="1/BC-X", tail="x"),
    "punctuation run": _run(" .,;:", head="1"),
    "spaced hyphens": _run(" -", head="1"),
    "spaced separators with runs": _around("1", _spaces, "-", "/", "-", "x"),
    "mixed whitespace": _around("1", _mixed, "/", "x"),
    "dashes": _run("\u2013 "),
    "glued normative code": _run("A", head="1/2021/", tail="1"),
    "Party with slashes": _run("A", head="1/KH/", tail="/"),
    "state-style Party groups": _run("A-", head="1/", tail="/"),
}


@pytest.mark.parametrize("name", sorted(TOLERANT_INPUTS))
def test_linear_document_number_parse_tolerant(name: str) -> None:
    assert_linear(DocumentNumber.parse_tolerant, TOLERANT_INPUTS[name])


RECIPIENT_INPUTS: dict[str, Maker] = {
    "spaces before an open purpose": _around("Sở Nội vụ", _spaces, "(để"),
    "open parentheses": _run(" (", head="A"),
    "purpose with parentheses": _run("(", head="A (để ", tail=")"),
    "Lưu then spaces": _around("Lưu", _spaces, "x\nSở Nội vụ"),
    "Lưu colon runs": _around("Lưu", _spaces, ":", "VT"),
    "dash lines": _run("-\n"),
    "empty lines": _run("\n", head="- Sở Nội vụ;"),
    "bullets": _run("-–•+*"),
    "archive units": _run("VT, ", head="- Lưu: "),
    "many short lines": _run("- A (để b);\n"),
    "Nơi nhận repeated": _run("Nơi nhận:\n"),
}


# Normal text for a recipient list is a recipient list: short and long lines, purposes.
_RECIPIENT_LINES = (
    "Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy Cao Điền (để báo cáo);\n- Sở Nội vụ;\n"
    "- UBND các huyện, thành phố;\n- Ban Dân vận Tỉnh ủy (để phối hợp);\n- Lưu: VT, VP.\n"
)


def _recipient_list(size: int) -> str:
    return _repeat(_RECIPIENT_LINES, size)[:size]


@pytest.mark.parametrize("name", sorted(RECIPIENT_INPUTS))
def test_linear_recipients_parse(name: str) -> None:
    assert_linear(Recipients.parse, RECIPIENT_INPUTS[name], _recipient_list)


PERIOD_INPUTS: dict[str, Maker] = {
    "range of digits and spaces": _run("1 ", head="từ "),
    "repeated đến": _run(" đến 1", head="từ 1"),
    "range with date runs": _around("từ ngày 1", _spaces, "/", "x đến ngày 1/1/2021"),
    "quarter letters": _run("i", head="quý ", tail=" năm 2021"),
    "month digits": _run("1", head="tháng "),
    "span years": _run("2021 "),
    "spaces between words": _around("6", _spaces, "tháng", "đầu", "năm", "x"),
    "keywords": _run("năm "),
    "dots": _run("."),
}


@pytest.mark.parametrize("name", sorted(PERIOD_INPUTS))
def test_linear_reporting_period_parse(name: str) -> None:
    assert_linear(ReportingPeriod.parse, PERIOD_INPUTS[name])


TYPE_NAME_INPUTS: dict[str, Maker] = {
    "spaces": _around("", _spaces, "kế hoạch", ""),
    "words": _run("báo cáo "),
}


@pytest.mark.parametrize("name", sorted(TYPE_NAME_INPUTS))
def test_linear_document_type_from_name(name: str) -> None:
    assert_linear(DocumentType.from_name, TYPE_NAME_INPUTS[name])


def test_linear_document_type_from_code() -> None:
    assert_linear(lambda code: DocumentType.from_code(code, SymbolForm.PARTY), _run("KH"))


# -- the bounds that keep parsers of short values cheap --------------------------------


@pytest.mark.parametrize(
    ("parser", "field"),
    [
        (vn.parse_date, "date"),
        (vn.parse_roman, "parse_roman.text"),
        (vn.parse_vietnamese_letter, "parse_vietnamese_letter.text"),
        (DocumentNumber.parse, "DocumentNumber"),
        (DocumentNumber.parse_tolerant, "DocumentNumber"),
        (ReportingPeriod.parse, "ReportingPeriod"),
        (PlaceDate.parse, "PlaceDate"),
        (Recipients.parse, "Recipients"),
    ],
)
def test_overlong_text_is_refused_with_its_length(
    parser: Callable[[str], object], field: str
) -> None:
    text = "1" + " " * 200_000 + "/x"
    with pytest.raises(ParseError) as caught:
        parser(text)
    assert caught.value.field == field
    assert "characters long; this text has 200,003" in caught.value.rule
    assert len(str(caught.value)) < 400  # the message quotes the start, not the megabyte
