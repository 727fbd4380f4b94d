"""Whole recalls on a real worker process that is SIGKILLed at the worst moments, on the real dev server.

- during a 35 s production deploy hook: the hook dies with the worker, the retry on a fresh worker runs it
  again after it, never beside it; the hook's own log shows one finished deploy, as the report counts; a
  token the hook prints is nowhere in history, reports, logs or the worker's output;
- during the freeze batch and again during the unfreeze of ten repositories whose pre-receive hooks are big
  (bigger than a pipe holds, so a killed worker cuts the write off), small, absent or a symlink: after the
  recall completes, every repository's hooks folder is byte for byte what it was.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from temporalio.client import WorkflowHandle
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.demo.world import seed_data
from optout_recall.payloads import GateStep, HookSpec, Outcome, Phase, RecallInput, RecallResult, RepoTarget
from tests.faults.worker import WorkerProcess
from tests.workflows.test_recall import World, decide, pending_step, state_of, wait_until

pytestmark = [pytest.mark.devserver, pytest.mark.timeout(420)]

TOKEN = "ghp_KilledWorkerTokenThatMustNeverLeak0123"


class Workers:
    """Worker processes of one test, each with its own output file; all stopped at the end."""

    def __init__(self, env: WorkflowEnvironment, root: Path, ssh: list[str] | None = None) -> None:
        self.address = env.client.service_client.config.target_host
        self.queue = f"faults-{uuid.uuid4().hex[:8]}"
        self.root = root
        self.ssh = ssh or []
        self.started: list[WorkerProcess] = []

    def start(self) -> WorkerProcess:
        n = len(self.started)
        worker = WorkerProcess(
            self.address,
            self.queue,
            f"worker-{n}",
            self.root / f"worker-{n}.log",
            self.ssh,
            {"GITHUB_TOKEN": TOKEN},
        )
        self.started.append(worker)
        return worker

    def kill_and_replace(self) -> None:
        self.started[-1].kill()
        self.start()

    def output(self) -> str:
        return "".join(w.log.read_text() for w in self.started)


@pytest.fixture
def stopped_at_end() -> Iterator[list[Workers]]:
    groups: list[Workers] = []
    yield groups
    for group in groups:
        for worker in group.started:
            worker.stop()


async def start_recall(
    env: WorkflowEnvironment, queue: str, recall: RecallInput
) -> WorkflowHandle[Any, RecallResult]:
    return await env.client.start_workflow(
        names.RECALL_WORKFLOW,
        recall,
        id=names.recall_workflow_id(recall.incident_id),
        task_queue=queue,
        result_type=RecallResult,
    )


async def approve_through(handle: WorkflowHandle[Any, RecallResult], world: World, within: float) -> None:
    await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False), within=within)
    await decide(handle, world, GateStep.BACKFILL_APPLY, "bob")


async def until(predicate: Any, within: float, what: str) -> None:
    deadline = time.monotonic() + within
    while not predicate():
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.05)


# --------------------------------------------------------------------------- a deploy hook cut off


DEPLOY_HOOK = r"""
import os, sys, time
trace, seconds, vault = sys.argv[1], float(sys.argv[2]), sys.argv[3]
me, deploy = os.getpid(), os.environ.get("RECALL_DEPLOY_ID", "no-deploy-id")
what = os.environ["RECALL_ACTION"] + "/" + os.environ["RECALL_ENVIRONMENT"]
pidfile = f"{trace}.{deploy}.pid"

def log(*words):
    with open(trace, "a") as out:
        out.write(" ".join(str(w) for w in words) + "\n")

def alive(pid):
    try:
        os.kill(pid, 0)
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except (ProcessLookupError, FileNotFoundError):
        return False

try:
    other = int(open(pidfile).read())
except (OSError, ValueError):
    other = 0
if other and alive(other):
    log("OVERLAP", deploy, me, other)
open(pidfile, "w").write(str(me))
log("start", what, deploy, me, time.time())
print("debug: the worker's token is", os.environ.get("GITHUB_TOKEN"), flush=True)
print("debug: the vault's token is", open(vault).read().strip(), flush=True)
end = time.time() + seconds
while time.time() < end:
    log("tick", what, deploy, me, time.time())
    time.sleep(0.5)
