"""Batches: one result per file, errors as values, nothing dropped, order kept."""

from __future__ import annotations

from pathlib import Path

from govreport_nlp.batch import process_file, process_paths
from govreport_nlp.models import LoadError, Report
from govreport_nlp.options import Options

FIX = Path(__file__).resolve().parents[1] / "fixtures"


def test_batch_missing_file_is_an_unreadable_error():
    [err] = process_file(FIX / "no_such.txt")
    assert isinstance(err, LoadError) and err.error == "unreadable"
    assert "no_such.txt" in err.message


def test_batch_workers_keep_input_order_and_every_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    paths = [FIX / "seeds" / "000_dbfeab3aba76103b.txt", empty, FIX / "seeds" / "004_dbc5b446b184b6c3.txt"]
    results = list(process_paths(paths, workers=2))
    assert [type(r).__name__ for r in results] == ["Report", "LoadError", "Report"]
    assert results[1].error == "empty"
    assert results[0].source is None  # the original text stays in the worker unless asked for
    kept = list(process_paths(paths, workers=2, keep_source=True))
    assert isinstance(kept[0], Report) and kept[0].source is not None


def test_batch_too_large_file_is_reported(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("政府信息公开" * 1000, encoding="utf-8")
    [err] = process_file(big, Options(max_file_bytes=1000))
    assert err.error == "too_large"


def test_batch_dask_bag_gives_the_same_records():
    from govreport_nlp.batch import to_dask_bag

    paths = [FIX / "seeds" / "000_dbfeab3aba76103b.txt"]
    recs = to_dask_bag(paths).compute(scheduler="synchronous")
    assert recs[0]["kind"] == "report" and recs[0]["doc_id"] == "000_dbfeab3aba76103b.txt"
    assert any(r["kind"] == "fact" for r in recs)


def test_batch_errors_raise_policy_gives_the_typed_exception(tmp_path):
    import pytest

    from govreport_nlp.errors import EmptyInputError

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(EmptyInputError):
        process_file(empty, errors="raise")


def test_batch_must_not_crash_folder_gives_one_row_per_file():
    paths = sorted((FIX / "must_not_crash").iterdir())
    results = list(process_paths(paths, workers=1))
    errors = {Path(r.path).name: r.error for r in results if isinstance(r, LoadError)}
    loaded = {r.doc_id for r in results if isinstance(r, Report)}
    assert errors == {
        "binary_named.txt": "unsupported_format", "empty.txt": "empty", "image_named.html": "unsupported_format",
        "latin1_garbage.txt": "encoding", "not_a_docx.docx": "unreadable", "truncated.docx": "unreadable",
        "truncated.pdf": "unreadable", "whitespace_only.txt": "empty", "scanned_no_text_layer.pdf": "unreadable",
    }
    assert loaded == {"big5.txt", "gbk_page.html", "utf16.txt"}
    assert len(errors) + len(loaded) == len(paths)


def test_batch_dask_dataframe_has_the_frame_dtypes():
    import dask

    from govreport_nlp.batch import to_dask_dataframe
    from govreport_nlp.frames import COLUMNS

    paths = [FIX / "seeds" / "000_dbfeab3aba76103b.txt", FIX / "pingtan" / "202202_80613.html"]
    with dask.config.set(scheduler="synchronous"):
        facts = to_dask_dataframe(paths, "fact", npartitions=2).compute()
        cells = to_dask_dataframe(paths, "cell", npartitions=2).compute()
    assert list(facts.columns) == list(COLUMNS["fact"])
    assert str(facts["period"].dtype) == "Int64"
    assert set(facts["doc_id"]) == {"000_dbfeab3aba76103b.txt", "202202_80613.html"}
    assert len(cells) == 200 and cells["value"].isna().sum() == (cells["state"] != "number").sum()


def test_batch_scanned_pdf_says_it_needs_ocr():
    """SYNTHETIC: an image-only PDF (drawn with Pillow), as a scanned report would be."""
    [err] = process_file(FIX / "must_not_crash" / "scanned_no_text_layer.pdf")
    assert err.error == "unreadable"
    assert "扫描件" in err.message and "OCR" in err.message
