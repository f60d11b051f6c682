"""PDF files → :class:`~govreport_nlp.models.Source` with pdfplumber.

Text page by page (line breaks kept as the text layer has them), running
headers/footers and page-number lines removed, ruled tables recovered as
grids and rendered once in reading order in place of their words.  Prose that
sits on ruled "writing paper" lines (one full-width cell per line) is kept as
prose, not as a table.  ``pages`` holds the offset where each page starts.
"""

from __future__ import annotations

import bisect
import io
import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from .errors import UnreadableFileError
from .loaders import RawCell, TextBuilder, cell_text, join_cjk
from .models import Source

logger = logging.getLogger(__name__)

_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-—–－―~～\s]*[0-9０-９]{1,4}[-—–－―~～\s]*"
    r"|第\s*[0-9０-９]{1,4}\s*页(?:\s*[/，,]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
    r"|[0-9０-９]{1,4}\s*/\s*[0-9０-９]{1,4}|Page\s*\d+(?:\s*of\s*\d+)?)\s*$",
    regex.IGNORECASE,
)
_DIGITS = regex.compile(r"[0-9０-９]+")
SNAP = 2.0
EDGE_LINES = 2
MIN_TEXT_CHARS = 20


@dataclass
class _Grid:
    """A pdfplumber table resolved to rows/columns."""

    xs: list[float]
    ys: list[float]
    cells: list[tuple[int, int, int, int]]  # r0, c0, r1, c1 (exclusive ends)

    def at(self, x: float, y: float) -> tuple[int, int] | None:
        c = bisect.bisect_right(self.xs, x) - 1
        r = bisect.bisect_right(self.ys, y) - 1
        if 0 <= r < len(self.ys) - 1 and 0 <= c < len(self.xs) - 1:
            return r, c
        return None


