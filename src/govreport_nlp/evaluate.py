"""Score predictions against hand-checked gold files (``gold-format.md``).

The figures are those of the project's reference scorer (a copy ships as
``scripts/reference_score.py``; a test keeps the two in step): heading recall,
label accuracy, doc_type/year/template accuracy, key-fact and number-level
precision/recall/F1, absence recall and cell accuracy.

>>> same_value(2.5e4, 25000)
True
>>> norm_title("（一）主動公開方面。")
'一主动公开方面'
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import opencc

ENUM_METRICS = frozenset({
    "requests.received", "requests.outcome", "review.cases", "litigation.cases",
    "fees.amount", "proposals.handled", "platform.websites",
})
TOTALISH = frozenset({None, "", "total"})
KNOWN_EXT = frozenset({"txt", "md", "html", "htm", "docx", "doc", "pdf", "json"})
_T2S = opencc.OpenCC("t2s").convert
_NON_WORD = re.compile(r"[\s\W_]+")

Record = Mapping[str, Any]


def norm_title(s: str | None) -> str:
    """Title key: NFKC, Traditional→Simplified, no spaces or punctuation."""
    return _NON_WORD.sub("", _T2S(unicodedata.normalize("NFKC", s or "")))


def norm_unit(u: str | None) -> str:
    u = _T2S(unicodedata.normalize("NFKC", u or "")).strip()
    return {"％": "%", "百分比": "%"}.get(u, u)


def same_value(a: Any, b: Any) -> bool:
    """Equal numbers (relative tolerance 1e-6), or both null."""
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) <= 1e-6 * max(1.0, abs(float(b)))
    except (TypeError, ValueError):
        return False


def doc_key(doc_id: str) -> str:
    """File stem of a doc_id (``dir/202202_80613.html#2`` → ``202202_80613``)."""
    base = Path(str(doc_id).split("#")[0]).name
    stem, dot, ext = base.rpartition(".")
    return stem if dot and ext.lower() in KNOWN_EXT else base


def doc_index(doc_id: str) -> int:
    """1 for a plain document, *n* for the *n*-th document of a compilation."""
    tail = str(doc_id).rsplit("#", 1)
    return int(tail[1]) if len(tail) == 2 and tail[1].isdigit() else 1


def _category_ok(metric: str, gold_cat: Any, pred_cat: Any) -> bool:
    if metric not in ENUM_METRICS:
        return True
    if gold_cat in TOTALISH and pred_cat in TOTALISH:
        return True
    return (gold_cat or "") == (pred_cat or "")


def match_facts(gold: list[Record], pred: list[Record], *, strict: bool = True) -> int:
    """Greedy one-to-one matching; the number of ``gold`` items matched.

    ``strict`` matches metric, value (and category for enum metrics);
    otherwise value and unit.
    """
    used = [False] * len(pred)
    hits = 0
    for g in gold:
        for i, p in enumerate(pred):
            if used[i] or not same_value(g.get("value"), p.get("value")):
                continue
            if strict:
                if g["metric"] != p.get("metric") or not _category_ok(g["metric"], g.get("category"),
                                                                      p.get("category")):
                    continue
            elif norm_unit(g.get("unit")) != norm_unit(p.get("unit")):
                continue
            used[i] = True
            hits += 1
            break
    return hits


Predictions = dict[str, dict[int, dict[str, list[Record]]]]


def group_predictions(records: Iterable[Record]) -> Predictions:
    """stem → document index → kind → records."""
    by: Predictions = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for rec in records:
        did = rec.get("doc_id") or rec.get("path") or ""
        by[doc_key(did)][doc_index(did)][str(rec.get("kind"))].append(rec)
    return by


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """JSON lines, skipping blank and malformed lines (as the reference scorer does)."""
    out = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue
    return out


def gold_units(gold_dir: str | Path) -> list[tuple[str, str, int, dict[str, Any]]]:
    """(name, stem, document index, gold object) for every annotated document."""
    units = []
    for gf in sorted(Path(gold_dir).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        docs = g.get("documents")
        if isinstance(docs, list):
            units += [(f"{gf.stem}#{i}", gf.stem, i, sub) for i, sub in enumerate(docs, 1)]
        else:
            units.append((gf.stem, gf.stem, 1, g))
    return units


@dataclass
class Scores:
    """Summary figures plus per-document rows."""

    summary: dict[str, Any]
    docs: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> str:
        return json.dumps({"summary": self.summary, "docs": self.docs}, ensure_ascii=False, indent=1)


def _score_sections(g: Record, p: Mapping[str, list[Record]]) -> tuple[int, int, int]:
    gold = [s for s in g.get("sections", []) if s.get("level", 1) <= 2]
    titles = [(norm_title(s.get("title", "")), s) for s in p.get("section", [])]
    found = labelled = 0
    for s in gold:
        gt = norm_title(s["title"])
        m = next((ps for t, ps in titles
                  if t and gt and (t == gt or t.startswith(gt[:10]) or gt.startswith(t[:10]))), None)
        if m is not None:
            found += 1
            labelled += int(m.get("label") in {s.get("label"), s.get("label2")} - {None})
    return len(gold), found, labelled


def _score_cells(g: Record, p: Mapping[str, list[Record]]) -> tuple[int, int]:
    gold = g.get("cells") or {}
    pred = {c.get("cell"): c for c in p.get("cell", [])}
    ok = 0
    for cid, gc in gold.items():
        pc = pred.get(cid)
        if pc is None:
            continue
        if gc.get("state") == "number":
            ok += int(pc.get("state") == "number" and same_value(gc.get("value"), pc.get("value")))
        else:
            ok += int(pc.get("state") == gc.get("state"))
    return len(gold), ok


def score(gold_dir: str | Path, records: Iterable[Record]) -> Scores:
    """Score prediction records (schema §6 JSON objects) against a gold folder."""
    pred = group_predictions(records)
    tot: dict[str, float] = defaultdict(float)
    rows = []
    for name, key, idx, g in gold_units(gold_dir):
        p = pred.get(key, {}).get(idx, {})
        row: dict[str, Any] = {"doc": name}
        tot["docs"] += 1
        if p.get("error"):
            tot["errors"] += 1
        reps = p.get("report", [])
        rep = reps[0] if reps else {}
        for fld in ("doc_type", "year", "template"):
            if g.get(fld) is not None:
                tot[f"{fld}_n"] += 1
                tot[f"{fld}_ok"] += int(rep.get(fld) == g.get(fld))
        n_sec, found, labelled = _score_sections(g, p)
        tot["sec_gold"] += n_sec
        tot["sec_found"] += found
        tot["sec_label_ok"] += labelled
        row.update(sec_gold=n_sec, sec_found=found, sec_label_ok=labelled)
        gfacts = g.get("facts", [])
        pfacts = p.get("fact", [])
        gkey = [f for f in gfacts if f.get("metric") != "other.count"]
        pkey = [f for f in pfacts if f.get("metric") not in (None, "other.count")]
        hit_key = match_facts(gkey, pkey, strict=True)
        hit_num = match_facts(gfacts, pfacts, strict=False)
        gabs = [f for f in gfacts if f.get("qualifier") == "none_stated"]
        pabs = [f for f in pfacts if f.get("qualifier") == "none_stated"]
        tot["abs_gold"] += len(gabs)
        tot["abs_hit"] += match_facts(gabs, pabs, strict=True)
        tot["key_gold"] += len(gkey)
        tot["key_pred"] += len(pkey)
        tot["key_hit"] += hit_key
        tot["num_gold"] += len(gfacts)
        tot["num_pred"] += len(pfacts)
        tot["num_hit_r"] += hit_num
        tot["num_hit_p"] += match_facts(pfacts, gfacts, strict=False)
        row.update(key_gold=len(gkey), key_pred=len(pkey), key_hit=hit_key,
                   num_gold=len(gfacts), num_pred=len(pfacts), num_hit=hit_num)
        n_cells, ok_cells = _score_cells(g, p)
        tot["cell_gold"] += n_cells
        tot["cell_ok"] += ok_cells
        row.update(cell_gold=n_cells, cell_ok=ok_cells)
        rows.append(row)
    return Scores(_summary(tot), rows)


def _summary(tot: dict[str, float]) -> dict[str, Any]:
    # indexing a defaultdict creates zero entries, exactly as the reference scorer's counts show them
    def ratio(a: str, b: str) -> float | None:
        return round(tot[a] / tot[b], 4) if tot[b] else None

    def f1(p: float | None, r: float | None) -> float:
        return round(2 * p * r / (p + r), 4) if p and r else 0.0

    key_p, key_r = ratio("key_hit", "key_pred"), ratio("key_hit", "key_gold")
    num_p, num_r = ratio("num_hit_p", "num_pred"), ratio("num_hit_r", "num_gold")
    return {
        "docs": int(tot["docs"]), "docs_with_error": int(tot["errors"]),
        "doc_type_acc": ratio("doc_type_ok", "doc_type_n"),
        "year_acc": ratio("year_ok", "year_n"),
        "template_acc": ratio("template_ok", "template_n"),
        "section_recall": ratio("sec_found", "sec_gold"),
        "section_label_acc": ratio("sec_label_ok", "sec_gold"),
        "key_fact_precision": key_p, "key_fact_recall": key_r, "key_fact_f1": f1(key_p, key_r),
        "number_precision": num_p, "number_recall": num_r, "number_f1": f1(num_p, num_r),
        "absence_recall": ratio("abs_hit", "abs_gold"),
        "cell_acc": ratio("cell_ok", "cell_gold"),
        "counts": {k: int(v) for k, v in tot.items()},
    }


def format_summary(summary: Mapping[str, Any]) -> str:
    """The summary as the reference scorer prints it (one ``name value`` line each)."""
    return "\n".join(f"{k:22s} {v}" for k, v in summary.items() if k != "counts")
