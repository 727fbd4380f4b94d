"""The SDK channel: the channel's `module:function` entry point, called in a fresh interpreter per call.

Each call runs `sdk_runner` with a timeout, so an SDK that hangs, crashes or leaks state cannot touch the
probe or the next call. Exit code 3 means the SDK could not connect (verdict unreachable).
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from pathlib import Path
from typing import Any

from optout_recall.payloads import ChannelTarget
from optout_recall.probes import sdk_runner
from optout_recall.probes.driver import ProbeError, ProbeSettings, Unreachable
from optout_recall.probes.scenarios import PreferenceCheck, SdkInitAction, SetAction, Step
from optout_recall.probes.transcript import BODY_LIMIT, ScenarioRun
from optout_recall.processes import stop_process

# Passed with `python -c`, as the runner always was: the entry point is imported with the working directory on
# sys.path and nothing of this project loaded, in whichever interpreter `ProbeSettings.python` names.
_RUNNER_SOURCE = Path(sdk_runner.__file__).read_text(encoding="utf-8")


class SdkDriver:
    """Runs the channel's `module:function` entry point in a subprocess per call, with a timeout."""

    def __init__(self, channel: ChannelTarget, run: ScenarioRun, settings: ProbeSettings) -> None:
        self.channel = channel
        self.run = run
        self.settings = settings

    async def step(self, index: int, step: Step) -> None:
        action = step.action
        note = f"step {index} ({step.kind})"
        if isinstance(action, SetAction):
            await self._call(
                {
                    "op": "set",
                    "subject_id": self.run.subject,
                    "purpose": action.purpose,
                    "choice": str(action.choice),
                    "jurisdiction": action.jurisdiction,
                    "observed_at": self.run.observed(action.observed_offset_seconds),
                },
                note,
            )
        elif isinstance(action, SdkInitAction):
            defaults = {purpose: str(choice) for purpose, choice in action.defaults.items()}
            request = {"op": "init", "subject_id": self.run.subject, "jurisdiction": action.jurisdiction}
            await self._call({**request, "defaults": defaults}, note)
        else:
            raise ProbeError(f"step {step.kind} cannot run on an sdk channel")

    async def settle(self) -> None:
        return None

    async def check(self, check: Any) -> str | None:
        if not isinstance(check, PreferenceCheck):
            raise ProbeError(f"{type(check).__name__} cannot be checked on an sdk channel")
        request = {
            "op": "get",
            "subject_id": self.run.subject,
            "purpose": check.purpose,
            "jurisdiction": check.jurisdiction,
        }
        got = await self._call(request, "readback")
        problem = None
        if got.get("choice") != check.choice:
            problem = f"{check.purpose} in {check.jurisdiction} reads back {got.get('choice')}, expected {check.choice}"
        self.run.checks.append(
            {"check": type(check).__name__, "expected": check.model_dump(), "problem": problem}
        )
        return problem

    async def _call(self, request: dict[str, Any], note: str) -> dict[str, Any]:
        env = dict(os.environ)
        if self.channel.readback_url:
            env["RECALL_TARGET_URL"] = self.channel.readback_url
        started = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            self.settings.python,
            "-c",
            _RUNNER_SOURCE,
            self.channel.url,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=env,
        )
        try:
            stdout, stderr = await asyncio.wait_for(
                process.communicate(json.dumps(request).encode()), self.channel.timeout_seconds
            )
        except asyncio.CancelledError:
            await stop_process(process)
            raise
        except TimeoutError as exc:
            await stop_process(process)
            self.run.record({"kind": "sdk", "note": note, "request": request, "error": "timeout"})
            raise ProbeError(
                f"sdk call {request['op']} timed out after {self.channel.timeout_seconds:g}s"
            ) from exc
        lines = stdout.decode(errors="replace").strip().splitlines()
        try:
            result = json.loads(lines[-1]) if lines else {}
        except ValueError:
            result = {"error": f"unreadable output: {lines[-1][:200]}"}
        self.run.record(
            {
                "kind": "sdk",
                "note": note,
                "entry_point": self.channel.url,
                "request": request,
                "exit_code": process.returncode,
                "result": result,
                "stderr": stderr.decode(errors="replace")[-BODY_LIMIT:],
                "duration_ms": round((time.monotonic() - started) * 1000, 3),
            }
        )
        if process.returncode == 3:
            raise Unreachable(f"the SDK could not connect: {result.get('error', '')}")
        if process.returncode != 0:
            raise ProbeError(f"sdk call {request['op']} failed: {result.get('error', 'no output')}")
        if not isinstance(result, dict):
            raise ProbeError(f"sdk call {request['op']} returned {type(result).__name__}, expected an object")
        return result

    async def close(self) -> None:
        return None