def _snap(values: Sequence[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _index(points: list[float], v: float) -> int:
    i = bisect.bisect_left(points, v - SNAP)
    return min(i, len(points) - 1)


def _grid(bboxes: Sequence[tuple[float, float, float, float]]) -> _Grid:
    xs = _snap([b[0] for b in bboxes] + [b[2] for b in bboxes])
    ys = _snap([b[1] for b in bboxes] + [b[3] for b in bboxes])
    cells = []
    for x0, top, x1, bottom in bboxes:
        c0, c1 = _index(xs, x0), _index(xs, x1)
        r0, r1 = _index(ys, top), _index(ys, bottom)
        if c1 > c0 and r1 > r0:
            cells.append((r0, c0, r1, c1))
    return _Grid(xs, ys, cells)


def _trim_prose_rows(grid: _Grid) -> tuple[int, int]:
    """Rows [lo, hi) that form the real table: full-width single-cell rows at either end are prose."""
    ncols = len(grid.xs) - 1
    full = {r0 for r0, c0, r1, c1 in grid.cells if c0 == 0 and c1 == ncols and r1 == r0 + 1}
    lo, hi = 0, len(grid.ys) - 1
    while lo < hi and lo in full:
        lo += 1
    while hi > lo and hi - 1 in full:
        hi -= 1
    return lo, hi


@dataclass
class _PageTable:
    grid: _Grid
    lo: int
    hi: int
    chars: dict[tuple[int, int, int, int], list[dict[str, Any]]]

    @property
    def top(self) -> float:
        return self.grid.ys[self.lo]

    def raw_rows(self) -> list[list[RawCell]]:
        origin = {(cell[0], cell[1]): cell for cell in self.grid.cells if self.lo <= cell[0] < self.hi}
        covered: set[tuple[int, int]] = set()
        rows: list[list[RawCell]] = []
        for r in range(self.lo, self.hi):
            row: list[RawCell] = []
            for c in range(len(self.grid.xs) - 1):
                cell = origin.get((r, c))
                if cell is not None:
                    r0, c0, r1, c1 = cell
                    text = _cell_text(self.chars.get(cell, []))
                    row.append(RawCell(text, rowspan=min(r1, self.hi) - r0, colspan=c1 - c0))
                    covered.update((rr, cc) for rr in range(r0, min(r1, self.hi)) for cc in range(c0, c1))
                elif (r, c) not in covered:
                    row.append(RawCell(_cell_text(self.chars.get((r, c, r + 1, c + 1), []))))
            rows.append(row)
        return rows


def _cell_text(chars: list[dict[str, Any]]) -> str:
    from pdfplumber.utils import extract_text  # type: ignore[attr-defined]  # reason: re-exported, not in __all__

    return cell_text(extract_text(chars).split("\n")) if chars else ""


def _lines(chars: list[dict[str, Any]]) -> list[str]:
    from pdfplumber.utils import extract_text  # type: ignore[attr-defined]  # reason: re-exported, not in __all__

    if not chars:
        return []
    text = extract_text(chars, x_tolerance=3, y_tolerance=3)
    return [join_cjk(ln.strip()) for ln in text.split("\n") if ln.strip()]


def _page_tables(page: Any) -> list[_PageTable]:
    found = []
    try:
        tables = page.find_tables()
    except Exception as exc:  # reason: pdfplumber table finder fails on odd vector graphics; keep text
        logger.info("第 %s 页表格识别失败：%s", page.page_number, exc)
        return []
    for t in tables:
        grid = _grid(t.cells)
        if not grid.cells:
            continue
        lo, hi = _trim_prose_rows(grid)
        cols = {c0 for r0, c0, _r1, _c1 in grid.cells if lo <= r0 < hi}
        if hi - lo >= 2 and len(cols) >= 2:
            found.append(_PageTable(grid, lo, hi, {}))
    return sorted(found, key=lambda pt: pt.top)


def _assign(chars: list[dict[str, Any]], tables: list[_PageTable]) -> list[list[dict[str, Any]]]:
    """Put each char into its table cell; the others into bands between tables (reading order)."""
    bands: list[list[dict[str, Any]]] = [[] for _ in range(len(tables) + 1)]
    tops = [t.top for t in tables]
    lookup = []
    for t in tables:
        covering = {}
        for cell in t.grid.cells:
            r0, c0, r1, c1 = cell
            for r in range(r0, r1):
                for c in range(c0, c1):
                    covering[(r, c)] = cell
        for r in range(t.lo, t.hi):  # positions no detected cell covers get a 1×1 pseudo cell
            for c in range(len(t.grid.xs) - 1):
                covering.setdefault((r, c), (r, c, r + 1, c + 1))
        lookup.append(covering)
    for ch in chars:
        x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        placed = False
        for t, covering in zip(tables, lookup, strict=True):
            pos = t.grid.at(x, y)
            if pos is not None and t.lo <= pos[0] < t.hi and pos in covering:
                t.chars.setdefault(covering[pos], []).append(ch)
                placed = True
                break
        if not placed:
            bands[bisect.bisect_right(tops, y)].append(ch)
    return bands


def _page_items(page: Any) -> list[str | _PageTable]:
    chars = [c for c in page.chars if c.get("text", "").strip()]
    if not chars:
        return []
    tables = _page_tables(page)
    bands = _assign(chars, tables)
    items: list[str | _PageTable] = []
    for i, band in enumerate(bands):
        items.extend(_lines(band))
        if i < len(tables):
            items.append(tables[i])
    return items


def _edge_positions(items: list[str | _PageTable]) -> list[int]:
    idx = [i for i, it in enumerate(items) if isinstance(it, str)]
    return sorted(set(idx[:EDGE_LINES] + idx[-EDGE_LINES:]))


def strip_running_lines(pages: list[list[str | _PageTable]]) -> list[list[str | _PageTable]]:
    """Drop page-number lines and headers/footers repeated on most pages (only near page edges).

    >>> strip_running_lines([["洪泽区年报", "正文一", "- 1 -"], ["洪泽区年报", "正文二", "- 2 -"]])
    [['正文一'], ['正文二']]
    """
    def key(s: str) -> str:
        return _DIGITS.sub("#", s.replace(" ", ""))

    counts: Counter[str] = Counter()
    for items in pages:
        counts.update({key(items[i]) for i in _edge_positions(items)})  # type: ignore[arg-type]
    need = max(2, (len(pages) + 1) // 2)
    repeated = {k for k, n in counts.items() if n >= need} if len(pages) >= 2 else set()
    out = []
    for items in pages:
        edges = set(_edge_positions(items))
        out.append([it for i, it in enumerate(items)
                    if not (i in edges and isinstance(it, str)
                            and (_PAGE_NUMBER.match(it) or key(it) in repeated))])
    return out


def _open(data: bytes, name: str) -> Any:
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages
    except Exception as exc:  # reason: pdfminer raises many unrelated types for damaged files
        text = str(exc).lower()
        if "password" in text or "encrypt" in text or type(exc).__name__.startswith("PDFPassword"):
            raise UnreadableFileError(f"PDF 文件 {name} 已加密，无法读取") from exc
        raise UnreadableFileError(f"PDF 文件 {name} 已损坏或不完整，无法读取：{type(exc).__name__}") from exc
    return pdf


def load_pdf(data: bytes, name: str, *, doc_id: str | None = None, path: str | None = None,
             max_pages: int = 400) -> Source:
    """Load a PDF with a text layer; scanned or damaged PDFs raise :class:`UnreadableFileError`."""
    pdf = _open(data, name)
    with pdf:
        total = len(pdf.pages)
        if total == 0:
            raise UnreadableFileError(f"PDF 文件 {name} 没有页面（文件可能不完整）")
        try:
            pages = [_page_items(p) for p in pdf.pages[:max_pages]]
        except UnreadableFileError:
            raise
        except Exception as exc:  # reason: pdfminer errors on damaged content streams
            raise UnreadableFileError(f"PDF 文件 {name} 内容损坏，无法读取：{type(exc).__name__}") from exc
    n_chars = sum(len(it) for items in pages for it in items if isinstance(it, str))
    if n_chars + sum(1 for items in pages for it in items if not isinstance(it, str)) * 10 < MIN_TEXT_CHARS:
        raise UnreadableFileError(f"PDF 文件 {name} 没有文字层（可能是扫描件），需要 OCR 才能读取")
    if total > max_pages:
        logger.warning("%s 有 %d 页，只读取前 %d 页", name, total, max_pages)
    builder = TextBuilder()
    for number, items in enumerate(strip_running_lines(pages), start=1):
        builder.start_page()
        for it in items:
            if isinstance(it, str):
                builder.line(it)
            else:
                builder.table(it.raw_rows(), page=number)
    meta = {"pages": total, "pages_read": min(total, max_pages), "bytes": len(data),
            "tables": len(builder.tables), "truncated": total > max_pages}
    return Source(doc_id=doc_id or name, text=builder.text(), format="pdf", path=path,
                  tables=tuple(builder.tables), pages=tuple(builder.pages), meta=meta)
