"""``danvan check`` on the real documents of ../shared/corpus: exactly the defects they have.

Each expected finding below was found by reading the source file by hand; the comment says
what is wrong there. The set must match exactly: every real defect found, nothing reported
on the clean parts. Reader findings (R…, lines joined, no agency header) are the reader's
tests' business and are left out here; rules that could not run are asserted separately.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from danvan.checking import check
from danvan.model import FindingStatus
from danvan.reading import read

pytestmark = pytest.mark.corpus

TODAY = dt.date(2026, 11, 28)

EXPECTED: dict[str, list[tuple[str, int]]] = {
    "dong-thap-2020-bao-cao-kl114.txt": [
        # The body cites the office's own plans as 87/KH-SKHCN and 03/KH-SKH-CN while the
        # report's symbol says /BC-SKHCHN: one agency code written three ways.
        ("H105", 35),
        ("H105", 53),
        # "139- KH/TU", "43- KL/TW", "25- NQ/TW": a space after the hyphen (line 37).
        ("C503", 37),
        ("C503", 37),
        ("C503", 37),
        # Quotes opened and never closed: “Năm dân vận chính quyền 2014-2015. (35),
        # “Hỗ trợ tạo lập … 2019 - 2020. (53), “Nâng cao hiệu quả … (119).
        ("T801", 35),
        ("T801", 53),
        ("T801", 119),
        # "Khoá" beside "khóa": both tone-mark placements in one document.
        ("T802", 37),
    ],
    "hung-yen-2023-ke-hoach-dan-van.txt": [
        # "- Công TTĐT Sở (để đăng tải)" lacks its ";".
        ("K705", 102),
        # "- Lưu VT, VP^{XT}." lacks the colon after "Lưu".
        ("K705", 103),
        # The last căn cứ line ends with ";" instead of ".".
        ("T804", 14),
    ],
    "son-la-2021-bao-cao-qcdc.txt": [
        # "Kế hoạch số 51/KH-SKH-CN": the office's own code with a stray hyphen (SKHCN).
        ("H105", 97),
        # Nghị quyết 25-NQ/TW is of 03/6/2013, not 30/6/2013.
        ("C501", 25),
        # Party symbols written the State way: "01/HD/BDVTW" and "05/CT-TW".
        ("C502", 27),
        ("C502", 73),
        # "04/2015/NĐCP": the hyphen of "NĐ-CP" missing.
        ("C503", 113),
        # The body never refers to its "PHỤ LỤC SỐ LIỆU".
        ("A603", 142),
        # "(Kèm theo Báo cáo số 538/BC-SKHCM …)": the report is 538/BC-SKHCN.
        ("A604", 144),
    ],
}

# The drafts (Đồng Tháp, Hưng Yên) leave the day blank: rules about the date of issue
# cannot run, and say so instead of passing.
NOT_EVALUATED = {
    "dong-thap-2020-bao-cao-kl114.txt": ("D201", "D202", "P402"),
    "hung-yen-2023-ke-hoach-dan-van.txt": ("D201", "D202", "P404"),
    "son-la-2021-bao-cao-qcdc.txt": (),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_exactly_the_defects_of_each_corpus_file(corpus_dir: Path, name: str) -> None:
    result = check(read(corpus_dir / name), today=TODAY)
    found = sorted(
        (f.code, f.line or 0)
        for f in result
        if not f.code.startswith("R") and f.status is not FindingStatus.NOT_EVALUATED
    )
    assert found == sorted(EXPECTED[name]), "\n".join(
        str(f) for f in result if not f.code.startswith("R")
    )
    assert result.not_evaluated == NOT_EVALUATED[name]
    assert not result.compliant


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_point_at_the_file(corpus_dir: Path, name: str) -> None:
    for finding in check(read(corpus_dir / name), today=TODAY):
        if finding.status is FindingStatus.NOT_EVALUATED or finding.file is None:
            continue
        assert finding.file.endswith(name)
