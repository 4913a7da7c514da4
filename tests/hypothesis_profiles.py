"""Hypothesis profiles (mức kiểm thử) for the test suite, chosen by ``HYPOTHESIS_PROFILE``.

- ``dev``: 10 examples a property, for a quick loop while editing;
- ``ci`` (the default, so a plain ``pytest`` keeps the depth CI has): 100 examples;
- ``thorough``: 1000 examples, for a night run or before a release.

A test that needs more or fewer examples than its peers asks for a multiple of the profile's
number with :func:`scaled` (``@settings(max_examples=scaled(3))``) instead of a fixed count,
so every profile keeps the ratios between tests. No profile has a per-example deadline: a
loaded CI machine must not turn a slow example into a failure.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = {"dev": 10, "ci": 100, "thorough": 1000}
"""Examples per property test in each profile."""

DEFAULT_PROFILE = "ci"
VARIABLE = "HYPOTHESIS_PROFILE"


def register() -> None:
    """Register the three profiles with Hypothesis."""
    for name, examples in EXAMPLES.items():
        settings.register_profile(
            name,
            max_examples=examples,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        )


def load() -> str:
    """Load the profile ``$HYPOTHESIS_PROFILE`` names (``ci`` when unset); returns its name."""
    register()
    name = os.environ.get(VARIABLE, "").strip() or DEFAULT_PROFILE
    if name not in EXAMPLES:
        known = ", ".join(EXAMPLES)
        raise ValueError(f"{VARIABLE}={name!r} is not a profile; use one of: {known}")
    settings.load_profile(name)
    return name


def scaled(factor: float) -> int:
    """``factor`` times the loaded profile's examples (at least 1), for a test that needs more or fewer."""
    return max(1, round(settings.default.max_examples * factor))
