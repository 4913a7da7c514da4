"""Shared fixtures: the Hypothesis profile, and where the real documents (văn bản thật) of ../shared/corpus live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hypothesis_profiles import load as load_hypothesis_profile

# HYPOTHESIS_PROFILE=dev|ci|thorough picks how many examples each property test runs; unset
# means "ci" (tests/hypothesis_profiles.py), so a plain `pytest` keeps the depth CI has.
HYPOTHESIS_PROFILE = load_hypothesis_profile()

# tests/conftest.py -> the clone -> the folder beside it -> shared/corpus
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def locate_corpus() -> Path | None:
    """The corpus folder: $DANVAN_CORPUS if set, else ../shared/corpus; None when absent."""
    override = os.environ.get("DANVAN_CORPUS")
    folder = Path(override) if override else DEFAULT_CORPUS
    return folder if folder.is_dir() else None


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The corpus folder; skips the test when absent, fails instead if DANVAN_REQUIRE_CORPUS=1."""
    folder = locate_corpus()
    if folder is None:
        message = (
            "../shared/corpus not present: corpus tests need the shared folder beside the clone"
        )
        if os.environ.get("DANVAN_REQUIRE_CORPUS") == "1":
            pytest.fail(f"{message} (DANVAN_REQUIRE_CORPUS=1)")
        pytest.skip(message)
    return folder


def pytest_report_header() -> str:
    """Say which Hypothesis profile the run uses, so a CI log shows its depth."""
    return f"hypothesis profile: {HYPOTHESIS_PROFILE} (HYPOTHESIS_PROFILE=dev|ci|thorough)"
