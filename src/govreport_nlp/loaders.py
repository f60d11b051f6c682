"""Loaders: a file (or bytes) → :class:`~govreport_nlp.models.Source`.

The format is sniffed from the bytes first (``%PDF``, a zip holding
``word/document.xml``, an HTML start tag) and from the file name second, so a
wrongly named file still loads or fails with the right typed error.  Only
:mod:`govreport_nlp.errors` exceptions leave :func:`load_source` and
:func:`load_bytes`.

Plain text is kept exactly as decoded (BOM removed); HTML, DOCX and PDF are
rendered to text (paragraphs as lines, table rows as lines with cells
separated by tabs) and their tables are returned as grids whose cells point
into that text.

>>> src = load_bytes("二〇二一年政府信息公开年报".encode("gbk"), "a.txt")
>>> src.text, src.encoding, src.format
('二〇二一年政府信息公开年报', 'gb18030', 'txt')
>>> source_from_text("全年主动公开政府信息2645条。").format
'text'
"""

from __future__ import annotations

import codecs
import io
import logging
import os
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .errors import (
    EmptyInputError,
    EncodingError,
    GovReportError,
    ParseFailedError,
    TooLargeError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from .lexicons import load_json
from .models import GridCell, Source, Table
from .options import DEFAULT_OPTIONS, Options

logger = logging.getLogger(__name__)

KNOWN_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
_SUFFIX_FORMAT = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                  ".xhtml": "html", ".shtml": "html", ".docx": "docx", ".pdf": "pdf"}

# Magic bytes of formats we recognise but do not read (message names what they are).
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG 图片"), (b"\xff\xd8\xff", "JPEG 图片"), (b"GIF8", "GIF 图片"),
    (b"BM", "BMP 图片"), (b"II*\x00", "TIFF 图片"), (b"MM\x00*", "TIFF 图片"),
    (b"\xd0\xcf\x11\xe0", "旧版 Office 文件（.doc/.xls，请另存为 .docx）"),
    (b"Rar!", "RAR 压缩包"), (b"7z\xbc\xaf", "7z 压缩包"), (b"\x1f\x8b", "gzip 压缩文件"),
    (b"{\\rtf", "RTF 文档"), (b"\x7fELF", "可执行文件"), (b"MZ", "可执行文件"),
    (b"OggS", "音频文件"), (b"ID3", "音频文件"), (b"\x00\x00\x00\x18ftyp", "视频文件"),
    (b"\x00\x00\x00\x1cftyp", "视频文件"), (b"\x00\x00\x00 ftyp", "视频文件"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTML_START = regex.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|table|div|p[\s>])",
    regex.IGNORECASE | regex.DOTALL,
)
_CJK = regex.compile(r"\p{Han}")
_CTRL = regex.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_WIDE = r"[\p{Han}\u3000-\u303f\uff00-\uffef]"
_CJK_SPACE = regex.compile(rf"(?<={_WIDE})[ \u3000]+(?={_WIDE})")
_WS = regex.compile(r"[ \t\r\n\f\v\xa0]+")


# ---------------------------------------------------------------- lexicon


@lru_cache(maxsize=1)
def loader_lexicon() -> dict[str, Any]:
    """The loader's data file ``lexicons/load.json`` (hints, furniture patterns, common characters)."""
    return load_json("load.json")


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    return frozenset(loader_lexicon()["common_chars"])


@lru_cache(maxsize=1)
def furniture_regex() -> regex.Pattern[str]:
    """One regex matching a line of site furniture (breadcrumbs, share bars, print/close links).

    >>> bool(furniture_regex().search("当前位置：首页 > 政务公开"))
    True
    >>> bool(furniture_regex().search("一、总体情况"))
    False
    """
    return regex.compile("|".join(f"(?:{p})" for p in loader_lexicon()["furniture_patterns"]))


# ---------------------------------------------------------------- text helpers


def collapse_ws(text: str) -> str:
    """Runs of layout whitespace (incl. ``&nbsp;``) → one space; ends stripped.

    >>> collapse_ws(" 2021 \\n\\t年 ")
    '2021 年'
    """
    return _WS.sub(" ", text).strip(" \u3000")


