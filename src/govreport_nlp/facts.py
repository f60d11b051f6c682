"""Facts from prose (schema §3): what each stated number means, how totals and parts
hang together, and which absences a report states.

Every number with a measure word found by :func:`govreport_nlp.numbers.find_numbers`
outside the statistical tables becomes one :class:`~govreport_nlp.models.Fact`:

* **meaning** — lexicon rules (``lexicons/metric_triggers.json``) are tried on
  the *item* (text between the punctuation around the number), then on the
  *clause* (between commas), then the number takes the metric of the total it
  is a part of or of the previous number of the sentence, then sentence-wide
  rules, the section label, a generic "published items" rule; ``other.count``
  with the noun as category when nothing fits.  Enumerated categories come from
  ``lexicons/categories.json``.
* **structure** — a part (after 其中 / 分别为 / 包括 / 涉及, or in a bracket listing
  numbers after a number) points at its total through ``parent``; ``rule`` ends
  in ``.breakdown.partial`` (其中, 包括, bracket) or ``.breakdown.complete`` (分别为).
  A breakdown ends at the sentence end, at its closing bracket, when the parts
  change dimension (another metric) and at ；before a new total.
* **absences** — 未收到…申请, 尚未发生…行政复议、行政诉讼, 无收取信息处理费 … give
  value 0, qualifier ``none_stated``, one fact per metric covered.

>>> found = extract_facts_from_text("网上接受信息公开申请6件，纸质接受信息公开申请7件。")
>>> [(f.metric, f.category, f.value, f.unit) for f in found]
[('requests.received', 'online', 6.0, '件'), ('requests.received', 'letter', 7.0, '件')]
>>> found = extract_facts_from_text("今年以来尚未发生行政复议案、行政诉讼案。")
>>> [(f.metric, f.value, f.qualifier) for f in found]
[('review.cases', 0.0, 'none_stated'), ('litigation.cases', 0.0, 'none_stated')]
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicons import load_json
from .models import Fact, Section
from .numbers import NumberMatch, find_numbers, parse_cn_number
from .textmap import NormalizedText

__all__ = ["extract_facts", "extract_facts_from_text"]

logger = logging.getLogger(__name__)

_SENTENCE_RE = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_ITEM_BOUNDS = set("，,。；;：:、！？!?\n\t（(）)【】")
_CLAUSE_BOUNDS = set("，,。；;：:！？!?\n\t")
_YEAR_RE = re.compile(r"((?:19|20)\d\d)\s*年")
_HOTLINE_RE = re.compile(r"(?<!\d)(12\d{3})(?!\d)")
_ENUM_CLAUSE = {"fees.amount", "platform.websites", "proposals.handled"}
_ENUM_SENTENCE = {"platform.websites"}
_DEFAULT_CATEGORY = {"review.cases": "total", "litigation.cases": "total", "fees.amount": "charged",
                     "platform.websites": "total"}


# ---------------------------------------------------------------- lexicons


@lru_cache(maxsize=1)
def _triggers() -> dict[str, Any]:
    return load_json("metric_triggers.json")


@lru_cache(maxsize=1)
def _categories() -> dict[str, dict[str, str]]:
    return {k: v for k, v in load_json("categories.json").items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def _strip_lists() -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = _triggers()
    pre = tuple(sorted(lex["category_strip_prefix"], key=len, reverse=True))
    suf = tuple(sorted(lex["category_strip_suffix"], key=len, reverse=True))
    return pre, suf


@lru_cache(maxsize=1)
def _absence_re() -> re.Pattern[str]:
    words = sorted(_triggers()["absences"]["triggers"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@lru_cache(maxsize=1)
def _absence_blockers_re() -> re.Pattern[str]:
    words = sorted(_triggers()["absences"]["trigger_blockers"], key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


# ---------------------------------------------------------------- context of one number


@dataclass
class _Num:
    """A number with its sentence context (offsets relative to the sentence)."""

    m: NumberMatch
    sentence: str
    s_start: int
    item: str
    item_left: str
    item_right: str
    clause: str
    metric: str = "other.count"
    category: str | None = None
    rule: str = ""
    parent: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _left_bound(s: str, pos: int, bounds: set[str]) -> int:
    i = pos
    while i > 0 and s[i - 1] not in bounds:
        i -= 1
    return i


def _right_bound(s: str, pos: int, bounds: set[str]) -> int:
    i = pos
    while i < len(s) and s[i] not in bounds:
        i += 1
    return i


def _context(m: NumberMatch, sentence: str, s_start: int, next_start: int, prev_end: int = 0) -> _Num:
    """The item and clause of ``m``; the item's left part starts after the previous number
    (政策解读5条及其他信息4条: 4 counts 其他信息, not 政策解读)."""
    i0 = max(_left_bound(sentence, m.start, _ITEM_BOUNDS), min(prev_end, m.start))
    i1 = _right_bound(sentence, m.unit_end, _ITEM_BOUNDS)
    c0 = _left_bound(sentence, m.start, _CLAUSE_BOUNDS)
    c1 = min(_right_bound(sentence, m.unit_end, _CLAUSE_BOUNDS), next_start)
    masked = _mask_stock_phrases(sentence)  # same length: 公民、法人或者其他组织 names no one applicant
    left, right = masked[i0:m.start], masked[m.unit_end:i1]
    clause = masked[c0:m.start] + "#" + masked[m.unit_end:c1]
    return _Num(m, sentence, s_start, left + "#" + right, left, right, clause)


# ---------------------------------------------------------------- meaning


_BOOK_RE = re.compile(r"《[^《》\n]{0,60}》")


def _mask_titles(text: str) -> str:
    """Blank the inside of 《…》 so that a title's words (《…政策解读工作制度》) trigger no rule.

    >>> _mask_titles("修订《政策解读制度》等6项")
    '修订《＿＿＿＿＿＿》等6项'
    """
    return _BOOK_RE.sub(lambda m: "《" + "＿" * (len(m.group()) - 2) + "》", text) if "《" in text else text


@dataclass(frozen=True)
class _Rule:
    """One rule of ``metric_triggers.json`` with its word lists compiled to alternations."""

    id: str
    metric: str
    units: frozenset[str] | None
    any_re: re.Pattern[str] | None
    all_words: tuple[str, ...]
    not_re: re.Pattern[str] | None
    has_re: re.Pattern[str] | None

    def fires(self, text: str, unit: str | None, sentence: str) -> bool:
        """Does the rule fire on ``text`` (titles already masked)?"""
        if self.units is not None and unit not in self.units:
            return False
        if self.any_re is None or self.any_re.search(text) is None:
            return False
        if any(w not in text for w in self.all_words):
            return False
        if self.not_re is not None and self.not_re.search(text) is not None:
            return False
        return self.has_re is None or self.has_re.search(sentence) is not None


def _alternation(words: Any) -> re.Pattern[str] | None:
    """One regex matching any of ``words`` (None for an empty list).

    >>> _alternation(["复议", "行政复议"]).search("未发生行政复议").group()
    '行政复议'
    """
    words = sorted(set(words or ()), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words)) if words else None


@lru_cache(maxsize=32)
def _rules(scope: str, only: str) -> tuple[_Rule, ...]:
    """The rules tried at ``scope`` whose id starts with ``only``, in lexicon order."""
    out = []
    for rule in _triggers()["rules"]:
        if scope not in rule.get("scope", ("item", "clause")) or not rule["id"].startswith(only):
            continue
        units = rule.get("units")
        out.append(_Rule(rule["id"], rule["metric"], frozenset(units) if units else None,
                         _alternation(rule["any"]), tuple(rule.get("all", ())), _alternation(rule.get("not")),
                         _alternation(rule.get("sentence_has"))))
    return tuple(out)


@lru_cache(maxsize=8192)
def _first_rule(scope: str, text: str, unit: str | None, sentence: str, only: str) -> _Rule | None:
    # titles left of the number name no counted thing (《…解读制度》等6项); right of it they may (6期《问政》)
    k = text.find("#")
    text = _mask_titles(text[:k]) + text[k:] if k >= 0 else text
    for rule in _rules(scope, only):
        if rule.fires(text, unit, sentence):
            return rule
    return None


def _apply_rules(n: _Num, scope: str, text: str, only: str = "") -> bool:
    rule = _first_rule(scope, text, n.m.unit, n.sentence, only)
    if rule is None:
        return False
    n.metric, n.rule = rule.metric, f"{scope}:{rule.id}"
    return True


@lru_cache(maxsize=1)
def _stock_phrases_re() -> re.Pattern[str]:
    return _alternation(_triggers()["category_masks"]["phrases"]) or re.compile("(?!)")


@lru_cache(maxsize=4096)
def _mask_stock_phrases(text: str) -> str:
    """Blank phrases that name every category at once (公民、法人或者其他组织).

    >>> _mask_stock_phrases("收到公民、法人或者其他组织申请")
    '收到＿＿＿＿＿＿＿＿＿＿＿申请'
    """
    return _stock_phrases_re().sub(lambda m: "＿" * len(m.group()), text) if "、" in text else text


def _find_enum(metric: str, text: str) -> str | None:
    """Longest category word of ``metric`` in ``text`` (earliest on ties)."""
    table = _categories().get(metric) or {}
    text = _mask_stock_phrases(text)
    best: tuple[int, int, str] | None = None
    for word, cat in table.items():
        pos = text.find(word)
        if pos >= 0:
            key = (-len(word), pos, cat)
            if best is None or key < best:
                best = key
    return best[2] if best else None


@lru_cache(maxsize=1)
def _strip_tables() -> tuple[tuple[tuple[int, frozenset[str]], ...], tuple[tuple[int, frozenset[str]], ...]]:
    """Prefix and suffix words grouped by length, longest first."""
    def by_len(words: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
        lengths = sorted({len(w) for w in words}, reverse=True)
        return tuple((n, frozenset(w for w in words if len(w) == n)) for n in lengths)
    pre, suf = _strip_lists()
    return by_len(pre), by_len(suf)


@lru_cache(maxsize=16384)
def _strip(text: str) -> str:
    """The noun left when years, counting words and verbs are cut off both ends.

    >>> _strip("其中机构概况"), _strip("2019年收到申请")
    ('机构概况', '申请')
    """
    pre, suf = _strip_tables()
    text = _YEAR_RE.sub("", text).strip(" “”\"'《》")
    changed = True
    while changed and text:
        changed = False
        for size, words in pre:
            if len(text) > size and text[:size] in words:
                text, changed = text[size:], True
                break
        for size, words in suf:
            if len(text) > size and text[-size:] in words:
                text, changed = text[:-size], True
                break
    return text.strip()


def _noun(n: _Num) -> str | None:
    """The noun a number counts, as written: left of the number, else right of the unit."""
    generic = _triggers()["generic_nouns"]
    left = _strip(n.item_left)
    if len(left) >= 2 and left not in _triggers()["total_markers"]:
        return None if left in generic else left[-30:]
    right = _strip(n.item_right.lstrip("的"))
    if len(right) >= 2:
        return None if right in generic else right[:30]
    return None if not left or left in generic else left


def _category(n: _Num) -> str | None:
    metric = n.metric
    if metric == "hotline.calls":
        own = _HOTLINE_RE.search(n.item)
        if own is None and "电话" in n.item:
            return _noun(n)
        hit = own or _HOTLINE_RE.search(n.clause) or _HOTLINE_RE.search(n.sentence)
        return hit.group(1) if hit else _noun(n)
    if metric in _categories():
        if metric == "proposals.handled":
            npc, cppcc = "人大" in n.item, "政协" in n.item
            return None if npc == cppcc else ("npc" if npc else "cppcc")
        found = _find_enum(metric, n.item)
        if found is None and metric in _ENUM_CLAUSE:
            found = _find_enum(metric, n.clause)
        if found is None and metric in _ENUM_SENTENCE:
            found = _find_enum(metric, n.sentence)
        return found or _DEFAULT_CATEGORY.get(metric)
    return _noun(n)


def _percent_meaning(n: _Num, prev: _Num | None) -> bool:
    """Shares (占76.9%) take the meaning of the number before; other rates stand alone."""
    lex = _triggers()
    if prev is not None and any(w in n.item_left for w in lex["inherit_markers"]):
        n.metric, n.category, n.rule = prev.metric, prev.category, "percent.share"
        return True
    if _apply_rules(n, "item", n.item, only="rate."):
        n.category = _category(n)
        return True
    rate = n.item_left.rfind(lex["rate_suffix"])
    if rate >= 0:
        n.metric, n.rule = "other.count", "percent.rate"
        n.category = _strip(n.item_left[:rate + 1]) or None
        return True
    if _apply_rules(n, "item", n.item):
        n.category = _category(n)
        return True
    if prev is not None and prev.metric != "other.count" and len(_strip(n.item_right)) < 2:
        n.metric, n.category, n.rule = prev.metric, prev.category, "percent.previous"
        return True  # …9宗，90%; but 60%属文物保护方面 names its own noun
    n.metric, n.rule, n.category = "other.count", "percent.noun", _noun(n)
    return True


@lru_cache(maxsize=1)
def _unit_kin() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _triggers()["unit_kin"]["groups"]:
        out.update({u: group[0] for u in group})
    return out


def _same_unit(a: str | None, b: str | None) -> bool:
    """Do two measure words count the same things (件 and 宗 do)?

    >>> _same_unit("件", "宗"), _same_unit("件", "条"), _same_unit("条", "条")
    (True, False, True)
    """
    if a == b:
        return True
    kin = _unit_kin()
    return a is not None and b is not None and a in kin and kin[a] == kin.get(b)


def _inherit(n: _Num, donor: _Num | None, how: str) -> bool:
    if donor is None or not _same_unit(donor.m.unit, n.m.unit):
        return False
    n.metric, n.rule = donor.metric, how
    return True


def _generic_proactive(n: _Num) -> bool:
    """A count of published items by its own clause's verb (推送71条, 公开信息30条)."""
    gen = _triggers()["generic_proactive"]
    return (n.m.unit or "") in gen["units"] and any(v in _mask_titles(n.clause) for v in gen["verbs"])


