"""Tables of web pages flattened to pipe-markdown (tables.py, table_text.py).

Every case here is SYNTHETIC: written for these tests in the shapes that web
page openings take (one row per line, one cell per line, runs of empty cells,
split header words, a page cut off inside a table), with our own numbers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport_nlp import loaders, normalise
from govreport_nlp.pipeline import analyse_source
from govreport_nlp.table_text import tokenize
from govreport_nlp.tables import read_tables, resolve_template

# one row per line; label cells spanning columns leave empty cells before the values,
# grid padding leaves "||" after them
CASES_SYNTHETIC_ROW_PER_LINE = """某某县农业局2021年政府信息公开工作年度报告
一、总体情况
2021年，我局认真落实条例要求。
二、主动公开政府信息情况
| 第二十条第（一）项 | | | |
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | / | / | / |
| 行政规范性文件 | 2 | 1 | 7 |
| 第二十条第（五）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政许可 | 15 | | |
| 第二十条第（六）项 | | | |
| 信息内容 | 本年处理决定数量 | | |
| 行政处罚 | 4 | | |
| 行政强制 | 0 | | |
| 第二十条第（八）项 | | | |
| 信息内容 | 本年收费金额（单位：万元） | | |
| 行政事业性收费 | 0.5 | | |
三、收到和处理政府信息公开申请情况
| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | | 申请人情况 | | | | | | |
| | | | 自然人 | 法人或其他组织 | | | | | 总计 |
| | | | | 商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |
| 一、本年新收政府信息公开申请数量 | | | 3 | 0 | 0 | 0 | 0 | 0 | 3 | ||
| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||
| 三、本年度办理结果 | （一）予以公开 | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |
| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | 1 | | 0 | 0 | 0 | 0 | 1 |
| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
"""

# one cell per line: "X |" a cell, "|" an empty cell, "|||" a run of empty header cells
CASES_SYNTHETIC_CELL_PER_LINE = """某某镇人民政府2020年政府信息公开工作年度报告
一、总体情况
2020年，我镇按照要求做好政府信息公开工作。
二、主动公开政府信息情况
第二十条第（一）项 |
|||
信息内容 |
本年新 制作数量 |
本年新 公开数量 |
对外公开总数量 |
规章 |
/ |
/ |
/ |
规范性文件 |
1 |
|
6 |
第二十条第（五）项 |
|||
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政许可 |
12 |
-2 |
10 |
其他对外管理服务事项 |
|
|
|
三、收到和处理政府信息公开申请情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |
申请人情况 |
自然人 |
法人或其他组织 |
总计 |
商业 企业 |
科研 机构 |
社会公益组织 |
法律服务机构 |
其他 |
一、本年新收政府信息公开申请数量 |
4 |
0 |
0 |
0 |
1 |
0 |
5 |
二、上年结转政府信息公开申请数量 |
0 |
|
|
|
|
|
0 |
三、本年度办理结果 |
（一）予以公开 |
3 |
0 |
0 |
0 |
1 |
0 |
4 |
（二）部分公开（区分处理的，只计这一情形，不计其他情形） |
1 |
"""

# empty cells gathered in one run at the end of each row: the values cannot be placed
CASES_SYNTHETIC_GATHERED_BLANKS = """二、主动公开政府信息情况
第二十条第（一）项 |
||||
信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
|
规章 |
0 |
0 |
0 |
|
规范性文件 |
2 |
2 |
9 |
|
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 |
6 |
6 |
|||||||
二、上年结转政府信息公开申请数量 |
0 |
0 |
|||||||
三、本年度办理结果 |
（一）予以公开 |
6 |
6 |
||||||
（三）不予公开 |
1.
"""

# a table printed with its labels and no values
CASES_SYNTHETIC_LABELS_ONLY = """某某乡2019年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年新制作数量
本年新公开数量
对外公开总数量
规章
规范性文件
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量
二、上年结转政府信息公开申请数量
三、本年度办理结果
（一）予以公开
（二）部分公开（区分处理的，只计这一情形，不计其他情形）
（六）其他处理
（七）总计
四、结转下年度继续办理
"""

# a PDF text layer: column words printed one character per line, then the 15 values
CASES_SYNTHETIC_T4_SPLIT_HEADER = """四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
未经复议直接起诉 复议后起诉
结 结 其 尚
结 结 其 尚 结 结 其 尚
果 果 他 未
总计 果 果 他 未 总 果 果 他 未 总
维 纠 结 审
维 纠 结 审 计 维 纠 结 审 计
持 正 果 结
持 正 果 结 持 正 果 结
1 0 0 0 1 0 0 0 0 0 2 0 0 1 3
五、存在的主要问题及改进情况
"""

# table 4 with one cell per line, and with a leading empty cell and padding on one line
CASES_SYNTHETIC_T4_PIPES = [
    ("四、政府信息公开行政复议、行政诉讼情况\n行政复议 |\n行政诉讼 |\n结果维持 |\n结果纠正 |\n其他结果 |\n"
     "尚未审结 |\n总计 |\n未经复议直接起诉 |\n复议后起诉 |\n"
     "1 |\n0 |\n0 |\n0 |\n1 |\n|\n0 |\n0 |\n0 |\n0 |\n0 |\n0 |\n1 |\n0 |\n1 |\n五、存在的主要问题及改进情况\n",
     {"t4.review.total": ("number", 1.0), "t4.litigation_direct.upheld": ("blank", None),
      "t4.litigation_after_review.other": ("number", 1.0)}),
    ("四、政府信息公开行政复议、行政诉讼情况\n| 行政复议 | | | | | 行政诉讼 | |\n"
     "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 |\n"
     "| | 0 | 1 | 0 | 0 | 1 | 0 | 0 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 2 | ||\n五、存在的主要问题\n",
     {"t4.review.corrected": ("number", 1.0), "t4.litigation_after_review.upheld": ("number", 2.0),
      "t4.litigation_after_review.total": ("number", 2.0)}),
]


def _cells(text: str, year: int | None) -> dict[str, tuple[str, float | None]]:
    nt = normalise.normalise(text)
    res = read_tables(nt, 0, len(nt.text), doc_id="syn", year=year, grids=[])
    return {c.cell: (c.state, c.value) for c in res.cells}


def test_tables_pages_row_per_line_leading_and_trailing_blanks() -> None:
    cells = _cells(CASES_SYNTHETIC_ROW_PER_LINE, 2021)
    assert cells["t2.regulations.issued"] == ("dash", None)
    assert cells["t2.normative_docs.in_force"] == ("number", 7.0)
    assert cells["t2.licensing.decisions"] == ("number", 15.0)
    assert cells["t2.fees.amount_10k_yuan"] == ("number", 0.5)
    assert cells["t3.new.natural_person"] == ("number", 3.0) and cells["t3.new.total"] == ("number", 3.0)
    assert cells["t3.carried_over.total"] == ("number", 1.0)
    assert cells["t3.granted.natural_person"] == ("number", 2.0)
    assert cells["t3.partial.commercial"] == ("blank", None)
    assert cells["t3.partial.total"] == ("number", 1.0)
    assert cells["t3.denied_state_secret.total"] == ("number", 0.0)
    assert len([c for c in cells if c.startswith("t3.")]) == 5 * 7
    assert not any(c.startswith("t4.") for c in cells)


def test_tables_pages_cell_per_line() -> None:
    cells = _cells(CASES_SYNTHETIC_CELL_PER_LINE, 2020)
    assert cells["t2.regulations.new_made"] == ("dash", None)
    assert cells["t2.normative_docs.new_published"] == ("blank", None)
    assert cells["t2.normative_docs.published_total"] == ("number", 6.0)
    assert cells["t2.licensing.change"] == ("number", -2.0)
    assert cells["t2.other_services.decisions"] == ("blank", None)
    assert cells["t3.new.legal_services"] == ("number", 1.0) and cells["t3.new.total"] == ("number", 5.0)
    assert cells["t3.carried_over.commercial"] == ("blank", None)
    assert cells["t3.carried_over.total"] == ("number", 0.0)
    assert cells["t3.granted.total"] == ("number", 4.0)
    # the page ends after the first value of （二）部分公开: nothing of that row is invented
    assert not any(c.startswith("t3.partial.") for c in cells)


def test_tables_pages_gathered_blanks_are_not_placed() -> None:
    cells = _cells(CASES_SYNTHETIC_GATHERED_BLANKS, 2019)
    assert cells["t2.normative_docs.published_total"] == ("number", 9.0)
    assert len(cells) == 6
    assert not any(c.startswith("t3.") for c in cells)


def test_tables_pages_cut_table_yields_no_headings() -> None:
    source = loaders.source_from_text(CASES_SYNTHETIC_GATHERED_BLANKS, doc_id="cut")
    report = analyse_source(source)[0]
    assert [s.title for s in report.sections if s.title.startswith("1")] == []
    assert not any(s.title.startswith("（三）") for s in report.sections)


def test_tables_pages_labels_only_give_template_not_cells() -> None:
    nt = normalise.normalise(CASES_SYNTHETIC_LABELS_ONLY)
    res = read_tables(nt, 0, len(nt.text), doc_id="lab", year=2019, grids=[])
    assert res.cells == []
    assert res.templates == {"t2": "t2019", "t3": "t2019"}
    assert resolve_template(res, 2019, "annual_report") == "t2019"


def test_tables_pages_t4_with_split_column_words() -> None:
    cells = _cells(CASES_SYNTHETIC_T4_SPLIT_HEADER, 2020)
    assert cells["t4.review.upheld"] == ("number", 1.0) and cells["t4.review.total"] == ("number", 1.0)
    assert cells["t4.litigation_after_review.pending"] == ("number", 1.0)
    assert cells["t4.litigation_after_review.total"] == ("number", 3.0)
    assert len(cells) == 15


@pytest.mark.parametrize(("text", "expected"), CASES_SYNTHETIC_T4_PIPES)
def test_tables_pages_t4_pipes(text: str, expected: dict[str, tuple[str, float | None]]) -> None:
    cells = _cells(text, 2022)
    assert len(cells) == 15
    assert {k: cells[k] for k in expected} == expected


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_tables_pages_markdown_files_and_text_agree(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_text(CASES_SYNTHETIC_ROW_PER_LINE, encoding="utf-8")
    from_file = analyse_source(loaders.load_source(path))[0]
    from_text = analyse_source(loaders.source_from_text(CASES_SYNTHETIC_ROW_PER_LINE))[0]
    assert [(c.cell, c.state, c.value) for c in from_file.cells] == \
        [(c.cell, c.state, c.value) for c in from_text.cells]
    assert len(from_file.cells) == 45 and from_file.template == "t2021"
    text = from_file.source.text if from_file.source else ""
    for c in from_file.cells:
        if c.state != "blank":
            assert text[c.start:c.end] == c.raw


def test_tables_pages_tokenize_styles() -> None:
    assert [t.text for t in tokenize(" | 3 | | / | ||")] == ["3", "", "/", "", ""]
    assert [t.text for t in tokenize(" |\n5 |\n|\n— |\n行政许可 |")] == ["5", "", "—"]
    assert [t.text for t in tokenize(" |4 |\n0 |\n|\n2 |\n（一）")] == ["4", "0", "", "2"]
    assert [t.text for t in tokenize(" | 2 | 1 | 7 || 第二十条第（五）项 | | |")] == ["2", "1", "7", ""]
    assert [t.text for t in tokenize(" |\n6 |\n6 |\n||||||\n二、")] == ["6", "6"]