def join_cjk(text: str) -> str:
    """Remove spaces between CJK characters (layout padding such as ``结 果 维 持``).

    >>> join_cjk("结 果　维 持 2 件")
    '结果维持 2 件'
    """
    return _CJK_SPACE.sub("", text)


_NL_RUN = regex.compile(r"[ \t\r\f\v\xa0]*\n[ \t\r\n\f\v\xa0]*")
_MARK_CJK = regex.compile(rf"(?<={_WIDE})\x01|\x01(?={_WIDE})")
_SPACES = regex.compile(r"[ \t\r\f\v\xa0]+")


def clean_inline(raw: str) -> str:
    """Inline text as a reader sees it: layout line breaks next to CJK vanish, other whitespace → one space.

    Pieces of one number split across tags are rejoined by the caller concatenating without spaces.

    >>> clean_inline("政府信息\\n    公开  工作\\xa0 2021\\nyear ")
    '政府信息公开 工作 2021 year'
    """
    text = _NL_RUN.sub("\x01", raw)
    text = _MARK_CJK.sub("", text).replace("\x01", " ")
    return _SPACES.sub(" ", text).strip(" \u3000")


def cell_text(pieces: Iterable[str]) -> str:
    """Join the text pieces of one table cell without line breaks (spaces only between Latin words).

    >>> cell_text(["结果", "维持"]), cell_text(["Total", "2021"])
    ('结果维持', 'Total 2021')
    """
    out = ""
    for piece in pieces:
        piece = collapse_ws(piece)
        if not piece:
            continue
        if out and out[-1].isascii() and out[-1].isalnum() and piece[0].isascii() and piece[0].isalnum():
            out += " "
        out += piece
    return join_cjk(out.replace("\t", " "))


# ---------------------------------------------------------------- text + tables builder


@dataclass
class RawCell:
    """A cell before grid resolution: its text and spans as written in the file."""

    text: str
    rowspan: int = 1
    colspan: int = 1


MAX_SPAN = 200


def resolve_grid(rows: Sequence[Sequence[RawCell]]) -> list[list[tuple[int, int] | None]]:
    """Positions of a grid: for each (row, col) the (row, index) of the raw cell covering it.

    Rowspans running past the last row are cut; short rows are padded with ``None``.

    >>> resolve_grid([[RawCell("a", rowspan=2), RawCell("b")], [RawCell("c")]])
    [[(0, 0), (0, 1)], [(0, 0), (1, 0)]]
    """
    n = len(rows)
    grid: list[dict[int, tuple[int, int]]] = [{} for _ in range(n)]
    for r, row in enumerate(rows):
        col = 0
        for i, cell in enumerate(row):
            while col in grid[r]:
                col += 1
            rs = n - r if cell.rowspan <= 0 else min(cell.rowspan, n - r, MAX_SPAN)
            cs = max(1, min(cell.colspan, MAX_SPAN))
            for dr in range(rs):
                for dc in range(cs):
                    grid[r + dr].setdefault(col + dc, (r, i))
            col += cs
    width = max((max(g) + 1 for g in grid if g), default=0)
    return [[g.get(c) for c in range(width)] for g in grid]


