"""Outbox delivery to destination webhooks: retried with an idempotency key, state recorded per row."""

from __future__ import annotations

import asyncio
import uuid
from collections import Counter
from pathlib import Path

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.backfill.outbox import IDEMPOTENCY_HEADER, DeliveryStatus, idempotency_key, list_deliveries
from optout_recall.db import create_engine
from optout_recall.payloads import BackfillResult, BackfillState, GpcPolicy
from tests.backfill.oracle import backfill_input, generate, load, oracle
from tests.conftest import free_port
from workers.main import running_worker


class Receiver:
    """A destination that fails every request's first attempt (503) and refuses the `broker` path (400)."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()
        self.bodies: dict[str, dict[str, str]] = {}
        self.app = Starlette(routes=[Route("/{name}", self.receive, methods=["POST"])])

    async def receive(self, request: Request) -> JSONResponse:
        key = request.headers[IDEMPOTENCY_HEADER]
        self.seen[key] += 1
        if request.path_params["name"] == "broker":
            return JSONResponse({"error": "unknown subject"}, status_code=400)
        if self.seen[key] == 1:
            return JSONResponse({"error": "try later"}, status_code=503)
        self.bodies[key] = await request.json()
        return JSONResponse({"ok": True})


@pytest.mark.devserver
async def test_outbox_rows_are_delivered_with_retries_and_recorded(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=5)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, GpcPolicy.WHERE_REQUIRED)
    hit = {event_id for event_id, _ in expected}
    keys = {(e["destination"], e["subject_id"]) for e in events if e["event_id"] in hit}

    receiver = Receiver()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(receiver.app, host="127.0.0.1", port=port, log_level="error"))
    serving = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn offers no event for this
        await asyncio.sleep(0.05)
    backfill = backfill_input(
        events_url,
        ledger_url,
        GpcPolicy.WHERE_REQUIRED,
        destinations={"adnet": f"http://127.0.0.1:{port}/adnet", "broker": f"http://127.0.0.1:{port}/broker"},
        delivery_attempts=3,
    )
    task_queue = f"deliver-{uuid.uuid4().hex[:6]}"
    try:
        async with running_worker(dev_server_env.client, task_queue):
            result = await dev_server_env.client.execute_workflow(
                names.BACKFILL_WORKFLOW,
                BackfillState(input=backfill),
                id=f"bf-{uuid.uuid4()}",
                task_queue=task_queue,
                result_type=BackfillResult,
            )
            # A second run of the incident delivers nothing new: delivered rows are not sent again.
            sent = sum(receiver.seen.values())
            await dev_server_env.client.execute_workflow(
                names.BACKFILL_WORKFLOW,
                BackfillState(
                    input=backfill.model_copy(
                        update={"destinations": {"adnet": backfill.destinations["adnet"]}}
                    )
                ),
                id=f"bf-{uuid.uuid4()}",
                task_queue=task_queue,
                result_type=BackfillResult,
            )
            assert sum(receiver.seen.values()) == sent
    finally:
        server.should_exit = True
        await serving

    adnet = {k for k in keys if k[0] == "adnet"}
    broker = keys - adnet
    assert adnet and broker
    counts = result.counts
    assert (counts.delivered, counts.delivery_failed, counts.delivery_pending) == (len(adnet), len(broker), 0)
    engine = create_engine(events_url)
    try:
        async with engine.connect() as conn:
            rows = await list_deliveries(conn, backfill.incident_id)
    finally:
        await engine.dispose()
    assert {(r["destination"], r["subject_id"]) for r in rows} == keys
    for row in rows:
        key = idempotency_key(backfill.incident_id, str(row["destination"]), str(row["subject_id"]))
        if row["destination"] == "adnet":  # failed once (503), delivered on the retry, same key both times
            assert (row["status"], row["attempts"], row["last_error"]) == (DeliveryStatus.DELIVERED, 2, None)
            assert row["delivered_at"] is not None and receiver.seen[key] == 2
            assert receiver.bodies[key]["subject_id"] == row["subject_id"]
        else:  # a 4xx is permanent: no retry, the error kept for a person
            assert (row["status"], row["attempts"]) == (DeliveryStatus.FAILED, 1)
            assert str(row["last_error"]).startswith("HTTP 400")
