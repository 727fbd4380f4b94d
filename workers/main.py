"""The worker: hosts the recall and backfill workflows and every activity, and shuts down gracefully."""

from __future__ import annotations

import asyncio
import signal
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import structlog
from temporalio.client import Client
from temporalio.worker import Worker

from activities.backfill import BackfillActivities
from activities.deploys import DeployActivities
from activities.git_hosts import GitHostActivities
from activities.guard import GuardActivities
from activities.notify import NotifyActivities
from activities.probes import ProbeActivities
from activities.reports import ReportActivities
from optout_recall.db import EngineCache
from optout_recall.runtime import register_search_attributes
from workers.connect import ConnectionSettings, connect
from workers.refusals import RefusalRecorder
from workers.sandbox import WORKFLOW_RUNNER
from workflows.backfill import BackfillWorkflow
from workflows.guard import GuardWorkflow
from workflows.recall import RecallWorkflow

log = structlog.get_logger("optout_recall.worker")

WORKFLOWS = [RecallWorkflow, BackfillWorkflow, GuardWorkflow]
T = TypeVar("T")


def activity_set(
    http: httpx.AsyncClient, engines: EngineCache, **overrides: object
) -> list[Callable[..., Any]]:
    """Every activity the workflows call, bound to their dependencies; tests override a group by name."""
    git_hosts: Any = overrides.get("git_hosts") or GitHostActivities(http)
    probes: Any = overrides.get("probes") or ProbeActivities()
    deploys: Any = overrides.get("deploys") or DeployActivities(http)
    notify: Any = overrides.get("notify") or NotifyActivities(http)
    backfill: Any = overrides.get("backfill") or BackfillActivities(engines, http=http)
    reports: Any = overrides.get("reports") or ReportActivities()
    guard: Any = overrides.get("guard") or GuardActivities(http)
    return [
        git_hosts.freeze_repo,
        git_hosts.allow_hotfix,
        git_hosts.unfreeze_repo,
        git_hosts.find_hotfix_commit,
        probes.run_scenarios,
        deploys.run_hook,
        notify.escalate,
        backfill.plan_backfill,
        backfill.backfill_partition,
        backfill.deliver_outbox,
        backfill.finish_backfill,
        backfill.tally_backfill,
        reports.write_report,
        reports.check_ledger,
        guard.check_channels,
        guard.watch_requirements,
        guard.send_alert,
        guard.record_rehearsal,
        guard.rehearsal_fact,
    ]


@asynccontextmanager
async def running_worker(
    client: Client,
    task_queue: str,
    *,
    max_concurrent_activities: int = 50,
    graceful_shutdown: timedelta = timedelta(seconds=20),
    **overrides: object,
) -> AsyncIterator[Worker]:
    """A started worker with its own HTTP client and database engines, all closed on exit."""
    engines = EngineCache()
    async with httpx.AsyncClient(timeout=httpx.Timeout(30.0), follow_redirects=False) as http:
        worker = Worker(
            client,
            task_queue=task_queue,
            workflows=WORKFLOWS,
            activities=activity_set(http, engines, **overrides),
            workflow_runner=WORKFLOW_RUNNER,
            interceptors=[RefusalRecorder()],
            max_concurrent_activities=max_concurrent_activities,
            graceful_shutdown_timeout=graceful_shutdown,
            # Activities go through the task queue to whichever worker polls: eagerly, every partition a
            # workflow task schedules would run on the worker that holds the workflow (sticky), so a second
            # worker took 0-1 of 15 partitions at 3M events.
            disable_eager_activity_execution=True,
        )
        try:
            async with worker:
                yield worker
        finally:
            await engines.dispose()


async def _touch_forever(path: Path, worker: Worker) -> None:
    """A liveness file for container health checks, touched only while the worker is polling."""
    while worker.is_running:
        path.touch()
        await asyncio.sleep(10)


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else []))


def set_on_stop_signals(stop: asyncio.Event) -> None:
    """Set `stop` on SIGINT, SIGTERM or SIGHUP (Ctrl-C, a service manager, a closed terminal), from the loop.

    Where the loop cannot watch signals itself (Windows' event loops have no add_signal_handler), a plain
    signal handler hands the event to the loop instead, so the graceful path is the same everywhere.
    """
    loop = asyncio.get_running_loop()
    for sig in STOP_SIGNALS:
        try:
            loop.add_signal_handler(sig, stop.set)
        except NotImplementedError:
            signal.signal(sig, lambda _signum, _frame: loop.call_soon_threadsafe(stop.set))


async def until_stop_signal(work: Awaitable[T]) -> T | None:
    """Await `work` until it ends or a stop signal arrives; the signal cancels it, so every `async with` it
    entered (worker, dev server, demo service) unwinds in order. None when a signal stopped it."""
    task = asyncio.ensure_future(work)
    stop = asyncio.Event()
    set_on_stop_signals(stop)
    stopper = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            return task.result()
        task.cancel()
        with suppress(asyncio.CancelledError):
            await task
        return None
    finally:
        stopper.cancel()
        loop = asyncio.get_running_loop()
        for sig in STOP_SIGNALS:
            with suppress(NotImplementedError, ValueError):
                loop.remove_signal_handler(sig)


async def serve(settings: ConnectionSettings, health_file: Path | None = None) -> None:
    """Register the search attributes (SearchAttributesMissing says what to run where the server refuses), run
    until SIGINT, SIGTERM or SIGHUP, then let in-flight activities finish (up to the graceful timeout)."""
    client = await connect(settings, identity="optout-recall-worker")
    await register_search_attributes(client)
    stop = asyncio.Event()
    set_on_stop_signals(stop)
    async with running_worker(client, settings.task_queue) as worker:
        liveness = asyncio.create_task(_touch_forever(health_file, worker)) if health_file else None
        log.info(
            "worker started",
            address=client.service_client.config.target_host,
            namespace=client.namespace,
            task_queue=settings.task_queue,
        )
        await stop.wait()
        log.info("worker stopping")
        if liveness is not None:
            liveness.cancel()
    log.info("worker stopped")