def _own_proactive(n: _Num, prev: _Num | None) -> bool:
    """Do not let a number that named nothing known (``other.noun``) hand ``other.count`` on to the
    next one when that one's own clause says it was published (上报信息114条，审发推送71条).

    >>> [(f.metric, f.value) for f in extract_facts_from_text("报送材料12条，审核推送9条。")]
    [('other.count', 12.0), ('proactive.items', 9.0)]
    """
    named_other = prev is not None and prev.metric == "other.count" \
        and (prev.rule == "other.noun" or prev.rule.startswith("item:"))
    if prev is None or not named_other or prev.m.unit != n.m.unit or not _generic_proactive(n):
        return False
    n.metric, n.rule = "proactive.items", "generic.proactive"
    return True


def _fallbacks(n: _Num, label: str | None) -> None:
    lex = _triggers()
    unit = n.m.unit or ""
    prior = lex["section_priors"].get(label or "", {}).get(unit)
    gen = lex["generic_proactive"]
    clause, sentence = _mask_titles(n.clause), _mask_titles(n.sentence)
    if prior:
        n.metric, n.rule = prior, f"section:{label}"
    elif unit in gen["units"] and any(v in clause for v in gen["verbs"]):
        n.metric, n.rule = "proactive.items", "generic.proactive"
    elif unit in gen["sentence_units"] and any(v in sentence for v in gen["sentence_verbs"]):
        n.metric, n.rule = "proactive.items", "generic.proactive_sentence"
    else:
        n.metric, n.rule = "other.count", "other.noun"


