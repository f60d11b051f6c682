"""Tests of the standard statistical tables (tables.py): grids, text layers, run-together digits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govreport_nlp import loaders as load
from govreport_nlp import normalise
from govreport_nlp.models import Cell
from govreport_nlp.tables import EXPECTED_CELLS, TablesResult, read_tables, resolve_template, wide_table
from govreport_nlp.textmap import NormalizedText

FIXTURES = Path(__file__).parent.parent / "fixtures"

CASES_REAL_GRID = [
    "pingtan/202001_80576.html", "pingtan/202103_80595.html", "pingtan/202202_80613.html",
    "pingtan/202302_80629.html", "pingtan/202403_87885.html", "pingtan/202503_97791.html",
    "pingtan/202603_105587.html", "pdf/hongze_2023.pdf", "pdf/hongze_2024.pdf", "pdf/huaian_2024.pdf",
]
CASES_REAL_TEXT_LAYER = ["pdf/hongze_2023.pdfminer.txt", "pdf/hongze_2024.pypdf.txt",
                         "pdf/huaian_2024.pdfminer.txt"]
CASES_REAL_FLATTENED = ["202001_80576", "202103_80595", "202202_80613", "202302_80629", "202403_87885",
                        "202503_97791", "202603_105587"]
# Reports whose table 3 breaks new + carried_over = total + carried_forward in the 总计 column
# (as printed; checking is the checks stage's job).
CASES_REAL_T3_IDENTITY_BROKEN: set[str] = set()  # none of the fixtures breaks it (checked below)
CASES_REAL_PRE2019 = ["pingtan/201901_80529.html", "pingtan/201601_80445.txt"]


def _gold(rel: str) -> dict:
    path = FIXTURES / "gold" / f"{Path(rel).name.rsplit('.', 1)[0]}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _read(rel: str, year: int | None = None) -> tuple[TablesResult, str]:
    source = load.load_source(FIXTURES / rel)
    nt = normalise.normalise(source.text)
    res = read_tables(nt, 0, len(nt.text), doc_id=Path(rel).name, year=year, grids=list(source.tables))
    return res, source.text


def _accuracy(res: TablesResult, gold: dict) -> float:
    pred = {c.cell: c for c in res.cells}
    ok = 0
    for cid, g in gold["cells"].items():
        p = pred.get(cid)
        if p and p.state == g["state"] and (g["state"] != "number" or p.value == pytest.approx(g["value"])):
            ok += 1
    return ok / len(gold["cells"])


@pytest.mark.parametrize("rel", CASES_REAL_GRID + CASES_REAL_TEXT_LAYER)
def test_tables_cells_match_gold(rel: str) -> None:
    gold = _gold(rel)
    res, _ = _read(rel, gold["year"])
    assert _accuracy(res, gold) >= 0.98
    assert resolve_template(res, gold["year"], "annual_report") == gold["template"]


@pytest.mark.parametrize("rel", CASES_REAL_GRID)
def test_tables_grid_offsets_point_at_cells(rel: str) -> None:
    res, text = _read(rel)
    for c in res.cells:
        if c.state == "number":
            assert text[c.start:c.end].strip() == c.raw.strip()


@pytest.mark.parametrize("stem", CASES_REAL_FLATTENED)
def test_tables_flattened_text_equals_html(stem: str) -> None:
    html, _ = _read(f"pingtan/{stem}.html")
    txt, text = _read(f"pingtan/{stem}.txt")
    want = {c.cell: (c.state, c.value) for c in html.cells}
    got = {c.cell: (c.state, c.value) for c in txt.cells}
    assert got, stem
    assert {k: v for k, v in got.items() if want.get(k) != v} == {}
    # tables 3 and 4 are complete; only table-2 rows whose digits ran together
    # without an identity to split them are left out
    assert {k for k in want if k not in got and not k.startswith("t2.")} == set()
    for c in txt.cells:
        assert text[c.start:c.end] in "".join(ch for ch in c.raw) or c.raw in text[c.start:c.end]


def test_tables_flattened_split_is_inferred() -> None:
    res, text = _read("pingtan/202503_97791.txt")
    cell = {c.cell: c for c in res.cells}["t3.new.natural_person"]
    assert (cell.value, cell.inferred, cell.rule) == (217.0, True, "t3.split_by_identity")
    assert text[cell.start:cell.end] == "217"


def test_tables_ambiguous_t2_row_is_left_out() -> None:
    res, _ = _read("pingtan/202202_80613.txt")
    ids = {c.cell: c.value for c in res.cells}
    assert "t2.normative_docs.issued" not in ids  # "693665": no identity decides 69|3|665
    assert ids["t2.regulations.issued"] == 0.0  # "000" can only be 0|0|0
    assert ids["t2.fees.amount_10k_yuan"] == 24252.311082


def test_tables_column_major_text_layer() -> None:
    res, _ = _read("pdf/huaian_2024.pdfminer.txt", 2024)
    ids = {c.cell: c.value for c in res.cells}
    assert [ids[f"t3.new.{c}"] for c in ("natural_person", "commercial", "legal_services", "total")] == \
        [3001.0, 53.0, 61.0, 3119.0]
    assert [ids[f"t2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [1.0, 0.0, 11.0]


def _t3_total_identity(res: TablesResult) -> bool:
    v = {c.cell: c.value for c in res.cells}
    left = v["t3.new.total"] + v["t3.carried_over.total"]
    return left == v["t3.total.total"] + v["t3.carried_forward.total"]


@pytest.mark.parametrize("rel", CASES_REAL_GRID + CASES_REAL_TEXT_LAYER)
def test_tables_t3_identity_of_totals(rel: str) -> None:
    res, _ = _read(rel)
    assert _t3_total_identity(res) == (Path(rel).name not in CASES_REAL_T3_IDENTITY_BROKEN), rel


def test_tables_docx_grid_synthetic_from_real(tmp_path: Path) -> None:
    """A Word table with the numbers of 202202_80613 table 3, 合计 for 总计 and a note column."""
    docx = pytest.importorskip("docx")
    rows = [
        ("一、本年新收政府信息公开申请数量", [64, 0, 0, 2, 0, 4, 70]),
        ("二、上年结转政府信息公开申请数量", [0] * 7),
        ("（一）予以公开", [27, 0, 0, 2, 0, 1, 30]),
        ("（二）部分公开(区分处理的，只计这一情形，不计其他情形)", [5, 0, 0, 0, 0, 0, 5]),
        ("5.属于三类内部事务信息", [1, 0, 0, 0, 0, 0, 1]),
        ("1.本机关不掌握相关政府信息", [22, 0, 0, 0, 0, 3, 25]),
        ("3.其他", [1, 0, 0, 0, 0, 0, 1]),
        ("（七）总计", [63, 0, 0, 2, 0, 4, 69]),
        ("四、结转下年度继续办理", [1, 0, 0, 0, 0, 0, 1]),
    ]
    doc = docx.Document()
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    table = doc.add_table(rows=len(rows) + 1, cols=9)
    header = ["", "自 然 人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "合计", "备注"]
    for j, h in enumerate(header):
        table.cell(0, j).text = h
    for i, (label, nums) in enumerate(rows, start=1):
        table.cell(i, 0).text = label
        for j, n in enumerate(nums, start=1):
            table.cell(i, j).text = str(n)
        table.cell(i, 8).text = "无"
    path = tmp_path / "synthetic_202202_t3.docx"
    doc.save(path)
    source = load.load_source(path)
    nt = normalise.normalise(source.text)
    res = read_tables(nt, 0, len(nt.text), doc_id="d", year=2021, grids=list(source.tables))
    ids = {c.cell: c.value for c in res.cells}
    assert ids["t3.new.total"] == 70.0 and ids["t3.unable_not_held.other_org"] == 3.0
    assert ids["t3.other_misc.natural_person"] == 1.0 and ids["t3.partial.total"] == 5.0
    assert not any(c.col_label == "备注" for c in res.cells)


CASES_SYNTHETIC_MARKDOWN = """三、收到和处理政府信息公开申请情况
| 项目 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |
|---|---|---|---|---|---|---|---|
| 一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95 |
| 二、上年结转政府信息公开申请数量 | 0 | / | | 0 | 0 | 0 | 0 |
| （七）总计 | 95 | 0 | 0 | 0 | 0 | 0 | 95 |
| 四、结转下年度继续办理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""


