"""Cell values in table text: parsing one cell, tokenising a row, splitting run-together digits.

Web text extractions lose the separators between cells ("640020470" for
64 0 0 2 0 4 70).  :func:`splits` lists every way to cut such tokens into the
number of cells a row needs; the caller keeps the cuts its identities allow.

>>> parse_value("22（其中修订16件）")
('number', 22.0)
>>> parse_value("／"), parse_value(" ")
(('dash', None), ('blank', None))
>>> [t.text for t in tokenize("\\t5\\t/\\t\\t7\\n")]
['5', '/', '', '7']
>>> [[p.text for p in s] for s in splits(tokenize("1001"), 3)]
[['10', '0', '1']]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .table_layouts import lexicon

__all__ = ["Token", "fit", "parse_value", "splits", "tokenize", "value_runs"]

_NUM_RE = re.compile(r"^\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_SIGN_WORDS = "|".join(sorted(map(re.escape, lexicon()["change_signs"]), key=len, reverse=True))
_TOKEN_RE = re.compile(rf"(?:(?:{_SIGN_WORDS})\s*)?-?\d+(?:,\d{{3}})*(?:\.\d+)?|(?<!\S)(?:[/／\\]|[-—－–]+|无)(?!\S)")
_PART_RE = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?")
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_CELL_LINE_RE = re.compile(rf"\s*(?:(?:{_SIGN_WORDS})?[+-]?[\d.,]+%?|[/／\\\-—－–]+|无)?\s*\|+\s*")
MAX_SPLITS = 20000


@dataclass(frozen=True)
class Token:
    """One cell read from text: ``text`` as written and its span in the scanned string."""

    text: str
    start: int
    end: int

    @property
    def splittable(self) -> bool:
        return bool(self.text) and self.text.lstrip("-").replace(".", "").isdigit() and len(self.text) > 1


def _dashes() -> frozenset[str]:
    return frozenset(lexicon()["dash"])


def parse_value(raw: str) -> tuple[str, float | None]:
    """State and value of a cell as written: number / blank / dash / text.

    >>> parse_value("75394432.52元"), parse_value("-18"), parse_value("不适用")
    (('number', 75394432.52), ('number', -18.0), ('text', None))
    """
    s = unicodedata.normalize("NFKC", raw).strip()
    if not s:
        return "blank", None
    if s in _dashes() or set(s) <= set("/-—－–\\／"):
        return "dash", None
    s, sign = _change_sign(s)
    m = _NUM_RE.match(s)
    if not m:
        return "text", None
    value = float(m.group(2).replace(",", "") + (m.group(3) or ""))
    return "number", sign * (-value if m.group(1) == "-" else value)


def _change_sign(s: str) -> tuple[str, int]:
    """A 本年增/减 cell written with a word ("减4", "增加2"): the number and its sign.

    >>> _change_sign("减4"), _change_sign("4")
    (('4', -1), ('4', 1))
    """
    signs: dict[str, int] = lexicon()["change_signs"]
    for word in sorted(signs, key=len, reverse=True):
        rest = s[len(word):].strip()
        if s.startswith(word) and _NUM_RE.match(rest):
            return rest, int(signs[word])
    return s, 1


def _cells(line: str, base: int, sep: str) -> list[Token]:
    parts = line.split(sep)
    starts, pos = [], 0
    for p in parts:
        starts.append(pos)
        pos += len(p) + 1
    keep = list(range(1, len(parts)))
    if sep == "|" and line.rstrip().endswith("|"):
        keep = keep[:-1]
    out = []
    for i in keep:
        p = parts[i]
        if _is_label(p.strip()):
            break
        lead = len(p) - len(p.lstrip())
        s = base + starts[i] + lead
        out.append(Token(p.strip(), s, s + len(p.strip())))
    return [t for t in out if not set(t.text) <= set("-:— ") or not t.text or t.text in _dashes()]


def _is_label(text: str) -> bool:
    """A cell that names a row or column (Chinese text that is not a value): the row is over."""
    return bool(_CJK_RE.search(text)) and parse_value(text)[0] == "text"


def _pipe_run_line(gap: str, at: int) -> bool:
    """True when the pipe at ``at`` sits on a line made of two or more pipes and nothing else."""
    start = gap.rfind("\n", 0, at) + 1
    end = gap.find("\n", at)
    line = gap[start:end if end >= 0 else len(gap)].strip()
    return len(line) >= 2 and set(line) == {"|"}


def _stream_cells(gap: str, base: int) -> list[Token]:
    """Cells written one per line ("0 |", "|" for a blank, "||||" for a run of blanks), up to the next label.

    The text before the first pipe (the rest of the label cell) and an unterminated piece at the
    end (the start of the next row's label cell) are not cells.  A line of two or more pipes alone
    ends the row: such runs gather a row's empty cells at its end wherever they stood, so the
    cells before them cannot be placed in their columns unless they fill the row.
    """
    out: list[Token] = []
    pos = gap.index("|") + 1
    while True:
        nxt = gap.find("|", pos)
        if nxt < 0:
            break
        raw = gap[pos:nxt]
        text = raw.strip()
        if _is_label(text) or (not text and _pipe_run_line(gap, nxt)):
            break
        lead = len(raw) - len(raw.lstrip())
        out.append(Token(text, base + pos + lead, base + pos + lead + len(text)))
        pos = nxt + 1
    return out


def tokenize(gap: str, base: int = 0, *, stop_at_text: bool = False) -> list[Token]:
    """Cells in the text after a row label: pipe or tab cells, else numbers and dashes.

    A row written on one line ("| 5 | | 7 |") is that line's cells; a label whose line holds
    no cell ("规章 |" then "0 |" on the next lines) is followed by one cell per line.
    ``stop_at_text`` ends the row at the first Chinese character after a value.

    >>> [t.text for t in tokenize(" 500000 5（三）", stop_at_text=True)]
    ['500000', '5']
    >>> [t.text for t in tokenize("| 64 | | 无 |\\n| x |")]
    ['64', '', '无']
    >>> [t.text for t in tokenize(" |\\n/ |\\n|\\n3 |\\n||\\n行政许可 |")]
    ['/', '', '3']
    """
    lines = gap.split("\n", 2)
    first = lines[0]
    for sep in ("|", "\t"):
        if sep in first:
            cells = _cells(first, base, sep)
            if sep == "|" and first.rstrip().endswith("|") and len(lines) > 1 \
                    and (_CELL_LINE_RE.fullmatch(lines[1]) or (not cells and first.strip() == "|")):
                return _stream_cells(gap, base)
            return cells
    if not first.strip() and len(lines) > 1 and lines[1].lstrip().startswith("|"):
        return _stream_cells(gap, base)
    out: list[Token] = []
    pos = 0
    for m in _TOKEN_RE.finditer(gap):
        if stop_at_text and out and _CJK_RE.search(gap, pos, m.start()):
            break
        out.append(Token(m.group(), base + m.start(), base + m.end()))
        pos = m.end()
    return out


def fit(tokens: Sequence[Token], width: int) -> list[Token]:
    """Drop blank cells a row has too many of: at its end first (padding columns), then at its start
    (the empty cells of a row label spanning several columns).

    >>> [t.text for t in fit([Token("0", 0, 1), Token("", 2, 2), Token("", 3, 3)], 2)]
    ['0', '']
    >>> [t.text for t in fit([Token("", 0, 0), Token("5", 2, 3), Token("", 4, 4)], 1)]
    ['5']
    """
    toks = list(tokens)
    while len(toks) > width and toks[-1].text == "":
        toks.pop()
    while len(toks) > width and toks[0].text == "":
        toks.pop(0)
    return toks


@lru_cache(maxsize=4096)
def _cut_points(text: str, i: int, need: int) -> tuple[tuple[int, ...], ...]:
    """End positions of every cut of ``text[i:]`` into ``need`` valid numbers (memoised)."""
    n = len(text)
    if need == 0:
        return ((),) if i == n else ()
    out: list[tuple[int, ...]] = []
    for j in range(i + 1, n - need + 2):
        if not _PART_RE.fullmatch(text, i, j):
            if text[i] == "0" or (text[i] == "-" and text[i + 1:i + 2] == "0"):
                break
            continue
        if j < n and text[j] in ".":
            continue
        out.extend((j, *rest) for rest in _cut_points(text, j, need - 1))
    return tuple(out)


def _cuts(tok: Token, parts: int) -> Iterator[list[Token]]:
    """Ways to cut one token into ``parts`` valid numbers (no leading zeros)."""
    if parts == 1 and not tok.splittable:
        yield [tok]
        return
    for ends in _cut_points(tok.text, 0, parts):
        pos, cut = 0, []
        for e in ends:
            cut.append(Token(tok.text[pos:e], tok.start + pos, tok.start + e))
            pos = e
        yield cut


def splits(tokens: Sequence[Token], width: int) -> list[list[Token]]:
    """Every way to cut ``tokens`` into exactly ``width`` cells (capped at MAX_SPLITS)."""
    out: list[list[Token]] = []
    most = [len(t.text) if t.splittable else 1 for t in tokens]
    after = [sum(most[i + 1:]) for i in range(len(tokens))]

    def walk(i: int, need: int, acc: list[Token]) -> None:
        if len(out) >= MAX_SPLITS:
            return
        if i == len(tokens):
            if need == 0:
                out.append(list(acc))
            return
        left = len(tokens) - i - 1
        tok = tokens[i]
        for k in range(max(1, need - after[i]), min(most[i], need - left) + 1):
            for cut in _cuts(tok, k):
                walk(i + 1, need - k, acc + cut)

    walk(0, width, [])
    return out


def agreed(candidates: Sequence[Sequence[Token | None]]) -> list[Token | None]:
    """Per position, the token every candidate agrees on (same text and span), else None.

    >>> a, b = Token("1", 0, 1), Token("2", 1, 2)
    >>> agreed([[a, b], [a, Token("3", 1, 2)]])
    [Token(text='1', start=0, end=1), None]
    """
    if not candidates:
        return []
    first = candidates[0]
    return [t if all(c[i] == t for c in candidates) else None for i, t in enumerate(first)]


def value_runs(cands: list[list[Token]], check: Callable[[list[float]], bool]) -> list[list[Token]]:
    """Candidates whose numeric values pass ``check`` (non-numbers count as 0)."""
    kept = []
    for c in cands:
        vals = [parse_value(t.text)[1] or 0.0 for t in c]
        if check(vals):
            kept.append(c)
    return kept
