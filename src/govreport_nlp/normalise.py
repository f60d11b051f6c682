"""Normalise report text and keep a map from every normalised character to the original.

Passes (each records its edits, so ``nt.original_span`` is exact):

1. one-to-one character table (no offsets change): full-width Latin letters,
   digits and symbols to ASCII, ``％`` to ``%``, odd spaces to ``' '``,
   ``\\r``/``\\f``/``\\v`` to ``\\n``, radicals (Kangxi by NFKC, the CJK
   Radicals Supplement from ``lexicons/radicals.tsv``), compatibility
   ideographs, lone surrogates to U+FFFD; then OpenCC ``t2s`` (also 1:1);
2. one combined scan (:func:`_inline_edits`): injected pinyin, invisible and
   control characters, Taiwan phrasing (``lexicons/taiwan_phrases.tsv``),
   ASCII ``, : ; ? ! ( )`` next to Chinese to their full-width forms,
   doubled punctuation, letter-spaced Chinese, stray page numbers, leading
   and trailing spaces;
3. lines (:func:`_line_edits`): boilerplate lines dropped
   (``lexicons/boilerplate.json``), blank lines removed (a paragraph is one
   line), lines wrapped by a PDF text layer joined.

Canonical forms: Chinese punctuation is full-width (，。、；：？！（）《》“”);
digits, Latin letters and ``%`` are half-width; ``\\t`` (table cells) is kept.

>>> nt = normalise("認(rèn)真落實,,ＡＢ１２％")
>>> nt.text
'认真落实，AB12%'
>>> nt.original_slice(0, 2)
'認(rèn)真'
"""

from __future__ import annotations

import itertools
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

import opencc

from .lexicons import load_json, load_tsv
from .textmap import AnyMap, Edit, NormalizedText, OffsetMap, rewrite

logger = logging.getLogger(__name__)

__all__ = ["clean_title", "detect_script", "normalise", "to_simplified"]

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_CJK_PUNCT = "，。、；：？！（）《》〈〉“”‘’「」『』【】〔〕…—·"
_HAN_RE = re.compile(f"[{_HAN}]")
_FULL_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_STRENGTH = {"，": 0, "、": 1, "：": 2, "；": 3, "。": 4, "？": 4, "！": 4}
_SPACE_EATERS = _CJK_PUNCT.replace("…", "").replace("—", "")
_TERMINAL = set("。！？；…")
# a row of table cells: a space between two Han characters or two digits (the leading literal
# space lets the engine skip fast to the candidates)
_COLUMNS_RE = re.compile(f" (?:(?<=[{_HAN}] )(?=[{_HAN}])|(?<=\\d )(?=\\d))")
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_SYL = f"[a-z{_TONED}üê]{{1,6}}[1-5]?"
_MAX_ROUNDS = 16  # inline passes at most; real text settles in two, chains like “:)): need one per mark
_TITLE_LINE_END = re.compile(r"(?:报告|总结|年报|方案|要点|办法|制度|规定)$")
_CLAUSE_MARK = re.compile(r"[，。；,;]")
_HEADING_RE = re.compile(
    r"(?:[一二三四五六七八九十百零〇]+[、.．]|[（(][一二三四五六七八九十百零〇\d]{1,3}[）)]|\d{1,2}[、．](?!\d)"
    r"|\d{1,2}\.(?!\d)|第[一二三四五六七八九十百零〇\d]+[章节部分篇条]|[①-⑳])"
)

# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class _TaiwanRule:
    simplified: str
    target: str
    traditional_only: bool
    exceptions: tuple[tuple[int, str], ...]  # (offset of the rule inside the exception, exception)


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return load_json("normalise.json")


