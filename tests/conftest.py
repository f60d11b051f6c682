"""Shared fixtures: paths into fixtures/ (tests read nothing outside the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


def fixture_path(*parts: str) -> Path:
    """Path of a fixture file; fails the test clearly when it is missing."""
    path = FIXTURES.joinpath(*parts)
    assert path.exists(), f"missing fixture {path}"
    return path


def _hypothesis_profiles() -> None:
    """CI runs the property tests derandomized (same examples every run); locally they explore."""
    import os

    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
