"""The standard statistical tables (schema.md §4): every cell of the 2019 and 2021 templates.

Two readers, one result:

* **grids** (HTML ``<table>``, Word, PDF tables from the loader): rows and
  columns are mapped to cell ids *by their labels* (lexicon
  ``table_labels.json``), so extra note columns, missing super-headers,
  letter-spaced headers, merged cells and tables continued in a second grid
  all read the same;
* **text** (web text extractions, PDF text layers, OCR, markdown pipes): row
  labels are found in the normalised text and the cells after each label are
  read as that row; one-cell-per-line blocks are read row- or column-major,
  whichever the table identities support; digits that ran together are cut
  where the identities force the cut (``inferred=True``).

>>> from .textmap import NormalizedText
>>> text = "行政复议 未经复议直接起诉 复议后起诉 结果维持 结果纠正 总计\\n1 0 2 0 3 12 0 0 0 12 0 0 0 0 0"
>>> res = read_tables(NormalizedText.unchanged(text), 0, len(text), doc_id="d", year=2021, grids=[])
>>> [(c.cell, c.value) for c in res.cells][:2]
[('t4.review.upheld', 1.0), ('t4.review.corrected', 0.0)]
>>> resolve_template(res, 2021, "annual_report")
't2021'
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import product

import pandas as pd

from .models import Cell, GridCell, Table
from .table_layouts import (
    EXPECTED_CELLS,
    T3_COLS,
    T3_ROWS_T2019,
    T3_ROWS_T2021,
    T4_COLS,
    T4_GROUPS,
    canon,
    col_id,
    label_of,
    lexicon,
    row_regex,
    t2_layout,
)
from .table_text import Token, agreed, fit, parse_value, splits, tokenize
from .textmap import NormalizedText

logger = logging.getLogger(__name__)

__all__ = ["EXPECTED_CELLS", "TablesResult", "read_tables", "resolve_template", "wide_table"]

_OTHER_SPLIT = ("other_no_correction", "other_no_fee", "other_misc")
_T2019_T2_MARKS = {"new_made", "new_published", "published_total", "prev_items", "change", "items", "amount",
                   "other_services", "procurement"}
_T2021_T2_MARKS = {"issued", "repealed", "in_force", "amount_10k_yuan"}
_EPS = 1e-6
_CJK_RE = re.compile(r"[\u3400-\u9fff]")
_ORDINAL_TAIL_RE = re.compile(r"\d{1,2}[.．、]?")
_T3_WINDOW = 12000
_T4_WINDOW = 1500


@dataclass(frozen=True)
class TablesResult:
    """Cells of the standard tables of one document, where they sit, and each table's template."""

    cells: list[Cell] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)
    templates: dict[str, str] = field(default_factory=dict)


@dataclass
class _Acc:
    """Cells being collected for one document (first reading of an id wins)."""

    doc_id: str
    cells: dict[str, Cell] = field(default_factory=dict)
    ranges: list[tuple[int, int]] = field(default_factory=list)
    t3_major: str | None = None

    def add(self, table: str, row: str, col: str, raw: str, start: int, end: int, *,
            inferred: bool = False, rule: str = "") -> None:
        cid = f"{table}.{row}.{col}"
        state, value = parse_value(raw)
        old = self.cells.get(cid)
        if old is not None and not (old.state == "blank" and state != "blank"):
            return
        self.cells[cid] = Cell(self.doc_id, table, "", cid, _row_label(table, row), _col_label(table, col),
                               value, raw, state, start, end if state != "blank" else start, inferred, rule)

    def tables(self) -> set[str]:
        return {c.table for c in self.cells.values()}


def _row_label(table: str, row: str) -> str:
    return label_of(table, "groups" if table == "t4" else "rows", row)


def _col_label(table: str, col: str) -> str:
    return label_of(table, "cols", col)


# ---------------------------------------------------------------- grids


