"""The lexicon loader: validated data, errors that name the file and key, user overlays."""

from __future__ import annotations

import json

import pytest

from govreport_nlp.errors import LexiconError
from govreport_nlp.lexicons import bundled_dir, load_json, load_tsv
from govreport_nlp.options import Options


def test_lexicons_bundled_files_are_valid_json_without_duplicates():
    for path in sorted(bundled_dir().glob("*.json")):
        assert isinstance(load_json(path.name), dict), path.name


def test_lexicons_duplicate_key_is_rejected_with_file_and_key(tmp_path):
    (tmp_path / "defaults.json").write_text('{"workers": 1, "workers": 2}', encoding="utf-8")
    with pytest.raises(LexiconError, match="workers"):
        load_json("defaults.json", (str(tmp_path),))


def test_lexicons_user_folder_overlays_bundled_values(tmp_path):
    (tmp_path / "defaults.json").write_text(json.dumps({"workers": 3}), encoding="utf-8")
    merged = load_json("defaults.json", (str(tmp_path),))
    assert merged["workers"] == 3
    assert merged["max_file_bytes"] == load_json("defaults.json")["max_file_bytes"]
    assert Options.from_defaults(lexicon_dirs=(str(tmp_path),)).workers == 3


def test_lexicons_tsv_missing_column_names_the_file(tmp_path):
    (tmp_path / "x.tsv").write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"x\.tsv"):
        load_tsv("x.tsv", ("a", "c"), (str(tmp_path),))


def test_lexicons_missing_file_is_a_lexicon_error():
    with pytest.raises(LexiconError, match=r"no_such_lexicon\.json"):
        load_json("no_such_lexicon.json")


def test_options_reject_contradictions():
    with pytest.raises(ValueError):
        Options(max_file_bytes=0)
    with pytest.raises(ValueError):
        Options.from_defaults(sum_tolerance=-1)


def test_lexicons_environment_overlay_reaches_every_stage(tmp_path, monkeypatch):
    """A user folder (``govreport --lexicons DIR``) changes what the stages read."""
    (tmp_path / "defaults.json").write_text(json.dumps({"workers": 7}), encoding="utf-8")
    monkeypatch.setenv("GOVREPORT_LEXICONS", str(tmp_path))
    assert load_json("defaults.json")["workers"] == 7
    monkeypatch.delenv("GOVREPORT_LEXICONS")
    assert load_json("defaults.json")["workers"] == 0
