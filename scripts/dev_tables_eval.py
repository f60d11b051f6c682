"""Dev check of the standard-table reader against fixtures/gold (cells and template).

Usage: .venv/bin/python scripts/dev_tables_eval.py [OUT.jsonl]

Reads the gold-covered fixtures through the loader (HTML, PDF) or as text
(PDF text extractions), writes ``cell`` and ``report`` JSON lines, runs the
reference scorer, and logs the speed of :func:`read_tables`.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

from govreport_nlp import loaders as load
from govreport_nlp import normalise, tables

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"
FILES = [
    *(FIX / "pingtan" / f"{s}.html" for s in (
        "202001_80576", "202103_80595", "202202_80613", "202302_80629",
        "202403_87885", "202503_97791", "202603_105587")),
    *(FIX / "pdf" / f"{s}.pdf" for s in ("hongze_2023", "hongze_2024", "huaian_2024")),
    FIX / "pdf" / "hongze_2023.pdfminer.txt",
    FIX / "pdf" / "hongze_2024.pypdf.txt",
    FIX / "pdf" / "huaian_2024.pdfminer.txt",
]
log = logging.getLogger("dev_tables_eval")


def doc_id_of(path: Path) -> str:
    """Gold stems drop only the last suffix (hongze_2023.pdfminer.txt → hongze_2023.pdfminer)."""
    return path.name


def gold_year(path: Path) -> int | None:
    gold = FIX / "gold" / f"{path.name.rsplit('.', 1)[0]}.json"
    return json.loads(gold.read_text(encoding="utf-8")).get("year") if gold.exists() else None


def read(path: Path) -> tuple[tables.TablesResult, float, int]:
    source = load.load_source(path)
    nt = normalise.normalise(source.text)
    t0 = time.perf_counter()
    res = tables.read_tables(nt, 0, len(nt.text), doc_id=doc_id_of(path), year=gold_year(path),
                             grids=list(source.tables))
    return res, time.perf_counter() - t0, len(source.text.encode("utf-8"))


def main(out: Path) -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    total_t, total_b = 0.0, 0
    with out.open("w", encoding="utf-8") as fh:
        for path in FILES:
            res, dt, nbytes = read(path)
            total_t, total_b = total_t + dt, total_b + nbytes
            template = tables.resolve_template(res, gold_year(path), "annual_report")
            fh.write(json.dumps({"kind": "report", "doc_id": doc_id_of(path), "template": template,
                                 "year": gold_year(path), "doc_type": "annual_report"},
                                ensure_ascii=False) + "\n")
            for c in res.cells:
                fh.write(json.dumps({"kind": "cell", "doc_id": doc_id_of(path), "cell": c.cell,
                                     "value": c.value,
                                     "state": c.state}, ensure_ascii=False) + "\n")
            log.info("%-28s cells=%3d templates=%s inferred=%d", path.name, len(res.cells), res.templates,
                     sum(c.inferred for c in res.cells))
    log.info("read_tables speed: %.2f MB/s (%d bytes, %.3f s)", total_b / 1e6 / max(total_t, 1e-9),
             total_b, total_t)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "reference_score.py"), str(FIX / "gold"), str(out),
                    "--per-doc"], check=False)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/dev_tables_eval.jsonl"))
