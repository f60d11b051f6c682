"""Reports as tidy pandas DataFrames, JSON lines, and files (Parquet, CSV, Excel, DuckDB).

Column names are the contract of ``schema.md``; the order of each ``*_COLUMNS``
tuple is the order of the exported columns.

>>> from govreport_nlp.models import Report
>>> int(reports_frame([Report(doc_id="a.txt", year=2021)]).loc[0, "year"])
2021
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .models import Cell, Fact, Finding, LoadError, Report, Section

REPORT_COLUMNS = (*Report.REPORT_COLUMNS, "path", "flags")  # schema §1, then our two additions
SECTION_COLUMNS = ("doc_id", "section_id", "parent_id", "level", "number", "title", "label", "label2",
                   "start", "end")
FACT_COLUMNS = ("doc_id", "fact_id", "section_id", "section_label", "metric", "category", "value", "unit",
                "qualifier", "parent", "period", "text", "start", "end", "rule")
CELL_COLUMNS = ("doc_id", "table", "template", "cell", "row_label", "col_label", "value", "raw", "state",
                "start", "end", "inferred", "rule")
FINDING_COLUMNS = ("doc_id", "code", "severity", "message", "detail", "cells", "facts", "start", "end",
                   "rule")
ERROR_COLUMNS = ("doc_id", "path", "error", "message")

KINDS = ("report", "section", "fact", "cell", "finding", "error")
COLUMNS: dict[str, tuple[str, ...]] = {
    "report": REPORT_COLUMNS, "section": SECTION_COLUMNS, "fact": FACT_COLUMNS,
    "cell": CELL_COLUMNS, "finding": FINDING_COLUMNS, "error": ERROR_COLUMNS,
}
_INT_COLUMNS = ("year", "chars", "start", "end", "period")  # nullable integers ("Int64")


def _pick(obj: Any, columns: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {c: getattr(obj, c, None) for c in columns}
    for key in ("cells", "facts", "flags"):
        if isinstance(out.get(key), tuple):
            out[key] = list(out[key])
    return out


def report_records(report: Report) -> Iterator[dict[str, Any]]:
    """Every JSON-lines object of one report, in contract order."""
    yield {"kind": "report", **_pick(report, REPORT_COLUMNS)}
    for s in report.sections:
        yield {"kind": "section", **_pick(s, SECTION_COLUMNS)}
    for f in report.facts:
        yield {"kind": "fact", **_pick(f, FACT_COLUMNS)}
    for c in report.cells:
        yield {"kind": "cell", **_pick(c, CELL_COLUMNS)}
    for g in report.findings:
        yield {"kind": "finding", **_pick(g, FINDING_COLUMNS)}


def error_record(err: LoadError) -> dict[str, Any]:
    return {"kind": "error", "doc_id": err.doc_id or Path(err.path).name, "path": err.path,
            "error": err.error, "message": err.message}


def records(items: Iterable[Report | LoadError]) -> Iterator[dict[str, Any]]:
    """JSON-lines objects (schema §6) for reports and load errors."""
    for item in items:
        if isinstance(item, LoadError):
            yield error_record(item)
        else:
            yield from report_records(item)


def _clean(value: Any) -> Any:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return None
    return value


def to_json_line(record: dict[str, Any]) -> str:
    """One record as a compact JSON line (UTF-8 Chinese kept readable)."""
    return json.dumps({k: _clean(v) for k, v in record.items()}, ensure_ascii=False)


def _frame(rows: Iterable[dict[str, Any]], kind: str) -> pd.DataFrame:
    columns = list(COLUMNS[kind])
    df = pd.DataFrame(list(rows), columns=columns)
    int_columns = (*_INT_COLUMNS, "level") if kind == "section" else _INT_COLUMNS
    for col in int_columns:
        if col in df.columns:
            df[col] = pd.array(df[col].tolist(), dtype="Int64")
    if "value" in df.columns:
        df["value"] = df["value"].astype("float64")
    return df


def empty_frame(kind: str) -> pd.DataFrame:
    """An empty table of ``kind`` with the exported columns and dtypes (a schema for Dask, Arrow …)."""
    return _frame([], kind)


def reports_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per document (schema §1)."""
    return _frame((_pick(r, REPORT_COLUMNS) for r in reports), "report")


