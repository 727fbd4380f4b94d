"""`recall backfill`: find and correct every event processed while a binding opt-out was ignored.

Runs `BackfillWorkflow` on the Temporal `--address` names (its workers poll the `optout-recall` task queue),
else on a running `recall dev` (its worker does the work), else on an embedded runtime: a dev server of its
own, booting while this process builds the worker. Input is checked before anything starts, so bad input
exits 2 with one line and writes nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import sys
import uuid
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn
from rich.table import Table
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection
from temporalio.client import Client, WorkflowFailureError
from temporalio.common import WorkflowIDConflictPolicy
from temporalio.exceptions import ApplicationError, FailureError
from temporalio.service import RPCError

from optout_recall import names
from optout_recall.backfill.links import links_table as links_table_clause
from optout_recall.backfill.outbox import DeliveryStatus, check_webhook_url, list_deliveries
from optout_recall.backfill.preflight import check_databases
from optout_recall.backfill.violations import events_table
from optout_recall.cli.errors import fail
from optout_recall.db import DatabaseURLError, async_url, existing_database, redact_url
from optout_recall.devserver import StartedServer
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import (
    BackfillInput,
    BackfillResult,
    BackfillState,
    EventTableConfig,
    GpcPolicy,
    LinksTableConfig,
)

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
err = Console(stderr=True)
out = Console() if sys.stdout.isatty() else Console(width=160)


@app.callback(invoke_without_command=True)
def backfill(
    ctx: typer.Context,
    incident: Annotated[
        str, typer.Option("--incident", help="incident id the corrections are recorded under")
    ],
    events_url: Annotated[
        str,
        typer.Option(
            "--events-url", envvar="RECALL_EVENTS_URL", help="sqlite:///events.db or postgresql://..."
        ),
    ],
    ledger_url: Annotated[
        str | None,
        typer.Option(
            "--ledger-url", envvar="RECALL_LEDGER_URL", help="the consent ledger (may equal --events-url)"
        ),
    ] = None,
    window_start: Annotated[
        str | None, typer.Option("--window-start", help="ISO 8601 with an offset, e.g. 2024-06-01T00:00:00Z")
    ] = None,
    window_end: Annotated[
        str | None, typer.Option("--window-end", help="ISO 8601 with an offset (exclusive)")
    ] = None,
    gpc_policy: Annotated[GpcPolicy, typer.Option("--gpc-policy")] = GpcPolicy.WHERE_REQUIRED,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="count violations; write nothing")] = False,
    destination: Annotated[
        list[str] | None,
        typer.Option(
            "--destination", help="NAME=URL: webhook that receives suppression requests (repeatable)"
        ),
    ] = None,
    table: Annotated[str, typer.Option("--events-table", help="events table name")] = "processing_events",
    links_table: Annotated[
        str | None,
        typer.Option(
            "--links-table",
            help="identity links table in the events database (identifier, person_key, linked_at): "
            "linked identifiers' consent applies too",
        ),
    ] = None,
    deliveries: Annotated[
        bool, typer.Option("--deliveries", help="list the incident's outbox deliveries instead of running")
    ] = False,
    status: Annotated[
        DeliveryStatus | None, typer.Option("--status", help="with --deliveries: only this status")
    ] = None,
    json_out: Annotated[bool, typer.Option("--json", help="machine-readable output on stdout")] = False,
    address: Annotated[
        str | None,
        typer.Option(
            "--address", envvar="RECALL_TEMPORAL_ADDRESS", help="Temporal host:port (default: embedded)"
        ),
    ] = None,
    namespace: Annotated[str | None, typer.Option("--namespace", help="Temporal namespace")] = None,
    embedded: Annotated[
        bool,
        typer.Option(
            "--embedded",
            help="run on a runtime of its own even when `recall dev` is running at 127.0.0.1:7233",
        ),
    ] = False,
) -> None:
    """Find every event processed while a binding opt-out was ignored; correct each exactly once."""
    if deliveries:
        _list_deliveries(events_url, incident, status, json_out)
        return
    backfill_input = _checked_input(
        incident=incident,
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=window_start,
        window_end=window_end,
        gpc_policy=gpc_policy,
        dry_run=dry_run,
        destinations=destination or [],
        table=table,
        links_table=links_table,
    )
    try:
        started = ctx.obj if isinstance(ctx.obj, StartedServer) else None
        result = asyncio.run(_run(backfill_input, address, namespace, not json_out, embedded, started))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    if json_out:
        print(result.model_dump_json(indent=2))
    else:
        _print_result(result)


# ---------------------------------------------------------------------------------------------- input


def _destination_webhooks(destinations: Sequence[str]) -> dict[str, str]:
    """`--destination NAME=URL` values, each refused in one line when it is not a plain webhook URL. The
    spec's checks are imported only when a destination is named: a plain backfill starts without them."""
    if not destinations:
        return {}
    from optout_recall.spec import check_destination_url

    webhooks: dict[str, str] = {}
    for item in destinations:
        name, sep, url = item.partition("=")
        if not sep or not name:
            fail(f"--destination {item!r} must be NAME=URL")
        try:
            webhooks[name] = check_destination_url(name, check_webhook_url(name, url))
        except ValueError as exc:
            fail(str(exc))
    return webhooks


