"""The ``govreport`` command line: thin wrappers around the library.

``govreport extract PATH... [--format jsonl|csv|parquet|excel|duckdb] [-o OUT]``
``govreport check PATH... [--html REPORT.html] [-o OUT]``
``govreport eval GOLD_DIR FILE... [--pred PRED.jsonl] [--json OUT] [--per-doc]``

Exit status: 0 when every file was processed, 1 when some failed, 2 for bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from . import __version__
from .batch import Result, process_paths
from .checks import check_batch
from .frames import export, frames, records, to_json_line
from .models import LoadError, Report
from .options import Options

FORMATS = ("jsonl", "csv", "parquet", "excel", "duckdb")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="govreport", description="读取政府信息公开工作年度报告，输出可比较的数据表。")
    parser.add_argument("--version", action="version", version=f"govreport_nlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH", help="文件、文件夹（递归）或 - （标准输入）")
        p.add_argument("-o", "--output", help="输出文件（jsonl）或文件夹（csv/parquet）；默认标准输出")
        p.add_argument("--format", choices=FORMATS, default="jsonl")
        p.add_argument("--workers", type=int, default=None, help="并行进程数（默认按 CPU 数）")
        p.add_argument("--no-progress", action="store_true", help="不显示进度条")
        p.add_argument("--lexicons", action="append", default=[], metavar="DIR", help="用户词表文件夹（可重复）")

    ext = sub.add_parser("extract", help="抽取报告、章节、数字事实、表格单元格、检查结果")
    common(ext)
    chk = sub.add_parser("check", help="逐份检查报告并输出问题清单（可生成 HTML 报告）")
    common(chk)
    chk.add_argument("--html", metavar="FILE", help="写出 HTML 批量检查报告")
    ev = sub.add_parser("eval", help="与人工标注（gold）比对打分")
    ev.add_argument("gold_dir", help="gold JSON 文件夹")
    ev.add_argument("paths", nargs="*", metavar="FILE", help="要抽取并打分的文件")
    ev.add_argument("--pred", help="已有的预测 JSONL（代替 FILE）")
    ev.add_argument("--json", help="把全部分数写成 JSON 文件")
    ev.add_argument("--per-doc", action="store_true", help="逐文档输出分数")
    ev.add_argument("--workers", type=int, default=None)
    ev.add_argument("--no-progress", action="store_true")
    return parser


def _progress(total: int, enabled: bool):  # type: ignore[no-untyped-def]  # tqdm type or None
    if not enabled or total <= 1:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="govreport", file=sys.stderr)


def _run(paths: Sequence[str], args: argparse.Namespace, options: Options) -> Iterator[Result]:
    from .loaders import discover
    from .pipeline import parse_all

    if list(paths) == ["-"]:
        yield from parse_all(sys.stdin.read(), doc_id="stdin", options=options)
        return
    files = discover(paths)
    bar = _progress(len(files), not args.no_progress)
    try:
        yield from process_paths(files, options, workers=args.workers,
                                 progress=bar.update if bar is not None else None)
    finally:
        if bar is not None:
            bar.close()


@contextlib.contextmanager
def _open_out(path: str | None) -> Iterator[IO[str]]:
    if path is None or path == "-":
        yield sys.stdout
    else:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            yield fh


def _write(results: list[Result], args: argparse.Namespace, kinds: set[str] | None = None) -> None:
    if args.format == "jsonl":
        with _open_out(args.output) as out:
            for rec in records(results):
                if kinds is None or rec["kind"] in kinds:
                    out.write(to_json_line(rec) + "\n")
        return
    tables = frames(results)
    if kinds is not None:
        tables = {k: v for k, v in tables.items() if k in kinds}
    for path in export(tables, args.output or "out", args.format):
        print(f"wrote {path}", file=sys.stderr)


def _exit_code(results: list[Result]) -> int:
    return 1 if any(isinstance(r, LoadError) for r in results) else 0


def cmd_extract(args: argparse.Namespace, options: Options) -> int:
    results = list(_run(args.paths, args, options))
    _write(results, args)
    return _exit_code(results)


def cmd_check(args: argparse.Namespace, options: Options) -> int:
    results = list(_run(args.paths, args, options))
    reports = [r for r in results if isinstance(r, Report)]
    batch_findings = check_batch(reports)
    by_doc = {r.doc_id: r for r in reports}
    for f in batch_findings:
        by_doc[f.doc_id].findings.append(f)
    _write(results, args, kinds={"finding", "error"})
    if args.html:
        from .htmlreport import render_html

        Path(args.html).parent.mkdir(parents=True, exist_ok=True)
        Path(args.html).write_text(render_html(results), encoding="utf-8")
        print(f"wrote {args.html}", file=sys.stderr)
    return _exit_code(results)


def cmd_eval(args: argparse.Namespace, options: Options) -> int:
    from .evaluate import format_summary, read_jsonl, score

    if args.pred:
        recs = read_jsonl(args.pred)
        failed = 0
    elif args.paths:
        args.output, args.format = None, "jsonl"
        results = list(_run(args.paths, args, options))
        recs = list(records(results))
        failed = _exit_code(results)
    else:
        raise SystemExit("govreport eval: 需要 FILE… 或 --pred PRED.jsonl")
    scores = score(args.gold_dir, recs)
    if args.per_doc:
        for row in scores.docs:
            print(json.dumps(row, ensure_ascii=False))
    print(format_summary(scores.summary))
    if args.json:
        Path(args.json).write_text(scores.to_json(), encoding="utf-8")
    return failed


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "format", None) in ("csv", "parquet") and not args.output:
        parser.error(f"--format {args.format} 需要 -o 输出文件夹")
    user_lexicons = tuple(getattr(args, "lexicons", ()) or ())
    if user_lexicons:  # every stage (and every worker process) reads overlays from the environment
        from .lexicons import ENV_VAR

        os.environ[ENV_VAR] = os.pathsep.join((*user_lexicons, os.environ.get(ENV_VAR, "")))
    try:
        options = Options.from_defaults()
    except ValueError as exc:
        parser.error(str(exc))
    commands = {"extract": cmd_extract, "check": cmd_check, "eval": cmd_eval}
    try:
        return commands[args.command](args, options)
    except BrokenPipeError:  # `govreport extract … | head`
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
