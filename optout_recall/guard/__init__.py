"""The guard: continuous validation of the opt-out channels before any notice arrives.

Temporal-free: the guard spec and its loader, run records outside history, the comparison of a run with the
last one (regressions and flaky scenarios), the watch of upcoming requirements and the rollback rehearsal's
record. `workflows/guard.py` orchestrates them on a Temporal Schedule; `activities/guard.py` adapts them.
"""

from __future__ import annotations

GUARD_WORKFLOW = "GuardWorkflow"
STATUS_QUERY = "guard_status"
DECIDE_UPDATE = "decide_open_recall"


def schedule_id(name: str) -> str:
    return f"guard-{name}"


def rehearsal_schedule_id(name: str) -> str:
    return f"guard-{name}-rehearsal"
