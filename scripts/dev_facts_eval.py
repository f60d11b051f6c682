#!/usr/bin/env python3
"""Dev check for facts.py: run the extractor on the gold documents and score them.

usage: .venv/bin/python scripts/dev_facts_eval.py [OUT.jsonl] [--per-doc] [--diff STEM]

Uses the real stages when they exist (``load.load_source``,
``segment.split_documents`` / ``segment.build_sections``, ``tables.read_tables``)
and crude stand-ins otherwise (HTML via BeautifulSoup, one section per
document, compilations split at 第X篇, standard tables skipped by heading).
Then runs ``scripts/reference_score.py fixtures/gold OUT.jsonl``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"
sys.path.insert(0, str(ROOT / "src"))

from govreport_nlp import facts as facts_mod  # noqa: E402
from govreport_nlp import normalise as norm_mod  # noqa: E402
from govreport_nlp.textmap import NormalizedText  # noqa: E402

logger = logging.getLogger("dev_facts_eval")


def _optional(name: str):
    try:
        return importlib.import_module(f"govreport_nlp.{name}")
    except Exception:  # a stage still being written
        return None


LOAD, SEGMENT, TABLES = _optional("load"), _optional("segment"), _optional("tables")


def gold_files() -> list[tuple[Path, Path]]:
    """(document, gold) pairs."""
    out = []
    for g in sorted((FIX / "gold").glob("*.json")):
        stem = g.stem
        for folder in ("seeds", "pingtan", "pdf"):
            for ext in (".txt", ".html", ".pdf"):
                p = FIX / folder / f"{stem}{ext}"
                if folder == "pingtan" and ext == ".txt":
                    continue
                if p.exists():
                    out.append((p, g))
                    break
            else:
                continue
            break
    return out


def read_text(path: Path) -> tuple[str, list]:
    """Original text and the loader's grid tables."""
    if LOAD is not None and hasattr(LOAD, "load_source"):
        src = LOAD.load_source(path)
        return src.text, list(src.tables)
    if path.suffix == ".html":
        from bs4 import BeautifulSoup
        return BeautifulSoup(path.read_bytes(), "lxml").get_text("\n"), []
    return path.read_text(encoding="utf-8"), []


_DOC_SPLIT = re.compile(r"^第[一二三四五六七八九十]+篇", re.M)
_STD_START = re.compile(r"^二、主动公开政府信息情况", re.M)
_STD_END = re.compile(r"^(五|六)、", re.M)


def split_docs(nt: NormalizedText) -> list[tuple[int, int]]:
    if SEGMENT is not None and hasattr(SEGMENT, "split_documents"):
        return SEGMENT.split_documents(nt)
    starts = [m.start() for m in _DOC_SPLIT.finditer(nt.text)]
    if len(starts) < 2:
        return [(0, len(nt.text))]
    return list(zip(starts, [*starts[1:], len(nt.text)], strict=True))


def skip_ranges(nt: NormalizedText, lo: int, hi: int, grids: list, doc_id: str,
                pipeline: bool) -> list[tuple[int, int]]:
    """Statistical tables as pipeline.py skips them (``pipeline``), or only the standard ones.

    The pre-2019 statistics form (header 计量单位) holds facts per gold, so by
    default it is not skipped.
    """
    out: list[tuple[int, int]] = []
    in_doc = []
    for t in grids:
        s, e = nt.normalized_offset(t.start), nt.normalized_offset(t.end)
        if s < hi and e > lo:
            in_doc.append(t)
            head = " ".join(c.text for r in t.rows[:2] for c in r)
            if pipeline or "计量单位" not in head:
                out.append((s, e))
    if TABLES is not None and hasattr(TABLES, "read_tables"):
        try:
            found = TABLES.read_tables(nt, lo, hi, doc_id=doc_id, year=None, grids=in_doc)
            return sorted(set(out) | set(found.ranges))
        except Exception as exc:  # the tables stage is still being written
            logger.info("tables.read_tables failed on %s: %s", doc_id, exc)
    text = nt.text[lo:hi]
    if "本年新制作数量" in text or "本年制发件数" in text or "本年新收政府信息公开申请数量" in text:
        m = _STD_START.search(text)
        if m:
            e = _STD_END.search(text, m.end())
            out.append((lo + m.start(), lo + (e.start() if e else len(text))))
    return sorted(out)


