"""Test helpers for danvan and for packages built on it: Hypothesis strategies of valid models.

``danvan.testing.strategies`` has one strategy per model class (``reports()``,
``sections(max_depth=2)``, ``legal_references()`` ...), each building only objects that
keep every rule of the model. A renderer plugin tests itself against all of them::

    from hypothesis import given
    from danvan.testing import strategies as dvst

    @given(dvst.documents())
    def test_my_renderer(document):
        my_renderer.render(document)

Importing this package also registers the strategies with Hypothesis, so
``hypothesis.strategies.from_type(Report)`` (or any model class) draws valid objects; with
danvan installed, Hypothesis runs the same registration itself when it is imported (the
``hypothesis`` entry point in danvan's packaging).

Hypothesis is needed here (``pip install danvan[test]``); ``import danvan`` never imports it.
"""

from __future__ import annotations

from danvan.testing import strategies

__all__ = ["strategies"]

strategies.register_type_strategies()
