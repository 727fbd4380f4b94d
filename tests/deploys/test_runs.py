"""A deploy hook dies with the process that runs it, and the next run of the same deploy id comes after it.

The "worker" here is a real separate process running `HookRunner`, killed with SIGKILL as the OOM killer
would; the hook is a shell script that starts a child of its own, so the whole process group must go.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

import httpx
import pytest

from optout_recall.deploys import HookRunner
from optout_recall.deploys.runs import DeployRuns
from optout_recall.deploys.supervisor import Redactor, read_record
from optout_recall.payloads import DeployAction, DeployInput, HookKind, HookSpec

ROOT = Path(__file__).resolve().parents[2]
DEPLOY_ID = "d" + "5" * 31

RUNNER = """
import asyncio, sys
import httpx
from optout_recall.deploys import HookRunner
from optout_recall.payloads import DeployInput

async def main() -> None:
    async with httpx.AsyncClient() as http:
        await HookRunner(http).run(DeployInput.model_validate_json(sys.argv[1]), sys.argv[2])

asyncio.run(main())
"""


def shell_hook(tmp_path: Path, seconds: int) -> tuple[DeployInput, Path]:
    trace = tmp_path / "trace.log"
    script = tmp_path / "deploy.sh"
    script.write_text(
        "#!/bin/sh\n"
        f'echo "start $$ $RECALL_DEPLOY_ID" >> {trace}\n'
        f"sleep {seconds} &\n"
        f'echo "child $!" >> {trace}\n'
        "wait\n"
        f'echo "end $$" >> {trace}\n'
    )
    script.chmod(0o755)
    hook = HookSpec(kind=HookKind.COMMAND, command=[str(script)], timeout_seconds=60)
    return (
        DeployInput(
            incident_id="INC-1",
            environment="production",
            action=DeployAction.DEPLOY,
            hotfix_ref="f" * 40,
            hook=hook,
            log_dir=str(tmp_path / "artifacts"),
        ),
        trace,
    )


def pids(trace: Path, word: str) -> list[int]:
    lines = trace.read_text().splitlines() if trace.exists() else []
    return [int(line.split()[1]) for line in lines if line.startswith(word)]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0): it has exited, its parent has not reaped it yet.
    return Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0] != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="checks processes through /proc")
async def test_the_hook_group_dies_with_its_worker_and_the_next_run_follows_it(tmp_path: Path) -> None:
    deploy, trace = shell_hook(tmp_path, seconds=30)
    worker = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        RUNNER,
        deploy.model_dump_json(),
        DEPLOY_ID,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 20
    while not pids(trace, "child"):
        assert time.monotonic() < deadline and worker.returncode is None, "the hook never started"
        await asyncio.sleep(0.05)
    [hook_pid], [child_pid] = pids(trace, "start"), pids(trace, "child")
    worker.send_signal(signal.SIGKILL)
    await asyncio.wait_for(worker.wait(), 10)

    deadline = time.monotonic() + 10
    while alive(hook_pid) or alive(child_pid):
        assert time.monotonic() < deadline, "the hook outlived its worker"
        await asyncio.sleep(0.05)

    # The retry (a fresh worker) runs the deploy again, after the first run, and records both.
    deploy.hook.command[0:1] = ["sh", "-c", "echo redeployed $RECALL_DEPLOY_ID"]
    async with httpx.AsyncClient() as http:
        result = await HookRunner(http).run(deploy, DEPLOY_ID)
    assert result.ok and result.runs == 2
    assert result.detail == f"exit 0: redeployed {DEPLOY_ID}"
    runs = read_record(Path(deploy.log_dir) / "deploys" / f"{DEPLOY_ID}.json")["runs"]
    assert [r["state"] for r in runs] == ["interrupted", "ended"]
    assert pids(trace, "end") == []  # the first run never finished behind the second one's back
    log = Path(result.log_path).read_text()
    assert log.index("--- run 1") < log.index("--- run 2") < log.index("redeployed")


async def test_a_stuck_earlier_run_past_its_timeout_is_ended_and_counted_as_timed_out(tmp_path: Path) -> None:
    deploy, trace = shell_hook(tmp_path, seconds=30)
    deploy.hook.timeout_seconds = 1
    folder = Path(deploy.log_dir) / "deploys"
    folder.mkdir(parents=True)
    # A run left by a supervisor that was itself SIGKILLed: its group lives on, nobody enforces its timeout.
    leftover = await asyncio.create_subprocess_exec("sleep", "30", process_group=0)
    reaped = asyncio.create_task(leftover.wait())  # as init reaps an orphan
    lock, earlier = await DeployRuns(folder).acquire(DEPLOY_ID, 1, lambda: None)
    assert earlier is None
    run = lock.start_run(kind="command")
    lock.finish_run(run, state="running", pgid=leftover.pid, supervisor_pid=leftover.pid)
    lock.release()

    async with httpx.AsyncClient() as http:
        result = await HookRunner(http, poll_interval=0.05, overdue_margin=0.5).run(deploy, DEPLOY_ID)
    assert await asyncio.wait_for(reaped, 5) == -signal.SIGKILL
    assert not result.ok and result.detail == "timed out after 1s (ended by a retry)"
    assert pids(trace, "start") == []  # and it was not deployed a second time


def test_a_secret_is_redacted_even_when_split_across_reads() -> None:
    redactor = Redactor(["s3cr3t-value", "line-one-of-key\nline-two-of-key", "short"])
    out = (
        b"".join(
            redactor.feed(chunk) for chunk in (b"a s3c", b"r3t-va", b"lue b line-two", b"-of-key c short\n")
        )
        + redactor.close()
    )
    assert out == b"a [REDACTED] b [REDACTED] c short\n"  # values under 6 characters are not hunted