def sections_for(nt: NormalizedText, lo: int, hi: int, doc_id: str, skip: list[tuple[int, int]]):
    if SEGMENT is not None and hasattr(SEGMENT, "build_sections"):
        return SEGMENT.build_sections(nt, lo, hi, doc_id=doc_id, skip=skip)
    from govreport_nlp.models import Section
    s, e = nt.original_span(lo, hi)
    return [Section(doc_id=doc_id, section_id=f"{doc_id}:s1", parent_id=None, level=1, number=None, title="",
                    label="unknown", label2=None, start=s, end=e, nstart=lo, nend=hi, body_nstart=lo)]


def year_of(text: str) -> int | None:
    m = re.search(r"((?:19|20)\d\d)年", text)
    return int(m.group(1)) if m else None


def run(out_path: Path, pipeline: bool = False) -> tuple[int, float]:
    n_chars, spent = 0, 0.0
    with out_path.open("w", encoding="utf-8") as fh:
        for path, _gold in gold_files():
            text, grids = read_text(path)
            nt = norm_mod.normalise(text)
            spans = split_docs(nt)
            for i, (lo, hi) in enumerate(spans, 1):
                doc_id = path.name if len(spans) == 1 else f"{path.name}#{i}"
                skip = skip_ranges(nt, lo, hi, grids, doc_id, pipeline)
                secs = sections_for(nt, lo, hi, doc_id, skip)
                t0 = time.perf_counter()
                year = year_of(nt.text[lo:hi])
                found = facts_mod.extract_facts(nt, secs, doc_id=doc_id, year=year, skip=skip)
                spent += time.perf_counter() - t0
                n_chars += len(nt.text[lo:hi].encode("utf-8"))
                for f in found:
                    rec = {"kind": "fact", "doc_id": doc_id, "metric": f.metric, "category": f.category,
                           "value": f.value, "unit": f.unit, "qualifier": f.qualifier, "fact_id": f.fact_id,
                           "parent": f.parent, "rule": f.rule, "surface": f.surface, "text": f.text[:80]}
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n_chars, spent


def diff(stem: str, out_path: Path) -> None:
    """Gold facts vs predicted facts of one file, side by side (value+unit matching)."""
    gold = json.loads((FIX / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    docs = gold.get("documents") or [gold]
    preds = [json.loads(x) for x in out_path.read_text(encoding="utf-8").splitlines()]
    for i, g in enumerate(docs, 1):
        mine = [p for p in preds if p["doc_id"].split("#")[0].rsplit(".", 1)[0] == stem
                and (p["doc_id"].endswith(f"#{i}") or (len(docs) == 1))]
        used = [False] * len(mine)
        logger.warning("=== %s #%d (%d predicted)", stem, i, len(mine))
        for gf in g.get("facts", []):
            hit = next((k for k, p in enumerate(mine) if not used[k] and p["value"] == gf["value"]
                        and (p["unit"] or "") == (gf.get("unit") or "")
                        and p["metric"] == gf["metric"]), None)
            if hit is None:
                hit = next((k for k, p in enumerate(mine) if not used[k] and p["value"] == gf["value"]
                            and (p["unit"] or "") == (gf.get("unit") or "")), None)
            if hit is not None:
                used[hit] = True
                p = mine[hit]
                ok = "OK " if (p["metric"], p["category"]) == (gf["metric"], gf.get("category")) else "~~ "
                logger.warning("%s %s/%s %s%s | got %s/%s [%s]", ok, gf["metric"], gf.get("category"),
                               gf["value"],
                               gf.get("unit"), p["metric"], p["category"], p["rule"])
            else:
                logger.warning("MISS %s/%s %s%s | %s", gf["metric"], gf.get("category"), gf["value"],
                               gf.get("unit"),
                               gf.get("quote"))
        for k, p in enumerate(mine):
            if not used[k]:
                logger.warning("EXTRA %s/%s %s%s [%s] %s", p["metric"], p["category"], p["value"], p["unit"],
                               p["rule"], p["surface"])


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="?", type=Path, default=Path("/tmp/dev_facts.jsonl"))
    ap.add_argument("--per-doc", action="store_true")
    ap.add_argument("--diff", action="append", default=[])
    ap.add_argument("--pipeline-skip", action="store_true",
                    help="skip every loader grid, as pipeline.py does")
    a = ap.parse_args()
    n_chars, spent = run(a.out, a.pipeline_skip)
    logger.warning("stages: load=%s segment=%s tables=%s; extract_facts %.0f bytes in %.3fs = %.2f MB/s",
                   bool(LOAD), bool(SEGMENT), bool(TABLES), n_chars, spent, n_chars / 1e6 / max(spent, 1e-9))
    for stem in a.diff:
        diff(stem, a.out)
    cmd = [sys.executable, str(ROOT / "scripts" / "reference_score.py"), str(FIX / "gold"), str(a.out)]
    if a.per_doc:
        cmd.append("--per-doc")
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main())
