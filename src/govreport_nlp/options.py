"""One frozen options object; defaults live in ``lexicons/defaults.json``.

>>> opts = Options.from_defaults()
>>> opts.max_file_bytes > 1_000_000
True
>>> Options.from_defaults(max_file_bytes=10).max_file_bytes
10
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, fields, replace
from typing import Any

from .lexicons import load_json


@dataclass(frozen=True)
class Options:
    """Thresholds and switches shared by every stage."""

    max_file_bytes: int = 33_554_432
    pdf_max_pages: int = 400
    sum_tolerance: float = 0.0
    task_timeout_seconds: float = 120.0
    workers: int = 0
    lexicon_dirs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.max_file_bytes <= 0:
            raise ValueError("max_file_bytes 必须为正数")
        if self.sum_tolerance < 0:
            raise ValueError("sum_tolerance 不能为负数")
        if self.workers < 0:
            raise ValueError("workers 不能为负数 (0 = 按 CPU 数)")
        if self.task_timeout_seconds <= 0:
            warnings.warn("task_timeout_seconds <= 0: 不设超时", stacklevel=3)

    @classmethod
    def from_defaults(cls, **overrides: Any) -> Options:
        """Defaults from the shipped ``defaults.json`` (plus user lexicon folders), then overrides."""
        dirs = tuple(overrides.get("lexicon_dirs", ()))
        data = load_json("defaults.json", dirs)
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"defaults.json 中有未知选项: {sorted(unknown)}")
        return replace(cls(**data), **overrides)


DEFAULT_OPTIONS = Options()
