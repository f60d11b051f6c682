"""HTML pages → :class:`~govreport_nlp.models.Source`: the report body only, tables as grids.

The body is the element a content hint names (``article_content``,
``TRS_Editor``, ``zoom`` … in ``lexicons/load.json``) or, failing that, the
element holding most of the page's non-link Chinese text.  Block elements
become lines, inline elements are joined without spaces (a number split over
``<span>``s is rejoined), data tables become grids rendered one row a line.

>>> html = "<html><head><title>X年报</title></head><body><div class='nav'>当前位置：首页</div>"
>>> html += "<div class='article_content'><p>一、总体<span>情况</span></p>"
>>> html += "<p>共<b>2</b>0件</p></div></body></html>"
>>> src = load_html(html.encode("utf-8"), "a.html")
>>> src.text
'X年报\\n一、总体情况\\n共20件\\n'
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import lxml.etree
import lxml.html
import regex

from .errors import EmptyInputError, EncodingError, UnreadableFileError
from .loaders import (
    RawCell,
    TextBuilder,
    _strip_bom,
    check_text,
    clean_inline,
    decode_text,
    furniture_regex,
    join_cjk,
    loader_lexicon,
)
from .models import Source

logger = logging.getLogger(__name__)

_DROP_TAGS = frozenset({
    "script", "style", "noscript", "iframe", "frame", "frameset", "select", "option", "button", "input",
    "textarea", "svg", "canvas", "object", "embed", "map", "area", "template", "head", "link", "meta",
    "img", "video", "audio", "nav", "aside", "label",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table", "tbody",
    "thead", "tfoot", "caption", "section", "article", "main", "header", "footer", "blockquote", "pre",
    "dl", "dt", "dd", "form", "fieldset", "address", "center", "hr", "body", "html", "figure", "figcaption",
})
_NO_DESCEND = frozenset({"p", "span", "font", "b", "strong", "a", "li", "h1", "h2", "h3", "h4", "h5", "h6"})
_CHARSET = regex.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", regex.IGNORECASE)
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*>", regex.IGNORECASE)
_HAN = regex.compile(r"\p{Han}")
_NUMERIC = regex.compile(r"^[-+]?[0-9０-９][0-9０-９.,，%％]*\s*[万亿]?[件条个次元项人家%％]?$")
_SENTENCE = regex.compile(r"[。！？]")
_ENCODING_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
                     "big5": "big5hkscs", "utf8": "utf-8", "unicode": "utf-8", "x-cp950": "cp950"}
_TITLE_META = ("articletitle", "og:title", "title", "dc.title")
_DATE_META = ("pubdate", "publishdate", "article:published_time", "firstpublishedtime", "dc.date", "date",
              "publish_date", "releasedate")
MAX_FURNITURE_LEN = 60
MAX_LAYOUT_CELL = 400
MAX_SENTENCE_CELL = 30


# ---------------------------------------------------------------- decoding


def decode_html(data: bytes, name: str) -> tuple[str, str]:
    """Decode an HTML page: BOM, then ``<meta charset>``, then the text decoder.

    >>> decode_html('<meta charset="gbk"><p>年报</p>'.encode("gbk"), "a.html")[1]
    'gb18030'
    """
    body, bom = _strip_bom(data)
    if bom:
        return body.decode(bom, errors="replace"), bom
    match = _CHARSET.search(data[:16384])
    if match:
        declared = match.group(1).decode("ascii", "replace").lower()
        enc = _ENCODING_ALIASES.get(declared, declared)
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            logger.info("%s 声明的编码 %s 无法解码，改为自动识别", name, declared)
    try:
        return decode_text(data, name)
    except EncodingError:
        if match:
            enc = _ENCODING_ALIASES.get(match.group(1).decode("ascii", "replace").lower(), "utf-8")
            try:
                text = data.decode(enc, errors="replace")
            except LookupError:
                raise
            if text.count("\ufffd") < 0.01 * len(text):
                return text, enc
        raise


def parse_html(text: str, name: str) -> Any:
    """Parse decoded HTML into an lxml tree (comments and processing instructions dropped)."""
    text = _XML_DECL.sub("", text.replace("\x00", ""), count=1)
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, recover=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except lxml.etree.ParserError as exc:
        raise EmptyInputError(f"网页 {name} 没有内容") from exc
    except (ValueError, lxml.etree.LxmlError) as exc:
        raise UnreadableFileError(f"网页 {name} 无法解析：{exc}") from exc
    return root


# ---------------------------------------------------------------- helpers


def _tag(el: Any) -> str:
    tag = el.tag
    return tag.lower().rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _tokens(el: Any) -> list[str]:
    return ((el.get("class") or "") + " " + (el.get("id") or "")).lower().split()


@lru_cache(maxsize=1)
def _hints() -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = loader_lexicon()
    return tuple(h.lower() for h in lex["content_hints"]), tuple(h.lower() for h in lex["negative_hints"])


def _hint_rank(el: Any) -> int | None:
    """Priority of a content hint on this element (lower is stronger), None without a hint."""
    positive, negative = _hints()
    toks = _tokens(el)
    if not toks:
        return None
    for tok in toks:
        if any(tok == n or tok.startswith(n + "_") or tok.startswith(n + "-") for n in negative):
            return None
    for rank, hint in enumerate(positive):
        for tok in toks:
            if tok == hint or (len(hint) >= 5 and hint in tok):
                return rank
    return None


def _span(value: str | None) -> int:
    digits = regex.match(r"\s*(\d+)", value or "")
    return int(digits.group(1)) if digits else 1


@dataclass
class _Weights:
    """Non-link Han characters under each element."""

    han: dict[Any, int] = field(default_factory=dict)  # keyed by element: keeps lxml proxies alive

    def measure(self, el: Any, in_link: bool = False) -> int:
        tag = _tag(el)
        link = in_link or tag == "a"
        total = 0 if link else len(_HAN.findall(el.text or ""))
        for child in el:
            total += self.measure(child, link)
            if not link and child.tail:
                total += len(_HAN.findall(child.tail))
        self.han[el] = total
        return total

    def of(self, el: Any) -> int:
        return self.han.get(el, 0)


# ---------------------------------------------------------------- body selection


def _drop_junk(root: Any) -> None:
    for el in list(root.iter()):
        tag = _tag(el)
        if (not tag or tag in _DROP_TAGS) and el.getparent() is not None:
            el.drop_tree()


def _table_rows(table: Any) -> list[Any]:
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if _tag(c) == "tr")
    return rows


def _cells(tr: Any) -> list[Any]:
    return [c for c in tr if _tag(c) in ("td", "th")]


def _is_data_table(table: Any, rows: list[Any]) -> bool:
    """A statistical table (numbers in a grid), not a layout or navigation table."""
    if len(rows) < 2 or any(True for _ in table.iter("table") if _ is not table):
        return False
    cells = [c for tr in rows for c in _cells(tr)]
    if max((len(_cells(tr)) for tr in rows), default=0) < 2:
        return False
    texts = [clean_inline(c.text_content()) for c in cells]
    if any(len(t) > MAX_LAYOUT_CELL or (len(t) > MAX_SENTENCE_CELL and _SENTENCE.search(t)) for t in texts):
        return False
    if not any(_NUMERIC.match(t) for t in texts):
        return False
    link_chars = sum(len(a.text_content()) for a in table.iter("a"))
    return link_chars < 0.5 * max(1, sum(len(t) for t in texts))


def _hinted_body(root: Any, weights: _Weights, total: int) -> Any | None:
    candidates = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        rank = _hint_rank(el)
        if rank is not None and weights.of(el) >= max(20, 0.25 * total):
            candidates.append(el)
    if not candidates:
        return None
    best = max(weights.of(el) for el in candidates)
    strong = [el for el in candidates if weights.of(el) >= 0.9 * best]
    # the deepest of the strong candidates: a content div inside a page "content" wrapper
    return max(strong, key=lambda el: sum(1 for _ in el.iterancestors()))


def _dense_body(body: Any, weights: _Weights) -> Any:
    node = body
    while True:
        children = [c for c in node if isinstance(c.tag, str)]
        if not children:
            return node
        child = max(children, key=weights.of)
        tag = _tag(child)
        if tag in _NO_DESCEND or weights.of(child) < 0.7 * weights.of(node):
            return node
        if tag == "table" and _is_data_table(child, _table_rows(child)):
            return node
        node = child


def select_body(root: Any) -> Any:
    """The element holding the report body (content hints first, text density second)."""
    body = root.find("body")
    if body is None:
        body = root
    weights = _Weights()
    total = weights.measure(body)
    hinted = _hinted_body(body, weights, total)
    return hinted if hinted is not None else _dense_body(body, weights)


# ---------------------------------------------------------------- rendering


@dataclass
class _Renderer:
    """Walks the body and writes lines and tables into a :class:`TextBuilder`."""

    builder: TextBuilder = field(default_factory=TextBuilder)
    buf: list[str] = field(default_factory=list)

    def flush(self) -> None:
        line = clean_inline("".join(self.buf))
        self.buf = []
        if not line or (len(line) <= MAX_FURNITURE_LEN and furniture_regex().search(line)):
            return
        self.builder.line(line)

    def walk(self, el: Any) -> None:
        tag = _tag(el)
        if tag == "br":
            self.flush()
            return
        if tag == "table":
            rows = _table_rows(el)
            if _is_data_table(el, rows):
                self.flush()
                self.builder.table([[self.raw_cell(c) for c in _cells(tr)] for tr in rows])
                return
        block = tag in _BLOCK_TAGS
        if block:
            self.flush()
        if el.text:
            self.buf.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self.walk(child)
            if child.tail:
                self.buf.append(child.tail)
        if block:
            self.flush()

    @staticmethod
    def raw_cell(td: Any) -> RawCell:
        text = join_cjk(clean_inline(td.text_content())).replace("\t", " ")
        return RawCell(text, rowspan=_span(td.get("rowspan")), colspan=_span(td.get("colspan")))


def _meta(root: Any) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    found: dict[str, str] = {}
    for m in root.iter("meta"):
        key = (m.get("name") or m.get("property") or m.get("itemprop") or "").strip().lower()
        if key and m.get("content"):
            found.setdefault(key, clean_inline(m.get("content")))
    title = next((found[k] for k in _TITLE_META if found.get(k)), None)
    if not title:
        h1 = root.find(".//h1")
        title = clean_inline(h1.text_content()) if h1 is not None else None
    if not title:
        t = root.find(".//title")
        title = clean_inline(t.text_content()) if t is not None else None
    if title:
        meta["title"] = title
    date = next((found[k] for k in _DATE_META if found.get(k)), None)
    if date:
        meta["pubdate"] = date
    for key, out in (("sitename", "site"), ("contentsource", "content_source"), ("columnname", "column")):
        if found.get(key):
            meta[out] = found[key]
    return meta


def load_html(data: bytes, name: str, *, doc_id: str | None = None, path: str | None = None) -> Source:
    """Load an HTML page: the report body as text (title first), data tables as grids."""
    text, encoding = decode_html(data, name)
    root = parse_html(text, name)
    meta = _meta(root)
    _drop_junk(root)
    body = select_body(root)
    renderer = _Renderer()
    title = meta.get("title")
    renderer.walk(body)
    renderer.flush()
    rendered = renderer.builder.text()
    if title and regex.sub(r"\s+", "", title) not in regex.sub(r"\s+", "", rendered[:400]):
        renderer = _Renderer()
        renderer.builder.line(title)
        renderer.walk(body)
        renderer.flush()
        rendered = renderer.builder.text()
    check_text(rendered, name)
    meta.update(bytes=len(data), tables=len(renderer.builder.tables))
    return Source(doc_id=doc_id or name, text=rendered, format="html", path=path, encoding=encoding,
                  tables=tuple(renderer.builder.tables), meta=meta)
