"""A recall waiting on its hotfix on the real dev server, with a worker, and the console app over it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from temporalio.client import WorkflowHandle
from temporalio.testing import WorkflowEnvironment

from optout_recall.cli.console import TemporalGateway
from optout_recall.demo.world import seed_data
from optout_recall.payloads import GateStep, RecallState
from tests.workflows.test_recall import TASK_QUEUE, ScriptedProbes, World, pending_step, start, wait_until
from workers.main import running_worker

# Set in the deploy hook's environment: a secret the recall holds that no console page may show.
HOOK_SECRET = "hook-secret-5c1f0e2b9d"


@dataclass
class WaitingRecall:
    world: World
    handle: WorkflowHandle[Any, Any]
    state: RecallState
    gateway: TemporalGateway


@asynccontextmanager
async def recall_waiting_on_its_hotfix(
    env: WorkflowEnvironment, root: Path, **overrides: Any
) -> AsyncIterator[WaitingRecall]:
    world = World(root)
    await seed_data(world.events_url, world.ledger_url, subjects=60, seed=3)
    deploy = world.hook().model_copy(update={"env": {"DEPLOY_TOKEN": HOOK_SECRET}})
    async with running_worker(env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(env, world.recall_input(deploy=deploy, **overrides))
        state = await wait_until(handle, pending_step(GateStep.HOTFIX))
        transcript = Path(state.reproduction[0].transcript_path)
        transcript.parent.mkdir(parents=True, exist_ok=True)
        transcript.write_text('{"request": "POST /preferences", "gpc": true, "response": "tracked anyway"}\n')
        try:
            yield WaitingRecall(world, handle, state, TemporalGateway(env.client))
        finally:
            if (await handle.describe()).status == 1:  # still running: leave nothing behind
                await handle.terminate("test over")


@pytest.fixture
async def waiting_recall(dev_server_env: WorkflowEnvironment, tmp_path: Path) -> AsyncIterator[WaitingRecall]:
    async with recall_waiting_on_its_hotfix(dev_server_env, tmp_path) as recall:
        yield recall


@pytest.fixture
async def escalated_recall(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> AsyncIterator[WaitingRecall]:
    """Nobody answered the hotfix gate within its (one second) timeout, so it escalated: break-glass is open."""
    async with recall_waiting_on_its_hotfix(
        dev_server_env, tmp_path, approval_timeout_seconds=1, escalation_interval_seconds=3600
    ) as recall:
        escalated = await wait_until(
            recall.handle, lambda s: s.pending is not None and s.pending.escalations >= 1
        )
        yield WaitingRecall(recall.world, recall.handle, escalated, recall.gateway)
