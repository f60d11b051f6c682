"""Document identity and heading structure of page openings (review round 3): synthetic cases.

Every text here is made up in the shape of real openings (site furniture, notices
issuing a plan, regulations run into one line, reports whose 一、 lines were lost).
"""

from __future__ import annotations

import pytest

import govreport_nlp

# (text, title, doc_type, year)
CASES_SYNTHETIC_IDENTITY = [
    # site name and menus above a breadcrumb, then the title
    ("甲乙镇\n政府信息公开\n当前位置：首页 > 政府信息公开年报\n甲乙镇人民政府2019年政府信息公开工作年度报告\n"
     "发布时间：2020-01-20\n一、总体情况\n本年度我镇公开信息30条。\n",
     "甲乙镇人民政府2019年政府信息公开工作年度报告", "annual_report", 2019),
    # a metadata table (名称 | … | …) in place of a title line
    ("名称 | 丙市政府办公室2016年政府信息公开年度报告 | ||\n索引号 | 0001/2017-00001 | 分类 | 年报 |\n"
     "根据《条例》要求，现向社会公布本年度报告。\n一、概述\n本年度公开信息12条。\n",
     "丙市政府办公室2016年政府信息公开年度报告", "annual_report", 2016),
    # a document-sharing page: the title only in 《X.docx》由会员分享
    ("《丁乡政务公开实施方案(三篇).docx》由会员分享，可在线阅读。\n"
     "1、为推进我乡政务公开工作，结合实际，制定本实施方案。一、指导思想坚持依法公开。\n",
     "丁乡政务公开实施方案", "plan", None),
    # a notice issuing a plan: the plan's title is in 《》 before 现印发给你们
    ("各乡镇人民政府，县直各单位：\n《2022年戊县政务公开工作要点》已经县政府同意，现印发给你们，请认真贯彻落实。\n"
     "戊县人民政府办公室\n一、总体要求\n坚持以公开为常态。\n",
     "2022年戊县政务公开工作要点", "plan", 2022),
    # the site's title counts items (…总结10篇): the count is not part of the title
    ("2021年政务公开工作总结8篇\n上传人：某某 上传时间：2021-12-01\n现将我局工作总结如下：\n",
     "2021年政务公开工作总结", "work_summary", 2021),
]


@pytest.mark.parametrize(("text", "title", "doc_type", "year"), CASES_SYNTHETIC_IDENTITY)
def test_segment_structure_identity_of_openings(text, title, doc_type, year):
    report = govreport_nlp.parse(text, doc_id="synthetic")
    assert (report.title, report.doc_type, report.year) == (title, doc_type, year)


def test_segment_structure_regulation_without_title_or_breaks():
    text = ("第一条 为规范本局信息发布工作，结合实际，制定本制度。 第二条 本制度适用于本局各股室。 "
            "第三条 信息发布前应当进行保密审查，审查不通过的不得发布。 第四条 下列信息不得发布：（一）涉密信息；"
            "（二）个人隐私。 第五条 各股室应当指定一名信息员，负责本股室信息的收集和报送工作。" * 1)
    report = govreport_nlp.parse(text, doc_id="synthetic")
    assert report.doc_type == "regulation"
    arts = [(s.title, s.label) for s in report.sections if s.title.startswith("第")]
    assert [t for t, _ in arts] == ["第一条", "第二条", "第三条", "第四条", "第五条"]
    # 第一条/第二条: purpose and scope; 第四条 names no topic and continues 第三条
    assert [lab for _, lab in arts][:4] == ["overview", "overview", "management", "management"]


def test_segment_structure_generic_kind_of_body_is_no_agency():
    report = govreport_nlp.parse("2021年度乡镇政务公开工作总结\n现将XX镇2021年度政务公开工作总结如下：\n",
                                 doc_id="synthetic")
    assert report.agency is None


def _titles(text: str) -> list[tuple[int, str, str, str | None]]:
    report = govreport_nlp.parse(text, doc_id="synthetic")
    return [(s.level, s.title, s.label, s.label2) for s in report.sections if s.label != "preamble"]


