"""A snapshot of the contract: ids and columns the library emits stay those of docs/schema.md.

The sets below are parsed from docs/schema.md (a copy of the shared contract);
additions must be documented in docs/extensions.md.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govreport_nlp.frames import COLUMNS, records
from govreport_nlp.tables import EXPECTED_CELLS

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
EXTENSIONS = (ROOT / "docs" / "extensions.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    return SCHEMA.split(title, 1)[1].split("\n## ", 1)[0]


def schema_labels() -> set[str]:
    return set(re.findall(r"^\| (\w+) \|", _section("## 2. Sections"), re.M)) - {"label"}


def schema_metrics() -> dict[str, set[str]]:
    """metric id → its fixed category list (empty when the category is free text)."""
    out: dict[str, set[str]] = {}
    for row in re.findall(r"^\| ([a-z_]+\.[a-z_]+(?: / [a-z_]+\.[a-z_]+)?) \| (.*)$", _section("## 3. Facts"), re.M):
        ids, rest = row
        enum = re.search(r"\[([a-z_, ]+(?:, or [^\]]*)?)\]", rest)
        cats = set(re.findall(r"[a-z_]+", enum.group(1))) - {"or", "applicant", "type"} if enum else set()
        for metric in ids.split(" / "):
            out[metric] = cats
    return out


def schema_t3_t4_cells() -> set[str]:
    sec = _section("## 4. Standard tables")
    cols = re.findall(r"`(\w+)` [^`,]*?(?:,|\.)", sec.split("Table 3", 1)[1].split("Rows:", 1)[0])
    rows = re.findall(r"^\| (\w+) \| ", sec.split("| row id | label |", 1)[1], re.M)
    groups = ("review", "litigation_direct", "litigation_after_review")
    t4_cols = ("upheld", "corrected", "other", "pending", "total")
    return {f"t3.{r}.{c}" for r in rows for c in cols} | {f"t4.{g}.{c}" for g in groups for c in t4_cols}


T2 = {  # schema §4, table 2, written out
    "t2021": [f"t2.{r}.{c}" for r in ("regulations", "normative_docs") for c in ("issued", "repealed", "in_force")]
    + [f"t2.{r}.decisions" for r in ("licensing", "penalty", "enforcement")] + ["t2.fees.amount_10k_yuan"],
    "t2019": [f"t2.{r}.{c}" for r in ("regulations", "normative_docs")
              for c in ("new_made", "new_published", "published_total")]
    + [f"t2.{r}.{c}" for r in ("licensing", "other_services", "penalty", "enforcement")
       for c in ("prev_items", "change", "decisions")]
    + ["t2.fees.prev_items", "t2.fees.change", "t2.procurement.items", "t2.procurement.amount"],
}


def test_schema_snapshot_parsed_sets_are_complete():
    assert len(schema_labels()) == 17
    assert {"requests.received", "other.count", "training.participants"} <= set(schema_metrics())
    assert schema_metrics()["requests.outcome"] == {"granted", "partially_granted", "denied", "unable",
                                                    "not_processed", "other", "pending"}
    assert len(schema_t3_t4_cells()) == 26 * 7 + 15


@pytest.mark.parametrize("template", ["t2019", "t2021"])
def test_schema_snapshot_expected_cells_match_schema(template):
    t3_t4 = schema_t3_t4_cells()
    rows_2019_only = {"other"}
    rows_2021_only = {"other_no_correction", "other_no_fee", "other_misc"}
    drop = rows_2021_only if template == "t2019" else rows_2019_only
    expected = {c for c in t3_t4 if c.split(".")[1] not in drop or c.startswith("t4.")} | set(T2[template])
    assert set(EXPECTED_CELLS[template]) == expected


def test_schema_snapshot_columns_include_the_contract():
    assert {"doc_id", "title", "agency", "region", "level", "year", "doc_type", "template", "script",
            "chars"} <= set(COLUMNS["report"])
    assert {"doc_id", "section_id", "section_label", "metric", "category", "value", "unit", "qualifier",
            "parent", "period", "text", "start", "end", "fact_id"} <= set(COLUMNS["fact"])
    assert {"doc_id", "code", "severity", "message", "detail", "cells", "facts", "start", "end"} \
        <= set(COLUMNS["finding"])
    for kind, cols in COLUMNS.items():
        extra = set(cols) - set(re.findall(r"\b[a-z_0-9]+\b", SCHEMA))
        assert all(f"`{c}`" in EXTENSIONS for c in extra), (kind, extra)


@pytest.mark.slow
def test_schema_snapshot_emitted_ids_are_in_the_contract():
    from govreport_nlp.batch import process_paths
    from govreport_nlp.loaders import discover

    paths = discover([ROOT / "fixtures" / d for d in ("seeds", "pingtan", "pdf")])
    recs = list(records(process_paths(paths, workers=2)))
    metrics = schema_metrics()
    labels = schema_labels()
    cells = set(EXPECTED_CELLS["t2019"]) | set(EXPECTED_CELLS["t2021"])
    enums = {m: c for m, c in metrics.items() if c}
    for r in recs:
        if r["kind"] == "fact":
            assert r["metric"] in metrics, r
            if r["metric"] in enums and r["category"] not in (None, "total"):
                assert r["category"] in enums[r["metric"]] or r["metric"] == "hotline.calls", r
            assert r["qualifier"] in ("exact", "approx", "at_least", "at_most", "none_stated", "placeholder")
        elif r["kind"] == "section":
            assert r["label"] in labels and (r["label2"] is None or r["label2"] in labels), r
        elif r["kind"] == "cell":
            assert r["cell"] in cells and r["state"] in ("number", "blank", "dash", "text"), r
        elif r["kind"] == "report":
            assert r["doc_type"] in ("annual_report", "work_summary", "regulation", "plan", "other")
            assert r["template"] in ("t2019", "t2021", "pre2019", "free")
            assert r["script"] in ("simplified", "traditional", "mixed")
