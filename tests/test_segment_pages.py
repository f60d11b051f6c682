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


def test_segment_pages_runin_subheadings_after_sentence_ends() -> None:
    # SYNTHETIC: one paragraph line holding 一、 and its （一）（二）（三） run in after 。 and a space
    text = ("某某镇2022年政府信息公开工作年度报告\n"
            "一、总体情况 2022年，某某镇认真贯彻《条例》，稳步推进政府信息公开工作，全年工作圆满完成。"
            " （一）主动公开方面 全年累计主动公开政府信息40条，其中工作动态30条。"
            " （二）依申请公开方面 全年未收到政府信息公开申请。"
            " （三）政府信息管理方面 一是落实专人负责。二是严格保密审查，规范发布流程，做好日常信息管理工作。"
            + "正文说明。" * 40)
    assert _sections(text) == [(1, "一、总体情况", "overview"), (2, "（一）主动公开方面", "proactive"),
                               (2, "（二）依申请公开方面", "requests"), (2, "（三）政府信息管理方面", "management")]


def test_segment_pages_cut_table_row_is_not_a_heading() -> None:
    # SYNTHETIC: a page cut inside table 3: its first row label is no part heading
    text = ("一、总体情况\n2020年，某某街道公开信息12条，收到1份政府信息公开申请。\n"
            "二、主动公开政府信息情况\n第二十条第（一）项 | 信息内容 | 本年新制作数量 |\n规章 | 0 | 0 | 0 |\n"
            "一、本年新收政府")
    assert [t for _l, t, _lab in _sections(text)] == ["一、总体情况", "二、主动公开政府信息情况"]


def test_segment_pages_child_of_overview_takes_its_own_topic() -> None:
    # SYNTHETIC: a （一） under 一、概述 naming duties and mechanisms is about organisation, not the overview
    text = ("一、概述\n2016年，我市政务公开工作取得明显进步。\n"
            "（一）理顺职责分工，建立完善工作机制。\n政务公开工作移交市政府办公室，配备了工作人员。")
    assert _sections(text)[1] == (2, "（一）理顺职责分工，建立完善工作机制。", "organisation")
