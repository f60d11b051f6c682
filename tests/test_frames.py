"""Frames and exports keep the contract's column names and every row.

The reports here are SYNTHETIC containers holding values of real reports.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from govreport_nlp.frames import COLUMNS, export, frames, records, to_json_line
from govreport_nlp.models import Cell, Fact, LoadError, Report, Section

SCHEMA = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


def _report() -> Report:
    r = Report("202202_80613.html", title="平潭综合实验区2021年度政府信息公开工作年度报告", agency="平潭综合实验区",
               year=2021, doc_type="annual_report", template="t2021", chars=3600)
    r.sections = [Section(r.doc_id, "s1", None, 1, "一", "一、总体情况", "overview", None, 10, 200)]
    r.facts = [Fact(r.doc_id, "requests.received", 70.0, "件", fact_id="f1", text="本年度全区共收到70件申请",
                    start=50, end=53, rule="test")]
    r.cells = [Cell(r.doc_id, "t3", "t2021", "t3.new.total", "一、本年新收政府信息公开申请数量", "总计", 70.0, "70",
                    "number", 300, 302),
               Cell(r.doc_id, "t4", "t2021", "t4.review.upheld", "行政复议", "结果维持", None, "", "blank", 400, 400)]
    return r


def test_frames_columns_follow_schema_section_tables():
    text = SCHEMA.read_text(encoding="utf-8")
    report_cols = re.findall(r"^\| (\w+)(?: / (\w+))? \|", text.split("## 2.")[0], re.M)
    names = {c for pair in report_cols for c in pair if c and c != "column"}
    assert names <= set(COLUMNS["report"])
    for col in ("doc_id", "section_id", "parent_id", "level", "number", "title", "label", "label2", "start", "end"):
        assert col in COLUMNS["section"]
    for col in ("doc_id", "table", "template", "cell", "row_label", "col_label", "value", "raw", "state",
                "start", "end"):
        assert col in COLUMNS["cell"]
    for col in ("path", "error", "message"):
        assert col in COLUMNS["error"]


def test_frames_records_have_kind_and_doc_id():
    recs = list(records([_report(), LoadError("x/bad.pdf", "unreadable", "PDF 文件已损坏")]))
    assert [r["kind"] for r in recs] == ["report", "section", "fact", "cell", "cell", "error"]
    assert all(r["doc_id"] for r in recs)
    assert json.loads(to_json_line(recs[0]))["agency"] == "平潭综合实验区"
    assert recs[-1]["doc_id"] == "bad.pdf"


def test_frames_blank_cells_stay_null_not_zero():
    df = frames([_report()])["cell"].set_index("cell")
    assert pd.isna(df.loc["t4.review.upheld", "value"])
    assert df.loc["t4.review.upheld", "state"] == "blank"
    assert df.loc["t3.new.total", "value"] == 70.0


@pytest.mark.parametrize("fmt", ["csv", "parquet", "excel", "duckdb"])
def test_frames_export_roundtrip(tmp_path, fmt):
    tables = frames([_report(), LoadError("bad.pdf", "unreadable", "损坏")])
    paths = export(tables, tmp_path / "out", fmt)
    assert all(p.exists() for p in paths)
    if fmt == "csv":
        back = pd.read_csv(tmp_path / "out" / "facts.csv")
        assert back.loc[0, "text"] == "本年度全区共收到70件申请"
    elif fmt == "parquet":
        back = pd.read_parquet(tmp_path / "out" / "cells.parquet")
        assert list(back.columns) == list(COLUMNS["cell"])
        assert back["value"].isna().sum() == 1
    elif fmt == "excel":
        sheets = pd.read_excel(paths[0], sheet_name=None)
        assert set(sheets) == {"reports", "sections", "facts", "cells", "findings", "errors"}
    else:
        import duckdb

        con = duckdb.connect(str(paths[0]))
        assert con.execute("select count(*) from cells").fetchone() == (2,)
        assert con.execute("select error from errors").fetchone() == ("unreadable",)
        con.close()


def test_frames_export_rejects_unknown_format(tmp_path):
    with pytest.raises(ValueError, match="不支持"):
        export(frames([]), tmp_path, "xml")
