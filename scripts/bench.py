#!/usr/bin/env python3
"""Throughput of each pipeline stage on the bundled corpus (fixtures/), one core.

Prints documents/s and MB/s (MB of original text, UTF-8) for load, normalise,
segment (split + identify + sections), tables, facts and checks, and for the
whole pipeline. Each stage is timed over the whole corpus ``--repeat`` times;
the best run counts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from govreport_nlp import checks, facts, normalise, segment, tables  # noqa: E402
from govreport_nlp import loaders as load  # noqa: E402
from govreport_nlp.models import Report  # noqa: E402


def corpus() -> list[Path]:
    return load.discover([ROOT / "fixtures" / d for d in ("seeds", "pingtan", "pdf")])


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = corpus()
    file_bytes = sum(p.stat().st_size for p in paths)
    sources = [load.load_source(p) for p in paths]
    mb = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    nts = [normalise.normalise(s.text) for s in sources]
    docs = [(s, nt, span) for s, nt in zip(sources, nts, strict=True) for span in segment.split_documents(nt)]

    def run_load() -> None:
        for p in paths:
            load.load_source(p)

    def run_normalise() -> None:
        for s in sources:
            normalise.normalise(s.text)

    def run_segment() -> None:
        for _s, nt, (a, b) in docs:
            segment.identify(nt, a, b, source=_s)
            segment.build_sections(nt, a, b, doc_id="x", skip=[])

    prepared = []
    for s, nt, (a, b) in docs:
        info = segment.identify(nt, a, b, source=s)
        found = tables.read_tables(nt, a, b, doc_id="x", year=info["year"],
                                   grids=[t for t in s.tables if a <= nt.normalized_offset(t.start) < b])
        sections = segment.build_sections(nt, a, b, doc_id="x", skip=found.ranges)
        prepared.append((s, nt, a, b, info, found, sections))

    def run_tables() -> None:
        for s, nt, a, b, info, _f, _sec in prepared:
            tables.read_tables(nt, a, b, doc_id="x", year=info["year"],
                               grids=[t for t in s.tables if a <= nt.normalized_offset(t.start) < b])

    def run_facts() -> None:
        for _s, nt, _a, _b, info, found, sections in prepared:
            facts.extract_facts(nt, sections, doc_id="x", year=info["year"], skip=found.ranges)

    reports = []
    for s, nt, a, b, info, found, sections in prepared:
        r = Report(doc_id="x", source=s, start=a, end=b, **info)
        r.cells, r.sections = found.cells, sections
        r.facts = facts.extract_facts(nt, sections, doc_id="x", year=info["year"], skip=found.ranges)
        reports.append((r, nt))

    def run_checks() -> None:
        for r, nt in reports:
            checks.run_checks(r, nt)

    from govreport_nlp.pipeline import analyse_source

    def run_all() -> None:
        for s in sources:
            analyse_source(s)

    n = len(paths)
    print(f"corpus: {n} files, {len(docs)} documents, {file_bytes / 1e6:.2f} MB on disk, {mb:.2f} MB of text")
    print(f"{'stage':12s} {'seconds':>8s} {'docs/s':>9s} {'MB/s':>8s}")
    results = {}
    for name, fn in (("load", run_load), ("normalise", run_normalise), ("segment", run_segment),
                     ("tables", run_tables), ("facts", run_facts), ("checks", run_checks),
                     ("after-load", run_all)):
        t = best(fn, args.repeat)
        results[name] = t
        print(f"{name:12s} {t:8.3f} {len(docs) / t:9.1f} {mb / t:8.2f}")
    ratio = results["segment"] / (results["load"] + results["normalise"])
    print(f"segment adds {ratio:.0%} to load+normalise (target <= 50%)")
    print("load by format (MB of file on disk per second):")
    for fmt in sorted({p.suffix for p in paths}):
        group = [p for p in paths if p.suffix == fmt]
        size = sum(p.stat().st_size for p in group) / 1e6
        t = best(lambda group=group: [load.load_source(p) for p in group], args.repeat)
        print(f"  {fmt:6s} {len(group):3d} files {t:7.3f} s {len(group) / t:8.1f} files/s {size / t:7.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
