"""Reading a recall out of Temporal's history: a readable timeline, and the typed inputs the report needs.

Everything here works on a `WorkflowHistory`, fetched from the server (`recall history`, `recall report`) or
loaded from a bundle's JSON file (`recall audit verify`), so the same facts come out either way.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict
from temporalio.api.common.v1 import Payload as ProtoPayload
from temporalio.api.enums.v1 import EventType
from temporalio.api.history.v1 import HistoryEvent
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter

from optout_recall import names
from optout_recall.payloads import BackfillResult, RecallInput, RecordedDecision, ReportInput

T = TypeVar("T")

REPORT_ACTIVITY = "write_report"

# Bookkeeping between the server and the worker; `recall history --all` shows them.
_NOISE = {
    EventType.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED,
    EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
    EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED,
}


@dataclass(frozen=True)
class RunHistory:
    """One run's history, named by the workflow and run it belongs to."""

    workflow_id: str
    run_id: str
    history: WorkflowHistory


class HistoryLine(BaseModel):
    """One event of a recall's history, as a person reads it."""

    model_config = ConfigDict(extra="forbid")

    workflow_id: str
    event_id: int
    at: datetime
    event: str
    name: str = ""
    status: str = ""
    detail: str = ""


def decode(payloads: Sequence[ProtoPayload], type_hint: type[T]) -> T:
    """The first argument of a payload list, as the worker's converter (pydantic JSON) encoded it."""
    values = pydantic_data_converter.payload_converter.from_payloads(list(payloads), [type_hint])
    return values[0]  # type: ignore[no-any-return]


def decode_any(payloads: Sequence[ProtoPayload]) -> list[Any]:
    return pydantic_data_converter.payload_converter.from_payloads(list(payloads)) if payloads else []


def event_name(event: HistoryEvent) -> str:
    """`EVENT_TYPE_ACTIVITY_TASK_SCHEDULED` -> `ActivityTaskScheduled`."""
    raw = EventType.Name(event.event_type).removeprefix("EVENT_TYPE_")
    return "".join(part.capitalize() for part in raw.split("_"))


def _at(event: HistoryEvent) -> datetime:
    return event.event_time.ToDatetime().replace(tzinfo=UTC)


def _summary(event: HistoryEvent) -> str:
    if not event.HasField("user_metadata") or not event.user_metadata.HasField("summary"):
        return ""
    value = decode_any([event.user_metadata.summary])
    return str(value[0]) if value else ""


def _seconds(duration: Any) -> str:
    total = duration.ToTimedelta().total_seconds()
    return f"{total:g} s" if total < 120 else f"{total / 60:g} min"


def started_attributes(history: WorkflowHistory) -> Any:
    first = history.events[0]
    if first.event_type != EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
        raise ValueError(f"history of {history.workflow_id} does not begin with WorkflowExecutionStarted")
    return first.workflow_execution_started_event_attributes


def recall_input(history: WorkflowHistory) -> RecallInput:
    return decode(started_attributes(history).input.payloads, RecallInput)


def report_input(history: WorkflowHistory) -> ReportInput | None:
    """The input of the last `write_report` the workflow scheduled: its final state, as recorded."""
    found: ReportInput | None = None
    for event in history.events:
        if event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            attrs = event.activity_task_scheduled_event_attributes
            if attrs.activity_type.name == REPORT_ACTIVITY:
                found = decode(attrs.input.payloads, ReportInput)
    return found


def recorded_decisions(history: WorkflowHistory) -> list[RecordedDecision]:
    """What each accepted `decide` update returned: the decisions exactly as they entered history."""
    decide_ids: set[str] = set()
    decisions: list[RecordedDecision] = []
    for event in history.events:
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
            request = event.workflow_execution_update_accepted_event_attributes.accepted_request
            if request.input.name == names.DECIDE_UPDATE:
                decide_ids.add(request.meta.update_id)
        elif event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
            attrs = event.workflow_execution_update_completed_event_attributes
            if attrs.meta.update_id in decide_ids and attrs.outcome.HasField("success"):
                decision = decode(attrs.outcome.success.payloads, RecordedDecision)
                if decision.request_id not in {d.request_id for d in decisions}:
                    decisions.append(decision)
    return decisions


