"""Findings as people and machines read them: ``file:line:col: CODE message``, JSON, SARIF 2.1.0.

SARIF columns are counted in Unicode code points of the NFC text (declared with
``columnKind: "unicodeCodePoints"``), and every result has a stable fingerprint — the
rule, the file and the part of the document, not the line — so a CI system does not
report the same finding again when lines move.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from danvan.checking.catalog import catalog
from danvan.checking.reader_codes import reader_summary
from danvan.model import Finding, FindingStatus, Severity

__all__ = ["as_json", "human", "sarif", "statistics"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _where(finding: Finding, file: str | None) -> str:
    name = finding.file or file or "<document>"
    line = finding.line or 1
    column = finding.column or 1
    return f"{name}:{line}:{column}"


def _part(finding: Finding, file: str | None) -> str:
    """`` [part]`` for a human line; a reader finding's source location is not printed twice.

    Reader findings (R codes) carry their place in the source as their location
    ("bao-cao.txt:12:1", "bao-cao.docx:p[31]"); the line already starts with the file name,
    line and column, so only what they do not say (a .docx paragraph) is shown.
    """
    location = finding.location
    if not location:
        return ""
    name = finding.file or file
    if name and location.startswith(f"{name}:"):
        location = location[len(name) + 1 :]
        if location == f"{finding.line or 1}:{finding.column or 1}":
            return ""
    return f" [{location}]"


def human(results: Sequence[tuple[str | None, Sequence[Finding]]]) -> str:
    """Findings grouped by file, one ``file:line:col: CODE [part] message`` line each."""
    lines: list[str] = []
    for file, findings in results:
        shown = [f for f in findings if f.status is not FindingStatus.NOT_EVALUATED]
        for finding in shown:
            part = _part(finding, file)
            review = " (needs review)" if finding.status is FindingStatus.NEEDS_REVIEW else ""
            lines.append(f"{_where(finding, file)}: {finding.code}{part} {finding.message}{review}")
    return "\n".join(lines)


def statistics(findings: Iterable[Finding]) -> list[tuple[str, str, int]]:
    """(code, name, count) for every code found, most frequent first."""
    counts = Counter(
        (f.code, f.name or "") for f in findings if f.status is not FindingStatus.NOT_EVALUATED
    )
    return [(code, name, n) for (code, name), n in counts.most_common()]


def _finding_dict(finding: Finding, file: str | None) -> dict[str, Any]:
    return {
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "status": finding.status.value,
        "message": finding.message,
        "part": finding.location,
        "file": finding.file or file,
        "line": finding.line,
        "column": finding.column,
        "expected": finding.expected,
        "found": finding.found,
        "fix": None
        if finding.fix is None
        else {"description": finding.fix.description, "safety": finding.fix.safety.value},
    }


def as_json(results: Sequence[tuple[str | None, Sequence[Finding]]]) -> str:
    """Every finding as a JSON object, in a list (UTF-8, not ASCII-escaped)."""
    rows = [_finding_dict(f, file) for file, findings in results for f in findings]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _fingerprint(finding: Finding, file: str | None) -> str:
    key = "\x1f".join(
        (finding.code, finding.file or file or "", finding.location or "", finding.found or "")
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _rule_entry(code: str, severity: Severity) -> dict[str, Any]:
    """The SARIF ``reportingDescriptor`` of a catalog rule or of a reader code (R…)."""
    rules = catalog()
    if code in rules:
        rule = rules[code]
        return {
            "id": code,
            "name": rule.name,
            "shortDescription": {"text": rule.summary},
            "fullDescription": {"text": rule.why},
            "help": {"text": f"Source: {rule.source}"},
            "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        }
    return {
        "id": code,
        "name": "reader",
        "shortDescription": {"text": reader_summary(code)},
        "fullDescription": {
            "text": (
                "A reader finding (khi đọc văn bản): what danvan.read repaired, converted or "
                "could not place while reading the file; it describes the reading, not a rule "
                "of the document."
            )
        },
        "help": {"text": "Reader codes: docs/rules.md, section 'R: reader warnings'"},
        "defaultConfiguration": {"level": _LEVEL[severity]},
    }


def sarif(results: Sequence[tuple[str | None, Sequence[Finding]]], version: str) -> str:
    """A SARIF 2.1.0 log with one run of danvan check.

    Every result's ``ruleId`` has its entry in the driver's ``rules`` (``ruleIndex``
    points at it): the catalog's rules and the reader's codes alike.
    """
    severities: dict[str, Severity] = {}
    for _, findings in results:
        for f in findings:
            if f.status is not FindingStatus.NOT_EVALUATED:
                severities.setdefault(f.code, f.severity)
    used = sorted(severities)
    index = {code: i for i, code in enumerate(used)}
    sarif_results = []
    for file, findings in results:
        for finding in findings:
            if finding.status is FindingStatus.NOT_EVALUATED:
                continue
            location: dict[str, Any] = {
                "physicalLocation": {
                    "artifactLocation": {"uri": finding.file or file or "document"},
                    "region": {
                        "startLine": finding.line or 1,
                        "startColumn": finding.column or 1,
                    },
                }
            }
            if finding.location:
                location["logicalLocations"] = [{"fullyQualifiedName": finding.location}]
            result: dict[str, Any] = {
                "ruleId": finding.code,
                "ruleIndex": index[finding.code],
                "level": _LEVEL[finding.severity],
                "message": {"text": finding.message},
                "locations": [location],
                "partialFingerprints": {"danvanFinding/v1": _fingerprint(finding, file)},
            }
            if finding.status is FindingStatus.NEEDS_REVIEW:
                result["kind"] = "review"
            sarif_results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "danvan",
                        "version": version,
                        "rules": [_rule_entry(code, severities[code]) for code in used],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": sarif_results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)
