"""Signature block (quyền hạn, chức vụ, họ tên người ký): "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / name"."""

from __future__ import annotations

import enum
import unicodedata

import attrs

from danvan.model import _validators as v
from danvan.model.types import DocumentSystem

__all__ = ["Authority", "Signature"]


class Authority(enum.Enum):
    """Quyền hạn ký (Nghị định 30, Điều 13); the value is the State prefix."""

    TM = "TM."
    """Thay mặt: on behalf of a collective ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH")."""
    KT = "KT."
    """Ký thay: a deputy signs for the head ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC")."""
    TL = "TL."
    """Thừa lệnh: the head of a unit signs by order of the head."""
    TUQ = "TUQ."
    """Thừa ủy quyền: signs by written delegation."""
    Q = "Q."
    """Quyền: the acting head ("Q. GIÁM ĐỐC")."""

    def prefix(self, system: DocumentSystem = DocumentSystem.STATE) -> str:
        """The prefix as printed: "KT." for the State, "K/T" for the Party (Hướng dẫn 36-HD/VPTW).

        Party "T/U" and "Q." are [unverified] (conventions §4.4).
        """
        if system is DocumentSystem.PARTY:
            return _PARTY_PREFIX[self]
        return self.value


_PARTY_PREFIX = {
    Authority.TM: "T/M",
    Authority.KT: "K/T",
    Authority.TL: "T/L",
    Authority.TUQ: "T/U",
    Authority.Q: "Q.",
}


def _same_title(a: str, b: str) -> bool:
    def norm(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split()).casefold()

    return norm(a) == norm(b)


@attrs.frozen(kw_only=True)
class Signature:
    """Chữ ký: authority prefix, the head's title (or the collective), the signer's title, the name.

    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": ``Signature(authority=Authority.KT, head_title="Giám đốc",
    signer_title="Phó Giám đốc", name="...")``. With no authority the head signs:
    ``Signature(head_title="Giám đốc", name="...")``. ``name`` may be left out in a draft.
    """

    head_title: str = attrs.field(
        converter=v.text, validator=v.non_empty_text("the head's title (chức vụ người đứng đầu)")
    )
    authority: Authority | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Authority, "quyền hạn ký"))
    )
    signer_title: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "chức vụ người ký")),
    )
    name: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "họ tên người ký")),
    )
    on_behalf_of: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tập thể (TM.)")),
    )
    """The collective above a deputy's signature (Nghị định 30, Điều 13; Phụ lục I):
    "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" is ``Signature(on_behalf_of="Ủy ban
    nhân dân", authority=Authority.KT, head_title="Chủ tịch", signer_title="Phó Chủ tịch")``."""

    notes: tuple[str, ...] = attrs.field(
        factory=tuple, converter=v.text_tuple, validator=v.tuple_of(str, "ghi chú nơi ký")
    )
    """What a copy prints where the signature and seal stand (ghi chú nơi ký), as written:
    "(Đã ký)", "(Đã ký và đóng dấu)", the stamp of a digital signature ("Ký bởi: Sở Dữ liệu
    số", "Thời gian ký: …"). A note of the copy, not the signature: renderers print the notes
    between the title lines and the name."""

    def __attrs_post_init__(self) -> None:
        for index, note in enumerate(self.notes):
            if not note.strip():
                raise v.fail(self, f"notes[{index}]", note, "a signature note is not empty")
        if self.on_behalf_of is not None and self.authority is not Authority.KT:
            raise v.fail(
                self,
                "on_behalf_of",
                self.on_behalf_of,
                "a collective (TM.) line goes above a deputy's KT. line: authority=Authority.KT",
            )
        authority = self.authority
        if authority in (Authority.KT, Authority.TL, Authority.TUQ, Authority.TM):
            assert authority is not None
            if self.signer_title is None:
                raise v.fail(
                    self,
                    "signer_title",
                    None,
                    f"a {authority.value} signature needs the signer's own title "
                    "(chức vụ người ký), printed under the prefix line",
                )
            if authority is not Authority.TM and _same_title(self.signer_title, self.head_title):
                raise v.fail(
                    self,
                    "signer_title",
                    self.signer_title,
                    f"a {authority.value} signer's title must differ from the head title "
                    f"{self.head_title!r}: the deputy signs for the head (ký thay)",
                )
        elif self.signer_title is not None and not _same_title(self.signer_title, self.head_title):
            raise v.fail(
                self,
                "signer_title",
                self.signer_title,
                (
                    "an acting head (Q.) signs under the head title alone"
                    if authority is Authority.Q
                    else "without an authority prefix (TM., KT., TL., TUQ.) the head signs "
                    "in person"
                )
                + ", so there is no separate signer title",
            )

    def lines(self, system: DocumentSystem = DocumentSystem.STATE) -> list[str]:
        """The title lines as printed, upper case: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]."""
        head = self.head_title.upper()
        if self.authority is None:
            return [head]
        first = f"{self.authority.prefix(system)} {head}"
        lines = (
            [f"{Authority.TM.prefix(system)} {self.on_behalf_of.upper()}"]
            if self.on_behalf_of is not None
            else []
        )
        if self.signer_title is None or self.authority is Authority.Q:
            return [*lines, first]
        return [*lines, first, self.signer_title.upper()]
