"""Offset maps: spans of rewritten text map back into the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govreport_nlp.textmap import NormalizedText, OffsetMap, rewrite


def test_textmap_deletion_maps_to_surrounding_original():
    original = "認(rèn)真落實"
    new, m = rewrite(original, [(1, 6, "")])
    assert new == "認真落實"
    assert m.span(0, 2) == (0, 7)
    assert original[slice(*m.span(2, 4))] == "落實"


def test_textmap_replacement_maps_to_whole_replaced_span():
    original = "網際網路發布"
    new, m = rewrite(original, [(0, 4, "互联网")])
    assert new == "互联网發布"
    assert m.span(0, 3) == (0, 4)
    assert m.span(1, 2) == (0, 4)
    assert original[slice(*m.span(3, 5))] == "發布"


def test_textmap_chained_maps_compose():
    a_text, a = rewrite("一,,、二", [(1, 4, "、")])
    b_text, b = rewrite(a_text, [(0, 1, "壹")])
    nt = NormalizedText(b_text, "一,,、二", a.then(b))
    assert nt.text == "壹、二"
    assert nt.original_span(2, 3) == (4, 5)
    assert nt.original_span(1, 2) == (1, 4)
    assert nt.normalized_offset(4) == 2


def test_textmap_to_new_inverts_copied_offsets():
    _, m = rewrite("abcdef", [(2, 4, "X")])
    assert [m.to_new(i) for i in range(7)] == [0, 1, 2, 3, 3, 4, 5]


@st.composite
def texts_with_edits(draw):
    text = draw(st.text(min_size=0, max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        edits.append((a, b, draw(st.text(max_size=3))))
    return text, edits


@given(texts_with_edits(), st.data())
def test_textmap_spans_always_inside_original_and_monotonic(case, data):
    text, edits = case
    new, m = rewrite(text, edits)
    assert m.new_len == len(new)
    starts = [m.start(i) for i in range(len(new) + 1)]
    assert starts == sorted(starts)
    assert all(0 <= s <= len(text) for s in starts)
    i = data.draw(st.integers(0, len(new)))
    j = data.draw(st.integers(i, len(new)))
    s, e = m.span(i, j)
    assert 0 <= s <= e <= len(text)


def test_textmap_identity():
    m = OffsetMap.identity(5)
    assert m.span(1, 4) == (1, 4)
    assert m.to_new(3) == 3
