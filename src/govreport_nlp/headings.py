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

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from .lexicons import load_json

__all__ = ["Candidate", "accept", "cn_value", "find_candidates", "flat_candidates", "lines", "settings"]

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
_RESTARTS = frozenset({"cnp", "nump"})
_MIDLINE_RE = re.compile(f"(?<=[。！？；\\s])第(?:{_NUMERAL})(?:章|部分|节|条(?![第（(、，,之的规]))")
_RUNIN_END = re.compile(r"[。：:！？；]")
_BARE_RE = re.compile(r"^[\u4e00-\u9fff、“”]+$")
_COLON_RE = re.compile(r"([\u4e00-\u9fff]{2,16})[：:]")
_COMMA_RE = re.compile("[，,]")
_ARTICLE_STYLES = frozenset({"bu", "zhang", "jie", "tiao"})
_QUOTES = frozenset("“\"《「‘")


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
def settings() -> dict[str, Any]:
    """The heading settings of ``lexicons/segment.json`` with compiled patterns."""
    data = dict(load_json("segment.json"))
    data["inline_label_res"] = [re.compile(p) for p in data["inline_label_patterns"]]
    data["toc_entry_re"] = re.compile(data["toc_entry_pattern"], re.M)
    data["table_rows_re"] = re.compile("|".join(map(re.escape, data["table_row_phrases"])))
    data["flat_titles"] = tuple(sorted(data["flat_standard_titles"], key=len, reverse=True))
    data["flat_finals_re"] = re.compile("|".join(map(re.escape, data["flat_title_finals"])))
    data["flat_weak_finals_re"] = re.compile("|".join(map(re.escape, data["flat_weak_title_finals"])))
    data["flat_cues_re"] = re.compile("|".join(map(re.escape, data["flat_body_cues"])))
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
        cut = _titled_end(text, m.end(), seg_end) if whole.endswith("。") else seg_end
        if seg_end - cut >= cfg["runon_body_min"]:  # 二、…收费及减免情况本单位未收取费用。: title, then its body
            return Candidate(pos, cut, style, value, number, text[pos:cut].strip(), False)
        return Candidate(pos, seg_end, style, value, number, whole, True)
    if stop:
        return Candidate(pos, stop.end(), style, value, number, text[pos:stop.end()].strip(), False)
    comma = _COMMA_RE.search(text, m.end(), min(seg_end, m.end() + cfg["runin_title_max"]))
    cut = comma.start() if comma else min(seg_end, m.end() + 30)
    cut = min(cut, _titled_end(text, m.end(), seg_end))  # 四、…收费及减免情况我局…: a heading run into its body
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
    if re.sub(r"\s", "", line) in cfg["bare_not_headings"]:
        return None
    if nxt is None or len(text[nxt[0]:nxt[1]].strip()) <= len(line):
        return None
    if prev and prev[-1] not in "。！？；：:!?;”）)":
        return None
    if score(line) < minimum:
        return None
    return Candidate(ls, le, "bare", None, None, line, True)


def _cut_table_row(words: str) -> bool:
    """A row label cut off at the end of a page (一、本年新收政府): the start of a row phrase.

    >>> _cut_table_row("、本年新收政府"), _cut_table_row("、本年工作")
    (True, False)
    """
    words = "".join(_CJK_RE.findall(words))
    return len(words) >= 4 and any(p.startswith(words) for p in settings()["table_row_phrases"])


def _table_row(c: Candidate) -> bool:
    """A statistical-table row label (四、结转下年度继续办理): the phrase opens the title or is most of it.

    >>> _table_row(Candidate(0, 9, "cn", 4, "四", "四、结转下年度继续办理", True))
    True
    >>> _table_row(Candidate(0, 9, "cn", 3, "三", "三、依申请公开、不予公开及咨询政府信息情况", True))
    False
    >>> _table_row(Candidate(0, 9, "num", 3, "3、", "3、不予以公开政府信息的数量：", False))
    False
    """
    m = settings()["table_rows_re"].search(c.title)
    if m is None:
        return _cut_table_row(c.title[len(c.number or ""):])
    if m.start() and c.title[m.start() - 1] in _QUOTES:  # （三）“不予公开”的信息: the category quoted in prose
        return False
    if m.start() and c.title[m.start() - 1] == "不" and m.group(0) == "予以公开":  # 3、不予以公开…的数量
        return False
    rest = _CJK_RE.findall(c.title[:m.start()] + c.title[m.end():])
    return m.start() <= 5 or len(rest) <= len(m.group(0)) + 4


