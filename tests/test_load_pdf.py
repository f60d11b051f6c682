"""PDF loader tests on three real Huai'an reports (t2021 tables)."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from govreport_nlp.load_pdf import strip_running_lines
from govreport_nlp.loaders import load_source
from govreport_nlp.models import Source, Table

PDF = Path(__file__).resolve().parent.parent / "fixtures" / "pdf"

# (file, pages, first line, a prose sentence, table-3 row 一 numbers, table-4 last row)
CASES_REAL = [
    ("hongze_2023.pdf", 5, "洪泽区人民政府", "2023 年全区受理政府信息公开申请 21 件，",
     ["21", "0", "0", "0", "0", "0", "21"], None),
    ("hongze_2024.pdf", 5, "淮安市洪泽区人民政府", "信息公开申请 17 件，均已在法定期限内予以答复。",
     ["95", "0", "0", "0", "0", "0", "95"],
     ["1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "2", "0", "1", "0", "3"]),
    ("huaian_2024.pdf", 6, "淮安市人民政府", "全市共受理政府信息公开申请 3119 件，答",
     ["3001", "53", "0", "0", "61", "4", "3119"],
     ["72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6", "20"]),
]


@functools.cache
def _load(name: str) -> Source:
    return load_source(PDF / name)


def _row(table: Table, label: str) -> list[str] | None:
    for row in table.rows:
        if any(c.text.startswith(label) for c in row[:3]):
            seen, out = set(), []
            for c in row:
                if c.origin not in seen and c.text.isdigit():
                    seen.add(c.origin)
                    out.append(c.text)
            return out
    return None


@pytest.mark.parametrize(("name", "pages", "first", "sentence", "row1", "t4"), CASES_REAL)
def test_load_pdf_text_pages_and_tables(name: str, pages: int, first: str, sentence: str,
                                        row1: list[str], t4: list[str] | None) -> None:
    src = _load(name)
    assert src.format == "pdf" and src.meta["pages"] == pages
    assert len(src.pages) == pages and src.pages[0] == 0 and list(src.pages) == sorted(src.pages)
    assert src.text.split("\n")[0] == first
    assert sentence in src.text
    assert "政府信息公开工作年度报告" in src.text[:60]
    for page_start in src.pages[1:]:
        assert src.text[page_start - 1] == "\n"
    # page numbers such as "- 3 -" are removed
    assert not any(ln.strip(" -—") .isdigit() for ln in src.text.split("\n"))
    table3 = next(t for t in src.tables if any("申请人情况" in c.text for c in t.rows[0]))
    assert _row(table3, "一、本年新收政府信息公开申请数量") == row1
    if t4 is not None:
        table4 = next(t for t in src.tables if t.rows[0][0].text == "行政复议")
        assert [c.text for c in table4.rows[-1]] == t4
    # the numbers of a table are rendered once, not again as prose
    assert src.text.count("一、本年新收政府信息公开申请数量") == 1


@pytest.mark.parametrize("name", [c[0] for c in CASES_REAL])
def test_load_pdf_offsets_and_no_cjk_spacing(name: str) -> None:
    src = _load(name)
    assert "人民政府" in src.text and "人 民 政 府" not in src.text
    for table in src.tables:
        assert table.page is not None and src.pages[table.page - 1] <= table.start
        for row in table.rows:
            for cell in row:
                assert src.text[cell.start:cell.end] == cell.text


def test_load_pdf_writing_paper_lines_stay_prose() -> None:
    src = _load("hongze_2023.pdf")
    # page 1 has ruled lines under every prose line: it must not become a one-column table
    assert all(t.n_cols >= 2 for t in src.tables)
    assert "（一）主动公开情况。主要通过政府门户网站主动公开政府" in src.text
    assert not any(t.start <= src.text.find("一、总体情况") < t.end for t in src.tables)


def test_load_pdf_table1_rows() -> None:
    src = _load("huaian_2024.pdf")
    table1 = next(t for t in src.tables if t.rows[0][0].text == "信息内容")
    assert [c.text for c in table1.rows[1]] == ["规章", "1", "0", "11"]
    assert [c.text for c in table1.rows[2]] == ["行政规范性文件", "8", "26", "66"]


CASES_SYNTHETIC_RUNNING = [
    ([["淮安市人民政府公报", "正文一", "第 1 页 共 3 页"],
      ["淮安市人民政府公报", "正文二", "第 2 页 共 3 页"],
      ["淮安市人民政府公报", "正文三", "— 3 —"]], [["正文一"], ["正文二"], ["正文三"]]),
    ([["标题", "12", "正文甲"], ["正文乙", "3/5"]], [["标题", "正文甲"], ["正文乙"]]),
]


@pytest.mark.parametrize(("pages", "expected"), CASES_SYNTHETIC_RUNNING)
def test_load_pdf_synthetic_running_lines(pages: list[list[str]], expected: list[list[str]]) -> None:
    assert strip_running_lines(pages) == expected  # type: ignore[arg-type]
