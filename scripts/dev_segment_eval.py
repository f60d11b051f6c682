#!/usr/bin/env python3
"""Dev check of the segmenter against fixtures/gold: writes JSONL and runs the reference scorer.

usage: dev_segment_eval.py [OUT.jsonl] [--show]
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from govreport_nlp import normalise, segment
from govreport_nlp.loaders import load_source

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"


def gold_sources() -> list[Path]:
    out = []
    for g in sorted((FIX / "gold").glob("*.json")):
        stem = g.stem
        for folder in ("seeds", "pingtan", "pdf"):
            for ext in (".txt", ".html", ".pdf"):
                p = FIX / folder / f"{stem}{ext}"
                if p.exists() and not (folder == "pingtan" and ext == ".txt"):
                    out.append(p)
                    break
            else:
                continue
            break
    return out


def template(doc_type: str, year: int | None) -> str:
    if doc_type != "annual_report":
        return "free"
    if year is None or year < 2019:
        return "pre2019"
    return "t2019" if year in (2019, 2020) else "t2021"


def run(paths: list[Path], out: Path, show: bool) -> None:
    t_load = t_seg = 0.0
    size = 0
    with out.open("w", encoding="utf-8") as fh:
        for p in paths:
            t0 = time.perf_counter()
            src = load_source(p)
            nt = normalise.normalise(src.text)
            t1 = time.perf_counter()
            spans = segment.split_documents(nt)
            grids = [(nt.normalized_offset(t.start), nt.normalized_offset(t.end)) for t in src.tables]
            for i, (s, e) in enumerate(spans, 1):
                doc_id = p.name if len(spans) == 1 else f"{p.name}#{i}"
                info = segment.identify(nt, s, e, source=src)
                skip = [g for g in grids if g[0] < e and g[1] > s]
                secs = segment.build_sections(nt, s, e, doc_id=doc_id, skip=skip)
                rec = {"kind": "report", "doc_id": doc_id, **{k: v for k, v in info.items() if k != "flags"},
                       "flags": list(info["flags"]), "template": template(info["doc_type"], info["year"])}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                if show:
                    print(doc_id, {k: v for k, v in info.items() if k != "script"})
                for sec in secs:
                    row = {"kind": "section", "doc_id": doc_id, "title": sec.title, "label": sec.label,
                           "label2": sec.label2, "level": sec.level}
                    fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                    if show:
                        print("   ", "  " * (sec.level - 1), sec.level, sec.title[:40], sec.label, sec.label2)
            t2 = time.perf_counter()
            t_load += t1 - t0
            t_seg += t2 - t1
            size += len(src.text.encode("utf-8"))
    print(f"load+normalise {t_load:.3f}s, segment {t_seg:.3f}s ({100 * t_seg / max(t_load, 1e-9):.0f}%), "
          f"{size / 1e6 / max(t_seg, 1e-9):.1f} MB/s segmenting", file=sys.stderr)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path("/tmp/dev_segment.jsonl")
    paths = gold_sources()
    try:
        run(paths, out, "--show" in sys.argv)
    finally:
        pass
    scorer = str(ROOT / "scripts/reference_score.py")
    subprocess.run([sys.executable, scorer, str(FIX / "gold"), str(out), "--per-doc"], check=False)


if __name__ == "__main__":
    main()