@dataclass
class _GridMaps:
    """Column maps carried from header rows to data rows (and to continuation grids)."""

    kind: str | None = None
    t2: dict[int, str] = field(default_factory=dict)
    t3: dict[int, str] = field(default_factory=dict)
    t4g: dict[int, str] = field(default_factory=dict)
    t4c: dict[int, str] = field(default_factory=dict)
    t3_width: int = 0
    after_data: bool = True


def _is_value(text: str) -> bool:
    return parse_value(text)[0] in ("number", "dash")


def _header_kind(texts: Sequence[str]) -> str | None:
    """Which table a header row belongs to (its cells are column labels)."""
    found = {k: any(col_id(k, t) for t in texts) for k in ("t2", "t3", "t4", "t4g")}
    strong_t4 = any(col_id("t4", t) in ("upheld", "corrected", "pending") for t in texts) or found["t4g"]
    if strong_t4:
        return "t4"
    if found["t2"]:
        return "t2"
    return "t3" if found["t3"] else None


def _read_header(maps: _GridMaps, kind: str, row: Sequence[GridCell], n_cols: int) -> None:
    if maps.after_data or maps.kind != kind:
        if kind == "t3":
            maps.t3 = {}
        elif kind == "t2":
            maps.t2 = {}
        else:
            maps.t4g, maps.t4c = {}, {}
    maps.kind, maps.after_data = kind, False
    for j, cell in enumerate(row):
        if kind == "t4":
            g, c = col_id("t4g", cell.text), col_id("t4", cell.text)
            if g:
                maps.t4g[j] = g
            if c:
                maps.t4c[j] = c
            continue
        cid = col_id(kind, cell.text)
        if cid:
            getattr(maps, kind)[j] = cid
    if kind == "t3":
        maps.t3_width = n_cols


def _row_match(table: str, row: Sequence[GridCell], label_cols: Sequence[int]) -> str | None:
    """Row id from the rightmost label cell that names a row."""
    regex = row_regex(table)
    for j in reversed(label_cols):
        m = regex.search(canon_keep(row[j].text))
        if m and m.lastgroup:
            return m.lastgroup
    return None


@lru_cache(maxsize=8192)
def canon_keep(text: str) -> str:
    """Cell text for row matching: simplified, whitespace removed, punctuation kept."""
    from .normalise import to_simplified

    return re.sub(r"\s+", "", to_simplified(text))


def _label_cols(row: Sequence[GridCell], colmap: dict[int, str]) -> list[int]:
    if colmap:
        first = min(colmap)
        return [j for j in range(min(first, len(row)))]
    return [j for j, c in enumerate(row) if c.text.strip() and not _is_value(c.text)]


def _emit_row(acc: _Acc, table: str, rid: str, row: Sequence[GridCell], colmap: dict[int, str],
              fallback: Sequence[str]) -> None:
    if colmap and max(colmap) < len(row):
        pairs = sorted(colmap.items())
    else:
        labels = _label_cols(row, {})
        last = max(labels, default=-1)
        seen, data = set(), []
        for j in range(last + 1, len(row)):
            if row[j].origin not in seen:
                seen.add(row[j].origin)
                data.append(j)
        if len(data) < len(fallback):
            return
        pairs = list(zip(data[-len(fallback):], fallback, strict=True))
    used: set[str] = set()
    for j, cid in pairs:
        if cid in used:
            continue
        used.add(cid)
        cell = row[j]
        acc.add(table, rid, cid, cell.text, cell.start, cell.end, rule=f"{table}.grid")


def _t4_row(acc: _Acc, maps: _GridMaps, row: Sequence[GridCell]) -> None:
    label = _row_match("t4", row, [j for j in range(len(row)) if j not in maps.t4c])
    used: set[str] = set()
    for j, cell in enumerate(row):
        col = maps.t4c.get(j)
        group = label or maps.t4g.get(j)
        if not col or not group or f"{group}.{col}" in used:
            continue
        if not label and not _is_value(cell.text) and cell.text.strip():
            continue
        used.add(f"{group}.{col}")
        acc.add("t4", group, col, cell.text, cell.start, cell.end, rule="t4.grid")


