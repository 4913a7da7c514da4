"""Legacy Vietnamese encodings (bảng mã cũ): TCVN3 (ABC), VNI and Windows-1258 to Unicode NFC.

Documents typed before Unicode took over keep Vietnamese in 8-bit fonts: TCVN3 (the "ABC"
code of TCVN 5712:1993, fonts ".VnTime", ".VnArial"; the ".VnTimeH" variants show every
letter in upper case) and VNI (fonts "VNI-Times", "VNI-Helve" ...). Read naively, their
text is Latin-1 gibberish ("B¸o c¸o" for "Báo cáo", "Baùo caùo" in VNI). Windows-1258
stores tone marks as separate combining characters.

The tables below were written for danvan from the published layouts of the two codes
(TCVN 5712:1993 "VN3"; the VNI Windows layout of VNI Software) and cross-checked
character by character against the MIT-licensed duydev/vietnamese-conversion
(src/charsets.ts); no code was taken from it. TCVN3 here is the common ABC form whose
upper-case letters with tone marks do not exist (documents use a ".VnTimeH" font for
capitals); the rarer TCVN 5712 variant with capitals in the control range is not read.

Detection: by font name (a .docx run says its font) with :func:`encoding_of_font`, and by
character statistics with :func:`detect_legacy` (a text decoded as Latin-1) and
:func:`decode_legacy` (raw bytes of a text file that are not UTF-8).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from danvan.model.origin import ReadFinding

__all__ = [
    "LegacyEncoding",
    "decode_legacy",
    "detect_legacy",
    "encoding_of_font",
    "tcvn3_to_unicode",
    "unicode_to_cp1258",
    "unicode_to_tcvn3",
    "unicode_to_vni",
    "vietnamese_score",
    "vni_to_unicode",
]

LegacyEncoding = Literal["tcvn3", "tcvn3-upper", "vni", "cp1258"]

# --- TCVN3 (ABC): one byte per letter -------------------------------------------------
# Byte value -> Unicode letter. Bytes are the characters Word stores for the 8-bit font
# (the Latin-1 character with the same number).
_TCVN3_BYTES: dict[int, str] = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
_TCVN3_DECODE = str.maketrans({chr(byte): letter for byte, letter in _TCVN3_BYTES.items()})
_TCVN3_ENCODE = {letter: chr(byte) for byte, letter in _TCVN3_BYTES.items()}

# --- VNI: a base letter followed by a mark character ----------------------------------
# Marks after a plain vowel (a, e, o, u, y, ơ, ư), after a circumflex vowel (â, ê, ô: the
# circumflex itself is "â" after the base), and after a breve a (ă).
_TONES = ("acute", "grave", "hook", "tilde", "dot")
_VNI_PLAIN = {"acute": "ù", "grave": "ø", "hook": "û", "tilde": "õ", "dot": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "acute": "á", "grave": "à", "hook": "å", "tilde": "ã", "dot": "ä"}
_VNI_BREVE = {"": "ê", "acute": "é", "grave": "è", "hook": "ú", "tilde": "ü", "dot": "ë"}
_COMBINING = {"acute": "\u0301", "grave": "\u0300", "hook": "\u0309", "tilde": "\u0303", "dot": "\u0323"}  # fmt: skip
# Letters VNI writes as one character of their own.
_VNI_SINGLE = {
    "ơ": "ô", "ư": "ö", "đ": "ñ",
    "ì": "ì", "í": "í", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
}  # fmt: skip


def _compose(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + (_COMBINING[tone] if tone else ""))


def _vni_table() -> dict[str, str]:
    """Unicode letter (lower case) -> its VNI spelling."""
    table: dict[str, str] = dict(_VNI_SINGLE)
    for base in "aeouy":
        for tone in _TONES:
            letter = _compose(base, tone)
            if letter not in table:
                table[letter] = base + _VNI_PLAIN[tone]
    for base, spelled in (("ơ", "ô"), ("ư", "ö")):
        for tone in _TONES:
            table[_compose(base, tone)] = spelled + _VNI_PLAIN[tone]
    for base, plain in (("â", "a"), ("ê", "e"), ("ô", "o")):
        for tone, mark in _VNI_CIRCUMFLEX.items():
            table[_compose(base, tone)] = plain + mark
    for tone, mark in _VNI_BREVE.items():
        table[_compose("ă", tone)] = "a" + mark
    return table


_VNI_LOWER = _vni_table()
_VNI_ENCODE: dict[str, str] = {}
for _letter, _spelled in _VNI_LOWER.items():
    _VNI_ENCODE[_letter] = _spelled
    # Upper case: each character of the spelling in upper case (Latin-1 is regular here).
    _VNI_ENCODE[_letter.upper()] = _spelled.upper()
_VNI_DECODE = {spelled: letter for letter, spelled in _VNI_ENCODE.items()}
_VNI_PATTERN = re.compile(
    "|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True))
)


def tcvn3_to_unicode(text: str, *, upper: bool = False) -> str:
    """TCVN3 (ABC) text as read from a .VnTime run or Latin-1 bytes → Unicode NFC.

    ``upper`` is for the ".VnTimeH" fonts, which display every letter in upper case.
    """
    converted = text.translate(_TCVN3_DECODE)
    if upper:
        converted = converted.upper()
    return unicodedata.normalize("NFC", converted)


def vni_to_unicode(text: str) -> str:
    """VNI text as read from a "VNI-Times" run or Latin-1 bytes → Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group()], text))


