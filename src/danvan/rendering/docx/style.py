"""Style profiles (hồ sơ trình bày) of the .docx renderer: page margins, font sizes, spacing.

A :class:`DocxStyle` holds every number the renderer uses, and checks each one against
the range the rules allow: Nghị định 30/2020/NĐ-CP Phụ lục I for State documents
(:data:`STATE_PROFILE`), the provisional Hướng dẫn 36-HD/VPTW values for Party
documents (:data:`PARTY_PROFILE`). The ranges and defaults are data (:data:`STATE_RULES`,
:data:`PARTY_RULES`), so correcting a rule is a one-line edit.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from danvan.errors import InvalidValueError
from danvan.model import DocumentSystem

__all__ = [
    "DRAFT_MARK_POSITIONS",
    "PARTY_PROFILE",
    "PARTY_RULES",
    "STATE_PROFILE",
    "STATE_RULES",
    "DocxStyle",
    "Rule",
]


@attrs.frozen(kw_only=True)
class Rule:
    """One value's default and allowed range (khoảng cho phép), with the text it comes from.

    ``unit`` is "pt", "mm", "cm" or "lines"; ``source`` quotes the rule; ``verified`` is
    False for values nobody has checked against a primary text.
    """

    default: float
    low: float
    high: float
    unit: str
    source: str
    verified: bool = True

    def describe(self) -> str:
        """ "13-14 pt (Nghị định 30/2020/NĐ-CP, Phụ lục I, II.6.e: «...»)"."""
        if self.high == math.inf:
            span = f"at least {_num(self.low)} {self.unit}"
        elif self.low == self.high:
            span = f"{_num(self.low)} {self.unit}"
        else:
            span = f"{_num(self.low)}-{_num(self.high)} {self.unit}"
        flag = "" if self.verified else " [unverified]"
        return f"{span} ({self.source}){flag}"


def _num(value: float) -> str:
    return f"{value:g}".replace(".", ",")


_ND30 = "Nghị định 30/2020/NĐ-CP, Phụ lục I"
_PRACTICE = "common practice, not set by Nghị định 30"

STATE_RULES: Final[Mapping[str, Rule]] = MappingProxyType(
    {
        # -- page (Phụ lục I, Mục I) -------------------------------------------------------
        "margin_top": Rule(
            default=20,
            low=20,
            high=25,
            unit="mm",
            source=f"{_ND30}, I.3: «Cách mép trên và mép dưới 20 - 25 mm»",
        ),
        "margin_bottom": Rule(
            default=20,
            low=20,
            high=25,
            unit="mm",
            source=f"{_ND30}, I.3: «Cách mép trên và mép dưới 20 - 25 mm»",
        ),
        "margin_left": Rule(
            default=30,
            low=30,
            high=35,
            unit="mm",
            source=f"{_ND30}, I.3: «cách mép trái 30 - 35 mm»",
        ),
        "margin_right": Rule(
            default=15,
            low=15,
            high=20,
            unit="mm",
            source=f"{_ND30}, I.3: «cách mép phải 15 - 20 mm»",
        ),
        "page_number_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, I.7: «cỡ chữ 13 đến 14, kiểu chữ đứng»",
        ),
        # -- header (ô 1-4); defaults as in Mẫu 1.4 of Phụ lục III -----------------------
        "national_title_size": Rule(
            default=13,
            low=12,
            high=13,
            unit="pt",
            source=f"{_ND30}, II.1.a: Quốc hiệu «chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm»",
        ),
        "motto_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.1.b: Tiêu ngữ «chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»",
        ),
        "party_title_size": Rule(
            default=15,
            low=15,
            high=15,
            unit="pt",
            source="Hướng dẫn 36-HD/VPTW, mẫu chữ: «ĐẢNG CỘNG SẢN VIỆT NAM» «In hoa, 15, Đứng, đậm» "
            "(used only by the Party layout)",
            verified=False,
        ),
        "parent_size": Rule(
            default=13,
            low=12,
            high=13,
            unit="pt",
            source=f"{_ND30}, II.2.b: cơ quan chủ quản «chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng»",
        ),
        "issuer_size": Rule(
            default=13,
            low=12,
            high=13,
            unit="pt",
            source=f"{_ND30}, II.2.b: cơ quan ban hành «chữ in hoa, cỡ chữ từ 12 đến 13, kiểu chữ đứng, đậm»",
        ),
        "number_size": Rule(
            default=13,
            low=13,
            high=13,
            unit="pt",
            source=f"{_ND30}, II.3.c: «Từ “Số” được trình bày bằng chữ in thường, cỡ chữ 13»",
        ),
        "place_date_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.4.c: địa danh, ngày «chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ nghiêng»",
        ),
        "left_column_width": Rule(
            default=6.5,
            low=6,
            high=7,
            unit="cm",
            source=f"{_PRACTICE}: header and signature tables split about 6-7 cm / 9-10 cm",
            verified=False,
        ),
        # -- type name, subject, Kính gửi (ô 5a, 9a) --------------------------------------
        "type_name_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.5.b: «Tên loại văn bản được trình bày bằng chữ in hoa, cỡ chữ từ 13 đến 14»",
        ),
        "subject_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.5.b: «Trích yếu nội dung văn bản … cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»",
        ),
        "addressee_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.9.d: Kính gửi «chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ đứng»",
        ),
        # -- body (ô 6) ----------------------------------------------------------------------
        "body_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.6.e: nội dung «cỡ chữ từ 13 đến 14»",
        ),
        "first_line_indent": Rule(
            default=1.27,
            low=1,
            high=1.27,
            unit="cm",
            source=f"{_ND30}, II.6.e: «chữ đầu dòng lùi vào 1 cm hoặc 1,27 cm»",
        ),
        "paragraph_spacing": Rule(
            default=6,
            low=6,
            high=math.inf,
            unit="pt",
            source=f"{_ND30}, II.6.e: «khoảng cách giữa các đoạn văn tối thiểu là 6pt»",
        ),
        "line_spacing": Rule(
            default=1,
            low=1,
            high=1.5,
            unit="lines",
            source=f"{_ND30}, II.6.e: «khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 lines»",
        ),
        "table_size": Rule(
            default=13,
            low=11,
            high=14,
            unit="pt",
            source=f"{_PRACTICE}: text inside tables",
            verified=False,
        ),
        "footnote_size": Rule(
            default=12,
            low=10,
            high=13,
            unit="pt",
            source=f"{_PRACTICE}: footnotes (chú thích)",
            verified=False,
        ),
        # -- signature and Nơi nhận (ô 7, 9b) --------------------------------------------
        "signature_title_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.7.đ: quyền hạn, chức vụ «chữ in hoa, cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»",
        ),
        "signer_name_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, II.7.đ: «Họ và tên … cỡ chữ từ 13 đến 14, kiểu chữ đứng, đậm»",
        ),
        "signature_space": Rule(
            default=3,
            low=2,
            high=5,
            unit="cm",
            source=f"{_PRACTICE}: about 4 blank lines (3 cm) for the signature and seal",
            verified=False,
        ),
        "recipients_heading_size": Rule(
            default=12,
            low=12,
            high=12,
            unit="pt",
            source=f"{_ND30}, II.9.d: «Nơi nhận» «cỡ chữ 12, kiểu chữ nghiêng, đậm»",
        ),
        "recipients_size": Rule(
            default=11,
            low=11,
            high=11,
            unit="pt",
            source=f"{_ND30}, II.9.d: phần liệt kê nơi nhận «cỡ chữ 11, kiểu chữ đứng»",
        ),
        # -- appendices (Mục III.1) -------------------------------------------------------
        "appendix_label_size": Rule(
            default=14,
            low=14,
            high=14,
            unit="pt",
            source=f"{_ND30}, III.1: «Từ “Phụ lục” và số thứ tự … cỡ chữ 14, kiểu chữ đứng, đậm»",
        ),
        "appendix_title_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, III.1: «tên Phụ lục … bằng chữ in hoa, cỡ chữ từ 13 đến 14»",
        ),
        "attachment_size": Rule(
            default=14,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, III.1: dòng Kèm theo «chữ in thường, cỡ chữ từ 13 đến 14, kiểu chữ nghiêng»",
        ),
        # -- optional elements (Mục III.2-4) and the draft mark -------------------------------
        "stamp_size": Rule(
            default=13,
            low=13,
            high=14,
            unit="pt",
            source=f"{_ND30}, III.2.b-c: độ khẩn, phạm vi lưu hành «chữ in hoa, … cỡ chữ từ 13 "
            "đến 14, kiểu chữ đứng, đậm»; the độ mật stamp is set by the law on State secrets "
            "and takes the same size here [unverified]",
        ),
        "drafter_size": Rule(
            default=11,
            low=11,
            high=11,
            unit="pt",
            source=f"{_ND30}, III.3: ký hiệu người soạn thảo, số lượng bản «cỡ chữ 11, kiểu chữ đứng»",
        ),
        "contact_size": Rule(
            default=11,
            low=11,
            high=12,
            unit="pt",
            source=f"{_ND30}, III.4: địa chỉ, điện thoại … «chữ in thường, cỡ chữ từ 11 đến 12, "
            "kiểu chữ đứng»",
        ),
        "draft_mark_size": Rule(
            default=13,
            low=12,
            high=14,
            unit="pt",
            source=f"{_PRACTICE}: the «DỰ THẢO» box, bold capitals like the decree's stamps",
            verified=False,
        ),
    }
)
"""Nghị định 30/2020/NĐ-CP: every value's default and range (State documents)."""

