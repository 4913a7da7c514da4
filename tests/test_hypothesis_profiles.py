"""The Hypothesis profile follows HYPOTHESIS_PROFILE (default ci) and scales per-test counts."""

from __future__ import annotations

import os

import pytest
from hypothesis import settings

from hypothesis_profiles import DEFAULT_PROFILE, EXAMPLES, load, scaled


def test_the_loaded_profile_is_the_one_the_environment_names() -> None:
    name = os.environ.get("HYPOTHESIS_PROFILE") or DEFAULT_PROFILE
    assert settings.default.max_examples == EXAMPLES[name]
    assert settings.default.deadline is None


def test_profiles_grow_from_dev_to_thorough_and_ci_keeps_the_old_depth() -> None:
    assert EXAMPLES["dev"] < EXAMPLES["ci"] < EXAMPLES["thorough"]
    assert DEFAULT_PROFILE == "ci"
    assert EXAMPLES["ci"] == 100  # the depth the suite had before the profiles


def test_scaled_is_a_multiple_of_the_profile_and_never_zero() -> None:
    assert scaled(1) == settings.default.max_examples
    assert scaled(3) == 3 * settings.default.max_examples
    assert scaled(0.001) == 1


def test_an_unknown_profile_is_refused_with_the_known_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    current = os.environ.get("HYPOTHESIS_PROFILE") or DEFAULT_PROFILE
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "fast")
    try:
        with pytest.raises(ValueError, match="dev, ci, thorough"):
            load()
    finally:
        settings.load_profile(current)
