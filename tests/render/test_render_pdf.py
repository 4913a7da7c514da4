"""The official .docx in a real word processor: LibreOffice converts it to PDF, poppler reads it back.

Skipped with a stated reason when LibreOffice or poppler is absent (a developer's fresh
machine); CI installs both and sets DANVAN_REQUIRE_SOFFICE=1, so there it always runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from danvan.demo import demo_report
from danvan.model import Report
from danvan.rendering.registry import render

TOOLS = ("soffice", "pdftotext")


@pytest.fixture(scope="module")
def pdf_pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (apt-get install libreoffice-writer-nogui poppler-utils)"
        if os.environ.get("DANVAN_REQUIRE_SOFFICE") == "1":
            pytest.fail(f"{reason}; DANVAN_REQUIRE_SOFFICE=1")
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("pdf")
    source = folder / "bao-cao.docx"
    render(demo_report(), "docx", source)
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", str(folder / "bao-cao.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    pages = text.split("\f")
    return [page for page in pages if page.strip()]


def _lines(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def _flat(text: str) -> str:
    """Text with every space removed: poppler splits justified Vietnamese words ("thu ộc") and
    the header columns wrap, so only the sequence of letters is compared."""
    return "".join(text.split())


def test_first_page_has_no_number_and_second_page_shows_2(pdf_pages: list[str]) -> None:
    assert len(pdf_pages) >= 3
    first = _lines(pdf_pages[0])
    assert not any(re.fullmatch(r"\d+", line) for line in first[:3]), first[:3]
    assert _lines(pdf_pages[1])[0] == "2"


def test_header_and_title_on_first_page(pdf_pages: list[str]) -> None:
    first = _flat(pdf_pages[0])
    for text in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "SỞ DÂN SINH VÀ CỘNG ĐỒNG",
        "Số: 05/BC-SDSCĐ",
        "Nghệ An, ngày 15 tháng 12 năm 2025",
        "BÁO CÁO",
    ):
        assert _flat(text) in first


def test_appendix_starts_on_its_own_page_with_its_attachment_line(pdf_pages: list[str]) -> None:
    report = demo_report()
    attachment = (
        "(Kèm theo Báo cáo số 05/BC-SDSCĐ ngày 15 tháng 12 năm 2025 của Sở Dân sinh và Cộng đồng)"
    )
    pages = [index for index, page in enumerate(pdf_pages) if _flat(attachment) in _flat(page)]
    assert len(pages) == 1
    page = _lines(pdf_pages[pages[0]])
    first_lines = [line for line in page if not re.fullmatch(r"\d+", line)]
    assert first_lines[0] == "Phụ lục"
    assert first_lines[1] == report.appendices[0].title.upper()
    signer = report.signature.name if report.signature else None
    assert signer is not None
    assert signer not in _flat(pdf_pages[pages[0]])


def test_no_text_of_the_model_is_missing(pdf_pages: list[str]) -> None:
    report: Report = demo_report()
    everything = _flat(" ".join(pdf_pages))
    expected: list[str] = []
    for paragraph in report.paragraphs():
        expected.extend(run.text for run in paragraph.runs)
    for block in report.blocks():
        title = getattr(block, "title", None)
        if title:
            expected.append(title)
        for indicator in getattr(block, "indicators", ()):
            expected.append(indicator.name)
            expected.append(str(indicator.value))
            expected.extend(part.name for part in indicator.breakdown)
    assert report.recipients is not None
    expected.extend(line for line in report.recipients.lines())
    assert report.signature is not None
    expected.extend(report.signature.lines())
    expected.append(report.signature.name or "")
    missing = [
        text
        for text in expected
        if _flat(text).strip("./")
        and _flat(text).strip("./") not in everything
        and _flat(text).upper().strip("./") not in everything
    ]
    assert missing == []
