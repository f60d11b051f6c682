"""The same report through different formats gives the same rows.

A Word file is SYNTHETIC: built with python-docx from the real HTML report
fixtures/pingtan/202202_80613.html (its paragraphs and its three tables, merged
cells included), so the .docx path is checked end to end on real content.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import govreport_nlp
from govreport_nlp.loaders import load_source
from govreport_nlp.models import Source

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def _docx_from_source(source: Source, path: Path) -> None:
    import docx

    document = docx.Document()
    tables = sorted(source.tables, key=lambda t: t.start)
    pos = 0
    for table in [*tables, None]:
        stop = table.start if table is not None else len(source.text)
        for line in source.text[pos:stop].split("\n"):
            if line.strip():
                document.add_paragraph(line)
        if table is None:
            break
        grid = document.add_table(rows=table.n_rows, cols=table.n_cols)
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell.origin == (r, c):
                    target = grid.cell(r, c)
                    if cell.rowspan > 1 or cell.colspan > 1:
                        target = target.merge(grid.cell(min(r + cell.rowspan, table.n_rows) - 1,
                                                        min(c + cell.colspan, table.n_cols) - 1))
                    target.text = cell.text
        pos = table.end
    document.save(str(path))


@pytest.fixture(scope="module")
def html_and_docx(tmp_path_factory):
    html = FIX / "pingtan" / "202202_80613.html"
    path = tmp_path_factory.mktemp("docx") / "202202_80613.docx"
    _docx_from_source(load_source(html), path)
    return govreport_nlp.load(html), govreport_nlp.load(path)


def test_pipeline_formats_docx_cells_equal_html_cells(html_and_docx):
    from_html, from_docx = html_and_docx
    assert from_docx.template == from_html.template == "t2021"
    html_cells = {c.cell: (c.state, c.value) for c in from_html.cells}
    docx_cells = {c.cell: (c.state, c.value) for c in from_docx.cells}
    assert len(html_cells) == 200
    assert docx_cells == html_cells
    for c in from_docx.cells:
        if c.state == "number":
            assert c.raw in from_docx.source.text[c.start:c.end]


def test_pipeline_formats_docx_sections_and_facts_equal_html(html_and_docx):
    from_html, from_docx = html_and_docx
    titles = [s.title for s in from_html.sections if s.level <= 2]
    assert [s.title for s in from_docx.sections if s.level <= 2] == titles
    assert "四、政府信息公开行政复议、行政诉讼情况" in titles
    html_facts = Counter((f.metric, f.value) for f in from_html.facts)
    docx_facts = Counter((f.metric, f.value) for f in from_docx.facts)
    assert docx_facts == html_facts
    assert (from_docx.year, from_docx.doc_type, from_docx.agency) == (2021, "annual_report", "平潭综合实验区")


@pytest.mark.parametrize(("html", "text"), [
    ("pdf/huaian_2024.pdf", "pdf/huaian_2024.pdfminer.txt"),
    ("pdf/hongze_2024.pdf", "pdf/hongze_2024.pypdf.txt"),
    ("pingtan/202503_97791.html", "pingtan/202503_97791.txt"),
])
def test_pipeline_formats_text_extraction_agrees_with_grid_on_table3(html, text):
    grid = {c.cell: c.value for c in govreport_nlp.load(FIX / html).cells if c.table == "t3"}
    flat = {c.cell: c.value for c in govreport_nlp.load(FIX / text).cells if c.table == "t3"}
    assert len(grid) >= 161
    assert flat == grid