def find_candidates(text: str, start: int, end: int, *, skip: Sequence[tuple[int, int]] = (),
                    score: Callable[[str], float] | None = None,
                    flat_score: Callable[[str], float] | None = None) -> list[Candidate]:
    """Every possible heading of ``text[start:end]`` in order (before sequence checks).

    ``score`` rates a bare line as a topic name (label lexicon); without it bare
    lines are not proposed; ``flat_score`` (default ``score``) rates the 一、
    headings found in flattened lines.  Lines inside ``skip`` (tables) or holding tabs are
    never headings.  A flattened line (text that lost its line breaks, see
    :func:`flat_candidates`) is searched for run-in headings instead.
    """
    cfg = settings()
    all_lines = [(s, e) for s, e in lines(text, start, end) if text[s:e].strip()]
    flat_doc = (end - start) / max(1, len(all_lines)) >= cfg["flat_doc_chars_per_line"]
    body_seen = False
    out: list[Candidate] = []
    weak: list[tuple[int, Candidate]] = []
    for i, (ls, le) in enumerate(all_lines):
        if _toc_line(text, ls, le) or cfg["toc_entry_re"].search(text, ls, le):
            continue
        if _is_flat(le - ls, flat_doc) or (le - ls >= cfg["runin_line_min"]
                                           and "\t" not in text[ls:le] and _runin_sequence(text, ls, le)):
            last_cn = next((c.value for c in reversed(out) if c.style == "cn"), None)
            flat = flat_candidates(text, ls, le, skip=skip, score=flat_score or score, last_cn=last_cn)
            articles = [c for c in _line_candidates(text, ls, le) if c.style in _ARTICLE_STYLES]
            out += sorted([c for c in flat if not _table_row(c)] + articles, key=lambda c: c.start)
            body_seen = True
            continue
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
        out += [c for c in found if not _table_row(c)]
        if le - ls >= cfg["body_paragraph_min"] or "。" in text[ls:le]:
            body_seen = True
    if sum(c.style == "bare" for c in out) >= 2 and weak:
        out = sorted(out + [c for _i, c in weak], key=lambda c: c.start)
    return out


# ---------------------------------------------------------------- flattened text

_FLAT_NUMBER = re.compile(
    f"(?P<cn>(?P<n>[{_CN}]{{1,3}})\\s*(?:[，,]\\s*)?(?:、|[．.](?!\\d)))"
    f"|(?P<cnp>[（(]\\s*(?P<n2>[{_CN}]{{1,3}})\\s*[)）])"
    r"|(?P<num>(?P<n3>\d{1,2})、)"
)
_FLAT_AFTER = frozenset("。；！？!?;：:”’」』）)】》")
_FLAT_HARD = frozenset("。：:；！？!?;")
_FLAT_SOFT = frozenset("（(“《【[")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SPACES_RE = re.compile(r"\s*")
_YEAR_OPEN = re.compile(r"(?:19|20)\d\d\s*年度?")


def _is_flat(length: int, flat_doc: bool) -> bool:
    """A line holding a whole flattened body: far longer than a paragraph, or long in a doc with few breaks."""
    cfg = settings()
    return length >= cfg["flat_line_min_chars"] or (flat_doc and length >= cfg["flat_line_in_flat_doc_min"])


_RUNIN_CN = re.compile(f"(?<=[。；！？!?;：:\\s])(?P<n>[{_CN}]{{1,3}})、")
_RUNIN_OPEN = re.compile(r"(?:如下|报告|总结)[：:]\s*一[、．.]")  # 现将…报告如下：一、… a body that lost its breaks
_RUNIN_CNP = re.compile(f"[。！？!?][ \u3000]*[（(](?P<n>[{_CN}]{{1,3}})[)）]")


_TOC_MARK = re.compile(f"(?:^|(?<=[，,。；;、\\s]))(?:[{_CN}]{{1,3}}、|[（(][{_CN}]{{1,3}}[)）])")


def _toc_line(text: str, ls: int, le: int) -> bool:
    """A table of contents run into one line (一、概述，（一）…，二、…): many numbers, little text between.

    >>> t = "一、概述，（一）重点推进，（二）开拓创新，二、主动公开情况，（一）范围，三、依申请公开情况，"
    >>> _toc_line(t, 0, len(t)), _toc_line("（一）主动公开方面。全年公开信息3条。", 0, 19)
    (True, False)
    """
    cfg = settings()
    limit = float(cfg["toc_max_chars_per_mark"])
    found = list(_TOC_MARK.finditer(text, ls, le))
    marks = [m.start() for m in found]
    majors = sum(m.group().endswith("、") for m in found)  # a list of （一）…（六） inside an article is no contents
    if len(marks) < cfg["toc_min_marks"] or majors < 2:
        return False
    return (le - marks[0]) / len(marks) <= limit


