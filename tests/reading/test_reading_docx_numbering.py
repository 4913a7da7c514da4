"""Word's automatic numbering: the label Word displays, computed from numbering.xml."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from danvan.reading.docx.numbering import (
    NumberingCounter,
    NumberingDefinitions,
    format_number,
    labels_for,
)
from danvan.reading.labels import BULLET_CHARS

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _lvl(ilvl: int, fmt: str, text: str, start: int | None = 1, extra: str = "") -> str:
    start_xml = f'<w:start w:val="{start}"/>' if start is not None else ""
    return (
        f'<w:lvl w:ilvl="{ilvl}">{start_xml}<w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>'
    )


def _numbering(abstracts: dict[int, list[str]], nums: dict[int, tuple[int, str]]) -> etree._Element:
    body = "".join(
        f'<w:abstractNum w:abstractNumId="{a}">{"".join(levels)}</w:abstractNum>'
        for a, levels in abstracts.items()
    )
    body += "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/>{over}</w:num>'
        for n, (a, over) in nums.items()
    )
    return etree.fromstring(f'<w:numbering xmlns:w="{W}">{body}</w:numbering>'.encode())


# The ND30 outline as a Word list: I. / 1. / a) / -
OUTLINE = [
    _lvl(0, "upperRoman", "%1."),
    _lvl(1, "decimal", "%2."),
    _lvl(2, "lowerLetter", "%3)"),
    _lvl(3, "bullet", "-"),
]


def _labels(
    definitions: NumberingDefinitions, items: list[tuple[str, int]], **kw: bool
) -> list[str]:
    counter = NumberingCounter(definitions, **kw)
    out = []
    for num, ilvl in items:
        label = counter.label(num, ilvl)
        assert label is not None
        out.append(label.text)
    return out


def test_outline_roman_decimal_letters_bullets() -> None:
    definitions = NumberingDefinitions.from_xml(_numbering({0: OUTLINE}, {1: (0, "")}))
    items = [("1", 0), ("1", 1), ("1", 2), ("1", 2), ("1", 3), ("1", 1), ("1", 0), ("1", 1)]
    assert _labels(definitions, items) == ["I.", "1.", "a)", "b)", "-", "2.", "II.", "1."]


def test_multilevel_1_1() -> None:
    levels = [
        _lvl(0, "decimal", "%1."),
        _lvl(1, "decimal", "%1.%2."),
        _lvl(2, "decimal", "%1.%2.%3."),
    ]
    definitions = NumberingDefinitions.from_xml(_numbering({0: levels}, {1: (0, "")}))
    items = [
        ("1", 0),
        ("1", 1),
        ("1", 1),
        ("1", 2),
        ("1", 0),
        ("1", 1),
        ("1", 0),
        ("1", 0),
        ("1", 1),
    ]
    assert _labels(definitions, items) == [
        "1.",
        "1.1.",
        "1.2.",
        "1.2.1.",
        "2.",
        "2.1.",
        "3.",
        "4.",
        "4.1.",
    ]


def test_third_chapter_second_item_is_3_1_not_1() -> None:
    # docling's bug (#2758): "3.1" read as "1".
    levels = [_lvl(0, "decimal", "%1."), _lvl(1, "decimal", "%1.%2.")]
    definitions = NumberingDefinitions.from_xml(_numbering({0: levels}, {1: (0, "")}))
    assert _labels(definitions, [("1", 0)] * 3 + [("1", 1)]) == ["1.", "2.", "3.", "3.1."]


def test_vietnamese_letters_and_word_letters() -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "lowerLetter", "%1)")]}, {1: (0, "")})
    )
    items = [("1", 0)] * 8
    assert _labels(definitions, items) == ["a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)"]
    counter = NumberingCounter(definitions)
    flags = [counter.label("1", 0) for _ in range(6)]
    assert [f.mapped_letters for f in flags if f] == [False] * 4 + [True] * 2
    assert _labels(definitions, items, vietnamese_letters=False) == [
        "a)",
        "b)",
        "c)",
        "d)",
        "e)",
        "f)",
        "g)",
        "h)",
    ]


def test_upper_letters_and_lower_roman() -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering(
            {0: [_lvl(0, "upperLetter", "%1."), _lvl(1, "lowerRoman", "(%2)")]}, {1: (0, "")}
        )
    )
    items = [("1", 0), ("1", 1), ("1", 1), ("1", 1), ("1", 1), ("1", 0)]
    assert _labels(definitions, items) == ["A.", "(i)", "(ii)", "(iii)", "(iv)", "B."]


def test_start_value_and_missing_start_is_zero() -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering(
            {0: [_lvl(0, "decimal", "%1.", start=5)], 1: [_lvl(0, "decimal", "%1.", start=None)]},
            {1: (0, ""), 2: (1, "")},
        )
    )
    assert _labels(definitions, [("1", 0), ("1", 0), ("2", 0)]) == ["5.", "6.", "0."]


def test_start_override_restarts_a_list_and_plain_instances_continue() -> None:
    over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "decimal", "%1.")]}, {1: (0, ""), 2: (0, ""), 3: (0, over)})
    )
    items = [("1", 0), ("1", 0), ("2", 0), ("3", 0), ("3", 0), ("1", 0)]
    # numId 2 shares the definition without override: it continues (3.); numId 3 restarts
    # the shared counter at its first paragraph, and numId 1 continues from there (3.), as
    # Word does (see the module docstring for the reports this follows).
    assert _labels(definitions, items) == ["1.", "2.", "3.", "1.", "2.", "3."]


def test_a_start_override_restarts_only_at_the_instance_first_paragraph() -> None:
    # Word's "Set numbering value: 8" on one heading of a style-numbered list: 1-5, 8, 9, 10
    over = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="8"/></w:lvlOverride>'
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "decimal", "%1.")]}, {1: (0, ""), 2: (0, over)})
    )
    items = [("1", 0)] * 5 + [("2", 0), ("1", 0), ("2", 0), ("1", 0)]
    assert _labels(definitions, items) == ["1.", "2.", "3.", "4.", "5.", "8.", "9.", "10.", "11."]


def test_level_override_replaces_the_level() -> None:
    over = f'<w:lvlOverride w:ilvl="0">{_lvl(0, "upperRoman", "Phần %1.", start=2)}</w:lvlOverride>'
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "decimal", "%1.")]}, {1: (0, over)})
    )
    assert _labels(definitions, [("1", 0), ("1", 0)]) == ["Phần II.", "Phần III."]


def test_lvl_restart_zero_never_restarts() -> None:
    levels = [
        _lvl(0, "upperRoman", "%1."),
        _lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>'),
    ]
    definitions = NumberingDefinitions.from_xml(_numbering({0: levels}, {1: (0, "")}))
    items = [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1)]
    assert _labels(definitions, items) == ["I.", "1.", "2.", "II.", "3."]


def test_lvl_restart_only_after_named_level() -> None:
    # Level 3 restarts only when level 1 (1-based) is used, not when level 2 is.
    levels = [
        _lvl(0, "upperRoman", "%1."),
        _lvl(1, "decimal", "%2."),
        _lvl(2, "lowerLetter", "%3)", extra='<w:lvlRestart w:val="1"/>'),
    ]
    definitions = NumberingDefinitions.from_xml(_numbering({0: levels}, {1: (0, "")}))
    items = [("1", 0), ("1", 2), ("1", 1), ("1", 2), ("1", 0), ("1", 2)]
    assert _labels(definitions, items) == ["I.", "a)", "1.", "b)", "II.", "a)"]


def test_is_legal_shows_decimal() -> None:
    levels = [_lvl(0, "upperRoman", "%1."), _lvl(1, "decimal", "%1.%2.", extra="<w:isLgl/>")]
    definitions = NumberingDefinitions.from_xml(_numbering({0: levels}, {1: (0, "")}))
    assert _labels(definitions, [("1", 0), ("1", 0), ("1", 1)]) == ["I.", "II.", "2.1."]


def test_bullets_private_use_glyph_shows_as_bullet() -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "bullet", "\uf0b7"), _lvl(1, "bullet", "+")]}, {1: (0, "")})
    )
    counter = NumberingCounter(definitions)
    first, second = counter.label("1", 0), counter.label("1", 1)
    assert first is not None
    assert first.bullet
    assert first.text == "•"
    assert second is not None
    assert second.text == "+"


def test_numbering_through_paragraph_styles() -> None:
    numbering = _numbering(
        {0: [_lvl(0, "upperRoman", "%1.", extra='<w:pStyle w:val="Heading1"/>'),
             _lvl(1, "decimal", "%2.", extra='<w:pStyle w:val="Heading2"/>')]},
        {4: (0, "")},
    )  # fmt: skip
    styles = etree.fromstring(
        f"""<w:styles xmlns:w="{W}">
        <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
        <w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>
        <w:style w:type="paragraph" w:styleId="MyHeading"><w:basedOn w:val="Heading2"/></w:style>
        <w:style w:type="paragraph" w:styleId="Normal"/>
        </w:styles>""".encode()
    )
    definitions = NumberingDefinitions.from_xml(numbering, styles)
    paragraphs = [
        (None, None, "Heading1"),
        (None, None, "Heading2"),
        (None, None, "Normal"),
        (None, 1, "Heading1"),
        ("0", None, "Heading1"),  # numId 0: numbering switched off on this paragraph
        (None, None, "Heading1"),
    ]
    labels = labels_for(definitions, paragraphs)
    assert [label.text if label else None for label in labels] == [
        "I.",
        "1.",
        None,
        "2.",
        None,
        "II.",
    ]


def test_unknown_list_and_unknown_format() -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "chineseCounting", "%1、")]}, {1: (0, "")})
    )
    counter = NumberingCounter(definitions)
    assert counter.label("99", 0) is None
    label = counter.label("1", 0)
    assert label is not None
    assert label.text == "1、"
    assert label.fallback == "chineseCounting"


def test_format_number() -> None:
    assert format_number(4, "upperRoman")[0] == "IV"
    assert format_number(9, "lowerRoman")[0] == "ix"
    assert format_number(5, "decimalZero")[0] == "05"
    assert format_number(27, "lowerLetter", vietnamese_letters=False)[0] == "aa"
    assert format_number(5, "upperLetter")[0] == "Đ"
    assert format_number(24, "lowerLetter")[0] == "x"  # past 'y': Word's sequence


# --- property test against an independent model ------------------------------------------
# The model: the counter of level L for item i is start_L plus the number of earlier items
# at level L since the last item at a level that restarts L (or since the beginning).


def _model(levels: list[tuple[int, int | None]], items: list[int]) -> list[str]:
    labels = []
    for i, ilvl in enumerate(items):
        parts = []
        for level in range(ilvl + 1):
            start, restart = levels[level]
            count = 0
            for earlier in reversed(items[: i + 1]):
                if earlier == level:
                    count += 1
                elif earlier < level and (restart is None or (restart != 0 and earlier < restart)):
                    break
            if level < ilvl and count == 0:
                parts.append(str(start))
            else:
                parts.append(str(start + count - 1))
        labels.append(".".join(parts) + ".")
    return labels


@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 3))),
        min_size=4, max_size=4,
    ),
    st.lists(st.integers(0, 3), max_size=40),
)  # fmt: skip
def test_counters_match_independent_model(
    levels: list[tuple[int, int | None]], items: list[int]
) -> None:
    xml_levels = []
    for ilvl, (start, restart) in enumerate(levels):
        text = ".".join(f"%{k + 1}" for k in range(ilvl + 1)) + "."
        extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
        xml_levels.append(_lvl(ilvl, "decimal", text, start=start, extra=extra))
    definitions = NumberingDefinitions.from_xml(_numbering({0: xml_levels}, {1: (0, "")}))
    assert _labels(definitions, [("1", i) for i in items]) == _model(levels, items)


# --- bullets in symbol fonts and labels typed with a trailing gap (word_forms fixtures) ---------


def _bullet_label(text: str, font: str | None) -> str:
    fonts = f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/></w:rPr>' if font else ""
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "bullet", html.escape(text), extra=fonts)]}, {1: (0, "")})
    )
    label = NumberingCounter(definitions).label("1", 0)
    assert label is not None
    assert label.bullet
    return label.text


def test_bullets_in_symbol_fonts_show_as_bullets_or_dashes() -> None:
    assert _bullet_label("§", "Wingdings") == "▪"  # Word shows a small square
    assert _bullet_label("Ø", "Wingdings") == "•"  # an arrowhead: read as a bullet
    assert _bullet_label("\uf0a7", "Wingdings") == "▪"
    assert _bullet_label("·", "Symbol") == "•"
    assert _bullet_label("\uf02d", "Symbol") == "-"  # the Symbol font's minus
    assert _bullet_label("\uf02d", None) == "-"  # a private-use bullet with no font is Symbol
    assert _bullet_label("o", "Courier New") == "o"  # a real letter in a text font
    assert _bullet_label("-", "Times New Roman") == "-"
    assert _bullet_label("§", "Times New Roman") == "§"


@given(
    st.characters(min_codepoint=0x21, max_codepoint=0xFF),
    st.sampled_from(["Symbol", "Wingdings", "Wingdings 2", "Webdings"]),
)
def test_no_latin_character_of_a_symbol_font_shows_as_itself(char: str, font: str) -> None:
    # In a symbol font every character is a picture: the label is a bullet the recognizer knows.
    label = _bullet_label(char, font)
    assert len(label) == 1
    assert label in BULLET_CHARS


@given(
    st.sampled_from(["%1.", "%1)", "Phần %1", "Điều %1.", "(%1)"]),
    st.sampled_from(["", " ", "  ", "\t", " \t"]),
)
def test_a_gap_typed_after_the_number_is_not_part_of_the_label(text: str, gap: str) -> None:
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "upperRoman", text + gap)]}, {1: (0, "")})
    )
    label = NumberingCounter(definitions).label("1", 0)
    assert label is not None
    assert label.text == text.replace("%1", "I")


def test_lvl_restart_in_an_override_level_is_ignored_as_word_does() -> None:
    # [MS-OI29500], on Part 1 §17.9.11 lvlRestart: Word ignores w:lvlRestart in a w:lvl of a
    # w:lvlOverride; the level restarts after the level above, as when it is absent.
    never = _lvl(1, "decimal", "%2.", extra='<w:lvlRestart w:val="0"/>')
    over = f'<w:lvlOverride w:ilvl="1">{never}</w:lvlOverride>'
    definitions = NumberingDefinitions.from_xml(
        _numbering({0: [_lvl(0, "upperRoman", "%1."), _lvl(1, "decimal", "%2.")]}, {1: (0, over)})
    )
    items = [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1)]
    assert _labels(definitions, items) == ["I.", "1.", "2.", "II.", "1."]


@given(
    st.lists(st.one_of(st.none(), st.integers(0, 20)), min_size=1, max_size=4),
    st.lists(st.integers(0, 3), max_size=30),
)
def test_instances_of_one_definition_share_a_counter(
    overrides: list[int | None], items: list[int]
) -> None:
    # Model: one counter for the definition; an instance's first paragraph sets it to its
    # startOverride when it has one, any other paragraph adds one (the first of all: start 1).
    nums = {
        n + 1: (0, f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{s}"/></w:lvlOverride>')
        if s is not None
        else (0, "")
        for n, s in enumerate(overrides)
    }
    definitions = NumberingDefinitions.from_xml(_numbering({0: [_lvl(0, "decimal", "%1.")]}, nums))
    used = [i % len(overrides) for i in items]
    expected, counter, seen = [], None, set()
    for n in used:
        start = overrides[n]
        if start is not None and n not in seen:
            counter = start
        else:
            counter = 1 if counter is None else counter + 1
        seen.add(n)
        expected.append(f"{counter}.")
    assert _labels(definitions, [(str(n + 1), 0) for n in used]) == expected
