"""A command hook, run through its supervisor (see `supervisor.py`), waited for while heartbeating."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from optout_recall.deploys.runs import DeployLock, end_group, interrupted
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import DeployInput

SUPERVISOR = Path(__file__).with_name("supervisor.py")


async def run_command(
    input: DeployInput,
    lock: DeployLock,
    run: int,
    *,
    hook_env: dict[str, str],
    secrets: list[str],
    log_path: Path,
    heartbeat: Callable[[], None],
    kill_grace: float,
) -> dict[str, Any]:
    """Run the hook once under a supervisor that holds `lock`; returns the run's recorded outcome."""
    config = {
        "argv": input.hook.command,
        "env": hook_env,
        "secrets": secrets,
        "log_path": str(log_path),
        "record_path": str(lock.record_path),
        "run": run,
        "timeout": input.hook.timeout_seconds,
        "kill_grace": kill_grace,
        "parent_pid": os.getpid(),
    }
    supervisor = await asyncio.create_subprocess_exec(
        sys.executable,
        "-I",
        str(SUPERVISOR),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
        # Its own session: a Ctrl-C meant for the worker reaches the hook only through the worker's decision.
        start_new_session=True,
        pass_fds=(lock.fd,),
        env=_supervisor_env(hook_env),
    )
    assert supervisor.stdin is not None and supervisor.stderr is not None
    supervisor.stdin.write(json.dumps(config).encode())
    await supervisor.stdin.drain()
    supervisor.stdin.close()
    exited = asyncio.ensure_future(supervisor.wait())
    try:
        while not exited.done():
            await asyncio.wait({exited}, timeout=2.0)
            heartbeat()  # cancellation of the recall reaches a running hook through this
    except asyncio.CancelledError:
        await asyncio.shield(_stop(supervisor, lock, run, kill_grace))
        raise
    errors = (await supervisor.stderr.read()).decode("utf-8", "replace").strip()
    outcome = next((r for r in lock.runs() if r["run"] == run), {})
    state = outcome.get("state")
    if state == "unstartable":
        raise RecallError(
            f"deploy hook {input.hook.command[0]!r} {outcome['detail']}; fix hotfix.{input.action} in the spec",
            ErrorType.BAD_HOOK,
        )
    if state != "ended":
        why = outcome.get("detail") or f"its supervisor exited {supervisor.returncode}: {errors[-300:]}"
        raise interrupted(f"deploy hook run {run} did not finish: {why}")
    return outcome


def _supervisor_env(hook_env: dict[str, str]) -> dict[str, str]:
    """The supervisor needs nothing of the worker's; it passes the hook its own environment."""
    return {name: hook_env[name] for name in ("PATH", "HOME", "LANG") if name in hook_env}


async def _stop(supervisor: asyncio.subprocess.Process, lock: DeployLock, run: int, grace: float) -> None:
    """Ask the supervisor to end the hook's group (it records the run as interrupted); force it if it hangs."""
    with suppress(ProcessLookupError):
        supervisor.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(supervisor.wait(), timeout=grace + 5)
    except TimeoutError:
        end_group(next((r for r in lock.runs() if r["run"] == run), {}))
        with suppress(ProcessLookupError):
            supervisor.kill()
        await supervisor.wait()
