"""An undecided gate escalates to the webhook its spec names; the URL is read by the worker, never in history.

Time-skipping server, real worker, real local webhook: the escalations arrive with the bearer token, and the
recorded history holds the variable's name and the host, never the URL's secret path or the token.
"""

from __future__ import annotations

import json

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from temporalio.api.history.v1 import History
from temporalio.client import WorkflowFailureError
from temporalio.testing import WorkflowEnvironment

from optout_recall.payloads import StepOutcome
from tests.fakes import serve
from tests.workflows.test_recall import TASK_QUEUE, ScriptedProbes, World, start, state_of
from workers.main import running_worker

pytestmark = pytest.mark.timeout(180)

SECRET_PATH = "/services/T0SECRET/B0SECRET/xoxsecretpath"


async def test_escalations_reach_the_named_webhook_and_history_holds_only_its_name(
    time_skipping_env: WorkflowEnvironment, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[tuple[str, str | None, dict]] = []

    async def hook(request: Request) -> JSONResponse:
        received.append((request.url.path, request.headers.get("authorization"), await request.json()))
        return JSONResponse({"ok": True})

    recall_input = world.recall_input(
        approval_timeout_seconds=600,
        escalation_interval_seconds=900,
        approval_deadline_seconds=2000,
        escalation_webhook_env="SLACK_ESCALATION_WEBHOOK",
        escalation_token_env="ESCALATION_TOKEN",
        escalation_format="json",
    )
    async with serve(Starlette(routes=[Route("/services/{rest:path}", hook, methods=["POST"])])) as base:
        monkeypatch.setenv("SLACK_ESCALATION_WEBHOOK", base + SECRET_PATH)
        monkeypatch.setenv("ESCALATION_TOKEN", "tok-escalation-7")
        async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
            handle = await start(time_skipping_env, recall_input)
            with pytest.raises(WorkflowFailureError):
                await handle.result()  # nobody decides: escalations at 10 and 25 min, the deadline at 33
            state = await state_of(handle)
            history = History(events=(await handle.fetch_history()).events).SerializeToString()

    assert [(path, auth) for path, auth, _ in received] == [(SECRET_PATH, "Bearer tok-escalation-7")] * 2
    assert [body["escalation"] for _, _, body in received] == [1, 2]
    escalated = [step for step in state.timeline if step.step.startswith("escalate hotfix")]
    assert [step.detail.split(",")[0] for step in escalated] == ["notified webhook 127.0.0.1"] * 2
    # the payloads are plain JSON in the history's bytes: the name is there, the URL's path and the token not
    assert b"SLACK_ESCALATION_WEBHOOK" in history and b'"webhook_env"' in history
    assert b"SECRET" not in history and b"xoxsecretpath" not in history and b"tok-escalation-7" not in history
    records = [json.loads(line) for line in (world.artifacts / "escalations.jsonl").read_text().splitlines()]
    assert [r["delivered"] for r in records] == [["webhook 127.0.0.1"]] * 2


async def test_a_webhook_variable_the_worker_lacks_fails_the_escalation_naming_it_and_the_gate_waits_on(
    time_skipping_env: WorkflowEnvironment, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SLACK_ESCALATION_WEBHOOK", raising=False)
    recall_input = world.recall_input(
        approval_timeout_seconds=600,
        escalation_interval_seconds=900,
        approval_deadline_seconds=2000,
        escalation_webhook_env="SLACK_ESCALATION_WEBHOOK",
    )
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, recall_input)
        with pytest.raises(WorkflowFailureError) as failed:
            await handle.result()
        history = await handle.fetch_history()
        state = await state_of(handle)
    attempts = [
        e.activity_task_started_event_attributes.attempt
        for e in history.events
        if e.HasField("activity_task_started_event_attributes")
    ]
    failures = [
        e.activity_task_failed_event_attributes.failure
        for e in history.events
        if e.HasField("activity_task_failed_event_attributes")
    ]
    message = (
        "the worker has no SLACK_ESCALATION_WEBHOOK, named by escalation.webhook_env; set it to the webhook URL "
        "where the worker runs"
    )
    # Each escalation fails at once (not retried), is shown on the timeline, and the gate waits on: the recall
    # ends at the approval deadline, as it would with the webhook delivered, not at the first escalation.
    assert [f.message for f in failures] == [message] * 2
    assert all(f.application_failure_info.non_retryable for f in failures) and max(attempts) == 1
    escalated = [step for step in state.timeline if step.step.startswith("escalate hotfix")]
    assert [(step.outcome, step.detail) for step in escalated] == [
        (StepOutcome.FAILED, f"escalation not delivered: {message}")
    ] * 2
    assert "by the deadline" in str(failed.value.cause) and "SLACK_ESCALATION_WEBHOOK" not in str(
        failed.value.cause
    )
