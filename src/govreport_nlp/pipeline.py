"""The whole pipeline for one file or one text: bytes → text → documents → rows.

Data flows one way; each stage is a plain function of the stages before it:

``load`` (Source) → ``normalise`` (NormalizedText) → ``segment`` (documents,
identity, sections) → ``tables`` (cells) and ``facts`` → ``checks``
(findings) → :class:`~govreport_nlp.models.Report`.

>>> reports = parse_all("2019年，我局未收到政府信息公开申请。", doc_id="demo")
>>> [(f.metric, f.value, f.qualifier) for f in reports[0].facts]
[('requests.received', 0.0, 'none_stated')]
"""

from __future__ import annotations

import logging
from pathlib import Path

from . import checks, facts, loaders, normalise, segment, tables
from .models import Report, Source
from .options import DEFAULT_OPTIONS, Options
from .textmap import NormalizedText

logger = logging.getLogger(__name__)


def _table_ranges(source: Source, nt: NormalizedText) -> list[tuple[int, int]]:
    """Where the loader's grid tables sit in the normalised text."""
    return [(nt.normalized_offset(t.start), nt.normalized_offset(t.end)) for t in source.tables]


def analyse_source(source: Source, options: Options = DEFAULT_OPTIONS) -> list[Report]:
    """Run every stage after loading; one :class:`Report` per document in the file."""
    nt = normalise.normalise(source.text)
    grid_ranges = _table_ranges(source, nt)
    spans = segment.split_documents(nt)
    reports: list[Report] = []
    for index, (nstart, nend) in enumerate(spans, start=1):
        doc_id = source.doc_id if len(spans) == 1 else f"{source.doc_id}#{index}"
        start, end = nt.original_span(nstart, nend)
        in_doc = [(s, e) for s, e in grid_ranges if s < nend and e > nstart]
        doc_tables = [t for t, (s, e) in zip(source.tables, grid_ranges, strict=True) if s < nend and e > nstart]
        info = segment.identify(nt, nstart, nend, source=source)
        report = Report(doc_id=doc_id, start=start, end=end, chars=end - start, path=source.path,
                        source=source, **info)
        found = tables.read_tables(nt, nstart, nend, doc_id=doc_id, year=report.year, grids=doc_tables)
        report.cells = found.cells
        report.table_templates = dict(found.templates)
        report.template = tables.resolve_template(found, report.year, report.doc_type)
        # no headings inside any table; no prose facts inside the standard tables (their cells are read
        # by the tables stage) — other tables, such as the pre-2019 statistics form, are read as facts
        report.sections = segment.build_sections(nt, nstart, nend, doc_id=doc_id,
                                                 skip=sorted(set(in_doc) | set(found.ranges)))
        report.facts = facts.extract_facts(nt, report.sections, doc_id=doc_id, year=report.year,
                                           skip=sorted(found.ranges))
        report.findings = checks.run_checks(report, nt, options.sum_tolerance)
        reports.append(report)
    return reports


def load_all(path: str | Path, *, doc_id: str | None = None, options: Options = DEFAULT_OPTIONS) -> list[Report]:
    """Read a file and return every document in it (compilations give several)."""
    source = loaders.load_source(path, doc_id=doc_id, options=options)
    return analyse_source(source, options)


def parse_all(text: str, *, doc_id: str = "text", options: Options = DEFAULT_OPTIONS) -> list[Report]:
    """Analyse text already in memory; every document in it."""
    return analyse_source(loaders.source_from_text(text, doc_id=doc_id), options)


def _first(reports: list[Report], what: str) -> Report:
    if len(reports) > 1:
        logger.warning("%s 含 %d 篇文档，只返回第一篇；全部请用 load_all/parse_all", what, len(reports))
    return reports[0]


def load(path: str | Path, *, doc_id: str | None = None, options: Options = DEFAULT_OPTIONS) -> Report:
    """Read one report file (.txt .html .docx .pdf) into a :class:`Report`.

    A compilation holds several documents: this returns the first and logs a
    warning; :func:`load_all` returns them all.
    """
    return _first(load_all(path, doc_id=doc_id, options=options), str(path))


def parse(text: str, *, doc_id: str = "text", options: Options = DEFAULT_OPTIONS) -> Report:
    """Analyse one report given as text.

    >>> parse("全年主动公开政府信息2645条。").facts[0].value
    2645.0
    """
    return _first(parse_all(text, doc_id=doc_id, options=options), doc_id)
