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


# SYNTHETIC openings shaped like real web pages (tables flattened to pipes, no title line)
CASES_SYNTHETIC_OPENINGS = [
    # only the tables survive: "第二十条第（一）项" is a table label, not an article of a regulation
    ("第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n"
     "行政规范性文件 |\n1 |\n0 |\n3 |\n第二十条第(五)项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n12 |\n",
     "annual_report", None),
    # the period stated only as 截止…12月31日
    ("一、总体情况\n（一）主动公开信息情况。截止2022年12月31日我局通过门户网站发布政务信息41条。\n",
     "annual_report", 2022),
    # 年度工作报告 in the title is the annual report, not a work summary
    ("某乡人民政府2020年度政府信息公开年度工作报告\n根据《条例》要求，编制本年度报告。\n一、总体情况\n我乡全年公开信息20条。\n",
     "annual_report", 2020),
]


@pytest.mark.parametrize(("text", "doc_type", "year"), CASES_SYNTHETIC_OPENINGS)
def test_identify_synthetic_openings(text, doc_type, year):
    report = govreport_nlp.parse(text, doc_id="synthetic")
    assert (report.doc_type, report.year) == (doc_type, year)


def test_identify_synthetic_opening_cut_before_part_three():
    """SYNTHETIC: a pre-2019 report whose page begins in the middle (parts 三 onwards)."""
    text = ("在主动公开工作中，政府网站公开信息120条，政策解读稿5篇。\n三、政府信息依申请公开情况\n"
            "本局2016年共受理信息公开申请3件，均已按时答复。\n四、政府信息公开收费情况\n未收取任何费用。\n"
            "五、因信息公开引起的行政复议和行政诉讼情况\n未发生行政复议和行政诉讼。\n")
    report = govreport_nlp.parse(text, doc_id="synthetic")
    assert (report.doc_type, report.year, report.template) == ("annual_report", 2016, "pre2019")
    assert [(s.number, s.label) for s in report.sections if s.level == 1 and s.number] == [
        ("三", "requests"), ("四", "fees"), ("五", "review_litigation")]


def test_identify_synthetic_metadata_list_and_street_office():
    """SYNTHETIC: a page that opens with "- 索引号：…" metadata lines; an agency named in 由…编制."""
    meta = ("- 索引号：20220117-0001\n- 发文机关：某市人民政府\n- 发布时间：2022-01-17\n"
            "某市乡村振兴局2021年政府信息公开工作年度报告\n一、总体情况\n本局全年主动公开信息20条。\n")
    assert govreport_nlp.parse(meta, doc_id="synthetic").agency == "某市乡村振兴局"
    street = ("本年度报告根据《条例》要求，由某市某区某某街道办事处编制，全文包括总体情况等部分。\n"
              "一、总体情况\n全年主动公开信息30条。\n")
    assert govreport_nlp.parse(street, doc_id="synthetic").agency == "某市某区某某街道办事处"
