"""Legal references (văn bản được viện dẫn): the Party and State documents a report cites."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

import attrs

from danvan.model import _validators as v
from danvan.model.number import DocumentNumber
from danvan.model.place_date import DateLike, coerce_date
from danvan.model.types import DocumentSystem, DocumentType
from danvan.vn.dates import PartialDate, format_date

__all__ = ["LegalReference"]


@attrs.frozen(kw_only=True)
class LegalReference:
    """Văn bản được viện dẫn: "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư (khóa XI)".

    ``symbol`` is the full number and symbol when the citation gives one; ``number`` and
    ``year`` are then filled from it (and must agree with it if given). A citation that
    gives only a number ("Kết luận số 21") has ``number`` without ``symbol``; a named
    document ("Luật Thực hiện dân chủ ở cơ sở") has ``name`` and no number.

    Because ``number`` and ``year`` are stored, a copy with another symbol clears them:
    ``attrs.evolve(ref, symbol=other, number=None, year=None)``.
    """

    document_type: DocumentType | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(DocumentType, "loại văn bản"))
    )
    symbol: DocumentNumber | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(DocumentNumber, "số, ký hiệu"))
    )
    number: int | None = attrs.field(
        default=None, validator=v.optional(v.positive_int("the number (số)"))
    )
    year: int | None = attrs.field(default=None, validator=v.optional(v.instance_of(int, "năm")))
    issuer: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "cơ quan ban hành")),
    )
    date: DateLike | None = attrs.field(
        default=None,
        converter=coerce_date,
        validator=v.optional(v.instance_of((dt.date, PartialDate), "ngày ban hành")),
    )
    term: str | None = attrs.field(
        default=None, converter=v.optional_text, validator=v.optional(v.instance_of(str, "khóa"))
    )
    title: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "trích yếu")),
    )
    name: str | None = attrs.field(
        default=None,
        converter=v.optional_text,
        validator=v.optional(v.instance_of(str, "tên gọi")),
    )

    def __attrs_post_init__(self) -> None:
        if self.document_type is None and self.symbol is None:
            raise v.fail(
                self,
                "document_type",
                None,
                "a reference needs at least a document type (loại văn bản) or a symbol (ký hiệu)",
            )
        if self.symbol is not None:
            self._fill("number", self.symbol.number)
            self._fill("year", self.symbol.year)

    def _fill(self, name: str, from_symbol: Any) -> None:
        given = getattr(self, name)
        if given is None:
            object.__setattr__(self, name, from_symbol)
        elif from_symbol is not None and given != from_symbol:
            raise v.fail(
                self, name, given, f"disagrees with the symbol {self.symbol} (số, ký hiệu)"
            )

    @property
    def system(self) -> DocumentSystem | None:
        """State or Party, when the symbol tells."""
        return None if self.symbol is None else self.symbol.system

    @property
    def type_name(self) -> str:
        """The type word as written in running text ("Kết luận"), from the type or the symbol."""
        kind = self.document_type
        if kind is None and self.symbol is not None:
            kind = self.symbol.document_type
        return kind.value if kind is not None else "Văn bản"

    def format(self, style: Literal["full", "short"] = "full") -> str:
        """The canonical citation: "Kết luận số 114-KL/TW ngày 14/7/2015 của Ban Bí thư ... (khóa XI)".

        ``short`` gives type and symbol only ("Kết luận số 114-KL/TW"), as Nghị định 30
        asks for every citation after the first.
        """
        parts = [self.type_name]
        if self.name is not None:
            parts.append(self.name)
        if self.symbol is not None:
            parts.append(f"số {self.symbol}")
        elif self.number is not None:
            parts.append(f"số {self.number:02d}")
        # The year is written once: "Luật Hòa giải ở cơ sở năm 2013 ngày 20/6/2013" reads
        # "Luật Hòa giải ở cơ sở ngày 20/6/2013" in full, the date saying the year.
        dated_same_year = style == "full" and self.date is not None and self.date.year == self.year
        if (
            self.symbol is None
            and self.year is not None
            and self.number is None
            and not dated_same_year
        ):
            parts.append(f"năm {self.year}")
        if style == "short":
            return " ".join(parts)
        if self.date is not None:
            parts.append(f"ngày {format_date(self.date, 'short')}")
        if self.issuer is not None:
            parts.append(f"của {self.issuer}")
        if self.term is not None:
            parts.append(f"({self.term})")
        if self.title is not None and self.title != self.name:
            about = "" if self.title.casefold().startswith("về ") else "về "
            parts.append(f"{about}“{self.title}”")
        return " ".join(parts)

    def __str__(self) -> str:
        return self.format("full")