def _t2_fallback(row_id: str, acc_t2_template: str) -> list[str]:
    return t2_layout(acc_t2_template).get(row_id, [])


def _read_grid(acc: _Acc, grid: Table, maps: _GridMaps, year: int | None) -> None:
    t2_template = _year_template(year) or "t2021"
    for row in grid.rows:
        texts = [c.text for c in row]
        has_values = any(_is_value(t) for t in texts)
        if not has_values:
            kind = _header_kind(texts)
            if kind:
                _read_header(maps, kind, row, len(row))
                if kind == "t2":
                    cols = set(maps.t2.values())
                    t2_template = "t2019" if cols & _T2019_T2_MARKS else "t2021" if cols & _T2021_T2_MARKS \
                        else t2_template
                continue
        t3map = maps.t3 if maps.t3_width in (0, len(row)) else {}
        rid = _row_match("t3", row, _label_cols(row, t3map))
        if rid:
            maps.after_data = True
            _emit_row(acc, "t3", rid, row, t3map, T3_COLS)
            continue
        rid = _row_match("t2", row, _label_cols(row, maps.t2))
        if rid:
            maps.after_data = True
            _emit_row(acc, "t2", rid, row, maps.t2, _t2_fallback(rid, t2_template))
            continue
        if has_values and maps.t4c:
            maps.after_data = True
            _t4_row(acc, maps, row)


# ---------------------------------------------------------------- text


@dataclass(frozen=True)
class _Hit:
    row: str
    start: int
    end: int


def _hits(table: str, text: str, lo: int, hi: int) -> list[_Hit]:
    found = row_regex(table).finditer(text, lo, hi)
    return [_Hit(m.lastgroup, m.start(), m.end()) for m in found if m.lastgroup]


@cache
def _anchor_regex(table: str) -> re.Pattern[str]:
    from .table_layouts import _flex

    return re.compile("|".join(_flex(a) for a in lexicon()["anchors"][table]))


def _span(nt: NormalizedText, tok: Token) -> tuple[int, int]:
    return nt.original_span(tok.start, tok.end)


def _segments(text: str, hits: list[_Hit], hi: int) -> list[tuple[list[_Hit], list[Token]]]:
    """Group labels with the cells that follow them (several labels share one block of cells)."""
    out: list[tuple[list[_Hit], list[Token]]] = []
    pending: list[_Hit] = []
    for i, hit in enumerate(hits):
        last = i == len(hits) - 1
        end = hi if last else hits[i + 1].start
        toks = tokenize(text[hit.end:end], hit.end, stop_at_text=last)
        pending.append(hit)
        if toks:
            out.append((pending, toks))
            pending = []
    return out


def _t3_row_ok(vals: Sequence[float]) -> bool:
    return abs(vals[6] - sum(vals[:6])) < _EPS


def _t4_ok(vals: Sequence[float]) -> bool:
    return all(abs(vals[g + 4] - sum(vals[g:g + 4])) < _EPS for g in (0, 5, 10))


def _values(toks: Sequence[Token]) -> list[float]:
    return [parse_value(t.text)[1] or 0.0 for t in toks]


def _split_row(toks: list[Token], width: int,
               ok: Callable[[list[float]], bool] | None) -> list[list[Token]]:
    """Candidate readings of a row whose cells ran together, kept if ``ok`` (the row identity)."""
    cands = splits(toks, width)
    return [c for c in cands if ok is None or ok(_values(c))]


