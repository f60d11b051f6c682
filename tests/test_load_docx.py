"""DOCX loader tests: a synthetic .docx built from real report numbers (202202_80613 table 3)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from govreport_nlp import errors
from govreport_nlp.loaders import load_bytes, load_source

# real rows of table 3 in fixtures/pingtan/202202_80613.html
HEADER = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]
ROWS_REAL = [
    ("一、本年新收政府信息公开申请数量", ["64", "0", "0", "2", "0", "4", "70"]),
    ("二、上年结转政府信息公开申请数量", ["0", "0", "0", "0", "0", "0", "0"]),
    ("四、结转下年度继续办理", ["1", "0", "0", "0", "0", "0", "1"]),
]


def _build_synthetic_docx(path: Path) -> None:
    doc = docx.Document()
    doc.add_paragraph("平潭综合实验区2021年度政府信息公开工作年度报告")
    doc.add_paragraph("三、收到和处理政府信息公开申请情况")
    table = doc.add_table(rows=3 + len(ROWS_REAL), cols=8)
    corner = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
    table.cell(0, 0).merge(table.cell(2, 0)).text = corner
    table.cell(0, 1).merge(table.cell(0, 7)).text = "申请人情况"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "自然人"
    table.cell(1, 2).merge(table.cell(1, 6)).text = "法人或其他组织"
    table.cell(1, 7).merge(table.cell(2, 7)).text = "总计"
    for i, name in enumerate(HEADER[1:6], start=2):
        table.cell(2, i).text = name
    for r, (label, values) in enumerate(ROWS_REAL, start=3):
        table.cell(r, 0).text = label
        for c, v in enumerate(values, start=1):
            table.cell(r, c).text = v
    doc.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    doc.save(str(path))


def test_load_docx_synthetic_real_numbers_grid(tmp_path: Path) -> None:
    path = tmp_path / "synthetic_202202_80613.docx"
    _build_synthetic_docx(path)
    src = load_source(path)
    assert src.format == "docx" and len(src.tables) == 1
    lines = src.text.split("\n")
    assert lines[0] == "平潭综合实验区2021年度政府信息公开工作年度报告"
    assert lines[1] == "三、收到和处理政府信息公开申请情况"
    assert src.text.rstrip("\n").endswith("四、政府信息公开行政复议、行政诉讼情况")  # document order kept
    (table,) = src.tables
    assert (table.n_rows, table.n_cols) == (6, 8)
    assert table.rows[2][0].origin == (0, 0) and table.rows[2][0].rowspan == 3
    assert [c.text for c in table.rows[0][1:]] == ["申请人情况"] * 7
    assert [c.text for c in table.rows[2][1:]] == HEADER[:1] + HEADER[1:6] + ["总计"]
    for r, (label, values) in enumerate(ROWS_REAL, start=3):
        assert [c.text for c in table.rows[r]] == [label, *values]
    for row in table.rows:
        for cell in row:
            assert src.text[cell.start:cell.end] == cell.text
    row3 = src.text[table.start:table.end].split("\n")[3]
    assert row3 == "一、本年新收政府信息公开申请数量\t64\t0\t0\t2\t0\t4\t70"


def test_load_docx_wrongly_named_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "synthetic.docx"
    _build_synthetic_docx(path)
    src = load_bytes(path.read_bytes(), "report.txt")
    assert src.format == "docx" and src.tables


def test_load_docx_zip_without_document_is_unsupported(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("a.txt", "年报")
    with pytest.raises(errors.UnsupportedFormatError):
        load_source(path)


def test_load_docx_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(errors.EmptyInputError):
        load_source(path)
