"""The embedded worker of `recall backfill`: the backfill workflow and its activities, nothing else.

`recall backfill` without a cluster runs on a dev server of its own, and its worker is part of the command's
fixed cost. This one starts in a fraction of `running_worker`'s time: it validates one workflow in the
sandbox, makes no HTTP client until an outbox is delivered, and names its build from the workflow's own
source instead of hashing every module the process has loaded.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from temporalio.client import Client
from temporalio.worker import Worker

import workflows.backfill
from activities.backfill import BackfillActivities
from optout_recall.db import EngineCache
from optout_recall.payloads import backfill as backfill_payloads
from optout_recall.payloads import core as core_payloads
from workers.sandbox import WORKFLOW_RUNNER
from workflows.backfill import BackfillWorkflow


def backfill_build_id() -> str:
    """What decides how the workflow runs: its module and the payloads it carries."""
    digest = hashlib.sha256()
    for module in (workflows.backfill, backfill_payloads, core_payloads):
        digest.update(inspect.getsource(module).encode())
    return f"backfill-{digest.hexdigest()[:16]}"


@asynccontextmanager
async def running_backfill_worker(client: Client, task_queue: str) -> AsyncIterator[Worker]:
    """A started worker for `BackfillWorkflow`; its engines and any HTTP client it made are closed on exit."""
    engines = EngineCache()
    backfill = BackfillActivities(engines)
    worker = Worker(
        client,
        task_queue=task_queue,
        workflows=[BackfillWorkflow],
        activities=[
            backfill.plan_backfill,
            backfill.backfill_partition,
            backfill.deliver_outbox,
            backfill.finish_backfill,
            backfill.tally_backfill,
        ],
        workflow_runner=WORKFLOW_RUNNER,
        build_id=backfill_build_id(),
        graceful_shutdown_timeout=timedelta(seconds=20),
    )
    try:
        async with worker:
            yield worker
    finally:
        await backfill.aclose()
        await engines.dispose()
