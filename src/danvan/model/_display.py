"""The notebook view of model objects (``_repr_html_``), reached lazily so the model imports no renderer."""

from __future__ import annotations


def notebook_view(self: object) -> str:
    """What Jupyter shows (it calls ``_repr_html_``): the HTML renderer's view, fitted to the cell.

    Imported on display only: ``danvan.model`` keeps no import-time dependency on
    ``danvan.rendering``, and the HTML comes through the renderer registry.
    """
    from danvan.rendering.notebook import notebook_html

    return notebook_html(self)
