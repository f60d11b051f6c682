"""Heading candidates and their numbering: find every line that opens a section.

A heading is a numbered line (一、 / 一，、 / （一） / 1. / 1、 / （1） / 1） / ① /
第一章 / 第一节 / 第一条 / 第一部分), a bare short line such as 组织领导, or an
inline label such as 工作中存在的问题：….  :func:`find_candidates` proposes
them; :func:`accept` keeps those whose numbering runs in sequence and gives
each a level by numbering style (a new style nests under the current one;
an old style closes the levels opened after it).

>>> text = "前言。\\n一、总体情况\\n正文。\\n（一）主动公开方面。按照要求公开。\\n二、存在问题\\n正文。"
>>> [(h.level, h.number, h.title) for h in accept(find_candidates(text, 0, len(text)))]
[(1, '一', '一、总体情况'), (2, '（一）', '（一）主动公开方面。'), (1, '二', '二、存在问题')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicons import load_json

__all__ = ["Candidate", "accept", "cn_value", "find_candidates", "lines", "settings"]

_CN = "一二三四五六七八九十百零〇两"
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_BULLETS = " \u3000\t•·●○■□◆◇★☆※▪►-—*"
_NUMERAL = f"[{_CN}]+|\\d{{1,3}}"

# style -> (regex anchored at a position, canonical rank); group "n" is the numeral
_STYLES: dict[str, tuple[re.Pattern[str], float]] = {
    "pian": (re.compile(f"第(?P<n>{_NUMERAL})篇"), 0),
    "bu": (re.compile(f"第(?P<n>{_NUMERAL})部分"), 1),
    "zhang": (re.compile(f"第(?P<n>{_NUMERAL})章"), 2),
    "jie": (re.compile(f"第(?P<n>{_NUMERAL})节"), 3),
    "tiao": (re.compile(f"第(?P<n>{_NUMERAL})条(?![第（(、，,之的规])"), 3.5),
    "cn": (re.compile(f"(?P<n>[{_CN}]{{1,3}})\\s*(?:[，,]\\s*)?(?:、|[．.](?!\\d))"), 4),
    "cnp": (re.compile(f"[（(]\\s*(?P<n>[{_CN}]{{1,3}})\\s*[)）]"), 5),
    "num": (re.compile(r"(?P<n>\d{1,2})\s*(?:[、．]|\.(?!\d))(?![、，。])"), 6),
    "nump": (re.compile(r"[（(]\s*(?P<n>\d{1,2})\s*[)）]"), 7),
    "numh": (re.compile(r"(?P<n>\d{1,2})[)）]"), 8),
    "circ": (re.compile(f"(?P<n>[{_CIRCLED}])"), 9),
}
_MAJOR = {"pian", "bu", "zhang", "jie", "tiao", "cn"}
_MIDLINE_RE = re.compile(f"(?<=[。！？；\\s])第(?:{_NUMERAL})(?:章|部分|节|条(?![第（(、，,之的规]))")
_RUNIN_END = re.compile(r"[。：:！？；]")
_BARE_RE = re.compile(r"^[\u4e00-\u9fff、“”]+$")
_COLON_RE = re.compile(r"([\u4e00-\u9fff]{2,16})[：:]")


@dataclass(frozen=True)
class Candidate:
    """A possible heading: where it starts, its numbering and its title.

    ``value`` is the number as an int (``None`` for bare/label headings);
    ``body`` is where the governed text starts (normalised offsets).
    """

    start: int
    body: int
    style: str
    value: int | None
    number: str | None
    title: str
    own_line: bool
    level: int = 0


@lru_cache(maxsize=1)
def settings() -> dict:
    """The heading settings of ``lexicons/segment.json`` with compiled patterns."""
    data = dict(load_json("segment.json"))
    data["inline_label_res"] = [re.compile(p) for p in data["inline_label_patterns"]]
    data["table_rows_re"] = re.compile("|".join(map(re.escape, data["table_row_phrases"])))
    return data


def cn_value(numeral: str) -> int | None:
    """The value of a numeral as written in a heading.

    >>> [cn_value(s) for s in ("三", "十二", "二十一", "一百", "7", "⑤")]
    [3, 12, 21, 100, 7, 5]
    """
    if len(numeral) == 1 and numeral in _CIRCLED:
        return _CIRCLED.index(numeral) + 1
    if numeral.isascii() and numeral.isdigit():
        return int(numeral)
    total, current = 0, 0
    for ch in numeral:
        if ch in _CN_DIGIT:
            current = current * 10 + _CN_DIGIT[ch] if ch in "零〇" and current else _CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text[start:end]`` (without the newline).

    >>> lines("ab\\ncd", 0, 5)
    [(0, 2), (3, 5)]
    """
    out, pos = [], start
    while pos <= end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        out.append((pos, stop))
        if nl < 0:
            break
        pos = nl + 1
    return out


def _match_number(text: str, pos: int, end: int) -> tuple[str, re.Match[str]] | None:
    for style, (rx, _rank) in _STYLES.items():
        m = rx.match(text, pos, end)
        if m:
            return style, m
    return None


def _numbered(text: str, pos: int, seg_end: int, line_end: int, style: str,
              m: re.Match[str]) -> Candidate | None:
    cfg = settings()
    value = cn_value(m.group("n"))
    if value is None or value == 0:
        return None
    number = m.group("n") if style == "cn" else m.group(0).strip()
    whole = text[pos:seg_end].strip()
    if style == "tiao":
        return Candidate(pos, m.end(), style, value, number, m.group(0), seg_end == line_end)
    stop = _RUNIN_END.search(text, m.end(), min(seg_end, m.end() + cfg["runin_title_max"]))
    runs_on = stop is not None and text[stop.end():seg_end].strip() != ""
    if not runs_on and len(whole) <= cfg["own_line_max"]:
        return Candidate(pos, seg_end, style, value, number, whole, True)
    if stop:
        return Candidate(pos, stop.end(), style, value, number, text[pos:stop.end()].strip(), False)
    comma = re.compile("[，,]").search(text, m.end(), min(seg_end, m.end() + cfg["runin_title_max"]))
    cut = comma.start() if comma else min(seg_end, m.end() + 30)
    return Candidate(pos, cut, style, value, number, text[pos:cut].strip(), False)