def _is_change(n: _Num) -> bool:
    """Does the item compare with another period (比去年增加1件, 同比上升5%)?

    >>> [(f.metric, f.value) for f in extract_facts_from_text("收到申请9件，比去年增加3件。")]
    [('requests.received', 9.0), ('other.count', 3.0)]
    """
    lex = _triggers()["change_markers"]
    left = n.item_left
    if any(w in left for w in lex["standalone"]):
        return True
    return any(w in left for w in lex["anchors"]) and any(w in left for w in lex["directions"])


def _previous_count(n: _Num, prev: _Num | None) -> _Num | None:
    """The number before ``n`` in its sentence, passing over shares (1宗，占10%；网上申请9宗 → 1宗)."""
    while prev is not None and prev.m.is_percent:
        prev = prev.extra.get("prev")
    return prev


def _classify(n: _Num, prev: _Num | None, parent: _Num | None, head: _Num | None, label: str | None) -> None:
    """Give ``n`` its metric and category (``prev``: number before in the sentence,
    ``parent``: the total it is a part of, ``head``: first number of its 、-list)."""
    if _is_change(n):
        n.metric, n.rule, n.category = "other.count", "change", _strip(n.item_left) or None
        return
    if n.m.is_percent and _percent_meaning(n, prev):
        return
    if (_apply_rules(n, "item", n.item) or _inherit(n, parent, "inherit.total")
            or _inherit(n, head, "inherit.list") or _apply_rules(n, "clause", n.clause)
            or _own_proactive(n, prev)
            or _inherit(n, _previous_count(n, prev), "inherit.previous") or _apply_rules(n, "sentence", n.sentence)):
        n.category = _category(n)
        return
    _fallbacks(n, label)
    n.category = _category(n)


