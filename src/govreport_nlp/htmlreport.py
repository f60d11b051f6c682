"""A self-contained HTML page summarising a batch check, for the office that reads it.

>>> from govreport_nlp.models import Report, LoadError
>>> page = render_html([Report(doc_id="a.txt"), LoadError("b.pdf", "unreadable", "无法读取")])
>>> "无法读取" in page and "a.txt" in page
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from html import escape

from .models import LoadError, Report

_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}
_DOC_TYPE_ZH = {"annual_report": "年度报告", "work_summary": "工作总结", "regulation": "制度办法",
                "plan": "方案要点", "other": "其他"}
_TEMPLATE_ZH = {"t2019": "2019版", "t2021": "2021版", "pre2019": "2019年前", "free": "无统计表"}
_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}
table{border-collapse:collapse;margin:1em 0;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;
vertical-align:top;text-align:left}th{background:#f3f3f3}.error{color:#b00020}.warning{color:#a66000}
.info{color:#555}.quote{background:#fff3c4}
"""


def _context(report: Report, start: int | None, end: int | None, width: int = 20) -> str:
    if report.source is None or start is None or end is None:
        return ""
    text = report.source.text
    before = escape(text[max(0, start - width):start])
    hit = escape(text[start:end])
    after = escape(text[end:end + width])
    return f"…{before}<span class='quote'>{hit}</span>{after}…"


def render_html(results: Iterable[Report | LoadError], title: str = "政府信息公开工作年度报告检查结果") -> str:
    """One HTML page: a summary table, then each document's findings with the text they point at."""
    results = list(results)
    reports = [r for r in results if isinstance(r, Report)]
    errors = [r for r in results if isinstance(r, LoadError)]
    counts = Counter(f.severity for r in reports for f in r.findings)
    parts = [f"<!doctype html><html lang='zh-CN'><head><meta charset='utf-8'><title>{escape(title)}</title>",
             f"<style>{_CSS}</style></head><body><h1>{escape(title)}</h1>",
             f"<p>共 {len(reports)} 份文档，{len(errors)} 个文件无法处理；",
             "，".join(f"{_SEVERITY_ZH[s]} {counts.get(s, 0)} 项" for s in ("error", "warning", "info")),
             "。</p><table><tr><th>文档</th><th>单位</th><th>年度</th><th>类型</th><th>格式</th>"
             "<th>错误</th><th>警告</th><th>提示</th></tr>"]
    for r in reports:
        c = Counter(f.severity for f in r.findings)
        parts.append(f"<tr><td><a href='#{escape(r.doc_id)}'>{escape(r.doc_id)}</a></td>"
                     f"<td>{escape(r.agency or '')}</td><td>{r.year or ''}</td>"
                     f"<td>{_DOC_TYPE_ZH.get(r.doc_type, r.doc_type)}</td>"
                     f"<td>{_TEMPLATE_ZH.get(r.template, r.template)}</td><td class='error'>{c.get('error', 0)}</td>"
                     f"<td class='warning'>{c.get('warning', 0)}</td><td class='info'>{c.get('info', 0)}</td></tr>")
    parts.append("</table>")
    if errors:
        parts.append("<h2>无法处理的文件</h2><table><tr><th>文件</th><th>类别</th><th>说明</th></tr>")
        parts += [f"<tr><td>{escape(e.path)}</td><td>{e.error}</td><td>{escape(e.message)}</td></tr>" for e in errors]
        parts.append("</table>")
    for r in reports:
        parts.append(f"<h2 id='{escape(r.doc_id)}'>{escape(r.title or r.doc_id)}</h2>")
        if not r.findings:
            parts.append("<p>未发现问题。</p>")
            continue
        parts.append("<table><tr><th>级别</th><th>代码</th><th>问题</th><th>原文</th></tr>")
        for f in r.findings:
            parts.append(f"<tr><td class='{f.severity}'>{_SEVERITY_ZH.get(f.severity, f.severity)}</td>"
                         f"<td>{escape(f.code)}</td><td>{escape(f.message)}</td>"
                         f"<td>{_context(r, f.start, f.end)}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
