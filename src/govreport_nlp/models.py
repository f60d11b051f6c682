"""Plain dataclasses that carry data between the pipeline stages.

The field names of :class:`Section`, :class:`Fact`, :class:`Cell`,
:class:`Finding` and the report columns of :class:`Report` are the output
contract (``schema.md``).  ``start``/``end`` are always offsets into the
*original* text (``Source.text``: after decoding, before normalisation), so
``source.text[fact.start:fact.end]`` is what the report wrote.

>>> Fact(doc_id="a", metric="requests.received", value=6.0, unit="件").qualifier
'exact'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# ---------------------------------------------------------------- loading


@dataclass(frozen=True)
class GridCell:
    """One position of a table grid; merged cells repeat at every position they cover.

    ``start``/``end`` locate the cell's text in ``Source.text``; ``origin`` is the
    (row, col) of the top-left position of a merged cell.
    """

    text: str
    start: int
    end: int
    origin: tuple[int, int] = (0, 0)
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True)
class Table:
    """A table as a rectangular grid of :class:`GridCell` (rows × columns).

    ``start``/``end`` is the range of ``Source.text`` where the table was
    rendered (one line per row, cells separated by tabs), so later stages can
    skip it when reading prose.
    """

    rows: tuple[tuple[GridCell, ...], ...]
    start: int
    end: int
    page: int | None = None

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def texts(self) -> list[list[str]]:
        """The grid as plain strings."""
        return [[c.text for c in row] for row in self.rows]


@dataclass(frozen=True)
class Source:
    """What a loader read from one file: the original text, tables and metadata.

    ``pages`` holds the offsets in ``text`` where each page starts (PDF).
    """

    doc_id: str
    text: str
    format: str
    path: str | None = None
    encoding: str | None = None
    tables: tuple[Table, ...] = ()
    pages: tuple[int, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- structure


@dataclass
class Section:
    """A heading and the text it governs (schema §2).

    ``nstart``/``nend`` (and ``body_nstart``) are the same range in the
    normalised text; they are internal and not part of the output contract.
    """

    doc_id: str
    section_id: str
    parent_id: str | None
    level: int
    number: str | None
    title: str
    label: str
    label2: str | None
    start: int
    end: int
    nstart: int = 0
    nend: int = 0
    body_nstart: int = 0


@dataclass
class Fact:
    """A number the report states about its work (schema §3)."""

    doc_id: str
    metric: str
    value: float | None
    unit: str | None
    qualifier: str = "exact"
    category: str | None = None
    fact_id: str = ""
    section_id: str | None = None
    section_label: str | None = None
    parent: str | None = None
    period: int | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    rule: str = ""
    surface: str = ""


@dataclass
class Cell:
    """One cell of a standard statistical table (schema §4)."""

    doc_id: str
    table: str
    template: str
    cell: str
    row_label: str
    col_label: str
    value: float | None
    raw: str
    state: str
    start: int
    end: int
    inferred: bool = False
    rule: str = ""


@dataclass
class Finding:
    """A problem a checker found (schema §5)."""

    doc_id: str
    code: str
    severity: str
    message: str
    detail: str = ""
    cells: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()
    start: int | None = None
    end: int | None = None
    rule: str = ""


@dataclass
class Report:
    """One document with everything read from it (schema §1 plus its rows)."""

    doc_id: str
    title: str | None = None
    agency: str | None = None
    region: str | None = None
    level: str | None = None
    year: int | None = None
    doc_type: str = "other"
    template: str = "free"
    script: str = "simplified"
    chars: int = 0
    start: int = 0
    end: int = 0
    path: str | None = None
    flags: tuple[str, ...] = ()
    table_templates: dict[str, str] = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    source: Source | None = field(default=None, repr=False)

    REPORT_COLUMNS = (
        "doc_id", "title", "agency", "region", "level", "year",
        "doc_type", "template", "script", "chars",
    )

    def report_row(self) -> dict[str, Any]:
        """The §1 columns of this report."""
        return {k: getattr(self, k) for k in self.REPORT_COLUMNS}

    @property
    def text(self) -> str:
        """The original text of this document."""
        return self.source.text[self.start:self.end] if self.source else ""


@dataclass(frozen=True)
class LoadError:
    """A file that could not be read (schema §6 ``error`` line)."""

    path: str
    error: str
    message: str
    doc_id: str = ""


def as_record(obj: Any, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """A dataclass as a plain dict without internal fields."""
    d = asdict(obj)
    for k in drop:
        d.pop(k, None)
    return d
