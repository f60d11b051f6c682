"""The spaCy component: facts as spans in doc.spans["govreport"], drawn by displaCy."""

from __future__ import annotations

import jieba
from spacy import displacy

from govreport_nlp.spacy_component import make_nlp


def test_spacy_component_spans_carry_metric_and_value():
    nlp = make_nlp()
    doc = nlp("网上接受信息公开申请6件，纸质接受信息公开申请7件，办结率100%。")
    spans = doc.spans["govreport"]
    assert [(s.text, s.label_, s._.value) for s in spans][:2] == [("6", "requests.received", 6.0),
                                                                  ("7", "requests.received", 7.0)]
    assert spans[0]._.category == "online"


def test_spacy_component_displacy_renders_spans():
    doc = make_nlp()("今年收到处理12345热线44件。")
    html = displacy.render(doc, style="span", options={"spans_key": "govreport"})
    assert "hotline.calls" in html


def test_spacy_component_uses_private_jieba_not_global():
    nlp = make_nlp()
    assert nlp.tokenizer.jieba_seg is not jieba
    assert "依申请公开" in [t.text for t in nlp("本年度依申请公开工作")]
