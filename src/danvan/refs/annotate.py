"""Annotate references in a text (đánh dấu trích dẫn), like eyecite's ``annotate_citations``.

Web tools that show a report with clickable citations call :func:`annotate`: every reference
found by :func:`~danvan.refs.extract_references` is wrapped in an HTML link built from a URL
template, in a ``<span>``, or in whatever a callback returns. The input is plain text (as a
reader gives it), so the text around the references is HTML-escaped by default.
"""

from __future__ import annotations

import html
import string
import urllib.parse
from collections.abc import Callable, Mapping, Sequence

from danvan.errors import InvalidValueError
from danvan.refs.find import (
    DEFAULT_REGISTRY,
    ReferenceMatch,
    RegistryLike,
    _DefaultRegistry,
    extract_references,
)

__all__ = ["TEMPLATE_FIELDS", "annotate", "template_values"]

TEMPLATE_FIELDS: tuple[str, ...] = (
    "symbol",
    "type",
    "number",
    "year",
    "date",
    "issuer",
    "term",
    "short",
    "full",
    "text",
)
"""The placeholders a URL template may use: ``"https://vb.example/{symbol}"``."""


def template_values(match: ReferenceMatch) -> dict[str, str | None]:
    """The value of each template placeholder for one reference (``None`` when it has none).

    ``symbol`` is the canonical symbol ("114-KL/TW"), ``type`` the type word ("Kết luận"),
    ``date`` the ISO date, ``short`` and ``full`` the canonical citations, ``text`` the
    citation as written.
    """
    reference = match.reference
    date = reference.date
    return {
        "symbol": None if reference.symbol is None else str(reference.symbol),
        "type": reference.type_name,
        "number": None if reference.number is None else str(reference.number),
        "year": None if reference.year is None else str(reference.year),
        "date": None if date is None or not hasattr(date, "isoformat") else date.isoformat(),
        "issuer": reference.issuer,
        "term": reference.term,
        "short": reference.format("short"),
        "full": reference.format("full"),
        "text": match.text,
    }


class _Missing(Exception):
    """A template placeholder this reference has no value for."""


class _UrlFormatter(string.Formatter):
    def get_value(
        self, key: int | str, args: Sequence[object], kwargs: Mapping[str, object]
    ) -> str:
        value = kwargs.get(str(key))
        if value is None:
            raise _Missing(str(key))
        return urllib.parse.quote(str(value), safe="")


def _check_template(template: str) -> None:
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as error:
        raise InvalidValueError("annotate.url_template", template, str(error)) from None
    for name in fields:
        if name not in TEMPLATE_FIELDS:
            raise InvalidValueError(
                "annotate.url_template",
                template,
                f"unknown placeholder {{{name}}}; use {', '.join('{' + f + '}' for f in TEMPLATE_FIELDS)}",
            )


def annotate(
    text: str,
    url_template: str | None = None,
    *,
    callback: Callable[[ReferenceMatch], str] | None = None,
    escape: bool = True,
    css_class: str = "danvan-ref",
    registry: RegistryLike | _DefaultRegistry | None = DEFAULT_REGISTRY,
    matches: Sequence[ReferenceMatch] | None = None,
) -> str:
    """``text`` with each reference wrapped: a link, a span, or the callback's markup.

    - ``url_template`` ("https://vb.example/{symbol}", placeholders in
      :data:`TEMPLATE_FIELDS`, each value URL-quoted): ``<a class="danvan-ref" href="..."
      title="full citation">citation as written</a>``; a reference without a value for a
      placeholder (no symbol for "Luật Đo lường") gets a ``<span>`` instead of a broken link;
    - ``callback``: called with each :class:`ReferenceMatch`, its return value replaces the
      citation verbatim (escape ``match.text`` yourself if you need to);
    - neither: ``<span class="danvan-ref" title="full citation">...</span>``.

    ``escape=True`` HTML-escapes the text outside the references too (the input is plain
    text); pass ``False`` to keep it as is. ``matches`` reuses an earlier extraction of the
    same text; otherwise ``registry`` is passed to :func:`extract_references`.
    """
    if not isinstance(text, str):
        raise InvalidValueError("annotate.text", text, "the text to annotate must be a str")
    if url_template is not None and callback is not None:
        raise InvalidValueError(
            "annotate.callback", callback, "give a URL template or a callback, not both"
        )
    if url_template is not None:
        if not isinstance(url_template, str):
            raise InvalidValueError("annotate.url_template", url_template, "a str template")
        _check_template(url_template)
    if matches is None:
        matches = extract_references(text, registry=registry)

    def plain(piece: str) -> str:
        return html.escape(piece, quote=False) if escape else piece

    klass = html.escape(css_class, quote=True)
    formatter = _UrlFormatter()
    out: list[str] = []
    last = 0
    for match in sorted(matches, key=lambda m: m.start):
        if match.start < last:
            continue  # overlapping matches from a caller: keep the first
        out.append(plain(text[last : match.start]))
        written = text[match.start : match.end]
        if callback is not None:
            markup = callback(match)
            if not isinstance(markup, str):
                raise InvalidValueError(
                    "annotate.callback", markup, "the callback must return the markup as a str"
                )
            out.append(markup)
        else:
            title = html.escape(match.reference.format("full"), quote=True)
            inner = plain(written)
            href = None
            if url_template is not None:
                try:
                    href = formatter.vformat(url_template, (), template_values(match))
                except _Missing:
                    href = None
            if href is not None:
                out.append(
                    f'<a class="{klass}" href="{html.escape(href, quote=True)}" '
                    f'title="{title}">{inner}</a>'
                )
            else:
                out.append(f'<span class="{klass}" title="{title}">{inner}</span>')
        last = match.end
    out.append(plain(text[last:]))
    return "".join(out)
