"""Unit and agency names across documents (tên cơ quan, đơn vị): one identity whatever the
case, and a name fit to stand in a sentence ("Kính gửi: …", "… của Sở Y tế").

A document read from a file keeps its issuer as the header prints it, in capitals ("SỞ Y
TẾ"); the same unit built by hand is "Sở Y tế". :func:`unit_key` makes them one unit;
:func:`sentence_name` gives the name as a sentence writes it: the spelling the document's
own text uses when it mentions the unit ("… Sở Hòa giải Cộng đồng báo cáo …"), else a
case rule (:func:`agency_case`), never the header's capitals.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from danvan.model import BaseDocument, BulletList, Section
from danvan.model.blocks import iter_blocks, iter_paragraphs
from danvan.vn.text import normalize_text

__all__ = ["agency_case", "document_texts", "sentence_name", "unit_key"]


@functools.lru_cache(maxsize=16_384)
def unit_key(name: str) -> str:
    """The identity of a unit's name: NFC, one tone convention, one space, case-folded
    ("SỞ Y TẾ", "Sở  Y tế" and "Sở Y Tế" are one unit)."""
    return normalize_text(name).casefold()


def _all_caps(name: str) -> bool:
    return name.isupper()


# The case rule of agency names below is danvan's reading of how names are written in the
# corpus ("Sở Văn hóa, Thể thao và Du lịch", "Ủy ban nhân dân tỉnh Lạng Sơn", "Ban Dân vận
# Tỉnh ủy"): Phụ lục II of Nghị định 30/2020/NĐ-CP, which rules capitalisation, is not in
# ../shared/conventions, so the rule is unverified and used only when the document itself
# never writes the name in ordinary case.
_KINDS = tuple(
    kind.split()
    for kind in sorted(
        (
            "ủy ban nhân dân",
            "hội đồng nhân dân",
            "ban chỉ đạo",
            "ban thường vụ",
            "trung tâm",
            "văn phòng",
            "chi cục",
            "tổng cục",
            "cục",
            "sở",
            "ban",
            "phòng",
            "bộ",
            "vụ",
            "viện",
            "trường",
            "hội",
            "đoàn",
            "công an",
            "bộ chỉ huy",
            "liên đoàn lao động",
        ),
        key=len,
        reverse=True,
    )
)
# administrative levels: lower case, and the place after them in title case
_LEVELS = {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"}
_PARTY_COMMITTEES = {"tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy"}
_ALWAYS_CAPITAL = {"việt", "nam", "đảng"}
_ACRONYMS = {"ubnd", "hđnd", "mttq", "ubmttq", "vn"}
# phrases with capitals of their own, wherever they stand
_FIXED = (("mặt trận tổ quốc", "Mặt trận Tổ quốc"), ("nhà nước", "Nhà nước"))


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def agency_case(name: str) -> str:
    """An agency name in capitals as a sentence writes it: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    → "Sở Văn hóa, Thể thao và Du lịch", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" → "Ủy ban nhân dân
    tỉnh Lạng Sơn". A name not in capitals is returned as written.

    The kind of body (Sở, Ủy ban nhân dân …) keeps a capital on its first word; the first
    word of each field after it, after "," and after "và" takes one; a place after "tỉnh",
    "huyện", "xã" … is capitalised word by word; "Tỉnh ủy", "Huyện ủy", "Việt Nam" keep
    theirs. Unverified against Phụ lục II of Nghị định 30 (not in the conventions folder).
    """
    text = normalize_text(name)
    if not _all_caps(text):
        return text
    words = text.lower().split(" ")
    out: list[str] = []
    index = 0
    phrase_start = True
    in_place = False
    while index < len(words):
        word = words[index]
        pair = " ".join(words[index : index + 2]).rstrip(",")
        bare = word.rstrip(",")
        if phrase_start and not out:
            kind = next((k for k in _KINDS if words[index : index + len(k)] == k), None)
            if kind is not None:
                out.append(_cap(word))
                out.extend(words[index + 1 : index + len(kind)])
                index += len(kind)
                continue
        if pair in _PARTY_COMMITTEES:
            out += [_cap(words[index]), words[index + 1]]
            index += 2
            phrase_start = words[index - 1].endswith(",")
            in_place = False
            continue
        if pair in _LEVELS or bare in _LEVELS:
            size = 2 if pair in _LEVELS else 1
            out += words[index : index + size]
            index += size
            in_place = True
            phrase_start = False
            continue
        if bare == "và":
            out.append(word)
            index += 1
            phrase_start = True
            in_place = False
            continue
        if bare in _ACRONYMS:
            out.append(word.upper())
        elif in_place or phrase_start or bare in _ALWAYS_CAPITAL:
            out.append(_cap(word))
        else:
            out.append(word)
        phrase_start = word.endswith(",")
        if phrase_start:
            in_place = False
        index += 1
    result = _cap(" ".join(out))  # a name starts with a capital, whatever its first word
    for lower, written in _FIXED:
        result = re.sub(rf"(?<!\w){lower}(?!\w)", written, result, flags=re.IGNORECASE)
    return result


def document_texts(document: BaseDocument) -> Iterator[str]:
    """The running text of a document, where a sentence may name a unit: introduction, bases,
    body paragraphs, bullets and section titles, closing."""
    for paragraph in (*document.introduction, *document.bases):
        yield paragraph.text
    for block in iter_blocks(document.body):
        if isinstance(block, Section) and block.title:
            yield block.title
    for paragraph in iter_paragraphs(document.body):
        yield paragraph.text
    for block in iter_blocks(document.body):
        if isinstance(block, BulletList):
            yield from (item.content.text for item in block.items)
    for paragraph in document.closing:
        yield paragraph.text


def _mention(name: str, texts: Iterable[str]) -> str | None:
    words = normalize_text(name).split(" ")
    pattern = re.compile(
        r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE
    )
    for text in texts:
        for match in pattern.finditer(normalize_text(text)):
            found = match.group()
            if not _all_caps(found) and found[:1].isupper():
                return found
    return None


def sentence_name(name: str, document: BaseDocument | None = None) -> str:
    """``name`` as a sentence writes it. A name in capitals (as a header prints it) takes
    the spelling of the document's own text when it mentions the unit in ordinary case,
    else :func:`agency_case`; any other name is returned as written (NFC)."""
    text = normalize_text(name)
    if not _all_caps(text):
        return text
    if document is not None:
        found = _mention(text, document_texts(document))
        if found is not None:
            return found
    return agency_case(text)