# ---------------------------------------------------------------- structure


_OPEN, _CLOSE = "（(", "）)"
_CLAUSE_OPENERS = "，,；;：:（("


def _marker(text: str) -> str | None:
    """Kind of breakdown the text between two numbers opens: 其中 → partial, 分别为 → complete,
    含/涉及 only at the start of a clause.

    >>> _marker("件，其中："), _marker("件（含上年度结转申请"), _marker("条，平台一共涉及答复项")
    ('partial', 'partial', None)
    """
    complete, partial, opens = _marker_res()
    if complete.search(text):
        return "complete"
    if partial.search(text):
        return "partial"
    return "partial" if opens.search(text) else None


@lru_cache(maxsize=1)
def _marker_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Regexes of :func:`_marker`: a complete-breakdown word, a partial one, a clause that opens with 含/涉及."""
    lex = _triggers()
    openers = re.escape(_CLAUSE_OPENERS)
    words = _alternation(lex["breakdown_partial_open"])
    clause_open = rf"(?:^|[{openers}])\s*(?:{words.pattern if words else '(?!)'})[^{openers}]*\Z"
    never = re.compile("(?!)")
    return (_alternation(lex["breakdown_complete"]) or never, _alternation(lex["breakdown_partial"]) or never,
            re.compile(clause_open))




@dataclass
class _Frame:
    """An open breakdown: its total, the bracket depth its parts stand at, the metrics of its dimension."""

    total: int
    kind: str
    depth: int
    metrics: set[str]
    parts: int = 0


def _brackets(between: str, depth: int) -> tuple[int, int, int]:
    """(lowest depth reached, depth at the end, index of the last bracket still open or -1).

    >>> _brackets("条（即有信函），同意", 0)
    (0, 0, -1)
    >>> _brackets("条）、“三公”经费", 1)
    (0, 0, -1)
    >>> _brackets("条（政府预决算", 0)
    (0, 1, 1)
    """
    low, opened = depth, []
    for k, ch in enumerate(between):
        if ch in _OPEN:
            opened.append(k)
            depth += 1
        elif ch in _CLOSE and depth > 0:
            depth -= 1
            if opened:
                opened.pop()
            low = min(low, depth)
    return low, depth, opened[-1] if opened else -1


def _bracket_list(nums: list[_Num], i: int, open_at: int) -> bool:
    """A bracket opened at sentence offset ``open_at`` (no 其中) lists parts: ≥ 2 numbers of the unit
    of ``nums[i]`` before it closes, and no comparison (同比, 去年 …)."""
    n = nums[i]
    s = n.sentence
    depth, end = 0, len(s)
    for k in range(open_at, len(s)):
        if s[k] in _OPEN:
            depth += 1
        elif s[k] in _CLOSE:
            depth -= 1
            if depth == 0:
                end = k
                break
    if any(w in s[open_at:end] for w in _triggers()["breakdown_not_bracket"]):
        return False
    count = 0
    for m in nums[i:]:
        if m.s_start != n.s_start or m.m.start >= end:
            break
        count += not m.m.is_percent and _same_unit(m.m.unit, n.m.unit)
    return count >= 2


def _new_total(nums: list[_Num], i: int) -> bool:
    """After ；, a number said as a total (总数, 共计 …) or followed by its own 其中 starts a new subject."""
    n = nums[i]
    if any(w in n.item_left for w in _triggers()["breakdown_new_total"]):
        return True
    nxt = nums[i + 1] if i + 1 < len(nums) and nums[i + 1].s_start == n.s_start else None
    after = n.sentence[n.m.unit_end:nxt.m.start if nxt else len(n.sentence)]
    return _marker(after) is not None


def _fits(frame: _Frame, nums: list[_Num], i: int, semi: bool) -> bool:
    """Does ``nums[i]`` continue the breakdown ``frame`` (a sibling of its parts)?"""
    n = nums[i]
    kin = _triggers()["proactive_breakdown"]["kin_metrics"]
    same = n.metric in frame.metrics or ("proactive.items" in frame.metrics and n.metric in kin)
    if frame.parts and not same:
        return False  # another dimension or another subject: the breakdown ended
    return not (semi and _new_total(nums, i))


def _root(nums: list[_Num], k: int) -> int:
    while (up := nums[k].parent) is not None and _same_unit(nums[up].m.unit, nums[k].m.unit):
        k = up
    return k


def _link_breakdowns(nums: list[_Num]) -> None:
    """Give every part the index of its total.

    A breakdown opens at 其中/包括/涉及/（含 (partial), 分别为 (complete) or at a bracket listing numbers
    of the unit of the number before it (nested: its parts belong to that number); its parts have
    the unit of the total.  It ends at the end of the sentence (unless the next one opens with 其中),
    at the bracket that closes it, at 另有/此外, when a part changes dimension (another metric than
    the first part, e.g. outcomes after channels), and at ；when what follows is a new
    total (共计/总数 …, or a number with its own 其中).  Percentages are never totals nor parts.
    """
    stack: list[_Frame] = []
    depth, last = 0, None
    for i, n in enumerate(nums):
        prev = nums[i - 1] if i else None
        if prev is None or prev.s_start != n.s_start:
            opens = n.sentence.lstrip().startswith(("其中", "（其中", "(其中"))
            stack = [_Frame(_root(nums, last), "partial", 0, set())] if opens and last is not None else []
            depth, between, last = 0, "", None
        else:
            between = "" if n.m.kind == "table_row" else n.sentence[prev.m.unit_end:n.m.start]
        low, depth, open_k = _brackets(between, depth)
        semi = "；" in between or ";" in between
        while stack and stack[-1].depth > low:
            stack.pop()
        if any(w in between for w in _triggers()["breakdown_end"]):
            while stack and stack[-1].depth >= depth:
                stack.pop()
        if n.m.is_percent:
            continue
        mk = _marker(between)
        if mk is None and open_k >= 0 and last is not None \
                and _bracket_list(nums, i, prev.m.unit_end + open_k if prev else 0):
            mk = "partial"
        if mk and last is not None and prev is not None and not prev.m.is_percent:  # 办结率100%，其中…: no total
            while stack and stack[-1].depth >= depth and nums[last].parent != stack[-1].total:
                stack.pop()
            stack.append(_Frame(last, mk, depth, set()))
        while stack and _same_unit(nums[stack[-1].total].m.unit, n.m.unit) and not _fits(stack[-1], nums, i, semi):
            stack.pop()
        top = stack[-1] if stack else None
        if top is not None and _same_unit(nums[top.total].m.unit, n.m.unit):
            n.parent, n.extra["breakdown"] = top.total, top.kind
            if not top.parts:
                top.metrics.add(n.metric)
            top.parts += 1
        last = i


# ---------------------------------------------------------------- absences


_Absence = tuple[int, int, str, str | None, str]


def _absence_noun(segment: str, word: str) -> str:
    head = segment[:segment.find(word) + len(word)]
    return _strip(re.sub(r"^(发生|收到|接到|出现|过|一起|有|任何|相关|关于)+", "", head)) or word


def _rule_absences(long_segment: str, short: int, base: int, start: int) -> list[_Absence]:
    """Absences the lexicon rules find in the text after a trigger (``base`` is its offset)."""
    out: list[_Absence] = []
    matched: set[str] = set()
    for rule in _triggers()["absences"]["rules"]:
        segment = long_segment if rule.get("window") == "long" else long_segment[:short]
        word = next((w for w in rule["any"] if w in segment), None)
        if word is None or matched & set(rule.get("not_if_matched", ())):
            continue
        if any(w in segment for w in rule.get("not", ())):
            continue
        matched.add(rule["id"])
        end = base + segment.find(word) + len(word)
        for metric, cat in rule["facts"]:
            cat = _absence_noun(segment, word) if cat == "@noun" else cat
            out.append((start, end, metric, cat, rule["id"]))
        if rule["id"] == "absence.found_illegal":
            break
    return out


@lru_cache(maxsize=1)
def _colon_absence_re() -> re.Pattern[str]:
    lex = _triggers()["absences"]["colon_absence"]
    words = "|".join(re.escape(w) for w in sorted(lex["words"], key=len, reverse=True))
    return re.compile(rf"([^，,。；;：:\n]{{2,{lex['max_topic']}}})[：:]\s*(?:{words})\s*(?=[。；;，,\n]|$)")


def _colon_absences(sentence: str) -> list[_Absence]:
    """收费及减免情况：无 — the topic left of the colon names what is absent.

    >>> [(a[2], a[3]) for a in _colon_absences("4、政府信息公开的收费及减免情况：无。")]
    [('fees.amount', 'charged'), ('fees.amount', 'waived')]
    """
    out: list[_Absence] = []
    for m in _colon_absence_re().finditer(sentence):
        topic = m.group(1)
        out.extend((a[0], m.end(), a[2], a[3], a[4]) for a in _rule_absences(topic, len(topic), m.start(1), m.start(1)))
    return out


def _absences_in(sentence: str) -> list[_Absence]:
    """(start, end, metric, category, rule) for every stated absence in a sentence."""
    lex = _triggers()["absences"]
    out: list[_Absence] = []
    blocked = _absence_blockers_re()
    hits = [h for h in _absence_re().finditer(sentence) if blocked.match(sentence, h.start()) is None]
    for k, h in enumerate(hits):
        stop = min(hits[k + 1].start() if k + 1 < len(hits) else len(sentence), h.end() + lex["max_window"])
        long_segment = sentence[h.end():stop].split("；")[0]
        short = min((p for p in (long_segment.find(c) for c in lex["clause_ends"]) if p >= 0),
                    default=len(long_segment))
        out.extend(_rule_absences(long_segment, short, h.end(), h.start()))
    if "：" in sentence or ":" in sentence:
        out.extend(_colon_absences(sentence))
    stated = {(a[2], a[3]) for a in out}
    for rule in lex["phrases"]:
        if all((metric, cat) in stated for metric, cat in rule["facts"]):
            continue  # 免费提供，未收取任何费用: one absence, already found
        for word in rule["any"]:
            pos = sentence.find(word)
            if pos >= 0:
                out.extend((pos, pos + len(word), metric, cat, rule["id"]) for metric, cat in rule["facts"])
                break
    return _dedupe(out)


def _dedupe(found: list[_Absence]) -> list[_Absence]:
    seen: set[tuple[int, str, str | None]] = set()
    out = []
    for item in sorted(found):
        key = (item[0], item[2], item[3])
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


# ---------------------------------------------------------------- document level


def _in_ranges(pos: int, starts: list[int], ranges: list[tuple[int, int]]) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


def _section_at(sections: list[Section], pos: int) -> Section | None:
    best: Section | None = None
    for s in sections:
        if s.nstart <= pos < s.nend and (best is None or s.nend - s.nstart <= best.nend - best.nstart):
            best = s
    return best


def _label(sections: list[Section], sec: Section | None) -> str | None:
    by_id = {s.section_id: s for s in sections}
    while sec is not None and sec.label in ("unknown", "preamble", None) and sec.parent_id:
        sec = by_id.get(sec.parent_id)
    return sec.label if sec is not None else None


def _period(sentence: str, upto: int, year: int | None) -> int | None:
    years = [int(y) for y in _YEAR_RE.findall(sentence[:upto]) if 1990 <= int(y) <= 2100]
    return years[-1] if years else year


@dataclass
class _Doc:
    nt: NormalizedText
    sections: list[Section]
    doc_id: str
    year: int | None
    skip_starts: list[int]
    skip: list[tuple[int, int]]
    facts: list[Fact] = field(default_factory=list)

    def add(self, *, metric: str, category: str | None, value: float | None, unit: str | None,
            qualifier: str, nstart: int, nend: int, sentence: str, s_start: int, rule: str,
            surface: str, parent: str | None = None) -> Fact:
        sec = _section_at(self.sections, nstart)
        start, end = self.nt.original_span(nstart, nend)
        fact = Fact(doc_id=self.doc_id, metric=metric, value=value, unit=unit, qualifier=qualifier,
                    category=category, fact_id=f"{self.doc_id}:f{len(self.facts) + 1}",
                    section_id=sec.section_id if sec else None,
                    section_label=_label(self.sections, sec) or "unknown", parent=parent,
                    period=_period(sentence, nstart - s_start, self.year), text=sentence.strip(),
                    start=start, end=end, rule=rule, surface=surface)
        self.facts.append(fact)
        return fact

    def skipped(self, pos: int) -> bool:
        return _in_ranges(pos, self.skip_starts, self.skip)


def _is_fact_table(text: str, span: tuple[int, int]) -> bool:
    r"""A pre-2019 statistics form (指标名称 / 计量单位 / 本年度 / 历年累计) states facts, not template cells.

    >>> _is_fact_table("指标名称\t计量单位\t2018年度\n主动公开文件数\t条\t2069", (0, 30))
    True
    """
    head = text[span[0]:min(span[1], span[0] + 200)]
    return any(h in head for h in _triggers()["fact_table_headers"])


def _doc_range(nt: NormalizedText, sections: list[Section]) -> tuple[int, int]:
    if not sections:
        return 0, len(nt.text)
    return min(s.nstart for s in sections), max(s.nend for s in sections)


_CELL_RE = re.compile(r"[^\t]+")


def _row_numbers(sentence: str) -> list[NumberMatch]:
    r"""Numbers of a table row (cells split by tabs) whose unit stands in a cell of its own.

    >>> [(m.value, m.unit) for m in _row_numbers("主动公开文件数\t条\t2069\t12106")]
    [(2069.0, '条'), (12106.0, '条')]
    """
    cells = [(c.start(), c.end(), c.group().strip()) for c in _CELL_RE.finditer(sentence)]
    units = set(load_json("units.json")["units"]) | {"%"}
    unit = next((c[2] for c in cells[1:] if c[2] in units), None)
    if unit is None:
        return []
    out = []
    for a, b, cell in cells[1:]:
        value = parse_cn_number(cell) if cell and cell[0].isdigit() else None
        if value is not None:
            out.append(NumberMatch(start=a, end=b, value=value, unit=unit, qualifier="exact", surface=cell,
                                   is_percent=unit == "%", unit_end=b, kind="table_row"))
    return out


def _row_context(m: NumberMatch, sentence: str, s_start: int) -> _Num:
    label = re.sub(r"^(其中[：:]?)?\s*\d+[.．、]", "", sentence.split("\t", 1)[0]).strip()
    return _Num(m, label, s_start, label + "#", label, "", label + "#")


def _not_a_fact(m: NumberMatch, sentence: str) -> bool:
    """Counts of the report's own parts (本报告由…六个部分组成), page furniture (共计1200个字,
    汇编（7篇）) and numbers in a line that is only a document title.

    >>> [_not_a_fact(m, s) for s in ("全文包括概述等四个部分。", "工作总结汇编（7篇）", "主动公开信息7篇。")
    ...  for m in find_numbers(s)]
    [True, True, False]
    """
    lex = _triggers()
    if _title_line(sentence):
        return True
    right = sentence[m.unit_end:m.unit_end + 6]
    item = sentence[_left_bound(sentence, m.start, _CLAUSE_BOUNDS):_right_bound(sentence, m.unit_end, _CLAUSE_BOUNDS)]
    for rule in lex["not_facts"]:
        if "right_starts" in rule and not any(right.startswith(w) for w in rule["right_starts"]):
            continue
        if "sentence_has" in rule and not any(w in sentence for w in rule["sentence_has"]):
            continue
        if "clause_has" in rule and not any(w in item for w in rule["clause_has"]):
            continue
        return True
    return False


def _title_line(sentence: str) -> bool:
    """A short line without sentence punctuation naming a document (目录 entries, page titles).

    >>> _title_line("2.贵池区统计局2022年度政务公开工作总结 6"), _title_line("全年发布年度报告2条。")
    (True, False)
    """
    lex = _triggers()["title_lines"]
    text = sentence.strip()
    return (len(text) <= lex["max_chars"] and not any(c in text for c in lex["punctuation"])
            and any(w in text for w in lex["words"]))


_DIGIT_LINE_RE = re.compile(r"[ \t]*\d[\d.,]*[ \t]*[%％]?[ \t]*")
_HARD_ENDS = "。！？!?；;：:"


def _soften_lines(text: str) -> str:
    r"""Join a number that a page wrapped onto a line of its own to its sentence (…政府信息\n5928\n条，):
    the newlines around a digits-only line become spaces (same length, offsets unchanged).

    >>> _soften_lines("累计公开信息\n5928\n条，其中")
    '累计公开信息 5928 条，其中'
    >>> _soften_lines("规章\n0\n0")
    '规章 0\n0'
    """
    if "\n" not in text:
        return text
    chars = list(text)
    units = tuple(load_json("units.json")["units"]) + tuple("，,；;。、）)")
    pos, previous = 0, ""
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and _DIGIT_LINE_RE.fullmatch(line):
            before = previous.rstrip(" \t")[-1:]
            if before and before not in _HARD_ENDS and not _DIGIT_LINE_RE.fullmatch(previous):
                chars[pos - 1] = " "
            if end < len(text) and text[end + 1:].lstrip(" \t").startswith(units):
                chars[end] = " "
        pos, previous = end + 1, line
    return "".join(chars)


def _numbers_of(doc: _Doc, lo: int, hi: int) -> tuple[list[_Num], list[tuple[int, str]]]:
    text = _soften_lines(doc.nt.text)
    nums: list[_Num] = []
    sentences: list[tuple[int, str]] = []
    for sm in _SENTENCE_RE.finditer(text, lo, hi):
        s_start, sentence = sm.start(), sm.group()
        if doc.skipped(s_start) and doc.skipped(sm.end() - 1):
            continue
        sentences.append((s_start, sentence))
        if "\t" in sentence:
            nums.extend(_row_context(m, sentence, s_start) for m in _row_numbers(sentence)
                        if not doc.skipped(s_start + m.start))
            continue
        found = find_numbers(sentence)
        prev_end = 0
        for k, m in enumerate(found):
            if m.unit is None or doc.skipped(s_start + m.start) or _not_a_fact(m, sentence):
                continue
            nxt = found[k + 1].start if k + 1 < len(found) else len(sentence)
            nums.append(_context(m, sentence, s_start, nxt, prev_end))
            prev_end = m.unit_end
    return nums, sentences


def extract_facts(nt: NormalizedText, sections: list[Section], *, doc_id: str, year: int | None,
                  skip: list[tuple[int, int]]) -> list[Fact]:
    """Facts of one document: its sections' range of ``nt.text``, minus the ``skip`` ranges.

    >>> nt = NormalizedText.unchanged("共计公开条目353项，其中机构概况4项。")
    >>> found = extract_facts(nt, [], doc_id="d", year=2019, skip=[])
    >>> [(f.metric, f.category, f.value, f.parent) for f in found]
    [('proactive.items', None, 353.0, None), ('proactive.items', '机构概况', 4.0, 'd:f1')]
    """
    ranges = sorted(r for r in skip if not _is_fact_table(nt.text, r))
    doc = _Doc(nt, sections, doc_id, year, [r[0] for r in ranges], ranges)
    lo, hi = _doc_range(nt, sections)
    nums, sentences = _numbers_of(doc, lo, hi)
    _assign_meanings(doc, nums)
    _link_breakdowns(nums)
    _emit_numbers(doc, nums)
    _emit_absences(doc, sentences)
    doc.facts.sort(key=lambda f: (f.start, f.end))
    return doc.facts


def _weak(n: _Num) -> bool:
    """Was ``n``'s metric guessed from a word that also names a kind of published item
    (政策解读4条, 建议提案1条) or from no trigger at all?"""
    lex = _triggers()["proactive_breakdown"]
    if n.rule in lex["strong_item_rules"]:
        return False
    rule = n.rule.split(":", 1)[-1]
    return rule in lex["weak_rules"] or n.rule.startswith(("inherit.", "other.", "section:", "generic."))


def _opens_breakdown(n: _Num, nxt: _Num | None) -> bool:
    """Is ``n`` a total followed by 其中/包括/分别 (in its sentence, or opening the next one)?"""
    if nxt is not None and nxt.s_start == n.s_start:
        return _marker(n.sentence[n.m.unit_end:nxt.m.start]) is not None
    rest = n.sentence[n.m.unit_end:]
    opens_next = nxt is not None and nxt.sentence.lstrip().startswith(("其中", "（其中", "(其中"))
    return _marker(rest) is not None or opens_next


def _proactive_parts(nums: list[_Num]) -> None:
    """Parts of a published-items total stay published items: 主动公开信息81条，其中工作动态50条，
    …政策解读4条，建议提案1条 → every part is ``proactive.items`` unless a strong rule
    (申请, 复议, 新闻发布 …) named it."""
    total: _Num | None = None
    for i, n in enumerate(nums):
        prev = nums[i - 1] if i else None
        if total is not None and prev is not None and prev.s_start != n.s_start \
                and not n.sentence.lstrip().startswith(("其中", "（其中", "(其中")):
            total = None
        if total is not None:
            between = n.sentence[:n.m.start] if total.s_start != n.s_start else n.sentence[total.m.unit_end:n.m.start]
            if any(w in between for w in _triggers()["breakdown_end"]):
                total = None
        if total is not None and not n.m.is_percent and _same_unit(n.m.unit, total.m.unit) \
                and n.metric != "proactive.items" \
                and _weak(n):
            n.metric, n.rule, n.category = "proactive.items", "inherit.proactive_breakdown", _noun(n)
        elif n.m.is_percent and prev is not None and prev.metric == "proactive.items" \
                and n.rule.startswith("percent.") and any(w in n.item_left for w in _triggers()["inherit_markers"]):
            n.metric, n.category = prev.metric, prev.category
        if n.metric == "proactive.items" and not n.m.is_percent and total is None \
                and _opens_breakdown(n, nums[i + 1] if i + 1 < len(nums) else None):
            total = n


def _assign_meanings(doc: _Doc, nums: list[_Num]) -> None:
    _classify_all(doc, nums)
    _proactive_parts(nums)


def _classify_all(doc: _Doc, nums: list[_Num]) -> None:
    for i, n in enumerate(nums):
        prev = nums[i - 1] if i and nums[i - 1].s_start == n.s_start else None
        label = _label(doc.sections, _section_at(doc.sections, n.s_start + n.m.start))
        parent = head = None
        if prev is not None:
            between = n.sentence[prev.m.unit_end:n.m.start]
            if _marker(between):
                parent = prev
            elif "、" in between and not _CLAUSE_BOUNDS & set(between):
                head = prev.extra.get("head", prev)
                n.extra["head"] = head
        n.extra["prev"] = prev
        _classify(n, prev, parent, head, label)
        if n.metric == "proactive.items" and n.category and n.category == _strip(n.item_left) == "":
            n.category = None
        if n.m.kind == "chinese" and n.m.value == 0:
            n.extra["none_stated"] = True


def _emit_numbers(doc: _Doc, nums: list[_Num]) -> None:
    ids: list[str] = []
    for n in nums:
        m = n.m
        rule = n.rule + (f".breakdown.{n.extra['breakdown']}" if "breakdown" in n.extra else "")
        parent_id = ids[n.parent] if n.parent is not None else None
        qualifier = "none_stated" if n.extra.get("none_stated") else m.qualifier
        fact = doc.add(metric=n.metric, category=n.category, value=m.value, unit=m.unit, qualifier=qualifier,
                       nstart=n.s_start + m.start, nend=n.s_start + m.end, sentence=n.sentence,
                       s_start=n.s_start, rule=rule, surface=m.surface, parent=parent_id)
        ids.append(fact.fact_id)


def _emit_absences(doc: _Doc, sentences: list[tuple[int, str]]) -> None:
    for s_start, sentence in sentences:
        for a, b, metric, cat, rule in _absences_in(sentence):
            if doc.skipped(s_start + a):
                continue
            doc.add(metric=metric, category=cat, value=0.0, unit=None, qualifier="none_stated",
                    nstart=s_start + a, nend=s_start + b, sentence=sentence, s_start=s_start,
                    rule=rule, surface=sentence[a:b])


def extract_facts_from_text(text: str, *, section_label: str | None = None,
                            year: int | None = None) -> list[Fact]:
    """Facts of a sentence or passage given as plain text (tests, spaCy component).

    >>> [(f.metric, f.value, f.unit) for f in extract_facts_from_text("全年收取政府信息公开信息处理费 0 元")]
    [('fees.amount', 0.0, '元')]
    """
    nt = NormalizedText.unchanged(text)
    sections: list[Section] = []
    if section_label is not None:
        sections = [Section(doc_id="text", section_id="text:s1", parent_id=None, level=1, number=None,
                            title="", label=section_label, label2=None, start=0, end=len(text),
                            nstart=0, nend=len(text), body_nstart=0)]
    return extract_facts(nt, sections, doc_id="text", year=year, skip=[])
