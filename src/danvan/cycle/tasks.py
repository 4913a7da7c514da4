"""The tasks a plan really has (nhiệm vụ của kế hoạch), as the reporting cycle reads them.

The model holds them now: :attr:`Plan.tasks <danvan.model.Plan.tasks>` finds every task,
table rows and prose, in order, each a :class:`~danvan.model.Task` with its id, leads,
partners, time, target and budget (:mod:`danvan.model.task_finder`). This module keeps the
names the reporting cycle first had: :func:`tasks_of` is ``plan.tasks``, and
``TrackedTask`` is :class:`~danvan.model.Task` (deprecated alias).
"""

from __future__ import annotations

from danvan.errors import InvalidValueError
from danvan.model import Plan, Recurrence, Task, TaskStatus

__all__ = ["Recurrence", "TaskStatus", "TrackedTask", "tasks_of"]

TrackedTask = Task
"""Deprecated alias of :class:`~danvan.model.Task`, which now holds several leads, the
combined time, target and budget, and the status methods (``status_on``, ``falls_in``).
The ``part`` field it had is gone: a task's place is its ``id`` ("III.2.b")."""


def tasks_of(plan: Plan) -> tuple[Task, ...]:
    """Every task of ``plan``, in order: the same as :attr:`Plan.tasks`."""
    if not isinstance(plan, Plan):
        raise InvalidValueError("tasks_of.plan", plan, "a Plan (kế hoạch)")
    return plan.tasks