def _orient(toks: list[Token], k: int, width: int) -> tuple[list[list[Token]], str]:
    """Read a block of k rows x width cells row- or column-major, whichever the row identity prefers.

    Column-major text layers may emit the total column out of place; the chunk that equals the
    sum of the others is taken as the total.
    """
    by_row = [toks[i * width:(i + 1) * width] for i in range(k)]
    best, best_score = by_row, sum(_t3_row_ok(_values(r)) for r in by_row)
    major = "row"
    chunks = [toks[c * k:(c + 1) * k] for c in range(width)]
    for pos in range(width - 1, -1, -1):
        order = [c for c in range(width) if c != pos] + [pos]
        by_col = [[chunks[c][r] for c in order] for r in range(k)]
        score = sum(_t3_row_ok(_values(r)) for r in by_col)
        if score > best_score:
            best, best_score, major = by_col, score, "col"
    return best, major


def _t3_col_ok(rows: dict[str, list[float]]) -> bool:
    need = ("new", "carried_over", "total", "carried_forward")
    if all(r in rows for r in need):
        for c in range(7):
            a = rows["new"][c] + rows["carried_over"][c]
            if abs(a - rows["total"][c] - rows["carried_forward"][c]) > _EPS:
                return False
    outcome = [r for r in rows if r not in need]
    expected = T3_ROWS_T2021 if any(r in _OTHER_SPLIT for r in rows) else T3_ROWS_T2019
    if "total" in rows and all(r in rows for r in expected if r not in need):
        for c in range(7):
            if abs(rows["total"][c] - sum(rows[r][c] for r in outcome)) > _EPS:
                return False
    return True


def _resolve_t3(fixed: dict[str, list[Token]],
                amb: dict[str, list[list[Token]]]) -> dict[str, list[Token | None]]:
    """Choose among the readings of ambiguous rows with the column identities; keep only forced cells."""
    out: dict[str, list[Token | None]] = {r: list(t) for r, t in fixed.items()}
    names = list(amb)
    size = 1
    for r in names:
        size *= len(amb[r])
    survivors: list[tuple[list[Token], ...]] = []
    if names and size <= 20000:
        base = {r: _values(t) for r, t in fixed.items()}
        for combo in product(*(amb[r] for r in names)):
            rows = dict(base)
            rows.update({r: _values(c) for r, c in zip(names, combo, strict=True)})
            if _t3_col_ok(rows):
                survivors.append(combo)
    for i, r in enumerate(names):
        pool = [s[i] for s in survivors] if survivors else amb[r]
        out[r] = agreed(pool)
    return out


def _t3_hits(text: str, lo: int, hi: int) -> list[_Hit]:
    start = _anchor_regex("t3_start").search(text, lo, hi)
    if not start:
        return []
    hits = _hits("t3", text, start.start(), min(hi, start.start() + _T3_WINDOW))
    first = next((i for i, h in enumerate(hits) if h.row in ("new", "carried_over")), None)
    if first is None:
        return []
    chosen: list[_Hit] = []
    seen: set[str] = set()
    for h in hits[first:]:
        if chosen and h.start - chosen[-1].end > 2500:
            break
        if h.row in seen:
            continue
        seen.add(h.row)
        chosen.append(h)
        if h.row == "carried_forward":
            break
    if any(h.row in _OTHER_SPLIT for h in chosen):
        chosen = [h for h in chosen if h.row != "other"]
    return chosen


