"""Round-4 regressions from real page openings (SYNTHETIC texts in the same shapes):
run-in 1、 items right after a run-in 一、 heading, 不予以公开 items that are no table
rows, plan years that are targets, and agency guesses that picked up a clause opener."""

from __future__ import annotations

from govreport_nlp import parse_all

CASES_SYNTHETIC_RUNIN_ITEMS = [
    # (text, expected level-1/2 titles with labels)
    ("某某乡人民政府2021年政府信息公开工作年度报告\n"
     "按照县政府要求，现将2021年工作情况汇报如下： 一、总体情况 1、主动公开政府信息的情况：25条，内容涉及预算决算等。"
     " 2、行政机关依申请公开政府信息的数量：无。 3、不予以公开政府信息的数量：无。"
     " 4、政府信息公开的收费及减免情况：无。"
     " 5、因政府信息公开申请行政复议、提起行政诉讼的情况：无。 二、主动公开政府信息情况\n"
     "三、收到和处理政府信息公开申请情况\n",
     [(1, "一、总体情况", "overview"), (2, "1、主动公开政府信息的情况：", "proactive"),
      (2, "2、行政机关依申请公开政府信息的数量：", "requests"), (2, "3、不予以公开政府信息的数量：", "requests"),
      (2, "4、政府信息公开的收费及减免情况：", "fees"),
      (2, "5、因政府信息公开申请行政复议、提起行政诉讼的情况：", "review_litigation"),
      (1, "二、主动公开政府信息情况", "proactive"), (1, "三、收到和处理政府信息公开申请情况", "requests")]),
]

CASES_SYNTHETIC_LABELS = [
    # (heading line, label)
    ("二、目标要求", "overview"),
    ("（一）全方位对政府公开信息进行更新", "proactive"),
]

CASES_SYNTHETIC_IDENTITY = [
    # (text, agency, year, doc_type)
    ("某某市人民政府办公室关于印发某某市基层政务公开工作实施方案的通知\n某政办〔2020〕9号\n某某市人民政府办公室\n"
     "2020年6月2日\n一、目标要求\n到2023年，基本建成统一规范的标准体系。\n（一）2020年年底前，初步建成事项目录。\n",
     "某某市人民政府办公室", 2020, "plan"),
    ("按照《条例》的有关规定，现将我局2014年政府信息公开情况报告如下。\n一、主动公开政府信息情况\n"
     "2014年，我局发布信息300条。\n二、依申请公开和不予公开政府信息情况\n2014年，我局收到申请3件。\n"
     "三、政府信息公开的收费及减免情况\n未收取费用。\n四、存在的主要问题及下步工作安排\n接下来，我们将继续充实专业团队，形成省局、市县区局联动格局。\n",
     None, 2014, "annual_report"),
    ("一、总体情况\n2024年，我县围绕县委、县政府中心工作，全面推进政务公开。\n（一）主动公开方面\n公开信息120条。\n",
     None, 2024, "annual_report"),
    ("按照要求，编制并向社会公布《某某镇2021年政府信息公开工作年度报告》。\n一、总体概述\n"
     "2021年，我镇坚持公开原则。目前某某镇政府网站设3个频道。\n二、主动公开政府信息情况\n公开信息50条。\n",
     "某某镇", 2021, "annual_report"),
]


def _sections(text: str) -> list[tuple[int, str, str]]:
    report = parse_all(text)[0]
    return [(s.level, s.title, s.label) for s in report.sections if s.label != "preamble" and s.level <= 2]


def test_segment_round4_runin_numbered_items_after_runin_heading() -> None:
    for text, expected in CASES_SYNTHETIC_RUNIN_ITEMS:
        assert _sections(text) == expected


def test_segment_round4_heading_labels() -> None:
    for heading, label in CASES_SYNTHETIC_LABELS:
        text = (f"某某乡2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我乡公开信息10条。\n"
                f"{heading}\n按照要求及时发布信息。\n")
        if heading.startswith("二"):  # a level-1 heading: after the 一、 part and its body
            text = text.replace("一、总体情况", "一、总体情况\n（一）主动公开方面")
        found = {t: lab for _l, t, lab in _sections(text)}
        assert found.get(heading) == label, (heading, found)


def test_segment_round4_identity_of_openings() -> None:
    for text, agency, year, kind in CASES_SYNTHETIC_IDENTITY:
        report = parse_all(text)[0]
        assert (report.agency, report.year, report.doc_type) == (agency, year, kind), text
