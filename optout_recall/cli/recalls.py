"""Reaching one recall through the Temporal client: its handle, its state, its roster, its updates.

Every failure a person can cause or fix (no such recall, no worker, a refused update) is one line and exit 2.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from datetime import timedelta
from typing import Any, TypeVar

import typer
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle, WorkflowUpdateFailedError
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.cli.errors import fail
from optout_recall.payloads import RecallInput, RecallState
from workers.connect import ConnectionSettings, TemporalUnreachable, connect
from workflows.recall import RecallWorkflow

T = TypeVar("T")


def run(coro: Awaitable[T]) -> T:
    try:
        return asyncio.run(coro)  # type: ignore[arg-type]
    except TemporalUnreachable as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


async def client(address: str | None, namespace: str | None, identity: str = "recall-cli") -> Client:
    return await connect(ConnectionSettings(address=address, namespace=namespace), identity=identity)


def workflow_id(recall_id: str) -> str:
    return recall_id if recall_id.startswith("recall-") else names.recall_workflow_id(recall_id)


async def existing(temporal: Client, recall_id: str) -> WorkflowHandle[Any, Any]:
    handle = temporal.get_workflow_handle(workflow_id(recall_id))
    try:
        await handle.describe()
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            fail(f"no recall {recall_id} on this Temporal; see the recalls there with: recall list")
        raise
    return handle


async def state(handle: WorkflowHandle[Any, Any]) -> RecallState:
    try:
        return await handle.query(RecallWorkflow.status, rpc_timeout=timedelta(seconds=10))
    except RPCError as exc:
        if exc.status in (RPCStatusCode.DEADLINE_EXCEEDED, RPCStatusCode.UNAVAILABLE):
            fail("no worker answered the status query; is `recall dev` or `recall worker` running?")
        from optout_recall.cli.stuck import failing_workflow_task

        fail(await failing_workflow_task(handle) or f"the status query failed: {exc.message}")


async def started_input(temporal: Client, handle: WorkflowHandle[Any, Any]) -> RecallInput:
    """The input the recall was started with (its roster, its hotfix), from the first event of its history."""
    async for event in handle.fetch_history_events(page_size=1):
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            [started] = await temporal.data_converter.decode(payloads, [RecallInput])
            return started  # type: ignore[no-any-return]
        break
    fail(f"{handle.id} is not a recall started by `recall start` (its history has no recall input)")


async def update(call: Awaitable[T], handle: WorkflowHandle[Any, Any]) -> T:
    """The typed result of an update call; a refusal or a finished recall is one line for the user."""
    try:
        return await call
    except WorkflowUpdateFailedError as exc:
        cause = exc.cause
        fail(f"refused: {getattr(cause, 'message', None) or cause}")
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            fail(f"recall {handle.id} is no longer running; see how it ended with: recall status {handle.id}")
        raise
