"""The HTML print stylesheet: the same room for the signature as the .docx, and each appendix
numbered from 1 where the browser supports CSS paged media. No CSS engine is installed, so
the cascade of the rules that reach the signature block is computed here, for the simple
descendant selectors the stylesheet uses."""

from __future__ import annotations

import re

import pytest
from builders import small_report

from danvan.model import Appendix, DocumentStatus, Paragraph, Signature
from danvan.rendering.docx import STATE_PROFILE
from danvan.rendering.html import DOCUMENT_CSS, PAGE_CSS, render_html

_RULE = re.compile(r"^([^{@][^{]*)\{([^{}]*)\}", re.MULTILINE)

# The signature block as the HTML renderer writes it: (tag, classes) from the root down.
AUTHORITY = [
    ("div", {"danvan-document"}),
    ("div", {"dv-page"}),
    ("footer", {"dv-closing"}),
    ("div", {"dv-signature"}),
    ("p", {"dv-authority"}),
]
SIGNER = [*AUTHORITY[:-1], ("p", {"dv-signer"})]


def _compound(part: str) -> tuple[str | None, set[str]]:
    tag, *classes = part.split(".")
    return (tag or None), set(classes)


def _matches(selector: str, path: list[tuple[str, set[str]]]) -> bool:
    parts = [_compound(p) for p in selector.split()]
    *ancestors, last = parts

    def fits(node: tuple[str, set[str]], want: tuple[str | None, set[str]]) -> bool:
        return (want[0] is None or want[0] == node[0]) and want[1] <= node[1]

    if not fits(path[-1], last):
        return False
    position = len(path) - 2
    for want in reversed(ancestors):
        while position >= 0 and not fits(path[position], want):
            position -= 1
        if position < 0:
            return False
        position -= 1
    return True


def _specificity(selector: str) -> tuple[int, int]:
    parts = [_compound(p) for p in selector.split()]
    return sum(len(c) for _, c in parts), sum(1 for t, _ in parts if t)


def _margin(declarations: str, side: str) -> str | None:
    found = None
    for declaration in declarations.split(";"):
        name, _, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if name == f"margin-{side}":
            found = value
        elif name == "margin":
            values = value.split()
            index = {"top": 0, "right": 1, "bottom": 2, "left": 3}[side]
            expanded = {1: [0, 0, 0, 0], 2: [0, 1, 0, 1], 3: [0, 1, 2, 1], 4: [0, 1, 2, 3]}
            found = values[expanded[len(values)][index]]
    return found


def computed_margin(path: list[tuple[str, set[str]]], side: str) -> str:
    """The winning margin-``side`` for the element at the end of ``path`` (screen rules:
    the top-level ones of DOCUMENT_CSS, later wins on equal specificity)."""
    best: tuple[tuple[int, int], int, str] | None = None
    for order, match in enumerate(_RULE.finditer(DOCUMENT_CSS)):
        selectors, declarations = match.group(1), match.group(2)
        value = _margin(declarations, side)
        if value is None:
            continue
        for selector in selectors.split(","):
            selector = selector.strip()
            if ":" in selector or not _matches(selector, path):
                continue
            key = (_specificity(selector), order, value)
            if best is None or key[:2] >= best[:2]:
                best = key
    return "0" if best is None else best[2]


def test_the_cascade_reader_sees_the_generic_paragraph_rule() -> None:
    # the rule that once cancelled the room: ".dv-closing p { margin: 0 }" beats a bare class
    assert _matches(".danvan-document .dv-closing p", SIGNER)
    assert _specificity(".danvan-document .dv-closing p") > _specificity(
        ".danvan-document .dv-signer"
    )


def test_the_signature_gets_the_room_the_docx_leaves() -> None:
    room = computed_margin(AUTHORITY, "bottom")
    assert room == f"{STATE_PROFILE.signature_space:g}cm"
    assert computed_margin(SIGNER, "top") == "0"


def test_a_draft_without_a_name_keeps_the_room() -> None:
    draft = small_report(
        status=DocumentStatus.DRAFT, signature=Signature(head_title="Giám đốc", name=None)
    )
    page = render_html(draft)
    assert '<p class="dv-authority">GIÁM ĐỐC</p>' in page
    assert "dv-signer" not in page.split("</style>")[-1]  # the room hangs on the title lines


def test_appendices_restart_the_page_count_where_supported() -> None:
    assert ".danvan-document .dv-appendix { page: dv-appendix; counter-reset: page 1; }" in PAGE_CSS
    assert (
        "@page :nth(1 of dv-appendix) { counter-reset: page; @top-center { content: none; } }"
        in PAGE_CSS
    )
    assert "@page dv-appendix { @top-center { content: counter(page);" in PAGE_CSS
    page = render_html(
        small_report(appendices=(Appendix(title="Số liệu", blocks=(Paragraph.of("x"),)),))
    )
    assert '<section class="dv-appendix">' in page
    assert "page: dv-appendix" in page  # the standalone page carries PAGE_CSS
    assert "break-before: page" in DOCUMENT_CSS


@pytest.mark.parametrize("css", [DOCUMENT_CSS, PAGE_CSS])
def test_braces_balance(css: str) -> None:
    assert css.count("{") == css.count("}")
