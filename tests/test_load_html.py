"""HTML loader tests on the Pingtan CMS pages (2011–2025) and synthetic markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from govreport_nlp.loaders import furniture_regex, load_bytes, load_source
from govreport_nlp.models import Source, Table

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PINGTAN = FIXTURES / "pingtan"
ALL_PAGES = sorted(PINGTAN.glob("*.html"))

# (page, title, first words of the body, last words of the body)
CASES_REAL = [
    ("201204_80678.html", "平潭综合实验区2011年政府信息公开工作年度报告",
     "本报告主要根据《中华人民共和国政府信息公开条例》", "行政申诉数\t条\t0\t0"),
    ("201601_80445.html", "平潭综合实验区2015年度政府信息公开工作年度报告",
     "根据《中华人民共和国政府信息公开条例》", "行政诉讼数\t件\t0\t0"),
    ("202001_80576.html", "平潭综合实验区2019年度政府信息公开工作年度报告",
     "根据《中华人民共和国政府信息公开条例》", "无其他需要报告的事项"),
    ("202202_80613.html", "平潭综合实验区2021年度政府信息公开工作年度报告",
     "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）", "2021年，无收取信息处理费情况。"),
    ("202603_105587.html", "平潭综合实验区2025年度政府信息公开工作年度报告",
     "本报告根据《中华人民共和国政府信息公开条例》（国务院令第711号", "2025年，无收取信息处理费情况。"),
]

# (page, label of the row in table 3, the seven numbers 自然人 … 总计)
CASES_REAL_TABLE3 = [
    ("202001_80576.html", "一、本年新收政府信息公开申请数量", ["23", "0", "0", "0", "0", "0", "23"]),
    ("202202_80613.html", "一、本年新收政府信息公开申请数量", ["64", "0", "0", "2", "0", "4", "70"]),
    ("202202_80613.html", "（七）总计", ["63", "0", "0", "2", "0", "4", "69"]),
    ("202302_80629.html", "一、本年新收政府信息公开申请数量", None),
    ("202603_105587.html", "一、本年新收政府信息公开申请数量", None),
]


def _row_values(table: Table, label: str) -> list[str] | None:
    """Numbers of the first row whose label cells contain ``label`` (each merged cell once)."""
    for row in table.rows:
        if any(c.text.startswith(label) for c in row[:3]):
            seen, out = set(), []
            for c in row:
                if c.origin not in seen and c.text.replace(".", "").isdigit():
                    seen.add(c.origin)
                    out.append(c.text)
            return out
    return None


def _assert_offsets(src: Source) -> None:
    for table in src.tables:
        assert src.text[table.start:table.end].count("\n") == table.n_rows - 1
        for row in table.rows:
            assert len(row) == table.n_cols
            for cell in row:
                assert src.text[cell.start:cell.end] == cell.text


@pytest.mark.parametrize(("name", "title", "first", "last"), CASES_REAL)
def test_load_html_body_only(name: str, title: str, first: str, last: str) -> None:
    src = load_source(PINGTAN / name)
    assert src.format == "html" and src.encoding == "utf-8"
    assert src.meta["title"] == title
    assert src.text[:200].replace("\n", "").startswith(title)  # prepended unless the body opens with it
    assert first in src.text[:300]
    assert src.text.rstrip("\n").endswith(last)


@pytest.mark.parametrize("path", ALL_PAGES, ids=[p.name for p in ALL_PAGES])
def test_load_html_no_site_furniture(path: Path) -> None:
    src = load_source(path)
    for needle in ("当前位置", "分享到", "打印本页", "关闭窗口", "网站标识码", "闽政通", "登录"):
        assert needle not in src.text, needle
    assert not any(furniture_regex().search(ln) for ln in src.text.split("\n")
                   if ln and len(ln) < 60 and "\t" not in ln)
    assert src.meta["pubdate"][:2] == "20"
    _assert_offsets(src)


@pytest.mark.parametrize(("name", "label", "values"), CASES_REAL_TABLE3)
def test_load_html_table3_grid(name: str, label: str, values: list[str] | None) -> None:
    src = load_source(PINGTAN / name)
    assert len(src.tables) == 3
    table3 = next(t for t in src.tables if any("申请人情况" in c.text for c in t.rows[0]))
    header = {c.text for row in table3.rows[:3] for c in row}
    assert {"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"} <= header
    got = _row_values(table3, label)
    assert got is not None and len(got) == 7
    if values is not None:
        assert got == values
    total = int(got[-1])
    assert sum(int(v) for v in got[:-1]) == total


def test_load_html_t2021_table4_shape() -> None:
    src = load_source(PINGTAN / "202202_80613.html")
    table4 = src.tables[2]
    assert (table4.n_rows, table4.n_cols) == (4, 15)
    assert [c.text for c in table4.rows[-1]] == ["1", "0", "2", "0", "3", "12", "0", "0", "0", "12",
                                                 "0", "0", "0", "0", "0"]
    merged = table4.rows[0][3]
    assert merged.text == "行政复议" and merged.origin == (0, 0) and merged.colspan == 5


def test_load_html_pre2019_table() -> None:
    src = load_source(PINGTAN / "201204_80678.html")
    assert len(src.tables) == 1 and src.tables[0].n_cols == 4
    assert src.tables[0].rows[-1][0].text == "行政申诉数"


CASES_SYNTHETIC_HTML = [
    # a number split over inline tags is rejoined; layout newlines between CJK vanish
    ("<div class='TRS_Editor'><p>共受理申请<span>2</span><span>0</span>"
     "<b>21</b>件，\n    均已答复。</p></div>",
     "共受理申请2021件，均已答复。"),
    # &nbsp; and runs of spaces collapse to one space; <br> breaks lines
    ("<div id='zoom'><p>一、总体情况&nbsp;&nbsp; 2023 年<br>二、主动公开</p></div>",
     "一、总体情况 2023 年\n二、主动公开"),
]


@pytest.mark.parametrize(("html", "expected"), CASES_SYNTHETIC_HTML)
def test_load_html_synthetic_inline_joining(html: str, expected: str) -> None:
    page = (f"<html><body><div class='nav'>当前位置：首页</div>{html}"
            "<div>分享到：微信 微博</div></body></html>")
    assert load_bytes(page.encode("utf-8"), "s.html").text == expected + "\n"


def test_load_html_synthetic_rowspan_colspan() -> None:
    page = ("<html><body><div class='article_content'><p>表</p><table>"
            "<tr><td rowspan='2'>项目</td><td colspan='2'>申请人情况</td></tr>"
            "<tr><td>自然人</td><td>总计</td></tr>"
            "<tr><td>新收</td><td>6</td><td>6</td></tr></table></div></body></html>")
    src = load_bytes(page.encode("utf-8"), "t.html")
    (table,) = src.tables
    assert table.texts() == [["项目", "申请人情况", "申请人情况"], ["项目", "自然人", "总计"],
                             ["新收", "6", "6"]]
    assert table.rows[1][0].origin == (0, 0) and table.rows[1][0].rowspan == 2
    assert src.text[table.start:table.end] == "项目\t申请人情况\n自然人\t总计\n新收\t6\t6"
    _assert_offsets(src)


def test_load_html_synthetic_layout_table_not_a_grid() -> None:
    page = ("<html><body><table><tr><td><a href='/'>首页</a></td><td><a href='/x'>政务公开</a></td></tr>"
            "<tr><td colspan='2'><p>一、总体情况</p>"
            "<p>本年度共主动公开政府信息1200条，其中规范性文件12件。</p>"
            "</td></tr></table></body></html>")
    src = load_bytes(page.encode("utf-8"), "layout.html")
    assert src.tables == ()
    assert "本年度共主动公开政府信息1200条" in src.text