def _line_candidates(text: str, ls: int, le: int) -> list[Candidate]:
    """Numbered headings opening the line ``text[ls:le]`` or following a sentence end in it."""
    pos = ls
    while pos < le and text[pos] in _BULLETS:
        pos += 1
    starts: list[int] = [pos] if _match_number(text, pos, le) else []
    starts += [m.start() for m in _MIDLINE_RE.finditer(text, pos + 1, le)]
    out = []
    for i, s in enumerate(starts):
        seg_end = starts[i + 1] if i + 1 < len(starts) else le
        found = _match_number(text, s, le)
        if found is None:
            continue
        cand = _numbered(text, s, seg_end, le, *found)
        if cand is not None:
            out.append(cand if s != pos else replace(cand, start=ls))
    return out


def _label_line(text: str, ls: int, le: int) -> Candidate | None:
    """An inline label (工作中存在的问题：一是…) opening the line."""
    m = _COLON_RE.match(text, ls, le)
    if m and any(rx.search(m.group(1)) for rx in settings()["inline_label_res"]):
        return Candidate(ls, m.end(), "label", None, None, m.group(1), False)
    return None


def _bare_line(text: str, ls: int, le: int, nxt: tuple[int, int] | None,
               score: Callable[[str], float], minimum: float, prev: str) -> Candidate | None:
    """A short un-numbered line that names a topic (组织领导), followed by longer text."""
    cfg = settings()
    line = text[ls:le].strip()
    if not (cfg["bare_min_chars"] <= len(line) <= cfg["bare_max_chars"]) or not _BARE_RE.match(line):
        return None
    if nxt is None or len(text[nxt[0]:nxt[1]].strip()) <= len(line):
        return None
    if prev and prev[-1] not in "。！？；：:!?;”）)":
        return None
    if score(line) < minimum:
        return None
    return Candidate(ls, le, "bare", None, None, line, True)


def find_candidates(text: str, start: int, end: int, *, skip: Sequence[tuple[int, int]] = (),
                    score: Callable[[str], float] | None = None) -> list[Candidate]:
    """Every possible heading of ``text[start:end]`` in order (before sequence checks).

    ``score`` rates a bare line as a topic name (label lexicon); without it bare
    lines are not proposed.  Lines inside ``skip`` (tables) or holding tabs are
    never headings.
    """
    cfg = settings()
    all_lines = [(s, e) for s, e in lines(text, start, end) if text[s:e].strip()]
    body_seen = False
    out: list[Candidate] = []
    weak: list[tuple[int, Candidate]] = []
    for i, (ls, le) in enumerate(all_lines):
        if "\t" in text[ls:le] or any(s < le and e > ls for s, e in skip):
            continue
        found = _line_candidates(text, ls, le)
        if not found:
            label = _label_line(text, ls, le)
            found = [label] if label else []
        if not found and body_seen and score is not None:
            nxt = all_lines[i + 1] if i + 1 < len(all_lines) else None
            prev = text[all_lines[i - 1][0]:all_lines[i - 1][1]].strip() if i else ""
            bare = _bare_line(text, ls, le, nxt, score, 0.5, prev)
            if bare is not None:
                strong = score(bare.title) >= cfg["bare_min_label_score"]
                (out.append(bare) if strong else weak.append((len(out), bare)))
                found = []
        out += [c for c in found if not cfg["table_rows_re"].search(c.title)]
        if le - ls >= cfg["body_paragraph_min"] or "。" in text[ls:le]:
            body_seen = True
    if sum(c.style == "bare" for c in out) >= 2 and weak:
        out = sorted(out + [c for _i, c in weak], key=lambda c: c.start)
    return out


def accept(cands: Sequence[Candidate]) -> list[Candidate]:
    """Keep candidates whose numbering continues a sequence; set their levels.

    A style already open must continue (n+1, or n+2 on a line of its own); a
    new style must start at 1 or continue its earlier run (第五条 after a new
    章).  Major styles (第X章, 一、 …) close the finer styles opened above them.
    """
    stack: list[list] = []  # [style, value]
    last: dict[str, int] = {}
    out: list[Candidate] = []
    for c in cands:
        if c.value is None:
            stack = [[c.style, 0]]
            out.append(replace(c, level=1))
            continue
        styles = [s for s, _v in stack]
        if c.style in styles:
            i = styles.index(c.style)
            prev = stack[i][1]
            if not (c.value == prev + 1 or (c.own_line and c.value == prev + 2)):
                continue
            stack = [*stack[:i], [c.style, c.value]]
        else:
            if not (c.value == 1 or c.value == last.get(c.style, -9) + 1):
                continue
            new = list(stack)
            if c.style in _MAJOR:
                rank = _STYLES[c.style][1]
                while new and new[-1][0] in _STYLES and _STYLES[new[-1][0]][1] > rank:
                    new.pop()
                if new and new[-1][0] == "bare" and last.get(c.style, 0) >= 1 and c.value > 1:
                    new.pop()
            stack = [*new, [c.style, c.value]]
        last[c.style] = c.value
        out.append(replace(c, level=len(stack)))
    return out
