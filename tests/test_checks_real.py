"""The breakdown check on real reports: parts summing to more than their total.

``arith.breakdown_exceeds_total`` must flag the report whose parts really add up
to more than the total it states (202103_80595: 2603 > 2602) and stay silent
where the parts of several breakdowns in one sentence used to be linked to the
first total (found by ``govreport check fixtures/pingtan fixtures/pdf fixtures/seeds``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import govreport_nlp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CODE = "arith.breakdown_exceeds_total"

CASES_REAL_FLAGGED = [
    # (file, total, sum of its parts)
    ("pingtan/202103_80595.html", 2602.0, 2603.0),
    ("pingtan/202103_80595.txt", 2602.0, 2603.0),
]

CASES_BUGS_CAUGHT = [
    "pingtan/201301_80725.html",   # ；then 答复总数21条 and its parts
    "pingtan/202001_80576.html",   # nested bracket (政府预决算32条、部门预决算公开165条) under 197
    "pdf/huaian_2024.pdf",         # ；then 行政诉讼 46 件 and its parts
    "pdf/huaian_2024.pdfminer.txt",
    "pingtan/202403_87885.html",   # ；between siblings with shares (占…%)
]


def _codes(path: Path) -> list[str]:
    return [f.code for f in govreport_nlp.load(path).findings]


@pytest.mark.parametrize(("rel", "total", "parts"), CASES_REAL_FLAGGED)
def test_checks_real_breakdown_exceeding_total_is_flagged(rel: str, total: float, parts: float) -> None:
    report = govreport_nlp.load(FIXTURES / rel)
    found = [f for f in report.findings if f.code == CODE]
    assert len(found) == 1
    assert f"total={total}" in found[0].detail and f"sum={parts}" in found[0].detail
    assert report.source.text[found[0].start:found[0].end] == str(int(total))


@pytest.mark.parametrize("rel", CASES_BUGS_CAUGHT)
def test_checks_real_no_false_breakdown_alarm(rel: str) -> None:
    assert CODE not in _codes(FIXTURES / rel)


def test_checks_real_compilation_seed_has_no_false_breakdown_alarm() -> None:
    reports = govreport_nlp.load_all(FIXTURES / "seeds/003_6e4aca196ad0b146.txt")
    assert len(reports) >= 5
    assert [r.doc_id for r in reports for f in r.findings if f.code == CODE] == []


def test_checks_real_nested_parts_add_up() -> None:
    """202001_80576: 380 = 152 + 197 + 27 + 4 and 197 = 32 + 165."""
    report = govreport_nlp.load(FIXTURES / "pingtan/202001_80576.html")
    by_id = {f.fact_id: f for f in report.facts}
    sums: dict[float, float] = {}
    for f in report.facts:
        if f.parent and f.value is not None:
            total = by_id[f.parent].value
            sums[total] = sums.get(total, 0.0) + f.value
    assert sums[380.0] == 380.0
    assert sums[197.0] == 197.0
