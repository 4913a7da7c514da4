"""Characters of symbol fonts (ký hiệu phông Symbol, Wingdings): what Word shows for them.

A bullet or a sign inserted from the Symbol or Wingdings font is stored as a code of that
font (a private-use character U+F0xx, or a Latin-1 character such as "§"), not as the
Unicode character it shows: "§" in Wingdings is a small square, U+F0B7 in Symbol a dot.
:func:`symbol_char` gives the Unicode character Word shows, for the codes documents use
(the bullets of Word's bullet gallery, the Greek letters and the mathematical signs of the
Symbol font, from the Adobe Symbol encoding); ``None`` for another code.
"""

from __future__ import annotations

import re

__all__ = ["SYMBOL_FONTS", "is_symbol_font", "symbol_char"]

SYMBOL_FONTS = re.compile(r"symbol|wingdings|webdings|dingbats|mt extra|marlett", re.IGNORECASE)
"""Fonts whose characters are pictures, not the letters of their codes."""

_GREEK_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"  # Symbol 0x41-0x5A
_GREEK_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"  # Symbol 0x61-0x7A

_SYMBOL: dict[int, str] = {
    **{0x41 + i: c for i, c in enumerate(_GREEK_UPPER)},
    **{0x61 + i: c for i, c in enumerate(_GREEK_LOWER)},
    0x2B: "+",
    0x2D: "-",  # Symbol's minus: a dash where it is a bullet
    0x3C: "<",
    0x3D: "=",
    0x3E: ">",
    0xA3: "≤",
    0xA5: "∞",
    0xAC: "←",
    0xAD: "↑",
    0xAE: "→",
    0xAF: "↓",
    0xB0: "°",
    0xB1: "±",
    0xB3: "≥",
    0xB4: "×",
    0xB7: "•",
    0xB8: "÷",
    0xB9: "≠",
    0xBA: "≡",
    0xBB: "≈",
    0xBE: "-",  # a horizontal rule
    0xD6: "√",
    0xDE: "⇒",
}
_WINGDINGS: dict[int, str] = {
    0x6C: "●",
    0x6E: "■",
    0x6F: "□",
    0x71: "❑",
    0x75: "◆",
    0x76: "❖",
    0x9F: "•",
    0xA7: "▪",
    0xA8: "◻",
    0xD8: "➢",
    0xE0: "➔",
    0xE8: "➔",
    0xF0: "⇨",
    0xFB: "✗",
    0xFC: "✓",
    0xFE: "☑",
}


def is_symbol_font(font: str | None) -> bool:
    """Whether ``font`` draws pictures for its codes (Symbol, Wingdings, Webdings …)."""
    return font is not None and SYMBOL_FONTS.search(font) is not None


def symbol_char(code: int, font: str | None) -> str | None:
    """The character Word shows for ``code`` (U+F0xx or U+00xx) in the symbol font ``font``,
    or ``None`` when the code is not one danvan knows. A private-use code without a font is
    taken as Symbol, Word's default bullet font."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    elif not (is_symbol_font(font) and 0x20 < code <= 0xFF):
        return None
    name = (font or "symbol").lower()
    if "wingdings" in name and "2" not in name and "3" not in name:
        return _WINGDINGS.get(code)
    if name.startswith("symbol"):
        return _SYMBOL.get(code)
    return None