# (text, expected (title, label) of level-1/2 headings in order)
CASES_SYNTHETIC_HEADINGS = [
    # a plan run into lines: 二、/三、 name no lexicon topic but continue 一、 after a sentence end
    ("为推进我镇政务公开工作，制定本方案。一、指导思想坚持依法公开，服务群众。二、适用对象本方案适用于镇机关各办公室和"
     "各村委会，以及受委托承担公共管理职能的组织和个人，均应按本方案执行公开工作。三、公开原则政务公开应当遵循"
     "合法、真实、及时的原则。四、公开内容除依法不予公开的事项外，下列事项应当公开：（一）行政决策方面1、重大决策。",
     ["一、指导思想", "二、适用对象", "三、公开原则", "四、公开内容", "（一）行政决策方面"]),
    # a summary whose body follows 报告如下： on the same long line, with 1、 sub-headings
    ("现将我局本年度政务公开工作报告如下：一、信息公开情况1、主动公开情况。本年度我局主动公开信息30条，其中文件"
     "5条，动态25条，均在门户网站发布，做到及时准确。2、平台建设情况。本年度我局完成门户网站改版，新增栏目3个，"
     "方便群众查阅政府信息，也便于群众在线咨询和办理各类事项，群众满意度进一步提高，得到上级部门的肯定。",
     ["一、信息公开情况", "1、主动公开情况。", "2、平台建设情况。"]),
]


@pytest.mark.parametrize(("text", "titles"), CASES_SYNTHETIC_HEADINGS)
def test_segment_structure_runin_headings(text, titles):
    found = [t for lvl, t, _lab, _l2 in _titles(text) if lvl <= 2]
    assert len(found) == len(titles)
    assert all(f.startswith(t) for f, t in zip(found, titles, strict=True))  # a run-in title may run on


def test_segment_structure_cnp_restart_when_parts_were_lost():
    text = ("本报告数据期限为本年1月1日至12月31日。\n（一）主动公开信息的数量：本年发布信息60条。\n"
            "（二）依申请公开工作情况：本年度未收到申请。\n（一）存在问题：一是信息量偏少。\n（二）进一步整改：一是加强培训。\n")
    assert [(t, lab) for _lvl, t, lab, _l2 in _titles(text)] == [
        ("（一）主动公开信息的数量：", "proactive"), ("（二）依申请公开工作情况：", "requests"),
        ("（一）存在问题：", "problems"), ("（二）进一步整改：", "plans")]


def test_segment_structure_child_of_problems_and_plans_keeps_its_half():
    text = ("一、总体情况\n本年公开信息10条。\n二、存在问题和改进措施\n（一）问题\n公开内容不够深入。\n"
            "（二）措施\n加强培训。\n")
    secs = _titles(text)
    assert secs[1][2:] == ("problems", "plans")
    assert [(t, lab) for _lvl, t, lab, _l2 in secs[2:]] == [("（一）问题", "problems"), ("（二）措施", "plans")]


CASES_SYNTHETIC_LABELS = [
    ("一、依申请信息公开收费情况", "fees"),
    ("一、健全组织、强化领导", "organisation"),
    ("（一）主动***息的途径：", "proactive"),
    ("（一）明确负责人和工作人员及工作职责。", "organisation"),
    ("一、紧扣发展大局深化公开", "proactive"),
    ("具体情况", "overview"),  # written 具体情况： on its own line
]


@pytest.mark.parametrize(("heading", "label"), CASES_SYNTHETIC_LABELS)
def test_segment_structure_labels(heading, label):
    line = f"{heading}：" if heading == "具体情况" else heading
    text = f"根据要求编制本报告。\n{line}\n本年度本单位按照要求开展了相关工作，取得了一定成效。\n"
    secs = _titles(text)
    assert [(t, lab) for _lvl, t, lab, _l2 in secs] == [(heading, label)]


def test_segment_structure_quoted_table_phrase_is_a_heading():
    text = ("一、依申请公开办理情况\n（一）受理申请的数量：本年未收到申请；\n（二）对申请的办理情况：无；\n"
            "（三）“不予公开”的政府信息涉及的内容：无。\n")
    assert [t for _lvl, t, _lab, _l2 in _titles(text)][-1] == "（三）“不予公开”的政府信息涉及的内容："


def test_segment_structure_heading_run_into_its_body():
    text = ("一、主动公开政府信息情况\n本年公开信息10条。\n"
            "二、政府信息公开的收费及减免情况本单位开展政府信息公开工作以来，对依申请提供政府信息未收取检索、复制、"
            "邮寄等任何费用。\n")
    titles = [t for _lvl, t, _lab, _l2 in _titles(text)]
    assert titles == ["一、主动公开政府信息情况", "二、政府信息公开的收费及减免情况"]
