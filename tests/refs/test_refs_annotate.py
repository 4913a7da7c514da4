"""annotate: links from a URL template, spans, callbacks, escaping, and the text left intact."""

from __future__ import annotations

import html
import re

import pytest

from danvan.errors import InvalidValueError
from danvan.refs import ReferenceMatch, annotate, extract_references
from danvan.refs.annotate import TEMPLATE_FIELDS, template_values

TEXT = (
    "Sở KH&CN thực hiện Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI) và "
    "Luật Đo lường; chỉ tiêu <100%."
)
TAG = re.compile(r"<[^>]+>")


def visible(markup: str) -> str:
    return html.unescape(TAG.sub("", markup))


def test_links_from_a_url_template() -> None:
    out = annotate(TEXT, "https://vb.example/{symbol}?ngay={date}", registry=None)
    assert (
        '<a class="danvan-ref" href="https://vb.example/114-KL%2FTW?ngay=2015-07-14" '
        'title="Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI)">'
        "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI)</a>"
    ) in out
    # "Luật Đo lường" has no symbol: no broken link, a span instead
    assert '<span class="danvan-ref" title="Luật Đo lường">Luật Đo lường</span>' in out
    assert visible(out) == TEXT


def test_plain_text_is_escaped() -> None:
    out = annotate(TEXT, registry=None)
    assert "KH&amp;CN" in out
    assert "&lt;100%" in out
    assert visible(out) == TEXT
    assert "KH&CN" in annotate(TEXT, escape=False, registry=None)


def test_spans_without_a_template() -> None:
    out = annotate("theo Chỉ thị số 05-CT/TW.", registry=None, css_class="cite")
    assert out == (
        'theo <span class="cite" title="Chỉ thị số 05-CT/TW">Chỉ thị số 05-CT/TW</span>.'
    )


def test_a_callback_gives_the_markup() -> None:
    seen: list[ReferenceMatch] = []

    def wrap(match: ReferenceMatch) -> str:
        seen.append(match)
        return f"[[{match.reference.format('short')}]]"

    out = annotate(TEXT, callback=wrap, registry=None)
    assert out == (
        "Sở KH&amp;CN thực hiện [[Kết luận số 114-KL/TW]] và [[Luật Đo lường]]; chỉ tiêu &lt;100%."
    )
    assert [m.text for m in seen] == [m.text for m in extract_references(TEXT, registry=None)]


def test_the_values_a_template_can_use() -> None:
    (match,) = extract_references("Nghị định số 04/2015/NĐ-CP của Chính phủ", registry=None)
    values = template_values(match)
    assert set(values) == set(TEMPLATE_FIELDS)
    assert values["symbol"] == "04/2015/NĐ-CP"
    assert values["type"] == "Nghị định"
    assert values["number"] == "4"
    assert values["year"] == "2015"
    assert values["date"] is None
    out = annotate(match.text, "/vb/{type}/{year}/{number}", registry=None)
    assert 'href="/vb/Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh/2015/4"' in out


def test_reused_matches_and_texts_without_references() -> None:
    matches = extract_references(TEXT, registry=None)
    assert annotate(TEXT, matches=matches) == annotate(TEXT, registry=None)
    assert annotate("không có trích dẫn & gì", registry=None) == "không có trích dẫn &amp; gì"
    assert annotate("", registry=None) == ""


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"url_template": "/{symbol}", "callback": lambda m: ""}, "not both"),
        ({"url_template": "/{sohieu}"}, "unknown placeholder"),
        ({"url_template": "/{symbol"}, "url_template"),
        ({"callback": lambda m: 3}, "str"),
    ],
)
def test_bad_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        annotate(TEXT, registry=None, **kwargs)  # type: ignore[arg-type]


def test_non_str_is_rejected() -> None:
    with pytest.raises(InvalidValueError):
        annotate(None)  # type: ignore[arg-type]