def _checked_input(
    *,
    incident: str,
    events_url: str,
    ledger_url: str | None,
    window_start: str | None,
    window_end: str | None,
    gpc_policy: GpcPolicy,
    dry_run: bool,
    destinations: list[str],
    table: str,
    links_table: str | None = None,
) -> BackfillInput:
    if not incident.strip():
        fail("--incident must not be empty")
    if ledger_url is None:
        fail("--ledger-url is required")
    start = _instant("--window-start", window_start)
    end = _instant("--window-end", window_end)
    if end <= start:
        fail(f"--window-end {end.isoformat()} must be after --window-start {start.isoformat()}")
    webhooks = _destination_webhooks(destinations)
    config = EventTableConfig(table=table)
    links = LinksTableConfig(table=links_table) if links_table is not None else None
    try:
        events_table(config)
        if links is not None:
            links_table_clause(links)
        for url in (events_url, ledger_url):
            async_url(url)
    except (ValueError, DatabaseURLError) as exc:
        fail(str(exc))
    asyncio.run(_check_databases(events_url, ledger_url, config, links))
    return BackfillInput(
        incident_id=incident,
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=start,
        window_end=end,
        gpc_policy=gpc_policy,
        dry_run=dry_run,
        table=config,
        links=links,
        destinations=webhooks,
    )


def _instant(flag: str, value: str | None) -> datetime:
    if not value:
        fail(f"{flag} is required")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(f"{flag} {value!r} is not an ISO 8601 timestamp")
    if parsed.tzinfo is None:
        fail(f"{flag} {value!r} has no UTC offset (add Z or +HH:MM)")
    return parsed.astimezone(UTC)


async def _check_databases(
    events_url: str, ledger_url: str, config: EventTableConfig, links: LinksTableConfig | None
) -> None:
    """The plan activity's own database checks (`preflight.check_databases`), before a workflow exists."""
    try:
        await check_databases(_opened, events_url, ledger_url, config, links)
    except RecallError as exc:
        fail(str(exc))


@contextlib.asynccontextmanager
async def _opened(url: str) -> AsyncIterator[AsyncConnection]:
    """A read-only connection on an engine of its own; a database that is not there exits 2 with its URL
    (and is not created), as does one that cannot be opened."""
    try:
        async with existing_database(url) as engine, engine.connect() as conn:
            yield conn
    except DatabaseURLError as exc:
        fail(str(exc))
    except (OSError, SQLAlchemyError) as exc:
        fail(
            f"cannot open {redact_url(url)}: {' '.join(str(getattr(exc, 'orig', exc) or exc).split())[:200]}"
        )


