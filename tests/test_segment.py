"""Tests of document splitting, identification and section trees on real reports."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from govreport_nlp import normalise, segment
from govreport_nlp.headings import accept, find_candidates
from govreport_nlp.loaders import load_source
from govreport_nlp.models import Section

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _read(rel: str):
    src = load_source(FIXTURES / rel)
    nt = normalise.normalise(src.text)
    grids = [(nt.normalized_offset(t.start), nt.normalized_offset(t.end)) for t in src.tables]
    return src, nt, grids


def _tree(rel: str, index: int = 0) -> tuple[dict, list[Section]]:
    src, nt, grids = _read(rel)
    s, e = segment.split_documents(nt)[index]
    info = segment.identify(nt, s, e, source=src)
    return info, segment.build_sections(nt, s, e, doc_id="d", skip=grids)


def _top(secs: list[Section], level: int = 1) -> list[tuple[str, str]]:
    return [(x.title, x.label) for x in secs if x.level == level and x.label != "preamble"]


def test_segment_compilation_splits_into_five_documents():
    src, nt, _ = _read("seeds/003_6e4aca196ad0b146.txt")
    spans = segment.split_documents(nt)
    kinds = [segment.identify(nt, s, e, source=src)["doc_type"] for s, e in spans]
    assert kinds == ["work_summary", "regulation", "other", "plan", "work_summary"]
    assert nt.text[spans[1][0]:].startswith("第二篇")


CASES_REAL = [
    # (fixture, doc index, year, doc_type, agency)
    ("seeds/000_dbfeab3aba76103b.txt", 0, 2019, "work_summary", "华宁县住房和城乡建设局"),
    ("seeds/001_36c5438335533f6b.txt", 0, None, "work_summary", "霍邱县"),
    ("seeds/002_9647868684bfa74a.txt", 0, None, "annual_report", None),
    ("seeds/003_6e4aca196ad0b146.txt", 0, 2021, "work_summary", "x县住建局"),
    ("seeds/003_6e4aca196ad0b146.txt", 2, 2012, "other", "住建局"),
    ("seeds/003_6e4aca196ad0b146.txt", 3, 2011, "plan", "住房和城乡建设局"),
    ("seeds/004_dbc5b446b184b6c3.txt", 0, 2013, "annual_report", "湛江市住房和城乡建设局"),
    ("pingtan/201204_80716.html", 0, 2011, "annual_report", "平潭县人民政府"),
    ("pingtan/201601_80445.html", 0, 2015, "annual_report", "平潭综合实验区"),
    ("pingtan/202001_80576.html", 0, 2019, "annual_report", "平潭综合实验区"),
    ("pingtan/202603_105587.html", 0, 2025, "annual_report", "平潭综合实验区"),
    ("pdf/hongze_2024.pypdf.txt", 0, 2024, "annual_report", "淮安市洪泽区人民政府"),
]


@pytest.mark.parametrize(("rel", "index", "year", "kind", "agency"), CASES_REAL)
def test_segment_identify_real_documents(rel, index, year, kind, agency):
    info, _ = _tree(rel, index)
    assert (info["year"], info["doc_type"], info["agency"]) == (year, kind, agency)
    assert set(info) == {"title", "agency", "region", "level", "year", "doc_type", "script", "flags"}


def test_segment_identify_placeholder_year_flagged():
    info, _ = _tree("seeds/001_36c5438335533f6b.txt")
    assert info["year"] is None and "year_placeholder" in info["flags"]


def test_segment_identify_traditional_script_and_region():
    info, _ = _tree("seeds/004_dbc5b446b184b6c3.txt")
    assert info["script"] == "traditional"
    assert (info["region"], info["level"]) == ("湛江市", "市")


def test_segment_t2021_tree_titles_levels_labels():
    _, secs = _tree("pingtan/202202_80613.html")
    assert secs[0].label == "preamble" and secs[0].title == ""
    assert _top(secs)[:3] == [
        ("一、总体情况", "overview"), ("二、主动公开政府信息情况", "proactive"),
        ("三、收到和处理政府信息公开申请情况", "requests"),
    ]
    subs = [x for x in secs if x.level == 2]
    assert subs[0].title == "（一）主动公开方面。" and subs[0].number == "（一）"
    assert [x.label for x in subs[:5]] == ["proactive", "requests", "management", "platforms", "supervision"]
    five = next(x for x in secs if x.title.startswith("五、"))
    assert (five.number, five.label, five.label2) == ("五", "problems", "plans")


def test_segment_table_rows_are_not_headings():
    _, secs = _tree("pingtan/202202_80613.html")
    assert not any("结转下年度" in x.title for x in secs)
    numbers = [x.number for x in secs if x.level == 1 and x.number]
    assert numbers == ["一", "二", "三", "四", "五", "六"]


def test_segment_pre2019_four_levels_nest():
    _, secs = _tree("pingtan/201901_80529.html")
    by_title = {x.title: x for x in secs}
    one = by_title["（一）着力加强公开解读回应工作"]
    sub = by_title["1.围绕建设法治政府全面推进政务公开"]
    leaf = next(x for x in secs if x.title.startswith("（1）政府工作公开透明"))
    assert (one.level, sub.level, leaf.level) == (2, 3, 4)
    assert leaf.parent_id == sub.section_id and sub.parent_id == one.section_id
    assert by_title["六、政府信息公开情况统计表"].label == "unknown"


def test_segment_regulation_chapters_and_articles():
    _, secs = _tree("seeds/003_6e4aca196ad0b146.txt", 1)
    chapters = [x for x in secs if x.number and x.number.endswith("章")]
    assert [x.title.replace(" ", "") for x in chapters][:2] == ["第一章总则", "第二章公开内容"]
    assert chapters[-1].title == "第六章 组织保障"
    articles = [x for x in secs if x.number and x.number.endswith("条")]
    assert len(articles) == 25 and all(a.level == 2 for a in articles)
    assert articles[4].title == "第五条" and articles[4].label == "proactive"


def test_segment_bare_headings_traditional_report():
    _, secs = _tree("seeds/004_dbc5b446b184b6c3.txt")
    assert _top(secs)[:4] == [("基本内容", "overview"), ("组织领导", "organisation"),
                              ("制度建设", "systems"), ("主动公开", "proactive")]
    carriers = [x for x in secs if x.level == 2]
    assert len(carriers) == 4 and all(x.label == "platforms" for x in carriers[:3])


def test_segment_inline_label_starts_section_and_children_are_plans():
    _, secs = _tree("seeds/001_36c5438335533f6b.txt")
    problems = next(x for x in secs if x.title == "工作中存在的问题")
    assert (problems.level, problems.label) == (1, "problems")
    kids = [x for x in secs if x.parent_id == problems.section_id]
    assert len(kids) == 6 and {x.label for x in kids} == {"plans"}


def test_segment_garbled_numbering_seed_002():
    _, secs = _tree("seeds/002_9647868684bfa74a.txt")
    first = next(x for x in secs if x.level == 1 and x.number)
    assert first.title.replace(",", "").replace("，", "").startswith("一、政府信息公开的组织领导")
    assert (first.label, first.label2) == ("organisation", "systems")


def test_segment_pdf_text_tree():
    _, secs = _tree("pdf/huaian_2024.pdfminer.txt")
    assert [t for t, _ in _top(secs) if t[0] in "一二三四五六"] == [
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


@pytest.mark.parametrize("rel", ["pingtan/202103_80595.html", "seeds/003_6e4aca196ad0b146.txt"])
def test_segment_sections_cover_document_and_map_to_original(rel):
    src, nt, grids = _read(rel)
    for s, e in segment.split_documents(nt):
        secs = segment.build_sections(nt, s, e, doc_id="d", skip=grids)
        tops = [x for x in secs if x.level == 1]
        assert tops[0].nstart == s and tops[-1].nend == e
        assert all(a.nend == b.nstart for a, b in pairwise(tops))
        assert [x.nstart for x in secs] == sorted(x.nstart for x in secs)
        for x in secs:
            if x.title:
                head = normalise.to_simplified(src.text[x.start:x.end])
                assert head.lstrip()[:2] == x.title[:2]


CASES_SYNTHETIC_FALSE_HEADINGS = [
    "前言。\n一、总体情况\n正文。\n3.属于列表的一项\n二、存在问题\n正文。",
    "前言。\n一、总体情况\n第二十条第（一）项\n二、存在问题\n正文。",
]


@pytest.mark.parametrize("text", CASES_SYNTHETIC_FALSE_HEADINGS)
def test_segment_sequence_rejects_out_of_order_numbers(text):
    heads = accept(find_candidates(text, 0, len(text)))
    assert [h.title for h in heads] == ["一、总体情况", "二、存在问题"]


def test_segment_single_document_span():
    _, nt, _ = _read("pingtan/202103_80595.html")
    assert segment.split_documents(nt) == [(0, len(nt.text))]
