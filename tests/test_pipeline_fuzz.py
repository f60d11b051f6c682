"""The whole pipeline never crashes on arbitrary text, and its offsets stay inside the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import govreport_nlp

# pieces that exercise every stage: headings, numerals, units, table labels, placeholders, garbling
PIECES = ["一、", "（一）", "1.", "第一条", "总体情况", "申请", "共", "其中", "件", "条", "项", "%", "万", "余",
          "未收到", "行政复议", "行政诉讼", "本年新收政府信息公开申请数量", "（七）总计", "结转下年度继续办理",
          "\t", "\n", "。", "，", "、", "xx", "20xx", "認(rèn)", ",,", "2019年", "12345", "3", "0", "2.5",
          "十二", "两", "百分之九十", "第一篇：", "住建局工作总结", "|", " ", "/", "—"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60))
def test_pipeline_fuzz_never_crashes_and_offsets_are_valid(parts):
    text = "".join(parts)
    if not text.strip():
        return
    for report in govreport_nlp.parse_all(text, doc_id="fuzz"):
        n = len(text)
        assert 0 <= report.start <= report.end <= n
        for row in (*report.sections, *report.facts, *report.cells):
            assert 0 <= row.start <= row.end <= n, row
        for f in report.findings:
            assert f.start is None or 0 <= f.start <= (f.end or f.start) <= n