def _runin_sequence(text: str, ls: int, le: int) -> bool:
    """A long line where 一、 二、 … follow sentence ends or spaces in sequence (a page that lost its breaks).

    >>> t = "说明。 一、概述 根据要求设立查阅点。 二、主动公开政府信息的情况 本单位新增信息83条。"
    >>> _runin_sequence(t, 0, len(t)), _runin_sequence("一是加强。二、是", 0, 8)
    (True, False)
    >>> t = "一、总体情况 说明。 （一）主动公开方面 公开信息9条。 （二）依申请公开方面 未收到申请。"
    >>> _runin_sequence(t, 0, len(t)), _runin_sequence("要求：（一）加强；（二）完善。", 0, 15)
    (True, False)
    """
    for rx in (_RUNIN_CN, _RUNIN_CNP):
        values = [cn_value(m.group("n")) for m in rx.finditer(text, ls, le)]
        if any(a is not None and b == a + 1 for a, b in itertools.pairwise(values)):
            return True
    return _RUNIN_OPEN.search(text, ls, le) is not None


def _inside(pos: int, skip: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    return next(((s, e) for s, e in skip if s <= pos < e), None)


def _flat_boundary(text: str, ls: int, pos: int, cn: bool, skip: Sequence[tuple[int, int]],
                   prev_end: int) -> bool:
    """A heading may open here: line start, after a sentence end, a space, a table or the previous heading."""
    back = pos
    while back > ls and text[back - 1] in " \u3000\t\u200b":
        back -= 1
    if back in (ls, prev_end):
        return True
    ch = text[back - 1]
    if ch in _FLAT_AFTER or any(s < back and back - e <= 2 for s, e in skip if e <= back + 1):
        return True
    if back < pos:
        return ch not in "第、，,"
    return cn and ch.isascii() and ch.isalnum()


def _titled_end(text: str, begin: int, limit: int) -> int:
    """End of a standard title or a …情况/…方面 title opening ``text[begin:limit]``, else ``limit``.

    >>> t = "政府信息公开的收费及减免情况本单位未收取费用。"
    >>> t[:_titled_end(t, 0, len(t))]
    '政府信息公开的收费及减免情况'
    >>> _titled_end("严格按照《条例》公开信息。", 0, 13)
    13
    """
    cfg = settings()
    seg = text[begin:min(limit, begin + cfg["flat_title_max"])]
    cut = next((len(t) for t in cfg["flat_titles"] if seg.startswith(t)), None)
    if cut is None:
        head = _FLAT_HARD_RE.split(seg, maxsplit=1)[0]
        final = next((m for m in cfg["flat_finals_re"].finditer(head) if m.end() >= 4), None)
        cut = final.end() if final else None
    return begin + cut if cut is not None else limit


_FLAT_HARD_RE = re.compile("[。：:；！？!?;，,（(“《]")


def _after_sentence(text: str, ls: int, pos: int) -> bool:
    """``pos`` follows a sentence end (。！？；), spaces aside."""
    back = pos
    while back > ls and text[back - 1] in " \u3000\t":
        back -= 1
    return back > ls and text[back - 1] in "。！？；!?;"


def _flat_title_end(text: str, begin: int, limit: int) -> int:
    """Where a run-in heading without its own line ends and its body begins.

    The title stops at 。/：(kept), at a space, digit or opening bracket, or else
    after a standard part title (总体情况), a heading final (…方面 / …情况) or
    before a body opener (我区 / 根据 / 今年 …) when the title runs long.

    >>> t = "总体情况2021年，我区…"
    >>> t[:_flat_title_end(t, 0, len(t))]
    '总体情况'
    >>> t = "主动公开方面。按照要求…"
    >>> t[:_flat_title_end(t, 0, len(t))]
    '主动公开方面。'
    >>> t = "强化组织协调，着力规范公开工作积极贯彻国家、省里有关政策，扎实推进"
    >>> t[:_flat_title_end(t, 0, len(t))]
    '强化组织协调，着力规范公开工作'
    """
    cfg = settings()
    stop, hard = min(limit, begin + cfg["flat_title_max"]), False
    year = _YEAR_OPEN.match(text, begin, stop)
    for j in range(year.end() if year else begin, stop):
        ch = text[j]
        if ch in _FLAT_HARD:
            stop, hard = j, True
            break
        if ch.isspace() or ch.isdigit() or ch in _FLAT_SOFT:
            stop = j
            break
    seg = text[begin:stop]
    cut = next((len(t) for t in cfg["flat_titles"] if seg.startswith(t)), None)
    if cut is None:
        final = next((m for m in cfg["flat_finals_re"].finditer(seg) if m.end() >= 4), None)
        cut = final.end() if final else None
    if len(seg) >= cfg["flat_cue_min_chars"]:
        cue = next((m.start() for m in cfg["flat_cues_re"].finditer(seg) if m.start() >= 2), None)
        cut = cue if cut is None else min(cut, cue if cue is not None else cut)
        if cut is None and not hard:
            weak = next((m for m in cfg["flat_weak_finals_re"].finditer(seg) if m.end() >= 4), None)
            cut = weak.end() if weak else None
    end = begin + (cut if cut is not None else len(seg))
    return end + 1 if end < limit and text[end] in _FLAT_HARD else end


def _topic_heading(words: str, score: Callable[[str], float] | None) -> bool:
    """A flattened 一、 heading names a lexicon topic, or reads as one (…情况 / …方面)."""
    cfg = settings()
    if score is not None and score(words) >= cfg["flat_heading_min_score"]:
        return True
    final = cfg["flat_finals_re"].search(words.rstrip("。：:"))
    return final is not None and final.end() == len(words.rstrip("。：:"))


def flat_candidates(text: str, ls: int, le: int, *, skip: Sequence[tuple[int, int]] = (),
                    score: Callable[[str], float] | None = None, last_cn: int | None = None) -> list[Candidate]:
    """Run-in headings (一、 / （一） / 第X章) inside a line that lost its line breaks.

    Conservative: the number must open the line or follow a sentence end, a
    closing bracket, a table (``skip``) or the previous heading; a 一、 heading
    must name a topic of the label lexicon (``score``) unless it follows a
    sentence end and continues the 一、 sequence (``last_cn`` is the value of
    the last 一、 heading before this line); its title ends at 。/：or where
    the body evidently begins (:func:`_flat_title_end`).

    >>> t = ("说明。一、总体情况2021年，我区公开。（一）主动公开方面。按照要求。"
    ...      "二、存在的主要问题及改进情况（一）存在的问题：不足。")
    >>> [c.title for c in flat_candidates(t, 0, len(t), score=lambda s: 3.0)]
    ['一、总体情况', '（一）主动公开方面。', '二、存在的主要问题及改进情况', '（一）存在的问题：']
    """
    out: list[Candidate] = []
    prev_end = -1
    for m in _FLAT_NUMBER.finditer(text, ls, le):
        pos = m.start()
        if pos < prev_end or _inside(pos, skip):
            continue
        cn, num = m.group("cn") is not None, m.group("num") is not None
        if not _flat_boundary(text, ls, pos, cn, skip, prev_end):
            continue
        value = cn_value(m.group("n") if cn else m.group("n3") if num else m.group("n2"))
        table = next((s for s, _e in skip if s >= m.end()), le)
        gap = _SPACES_RE.match(text, m.end(), le)
        body = _flat_title_end(text, gap.end() if gap else m.end(), min(le, table))
        title = text[pos:body].strip()
        words = _CJK_RE.findall(title[len(m.group(0)):])
        if not value or len(words) < 2:
            continue
        topic = _topic_heading(title[len(m.group(0)):], score)
        if cn and not topic and not (
                last_cn is not None and value == last_cn + 1 and _after_sentence(text, ls, pos)):
            continue
        right_after = prev_end >= 0 and not text[prev_end:pos].strip()  # 一、总体情况 1、主动公开…
        if num and not (topic and (right_after or _after_sentence(text, ls, pos))):
            continue  # 1、 in running text: a heading only after a heading or a sentence, naming a topic
        if cn:
            last_cn = value
        number = m.group("n") if cn else m.group(0).strip()
        out.append(Candidate(pos, body, "cn" if cn else "num" if num else "cnp", value, number, title, False))
        prev_end = body
    return out


def accept(cands: Sequence[Candidate]) -> list[Candidate]:
    """Keep candidates whose numbering continues a sequence; set their levels.

    A style already open must continue (n+1, or n+2 on a line of its own); a
    new style must start at 1 or continue its earlier run (第五条 after a new
    章), except the very first heading of a text cut at its start (三、 on a line
    of its own).  Major styles (第X章, 一、 …) close the finer styles opened above them.
    """
    stack: list[list[Any]] = []  # [style, value]
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
            restart = i == 0 and c.value == 1 and c.style in _RESTARTS  # （一）… again: the 一、 above were lost
            if not (c.value == prev + 1 or (c.own_line and c.value == prev + 2) or restart):
                continue
            stack = [*stack[:i], [c.style, c.value]]
        else:
            # the first heading of a text whose opening was cut off may be 三、 (a line of its own)
            cut_opening = not out and c.own_line and c.style in _MAJOR
            if not (c.value == 1 or c.value == last.get(c.style, -9) + 1 or cut_opening):
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