@lru_cache(maxsize=1)
def _char_table() -> dict[int, str]:
    """The one-to-one character table of pass 1."""
    table: dict[int, str] = {}
    keep = {ord(c) for c in "，：；？！（）"}
    for cp in range(0xFF01, 0xFF5F):
        if cp not in keep:
            table[cp] = chr(cp - 0xFEE0)
    table.update({0xFF61: "。", 0xFF62: "「", 0xFF63: "」", 0xFF64: "、"})
    table.update({0xFFE5: "¥", 0xFFE0: "¢", 0xFFE1: "£"})
    for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000):
        table[cp] = " "
    for cp in (0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029):
        table[cp] = "\n"
    for cp in (*range(0x2F00, 0x2FE0), *range(0xF900, 0xFB00)):
        norm = unicodedata.normalize("NFKC", chr(cp))
        if len(norm) == 1 and norm != chr(cp):
            table[cp] = norm
    for row in load_tsv("radicals.tsv", ("radical", "char")):
        table[ord(row["radical"])] = row["char"]
    for cp in range(0xD800, 0xE000):
        table[cp] = "\ufffd"
    return table


@lru_cache(maxsize=1)
def _char_table_re() -> re.Pattern[str]:
    """Any character the table of pass 1 changes (most texts have none: ``str.translate`` is slow)."""
    cps = sorted(_char_table())
    ranges: list[list[int]] = []
    for cp in cps:
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    return re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in ranges) + "]")