@dataclass
class TextBuilder:
    """Accumulates rendered lines and tables, tracking offsets into the final text."""

    parts: list[str] = field(default_factory=list)
    pos: int = 0
    tables: list[Table] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)

    def line(self, text: str) -> None:
        """Append one line (a newline is added); empty lines are skipped."""
        if text:
            self.parts.append(text + "\n")
            self.pos += len(text) + 1

    def start_page(self) -> None:
        """Record that a new page starts here."""
        self.pages.append(self.pos)

    def table(self, rows: Sequence[Sequence[RawCell]], page: int | None = None) -> Table | None:
        """Render a table (one line per row, origin cells joined by tabs) and keep its grid."""
        positions = resolve_grid(rows)
        if not positions or not positions[0]:
            return None
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        origins: dict[tuple[int, int], tuple[int, int]] = {}
        extent: dict[tuple[int, int], tuple[int, int]] = {}
        start = self.pos
        for r, prow in enumerate(positions):
            texts: list[str] = []
            cur = self.pos
            for c, key in enumerate(prow):
                if key is None or key in spans:
                    if key is not None:
                        r0, c0 = origins[key]
                        extent[key] = (max(extent[key][0], r - r0 + 1), max(extent[key][1], c - c0 + 1))
                    continue
                text = rows[key[0]][key[1]].text
                if texts:
                    cur += 1
                spans[key] = (cur, cur + len(text))
                origins[key] = (r, c)
                extent[key] = (1, 1)
                texts.append(text)
                cur += len(text)
            line = "\t".join(texts)
            self.parts.append(line + "\n")
            self.pos += len(line) + 1
        grid = []
        for r, prow in enumerate(positions):
            out = []
            for c, key in enumerate(prow):
                if key is None:
                    out.append(GridCell("", start, start, origin=(r, c)))
                    continue
                s, e = spans[key]
                rs, cs = extent[key]
                text = rows[key[0]][key[1]].text
                out.append(GridCell(text, s, e, origin=origins[key], rowspan=rs, colspan=cs))
            grid.append(tuple(out))
        table = Table(rows=tuple(grid), start=start, end=self.pos - 1, page=page)
        self.tables.append(table)
        return table

    def text(self) -> str:
        """The rendered text so far."""
        return "".join(self.parts)


# ---------------------------------------------------------------- decoding


def _strip_bom(data: bytes) -> tuple[bytes, str | None]:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):], enc
    return data, None


def _plausibility(text: str) -> float:
    """Share of Han characters that are common ones (1.0 when there are none)."""
    han = _CJK.findall(text[:20000])
    if not han:
        return 1.0
    common = _common_chars()
    return sum(ch in common for ch in han) / len(han)


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: many NULs on one side of ASCII code units."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


CHINESE_ENCODINGS = ("gb18030", "big5hkscs")
MIN_PLAUSIBLE = 0.2


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode text bytes: BOM, UTF-8, then the Chinese code pages, then charset-normalizer.

    Returns ``(text, encoding)``; raises :class:`UnsupportedFormatError` for binary
    bytes and :class:`EncodingError` when no Chinese encoding reads them cleanly.

    >>> decode_text("政府信息公開".encode("big5"), "x.txt")
    ('政府信息公開', 'big5hkscs')
    """
    body, bom_enc = _strip_bom(data)
    if bom_enc:
        try:
            return body.decode(bom_enc), bom_enc
        except UnicodeDecodeError as exc:
            raise EncodingError(f"文件 {name} 带有 {bom_enc} 字节序标记，但内容无法按该编码解码") from exc
    if b"\x00" in body:
        enc16 = _looks_utf16(body)
        if enc16:
            try:
                return body.decode(enc16), enc16
            except UnicodeDecodeError:
                pass
        raise UnsupportedFormatError(f"文件 {name} 含有二进制内容（NUL 字节），不是文本文件")
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best: tuple[float, str, str] | None = None
    for enc in CHINESE_ENCODINGS:
        try:
            text = body.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] < MIN_PLAUSIBLE:
        fallback = _charset_normalizer(body)
        if fallback is not None and (best is None or fallback[0] > best[0]):
            best = fallback
    if best is None or best[0] < MIN_PLAUSIBLE:
        raise EncodingError(f"无法识别文件 {name} 的文字编码（不是 UTF-8、GB18030/GBK、Big5 或 UTF-16）")
    return best[1], best[2]


def _charset_normalizer(body: bytes) -> tuple[float, str, str] | None:
    from charset_normalizer import from_bytes

    match = from_bytes(body[:200_000], cp_isolation=["gb18030", "gbk", "gb2312", "big5", "big5hkscs",
                                                      "cp950", "hz", "iso2022_jp"]).best()
    if match is None:
        return None
    try:
        text = body.decode(match.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return _plausibility(text), text, match.encoding


def check_text(text: str, name: str) -> None:
    """Raise when decoded text is empty or mostly control characters."""
    if not text.strip():
        raise EmptyInputError(f"文件 {name} 没有文字内容（空文件或只有空白）")
    sample = text[:50000]
    if len(_CTRL.findall(sample)) > 0.01 * len(sample) + 2:
        raise UnsupportedFormatError(f"文件 {name} 主要是二进制或控制字符，不是文本文件")


# ---------------------------------------------------------------- sniffing and dispatch


def _is_docx_zip(data: bytes) -> bool | None:
    """True/False for a readable zip with/without ``word/document.xml``; None when damaged."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return None