def backfill_result(history: WorkflowHistory) -> BackfillResult | None:
    """The result a backfill child completed with (None while it runs or after it continued as new)."""
    last = history.events[-1]
    if last.event_type != EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
        return None
    return decode(last.workflow_execution_completed_event_attributes.result.payloads, BackfillResult)


def timeline(history: WorkflowHistory, *, everything: bool = False) -> list[HistoryLine]:
    """Events in order with names resolved (activity, update, timer, child) and statuses spelled out."""
    scheduled: dict[int, str] = {}
    attempts: dict[int, int] = {}
    updates: dict[str, str] = {}
    timers: dict[str, str] = {}
    children: dict[int, str] = {}
    lines: list[HistoryLine] = []
    for event in history.events:
        kind = event.event_type
        a: Any  # the attributes message of this event's type
        name, status, detail = "", "", ""
        if kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            a = event.workflow_execution_started_event_attributes
            name, status = a.workflow_type.name, "started"
            detail = f"task queue {a.task_queue.name}" + (f", by {a.identity}" if a.identity else "")
            if a.parent_workflow_execution.workflow_id:
                detail += f", child of {a.parent_workflow_execution.workflow_id}"
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
            a = event.activity_task_scheduled_event_attributes
            scheduled[event.event_id] = name = a.activity_type.name
            status, detail = "scheduled", _summary(event)
        elif kind == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            a = event.activity_task_started_event_attributes
            attempts[a.scheduled_event_id] = a.attempt
            name, status = scheduled.get(a.scheduled_event_id, "?"), "started"
            detail = f"attempt {a.attempt} on {a.identity}"
        elif kind in (
            EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
            EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED,
            EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT,
            EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED,
        ):
            field = {
                EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED: "activity_task_completed_event_attributes",
                EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED: "activity_task_failed_event_attributes",
                EventType.EVENT_TYPE_ACTIVITY_TASK_TIMED_OUT: "activity_task_timed_out_event_attributes",
                EventType.EVENT_TYPE_ACTIVITY_TASK_CANCELED: "activity_task_canceled_event_attributes",
            }[kind]
            a = getattr(event, field)
            name = scheduled.get(a.scheduled_event_id, "?")
            status = event_name(event).removeprefix("ActivityTask").lower().replace("timedout", "timed out")
            attempt = attempts.get(a.scheduled_event_id, 1)
            detail = f"attempt {attempt}" if attempt > 1 else ""
            if hasattr(a, "failure") and a.HasField("failure"):
                detail = "; ".join(part for part in (detail, a.failure.message) if part)
        elif kind == EventType.EVENT_TYPE_TIMER_STARTED:
            a = event.timer_started_event_attributes
            timers[a.timer_id] = name = f"timer {a.timer_id}"
            status, detail = "started", f"fires after {_seconds(a.start_to_fire_timeout)}"
            if summary := _summary(event):
                detail += f": {summary}"
        elif kind == EventType.EVENT_TYPE_TIMER_FIRED:
            name, status = f"timer {event.timer_fired_event_attributes.timer_id}", "fired"
        elif kind == EventType.EVENT_TYPE_TIMER_CANCELED:
            name, status = f"timer {event.timer_canceled_event_attributes.timer_id}", "canceled"
            detail = "its condition came true first"
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
            request = event.workflow_execution_update_accepted_event_attributes.accepted_request
            updates[request.meta.update_id] = name = request.input.name
            status, detail = "accepted", _update_detail(request)
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_REJECTED:
            a = event.workflow_execution_update_rejected_event_attributes
            name, status = a.rejected_request.input.name, "rejected"
            detail = a.failure.message
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
            a = event.workflow_execution_update_completed_event_attributes
            name = updates.get(a.meta.update_id, "?")
            if a.outcome.HasField("failure"):
                status, detail = "failed", a.outcome.failure.message
            else:
                status = "completed"
        elif kind == EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED:
            a = event.start_child_workflow_execution_initiated_event_attributes
            children[event.event_id] = name = a.workflow_id
            status, detail = "initiated", a.workflow_type.name
        elif kind in _CHILD_EVENTS:
            a = getattr(event, _CHILD_EVENTS[kind])
            name = children.get(a.initiated_event_id, a.workflow_execution.workflow_id)
            status = event_name(event).removeprefix("ChildWorkflowExecution").lower()
            if kind == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
                detail = f"run {a.workflow_execution.run_id}"
            elif kind == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED:
                detail = a.failure.message
        elif kind == EventType.EVENT_TYPE_UPSERT_WORKFLOW_SEARCH_ATTRIBUTES:
            fields = event.upsert_workflow_search_attributes_event_attributes.search_attributes.indexed_fields
            name, status = "search attributes", "upserted"
            detail = ", ".join(f"{key}={_plain(value)}" for key, value in sorted(fields.items()))
        elif kind == EventType.EVENT_TYPE_MARKER_RECORDED:
            a = event.marker_recorded_event_attributes
            name, status = a.marker_name, "recorded"
            if "patch-data" in a.details:
                patch = decode_any(a.details["patch-data"].payloads)
                detail = f"patch {patch[0].get('id')}" if patch and isinstance(patch[0], dict) else ""
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED:
            a = event.workflow_execution_signaled_event_attributes
            name, status, detail = a.signal_name, "signaled", a.identity
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCEL_REQUESTED:
            a = event.workflow_execution_cancel_requested_event_attributes
            name, status, detail = "cancel", "requested", a.identity or a.cause
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_FAILED:
            name, status = "workflow", "failed"
            detail = event.workflow_execution_failed_event_attributes.failure.message
        elif kind == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
            name, status = "workflow", "continued as new"
            detail = (
                f"next run {event.workflow_execution_continued_as_new_event_attributes.new_execution_run_id}"
            )
        elif kind in (
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CANCELED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TERMINATED,
            EventType.EVENT_TYPE_WORKFLOW_EXECUTION_TIMED_OUT,
        ):
            name = "workflow"
            status = (
                event_name(event).removeprefix("WorkflowExecution").lower().replace("timedout", "timed out")
            )
        elif kind == EventType.EVENT_TYPE_WORKFLOW_TASK_FAILED:
            a = event.workflow_task_failed_event_attributes
            name, status, detail = "workflow task", "failed", a.failure.message
        if kind in _NOISE and not everything:
            continue
        lines.append(
            HistoryLine(
                workflow_id=history.workflow_id,
                event_id=event.event_id,
                at=_at(event),
                event=event_name(event),
                name=name,
                status=status,
                detail=detail,
            )
        )
    return lines


