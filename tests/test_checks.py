"""Checks: the catalogue, table identities, prose against tables, hygiene.

Cells here are SYNTHETIC but use the real numbers of pingtan 202202_80613's
table 3 (new 64+6 … ), altered where a test needs a defect.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govreport_nlp.checks import catalogue, check_batch, check_tables, check_text, finding, run_checks
from govreport_nlp.models import Cell, Fact, Report, Source

DOCS = Path(__file__).resolve().parents[1] / "docs" / "findings.md"


def _cell(cid: str, value: float | None, state: str = "number", raw: str | None = None) -> Cell:
    table = cid.split(".")[0]
    return Cell("d", table, "t2021", cid, cid.split(".")[1], cid.split(".")[2], value,
                raw if raw is not None else ("" if value is None else f"{value:g}"), state, 0, 0)


def test_checks_catalogue_and_docs_in_step():
    documented = set(re.findall(r"^\| `([a-z_.0-9]+)` \|", DOCS.read_text(encoding="utf-8"), re.M))
    assert documented == set(catalogue())
    for code, entry in catalogue().items():
        assert entry["severity"] in ("error", "warning", "info"), code


def test_checks_uncatalogued_code_is_refused():
    with pytest.raises(KeyError):
        finding("d", "no.such.code")


def test_checks_t3_balance_holds_for_consistent_synthetic_totals():
    cells = [_cell("t3.new.total", 70), _cell("t3.carried_over.total", 0), _cell("t3.total.total", 69),
             _cell("t3.carried_forward.total", 1)]
    assert check_tables(Report("d", cells=cells)) == []


def test_checks_t3_balance_broken_is_an_error_with_the_cells():
    cells = [_cell("t3.new.total", 70), _cell("t3.carried_over.total", 0), _cell("t3.total.total", 68),
             _cell("t3.carried_forward.total", 1)]
    found = check_tables(Report("d", cells=cells))
    assert [f.code for f in found] == ["arith.t3_balance"]
    assert found[0].severity == "error"
    assert "t3.total.total" in found[0].cells
    assert "70" in found[0].message and "68" in found[0].message


def test_checks_blank_is_not_zero_and_is_reported_separately():
    cells = [_cell("t4.review.upheld", None, "blank"), _cell("t4.review.total", 0)]
    found = check_tables(Report("d", cells=cells))
    assert [f.code for f in found] == ["plaus.blank_cells"]


def test_checks_t4_total_mismatch():
    cells = [_cell(f"t4.review.{c}", v) for c, v in
             (("upheld", 1), ("corrected", 1), ("other", 0), ("pending", 0), ("total", 3))]
    assert [f.code for f in check_tables(Report("d", cells=cells))] == ["arith.t4_total"]


def test_checks_rate_over_100_from_a_fact():
    fact = Fact("d", "requests.completion_rate", 100.17, "%", text="结案率100.17%", fact_id="d:f1")
    found = run_checks(Report("d", facts=[fact]))
    assert [f.code for f in found] == ["plaus.rate_over_100"]


def test_checks_text_table_mismatch():
    fact = Fact("d", "requests.received", 71, "件", fact_id="d:f1", text="共收到71件申请")
    found = run_checks(Report("d", facts=[fact], cells=[_cell("t3.new.total", 70)]))
    assert "text_table.mismatch" in [f.code for f in found]


def test_checks_placeholders_and_pinyin_in_real_seed_sentences():
    text = "xxxx年,通过门户网站主动公开发布政府信息xxx条。認(rèn)真落實,,"
    report = Report("d", source=Source("d", text, "text"), start=0, end=len(text), script="mixed")
    codes = [f.code for f in check_text(report)]
    assert codes.count("hygiene.placeholder") == 2
    assert "hygiene.garbled_pinyin" in codes
    assert "hygiene.doubled_punctuation" in codes
    assert "hygiene.traditional_script" in codes
    pinyin = next(f for f in check_text(report) if f.code == "hygiene.garbled_pinyin")
    assert text[pinyin.start:pinyin.end] == "認(rèn)"


def test_checks_batch_carry_over_between_years():
    prev = Report("a", agency="平潭综合实验区", year=2021, cells=[_cell("t3.carried_forward.total", 1)])
    this = Report("b", agency="平潭综合实验区", year=2022, cells=[_cell("t3.carried_over.total", 2)])
    found = check_batch([prev, this])
    assert [(f.doc_id, f.code) for f in found] == [("b", "batch.carry_over_mismatch")]


# Real defects that the hand-checked gold lists under "problems" (fixtures/gold/*.json).
CASES_REAL_PROBLEMS = [
    ("pdf/hongze_2023.pdf", "structure.mixed_template", None),          # gold: wrong_template
    ("pdf/hongze_2023.pdf", "arith.t4_total", "t4.review.total"),       # gold: t4_total_mismatch
    ("pingtan/202103_80595.html", "arith.t3_total_row", "t3.total.total"),  # gold: t3_total_mismatch
    ("pingtan/202302_80629.html", "text_table.mismatch", "t3.new.total"),   # gold: text_table_mismatch
    ("pdf/hongze_2024.pdf", "text_table.mismatch", "t3.new.total"),         # gold: text_table_mismatch
]


@pytest.mark.parametrize(("rel", "code", "cell"), CASES_REAL_PROBLEMS,
                         ids=[f"{r}:{c}" for r, c, _ in CASES_REAL_PROBLEMS])
def test_checks_real_problems_from_gold_are_found(rel, code, cell):
    import govreport_nlp

    report = govreport_nlp.load(Path(__file__).resolve().parents[1] / "fixtures" / rel)
    found = [f for f in report.findings if f.code == code]
    assert found, [f.code for f in report.findings]
    if cell:
        assert any(cell in f.cells for f in found)
        assert all(f.start is not None and f.start < f.end for f in found)


def test_checks_real_consistent_report_has_no_arithmetic_errors():
    import govreport_nlp

    report = govreport_nlp.load(Path(__file__).resolve().parents[1] / "fixtures" / "pingtan" / "202202_80613.html")
    assert [f.code for f in report.findings if f.code.startswith(("arith.", "structure."))] == []


def test_checks_synthetic_misnumbered_and_empty_parts_and_stale_year():
    import govreport_nlp

    text = ("某县2021年度政府信息公开工作年度报告\n一、总体情况\n2020年，我县认真贯彻《条例》。\n"
            "二、主动公开政府信息情况\n本年主动公开信息12条。\n四、政府信息公开行政复议、行政诉讼情况\n\n"
            "五、存在的主要问题及改进情况\n人员不足。\n")
    report = govreport_nlp.parse(text, doc_id="synthetic")
    codes = {f.code: f for f in report.findings}
    assert codes["structure.part_misnumbered"].message.endswith("一、二、四、五")
    assert codes["structure.part_empty"].message == "“四、政府信息公开行政复议、行政诉讼情况”部分没有内容"
    stale = codes["hygiene.year_mismatch"]
    assert text[stale.start:stale.end] == "2020"