def sniff_format(data: bytes, name: str) -> str:
    """The loader to use: ``pdf``, ``docx``, ``html``, ``txt`` or ``md`` (content first, name second).

    >>> sniff_format(b"%PDF-1.7 ...", "report.txt"), sniff_format(b"<html><body>", "a.txt")
    ('pdf', 'html')
    >>> sniff_format("年报".encode(), "a.md")
    'md'
    """
    suffix_fmt = _SUFFIX_FORMAT.get(Path(name).suffix.lower())
    head = data[:1024]
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        is_docx = _is_docx_zip(data)
        if is_docx or (is_docx is None and (suffix_fmt == "docx" or b"word/" in data)):
            return "docx"
        raise UnsupportedFormatError(f"文件 {name} 是 zip 压缩包，不是 Word (.docx) 文档")
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic) and not (magic in (b"BM", b"MZ") and suffix_fmt in ("txt", "md", "html")
                                           and _printable_head(head)):
            raise UnsupportedFormatError(f"文件 {name} 是{what}，无法读取文字")
    if suffix_fmt == "pdf":
        raise UnreadableFileError(f"文件 {name} 不是有效的 PDF（缺少 %PDF 文件头，可能已损坏）")
    if suffix_fmt == "docx":
        raise UnreadableFileError(f"文件 {name} 不是有效的 Word (.docx) 文档（不是 zip 格式，可能已损坏）")
    body, _ = _strip_bom(head)
    if _HTML_START.match(body) or (_looks_utf16(body) and _HTML_START.match(body.replace(b"\x00", b""))):
        return "html"
    if suffix_fmt == "html":
        return "html"
    return suffix_fmt if suffix_fmt in ("txt", "md") else "txt"


def _printable_head(head: bytes) -> bool:
    return all(b >= 0x20 or b in (9, 10, 13) for b in head[:64])


def _load_text(data: bytes, name: str, doc_id: str, fmt: str, path: str | None) -> Source:
    text, encoding = decode_text(data, name)
    check_text(text, name)
    return Source(doc_id=doc_id, text=text, format=fmt, path=path, encoding=encoding,
                  meta={"bytes": len(data)})


def _dispatch(data: bytes, name: str, doc_id: str, options: Options, path: str | None) -> Source:
    if not data or not data.strip(b" \t\r\n\f\v\x00"):
        raise EmptyInputError(f"文件 {name} 为空")
    fmt = sniff_format(data, name)
    if fmt in ("txt", "md"):
        return _load_text(data, name, doc_id, fmt, path)
    if fmt == "html":
        from .load_html import load_html

        return load_html(data, name, doc_id=doc_id, path=path)
    if fmt == "docx":
        from .load_docx import load_docx

        return load_docx(data, name, doc_id=doc_id, path=path)
    from .load_pdf import load_pdf

    return load_pdf(data, name, doc_id=doc_id, path=path, max_pages=options.pdf_max_pages)


def _guarded(data: bytes, name: str, doc_id: str, options: Options, path: str | None) -> Source:
    try:
        return _dispatch(data, name, doc_id, options, path)
    except GovReportError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise UnreadableFileError(f"文件 {name} 结构过深或过大，无法读取：{type(exc).__name__}") from exc
    except Exception as exc:  # reason: contract — nothing but GovReportError leaves the loader
        logger.exception("读取 %s 时出现意外错误", name)
        raise ParseFailedError(f"读取文件 {name} 时出错：{type(exc).__name__}: {exc}") from exc


