#!/usr/bin/env python3
"""Show where the library and a gold file disagree, for one document.

usage: gold_diff.py FILE [--gold GOLD_DIR]

Prints doc_type/year/template, gold headings not found, and the facts and
cells on one side only (facts matched as the scorer's number-level matching
does, on value and unit). GOLD_DIR defaults to fixtures/gold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govreport_nlp.evaluate import doc_key, norm_title, norm_unit, same_value  # noqa: E402
from govreport_nlp.frames import records  # noqa: E402
from govreport_nlp.pipeline import load_all  # noqa: E402


def _fact(f: dict) -> str:
    return f"{f.get('metric')}[{f.get('category')}] {f.get('value')}{f.get('unit') or ''} {f.get('qualifier')}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", type=Path)
    ap.add_argument("--gold", type=Path, default=ROOT / "fixtures" / "gold")
    args = ap.parse_args()
    gold = json.loads((args.gold / f"{doc_key(args.file.name)}.json").read_text(encoding="utf-8"))
    docs = gold.get("documents") or [gold]
    reports = load_all(args.file)
    for index, (g, report) in enumerate(zip(docs, reports, strict=False), start=1):
        recs = list(records([report]))
        print(f"== document {index}: {report.doc_id}")
        for key in ("doc_type", "year", "template", "agency"):
            mark = "" if getattr(report, key) == g.get(key) else "   <-- gold: " + str(g.get(key))
            print(f"  {key:9s} {getattr(report, key)}{mark}")
        titles = [t for r in recs if r["kind"] == "section" and (t := norm_title(r["title"]))]
        for s in g.get("sections", []):
            gt = norm_title(s["title"])  # matched as the scorer does: equal, or sharing the first 10 characters
            if not any(t == gt or t.startswith(gt[:10]) or gt.startswith(t[:10]) for t in titles):
                print(f"  heading not found: {s['title']} ({s['label']})")
        pred = [r for r in recs if r["kind"] == "fact"]
        used = [False] * len(pred)
        for f in g.get("facts", []):
            hit = next((i for i, p in enumerate(pred) if not used[i] and same_value(f.get("value"), p["value"])
                        and norm_unit(f.get("unit")) == norm_unit(p["unit"])), None)
            if hit is None:
                print(f"  missed fact: {_fact(f)}  «{f.get('quote')}»")
            else:
                used[hit] = True
                if pred[hit]["metric"] != f["metric"]:
                    print(f"  other metric: gold {_fact(f)} / ours {_fact(pred[hit])}")
        for p, u in zip(pred, used, strict=True):
            if not u:
                print(f"  extra fact: {_fact(p)}  «{p['text'][:50]}»")
        cells = {r["cell"]: r for r in recs if r["kind"] == "cell"}
        for cid, c in (g.get("cells") or {}).items():
            p = cells.get(cid)
            wrong_value = p is not None and c["state"] == "number" and not same_value(c["value"], p["value"])
            if p is None or p["state"] != c["state"] or wrong_value:
                print(f"  cell {cid}: gold {c} / ours {None if p is None else (p['state'], p['value'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