def unicode_to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 characters; capitals with a tone mark have no TCVN3 code (ValueError)."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char in _TCVN3_ENCODE:
            out.append(_TCVN3_ENCODE[char])
        elif _passthrough(char) is not None:
            out.append(char)
        else:
            raise ValueError(f"{char!r} has no TCVN3 (ABC) code")
    return "".join(out)


def unicode_to_vni(text: str) -> str:
    """Unicode → VNI characters; a character VNI cannot spell is a ValueError."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char in _VNI_ENCODE:
            out.append(_VNI_ENCODE[char])
        elif _passthrough(char) is not None:
            out.append(char)
        else:
            raise ValueError(f"{char!r} has no VNI code")
    return "".join(out)


def unicode_to_cp1258(text: str) -> bytes:
    """Unicode → Windows-1258 bytes the way Windows writes them: base letter, then the tone mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")  # precomposed where the code page has it ("á")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            raise ValueError(f"{char!r} has no Windows-1258 spelling") from None
    return bytes(out)


def encoding_of_font(font: str | None) -> LegacyEncoding | None:
    """The legacy encoding a font name implies: ".VnTime" → tcvn3, ".VnTimeH" → tcvn3-upper, "VNI-Times" → vni."""
    if not font:
        return None
    name = font.strip()
    lowered = name.lower()
    if lowered.startswith(".vn"):
        # ".VnTimeH", ".VnArialH", ".VnCentury SchoolbookH": the H names the capitals font.
        base = name.split(",")[0].rstrip()
        return "tcvn3-upper" if base.endswith("H") else "tcvn3"
    if lowered.startswith(("vni-", "vni ")):
        return "vni"
    return None


# --- Statistics ------------------------------------------------------------------------
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"[^\W\d_]+")  # runs of letters


# A Vietnamese syllable (âm tiết): an optional initial consonant, a vowel nucleus from the
# language's short list, and a final consonant only after a nucleus that can take one
# ("an", "oan", "ương"; never "aon" or "aơm").
_INITIAL = r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_CLOSED_NUCLEI = (
    "iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyu "
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa"
)
_OPEN_NUCLEI = "uyê iê yê oa oă oe uâ uê uô ươ uy oo uơ a ă â e ê i o ô ơ u ư y"
_FINAL = r"(?:ch|ng|nh|[cmnpt])"
_SYLLABLE = re.compile(
    _INITIAL
    + "(?:(?:"
    + "|".join(_CLOSED_NUCLEI.split())
    + ")|(?:"
    + "|".join(_OPEN_NUCLEI.split())
    + f"){_FINAL}?)"
)


def _word_shape(word: str) -> int:
    """+1 for a Vietnamese syllable with a non-ASCII letter, -2 for an impossible one, 0 for ASCII.

    A syllable (âm tiết) is an optional initial consonant, one to three vowels with at most
    one tone mark, and an optional final consonant: "Kửln" or "Grỹòe" are not Vietnamese.
    """
    if word.isascii():
        return 0
    tones = 0
    letters: list[str] = []
    for char in unicodedata.normalize("NFD", word.lower()):
        if char in _TONE_MARKS:
            tones += 1
        else:
            letters.append(char)
    if tones > 1:
        return -2
    base = unicodedata.normalize("NFC", "".join(letters))
    return 1 if _SYLLABLE.fullmatch(base) else -2