_CHILD_EVENTS = {
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED: "child_workflow_execution_started_event_attributes",
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_COMPLETED: "child_workflow_execution_completed_event_attributes",
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_FAILED: "child_workflow_execution_failed_event_attributes",
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_CANCELED: "child_workflow_execution_canceled_event_attributes",
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TIMED_OUT: "child_workflow_execution_timed_out_event_attributes",
    EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_TERMINATED: "child_workflow_execution_terminated_event_attributes",
}


def _plain(payload: ProtoPayload) -> str:
    try:
        value = json.loads(payload.data)
    except ValueError:
        return payload.data.decode(errors="replace")
    return ",".join(map(str, value)) if isinstance(value, list) else str(value)


def _update_detail(request: Any) -> str:
    """Who asked for what: the decision's signer, step and verdict; a proposal's ref; a cancel's reason."""
    args = decode_any(request.input.args.payloads)
    arg = args[0] if args and isinstance(args[0], dict) else {}
    identity = request.meta.identity
    if request.input.name == names.DECIDE_UPDATE:
        verdict = "approve" if arg.get("approve") else "reject"
        what = f"{arg.get('actor')} signed {verdict} {arg.get('step')}"
        if arg.get("break_glass"):
            what += " (BREAK-GLASS)"
    elif request.input.name == names.PROPOSE_HOTFIX_UPDATE:
        what = f"{arg.get('actor')} proposed {str(arg.get('hotfix_ref'))[:12]}"
    elif request.input.name == names.CANCEL_UPDATE:
        what = f"{arg.get('actor')}: {arg.get('reason')}"
    else:
        what = ""
    return f"{what} (client {identity})" if identity else what
