"""Loader tests: dispatch, plain text, bad input (fixtures/must_not_crash), discover."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport_nlp import errors
from govreport_nlp.loaders import discover, load_bytes, load_source, sniff_format, source_from_text
from govreport_nlp.options import Options

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BAD = FIXTURES / "must_not_crash"
SEEDS = FIXTURES / "seeds"

# (seed file, first characters of the report as written)
CASES_REAL = [
    ("000_dbfeab3aba76103b.txt", "按照《玉溪市政务公开领导小组办公室关于印发"),
    ("001_36c5438335533f6b.txt", "20xx年,在市政务公开办的大力支持和指导下"),
    ("002_9647868684bfa74a.txt", "為深入貫徹《中華人民共和國政府信息公開條例》"),
    ("003_6e4aca196ad0b146.txt", "第一篇:住建局2021年政务公开工作总结"),
    ("004_dbc5b446b184b6c3.txt", "湛江市住房和城鄉建設局2013年政府信息公開工作報告"),
]

# (bad-input fixture, expected error class or None when it must load)
CASES_BUGS_CAUGHT = [
    ("empty.txt", errors.EmptyInputError),
    ("whitespace_only.txt", errors.EmptyInputError),
    ("binary_named.txt", errors.UnsupportedFormatError),
    ("image_named.html", errors.UnsupportedFormatError),
    ("truncated.pdf", errors.UnreadableFileError),
    ("truncated.docx", errors.UnreadableFileError),
    ("not_a_docx.docx", errors.UnreadableFileError),
    ("latin1_garbage.txt", errors.EncodingError),
    ("gbk_page.html", None),
    ("big5.txt", None),
    ("utf16.txt", None),
]


@pytest.mark.parametrize(("name", "start"), CASES_REAL)
def test_load_seed_text_kept_exactly(name: str, start: str) -> None:
    path = SEEDS / name
    src = load_source(path)
    assert src.doc_id == name and src.format == "txt" and src.encoding == "utf-8"
    assert src.text == path.read_bytes().decode("utf-8-sig")
    assert src.text.startswith(start)
    assert src.path == str(path)


@pytest.mark.parametrize(("name", "expected"), CASES_BUGS_CAUGHT)
def test_load_bad_input_typed_error_or_loads(name: str, expected: type[Exception] | None) -> None:
    path = BAD / name
    if expected is None:
        assert load_source(path).text.strip()
        return
    with pytest.raises(expected) as info:
        load_source(path)
    assert name in str(info.value)  # the Chinese message names the file


def test_load_gbk_page_decodes_and_drops_furniture() -> None:
    src = load_source(BAD / "gbk_page.html")
    assert src.encoding == "gb18030"
    assert "按照《玉溪市政务公开领导小组办公室关于印发玉溪市贯彻落实省政府办公厅" in src.text
    assert "当前位置" not in src.text and "分享到" not in src.text


def test_load_big5_text_is_traditional_chinese() -> None:
    src = load_source(BAD / "big5.txt")
    seed = (SEEDS / "002_9647868684bfa74a.txt").read_text(encoding="utf-8")
    assert src.encoding.startswith("big5")
    assert src.text[:35] == seed[:35]  # the fixture drops the seed's pinyin glosses such as (rèn)
    assert src.text.count("政府信息公開") >= 3


def test_load_utf16_text_matches_seed() -> None:
    src = load_source(BAD / "utf16.txt")
    seed = (SEEDS / "000_dbfeab3aba76103b.txt").read_text(encoding="utf-8")
    assert src.text == seed[:1500]


def test_load_gbk_text_bytes() -> None:
    seed = (SEEDS / "000_dbfeab3aba76103b.txt").read_text(encoding="utf-8")[:800]
    src = load_bytes(seed.encode("gbk"), "gbk.txt")
    assert src.text == seed and src.encoding == "gb18030"


def test_load_crlf_and_bom_kept_except_bom() -> None:
    src = load_bytes("\ufeff一、总体情况\r\n二、主动公开".encode(), "crlf.txt")
    assert src.text == "一、总体情况\r\n二、主动公开"


def test_load_too_large_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse 50 MB file: cheap to create, must not be read
        fh.truncate(50 * 1024 * 1024)
    with pytest.raises(errors.TooLargeError):
        load_source(big)
    with pytest.raises(errors.TooLargeError):
        load_bytes(b"x" * 100, "a.txt", options=Options(max_file_bytes=10))


def test_load_missing_file_is_unreadable(tmp_path: Path) -> None:
    with pytest.raises(errors.UnreadableFileError):
        load_source(tmp_path / "nope.txt")


def test_load_sniffs_content_over_extension() -> None:
    pdf = (FIXTURES / "pdf" / "hongze_2024.pdf").read_bytes()
    assert sniff_format(pdf, "report.txt") == "pdf"
    html = (FIXTURES / "pingtan" / "202403_87885.html").read_bytes()
    assert sniff_format(html, "report.txt") == "html"
    src = load_bytes(html, "report.txt")
    assert src.format == "html" and "当前位置" not in src.text


def test_load_markdown_format() -> None:
    src = load_bytes("| 项目 | 数量 |\n|---|---|\n| 主动公开 | 2645 |\n".encode(), "r.md")
    assert src.format == "md" and "2645" in src.text


def test_load_source_from_text_keeps_text() -> None:
    src = source_from_text("  2019年，我局未收到政府信息公开申请。", doc_id="t")
    assert src.text == "  2019年，我局未收到政府信息公开申请。" and src.format == "text"


def test_load_discover_folders_and_named_files(tmp_path: Path) -> None:
    for name in ("b.pdf", "a.txt", "x.png", "sub/c.HTML", ".hidden/d.txt", "~$lock.docx"):
        p = tmp_path / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path, tmp_path / "x.png"])]
    assert found == ["a.txt", "b.pdf", "sub/c.HTML", "x.png"]
    assert discover([FIXTURES / "seeds"]) == sorted(SEEDS.glob("*.txt"))


def test_load_discover_is_deterministic() -> None:
    assert discover([FIXTURES]) == discover([FIXTURES])
    known = {".txt", ".md", ".html", ".htm", ".docx", ".pdf"}
    assert all(p.suffix.lower() in known for p in discover([FIXTURES]))


NAMES = ["a.txt", "a.html", "a.pdf", "a.docx", "a", "a.md"]


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES))
def test_load_bytes_arbitrary_only_typed_errors(data: bytes, name: str) -> None:
    try:
        src = load_bytes(data, name)
    except errors.GovReportError:
        return
    assert isinstance(src.text, str) and src.text.strip()


@settings(max_examples=100, deadline=None)
@given(prefix=st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"<html><body>", b"\xef\xbb\xbf", b"\xff\xfe"]),
       rest=st.binary(max_size=2000))
def test_load_bytes_magic_prefixes_only_typed_errors(prefix: bytes, rest: bytes) -> None:
    with contextlib.suppress(errors.GovReportError):
        load_bytes(prefix + rest, "x.bin")


def test_load_unreadable_permission(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads any file")
    p = tmp_path / "locked.txt"
    p.write_text("年报", encoding="utf-8")
    p.chmod(0)
    with pytest.raises(errors.UnreadableFileError):
        load_source(p)