def _text_t3(acc: _Acc, nt: NormalizedText, lo: int, hi: int) -> tuple[int, int] | None:
    text = nt.text
    hits = _t3_hits(text, lo, hi)
    if not hits:
        return None
    segments = _segments(text, hits, min(hi, hits[-1].end + 400))
    if len(hits) < 3 and not _clean_rows(text, segments, hi):
        return None
    fixed: dict[str, list[Token]] = {}
    amb: dict[str, list[list[Token]]] = {}
    last_end = hits[-1].end
    for labels, toks in segments:
        toks = _drop_cut_tail(text, fit(toks, 7 * len(labels)), 7 * len(labels), hi)
        last_end = max(last_end, toks[-1].end)
        if len(labels) == 1:
            row = labels[0].row
            if len(toks) == 7:
                fixed[row] = toks
            elif len(toks) < 7:
                cands = _split_row(toks, 7, _t3_row_ok)
                if len(cands) == 1:
                    fixed[row] = cands[0]
                    amb.pop(row, None)
                elif cands:
                    amb[row] = cands
            continue
        if len(toks) == 7 * len(labels):
            rows, major = _orient(toks, len(labels), 7)
            acc.t3_major = acc.t3_major or major
            for h, r in zip(labels, rows, strict=True):
                fixed[h.row] = r
    split_tokens = {t for toks in fixed.values() for t in toks}
    resolved = _resolve_t3(fixed, amb)
    for row, row_toks in resolved.items():
        for col, tok in zip(T3_COLS, row_toks, strict=True):
            if tok is None:
                continue
            inferred = row in amb or _was_split(tok, split_tokens, text)
            s, e = _span(nt, tok)
            acc.add("t3", row, col, tok.text, s, e, inferred=inferred,
                    rule="t3.split_by_identity" if inferred else "t3.text")
    return hits[0].start, last_end


def _drop_cut_tail(text: str, toks: list[Token], width: int, hi: int) -> list[Token]:
    """Cells past a row's width that end the document: the number of a label cut off by the page end.

    >>> t = "1.属于国家秘密 0 0 2"
    >>> [x.text for x in _drop_cut_tail(t, [Token("0", 9, 10), Token("0", 11, 12), Token("2", 13, 14)], 2, len(t))]
    ['0', '0']
    """
    if len(toks) > width and _ORDINAL_TAIL_RE.fullmatch(text[toks[width - 1].end:hi].strip()):
        return toks[:width]
    return toks


def _clean_rows(text: str, segments: list[tuple[list[_Hit], list[Token]]], hi: int) -> bool:
    """A table 3 cut short (one or two rows): accepted when every row reads as exactly 7 cells.

    The rows must hold only cells (no prose between label and cells), so a sentence that names
    a row label is not read as a table.
    """
    if not segments:
        return False
    for labels, toks in segments:
        width = 7 * len(labels)
        toks = _drop_cut_tail(text, fit(toks, width), width, hi)
        if len(toks) != width or _CJK_RE.search(text, labels[-1].end, toks[-1].end):
            return False
    return True


