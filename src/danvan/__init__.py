"""danvan: typed models, checks and renderers for Vietnamese dân vận plans and reports.

The public API is what this module exports: the model classes (``Report``, ``Plan``,
``DocumentNumber`` ...), serialization (``to_json``, ``from_json`` ...), rendering
(``render``, ``renderers``, ``render_text``) and the errors. ``danvan.vn`` holds the pure Vietnamese conventions
and ``danvan.testing`` the hypothesis strategies; everything else is private.
"""

from typing import TYPE_CHECKING, Any

from danvan.errors import (
    DanvanError,
    InvalidValueError,
    ParseError,
    PositionalArgumentError,
    SchemaError,
)
from danvan.model import (
    Agency,
    Appendix,
    Authority,
    BaseDocument,
    Block,
    BulletItem,
    BulletList,
    Circulation,
    Citation,
    Contact,
    Count,
    Document,
    DocumentNumber,
    DocumentStatus,
    DocumentSystem,
    DocumentType,
    Emphasis,
    EmphasisKind,
    Finding,
    FindingStatus,
    Fix,
    FixSafety,
    Footnote,
    Indicator,
    IndicatorTable,
    Inline,
    LegalReference,
    Money,
    Paragraph,
    Parsed,
    PartialDate,
    Percent,
    PeriodKind,
    PlaceDate,
    Plan,
    Quantity,
    Ratio,
    Recipient,
    Recipients,
    Repair,
    Report,
    ReportingPeriod,
    Secrecy,
    Section,
    Severity,
    Signature,
    SymbolForm,
    Table,
    Task,
    TaskTable,
    Text,
    TextValue,
    Urgency,
)

if TYPE_CHECKING:
    from danvan import vn
    from danvan.checking import CheckResult, check
    from danvan.cycle import (
        Adjustment,
        AggregationError,
        Criterion,
        CriterionScore,
        ScoreScale,
        ScoreSheet,
        Summary,
        aggregate,
        rank,
    )
    from danvan.io import SCHEMA_VERSION, from_dict, from_json, to_dict, to_json
    from danvan.refs import extract_references
    from danvan.rendering.docx.style import DocxStyle
    from danvan.rendering.html import render_html
    from danvan.rendering.markdown import render_markdown
    from danvan.rendering.numbering import Counter, LevelStyle, NumberingScheme
    from danvan.rendering.registry import (
        Renderer,
        RendererInfo,
        RendererLoadError,
        RenderError,
        UnknownRendererError,
        get_renderer,
        register_renderer,
        render,
        renderers,
    )
    from danvan.rendering.text import render_text
    from danvan.rendering.walker import DocumentWalker, UnsupportedNodeError

# Loaded on first use (PEP 562), so ``import danvan`` pays for no renderer, no python-docx
# or lxml, no cattrs and no reference registry until one of these names is touched.
_LAZY: dict[str, str] = {
    "vn": "danvan.vn",
    "CheckResult": "danvan.checking",
    "check": "danvan.checking",
    "Adjustment": "danvan.cycle",
    "AggregationError": "danvan.cycle",
    "Criterion": "danvan.cycle",
    "CriterionScore": "danvan.cycle",
    "ScoreScale": "danvan.cycle",
    "ScoreSheet": "danvan.cycle",
    "Summary": "danvan.cycle",
    "aggregate": "danvan.cycle",
    "rank": "danvan.cycle",
    "SCHEMA_VERSION": "danvan.io",
    "from_dict": "danvan.io",
    "from_json": "danvan.io",
    "to_dict": "danvan.io",
    "to_json": "danvan.io",
    "extract_references": "danvan.refs",
    "DocxStyle": "danvan.rendering.docx.style",
    "render_html": "danvan.rendering.html",
    "render_markdown": "danvan.rendering.markdown",
    "render_text": "danvan.rendering.text",
    "Counter": "danvan.rendering.numbering",
    "LevelStyle": "danvan.rendering.numbering",
    "NumberingScheme": "danvan.rendering.numbering",
    "Renderer": "danvan.rendering.registry",
    "RendererInfo": "danvan.rendering.registry",
    "RendererLoadError": "danvan.rendering.registry",
    "RenderError": "danvan.rendering.registry",
    "UnknownRendererError": "danvan.rendering.registry",
    "get_renderer": "danvan.rendering.registry",
    "register_renderer": "danvan.rendering.registry",
    "render": "danvan.rendering.registry",
    "renderers": "danvan.rendering.registry",
    "DocumentWalker": "danvan.rendering.walker",
    "UnsupportedNodeError": "danvan.rendering.walker",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'danvan' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(module_name)
    value = module if module_name == f"danvan.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Adjustment",
    "Agency",
    "AggregationError",
    "Appendix",
    "Authority",
    "BaseDocument",
    "Block",
    "BulletItem",
    "BulletList",
    "CheckResult",
    "Circulation",
    "Citation",
    "Contact",
    "Count",
    "Counter",
    "Criterion",
    "CriterionScore",
    "DanvanError",
    "Document",
    "DocumentNumber",
    "DocumentStatus",
    "DocumentSystem",
    "DocumentType",
    "DocumentWalker",
    "DocxStyle",
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
    "InvalidValueError",
    "LegalReference",
    "LevelStyle",
    "Money",
    "NumberingScheme",
    "Paragraph",
    "ParseError",
    "Parsed",
    "PartialDate",
    "Percent",
    "PeriodKind",
    "PlaceDate",
    "Plan",
    "PositionalArgumentError",
    "Quantity",
    "Ratio",
    "Recipient",
    "Recipients",
    "RenderError",
    "Renderer",
    "RendererInfo",
    "RendererLoadError",
    "Repair",
    "Report",
    "ReportingPeriod",
    "SchemaError",
    "ScoreScale",
    "ScoreSheet",
    "Secrecy",
    "Section",
    "Severity",
    "Signature",
    "Summary",
    "SymbolForm",
    "Table",
    "Task",
    "TaskTable",
    "Text",
    "TextValue",
    "UnknownRendererError",
    "UnsupportedNodeError",
    "Urgency",
    "__version__",
    "aggregate",
    "check",
    "extract_references",
    "from_dict",
    "from_json",
    "get_renderer",
    "rank",
    "register_renderer",
    "render",
    "render_html",
    "render_markdown",
    "render_text",
    "renderers",
    "to_dict",
    "to_json",
    "vn",
]
