"""The reporting cycle (chu trình kế hoạch → báo cáo → tổng hợp): summing appendices across
units and score sheets.

``aggregate(reports)`` sums many reports' indicator appendices into one province-wide
table with provenance; ``ScoreSheet`` and ``rank`` score units on a points scale that is
data (``ScoreScale.load``).
"""

from danvan.cycle.aggregate import AggregationError, Cell, Source, Summary, SummaryRow, aggregate
from danvan.cycle.scores import (
    Adjustment,
    Criterion,
    CriterionScore,
    GradeBand,
    RankedUnit,
    ScoreScale,
    ScoreSheet,
    example_scale,
    rank,
    ranking_table,
)

__all__ = [
    "Adjustment",
    "AggregationError",
    "Cell",
    "Criterion",
    "CriterionScore",
    "GradeBand",
    "RankedUnit",
    "ScoreScale",
    "ScoreSheet",
    "Source",
    "Summary",
    "SummaryRow",
    "aggregate",
    "example_scale",
    "rank",
    "ranking_table",
]
