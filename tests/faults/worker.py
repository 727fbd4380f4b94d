"""A real worker in its own process, for tests that SIGKILL it as the OOM killer would.

`python -m tests.faults.worker ADDRESS QUEUE IDENTITY [SSH_COMMAND]` runs `workers.main.running_worker` with
every real activity except the probes, which are scripted (reproduce fails, every later run passes), and with
git hosts reached through SSH_COMMAND when given. It prints `ready` once polling.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from temporalio import activity
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter

from activities.git_hosts import GitHostActivities
from optout_recall.payloads import ProbeRunInput, ProbeRunResult, ScenarioVerdict, Verdict
from workers.main import running_worker

ROOT = Path(__file__).resolve().parents[2]


class ScriptedProbes:
    @activity.defn(name="run_scenarios")
    async def run_scenarios(self, input: ProbeRunInput) -> ProbeRunResult:
        verdict = Verdict.FAIL if input.label == "reproduce" else Verdict.PASS
        return ProbeRunResult(
            label=input.label,
            verdicts=[
                ScenarioVerdict(
                    scenario="gpc-honoured",
                    channel="preference-api",
                    verdict=verdict,
                    reason="scripted",
                    transcript_path=f"{input.artifacts_dir}/{input.label}/gpc-honoured.json",
                    transcript_sha256="0" * 64,
                )
            ],
        )


async def main(address: str, queue: str, identity: str, ssh: list[str]) -> None:
    client = await Client.connect(address, data_converter=pydantic_data_converter, identity=identity)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    git_hosts = GitHostActivities(ssh_command=ssh) if ssh else None
    async with running_worker(client, queue, probes=ScriptedProbes(), git_hosts=git_hosts):
        print("ready", flush=True)
        await stop.wait()


class WorkerProcess:
    """One worker process; its output goes to a file (a pipe nobody reads would stall it)."""

    def __init__(
        self, address: str, queue: str, identity: str, log: Path, ssh: list[str], env: dict[str, str]
    ) -> None:
        self.log = log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.worker", address, queue, identity, *ssh],
            cwd=ROOT,
            env={**os.environ, **env, "PYTHONPATH": str(ROOT)},
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while "ready" not in log.read_text():
            assert self.process.poll() is None, f"worker {identity} died: {log.read_text()[-2000:]}"
            assert time.monotonic() < deadline, f"worker {identity} did not start"
            time.sleep(0.05)

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                self.kill()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]))
