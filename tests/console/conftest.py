"""A recall waiting on its hotfix on the real dev server, with a worker, and the console app over it."""

from __future__ import annotations

from collections.abc import AsyncIterator
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


@pytest.fixture
async def waiting_recall(dev_server_env: WorkflowEnvironment, tmp_path: Path) -> AsyncIterator[WaitingRecall]:
    world = World(tmp_path)
    await seed_data(world.events_url, world.ledger_url, subjects=60, seed=3)
    deploy = world.hook().model_copy(update={"env": {"DEPLOY_TOKEN": HOOK_SECRET}})
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, world.recall_input(deploy=deploy))
        state = await wait_until(handle, pending_step(GateStep.HOTFIX))
        transcript = Path(state.reproduction[0].transcript_path)
        transcript.parent.mkdir(parents=True, exist_ok=True)
        transcript.write_text('{"request": "POST /preferences", "gpc": true, "response": "tracked anyway"}\n')
        try:
            yield WaitingRecall(world, handle, state, TemporalGateway(dev_server_env.client))
        finally:
            if (await handle.describe()).status == 1:  # still running: leave nothing behind
                await handle.terminate("test over")
