"""Labels, cell ids and label patterns of the standard statistical tables.

Everything here comes from ``lexicons/table_labels.json`` (schema.md §4):
row and column ids with their printed labels and variants, the table-2
layout per template, and :data:`EXPECTED_CELLS`, the full cell set of each
template (the checks stage and the tests use it).

>>> len(EXPECTED_CELLS["t2019"]), len(EXPECTED_CELLS["t2021"])
(198, 200)
>>> row_regex("t3").search("4.保护第三方合法权益 0 0").lastgroup
'denied_third_party'
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from .lexicons import load_json
from .normalise import to_simplified

__all__ = [
    "EXPECTED_CELLS", "T3_COLS", "T3_ROWS_T2019", "T3_ROWS_T2021", "T4_COLS", "T4_GROUPS",
    "canon", "col_id", "expected_cells", "label_of", "lexicon", "row_regex", "t2_layout",
]

_FLEX = {
    "（": "[（(]", "）": "[）)]", "，": "[，,、]", "、": "[、，,.．]", "：": "[：:]",
    "/": "[/／]", "“": "[“”\"]?", "”": "[”“\"]?", "\"": "[“”\"]?",
}
_STRIP_RE = re.compile(r"[\s\u3000:：,，、.．;；\"“”'‘’]+")
_BRACKETS = str.maketrans({"(": "（", ")": "）"})


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The table lexicon (``lexicons/table_labels.json``)."""
    return load_json("table_labels.json")


@lru_cache(maxsize=8192)
def canon(text: str) -> str:
    """Header text reduced for comparison: NFKC, simplified, no spaces or punctuation.

    >>> canon("结 果\\n维 持")
    '结果维持'
    >>> canon("本年收费金额(单位:万元)")
    '本年收费金额（单位万元）'
    """
    text = to_simplified(unicodedata.normalize("NFKC", text))
    return _STRIP_RE.sub("", text).translate(_BRACKETS)


def _flex(variant: str) -> str:
    """A label variant as a regex: optional whitespace between characters."""
    parts = [_FLEX.get(ch, re.escape(ch)) for ch in variant if not ch.isspace()]
    return r"\s*".join(parts)


def _row_pattern(spec: dict[str, Any]) -> str:
    body = "|".join(_flex(v) for v in sorted(spec["variants"], key=len, reverse=True))
    ordinal = spec.get("ordinal")
    if not ordinal:
        return f"(?:{body})"
    prefix = rf"{ordinal}\s*[.．、，,]\s*"
    return f"(?:{prefix}(?:{body}))" if spec.get("ordinal_required") else f"(?:(?:{prefix})?(?:{body}))"


@cache
def row_regex(table: str) -> re.Pattern[str]:
    """One regex with a named group per row id of ``table`` ("t2", "t3") or t4 groups ("t4")."""
    key = {"t2": "t2_rows", "t3": "t3_rows", "t4": "t4_groups"}[table]
    rows: dict[str, Any] = lexicon()[key]
    alts = [f"(?P<{rid}>{_row_pattern(spec)})" for rid, spec in rows.items()]
    return re.compile("|".join(alts))


@cache
def _col_variants(key: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for cid, spec in lexicon()[key].items():
        for v in spec["variants"]:
            out.setdefault(canon(v), cid)
    return out


def col_id(table: str, header: str) -> str | None:
    """The column id whose variant equals the whole header text, else None.

    >>> col_id("t3", "法律\\n服务\\n机构"), col_id("t3", "法人或其他组织")
    ('legal_services', None)
    >>> col_id("t4", "结 果 维 持")
    'upheld'
    """
    key = {"t2": "t2_cols", "t3": "t3_cols", "t4": "t4_cols", "t4g": "t4_groups"}[table]
    return _col_variants(key).get(canon(header))


def label_of(table: str, kind: str, ident: str) -> str:
    """Printed label of a row/column id (``kind`` "rows"/"cols"/"groups").

    >>> label_of("t3", "cols", "other_org")
    '其他'
    """
    return str(lexicon()[f"{table}_{kind}"][ident]["label"])


def t2_layout(template: str) -> dict[str, list[str]]:
    """Row id → column ids of table 2 for a template."""
    return {k: list(v) for k, v in lexicon()["t2_layout"][template].items()}


T3_COLS: tuple[str, ...] = tuple(lexicon()["t3_cols"])
_T3_ALL: tuple[str, ...] = tuple(lexicon()["t3_rows"])
T3_ROWS_T2019: tuple[str, ...] = tuple(r for r in _T3_ALL if not r.startswith("other_"))
T3_ROWS_T2021: tuple[str, ...] = tuple(r for r in _T3_ALL if r != "other")
T4_GROUPS: tuple[str, ...] = tuple(lexicon()["t4_groups"])
T4_COLS: tuple[str, ...] = tuple(lexicon()["t4_cols"])


def expected_cells(template: str) -> frozenset[str]:
    """Every cell id of the three tables of ``template`` ("t2019"/"t2021")."""
    ids = {f"t2.{r}.{c}" for r, cols in t2_layout(template).items() for c in cols}
    rows = T3_ROWS_T2019 if template == "t2019" else T3_ROWS_T2021
    ids |= {f"t3.{r}.{c}" for r in rows for c in T3_COLS}
    ids |= {f"t4.{g}.{c}" for g in T4_GROUPS for c in T4_COLS}
    return frozenset(ids)


EXPECTED_CELLS: dict[str, frozenset[str]] = {t: expected_cells(t) for t in ("t2019", "t2021")}
