"""Document structure: split compilations, identify each report, build its section tree.

:func:`split_documents` cuts a file into documents (第一篇：… 第二篇：…, or a
compilation of several reports each opening with its own title);
:func:`~govreport_nlp.identify.identify` tells what a document is;
:func:`build_sections` finds its headings (:mod:`govreport_nlp.headings`),
nests them and labels each section from ``lexicons/section_labels.json``.

>>> from govreport_nlp.textmap import NormalizedText
>>> nt = NormalizedText.unchanged("前言。\\n一、总体情况\\n正文。\\n二、存在的问题及下一步打算\\n正文。")
>>> for s in build_sections(nt, 0, len(nt), doc_id="d", skip=[]):
...     print(s.level, s.title, s.label, s.label2)
1  preamble None
1 一、总体情况 overview None
1 二、存在的问题及下一步打算 problems plans
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from .headings import Candidate, accept, cn_value, find_candidates, lines, settings
from .identify import identify
from .lexicons import load_json
from .models import Section
from .normalise import to_simplified
from .textmap import NormalizedText

__all__ = ["build_sections", "heading_scores", "identify", "split_documents"]

_PIAN_RE = re.compile(r"[ \u3000]*第([一二三四五六七八九十百零〇两]+|\d{1,3})篇[：:\s]?")
_SPACE_RE = re.compile(r"\s+")
_STRIP_NUMBER_RE = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇两\d]+(?:篇|部分|章|节|条)|[一二三四五六七八九十百零〇两]+\s*[，,]?[、．.]"
    r"|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、．.)）]|[①-⑳])[：:]?"
)

# ---------------------------------------------------------------- documents


def _compilation_marks(text: str, start: int, end: int) -> list[int]:
    """Line starts of 第一篇 / 第二篇 … markers that number in sequence."""
    marks, expect = [], 1
    for ls, le in lines(text, start, end):
        m = _PIAN_RE.match(text, ls, le)
        if m and cn_value(m.group(1)) == expect:
            marks.append(ls)
            expect += 1
    return marks


def _title_marks(text: str, start: int, end: int) -> list[int]:
    """Starts of repeated report titles, each followed by its own 一、 heading."""
    pattern = re.compile(settings()["compilation_title_pattern"])
    out = []
    for ls, le in lines(text, start, end):
        line = text[ls:le].strip()
        if 8 <= len(line) <= 50 and "。" not in line and pattern.search(line):
            out.append(ls)
    return out


def split_documents(nt: NormalizedText) -> list[tuple[int, int]]:
    """Spans (normalised offsets) of the documents in a file; one span for a single report.

    >>> from govreport_nlp.textmap import NormalizedText
    >>> body = "正文" * 120
    >>> split_documents(NormalizedText.unchanged(f"第一篇：甲\\n{body}\\n第二篇：乙\\n{body}"))
    [(0, 246), (247, 493)]
    """
    text, n = nt.text, len(nt.text)
    min_chars = settings()["split_min_chars"]
    marks = _compilation_marks(text, 0, n)
    if len(marks) < 2:
        marks = _distinct_titles(text, _title_marks(text, 0, n), min_chars)
    else:
        nexts = [*marks[1:], n]
        marks = [m for m, nx in zip(marks, nexts, strict=True) if nx - m >= min_chars]
    if len(marks) < 2:
        return [(0, n)]
    marks[0] = 0
    ends = [*marks[1:], n]
    return [(s, _rstrip(text, s, e)) for s, e in zip(marks, ends, strict=True)]


def _distinct_titles(text: str, marks: list[int], min_chars: int) -> list[int]:
    """Keep title lines that open a document of their own (long enough, with a 一、 heading)."""
    kept = []
    for i, m in enumerate(marks):
        stop = marks[i + 1] if i + 1 < len(marks) else len(text)
        chunk = text[m:stop]
        if stop - m >= min_chars and re.search(r"(?m)^[ \u3000]*一[、．.]", chunk):
            kept.append(m)
    return kept


def _rstrip(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in "\n \u3000":
        e -= 1
    return e


# ---------------------------------------------------------------- labels


@lru_cache(maxsize=1)
def _labels() -> dict[str, Any]:
    data = load_json("section_labels.json")

    def compile_terms(table: dict[str, dict[str, float]]) -> tuple[re.Pattern[str], dict[str, list[Any]]]:
        weights: dict[str, list[tuple[str, float]]] = {}
        for label, terms in table.items():
            for term, w in terms.items():
                weights.setdefault(term, []).append((label, float(w)))
        terms_sorted = sorted(weights, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, terms_sorted))), weights

    return {
        "heading": compile_terms(data["heading"]),
        "body": compile_terms(data["body"]),
        "inherit": tuple(data["inherit_terms"]),
        "inherit_strong": set(data["inherit_strong"]),
        "settings": data["settings"],
    }


def heading_scores(text: str, kind: str = "heading") -> list[tuple[str, float]]:
    """Labels for a heading (or ``kind="body"`` text), best first, from the label lexicon.

    A label scores its best term plus a quarter of its other terms; ties go to
    the label named first in the text.

    >>> heading_scores("存在的问题及下一步工作打算")[:2]
    [('problems', 5.0), ('plans', 6.25)]
    """
    rx, weights = _labels()[kind]
    text = _SPACE_RE.sub("", text)
    best: dict[str, float] = {}
    total: dict[str, float] = {}
    first: dict[str, int] = {}
    for m in rx.finditer(text):
        for label, w in weights[m.group(0)]:
            best[label] = max(best.get(label, 0.0), w)
            total[label] = total.get(label, 0.0) + w
            first.setdefault(label, m.start())
    scored = {k: best[k] + 0.25 * (total[k] - best[k]) for k in best}
    return sorted(scored.items(), key=lambda kv: (-best[kv[0]], first[kv[0]]))


def _pick(scores: list[tuple[str, float]], minimum: float) -> tuple[str, str | None] | None:
    cfg = _labels()["settings"]
    if not scores or scores[0][1] < minimum:
        return None
    label, top = scores[0]
    second = next(((lab, sc) for lab, sc in scores[1:] if lab != "unknown"), None)
    if second and second[1] >= max(cfg["label2_min"], cfg["label2_ratio"] * top) and label != "unknown":
        return label, second[0]
    return label, None


def _heading_text(title: str) -> str:
    return _STRIP_NUMBER_RE.sub("", title.strip(), count=1)


_SENTENCE_END = re.compile(r"[。：:；！？\n]")


def _first_sentence(text: str, start: int, end: int) -> str:
    m = _SENTENCE_END.search(text, start, min(end, start + 80))
    return text[start:m.start() if m else min(end, start + 40)]


def _body_text(text: str, start: int, end: int, skip: Sequence[tuple[int, int]]) -> str:
    limit = _labels()["settings"]["body_chars"]
    chunk = text[start:min(end, start + limit)]
    for s, e in skip:
        if s < start + len(chunk) and e > start:
            chunk = chunk[:max(0, s - start)]
    return chunk


# ---------------------------------------------------------------- sections


def _extents(heads: list[Candidate], end: int) -> list[int]:
    """End of each heading's section: the next heading at the same or a higher level."""
    out = []
    for i, h in enumerate(heads):
        stop = next((g.start for g in heads[i + 1:] if g.level <= h.level), end)
        out.append(stop)
    return out