# ---------------------------------------------------------------------------------------------- running


@contextlib.asynccontextmanager
async def _temporal(
    address: str | None,
    namespace: str | None,
    *,
    embedded: bool = False,
    started: StartedServer | None = None,
) -> AsyncIterator[tuple[Client, str]]:
    """A client and the task queue to use: a cluster named by --address/--namespace, else a running
    `recall dev` (unless `embedded`), else an embedded runtime with a worker of its own. `started`: the
    embedded dev server `recall` started before its imports (when no `recall dev` was listening then)."""
    if address is not None or namespace is not None:
        from workers.connect import ConnectionSettings, TemporalUnreachable, connect

        try:
            client = await connect(
                ConnectionSettings(address=address, namespace=namespace), identity="recall-backfill"
            )
        except TemporalUnreachable as exc:
            fail(str(exc))
        yield client, names.TASK_QUEUE
        return
    if started is None:
        dev = None if embedded else await _running_dev()
        if dev is not None:
            yield dev, names.TASK_QUEUE
            return
    from optout_recall.runtime import embedded_dev_server

    # The server boots in its own process (since the start of `recall` when it was started then) while this
    # one imports and builds the worker.
    server = embedded_dev_server(None, started=started)
    starting = asyncio.ensure_future(server.__aenter__())
    await asyncio.sleep(0)
    try:
        from workers.backfill import running_backfill_worker

        env = await starting
    except BaseException:
        starting.cancel()
        raise
    try:
        task_queue = f"recall-backfill-{uuid.uuid4().hex[:8]}"
        async with running_backfill_worker(env.client, task_queue):
            yield env.client, task_queue
    finally:
        # It keeps no database file: the server is killed at once instead of a graceful stop.
        await server.__aexit__(None, None, None)


async def _running_dev() -> Client | None:
    """The Temporal of a running `recall dev` (127.0.0.1:7233 with a worker polling the task queue), or None."""
    host, _, port = names.DEFAULT_ADDRESS.rpartition(":")
    with socket.socket() as sock:
        sock.settimeout(0.2)
        if sock.connect_ex((host, int(port))) != 0:
            return None
    from temporalio.api.enums.v1 import TaskQueueType
    from temporalio.api.taskqueue.v1 import TaskQueue
    from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
    from temporalio.contrib.pydantic import pydantic_data_converter

    try:
        client = await Client.connect(
            names.DEFAULT_ADDRESS, namespace=names.DEFAULT_NAMESPACE, data_converter=pydantic_data_converter
        )
        described = await client.workflow_service.describe_task_queue(
            DescribeTaskQueueRequest(
                namespace=client.namespace,
                task_queue=TaskQueue(name=names.TASK_QUEUE),
                task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
            ),
            timeout=timedelta(seconds=2),
        )
    except (RuntimeError, RPCError):
        return None
    # A worker long-polls without pause; one not seen for longer than a poll lasts has gone.
    recent = datetime.now(UTC) - timedelta(seconds=90)
    polling = any(p.last_access_time.ToDatetime(tzinfo=UTC) > recent for p in described.pollers)
    return client if polling else None


async def _run(
    backfill: BackfillInput,
    address: str | None,
    namespace: str | None,
    show_progress: bool,
    embedded: bool = False,
    started: StartedServer | None = None,
) -> BackfillResult:
    async with _temporal(address, namespace, embedded=embedded, started=started) as (client, task_queue):
        mode = "dry-run" if backfill.dry_run else "apply"
        try:
            handle = await client.start_workflow(
                names.BACKFILL_WORKFLOW,
                BackfillState(input=backfill),
                id=f"backfill-{backfill.incident_id}-{mode}",
                task_queue=task_queue,
                result_type=BackfillResult,
                id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
                static_summary=f"backfill {mode} for {backfill.incident_id}",
            )
        except RPCError as exc:
            fail(f"cannot start the backfill: {exc.message}")
        waiter = asyncio.ensure_future(handle.result())
        if show_progress:
            await _show_progress(handle, waiter)
        try:
            return await waiter
        except WorkflowFailureError as exc:
            cause: BaseException | None = exc.cause
            while isinstance(cause, FailureError) and not isinstance(cause, ApplicationError) and cause.cause:
                cause = cause.cause
            if isinstance(cause, ApplicationError) and cause.type == ErrorType.BAD_BACKFILL_INPUT:
                fail(cause.message)
            fail(f"backfill failed: {cause or exc}", code=1)


