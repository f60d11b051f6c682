"""Tables in page openings cut short (tables.py, table_text.py): second review round.

Every case here is SYNTHETIC: written for these tests in the shapes met in real
page openings (a table 3 cut after two rows, a row label cut to its ordinal,
本年增/减 cells written with words, a table 2 without its article header), with
our own agencies and numbers.
"""

from __future__ import annotations

import pytest

from govreport_nlp import normalise
from govreport_nlp.table_text import parse_value, tokenize
from govreport_nlp.tables import read_tables, resolve_template

# markdown pipes with a leading pipe; the page ends inside 三、本年度办理结果
CASES_SYNTHETIC_T3_TWO_ROWS = """二、主动公开政府信息情况
| 第二十条  第(一)项 | |||
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 9 |
三、收到和处理政府信息公开申请情况
| (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||
| 自然人 | 法人或其他组织 | 总计 | |||||||
| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||
| 一、本年新收政府信息公开申请数量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 | ||
| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||
| 三、本年度"""

# one cell per blank-separated line; the page ends on the ordinal of the next row label
CASES_SYNTHETIC_CUT_ORDINAL = """三、收到和处理政府信息公开申请情况

一、本年新收政府信息公开申请数量

 2

 0

 0

 0

 0

 0

 2

二、上年结转政府信息公开申请数量

 0

 0

 0

 0

 0

 0

 0

三、本年度办理结果

(一)予以公开

 1

 0

 0

 0

 0

 0

 1

(三)不予公开

1.属于国家秘密

 0

 0

 0

 0

 0

 0

 0

2"""

# 2019 template, 本年增/减 written with words
CASES_SYNTHETIC_CHANGE_WORDS = """第二十条第(一)项 |
信息内容 |
本年新 制作数量 |
本年新 公开数量 |
对外公开总数量 |
规章 |
0 |
0 |
0 |
规范性文件 |
1 |
1 |
4 |
第二十条第(五)项 |
信息内容 |
上一年项目数量 |
本年增/减 |
处理决定数量 |
行政许可 |
9 |
减3 |
5 |
其他对外管理服务事项 |
2 |
增加1 |
0 |
"""

# table 2 without its article header, cells run together
CASES_SYNTHETIC_NO_ARTICLE_HEADER = """二、主动公开政府信息情况
本年我镇主动公开政府信息共88条。
信息内容本年新制作数量本年新公开数量对外公开总数量
规章000
规范性文件112
第二十条(五)项
信息内容上一年项目数量本年增/减处理决定数量
行政许可304
"""

# a sentence naming a table-3 row is not a table
CASES_SYNTHETIC_PROSE_ROW = ("（二）依申请公开情况。本年新收政府信息公开申请数量为3件，"
                             "上年结转政府信息公开申请数量1件，均已按时答复。")


def _cells(text: str, year: int | None) -> dict[str, tuple[str, float | None]]:
    nt = normalise.normalise(text)
    res = read_tables(nt, 0, len(nt.text), doc_id="syn", year=year, grids=[])
    return {c.cell: (c.state, c.value) for c in res.cells}


def test_tables_openings_t3_cut_after_two_rows() -> None:
    cells = _cells(CASES_SYNTHETIC_T3_TWO_ROWS, 2023)
    assert cells["t2.normative_docs.in_force"] == ("number", 9.0)
    assert cells["t3.new.natural_person"] == ("number", 4.0)
    assert cells["t3.new.total"] == ("number", 5.0)
    assert cells["t3.carried_over.total"] == ("number", 1.0)
    assert len([c for c in cells if c.startswith("t3.")]) == 14


def test_tables_openings_cut_ordinal_is_not_a_cell() -> None:
    cells = _cells(CASES_SYNTHETIC_CUT_ORDINAL, 2020)
    assert cells["t3.granted.total"] == ("number", 1.0)
    assert all(cells[f"t3.denied_state_secret.{c}"] == ("number", 0.0)
               for c in ("natural_person", "other_org", "total"))
    assert len(cells) == 4 * 7


def test_tables_openings_change_written_with_words() -> None:
    cells = _cells(CASES_SYNTHETIC_CHANGE_WORDS, 2019)
    assert cells["t2.licensing.change"] == ("number", -3.0)
    assert cells["t2.licensing.decisions"] == ("number", 5.0)
    assert cells["t2.other_services.change"] == ("number", 1.0)
    assert parse_value("减少 2") == ("number", -2.0)
    assert parse_value("减") == ("text", None)
    assert [t.text for t in tokenize(" 9 减3 5\n")] == ["9", "减3", "5"]


def test_tables_openings_t2_without_article_header() -> None:
    nt = normalise.normalise(CASES_SYNTHETIC_NO_ARTICLE_HEADER)
    res = read_tables(nt, 0, len(nt.text), doc_id="syn", year=2019, grids=[])
    cells = {c.cell: (c.state, c.value) for c in res.cells}
    assert cells["t2.regulations.published_total"] == ("number", 0.0)
    assert cells["t2.normative_docs.published_total"] == ("number", 2.0)
    assert cells["t2.licensing.prev_items"] == ("number", 3.0)
    assert cells["t2.licensing.decisions"] == ("number", 4.0)
    assert resolve_template(res, 2019, "annual_report") == "t2019"
    # the prose count before the table stays prose
    assert all(c.value != 88.0 for c in res.cells)


@pytest.mark.parametrize("year", [2019, 2023])
def test_tables_openings_prose_row_label_is_not_a_table(year: int) -> None:
    assert _cells(CASES_SYNTHETIC_PROSE_ROW, year) == {}