def _parents(heads: list[Candidate]) -> list[int | None]:
    out: list[int | None] = []
    for i, h in enumerate(heads):
        out.append(next((j for j in range(i - 1, -1, -1) if heads[j].level < h.level), None))
    return out


def _label_one(nt: NormalizedText, h: Candidate, stop: int, parent: Section | None,
               parent_intro: str, skip: Sequence[tuple[int, int]]) -> tuple[str, str | None]:
    cfg = _labels()["settings"]
    own_text = _first_sentence(nt.text, h.body, stop) if h.style == "tiao" else _heading_text(h.title)
    minimum = cfg["article_sentence_min"] if h.style == "tiao" else cfg["heading_min"]
    own = _pick(heading_scores(own_text), minimum)
    if parent is not None and _inherits(parent):
        if own and own[0] in _labels()["inherit_strong"] and (
                own[0] in (parent.label, parent.label2) or dict(heading_scores(own_text))[own[0]] >= 4):
            return own  # （一）问题 under 存在问题和改进措施: its own half of the parent
        intro_plans = any(lab == "plans" for lab, _s in heading_scores(parent_intro, "body"))
        if parent.label == "problems" and (parent.label2 == "plans" or intro_plans):
            return "plans", None
        return parent.label, None
    if own:
        return own
    if h.style != "tiao":
        body = _pick(heading_scores(_body_text(nt.text, h.body, stop, skip), "body"), cfg["body_min"])
        if body:
            return body[0], None
    if parent is not None and parent.label not in ("unknown", "preamble"):
        return parent.label, None
    return "unknown", None