log("end", what, deploy, me, time.time())
print("deployed; token", open(vault).read().strip())
"""


def runs_in(trace: Path) -> dict[int, tuple[str, str, float, float, bool]]:
    """Per hook process: (what, deploy id, first seen, last seen, finished)."""
    runs: dict[int, tuple[str, str, float, float, bool]] = {}
    for line in trace.read_text().splitlines():
        kind, *rest = line.split()
        if kind == "OVERLAP":
            raise AssertionError(f"two runs of one deploy at once: {line}")
        what, deploy, pid, at = rest[0], rest[1], int(rest[2]), float(rest[3])
        first = runs.get(pid, (what, deploy, at, at, False))
        runs[pid] = (what, deploy, first[2], at, first[4] or kind == "end")
    return runs


def decoded_history(history_json: str) -> str:
    """History as JSON, plus every payload decoded (payload data is base64 in the JSON form)."""
    blobs = re.findall(r'"data":\s*"([A-Za-z0-9+/=]+)"', history_json)
    return history_json + "".join(base64.b64decode(b).decode("utf-8", "replace") for b in blobs)


async def test_a_deploy_hook_cut_off_with_its_worker_never_runs_twice_at_once(
    dev_server_env: WorkflowEnvironment, tmp_path: Path, stopped_at_end: list[Workers]
) -> None:
    world = World(tmp_path)
    await seed_data(world.events_url, world.ledger_url, subjects=40, seed=5)
    script, trace, vault = tmp_path / "deploy_hook.py", tmp_path / "hook-trace.log", tmp_path / "vault"
    script.write_text(DEPLOY_HOOK)
    vault.write_text(TOKEN)
    deploy = HookSpec(command=[sys.executable, str(script), str(trace), "35", str(vault)], timeout_seconds=90)
    rollback = HookSpec(command=[sys.executable, str(script), str(trace), "0", str(vault)])
    workers = Workers(dev_server_env, tmp_path)
    stopped_at_end.append(workers)
    workers.start()
    handle = await start_recall(
        dev_server_env, workers.queue, world.recall_input(deploy=deploy, rollback=rollback)
    )
    await wait_until(handle, pending_step(GateStep.HOTFIX), within=60)
    await decide(handle, world, GateStep.HOTFIX, "bob")
    await until(lambda: trace.exists() and "tick" in trace.read_text(), 60, "the deploy hook started")
    await asyncio.sleep(1)
    workers.kill_and_replace()

    await approve_through(handle, world, within=180)
    result = await asyncio.wait_for(handle.result(), timeout=120)

    assert result.outcome == Outcome.COMPLETED
    runs = sorted(runs_in(trace).values(), key=lambda run: run[2])
    production = [run for run in runs if run[0] == "deploy/production"]
    assert len(production) == 2  # cut off once, run again
    assert len({run[1] for run in production}) == 1  # one RECALL_DEPLOY_ID across the retry
    first, second = production
    assert not first[4] and second[4]  # the first died with its worker; the second finished
    assert second[2] > first[3]  # and started after the first's last sign of life
    report = json.loads(Path(result.report_paths[1]).read_text())
    assert report["counters"]["deploys"] == result.counters.deploys == sum(run[4] for run in production) == 1

    # The hook printed the token twice; it is nowhere the recall wrote.
    history = decoded_history((await handle.fetch_history()).to_json())
    artifacts = "".join(
        p.read_bytes().decode("utf-8", "replace") for p in Path(world.artifacts).rglob("*") if p.is_file()
    )
    assert "debug: the vault's token is [REDACTED]" in artifacts
    assert "the worker's token is None" in artifacts  # the hook never got it from the worker
    for where, text in {
        "history": history,
        "artifacts": artifacts,
        "worker output": workers.output(),
    }.items():
        assert TOKEN not in text, f"the token leaked into {where}"


# --------------------------------------------------------------------------- freeze and unfreeze cut off

SLOW_SSH = r"""
import shlex, subprocess, sys, time
log, script = sys.argv[1], shlex.split(sys.argv[-1])[2]
kind = "write" if "cat >" in script else "other"
with open(log, "a") as out:
    out.write(f"{kind} {time.time()}\n")
