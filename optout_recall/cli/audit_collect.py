"""Gathering a recall from Temporal, read-only: every history (parent, children, every run) and its report.

The client calls live here, on the command side; the audit package only reads the histories they return.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from temporalio.api.enums.v1 import EventType
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.audit import history as hist
from optout_recall.audit.build import build_report
from optout_recall.audit.history import RunHistory
from optout_recall.audit.model import AuditReport
from optout_recall.audit.sources import Sources, read_events, read_ledger
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.payloads import RecallInput, RecallState, ReportInput


class RecallNotFound(LookupError):
    """No recall with that id on this Temporal; str() is the one line for the user."""


def recall_workflow_id(recall_id: str) -> str:
    return recall_id if recall_id.startswith("recall-") else names.recall_workflow_id(recall_id)


def status_name(status: Any) -> str:
    name = getattr(status, "name", None) or str(status)
    return name.removeprefix("WORKFLOW_EXECUTION_STATUS_").lower()


async def fetch_histories(client: ReadOnlyClient, recall_id: str) -> list[RunHistory]:
    """Every run of the recall (oldest first), then every run of each child, following continue-as-new."""
    workflow_id = recall_workflow_id(recall_id)
    run_ids = [execution.run_id async for execution in client.list_workflows(f'WorkflowId = "{workflow_id}"')]
    if not run_ids:
        try:
            description = await client.get_workflow_handle(workflow_id).describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                raise RecallNotFound(f"no recall {recall_id} (workflow {workflow_id})") from exc
            raise
        run_ids = [description.run_id]
    runs: list[RunHistory] = []
    for run_id in reversed(run_ids):  # visibility lists newest first
        runs.append(await _fetch(client, workflow_id, run_id))
    children: list[tuple[str, str]] = []
    for run in list(runs):
        for event in run.history.events:
            if event.event_type == EventType.EVENT_TYPE_CHILD_WORKFLOW_EXECUTION_STARTED:
                execution = event.child_workflow_execution_started_event_attributes.workflow_execution
                children.append((execution.workflow_id, execution.run_id))
    for child_id, child_run in children:
        while child_run:
            run = await _fetch(client, child_id, child_run)
            runs.append(run)
            last = run.history.events[-1]
            child_run = (
                last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
                if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
                else ""
            )
    return runs


async def _fetch(client: ReadOnlyClient, workflow_id: str, run_id: str) -> RunHistory:
    history = await client.get_workflow_handle(workflow_id, run_id=run_id).fetch_history()
    return RunHistory(workflow_id, run_id, history)


async def report_from_temporal(
    client: ReadOnlyClient,
    recall_id: str,
    sources: Sources | None = None,
    *,
    histories: list[RunHistory] | None = None,
) -> tuple[AuditReport, RecallInput]:
    """The report of the recall's latest run, from its history (or its status query while it still runs)."""
    sources = sources or Sources()
    runs = histories if histories is not None else await fetch_histories(client, recall_id)
    workflow_id = recall_workflow_id(recall_id)
    parent = [run for run in runs if run.workflow_id == workflow_id][-1]
    recall_input = hist.recall_input(parent.history)
    handle = client.get_workflow_handle(workflow_id, run_id=parent.run_id)
    description = await handle.describe()
    report_input = hist.report_input(parent.history)
    if report_input is None:
        state = await handle.query(names.STATUS_QUERY, result_type=RecallState)
        report_input = ReportInput(
            state=state,
            window_start=recall_input.window_start,
            window_end=recall_input.window_end,
            jurisdictions=recall_input.jurisdictions,
            gpc_policy=recall_input.gpc_policy,
            rules_hash=state.rules_hash,
            spec_sha256=recall_input.spec_sha256,
            artifacts_dir=recall_input.artifacts_dir,
            workflow_id=workflow_id,
            run_id=parent.run_id,
        )
    events_url = recall_input.events_url if sources.events_url is None else sources.events_url
    ledger_url = recall_input.ledger_url if sources.ledger_url is None else sources.ledger_url
    report = build_report(
        report_input,
        events=await read_events(events_url, recall_input.incident_id, ledger_url=ledger_url),
        ledger=await read_ledger(ledger_url),
        generated_at=datetime.now(UTC),
        generated_by="recall report",
        temporal_status=status_name(description.status),
        artifacts_dir=sources.artifacts_dir,
    )
    return report, recall_input
