"""Deploy and rollback hooks: a command a team already uses, or an HTTP webhook."""

from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path

import httpx
from temporalio import activity
from temporalio.exceptions import ApplicationError

from optout_recall.errors import ErrorType
from optout_recall.payloads import DeployInput, DeployResult, HookKind

_OUTPUT_TAIL = 400


class DeployActivities:
    """Runs the spec's hooks. A hook that fails is a result for the workflow to act on, not a retry."""

    def __init__(self, http: httpx.AsyncClient, extra_env: dict[str, str] | None = None) -> None:
        self._http = http
        self._extra_env = extra_env or {}

    @activity.defn(name="run_hook")
    async def run_hook(self, input: DeployInput) -> DeployResult:
        started = time.monotonic()
        log_dir = Path(input.log_dir) / "deploys"
        log_dir.mkdir(parents=True, exist_ok=True)
        attempt = activity.info().attempt
        log_path = log_dir / f"{input.action}-{input.hotfix_ref[:12]}-{input.environment}-a{attempt}.log"
        if input.hook.kind == HookKind.COMMAND:
            result = await self._run_command(input, log_path)
        else:
            result = await self._call_webhook(input, log_path)
        result.duration_ms = (time.monotonic() - started) * 1000
        activity.logger.info("%s %s: ok=%s %s", input.action, input.hotfix_ref, result.ok, result.detail)
        return result

    async def _run_command(self, input: DeployInput, log_path: Path) -> DeployResult:
        env = {
            **os.environ,
            **self._extra_env,
            "RECALL_INCIDENT_ID": input.incident_id,
            "RECALL_HOTFIX_REF": input.hotfix_ref,
            "RECALL_ACTION": str(input.action),
            "RECALL_ENVIRONMENT": input.environment,
        }
        try:
            process = await asyncio.create_subprocess_exec(
                *input.hook.command,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
        except OSError as exc:
            raise ApplicationError(
                f"deploy hook {input.hook.command[0]!r} cannot run: {exc.strerror}; fix hotfix.{input.action} in the spec",
                type=ErrorType.BAD_HOOK,
                non_retryable=True,
            ) from exc
        communicate = asyncio.ensure_future(process.communicate())
        deadline = time.monotonic() + input.hook.timeout_seconds
        try:
            while not communicate.done():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    _kill_group(process.pid)
                    output, _ = await communicate
                    log_path.write_bytes(output)
                    return DeployResult(
                        ok=False,
                        detail=f"timed out after {input.hook.timeout_seconds:g}s",
                        log_path=str(log_path),
                    )
                await asyncio.wait({communicate}, timeout=min(2.0, remaining))
                activity.heartbeat()  # cancellation of the recall reaches a running hook through this
        except asyncio.CancelledError:
            _kill_group(process.pid)
            raise
        output, _ = communicate.result()
        log_path.write_bytes(output)
        tail = output.decode("utf-8", "replace").strip()[-_OUTPUT_TAIL:]
        last_line = tail.splitlines()[-1] if tail else ""
        code = process.returncode
        return DeployResult(
            ok=code == 0,
            detail=f"exit {code}" + (f": {last_line}" if last_line else ""),
            exit_code=code,
            log_path=str(log_path),
        )

    async def _call_webhook(self, input: DeployInput, log_path: Path) -> DeployResult:
        assert input.hook.url is not None
        body = {
            "incident_id": input.incident_id,
            "action": str(input.action),
            "hotfix_ref": input.hotfix_ref,
            "environment": input.environment,
            # Lets the receiver drop a retried delivery of the same request.
            "idempotency_key": f"{input.incident_id}:{input.action}:{input.hotfix_ref}:{input.environment}",
        }
        try:
            response = await self._http.post(input.hook.url, json=body, timeout=input.hook.timeout_seconds)
        except httpx.TimeoutException:
            return DeployResult(ok=False, detail=f"webhook timed out after {input.hook.timeout_seconds:g}s")
        except httpx.TransportError as exc:
            # Transient: let the activity retry policy try again.
            raise ApplicationError(
                f"webhook {input.hook.url} unreachable: {exc}", type=ErrorType.HOOK_UNREACHABLE
            ) from exc
        log_path.write_text(f"POST {input.hook.url}\n{response.status_code}\n{response.text[:4000]}\n")
        return DeployResult(
            ok=response.is_success,
            detail=f"HTTP {response.status_code}",
            exit_code=response.status_code,
            log_path=str(log_path),
        )


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
