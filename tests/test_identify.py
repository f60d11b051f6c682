"""Identity of documents: bugs caught on real files, kept as tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport_nlp

FIX = Path(__file__).resolve().parents[1] / "fixtures"

# (file, title, agency, year, doc_type) — real failures found while building the library
CASES_BUGS_CAUGHT = [
    # a 函 whose title starts with 关于: the agency was read as "关于", and the .txt header lines joined the title
    ("pingtan/201412_80787.html", "关于2014年政府信息公开工作要点落实情况的函", "平潭综合实验区", 2014, "work_summary"),
    ("pingtan/201412_80787.txt", "关于2014年政府信息公开工作要点落实情况的函", "平潭综合实验区", 2014, "work_summary"),
    # the web-text header "标题: …" must not leak into the title
    ("pingtan/202202_80613.txt", "平潭综合实验区2021年度政府信息公开工作年度报告", "平潭综合实验区", 2021,
     "annual_report"),
]


@pytest.mark.parametrize(("rel", "title", "agency", "year", "doc_type"), CASES_BUGS_CAUGHT,
                         ids=[c[0] for c in CASES_BUGS_CAUGHT])
def test_identify_bugs_caught(rel, title, agency, year, doc_type):
    report = govreport_nlp.load(FIX / rel)
    assert (report.title, report.agency, report.year, report.doc_type) == (title, agency, year, doc_type)
