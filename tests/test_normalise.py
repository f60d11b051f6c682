"""Tests of govreport_nlp.normalise.

CASES_REAL: strings copied from fixtures (doc id first) and what they must become.
CASES_SYNTHETIC_*: made-up strings for one rule each (Taiwan phrasing, punctuation, radicals).
Every row of lexicons/taiwan_phrases.tsv (rule and exception) must appear in CASES_SYNTHETIC_TAIWAN.
"""

from __future__ import annotations

import re
from pathlib import Path

import opencc
import pytest

from govreport_nlp.lexicons import load_tsv
from govreport_nlp.normalise import clean_title, detect_script, normalise, to_simplified

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
CORPUS = [*SEEDS, *sorted((FIXTURES / "pdf").glob("*.txt")), *sorted((FIXTURES / "pingtan").glob("*_*.txt"))]
T2S = opencc.OpenCC("t2s")
HAN = re.compile(r"[\u4e00-\u9fff]")


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


CASES_REAL = [
    ("002", "為深入貫徹《中華人民共和國政府信息公開條例》(以下簡稱《條例》),,認(rèn)真落實",
     "为深入贯彻《中华人民共和国政府信息公开条例》（以下简称《条例》），认真落实"),
    ("002", "一,、政府信息公開的組織領(lǐng)導(dǎo)", "一、政府信息公开的组织领导"),
    ("002", "取得了良好成效,。", "取得了良好成效。"),
    ("003", "讲求实效,防 1 止形式主义。", "讲求实效，防止形式主义。"),
    ("003", "向全体党 4 员公开;二是", "向全体党员公开；二是"),
    ("004", "市政府有關檔案的規定和精神", "市政府有关文件的规定和精神"),
    ("004", "依法應當移交檔案局的信息", "依法应当移交档案局的信息"),
    ("004", "了解政府信息依申請公開的程式,我局", "了解政府信息依申请公开的程序，我局"),
    ("004", "發布到入口網站,使公眾", "发布到门户网站，使公众"),
    ("004", "加大硬體設備投入、軟體開發", "加大硬件设备投入、软件开发"),
    ("hongze_2023", "2023 年全区受理政府信息公开申请 21 件，", "2023 年全区受理政府信息公开申请 21 件，"),
    ("hongze_2023", "号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589",
     "号，邮编：223100，电话：0517-87222589"),
    ("hongze_2023", "健康发展 。", "健康发展。"),
    ("hongze_2023", "国政府信息公开条例》（国令第 711 号）", "国政府信息公开条例》（国令第 711 号）"),
    ("huaian_2024", "组织召开了新闻发布会 12 场，", "组织召开了新闻发布会 12 场，"),
    ("202103_80595", "门户网站（www.pingtan.gov.cn）的", "门户网站（www.pingtan.gov.cn）的"),
    ("202103_80595", "（一）存在的主要问题:基层", "（一）存在的主要问题：基层"),
    ("202103_80595", "发布时间: 2021-03-05 08:58", "发布时间：2021-03-05 08:58"),
]


