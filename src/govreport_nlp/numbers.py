"""Reading numbers from running Chinese text: numerals, units, qualifiers, placeholders.

Numbers are read straight from the characters (not from segmenter tokens, which
split ``2.5`` and ``100.17%``).  Arabic and Chinese numerals and their mixtures
(``2.5万``) are read; qualifiers (余/多/以上 → ``at_least``, 约/左右/近 →
``approx``, 不足/以下/以内 → ``at_most``), measure words and percentages are
attached; placeholders (``xx条``) keep ``value=None``.  Numbers that are not
counts are left out: dates and years, document and article numbers, list
ordinals, phone numbers, postcodes, addresses, URLs, and Chinese numeral
characters inside ordinary words (统一, 一是, 十九大, 两学一做).

The domain knowledge (measure words, qualifier words, blockers) lives in
``lexicons/units.json``.

>>> [(m.value, m.unit, m.qualifier) for m in find_numbers("共发布公开信息2.5万条，重点领域4000余条")]
[(25000.0, '条', 'exact'), (4000.0, '条', 'at_least')]
>>> find_numbers("2019年1月1日至12月31日，依据国办公开办函〔2019〕60号第二十条")
[]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicons import load_json

__all__ = ["NumberMatch", "find_numbers", "parse_cn_number"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
_CN_START = "零〇一二两三四五六七八九十"
_CN_ALL = _CN_START + "百千万亿"
_PLACEHOLDER = "xX×ｘＸ*＊"
_ASCII_GLUE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz@＠_/\\:-－—~～#&=+")


@dataclass(frozen=True)
class NumberMatch:
    """One number found in a text.

    ``start``/``end`` cover the numeral (with 百分之 / multiplier / 余);
    ``unit_end`` is where the measure word ends (``== end`` when there is
    none); ``surface`` is ``text[start:unit_end]``.
    """

    start: int
    end: int
    value: float | None
    unit: str | None
    qualifier: str
    surface: str
    is_percent: bool
    unit_end: int
    kind: str


# ---------------------------------------------------------------- lexicon + regex


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    return load_json("units.json")


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    lex = _lex()
    units = sorted({*lex["units"], "%", "％"}, key=len, reverse=True)
    unit_alt = "|".join(re.escape(u) for u in units)
    mult = "".join(lex["multipliers"])
    infix = "|".join(re.escape(k) for k in lex["qualifier_infix"])
    pattern = (
        r"(?P<num>"
        r"百分之(?P<pct>[零〇一二两三四五六七八九十百点]+|\d+(?:\.\d+)?)"
        r"|(?P<ar>\d{1,3}(?:,\d{3})+(?![\d,])(?:\.\d+)?|\d+(?:\.\d+)?)(?P<mult>[" + mult + r"](?!元))?"
        r"|(?P<cn>[" + _CN_START + r"][" + _CN_ALL + r"]*)"
        r"|(?P<ph>[" + _PLACEHOLDER + r"]+[千万亿]?)"
        r")"
        r"(?:[ \t\u3000]?(?P<infix>" + infix + r"))?"
        r"(?:[ \t\u3000\r\n]{0,4}(?P<unit>" + unit_alt + r"))?"
    )
    return re.compile(pattern)


# ---------------------------------------------------------------- values


def _cn_integer(s: str) -> float | None:
    """Value of a Chinese integer numeral (一百零五, 两, 三千五百万, 二〇一九)."""
    if not s:
        return None
    if len(s) > 1 and all(ch in _CN_DIGITS for ch in s):
        return float(int("".join(str(_CN_DIGITS[ch]) for ch in s)))
    total = section = num = 0
    for ch in s:
        if ch in _CN_DIGITS:
            num = _CN_DIGITS[ch]
        elif ch in _CN_SMALL:
            section += (num or 1) * _CN_SMALL[ch]
            num = 0
        elif ch == "万":
            total += (section + num) * 10_000
            section = num = 0
        elif ch == "亿":
            total = (total + section + num) * 100_000_000
            section = num = 0
        else:
            return None
    return float(total + section + num)


def _cn_decimal(s: str) -> float | None:
    """Chinese numeral with an optional 点 (三点五 → 3.5)."""
    if "点" not in s:
        return _cn_integer(s)
    whole, _, frac = s.partition("点")
    head = _cn_integer(whole) if whole else 0.0
    if head is None or not frac or any(ch not in _CN_DIGITS for ch in frac):
        return None
    return float(f"{int(head)}.{''.join(str(_CN_DIGITS[c]) for c in frac)}")


def _arabic(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


_PARSE_RE = re.compile(
    r"^(?:百分之(?P<pct>.+)|(?P<ar>\d[\d,]*(?:\.\d+)?)(?P<mult>[千万亿])?(?P<sign>[%％])?"
    r"|(?P<cn>[零〇一二两三四五六七八九十百千万亿点]+))$"
)


def parse_cn_number(text: str) -> float | None:
    """Value of an isolated numeral: Arabic, Chinese, mixed, 百分之…; None if not a number.

    >>> parse_cn_number("2.5万"), parse_cn_number("一百零五"), parse_cn_number("两")
    (25000.0, 105.0, 2.0)
    >>> parse_cn_number("百分之九十"), parse_cn_number("4,000"), parse_cn_number("1.2亿")
    (90.0, 4000.0, 120000000.0)
    >>> parse_cn_number("xx") is None
    True
    """
    s = (text or "").strip().replace(" ", "")
    m = _PARSE_RE.match(s)
    if not m:
        return None
    if m.group("pct"):
        body = m.group("pct")
        return _arabic(body) if body[0].isdigit() else _cn_decimal(body)
    if m.group("ar"):
        value = _arabic(m.group("ar"))
        mult = m.group("mult")
        if value is not None and mult:
            value *= _lex()["multipliers"][mult]
        return value
    return _cn_decimal(m.group("cn"))


# ---------------------------------------------------------------- filters


@lru_cache(maxsize=1)
def _prefix_qualifiers() -> tuple[tuple[str, str], ...]:
    return tuple((w, str(q)) for w, q in sorted(_lex()["qualifier_prefix"].items(), key=lambda kv: -len(kv[0])))


def _prefix_qualifier(text: str, start: int) -> str | None:
    head = text[max(0, start - 4):start].rstrip()
    if not head:
        return None
    for word, qual in _prefix_qualifiers():
        if head.endswith(word):
            return qual
    return None


def _suffix_qualifier(text: str, pos: int) -> str | None:
    tail = text[pos:pos + 4].lstrip()
    for word, qual in _lex()["qualifier_suffix"].items():
        if tail.startswith(word) and not (word == "内" and tail[1:2] in _lex()["not_within"]):
            return str(qual)
    return None


def _unit_blocked(text: str, unit: str, unit_end: int) -> bool:
    tail = text[unit_end:unit_end + 4]
    return bool(tail) and any(tail.startswith(b) for b in _lex()["unit_blockers"].get(unit, ()))


def _is_ordinal(text: str, start: int, end: int, unit: str | None) -> bool:
    """第二十条, （1）, 1. 2. 一是 …"""
    prev = text[start - 1:start] or "^"
    if prev in ("第", "届") or text[max(0, start - 2):start] == "星期":
        return True
    nxt = text[end:end + 1] or "$"
    if prev in "（(【[" and nxt in "）)】]":
        return True
    return unit is None and nxt in ".．、" and not text[end + 1:end + 2].isdigit()


def _is_date_or_code(text: str, start: int, end: int, m: re.Match[str], unit: str | None) -> bool:
    """Years, dates, times, document numbers, phone numbers, postcodes, addresses, URLs."""
    prev, nxt = text[start - 1:start] or "^", text[end:end + 1] or "$"
    if prev in _ASCII_GLUE or (nxt in _ASCII_GLUE and nxt not in "-－—~～") or prev in ".．":
        return True
    if nxt in "-－~～" and text[end + 1:end + 2].isdigit():
        return True
    if unit is None:
        if nxt in _lex()["date_suffixes"] or text.startswith("世纪", end):
            return True
        if nxt in "层楼室栋幢弄巷路街":
            return True
        ar = m.group("ar")
        if ar and "," not in ar and "." not in ar and len(ar) >= 5 and not m.group("mult"):
            return True
    return bool(prev in "〔[［【(（" and nxt in "〕]］】)）" and m.group("ar") and len(m.group("ar")) == 4)


# ---------------------------------------------------------------- matching


def _value_and_kind(m: re.Match[str]) -> tuple[float | None, str]:
    if m.group("pct"):
        body = m.group("pct")
        return (_arabic(body) if body[0].isdigit() else _cn_decimal(body)), "percent"
    if m.group("ar"):
        value = _arabic(m.group("ar"))
        if value is not None and m.group("mult"):
            return value * _lex()["multipliers"][m.group("mult")], "mixed"
        return value, "arabic"
    if m.group("cn"):
        return _cn_decimal(m.group("cn")), "chinese"
    return None, "placeholder"


def _money_unit(text: str, end: int, cn: str | None) -> tuple[str, int] | None:
    """万元/亿元 written after a numeral (2万元 → 2, 万元); also 五万元 with 万 inside the numeral."""
    for mu in _lex()["money_units"]:
        if text.startswith(mu, end):
            return mu, end + len(mu)
    if cn and cn[-1] in _CN_BIG and cn[-1] + text[end:end + 1] in _lex()["money_units"]:
        return cn[-1] + "元", end + 1
    return None


def _accept_unit(text: str, m: re.Match[str], value: float | None) -> str | None:
    unit = m.group("unit")
    if unit is None or _unit_blocked(text, unit, m.end("unit")):
        return None
    if unit == "年" and (value is None or value > _lex()["year_unit_max"] or value != int(value)):
        return None
    return unit


def _keep_chinese(text: str, m: re.Match[str], unit: str | None) -> bool:
    """Chinese numerals count only with a measure word, outside quotes and ordinals."""
    if unit is None:
        return False
    start = m.start("num")
    prev = text[start - 1:start]
    if prev and (prev in _lex()["quote_openers"] or prev in _CN_ALL or prev in _lex()["ordinal_prefixes"]):
        return False
    head = text[max(0, start - 6):start]
    if "“" in head and "”" not in head[head.rfind("“"):]:
        return False
    return m.group("cn") != "一" or unit in _lex()["single_one_units"] or _counted_one(text, m)


def _counted_one(text: str, m: re.Match[str]) -> bool:
    """一 with a measure word counts when it follows a counted noun and ends its clause
    (收到政府信息公开申请一件，已办结), not in phrases such as 一件事, 一项工作.

    >>> _counted_one("收到申请一件，已办结", _number_re().search("收到申请一件，已办结"))
    True
    """
    lex = _lex()["single_one_after"]
    before = text[max(0, m.start("num") - 4):m.start("num")]
    after = text[m.end("unit"):m.end("unit") + 1]
    return before.endswith(tuple(lex["nouns"])) and (after == "" or after in lex["ends"])


def _in_title(text: str, start: int) -> bool:
    """Inside 《…》: a title (《…二十条》, 《2019年…》) states no count."""
    head = text[max(0, start - 40):start]
    k = head.rfind("《")
    return k >= 0 and "》" not in head[k:]


def _in_quoted_name(text: str, start: int) -> bool:
    """Inside a short quoted name (“创业富民30条”, "十四五"): a name, not a count.

    >>> _in_quoted_name('宣传解读"创业富民30条"等政策', 10), _in_quoted_name('公开“三公”经费30条', 9)
    (True, False)
    """
    span = _lex()["quoted_name_max"]
    line_start = text.rfind("\n", 0, start) + 1
    head = text[max(line_start, start - span):start]
    tail = text[start:start + span]
    k = head.rfind("“")
    if k >= 0 and "”" not in head[k:]:
        return "”" in tail and "“" not in tail[:tail.find("”")]
    if '"' not in tail:
        return False
    return text.count('"', line_start, start) % 2 == 1


def _build(text: str, m: re.Match[str]) -> NumberMatch | None:
    if m.group("unit") is None and (m.group("ph") or (m.group("cn") and _money_unit(text, m.end("num"),
                                                                                     m.group("cn")) is None)):
        return None  # a Chinese numeral or a placeholder counts only with a measure word
    start = m.start("num")
    if _in_title(text, start) or _in_quoted_name(text, start):
        return None
    value, kind = _value_and_kind(m)
    cn = m.group("cn")
    money = _money_unit(text, m.end("num"), cn) if kind in ("arabic", "chinese") else None
    unit: str | None
    if money:
        unit, unit_end = money
        end = m.end("num") - (1 if cn and cn[-1] in _CN_BIG and unit.startswith(cn[-1]) else 0)
        if cn and end < m.end("num"):
            value = _cn_decimal(cn[:-1])
        qualifier = None
    else:
        unit = _accept_unit(text, m, value)
        end = m.end("infix") if m.group("infix") and unit else m.end("num")
        unit_end = m.end("unit") if unit else end
        qualifier = _lex()["qualifier_infix"][m.group("infix")] if m.group("infix") and unit else None
    if kind == "percent":
        unit, unit_end = "%", m.end("num")
    if kind == "placeholder" and (unit is None or unit == "年"):
        return None
    if kind == "chinese" and not _keep_chinese(text, m, unit):
        return None
    if kind in ("arabic", "mixed") and (_is_ordinal(text, start, m.end("num"), unit)
                                        or _is_date_or_code(text, start, m.end("num"), m, unit)):
        return None
    if kind == "placeholder":
        qualifier = "placeholder"
    qualifier = qualifier or _prefix_qualifier(text, start) or _suffix_qualifier(text, unit_end) or "exact"
    if unit == "％":
        unit = "%"
    return NumberMatch(start=start, end=end, value=value, unit=unit, qualifier=qualifier,
                       surface=text[start:unit_end], is_percent=unit == "%", unit_end=unit_end, kind=kind)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in ``text`` that may state a fact, with unit and qualifier.

    >>> [(m.value, m.unit) for m in find_numbers("定编两人，已开展7次在线访谈，办结率100%")]
    [(2.0, '人'), (7.0, '次'), (100.0, '%')]
    >>> [(m.value, m.unit, m.qualifier) for m in find_numbers("主动公开政府信息 1136 条，xx件")]
    [(1136.0, '条', 'exact'), (None, '件', 'placeholder')]
    >>> find_numbers("进一步统一思想，一是抓好两学一做，十九大精神")
    []
    """
    out: list[NumberMatch] = []
    for m in _number_re().finditer(text):
        found = _build(text, m)
        if found is not None:
            out.append(found)
    return out
