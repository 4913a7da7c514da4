"""The agency's address block (ô 13): address, telephone, fax, e-mail, website."""

from __future__ import annotations

from typing import Any

import attrs

from danvan.model import _validators as v

__all__ = ["Contact"]


def _one_line(what: str) -> v.Validator:
    is_text = v.instance_of(str, what)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        is_text(instance, attribute, value)
        if any(ch in value for ch in "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"):
            raise v.fail(instance, attribute.name, value, f"{what} is written on one line")

    return check


def _field(what: str) -> Any:
    return attrs.field(default=None, converter=v.optional_text, validator=_one_line(what))


@attrs.frozen(kw_only=True)
class Contact:
    """Địa chỉ cơ quan, tổ chức; thư điện tử; trang thông tin điện tử; số điện thoại; số Fax.

    Printed at the foot of page 1 (ô 13, Nghị định 30, Phụ lục I, III.4) as the decree's
    sample lays it out: the address, then "ĐT: …, Fax: …", then "E-Mail: …, Website: …".
    At least one item is given.
    """

    address: str | None = _field("the address (địa chỉ)")
    telephone: str | None = _field("the telephone number (số điện thoại)")
    fax: str | None = _field("the fax number (số Fax)")
    email: str | None = _field("the e-mail address (thư điện tử)")
    website: str | None = _field("the website (trang thông tin điện tử)")

    def __attrs_post_init__(self) -> None:
        if all(getattr(self, f.name) is None for f in attrs.fields(type(self))):
            raise v.fail(
                self,
                "address",
                None,
                "an address block (ô 13) gives at least one of address, telephone, fax, "
                "email, website",
            )

    def lines(self) -> list[str]:
        """The block as printed, after the decree's sample (Phụ lục I, Mục V, ô 13):
        ["Số 1 đường A, …", "ĐT: 0212 3852 …, Fax: …", "E-Mail: …, Website: …"]."""
        lines = [] if self.address is None else [self.address]
        for pairs in (
            (("ĐT", self.telephone), ("Fax", self.fax)),
            (("E-Mail", self.email), ("Website", self.website)),
        ):
            items = [f"{label}: {value}" for label, value in pairs if value is not None]
            if items:
                lines.append(", ".join(items))
        return lines
