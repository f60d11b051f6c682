"""Round-4 regressions of prose facts (synthetic sentences in the shape of real report openings)."""

from __future__ import annotations

import pytest

from govreport_nlp.facts import extract_facts_from_text
from govreport_nlp.numbers import find_numbers

Row = tuple[str, str | None, float | None, str | None]
Absence = tuple[str, str | None]


def _facts(text: str) -> list[Row]:
    return [(f.metric, f.category, f.value, f.unit) for f in extract_facts_from_text(text)]


def _absences(text: str) -> list[Absence]:
    return [(f.metric, f.category) for f in extract_facts_from_text(text) if f.qualifier == "none_stated"]


CASES_SYNTHETIC_FACT_MEANING: list[tuple[str, Row]] = [
    # 一 with a measure word right after a counted noun, ending its clause, is a count
    ("2022年本镇收到政府信息公开申请一件，已按时答复。", ("requests.received", None, 1.0, "件")),
    ("全年发生行政复议一起。", ("review.cases", "total", 1.0, "起")),
    # items sent up to the leadership are not published items
    ("我办通过网站公布信息600条，向区委区政府报送信息稿件45条。",
     ("other.count", "区委区政府报送信息稿件", 45.0, "条")),
    # items exempted from disclosure are not requests (no inheritance from the number before)
    ("全年公开政府信息30条，依申请公开1条，免于公开信息0条。", ("other.count", "免于公开信息", 0.0, "条")),
    # a part in 篇 of a published-items total in 条 is a published item
    ("主动公开政府信息50条。其中，通知公告6条，单位简介8篇，其他信息36条。",
     ("proactive.items", "单位简介", 8.0, "篇")),
]

CASES_SYNTHETIC_NOT_A_COUNT: list[str] = [
    "努力办好群众身边的一件事，收到申请一件事项也不能忽视",
    "把一项工作做实。",
]

CASES_SYNTHETIC_ABSENCES: list[tuple[str, Absence]] = [
    # 未涉及“不予公开” states that nothing was refused
    ("2016年未收到政府信息公开申请，也未涉及“不予公开”的政府信息。", ("requests.outcome", "denied")),
    ("2016年未收到政府信息公开申请，也未涉及“不予公开”的政府信息。", ("requests.received", None)),
    # old-template lines: topic, colon, bare 无
    ("2、行政机关依申请公开政府信息的数量：无。", ("requests.received", None)),
    ("3、不予以公开政府信息的数量：无。", ("requests.outcome", "denied")),
    ("4、政府信息公开的收费及减免情况：无。", ("fees.amount", "charged")),
    ("4、政府信息公开的收费及减免情况：无。", ("fees.amount", "waived")),
    ("5、因政府信息公开申请行政复议、提起行政诉讼的情况：无。", ("review.cases", "total")),
    ("5、因政府信息公开申请行政复议、提起行政诉讼的情况：无。", ("litigation.cases", "total")),
]

CASES_SYNTHETIC_NO_ABSENCE: list[str] = [
    "联系人：无。",
    "没有发生因不予公开引起的行政复议。",  # the refusal is the cause, not a stated zero
    "也未接到关于不予公开政府信息的电话咨询。",  # an absence of enquiries, not of refusals
]


@pytest.mark.parametrize(("text", "row"), CASES_SYNTHETIC_FACT_MEANING)
def test_facts_round4_meaning(text: str, row: Row) -> None:
    assert row in _facts(text)


@pytest.mark.parametrize("text", CASES_SYNTHETIC_NOT_A_COUNT)
def test_facts_round4_single_one_in_phrases_is_no_count(text: str) -> None:
    assert all(m.value != 1 for m in find_numbers(text))


@pytest.mark.parametrize(("text", "absence"), CASES_SYNTHETIC_ABSENCES)
def test_facts_round4_absences(text: str, absence: Absence) -> None:
    assert absence in _absences(text)


@pytest.mark.parametrize("text", CASES_SYNTHETIC_NO_ABSENCE)
def test_facts_round4_no_denied_absence(text: str) -> None:
    assert ("requests.outcome", "denied") not in _absences(text)
    if "联系人" in text:
        assert _absences(text) == []