def _was_split(tok: Token, _fixed: set[Token], text: str) -> bool:
    """True when the token was cut out of a longer run of digits."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return tok.text != "" and (before.isdigit() or after.isdigit())


def _t2_template(text: str, lo: int, hi: int, year: int | None) -> str:
    words = lexicon()["t2_template_words"]
    region = canon(text[lo:hi])
    score = {t: sum(canon(w) in region for w in words[t]) for t in ("t2019", "t2021")}
    if score["t2019"] != score["t2021"]:
        return max(score, key=lambda t: score[t])
    return _year_template(year) or "t2021"


def _emit_block(acc: _Acc, nt: NormalizedText, rows: list[str], toks: list[Token],
                layout: dict[str, list[str]], blocked: bool) -> None:
    widths = [len(layout[r]) for r in rows]
    k, w = len(rows), widths[0]
    by_row: list[list[Token | None]] = [list(toks[sum(widths[:i]):sum(widths[:i + 1])]) for i in range(k)]
    rule, inferred = "t2.text", False
    if blocked and k > 1 and w > 1 and len(set(widths)) == 1:
        by_col: list[list[Token | None]] = [[toks[c * k + r] for c in range(w)] for r in range(k)]
        if acc.t3_major == "col":
            by_row, rule, inferred = by_col, "t2.orientation_from_t3", True
        elif acc.t3_major is None:
            by_row = [agreed([a, b]) for a, b in zip(by_row, by_col, strict=True)]
    for row, cells in zip(rows, by_row, strict=True):
        for col, tok in zip(layout[row], cells, strict=True):
            if tok is not None:
                s, e = _span(nt, tok)
                acc.add("t2", row, col, tok.text, s, e, inferred=inferred, rule=rule)


def _text_t2(acc: _Acc, nt: NormalizedText, lo: int, hi: int, year: int | None) -> tuple[int, int] | None:
    text = nt.text
    m = _anchor_regex("t2").search(text, lo, hi)
    if not m:
        return None
    template = _t2_template(text, m.start(), hi, year)
    layout = t2_layout(template)
    hits, seen = [], set()
    for h in _hits("t2", text, m.end(), hi):
        if h.row in layout and h.row not in seen:
            seen.add(h.row)
            hits.append(h)
    if not hits:
        return None
    last_end = hits[-1].end
    for labels, toks in _segments(text, hits, hi):
        rows = [h.row for h in labels]
        total = sum(len(layout[r]) for r in rows)
        toks = fit(toks, total)
        last_end = max(last_end, toks[-1].end)
        if len(toks) == total:
            _emit_t2_segment(acc, nt, rows, toks, layout)
        elif len(rows) == 1 and len(toks) < total:
            cells = agreed(splits(toks, total)) or [None] * total
            for col, tok in zip(layout[rows[0]], cells, strict=True):
                if tok is not None:
                    s, e = _span(nt, tok)
                    acc.add("t2", rows[0], col, tok.text, s, e, inferred=True, rule="t2.split_forced")
    return m.start(), last_end


def _emit_t2_segment(acc: _Acc, nt: NormalizedText, rows: list[str], toks: list[Token],
                     layout: dict[str, list[str]]) -> None:
    blocks = lexicon()["t2_rows"]
    pos, i = 0, 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and blocks[rows[j + 1]]["block"] == blocks[rows[i]]["block"]:
            j += 1
        group = rows[i:j + 1]
        n = sum(len(layout[r]) for r in group)
        _emit_block(acc, nt, group, toks[pos:pos + n], layout, blocked=len(rows) > 1)
        pos, i = pos + n, j + 1


def _t4_header(text: str, lo: int, hi: int) -> bool:
    """A table-4 header: two result columns named, or both lawsuit groups (column words split per line)."""
    if len(_anchor_regex("t4_cols").findall(text, lo, hi)) >= 2:
        return True
    return len(set(_anchor_regex("t4").findall(text, lo, hi))) >= 2


def _text_t4(acc: _Acc, nt: NormalizedText, lo: int, hi: int) -> tuple[int, int] | None:
    text = nt.text
    m = _anchor_regex("t4").search(text, lo, hi)
    if not m:
        return None
    digit = re.compile(r"\d").search(text, m.end(), min(hi, m.end() + _T4_WINDOW))
    if not digit or not _t4_header(text, m.start(), digit.start()):
        return None
    line_start = text.rfind("\n", m.end(), digit.start()) + 1 or digit.start()
    line = text[line_start:text.find("\n", digit.start()) if "\n" in text[digit.start():hi] else hi]
    width = len(T4_GROUPS) * len(T4_COLS)
    if "|" in line or "\t" in line:
        sep = "|" if "|" in line else "\t"
        rest = text[line_start:hi]
        piped = rest if rest.startswith(sep) else sep + rest
        toks = fit(tokenize(piped, line_start - (len(piped) - len(rest))), width)
    else:
        toks = tokenize(text[digit.start():hi], digit.start(), stop_at_text=True)
    rule, inferred = "t4.text", False
    if len(toks) >= width:
        cells: list[Token | None] = list(toks[:width])
    else:
        cells = agreed(_split_row(toks, width, _t4_ok))
        rule, inferred = "t4.split_by_identity", True
    if not any(cells):
        return None
    for i, tok in enumerate(cells):
        if tok is not None:
            s, e = _span(nt, tok)
            acc.add("t4", T4_GROUPS[i // 5], T4_COLS[i % 5], tok.text, s, e, inferred=inferred, rule=rule)
    return m.start(), toks[min(len(toks), width) - 1].end


# ---------------------------------------------------------------- templates and results


def _year_template(year: int | None) -> str | None:
    if year is None or year < 2019:
        return None
    return "t2019" if year <= 2020 else "t2021"


def _table_templates(cells: Sequence[Cell]) -> dict[str, str]:
    out: dict[str, str] = {}
    t2 = {p for c in cells if c.table == "t2" for p in c.cell.split(".")[1:]}
    if t2 & _T2019_T2_MARKS:
        out["t2"] = "t2019"
    elif t2 & _T2021_T2_MARKS:
        out["t2"] = "t2021"
    t3 = {c.cell.split(".")[1] for c in cells if c.table == "t3"}
    if t3 & set(_OTHER_SPLIT):
        out["t3"] = "t2021"
    elif "other" in t3:
        out["t3"] = "t2019"
    return out


def _doc_template(templates: dict[str, str], year: int | None) -> str:
    expected = _year_template(year)
    votes = {v for k, v in templates.items() if k in ("t2", "t3")}
    if len(votes) == 1:
        return votes.pop()
    if expected and (expected in votes or not votes):
        return expected
    return templates.get("t2") or expected or "t2021"


_TABLE_LINE_RE = re.compile(r"[^\n]*\|[^\n]*|[\s\d.,/／\\\-—－–]*")
_PART_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}\s*[、.．]")
_CUT_TAIL = 24


def _table_tail(text: str, end: int, hi: int) -> int:
    """End of a text table: past the lines after its last row that are still table text.

    Lines with a pipe and lines of values only belong to the table; a short unfinished line
    that ends the document (a page opening cut off inside the table) does too.
    """
    pos = end
    while pos < hi:
        nl = text.find("\n", pos)
        stop = hi if nl < 0 or nl >= hi else nl
        if not _TABLE_LINE_RE.fullmatch(text, pos, stop) or _PART_RE.match(text, pos, stop):
            break
        pos = stop + 1
    pos = min(pos, hi)
    rest = text[pos:hi]
    if pos < hi and len(rest.strip()) <= _CUT_TAIL and not any(c in rest for c in "。；！？") \
            and not any(_PART_RE.match(line) for line in rest.split("\n")):
        return hi
    return max(end, pos - 1) if pos > end else end


def _label_templates(text: str, lo: int, hi: int, year: int | None) -> dict[str, str]:
    """Templates shown by the table labels alone (tables printed without values).

    >>> _label_templates("第二十条第（一）项 信息内容 本年新制作数量 本年新公开数量", 0, 30, 2020)
    {'t2': 't2019'}
    """
    out: dict[str, str] = {}
    m = _anchor_regex("t2").search(text, lo, hi)
    if m:
        words = lexicon()["t2_template_words"]
        region = canon(text[m.start():hi])
        score = {t: sum(canon(w) in region for w in words[t]) for t in ("t2019", "t2021")}
        if score["t2019"] != score["t2021"]:
            out["t2"] = max(score, key=lambda t: score[t])
    rows = {h.row for h in _t3_hits(text, lo, hi)}
    if len(rows) >= 3:
        if rows & set(_OTHER_SPLIT):
            out["t3"] = "t2021"
        elif "other" in rows:
            out["t3"] = "t2019"
    return out


def read_tables(nt: NormalizedText, nstart: int, nend: int, *, doc_id: str, year: int | None,
                grids: list[Table]) -> TablesResult:
    """Read the cells of tables 2, 3 and 4 of one document, from grids first, then from text.

    >>> from .textmap import NormalizedText
    >>> t = ("一、本年新收政府信息公开申请数量640020470\\n二、上年结转政府信息公开申请数量0000000"
    ...      "\\n（七）总计630020469")
    >>> r = read_tables(NormalizedText.unchanged(t), 0, len(t), doc_id="d", year=2021, grids=[])
    >>> [(c.cell, c.value, c.inferred) for c in r.cells][5:7]
    [('t3.new.other_org', 4.0, True), ('t3.new.total', 70.0, True)]
    """
    acc = _Acc(doc_id)
    maps = _GridMaps()
    for grid in grids:
        before = len(acc.cells)
        _read_grid(acc, grid, maps, year)
        if len(acc.cells) > before:
            acc.ranges.append((nt.normalized_offset(grid.start), nt.normalized_offset(grid.end)))
    have = acc.tables()
    t3_span = None if "t3" in have else _text_t3(acc, nt, nstart, nend)
    if t3_span:
        t3_span = (t3_span[0], _table_tail(nt.text, t3_span[1], nend))
        acc.ranges.append(t3_span)
    if "t2" not in have:
        t2_hi = t3_span[0] if t3_span else nend
        span = _text_t2(acc, nt, nstart, t2_hi, year)
        if span:
            acc.ranges.append((span[0], _table_tail(nt.text, span[1], t2_hi)))
    if "t4" not in have:
        span = _text_t4(acc, nt, t3_span[1] if t3_span else nstart, nend)
        if span:
            acc.ranges.append((span[0], _table_tail(nt.text, span[1], nend)))
    cells = list(acc.cells.values())
    templates = _table_templates(cells)
    for table, template in _label_templates(nt.text, nstart, nend, year).items():
        templates.setdefault(table, template)
    doc = _doc_template(templates, year)
    if any(c.table == "t4" for c in cells):
        templates["t4"] = doc
    for c in cells:
        c.template = doc
    return TablesResult(cells, sorted(acc.ranges), templates)


def resolve_template(result: TablesResult, year: int | None, doc_type: str) -> str:
    """The document's template: from the tables found, cross-checked with the year.

    An annual report without tables follows the format of its year (2019/2020 →
    t2019, 2021 on → t2021: its tables were cut off, or published as images);
    before 2019, or with no year, it is pre2019.  Other documents are free.

    >>> none = TablesResult()
    >>> resolve_template(none, 2015, "annual_report"), resolve_template(none, None, "plan")
    ('pre2019', 'free')
    >>> resolve_template(none, 2023, "annual_report"), resolve_template(none, 2020, "annual_report")
    ('t2021', 't2019')
    """
    if not result.cells and not result.templates:
        if doc_type != "annual_report":
            return "free"
        return _year_template(year) or "pre2019"
    return _doc_template(dict(result.templates), year)


def _order(table: str) -> tuple[list[str], list[str]]:
    if table == "t3":
        return list(dict.fromkeys(T3_ROWS_T2019 + T3_ROWS_T2021)), list(T3_COLS)
    if table == "t4":
        return list(T4_GROUPS), list(T4_COLS)
    rows = list(lexicon()["t2_rows"])
    cols = list(lexicon()["t2_cols"])
    return rows, cols


def wide_table(cells: list[Cell], table: str) -> pd.DataFrame:
    """One table shaped as printed: row ids × column ids, values (NaN for blank, dash, text).

    >>> c = Cell("d", "t4", "t2021", "t4.review.total", "行政复议", "总计", 3.0, "3", "number", 0, 1)
    >>> float(wide_table([c], "t4").loc["review", "total"])
    3.0
    """
    rows, cols = _order(table)
    mine = [c for c in cells if c.table == table]
    present_rows = {c.cell.split(".")[1] for c in mine}
    present_cols = {c.cell.split(".")[2] for c in mine}
    frame = pd.DataFrame(index=[r for r in rows if r in present_rows],
                         columns=[c for c in cols if c in present_cols], dtype=float)
    for c in mine:
        _, r, col = c.cell.split(".")
        frame.loc[r, col] = c.value if c.value is not None else float("nan")
    frame.index.name, frame.columns.name = "row", "col"
    return frame