_HD36 = "Hướng dẫn 36-HD/VPTW (2018), mẫu chữ"
_PARTY_GUESS = "Party practice, HD36 text not read; State value reused"

# PROVISIONAL. Every Party value lives in this one table. Hướng dẫn 36-HD/VPTW (2018) may
# have been replaced in 2026 by Hướng dẫn 05-HD/VPTW (conventions/nd30.md §4.0): re-check
# each value against HD05 and correct it here. Values read in a secondary copy of HD36
# are marked with their quote; the rest are [unverified] (verified=False).
PARTY_RULES: Final[Mapping[str, Rule]] = MappingProxyType(
    {
        # Margins [unverified]: the 2026 notes use 20/20/30/15; an older handbook 25/25/35/15.
        "margin_top": Rule(
            default=20, low=20, high=25, unit="mm", source=_PARTY_GUESS, verified=False
        ),
        "margin_bottom": Rule(
            default=20, low=20, high=25, unit="mm", source=_PARTY_GUESS, verified=False
        ),
        "margin_left": Rule(
            default=30, low=30, high=35, unit="mm", source=_PARTY_GUESS, verified=False
        ),
        "margin_right": Rule(
            default=15, low=15, high=20, unit="mm", source=_PARTY_GUESS, verified=False
        ),
        # [sourced: biquyetxaynha.com reproducing the HD36 mẫu chữ table] for the next 8.
        "party_title_size": Rule(
            default=15,
            low=15,
            high=15,
            unit="pt",
            source=f"{_HD36}: «ĐẢNG CỘNG SẢN VIỆT NAM» «In hoa, 15, Đứng, đậm»",
        ),
        "parent_size": Rule(
            default=14, low=14, high=14, unit="pt", source=f"{_HD36}: cấp trên «In hoa, 14, Đứng»"
        ),
        "issuer_size": Rule(
            default=14,
            low=14,
            high=14,
            unit="pt",
            source=f"{_HD36}: cơ quan ban hành «In hoa, 14, Đứng, đậm»",
        ),
        "number_size": Rule(
            default=14,
            low=14,
            high=14,
            unit="pt",
            source=f"{_HD36}: số, ký hiệu «In thường, 14, Đứng»",
        ),
        "place_date_size": Rule(
            default=14,
            low=14,
            high=14,
            unit="pt",
            source=f"{_HD36}: địa danh, ngày «In thường, 14, Nghiêng»",
        ),
        "type_name_size": Rule(
            default=16,
            low=15,
            high=16,
            unit="pt",
            source=f"{_HD36}: tên loại «In hoa, 15-16, Đứng, đậm»",
        ),
        "subject_size": Rule(
            default=14,
            low=14,
            high=15,
            unit="pt",
            source=f"{_HD36}: trích yếu «In thường, 14-15, Đứng, đậm»",
        ),
        "body_size": Rule(
            default=14,
            low=14,
            high=15,
            unit="pt",
            source=f"{_HD36}: nội dung «In thường, 14-15, Đứng»",
        ),
        # [unverified] from here on.
        "addressee_size": Rule(
            default=14, low=14, high=15, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "signature_title_size": Rule(
            default=14, low=14, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "signer_name_size": Rule(
            default=14, low=14, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "recipients_heading_size": Rule(
            default=14,
            low=14,
            high=14,
            unit="pt",
            source="Party practice: «Nơi nhận» underlined, no colon",
            verified=False,
        ),
        "recipients_size": Rule(
            default=12, low=12, high=12, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "appendix_label_size": Rule(
            default=14, low=14, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "appendix_title_size": Rule(
            default=14, low=14, high=15, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "attachment_size": Rule(
            default=14, low=14, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "page_number_size": Rule(
            default=14, low=13, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "first_line_indent": Rule(
            default=1.27, low=1, high=1.27, unit="cm", source=_PARTY_GUESS, verified=False
        ),
        "paragraph_spacing": Rule(
            default=6, low=6, high=math.inf, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "line_spacing": Rule(
            default=1, low=1, high=1.5, unit="lines", source=_PARTY_GUESS, verified=False
        ),
        "left_column_width": Rule(
            default=6.5, low=6, high=7, unit="cm", source=_PARTY_GUESS, verified=False
        ),
        "table_size": Rule(
            default=13, low=11, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "footnote_size": Rule(
            default=12, low=10, high=13, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "signature_space": Rule(
            default=3, low=2, high=5, unit="cm", source=_PARTY_GUESS, verified=False
        ),
        "stamp_size": Rule(
            default=13, low=13, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "drafter_size": Rule(
            default=11, low=11, high=11, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "contact_size": Rule(
            default=11, low=11, high=12, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        "draft_mark_size": Rule(
            default=13, low=12, high=14, unit="pt", source=_PARTY_GUESS, verified=False
        ),
        # Not used by the Party layout (no Quốc hiệu, no Tiêu ngữ); kept so that every
        # field has a rule.
        "national_title_size": Rule(
            default=13, low=12, high=13, unit="pt", source="not used in Party documents"
        ),
        "motto_size": Rule(
            default=14, low=13, high=14, unit="pt", source="not used in Party documents"
        ),
    }
)
"""Hướng dẫn 36-HD/VPTW era (PROVISIONAL): every Party value's default and range in one place."""


DRAFT_MARK_POSITIONS: Final = ("top-right", "top-left", "none")
"""Where :attr:`DocxStyle.draft_mark` may put the «DỰ THẢO» box."""


def _field(name: str) -> Any:
    return attrs.field(default=STATE_RULES[name].default)


_SIZE_UNIT = "pt"


@attrs.frozen(kw_only=True)
class DocxStyle:
    """Hồ sơ trình bày: every size, margin and spacing the .docx renderer uses.

    Sizes are in points, margins in millimetres, widths and indents in centimetres,
    ``line_spacing`` in lines. Each value is checked against its rule for ``system``
    (:data:`STATE_RULES` or :data:`PARTY_RULES`); a value out of range raises
    :class:`~danvan.errors.InvalidValueError` naming the field and quoting the rule.
    Build variants with ``DocxStyle.state(body_size=13)`` or ``attrs.evolve(profile, ...)``.
    """

    system: DocumentSystem = attrs.field(default=DocumentSystem.STATE)
    """State (Nghị định 30) or Party (Hướng dẫn 36) layout: header, Nơi nhận, prefixes."""
    margin_top: float = _field("margin_top")
    """Lề trên, mm."""
    margin_bottom: float = _field("margin_bottom")
    """Lề dưới, mm."""
    margin_left: float = _field("margin_left")
    """Lề trái, mm."""
    margin_right: float = _field("margin_right")
    """Lề phải, mm."""
    page_number_size: float = _field("page_number_size")
    """Số trang, pt."""
    national_title_size: float = _field("national_title_size")
    """Quốc hiệu, pt."""
    motto_size: float = _field("motto_size")
    """Tiêu ngữ, pt."""
    party_title_size: float = _field("party_title_size")
    """Tiêu đề «ĐẢNG CỘNG SẢN VIỆT NAM» (Party layout only), pt."""
    parent_size: float = _field("parent_size")
    """Cơ quan chủ quản, pt."""
    issuer_size: float = _field("issuer_size")
    """Cơ quan ban hành, pt."""
    number_size: float = _field("number_size")
    """Số, ký hiệu, pt."""
    place_date_size: float = _field("place_date_size")
    """Địa danh, ngày tháng năm, pt."""
    left_column_width: float = _field("left_column_width")
    """Left column of the header and signature tables, cm; the right one takes the rest."""
    type_name_size: float = _field("type_name_size")
    """Tên loại (BÁO CÁO, KẾ HOẠCH), pt."""
    subject_size: float = _field("subject_size")
    """Trích yếu, pt."""
    addressee_size: float = _field("addressee_size")
    """Kính gửi, pt."""
    body_size: float = _field("body_size")
    """Nội dung, pt."""
    first_line_indent: float = _field("first_line_indent")
    """Thụt đầu dòng, cm."""
    paragraph_spacing: float = _field("paragraph_spacing")
    """Khoảng cách giữa các đoạn (after each paragraph), pt."""
    line_spacing: float = _field("line_spacing")
    """Khoảng cách dòng, in lines (1 = single)."""
    table_size: float = _field("table_size")
    """Text inside tables, pt."""
    footnote_size: float = _field("footnote_size")
    """Chú thích (footnotes), pt."""
    signature_title_size: float = _field("signature_title_size")
    """Quyền hạn, chức vụ người ký, pt."""
    signer_name_size: float = _field("signer_name_size")
    """Họ tên người ký, pt."""
    signature_space: float = _field("signature_space")
    """Space left for the signature and seal, cm."""
    recipients_heading_size: float = _field("recipients_heading_size")
    """ "Nơi nhận:", pt."""
    recipients_size: float = _field("recipients_size")
    """The Nơi nhận list, pt."""
    appendix_label_size: float = _field("appendix_label_size")
    """ "Phụ lục I", pt."""
    appendix_title_size: float = _field("appendix_title_size")
    """Tên phụ lục, pt."""
    attachment_size: float = _field("attachment_size")
    """ "(Kèm theo …)", pt."""
    stamp_size: float = _field("stamp_size")
    """Boxed marks: độ mật, độ khẩn, phạm vi lưu hành (ô 10a, 10b, 11), pt."""
    drafter_size: float = _field("drafter_size")
    """Ký hiệu người soạn thảo và số lượng bản (ô 12), pt."""
    contact_size: float = _field("contact_size")
    """The address block at the foot of page 1 (ô 13), pt."""
    draft_mark_size: float = _field("draft_mark_size")
    """The «DỰ THẢO» box, pt (a convention: the decree does not place it)."""
    draft_mark: str = attrs.field(default="top-right")
    """Where the «DỰ THẢO» box of a draft goes: "top-right" (default), "top-left", or
    "none" to leave it out. A convention, not a rule of the decree (docs/conventions.md)."""

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.system, DocumentSystem):
            raise InvalidValueError(
                "DocxStyle.system", self.system, "must be a DocumentSystem (STATE or PARTY)"
            )
        if self.draft_mark not in DRAFT_MARK_POSITIONS:
            raise InvalidValueError(
                "DocxStyle.draft_mark",
                self.draft_mark,
                "the draft mark (DỰ THẢO) goes at "
                + ", ".join(repr(p) for p in DRAFT_MARK_POSITIONS),
            )
        for name, rule in self.rules().items():
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise InvalidValueError(
                    f"DocxStyle.{name}",
                    value,
                    f"must be a number in {rule.unit}, not {type(value).__name__}",
                )
            if not rule.low <= value <= rule.high:
                raise InvalidValueError(f"DocxStyle.{name}", value, rule.describe())
            if rule.unit == _SIZE_UNIT and (value * 2) != int(value * 2):
                raise InvalidValueError(
                    f"DocxStyle.{name}",
                    value,
                    "font sizes are whole or half points (Word stores half points)",
                )

    def rules(self) -> Mapping[str, Rule]:
        """The rules this style is checked against: :data:`PARTY_RULES` or :data:`STATE_RULES`."""
        return PARTY_RULES if self.system is DocumentSystem.PARTY else STATE_RULES

    def rule(self, name: str) -> Rule:
        """The rule of one field, e.g. ``style.rule("margin_left").describe()``."""
        return self.rules()[name]

    @classmethod
    def state(cls, **overrides: Any) -> DocxStyle:
        """The Nghị định 30 profile (State documents), with ``overrides`` applied."""
        return cls(system=DocumentSystem.STATE, **overrides)

    @classmethod
    def party(cls, **overrides: Any) -> DocxStyle:
        """The Party profile from :data:`PARTY_RULES`: PROVISIONAL, see that table.

        Hướng dẫn 36-HD/VPTW (2018) may have been replaced by Hướng dẫn 05-HD/VPTW
        (2026); every value must be re-checked and is corrected in PARTY_RULES.
        """
        defaults: dict[str, Any] = {name: rule.default for name, rule in PARTY_RULES.items()}
        defaults.update(overrides)
        return cls(system=DocumentSystem.PARTY, **defaults)


STATE_PROFILE: Final = DocxStyle.state()
"""Nghị định 30/2020/NĐ-CP defaults: A4, margins 20/20/30/15 mm, body 14 pt, indent 1,27 cm."""

PARTY_PROFILE: Final = DocxStyle.party()
"""Party documents (Hướng dẫn 36-HD/VPTW era), PROVISIONAL: every value comes from
:data:`PARTY_RULES`, which must be re-checked against Hướng dẫn 05-HD/VPTW (2026)."""
