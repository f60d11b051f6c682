"""The notebooks are valid nbformat-4 JSON whose code cells run from top to bottom.

Cells run in one namespace with the notebook folder as working directory;
Dask runs on its synchronous scheduler, and a cell that needs IPython's
display machinery (displaCy with ``jupyter=True``) may only fail for that reason.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def _code_cells(path: Path) -> list[str]:
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_notebooks_exist():
    assert len(NOTEBOOKS) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebooks_cells_run(path, tmp_path, monkeypatch):
    import dask

    work = tmp_path / "notebooks"
    work.mkdir()
    os.symlink(path.parents[1] / "fixtures", tmp_path / "fixtures")
    monkeypatch.chdir(work)
    namespace: dict = {}
    with dask.config.set(scheduler="synchronous"):
        for i, source in enumerate(_code_cells(path)):
            try:
                exec(compile(source, f"{path.name}[{i}]", "exec"), namespace)
            except ModuleNotFoundError as exc:
                assert exc.name == "IPython", f"{path.name} cell {i}: {exc}"