def _map_chars(text: str) -> str:
    """Apply the one-to-one character table of pass 1 (only where it changes something)."""
    table = _char_table()
    hits = [m.start() for m in _char_table_re().finditer(text)]
    if not hits:
        return text
    if len(hits) * 16 > len(text):
        return text.translate(table)
    parts: list[str] = []
    pos = 0
    for i in hits:
        parts += (text[pos:i], table[ord(text[i])])
        pos = i + 1
    parts.append(text[pos:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _taiwan_rules() -> dict[str, _TaiwanRule]:
    rules: dict[str, _TaiwanRule] = {}
    for row in load_tsv("taiwan_phrases.tsv", ("source", "simplified", "target", "scope", "except")):
        simp = row["simplified"]
        excs = tuple((e.index(simp), e) for e in row["except"].split(",") if e and simp in e)
        rules[simp] = _TaiwanRule(simp, row["target"], row["scope"] == "traditional", excs)
    return rules


@lru_cache(maxsize=1)
def _script_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes matching Traditional-only and Simplified-only characters (per OpenCC)."""
    chars = "".join(chr(c) for c in (*range(0x3400, 0x4DC0), *range(0x4E00, 0xA000)))
    trad = "".join(a for a, b in zip(chars, _T2S.convert(chars), strict=True) if a != b)
    simp = "".join(a for a, b in zip(chars, _S2T.convert(chars), strict=True) if a != b and a not in trad)
    return re.compile(f"[{re.escape(trad)}]"), re.compile(f"[{re.escape(simp)}]")


# ---------------------------------------------------------------- public helpers


def _t2s_aligned(text: str) -> str:
    """OpenCC t2s, guaranteed one character per character."""
    out: str = _T2S.convert(text)
    if len(out) == len(text):
        return out
    logger.debug("t2s changed the length; converting character by character")
    return "".join(c if len(s := _T2S.convert(c)) != 1 else s for c in text)


def _script_of(text: str) -> str:
    """:func:`_classify` of ``text``; Simplified-only characters are counted only as far as needed."""
    trad_re, simp_re = _script_classes()
    trad = len(trad_re.findall(text))
    if trad == 0:
        return "simplified"
    enough = max(4 * trad, trad // 4 + 1)  # the answer does not change beyond this count
    simp = sum(1 for _ in itertools.islice(simp_re.finditer(text), enough))
    return _classify(trad, simp)


def _classify(trad: int, simp: int) -> str:
    if trad == 0 or trad * 4 <= simp:
        return "simplified"
    if simp * 4 <= trad:
        return "traditional"
    return "mixed"


def detect_script(text: str) -> str:
    """``"simplified"``, ``"traditional"`` or ``"mixed"``, from characters only one script uses.

    >>> detect_script("国务院办公厅关于印发通知")
    'simplified'
    >>> detect_script("國務院辦公廳關於印發通知")
    'traditional'
    >>> detect_script("国务院办公厅关于印发通知。國務院辦公廳關於印發通知")
    'mixed'
    """
    return _script_of(_map_chars(text))


def to_simplified(text: str) -> str:
    """Short strings (titles, table labels) in Simplified script with mainland phrasing.

    >>> to_simplified("湛江市住房和城鄉建設局網際網路資訊")
    '湛江市住房和城乡建设局互联网信息'
    """
    return normalise(text).text


def clean_title(text: str) -> str:
    """A title on one line: normalised, inner line breaks and spaces removed, outer brackets stripped.

    >>> clean_title("  淮安市洪泽区人民政府\\n2023 年政府信息公开工作年度报告 ")
    '淮安市洪泽区人民政府2023年政府信息公开工作年度报告'
    """
    out = normalise(text).text.replace("\n", "")
    out = re.sub(r"(?<=[\d\w]) +(?=\w)|(?<=\w) +(?=[\d\w])", "", out)
    return out.strip(" 《》【】[]“”\"'")


# ---------------------------------------------------------------- pass 2: inline edits


_PUNCT = ",，、。；;：:！!？?"
_FULL_WIDTH_PUNCT = "，、。；：！？"
_DROP = "\\x00-\\x08\\x0e-\\x1b\\x1f\\x7f-\\x84\\x86-\\x9f\\u200b-\\u200d\\u2060\\ufeff\\u00ad"


@lru_cache(maxsize=1)
def _inline_re() -> re.Pattern[str]:
    """The combined scan of pass 2; ``m.lastgroup`` names the handler (a trailing ``2`` is dropped).

    The pattern starts with one character class (every possible first character), so the engine
    skips plain text at C speed; each branch then checks that first character with a look-behind.
    The branches for the common first characters (full-width punctuation, first characters of
    Taiwan phrases) come first and fail fast; the others keep their order (pinyin before open,
    page before space), so the matches are those of the plain alternation
    ``pinyin|drop|taiwan|punct|open|close|page|space``.
    """
    keys = sorted(map(re.escape, _taiwan_rules()), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for key in keys:  # phrases sharing a first character keep their longest-first order
        by_first.setdefault(key[0], []).append(key[1:])
    taiwan = "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in by_first.items()) or "(?!)"
    tw_firsts = "".join(by_first)
    full, punct = _FULL_WIDTH_PUNCT, _PUNCT
    common = f"{full}{tw_firsts}"
    return re.compile(
        rf"[{common},;:?!(（) {_DROP}](?:"
        rf"(?<=[{full}])(?: *[{punct}])+(?P<punct>)"
        rf"|(?<=[{tw_firsts or full}])(?:{taiwan})(?P<taiwan>)"
        rf"|(?<![{common}])(?:"
        rf"(?<=[(（]) *(?=[^()（）\n]{{0,20}}[{_TONED}1-5])"
        rf"{_PINYIN_SYL}(?: {_PINYIN_SYL}){{0,2}} *[)）](?P<pinyin>)"
        rf"|(?<=[{_DROP}])[{_DROP}]*(?P<drop>)"
        rf"|(?<=[,;:?!])(?: *[{punct}])*(?P<punct2>)"
        r"|(?<=\()(?P<open>)|(?<=（)(?=[^()（）\n]{0,118}\))(?P<open2>)|(?<=\))(?P<close>)"
        rf"|(?<= ) *\d{{1,3}} +(?=[{_HAN}])(?P<page>)"
        r"|(?<= ) *(?P<space>)))"
    )


def _is_cjk(ch: str) -> bool:
    return bool(ch) and (ch in _CJK_PUNCT or _HAN_RE.match(ch) is not None)


class _InlineScan:
    """State of one combined scan over the (t2s) text; see :func:`_inline_edits`.

    Each handler gets one match of :func:`_inline_re` and appends its edits to ``self.edits``.
    """

    def __init__(self, text: str, before_t2s: str) -> None:
        self.text = text
        self.before = before_t2s
        self.edits: list[Edit] = []
        self.pending_close: set[int] = set()
        cfg = _settings()
        self.units = set(cfg["measure_words"])
        self.introducers = set(cfg["number_introducers"])
        self.rules = _taiwan_rules()
        self.handlers: dict[str, Callable[[re.Match[str]], None]] = {
            "pinyin": self.pinyin, "drop": self.drop, "taiwan": self.taiwan, "punct": self.punct,
            "punct2": self.punct, "open": self.open, "open2": self.open, "close": self.close,
            "page": self.page, "space": self.space,
        }

    def char(self, i: int) -> str:
        return self.text[i] if 0 <= i < len(self.text) else ""

    def pinyin(self, m: re.Match[str]) -> None:
        s, e = m.span()
        if _HAN_RE.match(self.char(s - 1) or "x"):
            self.edits.append((s, e, ""))
        elif _is_cjk(self.char(s - 1)) or _is_cjk(self.char(e)) or "（" in m.group() or "）" in m.group():
            if self.text[s] == "(":
                self.edits.append((s, s + 1, "（"))
            if self.text[e - 1] == ")":
                self.edits.append((e - 1, e, "）"))

    def drop(self, m: re.Match[str]) -> None:
        self.edits.append((m.start(), m.end(), ""))

    def taiwan(self, m: re.Match[str]) -> None:
        rule = self.rules[m.group()]
        s, e = m.span()
        for offset, phrase in rule.exceptions:
            if self.text.startswith(phrase, s - offset) and s - offset >= 0:
                return
        if rule.traditional_only and not self._traditional_context(s, e):
            return
        self.edits.append((s, e, rule.target))

    def _traditional_context(self, s: int, e: int) -> bool:
        if self.before[s:e] != self.text[s:e]:
            return True
        trad_re, simp_re = _script_classes()
        lo, hi = max(0, s - 80), min(len(self.before), e + 80)
        trad = len(trad_re.findall(self.before, lo, hi))
        return trad >= 2 and _classify(trad, len(simp_re.findall(self.before, lo, hi))) == "traditional"

    def punct(self, m: re.Match[str]) -> None:
        s, e = m.span()
        run = m.group()
        marks = run.replace(" ", "")
        prev, nxt = self.char(s - 1), self.char(e)
        cjk = _is_cjk(prev) or _is_cjk(nxt) or any(c in _STRENGTH for c in marks)
        if not cjk:
            return
        if len(marks) == 1:
            self._single_punct(s, e, run, prev, nxt)
            return
        full = [_FULL_PUNCT.get(c, c) for c in marks]
        best = max(full, key=lambda c: _STRENGTH.get(c, 0))
        self.edits.append((s, e, best))

    def _single_punct(self, s: int, e: int, run: str, prev: str, nxt: str) -> None:
        mark = run.strip()
        if mark in _FULL_PUNCT:
            if prev.isdigit() and nxt.isdigit():
                return
            if mark in "?!" and not _is_cjk(prev):
                return
            mark = _FULL_PUNCT[mark]
        if mark != run:
            self.edits.append((s, e, mark))

    def open(self, m: re.Match[str]) -> None:
        s = m.start()
        close = self._matching_close(s)
        nxt, prev = self.char(s + 1), self.char(s - 1)
        if close is not None:
            inner = self.text[s + 1:close]
            full = (m.group() == "（" or self.text[close] == "）" or _HAN_RE.search(inner) is not None
                    or _is_cjk(prev) or _is_cjk(self.char(close + 1)))
            if full:
                self.pending_close.add(close)
                if m.group() == "(":
                    self.edits.append((s, s + 1, "（"))
            return
        if m.group() == "(" and _is_cjk(nxt):
            self.edits.append((s, s + 1, "（"))

    def _matching_close(self, s: int) -> int | None:
        for i in range(s + 1, min(len(self.text), s + 120)):
            c = self.text[i]
            if c in ")）":
                return i
            if c in "(（\n":
                return None
        return None

    def close(self, m: re.Match[str]) -> None:
        s = m.start()
        if m.group() == "）":
            return
        if s in self.pending_close or _is_cjk(self.char(s - 1)):
            self.edits.append((s, s + 1, "）"))

    def page(self, m: re.Match[str]) -> None:
        s, e = m.span()
        prev = self.char(s - 1)
        if _HAN_RE.match(prev or "x") and prev not in self.introducers and self.char(e) not in self.units:
            self.edits.append((s, e, ""))
            return
        digits = m.group().strip()
        first = s + m.group().index(digits)
        self._space(s, first)
        self._space(first + len(digits), e)

    def space(self, m: re.Match[str]) -> None:
        self._space(*m.span())

    def _space(self, s: int, e: int) -> None:
        text = self.text
        prev = text[s - 1] if s > 0 else ""
        nxt = text[e] if e < len(text) else ""
        edge = prev in ("", "\n", "\t") or nxt in ("", "\n", "\t")
        if (edge or prev in _SPACE_EATERS or nxt in _SPACE_EATERS
                or (_HAN_RE.match(prev) is not None and _HAN_RE.match(nxt) is not None
                    and (self._single(s - 1, -1) or self._single(e, 1)))):
            self.edits.append((s, e, ""))

    def _single(self, i: int, step: int) -> bool:
        """Is the Han character at ``i`` a one-character token (letter-spaced text)?"""
        beyond = self.char(i + step)
        return not _HAN_RE.match(beyond or "x")


def _inline_edits(text: str, before_t2s: str) -> list[Edit]:
    """Edits of pass 2 over ``text`` (``before_t2s`` is the same text before OpenCC)."""
    scan = _InlineScan(text, before_t2s)
    handlers = scan.handlers
    for m in _inline_re().finditer(text):
        handlers[m.lastgroup or "drop"](m)
    return scan.edits


# ---------------------------------------------------------------- pass 3: lines


@lru_cache(maxsize=1)
def _boilerplate() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    """A regex matching (fullmatch) a navigation line or a ``line_patterns`` line; the blocks."""
    data = load_json("boilerplate.json")
    strong = sorted(data["nav_tokens"], key=len, reverse=True)
    weak = sorted(data["nav_weak_tokens"], key=len, reverse=True)
    token = "|".join(map(re.escape, strong + weak))
    sep = r"[【】\[\]<>《》()（）|｜/:：·•,，、\-]*"
    any_token = rf"(?:(?:{token}){sep})*"
    nav = rf"{sep}{any_token}(?:{'|'.join(map(re.escape, strong))}){sep}{any_token}"
    lines = "|".join(f"(?:{p})" for p in data["line_patterns"].values())
    blocks = {k: re.compile(v) for k, v in data["blocks"].items()}
    return re.compile(f"(?:{nav})|(?:{lines})"), blocks


def _width(line: str) -> float:
    """Display width: CJK characters count 2, ASCII 1."""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) / 2


class _Line(NamedTuple):
    start: int
    end: int
    text: str


def _kept_lines(text: str) -> list[_Line]:
    """Non-blank lines that are not boilerplate."""
    dropped, blocks = _boilerplate()
    is_dropped, block_of = dropped.fullmatch, blocks.get
    kept: list[_Line] = []
    block: re.Pattern[str] | None = None
    pos = 0
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        key = "".join(raw.split())
        if not key and "\t" not in raw:
            continue
        if block is not None and block.fullmatch(key):
            continue
        block = block_of(key)
        if block is not None or is_dropped(key):
            continue
        kept.append(_Line(start, pos - 1, raw))
    return kept


def _peak(widths: list[float], tolerance: float) -> tuple[float, int]:
    """The width most lines share (within ``tolerance``) and how many lines share it."""
    best_width, best_count, lo = 0.0, 0, 0
    for hi, w in enumerate(widths):
        while widths[lo] < w * (1 - 2 * tolerance):
            lo += 1
        if hi - lo + 1 > best_count:
            best_count, best_width = hi - lo + 1, widths[(lo + hi) // 2]
    return best_width, best_count


def _wrap_width(lines: list[_Line]) -> float | None:
    """The width at which a PDF text layer wrapped its lines, if many lines share it and end mid-sentence."""
    cfg = _settings()["line_join"]
    prose = [(w, ln.text) for ln in lines if "\t" not in ln.text and "|" not in ln.text
             and _COLUMNS_RE.search(ln.text) is None
             and (w := _width(ln.text)) >= cfg["min_width"]]
    if len(prose) < cfg["min_open_lines"]:
        return None
    wrap, count = _peak(sorted(w for w, _ in prose), cfg["peak_tolerance"])
    lo, hi = wrap * (1 - cfg["peak_tolerance"]), wrap * (1 + cfg["peak_tolerance"])
    open_lines = sum(1 for w, t in prose if lo <= w <= hi and t[-1] not in _TERMINAL)
    enough_open = open_lines >= max(cfg["min_open_lines"], cfg["min_open_share"] * count)
    if count < cfg["peak_share"] * len(prose) or not enough_open:
        return None
    return wrap


def _joins(a: str, b: str, wrap: float | None) -> bool:
    if wrap is None or "\t" in a or "\t" in b or a[-1] in _TERMINAL or _COLUMNS_RE.search(a):
        return False
    if "|" in a or "|" in b:  # markdown pipe-table rows are never wrapped prose
        return False
    if (_HEADING_RE.match(a) or _TITLE_LINE_END.search(a)) and not _CLAUSE_MARK.search(a):
        return False  # a heading or title line without a clause mark ends there: 四、…收费及减免情况
    cfg = _settings()["line_join"]
    if not cfg["band_low"] * wrap <= _width(a) <= cfg["band_high"] * wrap:
        return False
    return _HEADING_RE.match(b) is None and b[0] not in "•·●▪◦-*"  # list items start a line


def _line_edits(text: str) -> list[Edit]:
    """Edits of pass 3: drop blank and boilerplate lines, join wrapped lines."""
    kept = _kept_lines(text)
    if not kept:
        return [(0, len(text), "")] if text else []
    wrap = _wrap_width(kept)
    edits: list[Edit] = []
    if kept[0].start > 0:
        edits.append((0, kept[0].start, ""))
    for a, b in itertools.pairwise(kept):
        if _joins(a.text, b.text, wrap):
            glue = " " if a.text[-1].isascii() and a.text[-1].isalpha() and b.text[0].isascii() \
                and b.text[0].isalpha() else ""
        else:
            glue = "\n"
        if text[a.end:b.start] != glue:
            edits.append((a.end, b.start, glue))
    if kept[-1].end < len(text):
        edits.append((kept[-1].end, len(text), ""))
    return edits


# ---------------------------------------------------------------- the pipeline stage


def _compose(first: AnyMap | None, later: OffsetMap) -> AnyMap:
    return later if first is None else first.then(later)


def normalise(text: str) -> NormalizedText:
    """Normalise ``text``; ``NormalizedText.original_span`` maps any span back to ``text``.

    >>> nt = normalise("防 1 止形式主义。受理申请 21 件")
    >>> nt.text
    '防止形式主义。受理申请 21 件'
    >>> nt.original_slice(0, 2)
    '防 1 止'
    """
    mapped = _map_chars(text)
    current = _t2s_aligned(mapped)
    offsets: AnyMap | None = None
    before = mapped
    for round_ in range(_MAX_ROUNDS):  # until nothing changes: a converted mark can enable its neighbour's
        edits = _inline_edits(current, before)
        if round_ > 0 and not edits:
            break
        if edits:
            current, step = rewrite(current, edits)
            offsets = _compose(offsets, step)
        if round_ == 0:
            line_edits = _line_edits(current)
            if line_edits:
                current, step = rewrite(current, line_edits)
                offsets = _compose(offsets, step)
        before = current
    if offsets is None:
        offsets = OffsetMap.identity(len(text))
    return NormalizedText(current, text, offsets, _script_of(mapped))

