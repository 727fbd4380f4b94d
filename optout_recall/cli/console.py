"""`recall console`: the web console, reaching Temporal through the client and the workflow's typed handlers.

`TemporalGateway` is the console's only way to Temporal: visibility for the list, the `status` query for a
recall, and the `decide`, `propose_hotfix` and `cancel` updates, each given the browser's statement as it came.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
import uvicorn
from temporalio.api.enums.v1 import EventType, WorkflowExecutionStatus
from temporalio.client import Client, WorkflowHandle, WorkflowUpdateFailedError
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.cli import recalls
from optout_recall.cli.audit_collect import status_name
from optout_recall.cli.errors import fail
from optout_recall.cli.options import AddressOpt, NamespaceOpt
from optout_recall.console.access import ConsoleSettings
from optout_recall.console.app import create_app
from optout_recall.console.gateway import NoSuchRecall, RecallRow, RecallView, Refused, Unavailable
from optout_recall.payloads import CancelDecision, GateDecision, HotfixProposal, RecallInput, RecallState
from workflows.recall import RecallWorkflow

_QUERY_TIMEOUT = timedelta(seconds=5)


class TemporalGateway:
    """The console's view of recalls on one Temporal namespace, and the updates it forwards."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self._inputs: dict[str, RecallInput] = {}  # a run's input never changes: read its first event once

    async def recalls(self) -> list[RecallRow]:
        rows: list[RecallRow] = []
        try:
            async for execution in self.client.list_workflows(
                f"WorkflowType = '{names.RECALL_WORKFLOW}'", limit=200
            ):
                attributes = execution.typed_search_attributes
                running = execution.status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
                waiting: list[str] = []
                if running:
                    state = await self._state_or_none(self.client.get_workflow_handle(execution.id))
                    waiting = state.pending.waiting_on if state and state.pending else []
                rows.append(
                    RecallRow(
                        incident_id=attributes.get(names.INCIDENT_ID_ATTRIBUTE)
                        or execution.id.removeprefix("recall-"),
                        workflow_id=execution.id,
                        status=status_name(execution.status),
                        phase=attributes.get(names.PHASE_ATTRIBUTE) or "",
                        commander=attributes.get(names.COMMANDER_ATTRIBUTE) or "",
                        waiting_on=waiting,
                        started_at=execution.start_time,
                    )
                )
        except RPCError as exc:
            raise Unavailable(f"Temporal refused to list recalls: {exc.message}") from exc
        return rows

    async def view(self, recall_id: str) -> RecallView:
        handle = self.client.get_workflow_handle(recalls.workflow_id(recall_id))
        try:
            description = await handle.describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                raise NoSuchRecall(f"no recall {recall_id} on this Temporal") from exc
            raise Unavailable(f"Temporal did not describe {handle.id}: {exc.message}") from exc
        state = await self._state_or_none(handle)
        if state is None:
            raise Unavailable(
                "no worker answered the status query; is `recall dev` or `recall worker` running?"
            )
        started = await self._started_input(handle, description.run_id or "")
        return RecallView(
            workflow_id=handle.id,
            status=status_name(description.status),
            state=state,
            people=started.people if started else [],
            artifacts_dir=Path(started.artifacts_dir) if started else None,
        )

    async def decide(self, workflow_id: str, decision: GateDecision) -> Any:
        handle = self.client.get_workflow_handle(workflow_id)
        return await _update(handle, handle.execute_update(RecallWorkflow.decide, decision))

    async def propose(self, workflow_id: str, proposal: HotfixProposal) -> str:
        handle = self.client.get_workflow_handle(workflow_id)
        return await _update(handle, handle.execute_update(RecallWorkflow.propose_hotfix, proposal))

    async def cancel(self, workflow_id: str, cancel: CancelDecision) -> CancelDecision:
        handle = self.client.get_workflow_handle(workflow_id)
        recorded = await _update(handle, handle.execute_update(RecallWorkflow.cancel, cancel))
        await handle.cancel()  # as `recall cancel` does: the signed statement first, then Temporal's cancel
        return recorded

    async def _state_or_none(self, handle: WorkflowHandle[Any, Any]) -> RecallState | None:
        try:
            return await handle.query(RecallWorkflow.status, rpc_timeout=_QUERY_TIMEOUT)
        except RPCError:
            return None

    async def _started_input(self, handle: WorkflowHandle[Any, Any], run_id: str) -> RecallInput | None:
        if run_id in self._inputs:
            return self._inputs[run_id]
        async for event in handle.fetch_history_events(page_size=1):
            if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
                payloads = event.workflow_execution_started_event_attributes.input.payloads
                [started] = await self.client.data_converter.decode(payloads, [RecallInput])
                self._inputs[run_id] = started
                return started  # type: ignore[no-any-return]
            break
        return None


async def _update(handle: WorkflowHandle[Any, Any], call: Any) -> Any:
    try:
        return await call
    except WorkflowUpdateFailedError as exc:
        cause = exc.cause
        raise Refused(getattr(cause, "message", None) or str(cause)) from exc
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            raise Refused(f"recall {handle.id} is no longer running") from exc
        raise Unavailable(f"Temporal did not take the update: {exc.message}") from exc


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def console(
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="address to bind (loopback unless behind a proxy)")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535)] = 8080,
    user_header: Annotated[
        str | None,
        typer.Option(
            "--user-header",
            help="behind a reverse proxy: the request header naming the signed-in user (trusted only when given)",
        ),
    ] = None,
    bundles: Annotated[
        Path | None, typer.Option("--bundles", help="directory of audit bundles, one per incident id")
    ] = None,
    bundle_key: Annotated[
        str | None, typer.Option("--bundle-key", help="the bundle signing public key (hex) you pinned")
    ] = None,
) -> None:
    """Serve the web console: live recalls, decisions signed in your browser, the report and bundle check."""
    if bundles is not None and not bundles.is_dir():
        fail(
            f"--bundles {bundles}: no such directory (pass the directory `recall audit export --out` wrote into)"
        )
    if bundle_key is not None:
        key = bundle_key.strip().lower()
        if len(key) != 64 or any(c not in "0123456789abcdef" for c in key):
            fail("--bundle-key must be 64 hex digits (an Ed25519 public key)")
        bundle_key = key
    if not _loopback(host) and user_header is None:
        fail(
            f"--host {host} is not a loopback address; the console binds beyond this machine only behind a "
            "reverse proxy that names the user: pass --user-header (for example X-Forwarded-User)"
        )
    from workers.replay import replay_histories  # the worker's workflows, loaded only to replay bundles

    settings = ConsoleSettings(
        user_header=user_header,
        bundles_dir=bundles.resolve() if bundles else None,
        bundle_public_key=bundle_key,
        replay=replay_histories,
        allowed_hosts=("127.0.0.1", "localhost") if _loopback(host) else (),
    )

    async def go() -> None:
        temporal = await recalls.client(address, namespace, identity="recall-console")
        app = create_app(TemporalGateway(temporal), settings)
        listening = _bind(host, port)
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
        typer.echo(f"recall console at http://{host}:{port}/ (Ctrl-C stops)")
        await server.serve(sockets=[listening])

    recalls.run(go())


def _bind(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so a port in use is one line instead of uvicorn's exit."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listening = socket.socket(family, socket.SOCK_STREAM)
    listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listening.bind((host, port))
    except OSError as exc:
        listening.close()
        if exc.errno == errno.EADDRINUSE:
            fail(f"port {port} on {host} is in use; pass --port with a free one")
        fail(f"cannot listen on {host}:{port}: {exc.strerror}")
    listening.listen(128)
    return listening
