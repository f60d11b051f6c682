"""spaCy integration: a blank ``zh`` pipeline and the ``govreport_facts`` component.

The component runs the pure core :func:`govreport_nlp.facts.extract_facts_from_text`
and writes each fact as a span in ``doc.spans["govreport"]`` (label = metric),
with ``span._.metric``, ``._.value``, ``._.unit``, ``._.qualifier``,
``._.category`` set, so ``displacy.render(doc, style="span",
options={"spans_key": "govreport"})`` draws them.

>>> nlp = make_nlp()
>>> doc = nlp("网上接受信息公开申请6件，办结率100%。")
>>> [(s.text, s.label_) for s in doc.spans["govreport"]]
[('6', 'requests.received'), ('100%', 'requests.completion_rate')]
"""

from __future__ import annotations

from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from .wordseg import tokenizer

SPANS_KEY = "govreport"
_EXTENSIONS = ("metric", "value", "unit", "qualifier", "category", "fact_id", "rule")


def _register_extensions() -> None:
    for name in _EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


class GovReportFacts:
    """Pipeline component: facts of :mod:`govreport_nlp.facts` as spans."""

    def __init__(self, nlp: Language, name: str = "govreport_facts", section_label: str | None = None,
                 spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.section_label = section_label
        self.spans_key = spans_key
        self._error_handler: Any = None
        _register_extensions()

    def get_error_handler(self) -> Any:
        from spacy.util import raise_error

        return self._error_handler or raise_error

    def set_error_handler(self, handler: Any) -> None:
        self._error_handler = handler

    def __call__(self, doc: Doc) -> Doc:
        from .facts import extract_facts_from_text

        try:
            facts = extract_facts_from_text(doc.text, section_label=self.section_label)
            self.set_annotations(doc, facts)
        except Exception as exc:  # reason: spaCy's error-handler protocol decides
            self.get_error_handler()(self.name, self, [doc], exc)
        return doc

    def set_annotations(self, doc: Doc, facts: list[Any]) -> None:
        spans = []
        for f in facts:
            span = doc.char_span(f.start, f.end, label=f.metric, alignment_mode="expand")
            if span is None:  # offsets outside the doc (cannot happen for text facts); skip loudly
                continue
            for name in _EXTENSIONS:
                span._.set(name, getattr(f, name))
            spans.append(span)
        doc.spans[self.spans_key] = spans


@Language.factory("govreport_facts", default_config={"section_label": None, "spans_key": SPANS_KEY},
                  assigns=["doc.spans"])
def make_govreport_facts(nlp: Language, name: str, section_label: str | None,
                         spans_key: str) -> GovReportFacts:
    """spaCy factory (also registered as the ``spacy_factories`` entry point)."""
    return GovReportFacts(nlp, name, section_label=section_label, spans_key=spans_key)


def make_nlp(with_facts: bool = True) -> Language:
    """A blank Chinese pipeline segmented by a private jieba tokenizer (no model download)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.tokenizer.jieba_seg = tokenizer()  # type: ignore[union-attr]  # reason: spaCy's ChineseTokenizer attribute; private jieba, not the global module
    if with_facts:
        nlp.add_pipe("govreport_facts")
    return nlp
