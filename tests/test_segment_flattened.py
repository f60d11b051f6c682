"""Headings inside flattened text: the pingtan web extractions (*.txt) put the whole body on one line.

The .txt files are the same reports as the .html next to them; gold sections of the
html (fixtures/gold/<stem>.json) are the expected headings of the .txt.
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from govreport_nlp import pipeline
from govreport_nlp.headings import flat_candidates
from govreport_nlp.models import Report
from govreport_nlp.normalise import to_simplified

FIXTURES = Path(__file__).parent.parent / "fixtures"
PINGTAN = FIXTURES / "pingtan"
TXT_ALL = sorted(p.stem for p in PINGTAN.glob("*.txt"))
TXT_GOLD = [s for s in TXT_ALL if (FIXTURES / "gold" / f"{s}.json").exists()]
TXT_2019 = [s for s in TXT_ALL if int(s[:4]) >= 2020]  # reports on 2019 and later (published 2020+)
SIX_PARTS = {"overview", "proactive", "requests", "review_litigation", "problems", "other"}
TABLE_ROWS = ("结转下年度继续办理", "予以公开", "本年新收", "上年结转", "本年度办理结果", "不予处理", "总计")


@cache
def _report(stem: str) -> Report:
    reports = pipeline.load_all(PINGTAN / f"{stem}.txt")
    assert len(reports) == 1
    return reports[0]


def _norm(title: str) -> str:
    text = to_simplified(unicodedata.normalize("NFKC", title))
    return re.sub(r"[\W_]+", "", text)


def _matches(gold: str, titles: list[str]) -> bool:
    g = _norm(gold)
    return any(t == g or t.startswith(g[:10]) or g.startswith(t[:10]) for t in titles if t)


def test_segment_flattened_txt_is_one_line():
    # the premise: the body really is one line (the test is about flattened text)
    text = (PINGTAN / "202202_80613.txt").read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) > 3000


@pytest.mark.parametrize("stem", TXT_GOLD)
def test_segment_flattened_heading_recall(stem):
    gold = json.loads((FIXTURES / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    wanted = [s["title"] for s in gold["sections"] if s["level"] <= 2]
    titles = [_norm(s.title) for s in _report(stem).sections if s.label != "preamble"]
    found = sum(_matches(g, titles) for g in wanted)
    assert found / len(wanted) >= 0.9, (stem, [g for g in wanted if not _matches(g, titles)])


@pytest.mark.parametrize("stem", TXT_2019)
def test_segment_flattened_six_parts_present(stem):
    report = _report(stem)
    top = [s for s in report.sections if s.level == 1 and s.label != "preamble"]
    assert {s.label for s in top} >= SIX_PARTS
    assert [s.number for s in top] == ["一", "二", "三", "四", "五", "六"]


@pytest.mark.parametrize("stem", TXT_ALL)
def test_segment_flattened_table_rows_never_headings(stem):
    for s in _report(stem).sections:
        assert not any(row in s.title[:12] for row in TABLE_ROWS), s.title


def test_segment_flattened_exact_titles_2021():
    got = [(s.level, s.title, s.label) for s in _report("202202_80613").sections]
    assert got[0][2] == "preamble"
    assert got[1:8] == [
        (1, "一、总体情况", "overview"),
        (2, "（一）主动公开方面。", "proactive"),
        (2, "（二）依申请公开方面。", "requests"),
        (2, "（三）政府信息管理方面。", "management"),
        (2, "（四）平台载体建设方面。", "platforms"),
        (2, "（五）监督保障方面。", "supervision"),
        (1, "二、主动公开政府信息情况", "proactive"),
    ]
    titles = [s.title for s in _report("202202_80613").sections]
    assert "三、收到和处理政府信息公开申请情况" in titles
    assert "六、其他需要报告的事项" in titles


def test_segment_flattened_titles_without_punctuation():
    # headings running straight into their body: title ends where the body evidently begins
    t2020 = [(s.level, s.title) for s in _report("202103_80595").sections]
    assert (2, "（一）强化组织协调，着力规范公开工作") in t2020
    assert (2, "（二）围绕工作重点，扎实推进主动公开") in t2020
    t2023 = [(s.level, s.title) for s in _report("202403_87885").sections]
    assert (1, "五、存在的主要问题及改进情况") in t2023
    assert (2, "（一）主动公开方面") in t2023


def test_segment_flattened_pre2019():
    got = [(s.level, s.title, s.label) for s in _report("201412_80787").sections if s.level == 1]
    assert got[1:] == [(1, "一、2014年政府信息公开工作情况", "proactive"),
                       (1, "二、存在问题及下一步工作计划", "problems")]
    t2018 = [(s.level, s.title, s.label) for s in _report("201901_80529").sections]
    assert (1, "六、政府信息公开情况统计表", "unknown") in t2018
    assert (2, "（一）主动公开政府信息的数量", "proactive") in t2018
    for stem in TXT_ALL:
        first = next(s for s in _report(stem).sections if s.label != "preamble")
        assert first.number in ("一", "（一）"), stem


def test_segment_flattened_sections_cover_document():
    report = _report("202001_80576")
    secs = sorted((s for s in report.sections if s.level == 1), key=lambda s: s.nstart)
    assert all(a.nend == b.nstart for a, b in itertools.pairwise(secs))


CASES_SYNTHETIC_NOT_HEADINGS = [
    "按照第二十条第（一）项规定公开。统一、规范发布。",   # 第（一）项, 统一、
    "全年办理一、二类事项共3件，其中（一）类2件。",       # after a CJK word
]


@pytest.mark.parametrize("text", CASES_SYNTHETIC_NOT_HEADINGS)
def test_segment_flattened_synthetic_rejects_midsentence_numbers(text):
    assert flat_candidates(text, 0, len(text), score=lambda s: 5.0) == []
