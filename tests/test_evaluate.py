"""``govreport eval`` gives the same figures as the reference scorer (scripts/reference_score.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from govreport_nlp.evaluate import doc_index, doc_key, norm_title, score

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "fixtures" / "gold"


def _reference():
    spec = importlib.util.spec_from_file_location("reference_score", ROOT / "scripts" / "reference_score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _gold_as_predictions() -> list[dict]:
    """Synthetic predictions built from the gold itself, with deliberate errors mixed in."""
    recs: list[dict] = []
    for gf in sorted(GOLD.glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        docs = g.get("documents") or [g]
        for i, d in enumerate(docs, 1):
            doc_id = f"{gf.stem}.txt" + (f"#{i}" if len(docs) > 1 else "")
            recs.append({"kind": "report", "doc_id": doc_id, "doc_type": d.get("doc_type"),
                         "year": d.get("year") if i % 2 else None, "template": d.get("template")})
            for k, s in enumerate(d.get("sections", [])):
                if k % 5 != 4:
                    recs.append({"kind": "section", "doc_id": doc_id, "title": s["title"],
                                 "label": s["label"] if k % 3 else "unknown"})
            for k, f in enumerate(d.get("facts", [])):
                if k % 4 != 3:
                    recs.append({"kind": "fact", "doc_id": doc_id, **{x: f.get(x) for x in
                                 ("metric", "category", "value", "unit", "qualifier")}})
            for k, (cid, c) in enumerate((d.get("cells") or {}).items()):
                value = c.get("value") if k % 7 else (c.get("value") or 0) + 1
                recs.append({"kind": "cell", "doc_id": doc_id, "cell": cid, "value": value, "state": c["state"]})
    return recs


def test_evaluate_agrees_with_reference_scorer(tmp_path):
    recs = _gold_as_predictions()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n", encoding="utf-8")
    ref_summary, ref_rows = _reference().score(GOLD, pred)
    ours = score(GOLD, recs)
    assert ours.summary == ref_summary
    assert ours.docs == ref_rows
    assert 0.5 < ours.summary["section_recall"] < 1.0  # the deliberate misses count


def test_evaluate_cli_prints_reference_lines(tmp_path, capsys):
    from govreport_nlp.cli import main

    recs = _gold_as_predictions()
    pred = tmp_path / "pred.jsonl"
    pred.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    assert main(["eval", str(GOLD), "--pred", str(pred)]) == 0
    out = capsys.readouterr().out
    ref = _reference().score(GOLD, pred)[0]
    assert f"{'cell_acc':22s} {ref['cell_acc']}" in out
    assert f"{'key_fact_f1':22s} {ref['key_fact_f1']}" in out


@pytest.mark.parametrize(("doc_id", "key", "index"), [
    ("fixtures/pingtan/202202_80613.html", "202202_80613", 1),
    ("003_6e4aca196ad0b146.txt#3", "003_6e4aca196ad0b146", 3),
    ("hongze_2023.pdfminer.txt", "hongze_2023.pdfminer", 1),
    ("stdin", "stdin", 1),
])
def test_evaluate_doc_key_and_index(doc_id, key, index):
    assert doc_key(doc_id) == key
    assert doc_index(doc_id) == index


def test_evaluate_norm_title_folds_script_width_and_punctuation():
    assert norm_title("一，、政府信息公開的組織領導") == norm_title("一、政府信息公开的组织领导")