def test_tables_markdown_pipes_synthetic_from_real() -> None:
    nt = NormalizedText.unchanged(CASES_SYNTHETIC_MARKDOWN)
    res = read_tables(nt, 0, len(nt.text), doc_id="md", year=2024, grids=[])
    cells = {c.cell: c for c in res.cells}
    assert cells["t3.new.natural_person"].value == 95.0
    dash = cells["t3.carried_over.commercial"]
    assert (dash.state, dash.value, dash.raw) == ("dash", None, "/")
    blank = cells["t3.carried_over.research"]
    assert (blank.state, blank.value, blank.start == blank.end) == ("blank", None, True)
    md = CASES_SYNTHETIC_MARKDOWN
    assert res.ranges[0] == (md.index("本年新收"), md.rindex("0 |") + len("0 |"))


def test_tables_values_with_notes_and_negatives() -> None:
    text = ("第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
            "规范性文件\t22（其中修订16件）\t89\t89\n行政处罚\t2648\t-18\t538\n")
    nt = NormalizedText.unchanged(text)
    res = read_tables(nt, 0, len(text), doc_id="x", year=2020, grids=[])
    cells = {c.cell: c for c in res.cells}
    assert cells["t2.normative_docs.new_made"].value == 22.0
    assert cells["t2.normative_docs.new_made"].raw == "22（其中修订16件）"
    assert cells["t2.penalty.change"].value == -18.0


@pytest.mark.parametrize("rel", CASES_REAL_PRE2019)
def test_tables_pre2019_reports_have_no_cells(rel: str) -> None:
    res, _ = _read(rel)
    assert res.cells == []
    assert resolve_template(res, 2015, "annual_report") == "pre2019"
    assert resolve_template(res, None, "work_summary") == "free"


def test_tables_expected_cells_and_wide_table() -> None:
    assert len(EXPECTED_CELLS["t2019"]) == 198 and len(EXPECTED_CELLS["t2021"]) == 200
    res, _ = _read("pingtan/202202_80613.html")
    assert {c.cell for c in res.cells} == EXPECTED_CELLS["t2021"]
    wide = wide_table(res.cells, "t3")
    assert wide.shape == (25, 7)
    assert wide.loc["unable_not_held", "total"] == 25.0
    assert wide_table(res.cells, "t4").loc["litigation_direct", "upheld"] == 12.0


def test_tables_template_from_year_when_tables_disagree() -> None:
    # hongze 2024: t2 of 2021, one （六）其他处理 row of 2019 in t3; gold says t2021
    res, _ = _read("pdf/hongze_2024.pypdf.txt", 2024)
    assert res.templates["t2"] == "t2021" and res.templates["t3"] == "t2019"
    assert resolve_template(res, 2024, "annual_report") == "t2021"
    assert all(isinstance(c, Cell) and c.template == "t2021" for c in res.cells)
