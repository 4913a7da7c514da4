"""The documents: reports (Báo cáo) and plans (Kế hoạch)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs

from danvan.model import _validators as v
from danvan.model._display import notebook_view
from danvan.model.agency import Agency
from danvan.model.appendix import Appendix
from danvan.model.blocks import (
    BLOCK_TYPES,
    Block,
    Paragraph,
    iter_blocks,
    iter_citations,
    iter_paragraphs,
)
from danvan.model.inline import Citation, Footnote
from danvan.model.marks import Circulation, Secrecy, Urgency
from danvan.model.number import DocumentNumber
from danvan.model.origin import Origin
from danvan.model.period import ReportingPeriod
from danvan.model.place_date import PlaceDate
from danvan.model.recipients import Recipients
from danvan.model.reference import LegalReference
from danvan.model.signature import Signature
from danvan.model.status import DocumentStatus
from danvan.model.task_finder import find_tasks
from danvan.model.tasks import Task
from danvan.model.types import DocumentSystem, DocumentType

__all__ = ["BaseDocument", "Document", "Plan", "Report"]


def _paragraphs(what: str) -> Any:
    return attrs.field(factory=tuple, converter=v.paragraphs, validator=v.tuple_of(Paragraph, what))


@attrs.frozen(kw_only=True)
class BaseDocument:
    """What every văn bản có tên loại shares (Mẫu 1.4 of Nghị định 30): header, body, closing block.

    Build :class:`Report` or :class:`Plan`, not this class.
    """

    document_type: ClassVar[DocumentType]

    # issuer, place_date and subject are required, except in a document as read
    # (DocumentStatus.AS_READ), whose source may lack them: see __attrs_post_init__.
    # No defaults: a document as read passes None explicitly, so a missing key in JSON or a
    # forgotten argument is still an error.
    issuer: Agency | None = attrs.field(
        validator=v.optional(v.instance_of(Agency, "cơ quan ban hành"))
    )
    place_date: PlaceDate | None = attrs.field(
        validator=v.optional(v.instance_of(PlaceDate, "địa danh, ngày tháng"))
    )
    subject: str | None = attrs.field(
        converter=v.text_or_none,
        validator=v.optional(v.non_empty_text("the subject (trích yếu)")),
    )
    number: DocumentNumber | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(DocumentNumber, "số, ký hiệu"))
    )
    status: DocumentStatus = attrs.field(
        default=DocumentStatus.ISSUED, validator=v.instance_of(DocumentStatus, "trạng thái")
    )
    draft_revision: int | None = attrs.field(
        default=None, validator=v.optional(v.positive_int("the draft's revision (dự thảo lần)"))
    )
    """A draft's revision: 2 prints "DỰ THẢO LẦN 2"; ``None`` prints "DỰ THẢO" on a draft."""
    secrecy: Secrecy | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Secrecy, "độ mật"))
    )
    """Độ mật (ô 10a): MẬT, TỐI MẬT, TUYỆT MẬT."""
    urgency: Urgency | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Urgency, "độ khẩn"))
    )
    """Độ khẩn (ô 10b): KHẨN, THƯỢNG KHẨN, HỎA TỐC."""
    circulation: Circulation | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Circulation, "phạm vi lưu hành"))
    )
    """Chỉ dẫn về phạm vi lưu hành (ô 11): XEM XONG TRẢ LẠI, LƯU HÀNH NỘI BỘ."""
    addressees: tuple[str, ...] = attrs.field(
        factory=tuple, converter=v.text_tuple, validator=v.tuple_of(str, "Kính gửi")
    )
    bases: tuple[Paragraph, ...] = _paragraphs("Căn cứ / Thực hiện")
    introduction: tuple[Paragraph, ...] = _paragraphs("the introduction (phần mở đầu)")
    body: tuple[Block, ...] = attrs.field(
        factory=tuple, converter=v.blocks, validator=v.tuple_of(BLOCK_TYPES, "nội dung")
    )
    closing: tuple[Paragraph, ...] = _paragraphs("the closing (phần kết)")
    recipients: Recipients | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Recipients, "nơi nhận"))
    )
    signature: Signature | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Signature, "chữ ký"))
    )
    appendices: tuple[Appendix, ...] = attrs.field(
        factory=tuple, converter=v.appendices, validator=v.tuple_of(Appendix, "phụ lục")
    )
    # Where the document was read from (danvan.read): not part of equality, hashing or repr,
    # so a document read from a file equals the same document built by hand.
    origin: Origin | None = attrs.field(
        default=None,
        eq=False,
        repr=False,
        validator=v.optional(v.instance_of(Origin, "nguồn gốc")),
    )

    def __attrs_post_init__(self) -> None:
        kind = getattr(type(self), "document_type", None)
        if not isinstance(kind, DocumentType):
            raise v.fail(
                self,
                "document_type",
                type(self).__name__,
                "build a Report (Báo cáo) or a Plan (Kế hoạch); BaseDocument is their shared base",
            )
        if self.number is not None:
            stated = self.number.document_type
            expected = kind.code(self.number.form)
            # compare codes, not types: an unknown code ("24-BS/UBKTTU") or none at all
            # ("12/2016/CP") names no type, and is no Báo cáo or Kế hoạch either
            if expected is None or self.number.type_code != expected:
                named = "no known type" if stated is None else f"a {stated.value}"
                raise v.fail(
                    self,
                    "number",
                    str(self.number),
                    f"the symbol's type code {self.number.type_code!r} names {named}, "
                    f"but this document is a {kind.value} "
                    + (
                        f"(code {expected!r})"
                        if expected is not None
                        else f"(no {self.number.form.value} symbol names one)"
                    ),
                )
        for index, addressee in enumerate(self.addressees):
            if not addressee.strip():
                raise v.fail(self, f"addressees[{index}]", addressee, "an addressee is not empty")
        if self.status is not DocumentStatus.AS_READ:
            self._check_header()
        if self.status is DocumentStatus.ISSUED:
            if self.draft_revision is not None:
                raise v.fail(
                    self,
                    "draft_revision",
                    self.draft_revision,
                    "only a draft (dự thảo) has a revision number (dự thảo lần); "
                    "build it with status=DocumentStatus.DRAFT or leave draft_revision out",
                )
            self._check_issued()

    def _check_header(self) -> None:
        hint = (
            "; a document read from a source that lacks it is built with "
            "status=DocumentStatus.AS_READ"
        )
        for name, what in (
            ("issuer", "an issuing agency (cơ quan ban hành)"),
            ("place_date", "a place and date (địa danh, ngày tháng)"),
            ("subject", "a subject (trích yếu)"),
        ):
            if getattr(self, name) is None:
                raise v.fail(
                    self,
                    name,
                    None,
                    f"{'an' if self.status is DocumentStatus.ISSUED else 'a'} {self.status.value} "
                    f"document needs {what}" + hint,
                )

    def _check_issued(self) -> None:
        # Each hint says what the issued status (đã ban hành) requires of this field, and
        # the way out for a document that is not there yet.
        def hint(missing: str) -> str:
            return (
                f"; the status ISSUED (đã ban hành) requires {missing}: give it, or build a "
                "draft with status=DocumentStatus.DRAFT (dự thảo)"
            )

        if self.number is None or self.number.number is None:
            raise v.fail(
                self,
                "number",
                None if self.number is None else str(self.number),
                "an issued document (văn bản đã ban hành) needs a number (số)"
                + hint("the number the clerk (văn thư) gives"),
            )
        if self.place_date is None or not self.place_date.is_complete:
            raise v.fail(
                self,
                "place_date",
                str(self.place_date),
                "an issued document needs a full date of issue (ngày, tháng, năm)"
                + hint("the day and month of signature"),
            )
        if self.signature is None or self.signature.name is None:
            raise v.fail(
                self,
                "signature",
                self.signature,
                "an issued document needs a signature with the signer's name (họ tên người ký)"
                + hint("the name of the person who signs"),
            )

    # -- views -----------------------------------------------------------------------
    @property
    def system(self) -> DocumentSystem:
        """Party when the symbol is a Party symbol ("166-KH/ĐU") or the issuer is a Party body
        ("Ban Dân vận Huyện ủy", :attr:`Agency.system`); else State."""
        if self.number is not None and self.number.system is DocumentSystem.PARTY:
            return DocumentSystem.PARTY
        return DocumentSystem.STATE if self.issuer is None else self.issuer.system

    @property
    def printed_number(self) -> DocumentNumber | None:
        """The number as printed: a Party document's symbol written the State way
        ("05/BC-BDVTU", or any State-style symbol of a Party issuer) in the Party form
        ("05-BC/BDVTU"), the repair :meth:`DocumentNumber.parse_tolerant` makes for a
        Party issuer code; otherwise :attr:`number` itself."""
        number = self.number
        if (
            number is None
            or number.system is DocumentSystem.PARTY
            or self.system is not DocumentSystem.PARTY
            or number.year is not None
            or number.type_code is None
        ):
            return number
        return attrs.evolve(number, system=DocumentSystem.PARTY)

    @property
    def is_draft(self) -> bool:
        """True for a draft (dự thảo)."""
        return self.status is DocumentStatus.DRAFT

    def blocks(self) -> Iterator[Block]:
        """Every block of the body and the appendices, in document order."""
        yield from iter_blocks(self.body)
        for appendix in self.appendices:
            yield from iter_blocks(appendix.blocks)

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph, from the bases to the closing and the appendices."""
        yield from self.bases
        yield from self.introduction
        yield from iter_paragraphs(self.body)
        yield from self.closing
        for appendix in self.appendices:
            yield from iter_paragraphs(appendix.blocks)

    @property
    def references(self) -> tuple[LegalReference, ...]:
        """Every legal reference embedded in the text, in order: paragraphs, bullets, section
        titles (:attr:`Section.citations`), emphasised citations."""

        def in_paragraphs(paragraphs: tuple[Paragraph, ...]) -> list[LegalReference]:
            return [ref for paragraph in paragraphs for ref in paragraph.references]

        found = in_paragraphs((*self.bases, *self.introduction))
        found.extend(citation.reference for citation in iter_citations(self.body))
        found.extend(in_paragraphs(self.closing))
        for appendix in self.appendices:
            found.extend(citation.reference for citation in iter_citations(appendix.blocks))
        return tuple(found)

    _repr_html_ = notebook_view  # Jupyter shows the document (the html renderer's fragment)


@attrs.frozen(kw_only=True)
class Report(BaseDocument):
    """Báo cáo: a report on a reporting period (kỳ báo cáo)."""

    document_type: ClassVar[DocumentType] = DocumentType.BAO_CAO

    period: ReportingPeriod | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ReportingPeriod, "kỳ báo cáo"))
    )


@attrs.frozen(kw_only=True)
class Plan(BaseDocument):
    """Kế hoạch: legal bases (căn cứ), objectives (mục đích, yêu cầu), tasks (nhiệm vụ)."""

    document_type: ClassVar[DocumentType] = DocumentType.KE_HOACH

    period: ReportingPeriod | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(ReportingPeriod, "thời gian thực hiện"))
    )

    @property
    def tasks(self) -> tuple[Task, ...]:
        """Every task of the plan (nhiệm vụ), in order: the rows of task tables anywhere, and
        the sections and bullets of the parts that state the tasks ("NHIỆM VỤ …", "TỔ CHỨC
        THỰC HIỆN" …), read for their leads, partners, time, target and budget.

        Each has a stable id from its place ("III.2.b", "II.1-3", "I.T1.2") unless it was
        given one; :mod:`danvan.model.task_finder` says how prose is read. A deadline
        written without its year ("trước ngày 15/12") takes the plan's year (its period's,
        else its date's), or the next when that day comes before the plan's date.
        """
        return find_tasks(
            self.body,
            tuple(appendix.blocks for appendix in self.appendices),
            year=_year(self),
            not_before=_day(self),
        )

    @property
    def legal_bases(self) -> tuple[LegalReference, ...]:
        """The documents the plan is based on (căn cứ), each once, in order.

        Only the documents a basis names as its ground count: the first citation of each
        line and those joined to it by "và", "," or ";" ("Căn cứ Nghị định … và Kết luận …");
        a document merely mentioned inside a basis ("Căn cứ Kế hoạch số 40-KH/BDVTU … về
        tiếp tục thực hiện Đề án số 02-ĐA/TU …") does not. A document cited again in a
        later line (the same symbol, or the same name) is listed once.
        """
        found: list[LegalReference] = []
        seen: set[object] = set()
        for paragraph in self.bases:
            ground = True  # the first citation of a line is a ground
            after_citation = False
            for run in paragraph.runs:
                if isinstance(run, Citation):
                    key = _basis_key(run.reference)
                    if ground and key not in seen:
                        seen.add(key)
                        found.append(run.reference)
                    ground, after_citation = False, True
                elif after_citation and not isinstance(run, Footnote):
                    # "… và …", "…, …" join another ground; anything else ("… về tiếp
                    # tục thực hiện …") makes the next citation a mention
                    ground = _JOINER.fullmatch(run.text) is not None
        return tuple(found)


def _day(plan: Plan) -> dt.date | None:
    """The plan's date when it is complete."""
    day = plan.place_date.date if plan.place_date is not None else None
    return day if isinstance(day, dt.date) else None


def _year(plan: Plan) -> int | None:
    """The plan's year: its period's when that lies in one year, else its date's."""
    if plan.period is not None and plan.period.start_date.year == plan.period.end_date.year:
        return plan.period.start_date.year
    if plan.place_date is None:
        return None
    year: int | None = getattr(plan.place_date.date, "year", None)
    return year


_JOINER = re.compile(r"\s*(?:,|;|và|cùng)?\s*(?:các\s+)?", re.IGNORECASE)
"""The text that joins two grounds of one basis ("… và …", "…, …")."""


def _basis_key(reference: LegalReference) -> object:
    """What makes two citations one document: its symbol, else its name, else all of it."""
    if reference.symbol is not None:
        return ("symbol", str(reference.symbol), reference.term)
    if reference.name is not None:
        return ("name", reference.name.casefold(), reference.year)
    return reference


Document = Report | Plan