# A slow link: the remote shell starts late, so a big hook waits in the pipe while the worker is killed.
time.sleep(0.4 if kind == "write" else 0.02)
sys.exit(subprocess.run(["sh", "-c", script]).returncode)
"""


def snapshot(hooks: Path) -> dict[str, tuple[str, int, bytes]]:
    """Everything in a hooks folder: kind, mode and bytes (or link target) of each entry."""
    found = {}
    for entry in sorted(hooks.iterdir()):
        if entry.is_symlink():
            found[entry.name] = ("symlink", 0, os.readlink(entry).encode())
        else:
            found[entry.name] = ("file", entry.stat().st_mode & 0o7777, entry.read_bytes())
    return found


def ten_repos(world: World, root: Path) -> list[Path]:
    """Copies of the world's repository, each with its own pre-receive hook (or none, or a symlink)."""
    clone = root / "hotfix-clone"
    subprocess.run(
        ["git", "-C", str(clone), "push", "-q", "origin", "HEAD:refs/heads/hotfix-candidate"], check=True
    )
    shared = root / "shared-policy.sh"
    shared.write_bytes(b"#!/bin/sh\n# a policy hook shared by symlink\nexit 0\n")
    shared.chmod(0o755)
    rng = random.Random(13)
    repos = []
    for n in range(10):
        repo = root / "git" / f"svc-{n}.git"
        shutil.copytree(world.repo, repo, symlinks=True)
        hook = repo / "hooks" / "pre-receive"
        if n < 3:  # bigger than a pipe buffer (64 KiB), small enough for history
            filler = "".join(f"# policy rule {n}.{i}: {rng.getrandbits(128):032x}\n" for i in range(1700))
            hook.write_bytes(
                f"#!/bin/sh\n# site policy of svc-{n}\n{filler}exit 0\n".encode() + bytes([n, 255])
            )
            hook.chmod((0o750, 0o755, 0o700)[n % 3])
        elif n < 8:
            hook.write_bytes(f"#!/bin/sh\n# small policy of svc-{n}\nexit 0\n".encode())
            hook.chmod(0o755)
        elif n == 9:
            hook.symlink_to(shared)
        (repo / "hooks" / "update").write_bytes(f"#!/bin/sh\n# update hook of svc-{n}\n".encode())
        repos.append(repo)
    return repos


async def test_hooks_are_byte_for_byte_after_kills_during_freeze_and_unfreeze(
    dev_server_env: WorkflowEnvironment, tmp_path: Path, stopped_at_end: list[Workers]
) -> None:
    world = World(tmp_path)
    await seed_data(world.events_url, world.ledger_url, subjects=40, seed=6)
    repos = ten_repos(world, tmp_path)
    before = {repo.name: snapshot(repo / "hooks") for repo in repos}
    shared_before = (tmp_path / "shared-policy.sh").read_bytes()
    fake_ssh, ssh_log = tmp_path / "slow-ssh.py", tmp_path / "ssh.log"
    fake_ssh.write_text(SLOW_SSH)
    workers = Workers(dev_server_env, tmp_path, ssh=[sys.executable, str(fake_ssh), str(ssh_log)])
    stopped_at_end.append(workers)

    def writes(since: int = 0) -> int:
        lines = ssh_log.read_text().splitlines() if ssh_log.exists() else []
        return sum(line.startswith("write") for line in lines[since:])

    def lines() -> int:
        return len(ssh_log.read_text().splitlines()) if ssh_log.exists() else 0

    workers.start()
    recall = world.recall_input(
        repos=[RepoTarget(name=repo.stem, location=f"ssh://githost{repo}") for repo in repos]
    )
    handle = await start_recall(dev_server_env, workers.queue, recall)
    await until(lambda: writes() >= 4, 60, "hook writes of the freeze batch")
    workers.kill_and_replace()  # mid-batch: some saved copies half sent, no hook installed yet

    await wait_until(handle, pending_step(GateStep.HOTFIX), within=150)
    await decide(handle, world, GateStep.HOTFIX, "bob")
    await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False), within=150)
    offset = lines()
    await decide(handle, world, GateStep.BACKFILL_APPLY, "bob")
    await until(lambda: writes(offset) >= 3, 90, "hook writes of the unfreeze")
    assert (await state_of(handle)).phase == Phase.UNFREEZE
    workers.kill_and_replace()  # mid-restore of big hooks

    result = await asyncio.wait_for(handle.result(), timeout=180)
    final = await state_of(handle)
    assert result.outcome == Outcome.COMPLETED, final.open_items
    assert result.counters.repos_frozen == result.counters.repos_unfrozen == 10
    assert not [item for item in final.open_items if "UNFREEZE" in item]
    after = {repo.name: snapshot(repo / "hooks") for repo in repos}
    for name in before:
        assert after[name] == before[name], f"{name}: hooks differ from the originals"
    assert (tmp_path / "shared-policy.sh").read_bytes() == shared_before
