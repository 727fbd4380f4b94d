"""A whole recall on a real `temporal server start-dev` that is SIGKILLed twice and started again on the same
port and SQLite file, with one real worker process that lives through both kills:

- while the production deploy hook runs, and kept down for longer than the SDK retries an activity's
  completion (10 s), so the worker's report of the finished deploy is lost: the server times the attempt out
  and the retry must take the outcome from the deploy's record instead of deploying a second time;
- right after the backfill-apply approval is accepted, before the apply's child workflow has started.

The worker is never restarted. Its pollers retry the address until the server answers again, as a production
worker does across a Temporal outage, so restarting it would only hide a worker that gives up: the test
asserts that the process that started the recall is the one that finishes it. After both kills the recall
completes; the corrections are exact (as many rows as distinct event ids, as many as the dry run counted);
every repository's hooks are byte for byte the originals; the deploy hook ran once; and the report counts what
the hook's own log shows.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import distinct, func, inspect, select
from temporalio.client import Client, WorkflowHandle
from temporalio.contrib.pydantic import pydantic_data_converter

from optout_recall import names
from optout_recall.backfill.corrections import recall_corrections
from optout_recall.db import create_engine
from optout_recall.demo.world import seed_data
from optout_recall.payloads import GateStep, HookSpec, Outcome, Phase, RecallResult, RepoTarget
from optout_recall.runtime import register_search_attributes, temporal_cli_path
from tests.conftest import free_port
from tests.faults.test_killed_worker import DEPLOY_HOOK, TOKEN, runs_in, snapshot, ten_repos, until
from tests.faults.worker import WorkerProcess
from tests.workflows.test_recall import World, decide, pending_step, state_of, wait_until

pytestmark = [pytest.mark.devserver, pytest.mark.timeout(120)]

# Longer than the SDK's default retry of one call (RetryConfig: 10 s at most), so a completion is given up on.
OUTAGE_SECONDS = 15


class DevServer:
    """`temporal server start-dev` on one port and one SQLite file, so it can be killed and come back as itself."""

    def __init__(self, root: Path) -> None:
        self.address = f"127.0.0.1:{free_port()}"
        self.database = root / "temporal.db"
        self.log = root / "temporal-server.log"
        self.process: subprocess.Popen[bytes] | None = None

    async def start(self) -> Client:
        process = self.process = self._spawn()
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"the dev server exited: {self.log.read_text()[-2000:]}"
            try:
                client = await Client.connect(self.address, data_converter=pydantic_data_converter)
                break
            except RuntimeError:
                assert time.monotonic() < deadline, "the dev server did not answer within 30 s"
                await asyncio.sleep(0.1)
        await register_search_attributes(client)
        return client

    def _spawn(self) -> subprocess.Popen[bytes]:
        host, port = self.address.split(":")
        command = [
            temporal_cli_path(),
            *("server", "start-dev", "--headless", "--ip", host, "--port", port),
            *("--db-filename", str(self.database), "--log-level", "warn"),
        ]
        # If pytest itself dies, the kernel ends the server rather than leave it on the shared machine.
        setpriv = shutil.which("setpriv") if sys.platform.startswith("linux") else None
        if setpriv:
            command = [setpriv, "--pdeathsig", "KILL", "--", *command]
        with self.log.open("ab") as log:
            return subprocess.Popen(
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True
            )

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[DevServer]:
    dev = DevServer(tmp_path)
    try:
        yield dev
    finally:
        dev.stop()


async def corrections_of(world: World, incident_id: str) -> tuple[int, int]:
    """Correction rows of one incident, and the distinct event ids among them."""
    engine = create_engine(world.events_url)
    try:
        async with engine.connect() as conn:
            if not await conn.run_sync(lambda c: inspect(c).has_table(recall_corrections.name)):
                return 0, 0  # a dry run creates nothing
            counted = select(func.count(), func.count(distinct(recall_corrections.c.event_id))).where(
                recall_corrections.c.incident_id == incident_id
            )
            rows, events = (await conn.execute(counted)).one()
            return int(rows), int(events)
    finally:
        await engine.dispose()


async def started_attempts(handle: WorkflowHandle[Any, Any], activity_type: str) -> list[int]:
    """The attempt each activity of this type ended on, from history (a started event names its last)."""
    scheduled: dict[int, str] = {}
    attempts = []
    async for event in handle.fetch_history_events():
        if event.HasField("activity_task_scheduled_event_attributes"):
            scheduled[event.event_id] = event.activity_task_scheduled_event_attributes.activity_type.name
        elif event.HasField("activity_task_started_event_attributes"):
            started = event.activity_task_started_event_attributes
            if scheduled.get(started.scheduled_event_id) == activity_type:
                attempts.append(started.attempt)
    return attempts


async def test_a_recall_lives_through_two_dev_server_kills(server: DevServer, tmp_path: Path) -> None:
    world = World(tmp_path)
    await seed_data(world.events_url, world.ledger_url, subjects=40, seed=7)
    repos = ten_repos(world, tmp_path)
    before = {repo.name: snapshot(repo / "hooks") for repo in repos}
    script, trace, vault = tmp_path / "deploy_hook.py", tmp_path / "hook-trace.log", tmp_path / "vault"
    script.write_text(DEPLOY_HOOK)
    vault.write_text(TOKEN)
    recall = world.recall_input(
        repos=[RepoTarget(name=repo.stem, location=str(repo)) for repo in repos],
        deploy=HookSpec(command=[sys.executable, str(script), str(trace), "4", str(vault)]),
        rollback=HookSpec(command=[sys.executable, str(script), str(trace), "0", str(vault)]),
    )

    client = await server.start()
    queue = f"server-kill-{uuid.uuid4().hex[:8]}"
    worker = WorkerProcess(server.address, queue, "worker-0", tmp_path / "worker-0.log", [], {})
    try:
        handle = await client.start_workflow(
            names.RECALL_WORKFLOW,
            recall,
            id=names.recall_workflow_id(recall.incident_id),
            task_queue=queue,
            result_type=RecallResult,
        )
        await wait_until(handle, pending_step(GateStep.HOTFIX), within=60)
        await decide(handle, world, GateStep.HOTFIX, "bob")
        await until(lambda: trace.exists() and "tick" in trace.read_text(), 30, "the deploy hook started")

        server.kill()  # 1: mid deploy hook; down until the worker has given up reporting its end
        await until(lambda: "end deploy/production" in trace.read_text(), 30, "the deploy hook ended")
        await asyncio.sleep(OUTAGE_SECONDS)
        client = await server.start()
        handle = client.get_workflow_handle(handle.id, result_type=RecallResult)

        dry = await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False), within=60)
        assert dry.counters.violations > 0
        assert await corrections_of(world, recall.incident_id) == (0, 0)  # the dry run wrote nothing
        await decide(handle, world, GateStep.BACKFILL_APPLY, "bob")
        server.kill()  # 2: right after the apply approval
        await asyncio.sleep(1)
        client = await server.start()
        handle = client.get_workflow_handle(handle.id, result_type=RecallResult)

        result = await asyncio.wait_for(handle.result(), timeout=60)
        final = await state_of(handle)
        hook_attempts = await started_attempts(handle, "run_hook")
        assert worker.process.poll() is None  # the worker that started the recall finished it
    finally:
        worker.stop()

    assert result.outcome == Outcome.COMPLETED, final.open_items
    assert final.phase == Phase.DONE
    rows, distinct_events = await corrections_of(world, recall.incident_id)
    assert rows == distinct_events == dry.counters.violations == result.counters.corrections_written
    after = {repo.name: snapshot(repo / "hooks") for repo in repos}
    for name in before:
        assert after[name] == before[name], f"{name}: hooks differ from the originals"
    assert result.counters.repos_frozen == result.counters.repos_unfrozen == len(repos)

    # The first kill hit what it was meant to: the finished deploy's report was lost, and a second attempt
    # of the one deploy activity answered for it.
    assert hook_attempts == [2], hook_attempts
    runs = list(runs_in(trace).values())  # raises on two runs of one deploy at once
    deploys = [run for run in runs if run[0] == "deploy/production"]
    rollbacks = [run for run in runs if run[0].startswith("rollback/")]
    assert len(deploys) == 1 and deploys[0][4]  # the hook ran once, to its end
    (record,) = (world.artifacts / "deploys").glob("d*.json")
    assert [(r["state"], r["exit_code"]) for r in json.loads(record.read_text())["runs"]] == [("ended", 0)]
    report = json.loads(Path(result.report_paths[1]).read_text())
    assert report["counters"]["deploys"] == result.counters.deploys == len(deploys) == 1
    assert report["counters"]["rollbacks"] == result.counters.rollbacks == len(rollbacks) == 0
    assert report["backfill"]["corrections_written"] == rows
