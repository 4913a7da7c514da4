"""The reporting cycle (chu trình kế hoạch → báo cáo → tổng hợp): the tasks of a plan, the
report that answers it and the next period's draft, appendices summed across units, score
sheets.

``aggregate(reports)`` sums many reports' indicator appendices into one province-wide
table with provenance; ``ScoreSheet`` and ``rank`` score units on a points scale that is
data (``ScoreScale.load``).
"""

from danvan.cycle.aggregate import (
    AggregationError,
    Cell,
    Column,
    MissingDependencyError,
    Source,
    Summary,
    SummaryRow,
    aggregate,
)
from danvan.cycle.drafts import DraftWarning, next_draft, next_reporting_period, report_skeleton
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
from danvan.cycle.tasks import Recurrence, TaskStatus, TrackedTask, tasks_of

__all__ = [
    "Adjustment",
    "AggregationError",
    "Cell",
    "Column",
    "Criterion",
    "CriterionScore",
    "DraftWarning",
    "GradeBand",
    "MissingDependencyError",
    "RankedUnit",
    "Recurrence",
    "ScoreScale",
    "ScoreSheet",
    "Source",
    "Summary",
    "SummaryRow",
    "TaskStatus",
    "TrackedTask",
    "aggregate",
    "example_scale",
    "next_draft",
    "next_reporting_period",
    "rank",
    "ranking_table",
    "report_skeleton",
    "tasks_of",
]
