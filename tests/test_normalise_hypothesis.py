"""Property tests of govreport_nlp.normalise: offsets stay in range and monotonic, idempotence, no crash."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from govreport_nlp.normalise import normalise

# report-like alphabet: Han (simplified and traditional), punctuation of both widths, digits, spaces, tabs
ALPHABET_SYNTHETIC_REPORT = st.sampled_from(
    list("政府信息公開开条件年第一二三、，。；：,.;:()（）《》“” \t\n\u3000")
    + list("ＡＢ１２％0123456789檔案档案局程式網路rènwù⺠⻔-打印本页")
)
REPORT_TEXT = st.text(ALPHABET_SYNTHETIC_REPORT, max_size=300)
ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(REPORT_TEXT, ANY_TEXT))
def test_normalise_offsets_in_range_and_monotonic(text: str) -> None:
    nt = normalise(text)
    previous = 0
    for i in range(len(nt.text) + 1):
        s, e = nt.original_span(i, min(i + 1, len(nt.text)))
        assert 0 <= s <= e <= len(text)
        assert s >= previous
        previous = s


@settings(max_examples=300, deadline=None)
@given(REPORT_TEXT)
@example("“:)):")  # found by hypothesis: each pass converted one more mark of the chain
def test_normalise_idempotent(text: str) -> None:
    once = normalise(text).text
    assert normalise(once).text == once


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_normalise_never_crashes_on_any_unicode(text: str) -> None:
    nt = normalise(text)
    assert isinstance(nt.text, str)
    nt.text.encode("utf-8")


CASES_SYNTHETIC_HOSTILE = [
    "\ud800政府\udfff", "\x00\x01公开\x7f", "a\u0301\u0308̃", "\r\n\r\n", "\ufffd\ufeff", "（（（))", "",
]


def test_normalise_hostile_strings() -> None:
    for text in CASES_SYNTHETIC_HOSTILE:
        nt = normalise(text)
        nt.text.encode("utf-8")
        assert normalise(nt.text).text == nt.text
