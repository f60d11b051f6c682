"""Check a report the way a superior office does (schema §5).

Every finding comes from one catalogue, ``lexicons/findings.json``
(code → severity and Chinese message template); :func:`finding` refuses
codes that are not in it.  :func:`run_checks` checks one report;
:func:`check_batch` adds the checks across reports (carry-over between years,
near-duplicate text).

>>> finding("d", "plaus.rate_over_100", text="结案率100.17%").message
'比率超过100%：结案率100.17%'
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from .lexicons import load_json
from .models import Cell, Finding, Report
from .textmap import NormalizedText

REQUIRED_PARTS = {  # label → the part of the 2019/2021 format that carries it
    "overview": "一、总体情况",
    "proactive": "二、主动公开政府信息情况",
    "requests": "三、收到和处理政府信息公开申请情况",
    "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}
T3_COLS = ("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total")
T3_OUTCOMES = (
    "granted", "partial", "denied_state_secret", "denied_law", "denied_safety", "denied_third_party",
    "denied_internal", "denied_process", "denied_enforcement", "denied_query", "unable_not_held",
    "unable_create", "unable_unclear", "unprocessed_petition", "unprocessed_repeat",
    "unprocessed_publication", "unprocessed_excessive", "unprocessed_confirm",
    "other", "other_no_correction", "other_no_fee", "other_misc",
)
T4_GROUPS = ("review", "litigation_direct", "litigation_after_review")

_PLACEHOLDER = re.compile(r"(?<![A-Za-z])(?:20[xX]{2}|[xX]{2,}|××+|某某)(?![A-Za-z])")
_PINYIN = re.compile(r"[\u4e00-\u9fff][(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")
_RADICAL = re.compile(r"[\u2e80-\u2eff\u2f00-\u2fdf]")
_DOUBLED = re.compile(r"[,，、。；;]{2,}")
_TAIWAN = re.compile(r"網際網路|軟體|硬體|資料庫|入口網站|最佳化")
_SENTENCE_YEAR = re.compile(r"(?:^|[。；\n])\s*((?:19|20)\d{2})\s*年(?:度)?[，,]")
_CN_DIGITS = "一二三四五六七八九十"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """The finding catalogue: code → {severity, message, group}."""
    return load_json("findings.json")


def finding(doc_id: str, code: str, *, start: int | None = None, end: int | None = None,
            cells: Iterable[str] = (), facts: Iterable[str] = (), detail: str = "", **fields: Any) -> Finding:
    """Build a catalogued finding; ``fields`` fill the Chinese message template."""
    entry = catalogue()[code]  # KeyError: an uncatalogued code is a bug
    return Finding(doc_id=doc_id, code=code, severity=entry["severity"],
                   message=entry["message"].format(**fields), detail=detail or _detail(fields),
                   cells=tuple(cells), facts=tuple(facts), start=start, end=end, rule=code)


def _detail(fields: Mapping[str, Any]) -> str:
    return "; ".join(f"{k}={v}" for k, v in fields.items() if not isinstance(v, str) or len(v) < 40)


def _by_id(cells: Iterable[Cell]) -> dict[str, Cell]:
    return {c.cell: c for c in cells}


def _value(cells: Mapping[str, Cell], cid: str) -> float | None:
    c = cells.get(cid)
    return c.value if c is not None and c.state == "number" else None


def _span(cells: Mapping[str, Cell], ids: Iterable[str]) -> tuple[int | None, int | None]:
    found = [cells[i] for i in ids if i in cells]
    if not found:
        return None, None
    return min(c.start for c in found), max(c.end for c in found)


def check_structure(report: Report) -> list[Finding]:
    """Required parts and tables for the 2019/2021 formats; template against the year."""
    out: list[Finding] = []
    if report.doc_type != "annual_report" or report.template not in ("t2019", "t2021"):
        return out
    labels = {s.label for s in report.sections} | {s.label2 for s in report.sections}
    for label, part in REQUIRED_PARTS.items():
        if label not in labels:
            out.append(finding(report.doc_id, "structure.missing_part", part=part))
    tables = {c.table for c in report.cells}
    for table, name in (("t2", "二、主动公开政府信息情况"), ("t3", "三、收到和处理政府信息公开申请情况"),
                        ("t4", "四、政府信息公开行政复议、行政诉讼情况")):
        if table not in tables:
            out.append(finding(report.doc_id, "structure.table_missing", table=name))
    t2, t3 = report.table_templates.get("t2"), report.table_templates.get("t3")
    if t2 and t3 and t2 != t3:
        out.append(finding(report.doc_id, "structure.mixed_template", t2=t2[1:], t3=t3[1:],
                           cells=[c.cell for c in report.cells if c.cell.startswith("t3.other")]))
    if report.year is not None:
        expected = "t2019" if report.year in (2019, 2020) else "t2021" if report.year >= 2021 else None
        if expected and report.template != expected:
            out.append(finding(report.doc_id, "structure.wrong_template", year=report.year,
                               template=report.template[1:], expected=expected[1:]))
    return out


def check_parts(report: Report, nt: NormalizedText | None) -> list[Finding]:
    """Top-level parts numbered in sequence (一、二、三…) and not left empty."""
    out: list[Finding] = []
    top = [s for s in report.sections if s.level == 1 and s.number and s.number in _CN_DIGITS]
    numbers = [_CN_DIGITS.index(s.number or "") + 1 for s in top]
    if numbers and numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        s = top[0]
        out.append(finding(report.doc_id, "structure.part_misnumbered", start=s.start, end=top[-1].end,
                           numbers="、".join(x.number or "" for x in top)))
    if nt is None:
        return out
    for s in top:
        body = nt.text[s.body_nstart:s.nend]
        if sum(1 for ch in body if "\u4e00" <= ch <= "\u9fff" or ch.isdigit()) < 4:
            out.append(finding(report.doc_id, "structure.part_empty", start=s.start, end=s.end, title=s.title))
    return out


def _sum_check(doc_id: str, cells: Mapping[str, Cell], code: str, total_id: str, part_ids: list[str],
               tolerance: float, **fields: Any) -> Finding | None:
    total = _value(cells, total_id)
    parts = [_value(cells, p) for p in part_ids if p in cells]
    if total is None or not parts or any(v is None for v in parts):
        return None
    s = sum(v for v in parts if v is not None)
    if abs(s - total) <= tolerance:
        return None
    start, end = _span(cells, [total_id, *part_ids])
    return finding(doc_id, code, start=start, end=end, cells=[total_id, *part_ids], total=total, sum=s, **fields)


def check_tables(report: Report, tolerance: float = 0.0) -> list[Finding]:
    """The identities of tables 3 and 4, negative counts, fee units, blank cells."""
    cells = _by_id(report.cells)
    doc = report.doc_id
    out: list[Finding] = []
    labels = {c.cell.split(".")[2]: c.col_label for c in report.cells if c.table == "t3"}
    for col in T3_COLS:
        ids = {r: f"t3.{r}.{col}" for r in ("new", "carried_over", "total", "carried_forward")}
        vals = {r: _value(cells, i) for r, i in ids.items()}
        if all(v is not None for v in vals.values()):
            left = (vals["new"] or 0) + (vals["carried_over"] or 0)
            right = (vals["total"] or 0) + (vals["carried_forward"] or 0)
            if abs(left - right) > tolerance:
                start, end = _span(cells, ids.values())
                out.append(finding(doc, "arith.t3_balance", start=start, end=end, cells=ids.values(),
                                   col=labels.get(col, col), new=vals["new"], carried_over=vals["carried_over"],
                                   total=vals["total"], carried_forward=vals["carried_forward"]))
        outcomes = [f"t3.{r}.{col}" for r in T3_OUTCOMES if f"t3.{r}.{col}" in cells]
        f = _sum_check(doc, cells, "arith.t3_total_row", f"t3.total.{col}", outcomes, tolerance,
                       col=labels.get(col, col))
        if f:
            out.append(f)
    rows = sorted({c.cell.split(".")[1] for c in report.cells if c.table == "t3"})
    for row in rows:
        parts = [f"t3.{row}.{c}" for c in T3_COLS[:-1]]
        f = _sum_check(doc, cells, "arith.t3_total_col", f"t3.{row}.total", parts, tolerance,
                       row=next((c.row_label for c in report.cells if c.cell.startswith(f"t3.{row}.")), row))
        if f:
            out.append(f)
    for group in T4_GROUPS:
        parts = [f"t4.{group}.{c}" for c in ("upheld", "corrected", "other", "pending")]
        f = _sum_check(doc, cells, "arith.t4_total", f"t4.{group}.total", parts, tolerance, group=group)
        if f:
            out.append(f)
    blanks: dict[str, int] = defaultdict(int)
    for c in report.cells:
        if c.state == "number" and c.value is not None and c.value < 0 and c.table in ("t3", "t4"):
            out.append(finding(doc, "plaus.negative_count", start=c.start, end=c.end, cells=[c.cell],
                               cell=c.cell, raw=c.raw))
        if c.cell == "t2.fees.amount_10k_yuan" and "元" in c.raw and "万" not in c.raw:
            out.append(finding(doc, "plaus.fee_unit", start=c.start, end=c.end, cells=[c.cell], raw=c.raw))
        if c.state == "blank" and c.table in ("t3", "t4"):
            blanks[c.table] += 1
    for table, count in sorted(blanks.items()):
        out.append(finding(doc, "plaus.blank_cells", table=table[1], count=count))
    return out


def check_facts(report: Report, tolerance: float = 0.0) -> list[Finding]:
    """Rates above 100%, breakdowns against their totals, prose against the tables."""
    doc = report.doc_id
    out: list[Finding] = []
    by_id = {f.fact_id: f for f in report.facts}
    children: dict[str, list[float]] = defaultdict(list)
    for f in report.facts:
        if f.unit == "%" and f.value is not None and f.value > 100 + tolerance:
            out.append(finding(doc, "plaus.rate_over_100", start=f.start, end=f.end, facts=[f.fact_id],
                               text=f.text[:60]))
        if f.parent and f.value is not None and f.qualifier == "exact":
            children[f.parent].append(f.value)
        if f.qualifier == "placeholder":
            out.append(finding(doc, "hygiene.placeholder", start=f.start, end=f.end, facts=[f.fact_id],
                               surface=f.surface or f.text[:20]))
    for parent_id, values in children.items():
        parent = by_id.get(parent_id)
        if parent is None or parent.value is None or parent.qualifier != "exact":
            continue
        s = sum(values)
        kids = [f.fact_id for f in report.facts if f.parent == parent_id]
        complete = any("complete" in f.rule for f in report.facts if f.parent == parent_id)
        if s > parent.value + tolerance:
            out.append(finding(doc, "arith.breakdown_exceeds_total", start=parent.start, end=parent.end,
                               facts=[parent_id, *kids], sum=s, total=parent.value, text=parent.text[:60]))
        elif complete and abs(s - parent.value) > tolerance:
            out.append(finding(doc, "arith.breakdown_incomplete", start=parent.start, end=parent.end,
                               facts=[parent_id, *kids], sum=s, total=parent.value, text=parent.text[:60]))
    cells = _by_id(report.cells)
    restated: dict[tuple[str, str | None], str] = {("requests.received", None): "t3.new.total",
                ("requests.carried_forward", None): "t3.carried_forward.total",
                ("requests.carried_over", None): "t3.carried_over.total"}
    for f in report.facts:
        key = (f.metric, f.category if f.category not in ("total", "") else None)
        cid = restated.get(key)
        value = _value(cells, cid) if cid else None
        if cid and value is not None and f.value is not None and f.qualifier == "exact" \
                and f.period in (None, report.year) and abs(f.value - value) > tolerance:
            out.append(finding(doc, "text_table.mismatch", start=f.start, end=f.end, cells=[cid],
                               facts=[f.fact_id], fact=f.value, cell=cid, value=value, text=f.text[:60]))
    return out


def check_text(report: Report, nt: NormalizedText | None = None) -> list[Finding]:
    """Placeholders, garbling and script, found in the original text."""
    doc = report.doc_id
    text = report.source.text if report.source else ""
    lo, hi = report.start, report.end or len(text)
    out: list[Finding] = []
    seen_placeholder = {f.start for f in report.facts if f.qualifier == "placeholder"}
    for m in _PLACEHOLDER.finditer(text, lo, hi):
        if not any(m.start() <= s < m.end() + 4 for s in seen_placeholder):
            out.append(finding(doc, "hygiene.placeholder", start=m.start(), end=m.end(), surface=m.group()))
    for rx, code in ((_PINYIN, "hygiene.garbled_pinyin"), (_RADICAL, "hygiene.garbled_radical"),
                     (_TAIWAN, "hygiene.taiwan_phrasing")):
        matches = list(rx.finditer(text, lo, hi))
        if matches:
            m = matches[0]
            out.append(finding(doc, code, start=m.start(), end=m.end(), surface=m.group(),
                               detail=f"{len(matches)} occurrence(s)"))
    doubled = list(_DOUBLED.finditer(text, lo, hi))
    if doubled:
        m = doubled[0]
        out.append(finding(doc, "hygiene.doubled_punctuation", start=m.start(), end=m.end(),
                           surface=m.group(), count=len(doubled)))
    if report.doc_type == "annual_report" and report.year:
        for m in _SENTENCE_YEAR.finditer(text, lo, hi):
            year = int(m.group(1))
            if report.year - 5 < year < report.year:  # a past year where the report year is meant
                out.append(finding(doc, "hygiene.year_mismatch", start=m.start(1), end=m.end(1),
                                   year=report.year, surface=m.group(0).strip("。；\n ")))
                break
    bad = text.count("\ufffd", lo, hi)
    if bad:
        out.append(finding(doc, "hygiene.mojibake", count=bad))
    if report.script != "simplified":
        out.append(finding(doc, "hygiene.traditional_script", script=report.script))
    return out


def run_checks(report: Report, nt: NormalizedText | None = None, tolerance: float = 0.0) -> list[Finding]:
    """All single-report checks, in catalogue order of their groups."""
    return [*check_structure(report), *check_parts(report, nt), *check_tables(report, tolerance),
            *check_facts(report, tolerance), *check_text(report, nt)]


def _shingles(text: str, k: int = 8) -> set[int]:
    han = "".join(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    return {hash(han[i:i + k]) for i in range(0, max(len(han) - k + 1, 0), 2)}


def check_batch(reports: list[Report], *, duplicate_threshold: float = 0.6) -> list[Finding]:
    """Checks across reports: carry-over between years of one agency; near-duplicate texts."""
    out: list[Finding] = []
    by_agency: dict[tuple[str, int], Report] = {}
    for r in reports:
        if r.agency and r.year:
            by_agency.setdefault((r.agency, r.year), r)
    for (agency, year), r in sorted(by_agency.items()):
        prev = by_agency.get((agency, year - 1))
        if prev is None:
            continue
        this = _value(_by_id(r.cells), "t3.carried_over.total")
        last = _value(_by_id(prev.cells), "t3.carried_forward.total")
        if this is not None and last is not None and this != last:
            out.append(finding(r.doc_id, "batch.carry_over_mismatch", cells=["t3.carried_over.total"],
                               this=this, prev=last, prev_year=year - 1, detail=f"previous: {prev.doc_id}"))
    sigs = [(r, _shingles(r.text)) for r in reports]
    for i, (a, sa) in enumerate(sigs):
        for b, sb in sigs[i + 1:]:
            if len(sa) < 50 or len(sb) < 50:
                continue
            sim = len(sa & sb) / min(len(sa), len(sb))
            if sim >= duplicate_threshold:
                out.append(finding(b.doc_id, "batch.near_duplicate", other=a.doc_id, similarity=sim,
                                   detail=f"containment={sim:.3f} with {a.doc_id}"))
    return out