def vietnamese_score(text: str) -> int:
    """How Vietnamese a text looks: plausible words with diacritics minus twice the impossible ones."""
    return sum(_word_shape(word) for word in _WORD.findall(text))


_MIN_EVIDENCE = 8
"""Non-ASCII characters a text needs before statistics may call it legacy: a few Unicode
letters that Latin-1 also has ("uò ") can score as VNI; a legacy document has hundreds."""


def detect_legacy(text: str) -> Literal["tcvn3", "vni"] | None:
    """Which legacy code a text read as Latin-1 is in, by character statistics, or None.

    A text is converted only when the conversion scores clearly better than the text as it
    is: Unicode Vietnamese is left alone.
    """
    if text.isascii():
        return None
    sample = text[:200_000]
    # Legacy text read as Latin-1 has no character above U+00FF; Unicode Vietnamese has
    # many (ư, ơ, đ, ạ ...). A cheap test first: most texts stop here.
    non_ascii = len(sample) - len(sample.encode("ascii", "ignore"))
    high = len(sample) - len(sample.encode("latin-1", "ignore"))
    if high * 4 > non_ascii:
        return None
    if non_ascii < _MIN_EVIDENCE:
        return None  # "uò": too few marked letters to tell a legacy code from Unicode
    as_is = vietnamese_score(sample)
    best_score, best_name = as_is, None
    tcvn3 = vietnamese_score(tcvn3_to_unicode(sample))
    vni = vietnamese_score(vni_to_unicode(sample))
    result: Literal["tcvn3", "vni"] | None = None
    if tcvn3 > best_score:
        best_score, result = tcvn3, "tcvn3"
    if vni > best_score:
        best_score, result = vni, "vni"
    del best_name
    if result is None or best_score <= 0 or best_score < as_is + 2:
        return None
    return result


# Windows puts punctuation in 0x80-0x9F (cp1252: “ ” – … €), which neither TCVN3 nor VNI
# uses for letters; the five bytes cp1252 leaves undefined stay Latin-1 control characters.
_CP1252_HIGH = {
    chr(byte): bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_CP1252_DECODE = str.maketrans(_CP1252_HIGH)
_CP1252_ENCODE = {unicode: latin for latin, unicode in _CP1252_HIGH.items()}


def _latin1(data: bytes) -> str:
    """8-bit text as Windows shows it: Latin-1 with cp1252's punctuation in 0x80-0x9F."""
    return data.decode("latin-1").translate(_CP1252_DECODE)


def _passthrough(char: str) -> str | None:
    """A character an 8-bit Vietnamese font file keeps as is: ASCII, or cp1252 punctuation."""
    if ord(char) < 0x80:
        return char
    return char if char in _CP1252_ENCODE else None


def decode_legacy(data: bytes, source_name: str) -> tuple[str, list[ReadFinding]] | None:
    """Bytes that are not UTF-8 → NFC text, if they read as TCVN3, VNI or Windows-1258; else None.

    Each candidate decoding is scored by :func:`vietnamese_score`; the best one wins if it
    looks Vietnamese. The finding (R012) names the encoding so the user can check it.
    """
    from danvan.model.origin import ReadFinding, SourceLocation

    latin = _latin1(data)
    candidates: list[tuple[int, str, str]] = []
    candidates.append((vietnamese_score(tcvn3_to_unicode(latin[:200_000])), "tcvn3", "TCVN3 (ABC)"))
    candidates.append((vietnamese_score(vni_to_unicode(latin[:200_000])), "vni", "VNI"))
    try:
        cp1258 = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        cp1258 = None
    if cp1258 is not None:
        candidates.append((vietnamese_score(cp1258[:200_000]), "cp1258", "Windows-1258"))
    # Ties go to the earlier candidate: TCVN3 was the most common legacy code in offices.
    score, name, label = max(candidates, key=lambda c: c[0])
    if score <= 0:
        return None
    if name == "tcvn3":
        text = tcvn3_to_unicode(latin)
    elif name == "vni":
        text = vni_to_unicode(latin)
    else:
        assert cp1258 is not None
        text = cp1258
    finding = ReadFinding(
        code="R012",
        message=(
            f"the text is not UTF-8; it reads as the legacy Vietnamese encoding {label} "
            "and was converted to Unicode (NFC): check the result"
        ),
        location=SourceLocation(source=source_name),
    )
    return text, [finding]
