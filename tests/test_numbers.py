"""Tests for numbers.py: reading numerals, units and qualifiers straight from report text.

``CASES_REAL`` are strings from the corpus (file id first), after
normalisation; ``CASES_REAL_NOT_NUMBERS`` are real strings whose digits and
numeral characters state no count (dates, document numbers, addresses,
ordinals, words such as 统一 / 十九大).
"""

# ruff: noqa: E501  (tables of real sentences)
from __future__ import annotations

import pytest

from govreport_nlp.numbers import find_numbers, parse_cn_number

CASES_REAL = [
    ("001_36c5438335533f6b.txt", "全年县信息公开网共发布公开信息2.5万条", [(25000.0, "条", "exact")]),
    ("001_36c5438335533f6b.txt", "重点领域方面4000余条", [(4000.0, "条", "at_least")]),
    ("001_36c5438335533f6b.txt", "县直及国家、省市驻霍邱单位50多家", [(50.0, "家", "at_least")]),
    ("001_36c5438335533f6b.txt", "加挂“霍邱县政务公开办公室”牌子，定编两人", [(2.0, "人", "exact")]),
    ("001_36c5438335533f6b.txt", "全年回复各类帖件283条，回复率达100%", [(283.0, "条", "exact"), (100.0, "%", "exact")]),
    ("001_36c5438335533f6b.txt", "20xx年出台各类政策解读文件58件", [(58.0, "件", "exact")]),
    ("001_36c5438335533f6b.txt", "其中预算、决算、“三公”经费等信息315条", [(315.0, "条", "exact")]),
    ("003_6e4aca196ad0b146.txt", "通过门户网站主动公开发布政府信息xxx条，全文电子化达xxx%", [(None, "条", "placeholder"), (None, "%", "placeholder")]),
    ("003_6e4aca196ad0b146.txt", "共召开党组会议专题安排部署政务公开x次", [(None, "次", "placeholder")]),
    ("003_6e4aca196ad0b146.txt", "五是公开我局xx个重点建设项目xx条", [(None, "个", "placeholder"), (None, "条", "placeholder")]),
    ("003_6e4aca196ad0b146.txt", "我局处置案件1445件，结案率100.17%", [(1445.0, "件", "exact"), (100.17, "%", "exact")]),
    ("003_6e4aca196ad0b146.txt", "重点在分办、调研、沟通、答复四个环节上下功夫", [(4.0, "个", "exact")]),
    ("003_6e4aca196ad0b146.txt", "党务公开包括两个层面", [(2.0, "个", "exact")]),
    ("003_6e4aca196ad0b146.txt", "其中19项已完成，17项正在建设", [(19.0, "项", "exact"), (17.0, "项", "exact")]),
    ("004_dbc5b446b184b6c3.txt", "明确由一名副局长分管，办公室一名副主任专职负责", [(1.0, "名", "exact"), (1.0, "名", "exact")]),
    ("004_dbc5b446b184b6c3.txt", "自2005年至今，我局已有7年被评为“标兵窗口”单位", [(7.0, "年", "exact")]),
    ("004_dbc5b446b184b6c3.txt", "通过报刊、电视台、电台、简报等形式发布政务信息200多条", [(200.0, "条", "at_least")]),
    ("201901_80529.html", "我区共收集网络信息近1000条，处置网络舆情70多件", [(1000.0, "条", "approx"), (70.0, "件", "at_least")]),
    ("201901_80529.html", "安排专人每天至少1次登陆网站信息报送系统", [(1.0, "次", "at_least")]),
    ("201901_80529.html", "2018年政府信息公开专栏访问量达108932人次", [(108932.0, "人次", "exact")]),
    ("201901_80529.html", "区管委会及区直各部门主动公开政府信息1592条，占76.9%", [(1592.0, "条", "exact"), (76.9, "%", "exact")]),
    ("202001_80576.html", "群众等候时间由42分钟缩至19分钟", [(42.0, "分钟", "exact"), (19.0, "分钟", "exact")]),
    ("202001_80576.html", "92%公共服务事项办结时长缩短至30分钟以内", [(92.0, "%", "exact"), (30.0, "分钟", "at_most")]),
    ("202001_80576.html", "的229大项539小项行政审批及公共服务事项", [(229.0, "大项", "exact"), (539.0, "小项", "exact")]),
    ("202001_80576.html", "将8大类348项公共服务事项实现“一窗通办”", [(8.0, "大类", "exact"), (348.0, "项", "exact")]),
    ("202001_80576.html", "禁毒宣传日等开展互动活动42场次", [(42.0, "场次", "exact")]),
    ("202001_80576.html", "其中热线电话11通，网络诉求3件", [(11.0, "通", "exact"), (3.0, "件", "exact")]),
    ("202103_80595.html", "市场监管等16个部门25个业务系统，汇聚数据8232万条", [(16.0, "个", "exact"), (25.0, "个", "exact"), (82320000.0, "条", "exact")]),
    ("202103_80595.html", "全部事项均可在30分钟内办结", [(30.0, "分钟", "at_most")]),
    ("202103_80595.html", "2020年，共组织开展6期《问政平潭》", [(6.0, "期", "exact")]),
    ("202202_80613.html", "通过微信公众号发布20680批次农产品抽检情况", [(20680.0, "批次", "exact")]),
    ("202202_80613.html", "均明确一名分管领导和一名经办人员", [(1.0, "名", "exact"), (1.0, "名", "exact")]),
    ("202403_87885.html", "其中：予以公开及部分公开42件，占51.85%", [(42.0, "件", "exact"), (51.85, "%", "exact")]),
    ("202603_105587.html", "通过实验区政府门户网站累计主动公开政府信息7700余条", [(7700.0, "条", "at_least")]),
    ("202603_105587.html", "申请154件，共办结148件，结转至2026年6件", [(154.0, "件", "exact"), (148.0, "件", "exact"), (6.0, "件", "exact")]),
    ("hongze_2023.pdf", "我区在政府网站平台主动公开政府信息 1136 条", [(1136.0, "条", "exact")]),
    ("hongze_2023.pdf", "全年收取政府信息公开信息处理费 0 元", [(0.0, "元", "exact")]),
    ("huaian_2024.pdf", "市政府网站主动公开各类政府信息 5500 余条", [(5500.0, "条", "at_least")]),
    ("huaian_2024.pdf", "全年收取政府信息公开信息处理费 3940 元", [(3940.0, "元", "exact")]),
    ("huaian_2024.pdf", "全市在运维政务新媒体共计 95个，在省办 2024 年四个季度政务新媒体检查抽查中，合格率均为 100%", [(95.0, "个", "exact"), (100.0, "%", "exact")]),
]

