"""Regression tests for page openings: headings and identity. SYNTHETIC cases in the
shape of real pages (breadcrumbs above the title, bodies that lost their line
breaks, a contents line, a heading cut off at the end)."""

from __future__ import annotations

from govreport_nlp import parse_all

CASES_SYNTHETIC_IDENTITY = [
    # (text, title, agency, year, doc_type)
    ("当前位置：首页 > 乡镇 > 某某镇 > 年报\n字号：大 中 小\n某某镇2021年政府信息公开工作年度报告\n"
     "一、总体情况\n2021年，我镇主动公开信息30条。",
     "某某镇2021年政府信息公开工作年度报告", "某某镇", 2021, "annual_report"),
    ("根据《中华人民共和国政府信息公开条例》规定，现公布某某市人民政府办公室2023年政府信息公开工作年度报告。\n"
     "一、总体情况\n2023年，我办主动公开信息20条。",
     None, "某某市人民政府办公室", 2023, "annual_report"),
    ("本报告由某某乡人民政府党政办公室编制，内容包括总体情况、主动公开政府信息情况等。数据统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n正文。",
     None, "某某乡人民政府", 2020, "annual_report"),
    ("[某某县人民政府]2013年某某县人民政府信息公开工作年报\n一、概述\n正文。",
     "2013年某某县人民政府信息公开工作年报", "某某县人民政府", 2013, "annual_report"),
]


def _sections(text: str) -> list[tuple[int, str, str]]:
    report = parse_all(text)[0]
    return [(s.level, s.title, s.label) for s in report.sections if s.label != "preamble"]


def test_segment_pages_identity_of_openings() -> None:
    for text, title, agency, year, kind in CASES_SYNTHETIC_IDENTITY:
        report = parse_all(text)[0]
        assert (report.title, report.agency, report.year, report.doc_type) == (title, agency, year, kind), text


def test_segment_pages_headings_in_a_line_without_breaks() -> None:
    text = ("根据《条例》要求，现公布某某局2012年政府信息公开工作年度报告。 一、概述 本单位设立了查阅点，运行正常。"
            " 二、主动公开政府信息的情况 本单位2012年度共新增主动公开政府信息50条，其中工作动态40条。"
            " 三、依申请公开政府信息和不予公开政府信息的情况 本单位没有收到政府信息公开申请。" + "正文说明。" * 60)
    titles = [t for _lvl, t, _lab in _sections(text)]
    assert titles == ["一、概述", "二、主动公开政府信息的情况", "三、依申请公开政府信息和不予公开政府信息的情况"]


def test_segment_pages_contents_line_is_not_a_heading() -> None:
    text = ("一、概述，（一）加强领导，（二）完善制度，二、主动公开情况，（一）公开范围，三、依申请公开情况，\n"
            "一、概述\n2015年，本区认真贯彻落实《条例》。\n（一）加强领导\n成立了领导小组。\n二、主动公开情况\n全年公开信息10条。")
    assert _sections(text)[:3] == [(1, "一、概述", "overview"), (2, "（一）加强领导", "organisation"),
                                   (1, "二、主动公开情况", "proactive")]


def test_segment_pages_contents_marker_and_cut_heading() -> None:
    text = ("某某区政务公开工作总结汇编\n目录\n1.某某局2022年政务公开工作总结 2\n"
            "某某局2022年政务公开工作总结\n2022年，我局认真开展政务公开工作，现总结如下。\n"
            "一、加强组织领导\n成立了领导小组，明确专人负责。\n二、因政府信息公开申请行政复")
    found = _sections(text)
    assert [t for _l, t, _lab in found] == ["一、加强组织领导", "二、因政府信息公开申请行政复"]
    assert found[1][2] == "review_litigation"
