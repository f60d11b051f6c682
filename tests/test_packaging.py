"""The built wheel ships the lexicons and the entry points."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_packaging_wheel_contains_lexicons_and_entry_points(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(tmp_path)], check=True, timeout=300)
    [wheel] = tmp_path.glob("govreport_nlp-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    bundled = {p.name for p in (ROOT / "lexicons").iterdir() if p.is_file()}
    shipped = {n.split("/")[-1] for n in names if n.startswith("govreport_nlp/lexicons/")}
    assert bundled <= shipped
    assert "govreport_nlp/py.typed" in names
    entry = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry).decode()
    assert "govreport = govreport_nlp.cli:main" in text
    assert "govreport_facts" in text
