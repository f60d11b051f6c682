"""Regression tests for page openings (web pages saved as text): cases the
real-page review found. Every case is SYNTHETIC — written for these tests in the
shape of the pages, standard template labels with our own numbers and sentences.
"""

from __future__ import annotations

import pytest

from govreport_nlp.facts import extract_facts_from_text
from govreport_nlp.numbers import find_numbers

# (text, [(metric, value, unit, qualifier)] expected in order; categories not asserted).
# A part that is itself called 政策解读 keeps interpretation.items (as fixtures/gold/003 annotates it);
# the other parts stay published items.
CASES_SYNTHETIC_PROACTIVE_PARTS = [
    ("全年主动公开政府信息60条，其中工作动态30条，政策解读5条，建议提案办理信息3条，财政数据2条。",
     [("proactive.items", 60, "条"), ("proactive.items", 30, "条"), ("interpretation.items", 5, "条"),
      ("proactive.items", 3, "条"), ("proactive.items", 2, "条")]),
    ("2020年，某街道通过区政府网站报送信息50条，审核推送31条，其中工作动态28条、政策文件3条。",
     [("other.count", 50, "条"), ("proactive.items", 31, "条"), ("proactive.items", 28, "条"),
      ("proactive.items", 3, "条")]),
    ("本单位共新增主动公开政府信息40条。其中，政务动态类信息36条，占90%；其他类信息4条，占10%。",
     [("proactive.items", 40, "条"), ("proactive.items", 36, "条"), ("proactive.items", 90, "%"),
      ("proactive.items", 4, "条"), ("proactive.items", 10, "%")]),
]

CASES_SYNTHETIC_NOT_FACTS = [
    "全文包括总体情况、主动公开情况、存在的问题等四个部分。",
    "乡镇政务公开工作总结汇编（9篇）",
    "admin 分享 共计8800个字，预计阅读时长30分钟。",
    "3.某某镇2023年度政务公开工作总结 12",
    "县委十五届三次全会召开后，我局认真学习。",
    "广泛宣传“惠企20条”等政策。",
]

CASES_SYNTHETIC_ABSENCES = [
    ("本年度未收到行政许可申请；未接到政府信息公开申请。", [("requests.received", None)]),
    ("本年度本单位没有信息公开的收费及减免情况。", [("fees.amount", "charged"), ("fees.amount", "waived")]),
    ("本年度未发生与诉讼有关的费用支出。", [("other.count", "与诉讼有关的费用支出")]),
    ("未对申请人依申请公开政府信息收取任何费用。", [("fees.amount", "charged")]),
    ("本年度信息公开一律免费提供，未收取任何费用。", [("fees.amount", "charged")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_PROACTIVE_PARTS)
def test_facts_pages_parts_of_published_total_stay_proactive(text: str, expected: list) -> None:
    found = [(f.metric, f.value, f.unit) for f in extract_facts_from_text(text)]
    assert found == expected


def test_facts_pages_parts_point_at_their_total() -> None:
    facts = extract_facts_from_text("全年主动公开政府信息60条，其中工作动态30条，政策解读5条。")
    assert [f.parent for f in facts] == [None, facts[0].fact_id, facts[0].fact_id]


@pytest.mark.parametrize("text", CASES_SYNTHETIC_NOT_FACTS)
def test_facts_pages_furniture_and_names_are_not_facts(text: str) -> None:
    assert extract_facts_from_text(text) == []


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_ABSENCES)
def test_facts_pages_absences_once_and_only_for_disclosure(text: str, expected: list) -> None:
    found = [(f.metric, f.category) for f in extract_facts_from_text(text) if f.qualifier == "none_stated"]
    assert found == expected


def test_facts_pages_wrapped_number_lines_are_joined() -> None:
    text = ("二、主动公开政府信息情况\n本区到年底累计主动公开政府信息\n4321\n条，全文电子化率达\n88.5%\n"
            "，其中新增\n1200\n条。")
    found = [(f.metric, f.value, f.unit) for f in extract_facts_from_text(text)]
    assert found == [("proactive.items", 4321, "条"), ("proactive.fulltext_rate", 88.5, "%"),
                     ("proactive.items", 1200, "条")]


def test_facts_pages_book_title_left_of_number_triggers_nothing() -> None:
    facts = extract_facts_from_text("修订了《某局政策解读工作制度》等5项制度。")
    assert [(f.metric, f.value) for f in facts] == [("other.count", 5)]


def test_facts_pages_named_unit_and_carry_over_typo() -> None:
    facts = extract_facts_from_text("答复申请30件（含上年度转结申请2件），解读政策文件12篇次。")
    assert [(f.metric, f.value, f.unit) for f in facts] == [
        ("requests.outcome", 30, "件"), ("requests.carried_over", 2, "件"), ("interpretation.items", 12, "篇次")]


def test_facts_pages_application_point_is_not_a_request() -> None:
    facts = extract_facts_from_text("设立了12个信息申请受理点。")
    assert [f.metric for f in facts] == ["other.count"]


def test_numbers_pages_quoted_name_and_session_ordinal() -> None:
    assert find_numbers('推出"便民10条"举措') == []
    assert [(m.value, m.unit) for m in find_numbers("开展“一网通办”培训3次")] == [(3.0, "次")]
    assert find_numbers("五届四次全会") == []


# (sentence, metric, category, value) of one stated number
CASES_SYNTHETIC_REQUEST_FIGURES = [
    ("本年共收到政府信息公开申请9件，其中申请人自行撤回2件，依法答复7件。", "requests.outcome", "other", 2),
    ("全年受理依申请公开3件，均按时办结，完成率100%。", "requests.completion_rate", None, 100),
]


@pytest.mark.parametrize(("text", "metric", "category", "value"), CASES_SYNTHETIC_REQUEST_FIGURES)
def test_facts_pages_withdrawals_and_completion_rates(text: str, metric: str, category: str | None,
                                                      value: float) -> None:
    found = [(f.metric, f.category if f.metric == "requests.outcome" else None)
             for f in extract_facts_from_text(text) if f.value == value]
    assert (metric, category) in found