# ---------------------------------------------------------------- public API


def load_bytes(data: bytes, name: str, *, doc_id: str | None = None,
               options: Options = DEFAULT_OPTIONS) -> Source:
    """Load a file held in memory; ``name`` (a file name) gives the fallback format and the doc_id.

    >>> load_bytes(b"<html><body><p>2021\\xe5\\xb9\\xb4</p></body></html>", "x.html").text
    '2021年\\n'
    """
    if len(data) > options.max_file_bytes:
        raise TooLargeError(f"文件 {name} 有 {len(data)} 字节，超过上限 {options.max_file_bytes} 字节")
    return _guarded(bytes(data), name, doc_id or Path(name).name or "bytes", options, None)


def load_source(path: str | Path, *, doc_id: str | None = None, options: Options = DEFAULT_OPTIONS) -> Source:
    """Load one file (.txt .md .html .htm .docx .pdf) into a :class:`Source`.

    ``doc_id`` defaults to the file name.  The size limit is checked before reading.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
    >>> _ = p.write_bytes("\\ufeff一、总体情况".encode("utf-8"))
    >>> s = load_source(p)
    >>> s.doc_id, s.text, s.encoding
    ('r.txt', '一、总体情况', 'utf-8')
    """
    p = Path(path)
    name = p.name or str(p)
    try:
        size = p.stat().st_size
        if not p.is_file():
            raise UnreadableFileError(f"{p} 不是文件")
        if size > options.max_file_bytes:
            raise TooLargeError(f"文件 {name} 有 {size} 字节，超过上限 {options.max_file_bytes} 字节")
        with open(p, "rb") as fh:
            data = fh.read(options.max_file_bytes + 1)
    except GovReportError:
        raise
    except FileNotFoundError as exc:
        raise UnreadableFileError(f"文件不存在：{p}") from exc
    except PermissionError as exc:
        raise UnreadableFileError(f"没有权限读取文件：{p}") from exc
    except OSError as exc:
        raise UnreadableFileError(f"无法读取文件 {p}：{exc}") from exc
    if len(data) > options.max_file_bytes:
        raise TooLargeError(f"文件 {name} 超过上限 {options.max_file_bytes} 字节")
    return _guarded(data, name, doc_id or name, options, str(p))


def source_from_text(text: str, *, doc_id: str = "text") -> Source:
    """Wrap text already in memory (format ``text``); the text is kept as is.

    >>> source_from_text("一、总体情况", doc_id="t").doc_id
    't'
    """
    return Source(doc_id=doc_id, text=text, format="text", encoding=None)


def _skip_in_folder(rel: Path) -> bool:
    hidden = any(part.startswith(".") or part == "__pycache__" for part in rel.parts)
    return hidden or rel.name.startswith("~$")


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (recursively) into report files; named files are always kept.

    Folders yield only files ending in .txt .md .html .htm .docx .pdf, sorted;
    hidden files/folders and Word lock files (``~$…``) are skipped.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> for n in ("b.pdf", "a.TXT", "x.png", "sub/c.html"):
    ...     (d / n).parent.mkdir(exist_ok=True); _ = (d / n).write_bytes(b"x")
    >>> [str(p.relative_to(d)) for p in discover([d, d / "x.png"])]
    ['a.TXT', 'b.pdf', 'sub/c.html', 'x.png']
    """
    out: list[Path] = []
    seen: set[Path] = set()
    for item in paths:
        p = Path(item)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
                for f in files:
                    fp = Path(root) / f
                    if fp.suffix.lower() in KNOWN_SUFFIXES and not _skip_in_folder(fp.relative_to(p)):
                        found.append(fp)
            candidates = sorted(found, key=lambda q: q.relative_to(p).as_posix())
        else:
            candidates = [p]
        for fp in candidates:
            if fp not in seen:
                seen.add(fp)
                out.append(fp)
    return out
