"""The document model (mô hình văn bản): frozen, keyword-only attrs classes with their invariants.

Data and invariants only: no I/O, no rendering. Every class is hashable and picklable.
"""

from danvan.model._keywords import keyword_only
from danvan.model.agency import Agency
from danvan.model.appendix import Appendix
from danvan.model.blocks import Block, BulletItem, BulletList, Paragraph, Section, Table, Unplaced
from danvan.model.contact import Contact
from danvan.model.document import BaseDocument, Document, Plan, Report
from danvan.model.finding import Finding, FindingStatus, Fix, FixSafety, Severity
from danvan.model.indicators import (
    Count,
    Indicator,
    IndicatorTable,
    Money,
    Percent,
    Quantity,
    Ratio,
    TextValue,
)
from danvan.model.inline import (
    Citation,
    Emphasis,
    EmphasisKind,
    Footnote,
    Inline,
    Superscript,
    Text,
)
from danvan.model.marks import Circulation, Secrecy, Urgency
from danvan.model.number import DocumentNumber
from danvan.model.origin import Origin, PartLocation, ReadFinding, SourceLocation
from danvan.model.period import PeriodKind, ReportingPeriod
from danvan.model.place_date import PlaceDate
from danvan.model.recipients import Recipient, Recipients
from danvan.model.reference import LegalReference
from danvan.model.repair import Parsed, Repair
from danvan.model.signature import Authority, Signature
from danvan.model.status import DocumentStatus
from danvan.model.tasks import Recurrence, Task, TaskStatus, TaskTable
from danvan.model.types import DocumentSystem, DocumentType, SymbolForm
from danvan.vn.dates import PartialDate

__all__ = [
    "Agency",
    "Appendix",
    "Authority",
    "BaseDocument",
    "Block",
    "BulletItem",
    "BulletList",
    "Circulation",
    "Citation",
    "Contact",
    "Count",
    "Document",
    "DocumentNumber",
    "DocumentStatus",
    "DocumentSystem",
    "DocumentType",
    "Emphasis",
    "EmphasisKind",
    "Finding",
    "FindingStatus",
    "Fix",
    "FixSafety",
    "Footnote",
    "Indicator",
    "IndicatorTable",
    "Inline",
    "LegalReference",
    "Money",
    "Origin",
    "Paragraph",
    "Parsed",
    "PartLocation",
    "PartialDate",
    "Percent",
    "PeriodKind",
    "PlaceDate",
    "Plan",
    "Quantity",
    "Ratio",
    "ReadFinding",
    "Recipient",
    "Recipients",
    "Recurrence",
    "Repair",
    "Report",
    "ReportingPeriod",
    "Secrecy",
    "Section",
    "Severity",
    "Signature",
    "SourceLocation",
    "Superscript",
    "SymbolForm",
    "Table",
    "Task",
    "TaskStatus",
    "TaskTable",
    "Text",
    "TextValue",
    "Unplaced",
    "Urgency",
]

# help(Report) and the API reference show what each parameter accepts, not Any.
from danvan.model import _validators

_validators.show_accepted_types(
    obj for obj in (globals()[name] for name in __all__) if isinstance(obj, type)
)

# PlaceDate("Sơn La", d) names the fields instead of Python's bare TypeError.
keyword_only(obj for obj in (globals()[name] for name in __all__) if isinstance(obj, type))
