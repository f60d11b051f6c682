"""Round-3 regressions of prose facts (synthetic sentences in the shape of real report openings)."""

from __future__ import annotations

import pytest

from govreport_nlp.facts import extract_facts_from_text
from govreport_nlp.numbers import find_numbers

Row = tuple[str, str | None, float | None, str | None]


def _facts(text: str) -> list[Row]:
    return [(f.metric, f.category, f.value, f.unit) for f in extract_facts_from_text(text)]


CASES_SYNTHETIC_FACT_MEANING: list[tuple[str, Row]] = [
    # the item of a number starts after the number before it
    ("发布信息40条，其中动态30条，政策解读6条及其他信息4条。", ("proactive.items", "其他信息", 4.0, "条")),
    # 宗 counts applications like 件: parts in 宗 of a total in 件, also after a share
    ("本局共受理申请12件，其中当面申请2宗，占17%；网上申请10宗，占83%。", ("requests.received", "online", 10.0, "宗")),
    # an applicant type named by 以组织名义 + 提交
    ("以组织名义提交的申请有3件。", ("requests.received", "legal_person", 3.0, "件")),
    # the stock phrase naming every applicant gives no category
    ("共收到来自公民、法人或者其他组织的政府信息公开申请5件。", ("requests.received", None, 5.0, "件")),
    # a comparison with last year is a change, not a count
    ("共收到申请6件，比去年减少2件。", ("other.count", "比去年减少", 2.0, "件")),
    ("受理申请300件，同比上升3.5%。", ("other.count", None, 3.5, "%")),
    # t2021 reasons and pre-2019 outcome words
    ("其中，予以公开3件，属于四类过程性信息2件，本机关不掌握1件。", ("requests.outcome", "denied", 2.0, "件")),
    ("其中，予以公开3件，属于四类过程性信息2件，本机关不掌握1件。", ("requests.outcome", "unable", 1.0, "件")),
    ("已答复的5件申请中，“非本机关政府信息”的1件。", ("requests.outcome", "unable", 1.0, "件")),
    ("其中，予以公开2件，其他1件（申请人撤回）。", ("requests.outcome", "other", 1.0, "件")),
    # 被纠错 is a corrected case
    ("发生行政诉讼案件3件，被纠错1件。", ("litigation.cases", "corrected", 1.0, "件")),
    # hotline work orders counted in 条
    ("处理12345热线工单90条，涵盖投诉类70条与政策咨询类20条。", ("hotline.calls", None, 20.0, "条")),
    # a share that names its own noun does not inherit the number before
    ("网上申请8宗，占80%；大约50%属城建方面。", ("other.count", None, 50.0, "%")),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_FACT_MEANING)
def test_facts_round3_meaning(text: str, expected: Row) -> None:
    found = _facts(text)
    metric, category, value, unit = expected
    hits = [f for f in found if f[0] == metric and f[2] == value and f[3] == unit]
    assert hits, found
    if metric != "other.count" and metric != "hotline.calls":
        assert any(f[1] == category for f in hits), found


CASES_SYNTHETIC_NOT_COUNTED = [
    # 四类过程性信息 / 三类内部事务信息 name kinds of information, not counts
    ("属于四类过程性信息1件", [(1.0, "件")]),
    ("属于三类内部事务信息2件", [(2.0, "件")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_NOT_COUNTED)
def test_numbers_round3_kind_words(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(m.value, m.unit) for m in find_numbers(text)] == expected


CASES_SYNTHETIC_PLACEHOLDERS = [
    ("共发布信息*万余个", "个"),
    ("制发规范性文件＊件", "件"),
    ("公开信息xx万条", "条"),
]


@pytest.mark.parametrize(("text", "unit"), CASES_SYNTHETIC_PLACEHOLDERS)
def test_numbers_round3_placeholders(text: str, unit: str) -> None:
    found = find_numbers(text)
    assert [(m.value, m.unit, m.qualifier) for m in found] == [(None, unit, "placeholder")]


CASES_SYNTHETIC_ABSENCE_CARRY = [
    ("全年收到申请3件，均已办结，无下年度结转。", ("requests.carried_forward", None)),
    ("本年度无上年结转申请。", ("requests.carried_over", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_ABSENCE_CARRY)
def test_facts_round3_carry_absence(text: str, expected: tuple[str, str | None]) -> None:
    absences = [(f.metric, f.category) for f in extract_facts_from_text(text) if f.qualifier == "none_stated"]
    assert expected in absences
    assert ("requests.received", None) not in absences


def test_facts_round3_rules_compiled_like_lexicon() -> None:
    """The compiled rules keep the lexicon's order and fire like plain substring tests."""
    from govreport_nlp.facts import _rules, _triggers

    ids = [r["id"] for r in _triggers()["rules"] if "item" in r.get("scope", ("item", "clause"))]
    assert [r.id for r in _rules("item", "")] == ids
    rule = next(r for r in _rules("item", "") if r.id == "review")
    assert rule.fires("申请行政复议#", "件", "") and not rule.fires("申请#", "件", "")