def _inherits(parent: Section) -> bool:
    data = _labels()
    if parent.label in data["inherit_strong"]:
        return True
    return any(t in _SPACE_RE.sub("", parent.title) for t in data["inherit"])


def build_sections(nt: NormalizedText, nstart: int, nend: int, *, doc_id: str,
                   skip: list[tuple[int, int]]) -> list[Section]:
    """The labelled heading tree of one document, in document order (preamble first).

    Every character of ``nt.text[nstart:nend]`` lies in some section; nested
    sections lie inside their parent.  ``skip`` holds table ranges where no
    heading is looked for.
    """
    scorer = _bare_score
    heads = accept(find_candidates(nt.text, nstart, nend, skip=skip, score=scorer, flat_score=_topic_score))
    sections: list[Section] = []
    first = heads[0].start if heads else nend
    if nt.text[nstart:first].strip():
        s, e = nt.original_span(nstart, first)
        sections.append(Section(doc_id, f"{doc_id}:s0", None, 1, None, "", "preamble", None, s, e,
                                nstart, first, nstart))
    stops = _extents(heads, nend)
    parents = _parents(heads)
    made: list[Section] = []
    for i, h in enumerate(heads):
        j = parents[i]
        parent = made[j] if j is not None else None
        intro = nt.text[heads[j].body:heads[j + 1].start] if j is not None else ""
        label, label2 = _label_one(nt, h, stops[i], parent, intro, skip)
        if label == "unknown" and h.style == "tiao":  # an article naming no topic continues the one before
            label = next((m.label for m in reversed(made) if m.level == h.level and m.parent_id == (
                parent.section_id if parent else None)), "unknown")
        s, e = nt.original_span(h.start, stops[i])
        sec = Section(doc_id, f"{doc_id}:s{len(made) + 1}", parent.section_id if parent else None, h.level,
                      h.number, _written_title(nt, h), label, label2, s, e, h.start, stops[i], h.body)
        made.append(sec)
    return sections + made


def _written_title(nt: NormalizedText, h: Candidate) -> str:
    """The heading as the document wrote it, in simplified script (gold-format ``title``)."""
    pos = nt.text.find(h.title, h.start)
    if pos < 0:
        return h.title
    raw = nt.original_slice(pos, pos + len(h.title))
    if _SPACE_RE.sub("", raw) != _SPACE_RE.sub("", h.title):  # normalising changed it: simplify only
        raw = to_simplified(raw)
    return _SPACE_RE.sub(" ", raw.replace("\n", "")).strip() or h.title


def _bare_score(line: str) -> float:
    scores = heading_scores(line)
    return max((sc for lab, sc in scores if lab != "unknown"), default=0.0)


def _topic_score(text: str) -> float:
    """Best label score of a heading, the ``unknown`` topics (统计表, 附件) included."""
    return max((sc for _lab, sc in heading_scores(text)), default=0.0)
