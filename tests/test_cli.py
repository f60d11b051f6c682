"""The ``govreport`` command line: JSON lines per schema §6, exit codes, outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govreport_nlp.cli import main

ROOT = Path(__file__).resolve().parents[1]
FIX = ROOT / "fixtures"


def _lines(text: str) -> list[dict]:
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def test_cli_extract_one_file_gives_every_kind(capsys):
    assert main(["extract", str(FIX / "pingtan" / "202202_80613.html"), "--no-progress"]) == 0
    recs = _lines(capsys.readouterr().out)
    kinds = {r["kind"] for r in recs}
    assert {"report", "section", "fact", "cell"} <= kinds
    report = recs[0]
    assert report["kind"] == "report" and report["doc_id"] == "202202_80613.html"
    assert report["year"] == 2021 and report["template"] == "t2021"
    facts = [r for r in recs if r["kind"] == "fact"]
    assert all(r["fact_id"] and r["rule"] for r in facts)


def test_cli_extract_folder_reports_each_document_and_errors_each_bad_file(tmp_path, capsys):
    (tmp_path / "good.txt").write_text((FIX / "seeds" / "000_dbfeab3aba76103b.txt").read_text(encoding="utf-8"),
                                       encoding="utf-8")
    (tmp_path / "compilation.txt").write_bytes((FIX / "seeds" / "003_6e4aca196ad0b146.txt").read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<<")
    code = main(["extract", str(tmp_path), "--no-progress", "--workers", "1"])
    recs = _lines(capsys.readouterr().out)
    assert code == 1
    reports = [r["doc_id"] for r in recs if r["kind"] == "report"]
    assert "good.txt" in reports
    assert sum(1 for d in reports if d.startswith("compilation.txt#")) == 5
    errors = {r["doc_id"]: r["error"] for r in recs if r["kind"] == "error"}
    assert errors == {"empty.txt": "empty", "broken.pdf": "unreadable"}


def test_cli_stdin_dash(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("2019年，我局未收到政府信息公开申请。"))
    assert main(["extract", "-"]) == 0
    recs = _lines(capsys.readouterr().out)
    assert recs[0]["doc_id"] == "stdin"
    assert any(r["kind"] == "fact" and r["qualifier"] == "none_stated" for r in recs)


def test_cli_bad_usage_exits_2():
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--format", "csv"])  # csv needs -o
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_cli_check_writes_html_and_findings(tmp_path, capsys):
    html = tmp_path / "check.html"
    code = main(["check", str(FIX / "seeds" / "001_36c5438335533f6b.txt"), "--html", str(html), "--no-progress"])
    assert code == 0
    recs = _lines(capsys.readouterr().out)
    assert recs and all(r["kind"] == "finding" for r in recs)
    assert any(r["code"] == "hygiene.placeholder" for r in recs)
    assert "模板占位符未替换" in html.read_text(encoding="utf-8")


def test_cli_extract_parquet_folder(tmp_path):
    out = tmp_path / "tables"
    assert main(["extract", str(FIX / "pingtan" / "202302_80629.html"), "--format", "parquet", "-o", str(out)]) == 0
    import pandas as pd

    cells = pd.read_parquet(out / "cells.parquet")
    assert len(cells) >= 150


@pytest.mark.slow
def test_cli_console_script_progress_bar_on_stderr(tmp_path):
    exe = Path(sys.executable).parent / "govreport"
    proc = subprocess.run([str(exe), "extract", str(FIX / "seeds"), "-o", str(tmp_path / "x.jsonl")],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "file" in proc.stderr  # tqdm's bar: "govreport: 100%|…| 5/5 [...file/s]"
    assert (tmp_path / "x.jsonl").read_text(encoding="utf-8").count('"kind": "report"') == 9
