"""``docs/rules.md``, generated from the rule catalog: ``python -m danvan.checking.docs``.

A test compares the file with this output, so the page can never drift from the data.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from danvan.checking.catalog import FAMILIES, Rule, catalog
from danvan.checking.reader_codes import READER_CODES, READER_GROUPS

__all__ = ["render_rules_page"]

_FIX = {
    "safe": "safe (applied by `--fix`)",
    "unsafe": "unsafe (applied by `--fix --unsafe-fixes`)",
    "display-only": "display only (shown, never applied)",
    "none": "none",
}


def _edits(examples: tuple[Any, ...]) -> str:
    first = examples[0] if examples else []
    if isinstance(first, dict):
        replaced = first.get("text") or []
        if not replaced:
            return "the base example report as a text file (`example-report.txt`), unchanged"
        return "the base example report as a text file, with " + "; ".join(
            f"{old!r} written {new!r}" for old, new in replaced
        )
    if not first:
        return "the base example report, unchanged"
    return "the base example report with " + "; ".join(
        f"`{edit['path']}` = `{json.dumps(edit['value'], ensure_ascii=False)[:120]}`"
        for edit in first
    )


def _section(rule: Rule) -> list[str]:
    applies = ", ".join(sorted(t.value for t in rule.applies_to))
    in_force = f"from {rule.in_force_from.isoformat() if rule.in_force_from else 'always'}" + (
        f" until {rule.in_force_until.isoformat()}" if rule.in_force_until else ""
    )
    return [
        f"### {rule.code} `{rule.name}`",
        "",
        rule.summary,
        "",
        f"*Why:* {rule.why}",
        "",
        "| | |",
        "|---|---|",
        f"| Source | {rule.source}{'' if rule.verified else ' (unverified: preview, off by default)'} |",
        f"| Normativity | {rule.normativity.value} |",
        f"| Regime | {rule.regime.value} |",
        f"| Applies to | {applies} |",
        f"| In force | {in_force} |",
        f"| Severity | {rule.severity.value} |",
        f"| Fix | {_FIX[rule.fix.value]} |",
        f"| Needs | {', '.join(rule.needs) or 'the document alone'} |",
        "",
        f"- Bad: {_edits(rule.bad)}",
        f"- Good: {_edits(rule.good)}",
        "",
    ]


def _reader_section(family: str) -> list[str]:
    """The reader's codes: not rules of the catalog, but selected and ignored like them."""
    lines = [
        f"## R: {family}",
        "",
        "What the reader (`danvan.read`) repaired, converted or could not place, from the",
        "document's `origin`. These describe the reading, not the document, and have no",
        "legal source. `select` and `ignore` apply to them by code or prefix like the rules:",
        "`--select T` leaves them out, `--select T,R` keeps them, `--ignore R101` drops one",
        "code and `--ignore R` all of them. Info findings never make a document",
        "non-compliant (`CheckResult.compliant`); a reader finding at warning severity does",
        "(R301, R303, R012 in a .docx).",
        "A plugin reader may record other R codes; they are selected the same way.",
        "",
        "| Code | What it says |",
        "|---|---|",
    ]
    lines += [f"| {code} | {summary} |" for code, summary in READER_CODES.items()]
    lines += ["", "Groups: " + "; ".join(f"{k}xx {v}" for k, v in READER_GROUPS.items()) + ".", ""]
    return lines


def render_rules_page() -> str:
    """The Markdown of docs/rules.md."""
    rules = catalog()
    lines = [
        "# Rules of `danvan check`",
        "",
        "<!-- Generated from src/danvan/checking/data/rules.json by "
        "`python -m danvan.checking.docs > docs/rules.md`; do not edit by hand. -->",
        "",
        "Each rule has a stable code (the family letter and three digits), a name, the legal",
        "source it enforces (or *convention* where no text requires it), and its examples:",
        "a bad and a good version of one fictional report (the base example,",
        "`src/danvan/checking/data/example-report.json`). Rules whose source is unverified ship",
        "as preview and run only when selected by code. A rule that needs information the",
        "document does not carry reports *not evaluated*, never a pass.",
        "",
        "| Code | Name | Severity | Fix | Source |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r.code} | `{r.name}` | {r.severity.value} | {r.fix.value} | {r.source} |"
        for r in rules.values()
    ]
    lines.append("")
    for letter, family in FAMILIES.items():
        members = [r for r in rules.values() if r.code.startswith(letter)]
        if letter == "R":
            lines += _reader_section(family)
            continue
        if not members:
            continue
        lines += [f"## {letter}: {family}", ""]
        for rule in members:
            lines += _section(rule)
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render_rules_page())