CASES_REAL_NOT_NUMBERS = [
    ("201901_80529.html", "本报告所列数据的统计期限自2018年1月1日起至2018年12月31日止"),
    ("201901_80529.html", "（闽政办网传〔2018〕41号）"),
    ("201901_80529.html", "联系地址：平潭综合实验区北厝镇金井湾片区管委会大楼主楼14层；邮 编：350400；电 话：0591-23165255；传真：0591-23165255；电子邮箱：pzxxgkb@163.com"),
    ("201901_80529.html", "本报告的电子版可在“中国·平潭”政府门户网站（www.pingtan.gov.cn）下载"),
    ("201901_80529.html", "推进政府网站部署互联网协议第六版（IPv6）"),
    ("201901_80529.html", "定期开展政策解读，宣传“七大攻坚战”"),
    ("201901_80529.html", "组织区直各部门按照“五个一律”原则开展“减证便民”专项行动"),
    ("201901_80529.html", "（1）政府工作公开透明。"),
    ("201901_80529.html", "1.围绕建设法治政府全面推进政务公开"),
    ("201901_80529.html", "一是按照标准化建设要求，在服务大厅设置导办台"),
    ("201901_80529.html", "三是进一步增强自助服务终端的服务功能"),
    ("002_9647868684bfa74a.txt", "认真落实《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（国办公开办函〔2019〕60号）"),
    ("hongze_2023.pdf", "根据《中华人民共和国政府信息公开条例》（国令第 711 号）"),
    ("hongze_2023.pdf", "全面贯彻党的十九大和十九届历次全会"),
    ("004_dbc5b446b184b6c3.txt", "录用的方法，选拔的对象一律公示，防止了用"),
    ("001_36c5438335533f6b.txt", "指导基层一线同志掌握新知识"),
    ("001_36c5438335533f6b.txt", "根据县政府政务公开工作统一部署和要求"),
    ("003_6e4aca196ad0b146.txt", "慧工地建设平台、直饮水和二次供水工程项目进行"),
    ("003_6e4aca196ad0b146.txt", "xx月份将组织第二次“政府开放日”"),
]

CASES_SYNTHETIC_PARSE = [
    ("2.5万", 25000.0), ("一百零五", 105.0), ("两", 2.0), ("百分之九十", 90.0), ("4,000", 4000.0),
    ("1.2亿", 120000000.0), ("三", 3.0), ("十二", 12.0), ("二十", 20.0), ("三千五百万", 35000000.0),
    ("一亿二千万", 120000000.0), ("百分之三点五", 3.5), ("353", 353.0), ("90%", 90.0), ("二〇一九", 2019.0),
    ("xx", None), ("", None), ("abc", None),
]


@pytest.mark.parametrize(("file_id", "text", "expected"), CASES_REAL)
def test_numbers_real_values_units_qualifiers(file_id: str, text: str, expected: list) -> None:
    got = [(m.value, m.unit, m.qualifier) for m in find_numbers(text) if m.unit is not None]
    assert got == expected, file_id


@pytest.mark.parametrize(("file_id", "text"), CASES_REAL_NOT_NUMBERS)
def test_numbers_real_strings_that_state_no_count(file_id: str, text: str) -> None:
    assert [m.surface for m in find_numbers(text) if m.unit is not None] == [], file_id


@pytest.mark.parametrize(("text", "value"), CASES_SYNTHETIC_PARSE)
def test_numbers_parse_isolated_numeral(text: str, value: float | None) -> None:
    assert parse_cn_number(text) == value


def test_numbers_offsets_and_surface() -> None:
    text = "全年主动公开政府信息 1136 条。"
    (m,) = find_numbers(text)
    assert text[m.start:m.end] == "1136"
    assert m.surface == text[m.start:m.unit_end] == "1136 条"
    assert not m.is_percent


def test_numbers_percent_written_out() -> None:
    (m,) = find_numbers("满意率达到百分之九十五")
    assert (m.value, m.unit, m.is_percent, m.surface) == (95.0, "%", True, "百分之九十五")


def test_numbers_money_units() -> None:
    got = [(m.value, m.unit) for m in find_numbers("收取费用2万元，减免五万元，收费380元")]
    assert got == [(2.0, "万元"), (5.0, "万元"), (380.0, "元")]
