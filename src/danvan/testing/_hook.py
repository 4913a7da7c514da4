"""Hypothesis's entry point (group ``hypothesis``): register danvan's strategies for ``from_type``.

Hypothesis calls :func:`setup` at the end of its own import. Two orders must work:

- ``import hypothesis`` first: importing this module imports ``danvan.testing``, whose
  ``__init__`` registers the strategies;
- ``import danvan.testing`` first: the strategies module imports Hypothesis, which calls
  :func:`setup` while the strategies module is still half-built; then this does nothing,
  and ``danvan.testing`` registers them once the module is complete.
"""

from __future__ import annotations

import sys


def setup() -> None:
    """Register the strategies, unless their module is being imported right now."""
    loading = sys.modules.get("danvan.testing.strategies")
    if loading is not None and not hasattr(loading, "register_type_strategies"):
        return  # danvan.testing registers them when the import completes
    from danvan.testing import strategies

    strategies.register_type_strategies()
