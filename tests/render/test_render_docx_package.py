"""The .docx package (rendering/docx/_package.py): a valid, byte-stable zip whose parts are the
ones python-docx writes for the same package, and core properties that never break a render."""

from __future__ import annotations

import io
import zipfile

import attrs
import docx
import pytest
from builders import AGENCY, small_report
from docx_parts import Docx
from hypothesis import given
from lxml import etree

from danvan import render
from danvan.demo import demo_report
from danvan.model import BaseDocument
from danvan.rendering.docx._package import CORE_PROPERTY_LIMIT, core_property_text
from danvan.testing.strategies import documents

DC_TITLE = "{http://purl.org/dc/elements/1.1/}title"
DC_CREATOR = "{http://purl.org/dc/elements/1.1/}creator"


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _resaved_by_python_docx(data: bytes) -> dict[str, bytes]:
    out = io.BytesIO()
    docx.Document(io.BytesIO(data)).save(out)
    return _parts(out.getvalue())


def _check_package(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # every CRC and size checks out
        infos = archive.infolist()
    assert [info.filename for info in infos[:2]] == ["[Content_Types].xml", "_rels/.rels"]
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.compress_type == zipfile.ZIP_DEFLATED
    # python-docx reads the package and, saving it again, writes the very same part bytes:
    # the parts written without python-docx are the ones it would write.
    assert _resaved_by_python_docx(data) == _parts(data)


def test_demo_package_is_valid_and_what_python_docx_writes() -> None:
    _check_package(render(demo_report(), "docx"))


@given(documents())
def test_every_package_is_valid_and_what_python_docx_writes(document: BaseDocument) -> None:
    data = render(document, "docx")
    _check_package(data)
    assert render(document, "docx") == data  # byte-stable


def test_package_has_no_footnotes_part_without_footnotes() -> None:
    parts = _parts(render(small_report(), "docx"))
    assert "word/footnotes.xml" not in parts
    assert b"footnotePr" not in parts["word/settings.xml"]
    assert b"footnotes" not in parts["word/_rels/document.xml.rels"]
    assert b"footnotes" not in parts["[Content_Types].xml"]


def test_core_property_text_cuts_at_the_limit_with_an_ellipsis() -> None:
    assert core_property_text("a" * CORE_PROPERTY_LIMIT) == "a" * CORE_PROPERTY_LIMIT
    cut = core_property_text("a" * (CORE_PROPERTY_LIMIT + 1))
    assert len(cut) == CORE_PROPERTY_LIMIT
    assert cut == "a" * (CORE_PROPERTY_LIMIT - 1) + "…"


def test_a_1000_character_subject_is_cut_in_the_metadata_never_in_the_document() -> None:
    words = "thực hiện dân chủ ở cơ sở gắn với phong trào thi đua Dân vận khéo "
    subject = (words * 20)[:1000].strip()
    assert len(subject) >= 990
    data = render(small_report(subject=subject), "docx")
    parsed = Docx(data)
    core = parsed.xml["docProps/core.xml"]
    title = core.findtext(DC_TITLE)
    assert title is not None
    assert len(title) == CORE_PROPERTY_LIMIT
    assert title.endswith("…")
    assert title[:-1] == f"Báo cáo: {subject}"[: CORE_PROPERTY_LIMIT - 1]
    # The body holds the subject whole (the subject paragraph may break lines, not words).
    body_text = "".join(parsed.document.itertext())
    assert subject in body_text
    # python-docx, which refuses to write more than 255 characters, reads it back.
    assert docx.Document(io.BytesIO(data)).core_properties.title == title


def test_a_long_agency_name_is_cut_in_the_author_property_only() -> None:

    name = "Sở Dữ liệu số tỉnh Cao Điền " * 12
    report = small_report(issuer=attrs.evolve(AGENCY, name=name.strip()))
    parsed = Docx(render(report, "docx"))
    creator = parsed.xml["docProps/core.xml"].findtext(DC_CREATOR)
    assert creator is not None
    assert len(creator) == CORE_PROPERTY_LIMIT
    assert creator.endswith("…")


@pytest.mark.parametrize("subject", ["A & B <c> \"d\" 'e'", "Dòng một\nDòng hai", "Có\rxuống"])
def test_core_title_keeps_markup_characters_and_line_breaks(subject: str) -> None:
    data = render(small_report(subject=subject), "docx")
    core = etree.fromstring(_parts(data)["docProps/core.xml"])
    assert core.findtext(DC_TITLE) == f"Báo cáo: {subject}"
