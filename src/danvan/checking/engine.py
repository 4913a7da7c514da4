"""``check``: run the catalog's rules on a document and collect their findings (phát hiện)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import attrs

from danvan.checking.catalog import Regime, Rule, catalog, lookup
from danvan.checking.context import Context, Hit
from danvan.checking.locate import locate, reader_findings
from danvan.checking.reader_codes import is_reader_selector
from danvan.checking.source import SOURCE_KEY, source_lines
from danvan.errors import InvalidValueError
from danvan.model import (
    BaseDocument,
    DocumentSystem,
    Finding,
    FindingStatus,
    Severity,
)
from danvan.model.origin import Origin

__all__ = ["CheckResult", "check", "reader_codes_kept", "selected_rules"]


@attrs.frozen(kw_only=True)
class CheckResult:
    """The findings of one check, in document order, and which rules ran.

    Iterating gives the findings. ``not_evaluated`` lists the rules that could not run
    on this document (missing information): the document is ``compliant`` only when no
    warning or error fails or needs review and every selected rule was evaluated.
    Info findings (the reader's R101 "a wrapped line joined", say) never make a
    document non-compliant.
    """

    findings: tuple[Finding, ...]
    evaluated: tuple[str, ...]
    not_evaluated: tuple[str, ...]
    on: dt.date

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __getitem__(self, index: int) -> Finding:
        return self.findings[index]

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings at error severity that fail (what makes ``danvan check`` exit 1)."""
        return tuple(
            f
            for f in self.findings
            if f.severity is Severity.ERROR and f.status is FindingStatus.FAIL
        )

    @property
    def compliant(self) -> bool:
        """Every selected rule evaluated and no warning or error that fails or needs review.

        Info findings do not count, whatever their code: they say what was noticed (a line
        the reader joined), not what is wrong.
        """
        return not self.not_evaluated and all(
            f.status is FindingStatus.NOT_EVALUATED or f.severity is Severity.INFO
            for f in self.findings
        )

    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, in order (handy in tests)."""
        return tuple(f.code for f in self.findings)


def _keys(value: str | Iterable[str] | None, field: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip())
    try:
        keys = tuple(value)
    except TypeError:
        raise InvalidValueError(field, value, "rule codes, prefixes or names") from None
    for key in keys:
        if not isinstance(key, str):
            raise InvalidValueError(field, key, "a rule code, prefix or name (str)")
    return keys


def selected_rules(
    select: str | Iterable[str] | None = None,
    ignore: str | Iterable[str] | None = None,
    *,
    preview: bool = False,
) -> tuple[Rule, ...]:
    """The rules ``select`` and ``ignore`` leave (by code, prefix or name), in catalog order.

    Preview rules (their source unverified) run only when named by exact code or name,
    or with ``preview=True``. Reader codes ("R101", "R1", "R") are valid keys too: they
    name no rule of the catalog but the reader findings :func:`check` keeps or leaves out
    (see :func:`reader_codes_kept`).
    """
    rules = catalog()
    chosen: dict[str, Rule] = {}
    selected = _keys(select, "check.select")
    if selected is None:
        chosen = {code: rule for code, rule in rules.items() if preview or not rule.preview}
    else:
        for key in selected:
            if is_reader_selector(key):
                continue
            exact = key in rules or any(rule.name == key for rule in rules.values())
            for rule in lookup(key):
                if exact or preview or not rule.preview:
                    chosen[rule.code] = rule
    for key in _keys(ignore, "check.ignore") or ():
        if is_reader_selector(key):
            continue
        for rule in lookup(key, "check.ignore"):
            chosen.pop(rule.code, None)
    return tuple(rule for code, rule in rules.items() if code in chosen)


def reader_codes_kept(
    select: str | Iterable[str] | None = None, ignore: str | Iterable[str] | None = None
) -> Callable[[str], bool]:
    """Which reader findings (R codes) ``select`` and ``ignore`` keep, as a test on the code.

    Without ``select`` every reader finding is kept; with it, only those a reader key of
    it names ("R" for all, "R1" for the repairs, "R101" for one code), so ``select="T"``
    shows no reader finding. ``ignore`` leaves out the codes its reader keys name.
    """
    selected = _keys(select, "check.select")
    chosen = None if selected is None else tuple(k for k in selected if is_reader_selector(k))
    ignored = tuple(k for k in _keys(ignore, "check.ignore") or () if is_reader_selector(k))

    def kept(code: str) -> bool:
        if chosen is not None and not code.startswith(chosen):
            return False
        return not code.startswith(ignored)

    return kept


def _applies(rule: Rule, document: BaseDocument, on: dt.date) -> bool:
    if type(document).document_type not in rule.applies_to:
        return False
    if rule.regime is Regime.STATE and document.system is DocumentSystem.PARTY:
        return False
    if rule.regime is Regime.PARTY and document.system is not DocumentSystem.PARTY:
        return False
    return rule.in_force(on)


def _missing(rule: Rule, ctx: Context) -> list[str]:
    """What the rule needs that this document does not carry."""
    missing = []
    for need in rule.needs:
        if need == "source" and source_lines(ctx.document, ctx.cache) is None:
            missing.append(
                "the lines of the text file (.txt, .md) it was read from, as typed; a .docx, "
                "a JSON, a document built in Python and a file no longer where it was read "
                "have none"
            )
        elif need == "date" and (
            ctx.document.place_date is None or not isinstance(ctx.document.place_date.date, dt.date)
        ):
            missing.append("a full date of issue")
    return missing


def _finding(rule: Rule, hit: Hit, ctx: Context) -> Finding:
    file, line, column = locate(ctx, hit.part)
    if hit.line is not None:
        line, column = hit.line, None
    elif hit.needle and line is not None:
        lines = source_lines(ctx.document, ctx.cache)
        if lines is not None:
            line, column = _search(lines, line - 1, hit.needle, (line, column))
    return Finding(
        code=rule.code,
        name=rule.name,
        severity=rule.severity,
        status=hit.status,
        message=hit.message,
        location=hit.part,
        expected=hit.expected,
        found=hit.found,
        fix=hit.fix,
        file=file,
        line=line,
        column=column,
    )


def _search(
    lines: list[str], start: int, needle: str, default: tuple[int, int | None]
) -> tuple[int, int | None]:
    """(line, column) of the first ``needle`` in ``lines`` from ``start`` on (within 400 lines)."""
    for index in range(start, min(len(lines), start + 400)):
        column = lines[index].find(needle)
        if column >= 0:
            return index + 1, column + 1
    return default


def _same_file(one: str, other: str) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return Path(one).resolve() == Path(other).resolve()


def _made_from(document: BaseDocument, file: str | None) -> str | None:
    """The file ``document``'s origin names when it is not ``file`` (the file checked)."""
    origin = getattr(document, "origin", None)
    if file is None or not isinstance(origin, Origin) or not origin.source:
        return None
    return None if _same_file(origin.source, file) else origin.source


def _rebased(finding: Finding, file: str, made_from: str) -> Finding:
    """``finding`` at ``file``: a place counted in ``made_from`` moves into the message."""
    if finding.file is None or _same_file(finding.file, file):
        return attrs.evolve(finding, file=file)
    message = finding.message
    said = finding.location is not None and finding.location.startswith(f"{finding.file}:")
    if not said:
        where = finding.file
        if finding.line is not None:
            where += f":{finding.line}" + (f":{finding.column}" if finding.column else "")
        message += f" (at {where}, which {Path(file).name} was made from)"
    return attrs.evolve(finding, file=file, line=None, column=None, message=message)


def check(
    document: BaseDocument,
    select: str | Sequence[str] | None = None,
    ignore: str | Sequence[str] | None = None,
    on: dt.date | None = None,
    *,
    preview: bool = False,
    today: dt.date | None = None,
    file: str | os.PathLike[str] | None = None,
) -> CheckResult:
    """Check ``document`` against the rule catalog (kiểm tra văn bản).

    ``select`` / ``ignore`` take codes ("T804"), prefixes ("T") or names
    ("subject-lowercase"), and apply to the reader's findings too ("R101", "R"): with
    ``select="T"`` the reader's findings are left out, ``ignore="R1"`` drops its repairs. ``on`` is the date the rules are judged for: by default the
    document's own date, so a 2023 report is judged by the rules in force in 2023.
    ``today`` (default: the system date) is what "in the future" is measured against.

    ``file`` is the file ``document`` was loaded from, when the caller knows it (``danvan
    check`` passes it): every finding then names that file. When the document's
    ``origin`` names another file (a JSON written by ``danvan read bao-cao.docx``, a
    ``.fixed`` copy), the lines and columns counted in that other file are dropped and the
    message ends with where the finding stands there ("(at bao-cao.docx:12, which
    bao-cao.json was made from)"); the rules on how a line is typed are not evaluated, as
    the file checked has no typed lines of its own.
    """
    from danvan.checking.rules import implementations

    if not isinstance(document, BaseDocument):
        raise InvalidValueError(
            "check.document", document, "a Report or Plan (read files with danvan.read first)"
        )
    if on is not None and (not isinstance(on, dt.date) or isinstance(on, dt.datetime)):
        raise InvalidValueError("check.on", on, "a datetime.date")
    now = today or dt.date.today()
    written = document.place_date.date if document.place_date is not None else None
    day = on or (written if isinstance(written, dt.date) else now)
    checked = None if file is None else os.fspath(file)
    made_from = _made_from(document, checked)
    ctx = Context(document=document, on=day, today=now)
    if made_from is not None:
        ctx.cache[SOURCE_KEY] = None  # the lines of another file: never the ones checked
    functions = implementations()
    findings: list[Finding] = []
    evaluated: list[str] = []
    not_evaluated: list[str] = []
    for rule in selected_rules(select, ignore, preview=preview):
        if not _applies(rule, document, day):
            continue
        if "source" in rule.needs and ctx.origin is None:
            continue  # how a line is written: only a document read from a text has lines
        missing = _missing(rule, ctx)
        if missing:
            not_evaluated.append(rule.code)
            findings.append(
                Finding(
                    code=rule.code,
                    name=rule.name,
                    severity=Severity.INFO,
                    status=FindingStatus.NOT_EVALUATED,
                    message=f"not evaluated: the rule needs {' and '.join(missing)}",
                )
            )
            continue
        evaluated.append(rule.code)
        findings.extend(_finding(rule, hit, ctx) for hit in functions[rule.code](ctx))
    kept = reader_codes_kept(select, ignore)
    findings.extend(f for f in reader_findings(document) if kept(f.code))
    if checked is not None:
        findings = [_rebased(f, checked, made_from or checked) for f in findings]
    return CheckResult(
        findings=tuple(findings),
        evaluated=tuple(evaluated),
        not_evaluated=tuple(not_evaluated),
        on=day,
    )
