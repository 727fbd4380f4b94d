"""Deploy and rollback hooks: a command a team already uses, or an HTTP webhook, run at most once at a time.

Every hook run belongs to a deploy id that is the same on every retry of one activity (`deploy_id`). A retry
first finds out what became of the earlier run (`runs.DeployRuns`): still going, it waits; ended, it takes that
outcome instead of deploying again; cut off with its worker, it runs the hook again. A command hook runs under
a supervisor that dies with the worker and takes the hook's process group along (`supervisor.py`). Hooks see a
minimal environment, and every secret the worker knows is redacted from their output (`secrets.py`).

Nothing here knows about Temporal; `activities/deploys.py` adapts it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx

from optout_recall.deploys.command import run_command
from optout_recall.deploys.runs import DeployLock, DeployRuns
from optout_recall.deploys.secrets import hook_environment, known_secrets, webhook_token
from optout_recall.deploys.supervisor import Redactor
from optout_recall.deploys.webhook import call_webhook
from optout_recall.payloads import DeployInput, DeployResult, HookKind


def no_heartbeat() -> None:
    """The default heartbeat: nobody is listening for progress."""


def deploy_id(input: DeployInput, *, workflow_id: str, workflow_run_id: str, activity_id: str) -> str:
    """The id of one deploy: the same on every attempt of the activity that runs it, different for any other."""
    key = [
        workflow_id,
        workflow_run_id,
        activity_id,
        input.incident_id,
        str(input.action),
        input.environment,
        input.hotfix_ref,
    ]
    return "d" + hashlib.sha256(json.dumps(key).encode()).hexdigest()[:31]


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)[:40]


class HookRunner:
    """Runs the spec's hooks. A hook that fails is a result for the workflow to act on, not a retry.

    `env` is the worker's environment (default `os.environ`): where `env_from` and token names are read, and
    what is searched for secrets to redact. `kill_grace` is how long a hook that must stop gets after SIGTERM;
    an earlier run still going `overdue_margin` seconds past its timeout is ended by the next attempt.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        env: Mapping[str, str] | None = None,
        kill_grace: float = 5.0,
        poll_interval: float = 1.0,
        overdue_margin: float = 15.0,
    ) -> None:
        self._http = http
        self._env = env
        self._grace = kill_grace
        self._poll = poll_interval
        self._margin = overdue_margin

    async def run(
        self, input: DeployInput, deploy_id: str, heartbeat: Callable[[], None] = no_heartbeat
    ) -> DeployResult:
        started = time.monotonic()
        env = os.environ if self._env is None else self._env
        folder = Path(input.log_dir) / "deploys"
        log_path = folder / (
            f"{input.action}-{input.hotfix_ref[:12]}-{_safe(input.environment)}-{deploy_id[:13]}.log"
        )
        secrets = known_secrets(env, input)
        runs = DeployRuns(folder, poll_interval=self._poll, overdue_margin=self._margin)
        lock, earlier = await runs.acquire(deploy_id, input.hook.timeout_seconds, heartbeat)
        try:
            if earlier is not None:
                outcome = earlier
            else:
                outcome = await self._run_once(input, deploy_id, lock, env, secrets, log_path, heartbeat)
            runs_started = len(lock.runs())
        finally:
            lock.release()
        return DeployResult(
            ok=bool(outcome.get("ok", outcome.get("exit_code") == 0 and not outcome.get("timed_out"))),
            detail=Redactor(secrets).text(str(outcome.get("detail", ""))),
            exit_code=outcome.get("exit_code"),
            log_path=str(log_path),
            duration_ms=(time.monotonic() - started) * 1000,
            deploy_id=deploy_id,
            runs=runs_started,
        )

    async def _run_once(
        self,
        input: DeployInput,
        deploy_id: str,
        lock: DeployLock,
        env: Mapping[str, str],
        secrets: list[str],
        log_path: Path,
        heartbeat: Callable[[], None],
    ) -> dict[str, Any]:
        if input.hook.kind == HookKind.WEBHOOK:
            token = webhook_token(env, input.hook)
            run = lock.start_run(kind="webhook")
            outcome = await call_webhook(
                self._http, input, deploy_id, token=token, redactor=Redactor(secrets), log_path=log_path
            )
            return dict(lock.finish_run(run, **outcome))
        hook_env = hook_environment(env, input, deploy_id, log_path)
        earlier = lock.runs()
        run = lock.start_run(kind="command")
        previous = (
            f" (run {run - 1}: {earlier[-1].get('state')}, {earlier[-1].get('detail', '')})"
            if earlier
            else ""
        )
        with log_path.open("a") as log:
            log.write(
                f"--- run {run} of deploy {deploy_id}: {input.action} {input.hotfix_ref} to "
                f"{input.environment}{previous}\n"
            )
        return await run_command(
            input,
            lock,
            run,
            hook_env=hook_env,
            secrets=secrets,
            log_path=log_path,
            heartbeat=heartbeat,
            kill_grace=self._grace,
        )
