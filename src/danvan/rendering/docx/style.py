"""Style profiles (hồ sơ trình bày) of the .docx renderer: page margins, font sizes, spacing.

A :class:`DocxStyle` holds every number the renderer uses, and checks each one against
the range the rules allow: Nghị định 30/2020/NĐ-CP Phụ lục I for State documents
(:data:`STATE_PROFILE`), the provisional Hướng dẫn 36-HD/VPTW values for Party
documents (:data:`PARTY_PROFILE`). The ranges and defaults are data, the file
``danvan/rendering/data/style-rules.json`` (:data:`STATE_RULES`, :data:`PARTY_RULES`), so
correcting a rule is a one-line edit of that file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from importlib import resources
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


RULES_FILE: Final = "style-rules.json"
"""The rule tables, in ``danvan/rendering/data``: one record per value (default, low, high,
unit, source, verified) for "state" and "party"; ``high`` null means no upper bound."""


def _load_rules() -> dict[str, Mapping[str, Rule]]:
    data_dir = resources.files("danvan.rendering").joinpath("data")
    data = json.loads(data_dir.joinpath(RULES_FILE).read_text(encoding="utf-8"))
    tables: dict[str, Mapping[str, Rule]] = {}
    for system in ("state", "party"):
        table = {}
        for name, record in data[system].items():
            high = math.inf if record["high"] is None else float(record["high"])
            table[name] = Rule(
                default=record["default"],
                low=record["low"],
                high=high,
                unit=record["unit"],
                source=record["source"],
                verified=record["verified"],
            )
        tables[system] = MappingProxyType(table)
    return tables


_TABLES = _load_rules()

STATE_RULES: Final[Mapping[str, Rule]] = _TABLES["state"]
"""Nghị định 30/2020/NĐ-CP: every value's default and range (State documents), read from
``data/style-rules.json``."""

# PROVISIONAL. Every Party value lives in the "party" table of style-rules.json. Hướng dẫn
# 36-HD/VPTW (2018) may have been replaced in 2026 by Hướng dẫn 05-HD/VPTW
# (conventions/nd30.md §4.0): re-check each value against HD05 and correct it there. Values
# read in a secondary copy of HD36 are marked with their quote; the rest are [unverified].
PARTY_RULES: Final[Mapping[str, Rule]] = _TABLES["party"]
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
