"""Many files at once: one result per file, errors as values, nothing dropped.

:func:`process_file` never raises for a bad file: it returns a
:class:`~govreport_nlp.models.LoadError` (schema §6 ``error``).
:func:`process_paths` runs files in worker processes with a timeout per file,
consumes every future, and yields results in input order.  :func:`to_dask_bag`
hands the same per-file function to a Dask cluster.

>>> from pathlib import Path
>>> [type(r).__name__ for r in process_paths([Path("no/such/file.txt")], workers=1)]
['LoadError']
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import Any, Literal

from .errors import GovReportError
from .models import LoadError, Report
from .options import DEFAULT_OPTIONS, Options

logger = logging.getLogger(__name__)

Result = Report | LoadError


def process_file(path: str | Path, options: Options = DEFAULT_OPTIONS, *,
                 errors: Literal["record", "raise"] = "record") -> list[Result]:
    """All reports of one file, or a single :class:`LoadError` explaining why not.

    ``errors="raise"`` re-raises the typed :class:`~govreport_nlp.errors.GovReportError` instead.
    """
    from .pipeline import load_all

    path = Path(path)
    try:
        return list(load_all(path, options=options))
    except GovReportError as exc:
        if errors == "raise":
            raise
        return [LoadError(str(path), exc.kind, str(exc), doc_id=path.name)]
    except MemoryError:
        return [LoadError(str(path), "too_large", f"内存不足，无法处理：{path.name}", doc_id=path.name)]
    except Exception as exc:  # reason: a batch must survive any bug; the class is recorded
        if errors == "raise":
            raise
        logger.exception("processing %s failed", path)
        return [LoadError(str(path), "parse_failed",
                          f"处理失败（程序错误 {type(exc).__name__}: {exc}）：{path.name}", doc_id=path.name)]


def _strip_source(results: list[Result]) -> list[Result]:
    """Reports cross process boundaries without their (large) Source object."""
    for r in results:
        if isinstance(r, Report) and r.source is not None:
            r.source = None
    return results


def _process_for_pool(path: str, options: Options, keep_source: bool) -> list[Result]:
    results = process_file(path, options)
    return results if keep_source else _strip_source(results)


def _workers(options: Options, n_files: int) -> int:
    wanted = options.workers or (os.cpu_count() or 1)
    return max(1, min(wanted, n_files))


def process_paths(
    paths: Sequence[str | Path],
    options: Options = DEFAULT_OPTIONS,
    *,
    workers: int | None = None,
    progress: Callable[[int], Any] | None = None,
    keep_source: bool = False,
) -> Iterator[Result]:
    """Process ``paths``; yield every report and every error, in input order.

    ``workers`` (default ``options.workers``, 0 = one per CPU) > 1 runs files
    in processes with ``options.task_timeout_seconds`` per file; a file that
    times out or kills its worker becomes an ``error`` row.  ``progress`` is
    called with 1 after each file.  ``keep_source`` keeps ``Report.source``
    (the original text) on reports made in worker processes.
    """
    n = workers if workers is not None else _workers(options, len(paths))
    if n <= 1 or len(paths) <= 1:
        for path in paths:
            yield from process_file(path, options)
            if progress:
                progress(1)
        return
    pool = ProcessPoolExecutor(max_workers=n)
    broken = False
    try:
        futures: list[Future[list[Result]]] = [
            pool.submit(_process_for_pool, str(p), options, keep_source) for p in paths]
        for path, fut in zip(paths, futures, strict=True):
            try:
                yield from fut.result(timeout=options.task_timeout_seconds)
            except FutureTimeout:
                broken = True
                yield LoadError(str(path), "parse_failed",
                                f"处理超时（超过 {options.task_timeout_seconds:g} 秒）：{Path(path).name}",
                                doc_id=Path(path).name)
            except Exception as exc:  # reason: a dead worker is one file's error
                yield LoadError(str(path), "parse_failed",
                                f"处理进程异常退出（{type(exc).__name__}）：{Path(path).name}",
                                doc_id=Path(path).name)
            if progress:
                progress(1)
    finally:
        if broken:  # a hung worker would block shutdown: end the processes
            for proc in list(getattr(pool, "_processes", {}).values()):
                proc.terminate()
        pool.shutdown(wait=not broken, cancel_futures=True)


def to_dask_bag(paths: Iterable[str | Path], options: Options = DEFAULT_OPTIONS,
                npartitions: int | None = None) -> Any:  # a dask.bag.Bag (dask is optional)
    """A ``dask.bag`` of schema §6 records, one partition per group of files.

    Run it on any Dask scheduler (a laptop's processes or a cluster)::

        bag = to_dask_bag(paths)
        facts = bag.filter(lambda r: r["kind"] == "fact").to_dataframe()
    """
    import dask.bag as db  # optional dependency: pip install govreport_nlp[dask]

    from .frames import records

    paths = [str(p) for p in paths]
    bag = db.from_sequence(  # type: ignore[no-untyped-call]  # reason: dask.bag is untyped
        paths, npartitions=npartitions or max(1, min(len(paths), 64)))
    return bag.map(lambda p: list(records(_strip_source(process_file(p, options))))).flatten()



def to_dask_dataframe(paths: Iterable[str | Path], kind: str = "fact", options: Options = DEFAULT_OPTIONS,
                      npartitions: int | None = None) -> Any:  # a dask.dataframe.DataFrame
    """A ``dask.dataframe`` of one kind of record (report, section, fact, cell, finding, error).

    Columns and dtypes are those of :mod:`govreport_nlp.frames` (nullable integers
    stay nullable), so partitions made from different files always agree::

        facts = to_dask_dataframe(paths, "fact")
        facts.groupby("metric").value.count().compute()
    """
    from .frames import COLUMNS, empty_frame

    if kind not in COLUMNS:
        raise ValueError(f"未知的记录类型: {kind}（可选 {', '.join(COLUMNS)}）")
    columns = list(COLUMNS[kind])
    bag = to_dask_bag(paths, options, npartitions).filter(lambda r: r["kind"] == kind)
    return bag.map(lambda r: {c: r.get(c) for c in columns}).to_dataframe(meta=empty_frame(kind))
