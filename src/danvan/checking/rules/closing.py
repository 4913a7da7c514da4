"""Closing-block rules (nơi nhận, chữ ký): the "Lưu" line, "Như trên" against "Kính gửi",
academic titles before the signer's name, a document without its Nơi nhận."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from danvan.checking.context import Context, Hit
from danvan.checking.rules import implements
from danvan.model import DocumentStatus, FindingStatus, Fix, FixSafety

# Học hàm, học vị and similar titles written before a name: GS., PGS., TS., ThS., CN., KS.,
# BS., DS., Th.S, NGƯT., "PGS.TS.", in any case, with or without the dot and a space.
_TITLE = re.compile(
    r"^(?:(?:GS|PGS|TSKH|TS|ThS|Th\.S|CN|KS|BS|DS|LS|NGƯT|NGND|NSƯT|NSND)\.?\s*)+(?=\S)",
    re.IGNORECASE,
)
# Bodies that their sector head may allow to print titles (Nghị định 30, Phụ lục I, II.7.c).
_TITLED_BODIES = re.compile(
    r"\b(?:trường|đại học|học viện|viện|bệnh viện|trung tâm y tế|quân|công an|bộ đội)\b",
    re.IGNORECASE,
)


@implements("K701")
def archive_line_missing(ctx: Context) -> Iterator[Hit]:
    """A Nơi nhận list without its last line "Lưu: VT, …"."""
    recipients = ctx.document.recipients
    if recipients is None or recipients.archive:
        return
    fixed = attrs.evolve(recipients, archive=("VT",))
    yield Hit(
        message="the recipient list (Nơi nhận) has no archive line 'Lưu: VT, …' as its last line",
        part="recipients",
        expected="- Lưu: VT, <drafting unit>.",
        found="no 'Lưu' line",
        fix=Fix(
            description="add '- Lưu: VT.' (the drafting unit still to be added by hand)",
            safety=FixSafety.UNSAFE,
            path=("recipients",),
            value=fixed,
        ),
    )


@implements("K702")
def as_above_without_addressees(ctx: Context) -> Iterator[Hit]:
    """ "Kính gửi" and "Như trên" go together: one without the other."""
    document = ctx.document
    recipients = document.recipients
    if recipients is None:
        return
    if document.addressees and not recipients.as_above:
        yield Hit(
            message=(
                "the document has 'Kính gửi' addressees, so its Nơi nhận must start with 'Như trên'"
            ),
            part="recipients",
            expected="- Như trên;",
            found="no 'Như trên'",
            fix=Fix(
                description="start the Nơi nhận with '- Như trên;'",
                safety=FixSafety.SAFE,
                path=("recipients", "as_above"),
                value=True,
            ),
        )
    elif recipients.as_above and not document.addressees:
        yield Hit(
            message="the Nơi nhận says 'Như trên' but the document has no 'Kính gửi' above",
            part="recipients",
            expected="no 'Như trên', or a 'Kính gửi' line",
            found="- Như trên;",
            fix=Fix(
                description="drop 'Như trên'",
                safety=FixSafety.UNSAFE,
                path=("recipients", "as_above"),
                value=False,
            ),
        )


@implements("K703")
def title_before_name(ctx: Context) -> Iterator[Hit]:
    """An academic title or honour (học hàm, học vị: "TS.", "PGS.TS.") before the signer's name."""
    signature = ctx.document.signature
    if signature is None or signature.name is None:
        return
    match = _TITLE.match(signature.name)
    if match is None:
        return
    bare = signature.name[match.end() :].strip()
    issuer = ctx.document.issuer
    exempt = issuer is not None and _TITLED_BODIES.search(issuer.name) is not None
    yield Hit(
        message=(
            f"the signer's name {signature.name!r} starts with {match.group().strip()!r}: "
            "no academic title or honour goes before the name (học hàm, học vị)"
            + ("; this body's sector may allow it, so check" if exempt else "")
        ),
        part="signature",
        expected=bare,
        found=signature.name,
        status=FindingStatus.NEEDS_REVIEW if exempt else FindingStatus.FAIL,
        fix=Fix(
            description=f"write the name as {bare!r}",
            safety=FixSafety.UNSAFE if exempt else FixSafety.SAFE,
            path=("signature", "name"),
            value=bare,
        ),
    )


@implements("K704")
def recipients_missing(ctx: Context) -> Iterator[Hit]:
    """An issued document without a Nơi nhận list."""
    document = ctx.document
    if document.status is DocumentStatus.ISSUED and document.recipients is None:
        yield Hit(
            message="an issued document has a Nơi nhận list (ô 9b), ending with 'Lưu: VT, …'",
            part="recipients",
            expected="a Nơi nhận list",
            found="none",
        )
