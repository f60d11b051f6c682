#!/usr/bin/env python3
"""Quality gate: scores on fixtures/gold must not fall below the pinned floors.

usage: gold_gate.py [--update] [--allow-regression] [--json OUT]

Floors and a digest of the gold fixtures live in tests/gold_baseline.json.
``--update`` raises floors to the current scores (never lowers them unless
``--allow-regression`` is given too).  Exit 1 when a score is below its floor.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold"
BASELINE = ROOT / "tests" / "gold_baseline.json"
METRICS = ("doc_type_acc", "year_acc", "template_acc", "section_recall", "section_label_acc",
           "key_fact_precision", "key_fact_recall", "key_fact_f1", "number_precision", "number_recall",
           "absence_recall", "cell_acc")


def gold_documents() -> list[Path]:
    """The fixture file for every gold file (html, txt, md, docx, pdf: first found)."""
    files = []
    for g in sorted(GOLD.glob("*.json")):
        for ext in ("html", "txt", "md", "docx", "pdf"):
            hits = sorted(ROOT.glob(f"fixtures/*/{g.stem}.{ext}"))
            if hits:
                files.append(hits[0])
                break
    return files


def digest() -> str:
    h = hashlib.sha256()
    for p in sorted(GOLD.glob("*.json")) + gold_documents():
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def current_scores() -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from govreport_nlp.batch import process_paths
    from govreport_nlp.evaluate import score
    from govreport_nlp.frames import records

    recs = list(records(process_paths(gold_documents(), workers=1)))
    return score(GOLD, recs).summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--allow-regression", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    summary = current_scores()
    base = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {"floors": {}}
    floors = base.get("floors", {})
    failed = []
    print(f"gold gate on {summary['docs']} gold documents ({summary['docs_with_error']} with errors)")
    for m in METRICS:
        value, floor = summary.get(m), floors.get(m)
        mark = ""
        if value is not None and floor is not None and value < floor - 1e-9:
            mark = "  BELOW FLOOR"
            failed.append(m)
        print(f"  {m:20s} {value!s:8s} floor {floor}{mark}")
    if base.get("digest") and base["digest"] != digest():
        print("note: fixtures/gold or its documents changed since the floors were pinned (digest differs)")
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.update:
        new = {}
        for m in METRICS:
            value = summary.get(m)
            if value is None:
                continue
            old = floors.get(m)
            new[m] = value if (old is None or value >= old or args.allow_regression) else old
        BASELINE.write_text(json.dumps({"digest": digest(), "floors": new}, indent=1) + "\n", encoding="utf-8")
        print(f"floors written to {BASELINE.relative_to(ROOT)}")
        return 0
    if failed and not args.allow_regression:
        print(f"FAILED: below floor: {', '.join(failed)} (fix it, or lower floors with --update --allow-regression)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
