"""``danvan check`` (kiểm tra văn bản): rules as data, findings with codes, locations and fixes.

The model refuses what is impossible; the checker reports what is possible but wrong.
Each rule is a record of ``data/rules.json`` (code, name, legal source, severity, fix
safety, examples) evaluated by a function in ``rules/``.
"""

from danvan.checking.catalog import FAMILIES, Normativity, Regime, Rule, catalog
from danvan.checking.engine import CheckResult, check, selected_rules
from danvan.checking.fixes import apply_fixes

__all__ = [
    "FAMILIES",
    "CheckResult",
    "Normativity",
    "Regime",
    "Rule",
    "apply_fixes",
    "catalog",
    "check",
    "selected_rules",
]
