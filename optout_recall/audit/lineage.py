"""Which runs a bundle must hold, and how each must end, read from the histories themselves.

A bundle could otherwise leave out what contradicts its report: a backfill child's history (with its counts),
or the end of the parent's history (a recall cut before its report step "completes" in report.json). The
parent's history names every child it started and how each ended; a report's outcome names how the parent
must have ended. Both are checked here against the histories in the bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import WorkflowHistory

from optout_recall.audit import history as hist
from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.manifest import ManifestHistory
from optout_recall.audit.model import AuditReport
from optout_recall.payloads import Outcome, RecallResult

Run = tuple[ManifestHistory, WorkflowHistory]

# Temporal's name for how a run ended (as `recall report` writes incident.temporal_status), by closing event.
_STATUS_BY_CLOSE = {
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED: "completed",
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED: "failed",
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED: "canceled",
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED: "terminated",
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT: "timed_out",
    EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW: "continued_as_new",
}
RUNNING = "running"

# How the recall workflow ends for each outcome it reports: it returns when it completes, fails the workflow
# when it fails, and raises CancelledError when cancelled (or returns, when a person stopped it at a gate).
# A recall that never reached an outcome is still running, or was ended from outside by Temporal.
_STATUSES_FOR_OUTCOME = {
    Outcome.COMPLETED: ("completed",),
    Outcome.FAILED: ("failed",),
    Outcome.CANCELLED: ("canceled", "completed"),
    Outcome.RUNNING: (RUNNING, "terminated", "timed_out"),
}

# The parent's record of a child's end: its attributes, and the closing event the child's history must end with.
_CHILD_CLOSES = {
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: (
        "child_workflow_execution_completed_event_attributes",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: (
        "child_workflow_execution_failed_event_attributes",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED,
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: (
        "child_workflow_execution_canceled_event_attributes",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT: (
        "child_workflow_execution_timed_out_event_attributes",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
    ),
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED: (
        "child_workflow_execution_terminated_event_attributes",
        EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
    ),
}


def temporal_status(history: WorkflowHistory) -> str:
    """How the run ended by its last event ("completed", "continued_as_new", ...), or "running"."""
    return _STATUS_BY_CLOSE.get(history.events[-1].event_type, RUNNING) if history.events else RUNNING


def _closed(history: WorkflowHistory) -> bool:
    return temporal_status(history) != RUNNING


def _last(history: WorkflowHistory) -> str:
    event = history.events[-1]
    return f"event {event.event_id} ({hist.event_name(event)})"


def check_parent_closed(report: AuditReport, parent: Run, outcome: VerifyOutcome) -> None:
    """A report's outcome is how the recall ended; the parent's history must end that way too."""
    entry, history = parent
    said = report.incident.outcome
    status = temporal_status(history)
    allowed = _STATUSES_FOR_OUTCOME[said]
    label = f"history of {entry.workflow_id} run {entry.run_id}"
    if status not in allowed:
        outcome.add(
            "parent closed",
            False,
            f"report.json says the recall is {said}, but the {label} ends at {_last(history)}, "
            f"not {' or '.join(allowed)} (history cut, or exported before the recall closed)",
        )
        return
    if status == "completed":
        last = history.events[-1].workflow_execution_completed_event_attributes
        result = hist.decode(last.result.payloads, RecallResult)
        if result.outcome != said:
            outcome.add(
                "parent closed",
                False,
                f"report.json says {said}, the workflow returned outcome {result.outcome}",
            )
            return
        if result.counters.model_dump() != report.counters.model_dump():
            outcome.add(
                "parent closed", False, "report.json's counters are not the ones the workflow returned"
            )
            return
    if status == RUNNING:
        outcome.add("parent closed", True, f"the {label} has no closing event yet, as a running recall's")
    else:
        outcome.add("parent closed", True, f"the {label} ends {status}, as a {said} recall's must")


@dataclass
class _Child:
    workflow_id: str
    initiated_event: int
    run_id: str | None = None
    start_failed: bool = False
    close: HistoryEvent | None = None


def _children(history: WorkflowHistory) -> list[_Child]:
    """Every child this run started (StartChildWorkflowExecutionInitiated), with its run and end if recorded."""
    children: dict[int, _Child] = {}
    for event in history.events:
        kind = event.event_type
        if kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            attrs = event.start_child_workflow_execution_initiated_event_attributes
            children[event.event_id] = _Child(attrs.workflow_id, event.event_id)
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_FAILED:
            failed = event.start_child_workflow_execution_failed_event_attributes
            if failed.initiated_event_id in children:
                children[failed.initiated_event_id].start_failed = True
        elif kind == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
            started = event.child_workflow_execution_started_event_attributes
            if started.initiated_event_id in children:
                children[started.initiated_event_id].run_id = started.workflow_execution.run_id
        elif kind in _CHILD_CLOSES:
            closed = getattr(event, _CHILD_CLOSES[kind][0])
            if closed.initiated_event_id in children:
                children[closed.initiated_event_id].close = event
    return list(children.values())


def check_children(workflow_id: str, runs: Sequence[Run], outcome: VerifyOutcome) -> None:
    """Every child any run of the recall started is in the bundle, every run of it, ended as the parent saw."""
    by_run = {(entry.workflow_id, entry.run_id): (entry, history) for entry, history in runs}
    accounted = {key for key in by_run if key[0] == workflow_id}
    problems: list[tuple[str, str]] = []
    count = 0
    for entry, history in (run for run in runs if run[0].workflow_id == workflow_id):
        for child in _children(history):
            count += 1
            label = f"child {child.workflow_id}"
            if child.start_failed:
                continue
            if child.run_id is None:
                if _closed(history):
                    problems.append(
                        (
                            label,
                            f"initiated at event {child.initiated_event} of {entry.path}, which records "
                            "neither its start nor a failure to start",
                        )
                    )
                continue
            problem = _check_child_runs(child, entry, by_run, accounted, parent_closed=_closed(history))
            if problem:
                problems.append((label, problem))
    for entry, _ in runs:
        if (entry.workflow_id, entry.run_id) not in accounted:
            problems.append(
                (f"history {entry.path}", f"{entry.workflow_id} is neither the recall nor a child it started")
            )
    for what, problem in problems:
        outcome.add(what, False, problem)
    if not problems:
        outcome.add(
            "child workflows",
            True,
            f"all {count} children the recall started are in the bundle, each ended as the parent recorded"
            if count
            else "the recall started no child workflow",
        )


def _check_child_runs(
    child: _Child,
    parent: ManifestHistory,
    by_run: dict[tuple[str, str], Run],
    accounted: set[tuple[str, str]],
    *,
    parent_closed: bool,
) -> str | None:
    """Follow the child's runs through continue-as-new to its last; the problem with them, or None."""
    run_id: str | None = child.run_id
    last: WorkflowHistory | None = None
    while run_id:
        found = by_run.get((child.workflow_id, run_id))
        if found is None:
            return (
                f"run {run_id} was started (the parent's {parent.path} records it) but its history is not in "
                "the bundle"
            )
        accounted.add((child.workflow_id, run_id))
        last = found[1]
        started = hist.started_attributes(last)
        if started.parent_workflow_execution.workflow_id != parent.workflow_id:
            return f"run {run_id} names {started.parent_workflow_execution.workflow_id!r} as its parent"
        final = last.events[-1]
        run_id = (
            final.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if final.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else None
        )
    assert last is not None  # the loop ran at least once: child.run_id is set
    end = last.events[-1]
    if child.close is None:
        if parent_closed and not _closed(last):
            return f"its history ends at {_last(last)} without closing, though the parent has closed"
        return None
    expected = _CHILD_CLOSES[child.close.event_type][1]
    recorded = hist.event_name(child.close).removeprefix("ChildWorkflowExecution").lower()
    if end.event_type != expected:
        return f"its history ends at {_last(last)}, but the parent recorded it {recorded}"
    if expected == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
        ours = end.workflow_execution_completed_event_attributes.result
        theirs = child.close.child_workflow_execution_completed_event_attributes.result
        if ours.SerializeToString(deterministic=True) != theirs.SerializeToString(deterministic=True):
            return "it completed with a result that is not the one the parent recorded"
    return None
