"""Word (.docx) files → :class:`~govreport_nlp.models.Source`.

Paragraphs and tables in document order (body ``w:p`` / ``w:tbl``, content
controls opened); merged cells (``gridSpan``, ``vMerge``) are resolved into the
grid.  Nested tables are flattened into their cell's text.
"""

from __future__ import annotations

import io
import logging
import zipfile
from typing import Any

from .errors import EmptyInputError, UnreadableFileError
from .loaders import RawCell, TextBuilder, cell_text, check_text, clean_inline
from .models import Source

logger = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _local(el: Any) -> str:
    tag = el.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _para_text(p: Any) -> str:
    """Text of a ``w:p``: runs, hyperlinks, tabs and breaks (line breaks become spaces)."""
    out: list[str] = []
    for el in p.iter():
        name = _local(el)
        if name == "t" and el.text:
            out.append(el.text)
        elif name in ("tab", "br", "cr"):
            out.append(" ")
    return "".join(out)


def _block_items(parent: Any) -> list[Any]:
    """Body-level ``w:p`` and ``w:tbl`` in order, looking inside content controls (``w:sdt``)."""
    items = []
    for child in parent:
        name = _local(child)
        if name in ("p", "tbl"):
            items.append(child)
        elif name == "sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                items.extend(_block_items(content))
    return items


def _cell_pieces(tc: Any) -> list[str]:
    return [_para_text(p) for p in tc.iter(f"{_W}p")]


def _grid_span(tc: Any) -> int:
    span = tc.find(f"{_W}tcPr/{_W}gridSpan")
    try:
        return max(1, int(span.get(f"{_W}val"))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _vmerge(tc: Any) -> str | None:
    vm = tc.find(f"{_W}tcPr/{_W}vMerge")
    if vm is None:
        return None
    return vm.get(f"{_W}val") or "continue"


def table_rows(tbl: Any) -> list[list[RawCell]]:
    """A ``w:tbl`` as rows of :class:`RawCell` with rowspans computed from ``vMerge``."""
    layout: list[list[tuple[int, int, Any]]] = []  # per row: (col, span, tc)
    for tr in tbl.iter(f"{_W}tr"):
        if tr.getparent() is not tbl:
            continue
        col, row = 0, []
        before = tr.find(f"{_W}trPr/{_W}gridBefore")
        if before is not None:
            try:
                col = int(before.get(f"{_W}val") or 0)
            except ValueError:
                col = 0
        for tc in tr.findall(f"{_W}tc"):
            span = _grid_span(tc)
            row.append((col, span, tc))
            col += span
        layout.append(row)
    rows: list[list[RawCell]] = []
    starts: dict[int, tuple[int, int]] = {}  # grid col → (row index, cell index) of the open vMerge
    for r, row in enumerate(layout):
        # cells skipped by gridBefore: empty placeholders so the columns line up
        out: list[RawCell] = [RawCell("") for _ in range(row[0][0] if row else 0)]
        for col, span, tc in row:
            merge = _vmerge(tc)
            if merge == "continue" and col in starts:
                r0, i0 = starts[col]
                rows[r0][i0].rowspan += 1
                continue
            cell = RawCell(cell_text(_cell_pieces(tc)), colspan=span)
            if merge == "restart":
                starts[col] = (r, len(out))
            else:
                starts.pop(col, None)
            out.append(cell)
        rows.append(out)
    return rows


def load_docx(data: bytes, name: str, *, doc_id: str | None = None, path: str | None = None) -> Source:
    """Load a .docx: paragraphs as lines and tables as grids, in document order."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise UnreadableFileError(f"Word 文件 {name} 已损坏或不完整，无法读取：{type(exc).__name__}") from exc
    except Exception as exc:  # reason: python-docx/lxml raise many types on damaged packages
        raise UnreadableFileError(f"Word 文件 {name} 无法读取：{type(exc).__name__}: {exc}") from exc
    builder = TextBuilder()
    for item in _block_items(document.element.body):
        if _local(item) == "p":
            builder.line(clean_inline(_para_text(item)))
        else:
            rows = table_rows(item)
            if rows and any(rows):
                builder.table(rows)
    text = builder.text()
    if not text.strip():
        raise EmptyInputError(f"Word 文件 {name} 没有文字内容")
    check_text(text, name)
    props = document.core_properties
    meta: dict[str, Any] = {"bytes": len(data), "tables": len(builder.tables)}
    if props.title:
        meta["title"] = props.title
    if props.created:
        meta["created"] = props.created.isoformat()
    return Source(doc_id=doc_id or name, text=text, format="docx", path=path, tables=tuple(builder.tables),
                  meta=meta)
