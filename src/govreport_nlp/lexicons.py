"""One loader for the domain knowledge kept as data in ``lexicons/``.

Bundled files ship inside the wheel (``govreport_nlp/lexicons``); a user may
overlay their own folders: a user JSON object's keys replace or extend the
bundled ones, a user TSV's rows are appended.  Overlay folders come from the
environment variable ``GOVREPORT_LEXICONS`` (``os.pathsep``-separated; set it
before the first document is processed — ``govreport --lexicons DIR`` does) and
from the ``extra_dirs`` argument.  JSON
files may not repeat a key; every error names the file and the key.

>>> sorted(load_json("defaults.json"))[:2]
['max_file_bytes', 'pdf_max_pages']
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import LexiconError


def bundled_dir() -> Path:
    """Folder of the bundled lexicons (inside the package, or the source checkout)."""
    try:
        pkg = Path(str(resources.files("govreport_nlp"))) / "lexicons"
        if pkg.is_dir() and any(pkg.iterdir()):
            return pkg
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - zipped installs
        pass
    return Path(__file__).resolve().parents[2] / "lexicons"


def _no_duplicates(name: str) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise LexiconError(f"词表 {name} 中的键 {key!r} 重复 (duplicate key)")
            out[key] = value
        return out

    return hook


def _read_text(name: str, extra_dirs: Iterable[str | Path] = ()) -> list[tuple[Path, str]]:
    found = []
    for folder in (bundled_dir(), *map(Path, extra_dirs)):
        path = folder / name
        if path.is_file():
            found.append((path, path.read_text(encoding="utf-8")))
    if not found:
        raise LexiconError(f"找不到词表文件 {name} (lexicon not found in {bundled_dir()})")
    return found


ENV_VAR = "GOVREPORT_LEXICONS"


def user_dirs() -> tuple[str, ...]:
    """Overlay folders named by ``GOVREPORT_LEXICONS``."""
    return tuple(p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p)


def load_json(name: str, extra_dirs: tuple[str, ...] = ()) -> dict[str, Any]:
    """Read a JSON lexicon (an object), overlaying user folders in order."""
    return _load_json(name, (*user_dirs(), *extra_dirs))


def load_tsv(name: str, columns: tuple[str, ...], extra_dirs: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Read a TSV lexicon with a header row; ``#`` lines are comments.

    Every row must have the named ``columns`` (extra columns are kept).
    """
    return _load_tsv(name, columns, (*user_dirs(), *extra_dirs))


@cache
def _load_json(name: str, extra_dirs: tuple[str, ...]) -> dict[str, Any]:
    merged: dict[str, Any] = {}
    for path, text in _read_text(name, extra_dirs):
        try:
            data = json.loads(text, object_pairs_hook=_no_duplicates(str(path)))
        except json.JSONDecodeError as exc:
            raise LexiconError(f"词表 {path} 不是有效的 JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise LexiconError(f"词表 {path} 顶层必须是对象 (object)")
        merged.update(data)
    return merged


@cache
def _load_tsv(name: str, columns: tuple[str, ...], extra_dirs: tuple[str, ...]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for path, text in _read_text(name, extra_dirs):
        lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
        reader = csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise LexiconError(f"词表 {path} 缺少列 {missing}")
        for lineno, row in enumerate(reader, start=2):
            if any(row.get(c) is None for c in columns):
                raise LexiconError(f"词表 {path} 第 {lineno} 行列数不足: {row}")
            rows.append({k: (v or "").strip() for k, v in row.items() if k is not None})
    return rows