def sections_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per section (schema §2)."""
    return _frame((_pick(s, SECTION_COLUMNS) for r in reports for s in r.sections), "section")


def facts_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per fact (schema §3)."""
    return _frame((_pick(f, FACT_COLUMNS) for r in reports for f in r.facts), "fact")


def cells_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per table cell (schema §4), tidy."""
    return _frame((_pick(c, CELL_COLUMNS) for r in reports for c in r.cells), "cell")


def findings_frame(reports: Iterable[Report]) -> pd.DataFrame:
    """One row per finding (schema §5)."""
    return _frame((_pick(g, FINDING_COLUMNS) for r in reports for g in r.findings), "finding")


def errors_frame(errors: Iterable[LoadError]) -> pd.DataFrame:
    """One row per file that could not be processed (schema §6 ``error``)."""
    return _frame((error_record(e) for e in errors), "error")


def frames(items: Iterable[Report | LoadError]) -> dict[str, pd.DataFrame]:
    """All six tables keyed by kind: report, section, fact, cell, finding, error."""
    items = list(items)
    reports = [i for i in items if isinstance(i, Report)]
    errors = [i for i in items if isinstance(i, LoadError)]
    return {
        "report": reports_frame(reports), "section": sections_frame(reports),
        "fact": facts_frame(reports), "cell": cells_frame(reports),
        "finding": findings_frame(reports), "error": errors_frame(errors),
    }


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists (flags, cells, facts) as JSON strings for flat formats."""
    out = df.copy()
    for col in ("flags", "cells", "facts"):
        if col in out.columns:
            out[col] = out[col].map(lambda v: json.dumps(list(v), ensure_ascii=False)
                                    if isinstance(v, list | tuple) else v)
    return out


def export(tables: dict[str, pd.DataFrame], out: str | Path, fmt: str) -> list[Path]:
    """Write the tables of :func:`frames` as ``fmt`` (csv, parquet, excel, duckdb); return the paths.

    csv/parquet write one file per kind into the folder ``out``; excel writes
    one workbook with a sheet per kind; duckdb one database with a table per kind.
    """
    out = Path(out)
    written: list[Path] = []
    if fmt in ("csv", "parquet"):
        out.mkdir(parents=True, exist_ok=True)
        for kind, df in tables.items():
            path = out / f"{kind}s.{fmt}"
            if fmt == "csv":
                _flat(df).to_csv(path, index=False, encoding="utf-8")
            else:
                _flat(df).to_parquet(path, index=False)
            written.append(path)
    elif fmt == "excel":
        path = out if out.suffix == ".xlsx" else out.with_suffix(".xlsx")
        path.parent.mkdir(parents=True, exist_ok=True)
        with pd.ExcelWriter(path, engine="openpyxl") as xl:
            for kind, df in tables.items():
                _flat(df).to_excel(xl, sheet_name=f"{kind}s", index=False)
        written.append(path)
    elif fmt == "duckdb":
        import duckdb  # optional dependency: pip install govreport_nlp[duckdb]

        path = out if out.suffix == ".duckdb" else out.with_suffix(".duckdb")
        path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(path))
        try:
            for kind, df in tables.items():
                flat = _flat(df)  # noqa: F841  # reason: referenced by name in the SQL below
                con.execute(f"CREATE OR REPLACE TABLE {kind}s AS SELECT * FROM flat")
        finally:
            con.close()
        written.append(path)
    else:
        raise ValueError(f"不支持的导出格式: {fmt} (csv, parquet, excel, duckdb)")
    return written


__all__ = [
    "CELL_COLUMNS", "ERROR_COLUMNS", "FACT_COLUMNS", "FINDING_COLUMNS", "REPORT_COLUMNS", "SECTION_COLUMNS",
    "Cell", "Fact", "Finding", "Section", "cells_frame", "empty_frame", "errors_frame", "export", "facts_frame",
    "findings_frame", "frames", "records", "reports_frame", "sections_frame", "to_json_line",
]
