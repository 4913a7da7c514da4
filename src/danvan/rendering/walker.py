"""The document walker (bộ duyệt văn bản): one walk of a Báo cáo or Kế hoạch for every renderer.

:class:`DocumentWalker` fixes, once, the order of the parts of Mẫu 1.4 (Nghị định 30,
Phụ lục III) and dispatches one method per node, as docutils' ``NodeVisitor`` and
markdown-it's renderer rules do::

    masthead → title → addressees → bases, introduction → body → closing paragraphs
    → "./." → footnotes → recipients and signature → appendices (each: heading, blocks,
    footnotes)

A renderer subclasses it and only emits markup: the walker decides the words (through
:mod:`danvan.rendering.wording`), the section labels, where "./." goes, the footnote
numbers (document-wide) and the rows of indicator and task tables. Every built-in renderer
(text, Markdown, HTML, .docx) is such a subclass, and so can a plugin be.

Dispatch goes by the node's class name: a block of class ``TaskTable`` calls
``visit_task_table``, an inline run of class ``Emphasis`` calls ``visit_emphasis``. A node
whose class has no method, or whose method the renderer does not implement, raises
:class:`UnsupportedNodeError` naming the renderer and the node: content is never dropped
silently. Set ``strict = False`` on a subclass that means to render only some node types
(an outline, an index): known nodes without a method are then skipped; unknown node
types still raise.

The method signatures below are frozen (public API): new parts of the model arrive as new
methods, never as changed ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

import attrs

from danvan.errors import DanvanError
from danvan.model import (
    Appendix,
    BaseDocument,
    Block,
    BulletItem,
    BulletList,
    Citation,
    DocumentSystem,
    Emphasis,
    Footnote,
    Indicator,
    IndicatorTable,
    Paragraph,
    Recipients,
    Section,
    Signature,
    Superscript,
    Table,
    Task,
    TaskTable,
    Text,
    Unplaced,
)
from danvan.rendering import wording
from danvan.rendering.numbering import NumberingScheme

__all__ = [
    "Addressees",
    "AppendixHeading",
    "ContactBlock",
    "DocumentTitle",
    "DocumentWalker",
    "FootnoteNote",
    "IndicatorRow",
    "Masthead",
    "PageMarks",
    "SectionHeading",
    "SignatureBlock",
    "Stamps",
    "TaskRow",
    "UnsupportedNodeError",
    "with_body_end",
]


class UnsupportedNodeError(DanvanError, TypeError):
    """A renderer met a node it has no rule for (a new block type, a plugin's own node)."""


# -- the nodes the walker hands to renderers (parts of Mẫu 1.4, computed once) -----------------


@attrs.frozen(kw_only=True)
class Masthead:
    """Ô 1-4: the agency block (left) and the Quốc hiệu (right), then "Số:" | place and date.

    ``parent`` and ``issuer`` are upper case; ``mark`` is the Party "*" (else None);
    ``title`` is the Quốc hiệu or «ĐẢNG CỘNG SẢN VIỆT NAM»; ``motto`` the Tiêu ngữ (None for
    Party documents); ``number`` the "Số:" line (None when the document has no number).
    ``issuer`` and ``place_date`` are None for a document as read without them
    (``DocumentStatus.AS_READ``): renderers leave those lines out.
    """

    system: DocumentSystem
    parent: str | None
    issuer: str | None
    mark: str | None
    title: str
    motto: str | None
    number: str | None
    place_date: str | None

    @property
    def party(self) -> bool:
        """True for the Party layout."""
        return self.system is DocumentSystem.PARTY


@attrs.frozen(kw_only=True)
class DocumentTitle:
    """Ô 5a: the type name in capitals ("BÁO CÁO") and the subject (trích yếu); the subject is
    None for a document as read without one."""

    type_name: str
    subject: str | None


@attrs.frozen(kw_only=True)
class Addressees:
    """Ô 9a: "Kính gửi: X", or "Kính gửi:" over "- X;" … "- Z." (``lines`` hold either form)."""

    label: str
    names: tuple[str, ...]
    lines: tuple[str, ...]

    @property
    def single(self) -> bool:
        """True when one addressee shares the label's line ("Kính gửi: Sở Nội vụ")."""
        return len(self.names) == 1


@attrs.frozen(kw_only=True)
class SectionHeading:
    """A section as printed: its label ("II.", "3.", "đ)" or None), depth (0 = mục) and title.

    ``title`` is upper case at depth 0, as Nghị định 30 sets a mục; None for a section
    without a title (its label then leads its first paragraph). ``in_appendix`` says
    whether the section belongs to an appendix (renderers start headings a level lower).
    """

    section: Section
    label: str | None
    depth: int
    title: str | None
    in_appendix: bool = False

    @property
    def text(self) -> str:
        """Label and title on one line: "II. KẾT QUẢ THỰC HIỆN" ("" for an untitled section)."""
        if self.title is None:
            return ""
        return f"{self.label} {self.title}" if self.label else self.title


@attrs.frozen(kw_only=True)
class IndicatorRow:
    """One row of an indicator table: STT ("1", "" for parts), marker ("", "-", "+"), name,
    ``lead`` ("; trong đó:" when parts follow, else ""), value, note, and its ``level``
    (0 = an indicator, 1 = its parts, 2+ = theirs)."""

    indicator: Indicator
    number: str
    marker: str
    name: str
    lead: str
    value: str
    note: str
    level: int

    @property
    def label(self) -> str:
        """The Chỉ tiêu cell: marker, name and lead ("- Nữ", "Tổng số hộ; trong đó:")."""
        text = self.name + self.lead
        return f"{self.marker} {text}" if self.marker else text

    @property
    def cells(self) -> tuple[str, str, str, str]:
        """STT | Chỉ tiêu | Số liệu | Ghi chú."""
        return (self.number, self.label, self.value, self.note)


@attrs.frozen(kw_only=True)
class TaskRow:
    """One row of a task table: STT and the columns of ``header``
    (:func:`wording.task_header`: those of :data:`wording.TASK_HEADER`, with "Chỉ tiêu"
    and "Kinh phí" when a task of the table has a target or a budget).

    ``lead`` holds the lead units joined by ", "; ``when`` the deadline, period,
    recurrences and time words together (:attr:`Task.when`)."""

    task: Task
    number: str
    description: str
    lead: str
    partners: str
    when: str
    output: str
    target: str = ""
    budget: str = ""
    header: tuple[str, ...] = wording.TASK_HEADER

    @property
    def cells(self) -> tuple[str, ...]:
        """One cell per column of ``header``: STT | Nội dung nhiệm vụ | Đơn vị chủ trì |
        Đơn vị phối hợp | Thời gian | [Chỉ tiêu] | Sản phẩm | [Kinh phí]."""
        by_column = dict(
            zip(
                (*wording.TASK_HEADER, wording.TASK_TARGET_COLUMN, wording.TASK_BUDGET_COLUMN),
                (
                    self.number,
                    self.description,
                    self.lead,
                    self.partners,
                    self.when,
                    self.output,
                    self.target,
                    self.budget,
                ),
                strict=True,
            )
        )
        return tuple(by_column[column] for column in self.header)


@attrs.frozen(kw_only=True)
class FootnoteNote:
    """A footnote's definition: its document-wide number and its text."""

    number: int
    text: str


@attrs.frozen(kw_only=True)
class SignatureBlock:
    """Ô 7 and 9b: the Nơi nhận list (left) and the signature (right); either may be absent."""

    recipients: Recipients | None
    recipients_heading: str | None
    recipient_lines: tuple[str, ...]
    signature: Signature | None
    signature_lines: tuple[str, ...]
    signer: str | None
    archive: tuple[str, str | None, str] | None = None
    """The archive line in three parts, (text, raised, end): ("- Lưu: VT, VP", "XT", ".");
    a renderer that can raise text sets the middle part as a superscript, the last of
    ``recipient_lines`` holds the three joined. None when there is no archive line."""
    issue_line: str | None = None
    """Ô 12 on a line of its own under the list ("XT.(300)"), or None."""
    signature_notes: tuple[str, ...] = ()
    """What a copy printed where the signature and seal stand ("(Đã ký)", "Ký bởi: …"),
    between the title lines and the name (:attr:`Signature.notes`)."""


@attrs.frozen(kw_only=True)
class PageMarks:
    """The top of page 1: the draft mark ("DỰ THẢO", "DỰ THẢO LẦN 2"; a convention, the
    decree does not place it) and the circulation note (ô 11, "LƯU HÀNH NỘI BỘ")."""

    draft: str | None
    circulation: str | None

    @property
    def lines(self) -> tuple[str, ...]:
        """The marks present, top to bottom."""
        return tuple(line for line in (self.draft, self.circulation) if line)


@attrs.frozen(kw_only=True)
class Stamps:
    """Ô 10a and 10b, under the number: the secrecy stamp ("MẬT") over the urgency stamp
    ("HỎA TỐC"), each boxed (Phụ lục I, III.2)."""

    secrecy: str | None
    urgency: str | None

    @property
    def lines(self) -> tuple[str, ...]:
        """The stamps present, top to bottom."""
        return tuple(line for line in (self.secrecy, self.urgency) if line)


@attrs.frozen(kw_only=True)
class ContactBlock:
    """Ô 13: the issuer's address, telephone and fax, e-mail and website, as printed at the
    foot of page 1 (Phụ lục I, III.4)."""

    lines: tuple[str, ...]


@attrs.frozen(kw_only=True)
class AppendixHeading:
    """An appendix's heading: "Phụ lục II", its title in capitals and the "(Kèm theo …)" line."""

    appendix: Appendix
    index: int
    count: int
    label: str
    title: str
    attachment: str


# -- "./." on the last paragraph of the body ---------------------------------------------------


def _end_paragraph(paragraph: Paragraph) -> Paragraph:
    """``paragraph`` ending with "./.": trailing spaces and one final "." of its text absorbed."""
    if paragraph.text.rstrip().endswith(wording.BODY_END):
        return paragraph
    runs = list(paragraph.runs)
    # the last run carrying visible text, trailing blank runs dropped
    while True:
        position = next(
            (i for i in range(len(runs) - 1, -1, -1) if not isinstance(runs[i], Footnote)), None
        )
        if position is None:
            break
        run = runs[position]
        text = run.text.rstrip()
        if not text:
            del runs[position]
            continue
        text = text[:-1] if text.endswith(".") else text
        if text:
            runs[position] = attrs.evolve(run, text=text)
        else:
            del runs[position]
        break
    runs.append(Text(text=wording.BODY_END))
    return Paragraph(runs=tuple(runs))


def _end_block(block: Block) -> Block | None:
    """``block`` with "./." on its last paragraph, or None when it does not end with text."""
    if isinstance(block, Paragraph):
        return _end_paragraph(block)
    if isinstance(block, BulletList):
        *items, last = block.items
        if last.children is not None:
            children = _end_block(last.children)
            assert isinstance(children, BulletList)
            ended = attrs.evolve(last, children=children)
        elif last.blocks:
            ended = attrs.evolve(last, blocks=(*last.blocks[:-1], _end_paragraph(last.blocks[-1])))
        else:
            ended = attrs.evolve(last, content=_end_paragraph(last.content))
        return attrs.evolve(block, items=(*items, ended))
    if isinstance(block, Section) and block.blocks:
        last_block = _end_block(block.blocks[-1])
        if last_block is None:
            return None
        return attrs.evolve(block, blocks=(*block.blocks[:-1], last_block))
    return None  # a table, or a section that is only a heading


BodyParts = tuple[
    tuple[Paragraph, ...], tuple[Paragraph, ...], tuple[Block, ...], tuple[Paragraph, ...]
]
"""(bases, introduction, body, closing): the parts of a document that "./." ends."""


def with_body_end(parts: BodyParts) -> tuple[BodyParts, bool]:
    """(bases, introduction, body, closing) with "./." on the last paragraph of text, and
    whether "./." must stand in a paragraph of its own (the body ends with a table or a
    heading). A document without any content gets no "./."."""
    bases, introduction, body, closing = parts
    if closing:
        return (bases, introduction, body, (*closing[:-1], _end_paragraph(closing[-1]))), False
    if body:
        last = _end_block(body[-1])
        if last is None:
            return parts, True
        return (bases, introduction, (*body[:-1], last), closing), False
    if introduction:
        ended = (*introduction[:-1], _end_paragraph(introduction[-1]))
        return (bases, ended, body, closing), False
    if bases:
        return ((*bases[:-1], _end_paragraph(bases[-1])), introduction, body, closing), False
    return parts, False


_CAMEL = re.compile(r"(?<!^)(?=[A-Z])")


def _method_name(node: object) -> str:
    """ "TaskTable" → "visit_task_table"."""
    return "visit_" + _CAMEL.sub("_", type(node).__name__).lower()


# -- the walker --------------------------------------------------------------------------------


class DocumentWalker:
    """Base class of renderers: walks a document in the order of Mẫu 1.4, one method per node.

    Subclass it, implement the ``visit_*`` methods your format needs, call :meth:`walk`
    and collect your output. State during a walk: :attr:`document`, :attr:`scheme` (the
    section numbering), :attr:`appendix` (the appendix being walked, or None).

    Override :meth:`numbering_scheme` to number sections differently (the .docx renderer
    numbers a State document the Party way when asked for the Party profile).
    """

    renderer_name: ClassVar[str] = "walker"
    """The name used in error messages ("the markdown renderer has no rule for …")."""
    strict: ClassVar[bool] = True
    """When False, known node types without a ``visit_*`` method are skipped, not refused."""

    document: BaseDocument
    scheme: NumberingScheme
    appendix: Appendix | None

    # -- the fixed order of the parts -----------------------------------------------------
    def walk(self, document: BaseDocument) -> None:
        """Visit every part of ``document`` in the order of Mẫu 1.4."""
        self.document = document
        self.scheme = self.numbering_scheme(document)
        self.appendix = None
        self._footnote_count = 0
        self._pending: list[FootnoteNote] = []
        self.visit_document(document)
        marks = PageMarks(
            draft=wording.draft_mark(document),
            circulation=None if document.circulation is None else document.circulation.value,
        )
        if marks.lines:
            self.visit_page_marks(marks)
        self.visit_masthead(self.masthead(document))
        stamps = Stamps(
            secrecy=None if document.secrecy is None else document.secrecy.value,
            urgency=None if document.urgency is None else document.urgency.value,
        )
        if stamps.lines:
            self.visit_stamps(stamps)
        self.visit_title(
            DocumentTitle(type_name=document.document_type.title, subject=document.subject)
        )
        if document.addressees:
            self.visit_addressees(
                Addressees(
                    label=wording.ADDRESSEE_LABEL,
                    names=document.addressees,
                    lines=wording.addressee_lines(document.addressees),
                )
            )
        parts, own_end = with_body_end(
            (
                wording.basis_paragraphs(document.bases),
                document.introduction,
                document.body,
                document.closing,
            )
        )
        bases, introduction, body, closing = parts
        for paragraph in bases:
            self.visit_basis(paragraph)
        for paragraph in introduction:
            self.visit_paragraph(paragraph, None)
        self.walk_blocks(body, 0)
        for paragraph in closing:
            self.visit_paragraph(paragraph, None)
        if own_end:
            self.visit_body_end(wording.BODY_END)
        self.flush_footnotes()
        if document.recipients is not None or document.signature is not None:
            self.visit_signature_block(self.signature_block(document))
        contact = None if document.issuer is None else document.issuer.contact
        if contact is not None:
            self.visit_contact(ContactBlock(lines=tuple(contact.lines())))
        count = len(document.appendices)
        for index, appendix in enumerate(document.appendices):
            self.appendix = appendix
            # the label and "(Kèm theo …)" line as read, when a reader kept them
            heading = AppendixHeading(
                appendix=appendix,
                index=index,
                count=count,
                label=appendix.label or wording.appendix_label(index, count),
                title=appendix.title.upper(),
                attachment=appendix.attachment or wording.attachment_line(document),
            )
            self.visit_appendix(heading)
            self.walk_blocks(appendix.blocks, 0)
            self.flush_footnotes()
            self.depart_appendix(heading)
        self.appendix = None
        self.depart_document(document)

    def walk_part(self, part: Section | Appendix | Block) -> None:
        """Visit one part alone (a section, an appendix, a table ...): a preview, such as a notebook's.

        Sections are numbered with the State scheme from the first label of their level (a
        section's own ``number`` is kept); an appendix gets the label "Phụ lục" and an empty
        attachment line, since "(Kèm theo …)" needs the document. :attr:`document` is not
        set during a part walk; no document-level ``visit_*`` is called.
        """
        self.scheme = NumberingScheme.state()
        self.appendix = None
        self._footnote_count = 0
        self._pending = []
        if isinstance(part, Appendix):
            self.appendix = part
            heading = AppendixHeading(
                appendix=part,
                index=0,
                count=1,
                label=wording.appendix_label(0, 1),
                title=part.title.upper(),
                attachment="",
            )
            self.visit_appendix(heading)
            self.walk_blocks(part.blocks, 0)
            self.flush_footnotes()
            self.depart_appendix(heading)
            self.appendix = None
            return
        self.walk_blocks((part,), 0)
        self.flush_footnotes()

    def numbering_scheme(self, document: BaseDocument) -> NumberingScheme:
        """How sections are numbered: the scheme of the document's system by default."""
        return wording.scheme_for(document)

    def masthead(self, document: BaseDocument) -> Masthead:
        """The masthead's lines, from the shared wording."""
        issuer = document.issuer
        party = document.system is DocumentSystem.PARTY
        return Masthead(
            system=document.system,
            parent=issuer.parent.upper() if issuer is not None and issuer.parent else None,
            issuer=issuer.name.upper() if issuer is not None else None,
            mark=wording.PARTY_MARK if party else None,
            title=wording.PARTY_TITLE if party else wording.NATIONAL_TITLE,
            motto=None if party else wording.MOTTO,
            number=wording.number_line(document),
            place_date=str(document.place_date) if document.place_date is not None else None,
        )

    def signature_block(self, document: BaseDocument) -> SignatureBlock:
        """Nơi nhận and signature lines, from the model and the shared wording."""
        system = document.system
        recipients = document.recipients
        signature = document.signature
        return SignatureBlock(
            recipients=recipients,
            recipients_heading=None if recipients is None else wording.recipients_heading(system),
            recipient_lines=() if recipients is None else tuple(recipients.lines(system)),
            signature=signature,
            signature_lines=() if signature is None else tuple(signature.lines(system)),
            signer=None if signature is None else signature.name,
            archive=None if recipients is None else recipients.archive_parts(system),
            issue_line=None if recipients is None else recipients.issue_line(),
            signature_notes=() if signature is None else signature.notes,
        )

    # -- walking children ---------------------------------------------------------------------
    def walk_blocks(self, blocks: Sequence[Block], depth: int) -> None:
        """Blocks of a body, an appendix or a section at ``depth``; sections get their labels."""
        for block, label, level in wording.numbered_sections(blocks, self.scheme, depth):
            if isinstance(block, Section):
                self.walk_section(block, label, level)
            else:
                self.dispatch(block, depth)

    def walk_section(self, section: Section, label: str | None, depth: int) -> None:
        """A section: its heading (or its label leading the first paragraph), then its blocks."""
        title = None
        if section.title is not None:
            title = section.title.upper() if depth == 0 else section.title
        if section.prefix is not None and label is not None:
            label = f"{section.prefix} {label}"  # "Phần I.", "Chương II."
        heading = SectionHeading(
            section=section,
            label=label,
            depth=depth,
            title=title,
            in_appendix=self.appendix is not None,
        )
        self.visit_section(heading)
        rest = section.blocks
        if title is not None and section.run_in and rest and isinstance(rest[0], Paragraph):
            self.visit_run_in_heading(heading, rest[0])
            rest = rest[1:]
        elif title is not None:
            self.visit_heading(heading)
        elif rest and isinstance(rest[0], Paragraph):
            self.visit_paragraph(rest[0], label)
            rest = rest[1:]
        elif label:
            self.visit_paragraph(Paragraph.of(label), None)
        self.walk_blocks(rest, depth + 1)
        self.depart_section(heading)

    def walk_bullet_list(self, bullets: BulletList, depth: int) -> None:
        """A bullet list and its nested lists: visit, each item (visit, children, depart), depart."""
        self.visit_bullet_list(bullets, depth)
        for item in bullets.items:
            self.visit_bullet_item(item, bullets.marker, depth)
            for paragraph in item.blocks:
                self.visit_item_paragraph(paragraph, bullets.marker, depth)
            if item.children is not None:
                self.walk_bullet_list(item.children, depth + 1)
            self.depart_bullet_item(item, bullets.marker, depth)
        self.depart_bullet_list(bullets, depth)

    def walk_indicator_table(self, table: IndicatorTable) -> None:
        """The table, then one row per indicator and per part of a breakdown, in order."""
        self.visit_indicator_table(table, wording.INDICATOR_HEADER)
        for index, indicator in enumerate(table.indicators, start=1):
            self._indicator_rows(indicator, str(index), 0)
        self.depart_indicator_table(table)

    def _indicator_rows(self, indicator: Indicator, number: str, level: int) -> None:
        # a label kept from a source ("I", "a", "1.1") stands in the STT column, no marker
        labelled = indicator.label is not None
        self.visit_indicator(
            IndicatorRow(
                indicator=indicator,
                number=indicator.label if indicator.label is not None else number,
                marker="" if labelled else wording.breakdown_marker(level),
                name=indicator.name,
                # a group heading over sub-items has no total, so no "trong đó"
                lead=wording.GROUP_LEAD if indicator.breakdown and not indicator.is_group else "",
                # the value as written in a source, else the formatted quantity
                value=indicator.written
                if indicator.written is not None
                else ("" if indicator.value is None else str(indicator.value)),
                note=indicator.note or "",
                level=level,
            )
        )
        for part in indicator.breakdown:
            self._indicator_rows(part, "", level + 1)

    def walk_task_table(self, table: TaskTable) -> None:
        """The table, then one row per task; the header has a "Chỉ tiêu" and a "Kinh phí"
        column when a task has a target or a budget (:func:`wording.task_header`)."""
        header = wording.task_header(table.tasks)
        self.visit_task_table(table, header)
        for index, task in enumerate(table.tasks, start=1):
            self.visit_task(
                TaskRow(
                    task=task,
                    number=str(index),
                    description=task.description,
                    lead=", ".join(task.leads),
                    partners=", ".join(task.partners),
                    when=task.when,
                    output=task.output or "",
                    target="" if task.target is None else str(task.target),
                    budget=wording.task_budget(task),
                    header=header,
                )
            )
        self.depart_task_table(table)

    def walk_runs(self, paragraph: Paragraph) -> None:
        """Each inline run of ``paragraph``, footnotes numbered document-wide."""
        for run in paragraph.runs:
            kind = type(run)
            if kind is Footnote:
                assert isinstance(run, Footnote)
                self._footnote_count += 1
                self._pending.append(FootnoteNote(number=self._footnote_count, text=run.text))
                self.visit_footnote(run, self._footnote_count)
            elif kind is Text:
                self.visit_text(run)  # type: ignore[arg-type]
            elif kind is Emphasis:
                self.visit_emphasis(run)  # type: ignore[arg-type]
            elif kind is Citation:
                assert isinstance(run, Citation)
                if run.emphasis is not None:
                    self.visit_emphasised_citation(run)
                else:
                    self.visit_citation(run)
            elif kind is Superscript:
                self.visit_superscript(run)  # type: ignore[arg-type]
            else:
                self._call(run, (run,))

    def flush_footnotes(self) -> None:
        """Hand the footnotes collected since the last flush to :meth:`visit_footnotes`."""
        if self._pending:
            notes = tuple(self._pending)
            self._pending = []
            self.visit_footnotes(notes)

    def dispatch(self, block: Block, depth: int) -> None:
        """One non-section block: its walk (lists, indicator and task tables) or its ``visit_*``."""
        kind = type(block)
        if kind is Paragraph:
            self.visit_paragraph(block, None)  # type: ignore[arg-type]
        elif kind is BulletList:
            self.walk_bullet_list(block, 0)  # type: ignore[arg-type]
        elif kind is IndicatorTable:
            self.walk_indicator_table(block)  # type: ignore[arg-type]
        elif kind is TaskTable:
            self.walk_task_table(block)  # type: ignore[arg-type]
        elif kind is Table:
            self.visit_table(block)  # type: ignore[arg-type]
        elif kind is Unplaced:
            self.visit_unplaced(block)  # type: ignore[arg-type]
        else:
            self._call(block, (block,))

    def _call(self, node: object, args: tuple[Any, ...]) -> None:
        """A node the walker does not know: a plugin's own ``visit_<snake_case_class>`` or an error.

        A method the base class defines (``visit_table`` …) is never reached this way, so a
        foreign class that happens to share a known name is refused, not misread.
        """
        name = _method_name(node)
        method: Callable[..., None] | None = None
        if not hasattr(DocumentWalker, name):
            method = getattr(self, name, None)
        if method is None:
            raise UnsupportedNodeError(
                f"the {self.renderer_name} renderer has no rule for the node "
                f"{type(node).__name__!r} (it would need a {name}() method); "
                "nothing is dropped silently"
            )
        method(*args)

    def unsupported(self, node: object, method: str) -> None:
        """Called by every ``visit_*`` a subclass does not implement: refuse (``strict``) or skip."""
        if self.strict:
            raise UnsupportedNodeError(
                f"the {self.renderer_name} renderer does not render {type(node).__name__} "
                f"(no {method}() method); nothing is dropped silently"
            )

    # -- the methods a renderer implements (frozen signatures) ----------------------------------
    def visit_document(self, document: BaseDocument) -> None:
        """Before anything else (open a page, start a buffer). Default: nothing."""

    def depart_document(self, document: BaseDocument) -> None:
        """After everything (close the page). Default: nothing."""

    def visit_page_marks(self, marks: PageMarks) -> None:
        """The top of page 1, before the masthead (only called when a mark is present): the
        draft mark and the circulation note. Default: each line as a paragraph."""
        for line in marks.lines:
            self.visit_paragraph(Paragraph.of(line), None)

    def visit_masthead(self, masthead: Masthead) -> None:
        """Ô 1-4: agency, Quốc hiệu and Tiêu ngữ (or the Party title), "Số:", place and date."""
        self.unsupported(masthead, "visit_masthead")

    def visit_stamps(self, stamps: Stamps) -> None:
        """Ô 10a, 10b after the masthead (only called when a stamp is present): độ mật over
        độ khẩn. Default: each line as a paragraph."""
        for line in stamps.lines:
            self.visit_paragraph(Paragraph.of(line), None)

    def visit_title(self, title: DocumentTitle) -> None:
        """Ô 5a: "BÁO CÁO" and the subject."""
        self.unsupported(title, "visit_title")

    def visit_addressees(self, addressees: Addressees) -> None:
        """Ô 9a: Kính gửi (only called when there are addressees)."""
        self.unsupported(addressees, "visit_addressees")

    def visit_basis(self, paragraph: Paragraph) -> None:
        """A căn cứ / thực hiện line of the preamble. Default: :meth:`visit_paragraph`."""
        self.visit_paragraph(paragraph, None)

    def visit_paragraph(self, paragraph: Paragraph, label: str | None) -> None:
        """A paragraph; ``label`` is the number of an untitled section it leads ("2.")."""
        self.unsupported(paragraph, "visit_paragraph")

    def visit_section(self, heading: SectionHeading) -> None:
        """Entering a section (before its heading). Default: nothing."""

    def depart_section(self, heading: SectionHeading) -> None:
        """Leaving a section (after its blocks). Default: nothing."""

    def visit_heading(self, heading: SectionHeading) -> None:
        """A titled section's heading: ``heading.text`` ("I. KẾT QUẢ")."""
        self.unsupported(heading, "visit_heading")

    def visit_run_in_heading(self, heading: SectionHeading, paragraph: Paragraph) -> None:
        """A heading with its first paragraph on the same line ("VI. KIẾN NGHỊ: (Không)."),
        ``Section.run_in``. Default: the heading, then the paragraph on its own line."""
        self.visit_heading(heading)
        self.visit_paragraph(paragraph, None)

    def visit_unplaced(self, block: Unplaced) -> None:
        """Text a reader could not place: by default one plain paragraph a line."""
        for line in block.lines:
            if line.strip():
                self.visit_paragraph(Paragraph.of(line), None)

    def visit_bullet_list(self, bullets: BulletList, depth: int) -> None:
        """Entering a list (``depth`` 0 for a top list, 1 for a nested one). Default: nothing."""

    def depart_bullet_list(self, bullets: BulletList, depth: int) -> None:
        """Leaving a list. Default: nothing."""

    def visit_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        """One item, its marker ("-" or "+"); its nested list follows before the depart."""
        self.unsupported(item, "visit_bullet_item")

    def depart_bullet_item(self, item: BulletItem, marker: str, depth: int) -> None:
        """Leaving an item (after its nested list). Default: nothing."""

    def visit_item_paragraph(self, paragraph: Paragraph, marker: str, depth: int) -> None:
        """A paragraph an item owns (``BulletItem.blocks``), after its content and before its
        nested list. Default: :meth:`visit_paragraph`."""
        self.visit_paragraph(paragraph, None)

    def visit_table(self, table: Table) -> None:
        """A generic table: caption, header, rows of text cells."""
        self.unsupported(table, "visit_table")

    def visit_indicator_table(self, table: IndicatorTable, header: tuple[str, ...]) -> None:
        """Entering an indicator table (``header``: STT, Chỉ tiêu, Số liệu, Ghi chú)."""
        self.unsupported(table, "visit_indicator_table")

    def visit_indicator(self, row: IndicatorRow) -> None:
        """One row: an indicator, or a part of its breakdown (``row.level`` > 0)."""
        self.unsupported(row, "visit_indicator")

    def depart_indicator_table(self, table: IndicatorTable) -> None:
        """Leaving an indicator table. Default: nothing."""

    def visit_task_table(self, table: TaskTable, header: tuple[str, ...]) -> None:
        """Entering a task table (``header``: the columns of the bảng phân công, six to eight)."""
        self.unsupported(table, "visit_task_table")

    def visit_task(self, row: TaskRow) -> None:
        """One task's row."""
        self.unsupported(row, "visit_task")

    def depart_task_table(self, table: TaskTable) -> None:
        """Leaving a task table. Default: nothing."""

    def visit_body_end(self, mark: str) -> None:
        """ "./." in a paragraph of its own: the body ends with a table or a heading."""
        self.unsupported(mark, "visit_body_end")

    def visit_footnotes(self, notes: tuple[FootnoteNote, ...]) -> None:
        """The footnotes collected since the last flush: after the body, after each appendix."""
        self.unsupported(notes, "visit_footnotes")

    def visit_signature_block(self, block: SignatureBlock) -> None:
        """Ô 7, 9b: Nơi nhận and the signature (called when either exists)."""
        self.unsupported(block, "visit_signature_block")

    def visit_contact(self, contact: ContactBlock) -> None:
        """Ô 13, after the signature block (only called when the issuer has a contact): the
        foot of page 1 in a paged format. Default: the lines as one paragraph each."""
        for line in contact.lines:
            self.visit_paragraph(Paragraph.of(line), None)

    def visit_appendix(self, heading: AppendixHeading) -> None:
        """Entering an appendix: "Phụ lục I", its title, the "(Kèm theo …)" line."""
        self.unsupported(heading, "visit_appendix")

    def depart_appendix(self, heading: AppendixHeading) -> None:
        """Leaving an appendix (after its blocks and footnotes). Default: nothing."""

    # inline runs: called by :meth:`walk_runs`, which renderers call inside visit_paragraph
    def visit_text(self, run: Text) -> None:
        """Plain text."""
        self.unsupported(run, "visit_text")

    def visit_emphasis(self, run: Emphasis) -> None:
        """Italic, bold or bold italic text (``run.kind``)."""
        self.unsupported(run, "visit_emphasis")

    def visit_citation(self, run: Citation) -> None:
        """A citation (``run.text``, ``run.reference``)."""
        self.unsupported(run, "visit_citation")

    def visit_footnote(self, run: Footnote, number: int) -> None:
        """A footnote's reference mark, ``number`` counted through the whole document."""
        self.unsupported(run, "visit_footnote")

    def visit_superscript(self, run: Superscript) -> None:
        """Raised text (the drafter's initials, "m²"). Default: as plain text."""
        self.visit_text(Text(text=run.text))

    def visit_emphasised_citation(self, run: Citation) -> None:
        """A citation inside emphasised text (``run.emphasis``). Default: as emphasis."""
        assert run.emphasis is not None
        self.visit_emphasis(Emphasis(text=run.text, kind=run.emphasis))