@pytest.mark.parametrize(("doc", "raw", "expected"), CASES_REAL,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES_REAL)])
def test_normalise_real_strings(doc: str, raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


CASES_SYNTHETIC_TAIWAN = [
    # (input, expected, rule or exception it covers)
    ("推進網際網路發展", "推进互联网发展", "网际网路"),
    ("网际网路平台", "互联网平台", "网际网路"),
    ("網路問政平臺", "网络问政平台", "网路"),
    ("网路问政", "网络问政", "网路"),
    ("城市路网路段改造", "城市路网路段改造", "路网路"),
    ("电网路径优化", "电网路径优化", "电网路"),
    ("燃气管网路由", "燃气管网路由", "管网路"),
    ("管线网路由调整", "管线网路由调整", "网路由"),
    ("軟體開發", "软件开发", "软体"),
    ("软体开发", "软件开发", "软体"),
    ("软体动物保护", "软体动物保护", "软体动物"),
    ("硬體設備", "硬件设备", "硬体"),
    ("請關閉視窗後離開", "请关闭窗口后离开", "视窗"),
    ("城市视窗栏目", "城市视窗栏目", "视窗"),
    ("觸控螢幕", "触控屏幕", "萤幕"),
    ("資料庫建設", "数据库建设", "资料库"),
    ("資料庫", "数据库", "资料库"),
    ("請參閱該程式說明", "请参阅该程序说明", "程式"),
    ("规范办事程式化管理", "规范办事程式化管理", "程式化"),
    ("這個方程式題目", "这个方程式题目", "方程式"),
    ("流程最佳化", "流程优化", "最佳化"),
    ("巨觀經濟", "宏观经济", "巨观"),
    ("有關檔案精神", "有关文件精神", "档案"),
    ("做好政务公开档案整理", "做好政务公开档案整理", "档案"),
    ("移交檔案局", "移交档案局", "档案局"),
    ("送交檔案館保存", "送交档案馆保存", "档案馆"),
    ("設立檔案室", "设立档案室", "档案室"),
    ("加強檔案管理", "加强档案管理", "档案管理"),
    ("做好檔案工作", "做好档案工作", "档案工作"),
    ("依照檔案法規定", "依照档案法规定", "档案法"),
    ("保管人事檔案", "保管人事档案", "人事档案"),
    ("開展檔案整理", "开展档案整理", "档案整理"),
    ("市政府入口網站", "市政府门户网站", "入口网站"),
    ("信息搜尋引擎", "信息搜索引擎", "搜寻引擎"),
    ("網站伺服器", "网站服务器", "伺服器"),
    ("政務部落格", "政务博客", "部落格"),
    ("使用滑鼠點擊", "使用鼠标点击", "滑鼠"),
    ("寬頻網絡", "宽带网络", "宽频"),
    ("政府資訊公開", "政府信息公开", "资讯"),
    ("新闻资讯栏目", "新闻资讯栏目", "资讯"),
    ("請協助列印表格", "请协助打印表格", "列印"),
    ("請參閱操作介面說明", "请参阅操作界面说明", "介面"),
    ("推動數位轉型", "推动数字转型", "数位"),
    ("透過網站公開", "通过网站公开", "透过"),
]


@pytest.mark.parametrize(("raw", "expected", "covers"), CASES_SYNTHETIC_TAIWAN,
                         ids=[f"{c[2]}-{i}" for i, c in enumerate(CASES_SYNTHETIC_TAIWAN)])
def test_normalise_taiwan_phrases(raw: str, expected: str, covers: str) -> None:
    assert normalise(raw).text == expected


def test_normalise_taiwan_lexicon_fully_tested() -> None:
    rows = load_tsv("taiwan_phrases.tsv", ("source", "simplified", "target", "scope", "except"))
    covered = {c[2] for c in CASES_SYNTHETIC_TAIWAN}
    for row in rows:
        assert T2S.convert(row["source"]) == row["simplified"], row
        assert row["simplified"] in covered, row
        for exc in filter(None, row["except"].split(",")):
            assert exc in covered, exc


CASES_SYNTHETIC_CHARS = [
    ("ＡＢ１２", "AB12"),
    ("增长１５％", "增长15%"),
    ("全　年", "全年"),
    ("⺠生⻔户⻅面⻓期⻛险", "民生门户见面长期风险"),
    ("⼀是加强", "一是加强"),
    ("国务院\u200b办公厅", "国务院办公厅"),
    ("第一行\r\n第二行", "第一行\n第二行"),
    ("好,,很好", "好，很好"),
    ("好、、很好", "好、很好"),
    ("好。。", "好。"),
    ("共1,234件", "共1,234件"),
    ("时间10:30开会", "时间10:30开会"),
    ("见(PDF)附件", "见（PDF）附件"),
    ("(试行)", "（试行）"),
    ("Hello, world (test).", "Hello, world (test)."),
    ("網址:http://www.a.gov.cn/?id=1", "网址：http://www.a.gov.cn/?id=1"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES_SYNTHETIC_CHARS)
def test_normalise_characters_and_punctuation(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


CASES_SYNTHETIC_LINES = [
    ("正文第一段。\n打印本页 关闭窗口\n【打印】【关闭】\n字号：大 中 小\n分享到：\n"
     "扫一扫在手机打开当前页\n第二段。",
     "正文第一段。\n第二段。"),
    ("相關詞條\n熱門詞條\n聯絡我們", ""),
    ("上文。\n\n\n下文。", "上文。\n下文。"),
    ("一、总体情况\n2023年，我局认真贯彻落实。", "一、总体情况\n2023年，我局认真贯彻落实。"),
    ("名称\t数量\n规章\t0", "名称\t数量\n规章\t0"),
    ("上文。\n- 1 -\n下文。", "上文。\n下文。"),
]


@pytest.mark.parametrize(("raw", "expected"), CASES_SYNTHETIC_LINES)
def test_normalise_lines(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_normalise_joins_pdf_wrapped_lines() -> None:
    text = normalise(read(FIXTURES / "pdf" / "hongze_2023.pdfminer.txt")).text
    assert "本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》" in text
    assert "严格执行“分级审核、先审后发”程序" in text
    assert "\n一、总体情况\n" in text
    assert "- 1 -" not in text


def test_normalise_does_not_join_table_rows() -> None:
    text = normalise(read(FIXTURES / "pdf" / "hongze_2024.pypdf.txt")).text
    assert "\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 0\n" in text


def test_normalise_baike_block_dropped() -> None:
    text = normalise(read(FIXTURES / "seeds" / "004_dbc5b446b184b6c3.txt")).text
    assert "中文名" not in text
    assert "基本介绍" not in text
    assert "相关词条" not in text
    assert text.rstrip().endswith("更加便捷。")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:3])
def test_normalise_seeds_clean(path: Path) -> None:
    nt = normalise(read(path))
    assert T2S.convert(nt.text) == nt.text
    assert not re.search(r"[(（][a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-z]*[)）]", nt.text)
    assert ",," not in nt.text and "，，" not in nt.text and "，、" not in nt.text
    assert not re.search(r"[\u2e80-\u2fdf]", nt.text)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_normalise_offsets_map_back(path: Path) -> None:
    original = read(path)
    nt = normalise(original)
    step = max(1, len(nt.text) // 200)
    for s in range(0, len(nt.text) - 8, step):
        piece = nt.text[s:s + 8]
        back = nt.original_slice(s, s + 8)
        assert "".join(HAN.findall(piece)) in "".join(HAN.findall(normalise(back).text)), (piece, back)


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_normalise_idempotent_on_corpus(path: Path) -> None:
    once = normalise(read(path)).text
    assert normalise(once).text == once


def test_normalise_script_detection() -> None:
    assert normalise(read(FIXTURES / "seeds" / "004_dbc5b446b184b6c3.txt")).script == "traditional"
    assert normalise(read(FIXTURES / "seeds" / "000_dbfeab3aba76103b.txt")).script == "simplified"
    assert detect_script("我局认真贯彻落实，著力解决问题，乾隆年间，於是") == "simplified"
    assert detect_script("政府資訊公開") == "traditional"


def test_normalise_to_simplified_and_clean_title() -> None:
    title = "湛江市住房和城乡建设局2013年政府信息公开工作报告"
    assert to_simplified("湛江市住房和城鄉建設局2013年政府信息公開工作報告") == title
    assert clean_title(f"《{title}》") == title


def test_normalise_pipe_table_rows_are_never_joined() -> None:
    """SYNTHETIC, shaped like web pages whose tables became pipe markdown (split header cells)."""
    prose = "本机关认真贯彻落实条例要求持续推进政务公开工作"  # wrapped at the width of the header row
    text = "\n".join([prose] * 6 + ["商业 | 科研 | 社会公益组织 | 法律服务机构 | 其他 |", "企业 | 机构 |",
                                  "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"])
    out = normalise(text).text
    assert "其他 |\n企业 | 机构 |\n一、本年新收" in out


def test_normalise_heading_and_title_lines_are_not_joined_to_their_body() -> None:
    """SYNTHETIC, shaped like a web page whose line widths made the wrap detector fire."""
    body = "我局根据条例要求切实落实好信息公开"  # as wide as the heading lines, no end punctuation
    lines = ["2015年政府信息公开工作年度报告", body, body, "一、健全组织强化领导工作机制", body, body,
             "四、政府信息公开的收费及减免情况", body, body]
    out = normalise("\n".join(lines)).text.split("\n")
    assert "2015年政府信息公开工作年度报告" in out
    assert "四、政府信息公开的收费及减免情况" in out
    assert "一、健全组织强化领导工作机制" in out