async def _show_progress(handle: Any, waiter: asyncio.Future[BackfillResult]) -> None:
    columns = (
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[detail]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False) as progress:
        task = progress.add_task("planning", total=None, detail="")
        while not waiter.done():
            with contextlib.suppress(RPCError):
                state = await handle.query(
                    names.PROGRESS_QUERY, result_type=BackfillState, rpc_timeout=timedelta(seconds=5)
                )
                counts = state.counts
                progress.update(
                    task,
                    description=state.stage or "running",
                    total=state.events_in_window or None,
                    completed=counts.scanned,
                    detail=(
                        f"{counts.violations:,} violations, {counts.corrections_written:,} written, "
                        f"{state.events_per_second:,.0f} ev/s, partitions {len(state.partitions_done)}/{state.partitions_total}"
                    ),
                )
            await asyncio.wait({waiter}, timeout=0.5)


# ---------------------------------------------------------------------------------------------- output


def _print_result(result: BackfillResult) -> None:
    c = result.counts
    verb = "would correct" if result.dry_run else "corrected"
    linked = f" ({c.through_links:,} through an identity link)" if c.through_links else ""
    out.print(
        f"[bold]{result.incident_id}[/]: {c.scanned:,} events scanned, {c.violations:,} violations{linked}; "
        f"{verb} {c.violations if result.dry_run else c.corrections_written:,}"
        + ("" if result.dry_run else f", {c.outbox_written:,} outbox rows queued")
    )
    for title, counts in (
        ("jurisdiction", c.by_jurisdiction),
        ("purpose", c.by_purpose),
        ("destination", c.by_destination),
    ):
        grid = Table(title=f"violations by {title}", title_justify="left")
        grid.add_column(title)
        grid.add_column("violations", justify="right")
        for key, value in sorted(counts.items()):
            grid.add_row(key, f"{value:,}")
        out.print(grid)
    if not result.dry_run:
        out.print(
            f"deliveries: {c.delivered:,} delivered, {c.delivery_failed:,} failed, {c.delivery_pending:,} pending"
        )
    out.print(f"rules {result.rules_hash[:12]}")


def _list_deliveries(events_url: str, incident: str, status: DeliveryStatus | None, json_out: bool) -> None:
    try:
        async_url(events_url)
    except DatabaseURLError as exc:
        fail(str(exc))

    async def read() -> list[dict[str, Any]]:
        async with existing_database(events_url) as engine, engine.connect() as conn:
            if not await conn.run_sync(lambda c: inspect(c).has_table("recall_outbox")):
                return []
            return await list_deliveries(conn, incident, status)

    try:
        rows = asyncio.run(read())
    except DatabaseURLError as exc:
        fail(str(exc))
    except (OSError, SQLAlchemyError) as exc:
        fail(f"cannot open {redact_url(events_url)}: {' '.join(str(exc).split())[:200]}")
    if json_out:
        print(json.dumps(rows, default=str, indent=2))
        return
    grid = Table(title=f"deliveries for {incident}", title_justify="left")
    for name in ("id", "destination", "subject", "status", "attempts", "last error", "delivered at"):
        grid.add_column(name)
    for row in rows:
        grid.add_row(
            str(row["id"]),
            str(row["destination"]),
            str(row["subject_id"]),
            str(row["status"]),
            str(row["attempts"]),
            str(row["last_error"] or ""),
            str(row["delivered_at"] or ""),
        )
    out.print(grid)
