"""`recall history` reads Temporal's history (not the query); `recall list` reads visibility."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from optout_recall.cli.audit import list_query
from tests.audit.cli import invoke
from tests.audit.conftest import FinishedRecall

pytestmark = pytest.mark.devserver


async def test_history_names_activities_updates_timers_and_children(finished_recall: FinishedRecall) -> None:
    result = await invoke(
        "history", finished_recall.world.incident_id, "--json", "--address", finished_recall.address
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    seen = {(line["event"], line["name"], line["status"]) for line in lines}

    assert ("ActivityTaskScheduled", "freeze_repo", "scheduled") in seen
    assert ("ActivityTaskCompleted", "write_report", "completed") in seen
    decisions = [
        line
        for line in lines
        if line["event"] == "WorkflowExecutionUpdateAccepted" and line["name"] == "decide"
    ]
    assert [d["detail"].split(" (client")[0] for d in decisions] == [
        "bob signed approve hotfix",
        "bob signed approve backfill-apply",
    ]
    assert any(line["event"] == "TimerStarted" and "fires after 15 min" in line["detail"] for line in lines)
    assert any(line["event"] == "TimerCanceled" for line in lines)
    children = {line["name"] for line in lines if line["event"] == "ChildWorkflowExecutionCompleted"}
    assert children == {
        f"recall-{finished_recall.world.incident_id}/backfill-{m}" for m in ("dry-run", "apply")
    }
    assert any(line["workflow_id"].endswith("/backfill-apply") for line in lines)  # the children's own events
    assert [line["at"] for line in lines] == sorted(line["at"] for line in lines)
    assert lines[-1]["event"] == "WorkflowExecutionCompleted"
    assert "WorkflowTaskStarted" not in {line["event"] for line in lines}

    readable = await invoke(
        "history", finished_recall.world.incident_id, "--address", finished_recall.address
    )
    assert readable.exit_code == 0 and "bob signed approve hotfix" in readable.output


async def test_history_of_an_unknown_recall_is_one_line(finished_recall: FinishedRecall) -> None:
    result = await invoke("history", "NO-SUCH-RECALL", "--address", finished_recall.address)
    assert result.exit_code == 2
    assert "no recall NO-SUCH-RECALL" in result.output


async def test_list_finds_the_recall_by_status_and_start_time(finished_recall: FinishedRecall) -> None:
    since = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S")
    result = await invoke(
        "list", "--status", "completed", "--since", since, "--json", "--address", finished_recall.address
    )
    assert result.exit_code == 0, result.output
    rows = {row["incident_id"]: row for row in json.loads(result.output)}
    row = rows[finished_recall.world.incident_id]
    assert (row["status"], row["phase"], row["commander"]) == ("completed", "done", "alice")

    running = await invoke("list", "--status", "running", "--json", "--address", finished_recall.address)
    assert finished_recall.world.incident_id not in {r["incident_id"] for r in json.loads(running.output)}
    future = await invoke("list", "--since", "2999-01-01", "--json", "--address", finished_recall.address)
    assert json.loads(future.output) == []


def test_list_query_uses_status_and_start_time() -> None:
    assert list_query("failed", datetime(2026, 11, 1, tzinfo=UTC)) == (
        "WorkflowType = 'RecallWorkflow' AND ExecutionStatus = 'Failed' AND StartTime >= '2026-11-01T00:00:00Z'"
    )


async def test_list_refuses_an_unknown_status(finished_recall: FinishedRecall) -> None:
    result = await invoke("list", "--status", "sleeping", "--address", finished_recall.address)
    assert result.exit_code == 2 and "--status 'sleeping'" in result.output
