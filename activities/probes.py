"""Probes: run scenarios against preference channels (HTTP, queue, SDK) and record what happened.

Each scenario run gets fresh subject ids, drives the channel through its steps, checks its expectations and
writes a redacted transcript (requests, responses, messages, timings) to
`<artifacts_dir>/<label>/<channel>/<scenario>.json`. Only the verdict, the reason and the transcript's path
and sha256 travel back to the workflow. A target that cannot be reached is `unreachable`, not `fail`.

Scenarios that restart the target or send a burst run one at a time after all the others, so they never
break or starve a neighbour's requests.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

import httpx
from temporalio import activity
from temporalio.exceptions import ApplicationError

from optout_recall.db import redact_url
from optout_recall.payloads import (
    ChannelKind,
    ChannelTarget,
    Choice,
    ProbeRunInput,
    ProbeRunResult,
    ScenarioVerdict,
    Verdict,
)
from optout_recall.processes import stop_process
from optout_recall.scenarios import (
    BurstAction,
    BurstCheck,
    EventsCheck,
    FetchAction,
    PreferenceCheck,
    PublishAction,
    ResponseCheck,
    Scenario,
    ScenarioFileError,
    SdkInitAction,
    SetAction,
    Step,
    VisitAction,
    load_library,
)

_DROPPED_HEADERS = {"authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"}
_BODY_LIMIT = 2000
_UNICODE_TAIL = "é漢字🙂ß\u200dñ" * 90
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")

# Runs one SDK call in a fresh interpreter: the request is JSON on stdin, the result JSON on stdout.
_SDK_RUNNER = """
import asyncio, importlib, inspect, json, sys
target = sys.argv[1]
module_name, _, function_name = target.partition(":")
try:
    function = getattr(importlib.import_module(module_name), function_name)
except Exception as exc:
    print(json.dumps({"error": f"cannot import {target}: {exc!r}"}))
    sys.exit(2)
try:
    result = function(json.load(sys.stdin))
    if inspect.isawaitable(result):
        result = asyncio.run(result)
except Exception as exc:
    chain, connect = exc, False
    while chain is not None:
        connect = connect or isinstance(chain, ConnectionError) or "Connect" in type(chain).__name__
        chain = chain.__cause__ or chain.__context__
    print(json.dumps({"error": f"{type(exc).__name__}: {exc}"}))
    sys.exit(3 if connect else 1)
print(json.dumps(result))
"""


@dataclass
class ProbeSettings:
    """How hard and how long to probe."""

    concurrency: int = 8
    settle_seconds: float = 15.0
    restart_timeout_seconds: float = 30.0
    scenario_paths: list[Path] | None = None
    python: str = sys.executable
    heartbeat_seconds: float = 5.0


def default_http_client(settings: ProbeSettings) -> httpx.AsyncClient:
    limits = httpx.Limits(
        max_connections=settings.concurrency * 2, max_keepalive_connections=settings.concurrency * 2
    )
    return httpx.AsyncClient(limits=limits, trust_env=False, follow_redirects=False)


class ProbeActivities:
    """Runs probe scenarios; built with an httpx client factory and settings so tests can pass local parts."""

    def __init__(
        self,
        client_factory: Callable[[], httpx.AsyncClient] | None = None,
        settings: ProbeSettings | None = None,
    ) -> None:
        self._settings = settings or ProbeSettings()
        self._client_factory = client_factory or (lambda: default_http_client(self._settings))

    @activity.defn(name="run_scenarios")
    async def run_scenarios(self, input: ProbeRunInput) -> ProbeRunResult:
        plan = self._plan(input)
        done = _resumed_verdicts()
        out_dir = Path(input.artifacts_dir) / _safe(input.label)
        verdicts: dict[tuple[str, str], ScenarioVerdict] = {
            key: verdict for key, verdict in done.items() if Path(verdict.transcript_path).exists()
        }
        semaphore = asyncio.Semaphore(max(1, self._settings.concurrency))
        ticker = asyncio.create_task(self._heartbeat_every(verdicts))
        try:
            async with self._client_factory() as client:

                async def run(channel: ChannelTarget, scenario: Scenario) -> None:
                    async with semaphore:
                        verdict = await self._run_one(client, input, channel, scenario, out_dir)
                    verdicts[(channel.name, scenario.name)] = verdict
                    _heartbeat(verdicts)

                pending = [(c, s) for c, s in plan if (c.name, s.name) not in verdicts]
                calm = [(c, s) for c, s in pending if not _disruptive(s)]
                disruptive = [(c, s) for c, s in pending if _disruptive(s)]
                await asyncio.gather(*(run(c, s) for c, s in calm))
                for channel, scenario in disruptive:
                    await run(channel, scenario)
        finally:
            ticker.cancel()
        ordered = [verdicts[(c.name, s.name)] for c, s in plan]
        failing = sum(1 for v in ordered if v.verdict != Verdict.PASS)
        _log("probe run %s: %s scenario runs, %s not passing", input.label, len(ordered), failing)
        return ProbeRunResult(label=input.label, verdicts=ordered)

    # ------------------------------------------------------------------ planning

    def _plan(self, input: ProbeRunInput) -> list[tuple[ChannelTarget, Scenario]]:
        try:
            library = load_library(self._settings.scenario_paths)
        except ScenarioFileError as exc:
            raise ApplicationError(str(exc), type="ScenarioFileError", non_retryable=True) from exc
        names = list(dict.fromkeys(input.scenarios)) or list(library)
        unknown = [name for name in names if name not in library]
        if unknown:
            raise ApplicationError(
                f"unknown scenarios: {', '.join(unknown)} (known: {', '.join(sorted(library))})",
                type="UnknownScenario",
                non_retryable=True,
            )
        channel_names = [channel.name for channel in input.channels]
        if len(set(channel_names)) != len(channel_names):
            raise ApplicationError("channel names must be unique", type="BadChannels", non_retryable=True)
        for channel in input.channels:
            problem = _channel_problem(channel)
            if problem:
                raise ApplicationError(
                    f"channel {channel.name}: {problem}", type="BadChannels", non_retryable=True
                )
        plan = [
            (channel, library[name])
            for channel in input.channels
            for name in names
            if channel.kind in library[name].channels
        ]
        if input.scenarios:
            kinds = {channel.kind for channel in input.channels}
            orphans = [name for name in names if not kinds & set(library[name].channels)]
            if orphans:
                raise ApplicationError(
                    "no channel of the right kind for: "
                    + ", ".join(f"{name} ({'/'.join(library[name].channels)})" for name in orphans),
                    type="BadChannels",
                    non_retryable=True,
                )
        return plan

    async def _heartbeat_every(self, verdicts: dict[tuple[str, str], ScenarioVerdict]) -> None:
        while True:
            await asyncio.sleep(self._settings.heartbeat_seconds)
            _heartbeat(verdicts)

    # ------------------------------------------------------------------ one scenario

    async def _run_one(
        self,
        client: httpx.AsyncClient,
        input: ProbeRunInput,
        channel: ChannelTarget,
        scenario: Scenario,
        out_dir: Path,
    ) -> ScenarioVerdict:
        run = ScenarioRun(input=input, channel=channel, scenario=scenario)
        driver = self._driver(client, channel, run)
        started = time.monotonic()
        try:
            for index, step in enumerate(scenario.steps):
                await driver.step(index, step)
            await driver.settle()
            failures = [
                problem
                for expectation in scenario.expect
                if (problem := await driver.check(expectation.check))
            ]
            if failures:
                verdict, reason = Verdict.FAIL, "; ".join(failures)
            else:
                verdict, reason = Verdict.PASS, f"all {len(scenario.expect)} expectations met"
        except Unreachable as exc:
            verdict, reason = Verdict.UNREACHABLE, f"target unreachable: {exc}"
        except StepFailed as exc:
            verdict, reason = Verdict.FAIL, str(exc)
        except Exception as exc:  # one broken scenario or target must not sink the whole run
            verdict, reason = (
                Verdict.ERROR,
                f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
            )
        finally:
            await driver.close()
        duration_ms = (time.monotonic() - started) * 1000
        path = out_dir / _safe(channel.name) / f"{scenario.name}.json"
        digest = run.write(path, verdict, reason, duration_ms)
        return ScenarioVerdict(
            scenario=scenario.name,
            channel=channel.name,
            verdict=verdict,
            reason=run.redact(reason),
            transcript_path=str(path),
            transcript_sha256=digest,
            duration_ms=round(duration_ms, 3),
        )

    def _driver(self, client: httpx.AsyncClient, channel: ChannelTarget, run: ScenarioRun) -> ChannelDriver:
        if channel.kind == ChannelKind.HTTP:
            return HttpDriver(client, channel, run, self._settings)
        if channel.kind == ChannelKind.QUEUE:
            return QueueDriver(client, channel, run, self._settings)
        return SdkDriver(channel, run, self._settings)


# --------------------------------------------------------------------------- outcomes


class ProbeError(Exception):
    """The probe could not finish the scenario for a reason that is not the target's answer (verdict error)."""


class Unreachable(ProbeError):
    """The target, its broker or its readback could not be reached at all."""


class StepFailed(ProbeError):
    """The target refused or broke a step it should have accepted (verdict fail)."""


# --------------------------------------------------------------------------- transcripts


@dataclass
class ScenarioRun:
    """One scenario against one channel: fresh subjects, and the transcript being written."""

    input: ProbeRunInput
    channel: ChannelTarget
    scenario: Scenario
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    entries: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)
    _clock: float = field(default_factory=time.monotonic)

    @property
    def base(self) -> str:
        return f"recall-probe-{self.token}"

    @property
    def subject(self) -> str:
        if self.scenario.subject_style == "unicode_long":
            return f"{self.base}-{_UNICODE_TAIL}"
        return self.base

    @property
    def burst_prefix(self) -> str:
        return f"{self.base}-burst-"

    @property
    def barrier_subject(self) -> str:
        return f"{self.base}-barrier"

    def observed(self, offset_seconds: float) -> str:
        return (self.started_at + timedelta(seconds=offset_seconds)).isoformat()

    def record(self, entry: dict[str, Any]) -> dict[str, Any]:
        entry = {"at_ms": round((time.monotonic() - self._clock) * 1000, 3), **entry}
        self.entries.append(entry)
        return entry

    def redact(self, value: Any) -> Any:
        """Replace every subject id made for this run by a digest; drop credential headers and URL passwords."""
        if isinstance(value, str):
            for secret in (self.subject, self.base):
                value = value.replace(secret, _pseudonym(secret))
            return redact_url(value) if "://" in value and "@" in value else value
        if isinstance(value, list):
            return [self.redact(item) for item in value]
        if isinstance(value, dict):
            return {
                self.redact(key): self.redact(item)
                for key, item in value.items()
                if not (isinstance(key, str) and key.lower() in _DROPPED_HEADERS)
            }
        return value

    def write(self, path: Path, verdict: Verdict, reason: str, duration_ms: float) -> str:
        document = {
            "incident_id": self.input.incident_id,
            "label": self.input.label,
            "scenario": self.scenario.name,
            "description": self.scenario.description,
            "catches": self.scenario.catches,
            "channel": {"name": self.channel.name, "kind": str(self.channel.kind), "url": self.channel.url},
            "jurisdiction_rules_hash": self.input.jurisdiction_rules_hash,
            "subject": self.subject,
            "started_at": self.started_at.isoformat(),
            "duration_ms": round(duration_ms, 3),
            "verdict": str(verdict),
            "reason": reason,
            "steps": self.entries,
            "expectations": self.checks,
        }
        data = (json.dumps(self.redact(document), ensure_ascii=False, indent=1, default=str) + "\n").encode()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".json.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        return hashlib.sha256(data).hexdigest()


def _pseudonym(subject: str) -> str:
    return "subject:sha256:" + hashlib.sha256(subject.encode()).hexdigest()[:16]


def _body(response: httpx.Response) -> Any:
    if response.headers.get("content-type", "").startswith("application/json"):
        try:
            return response.json()
        except ValueError:
            pass
    text = response.text
    return text if len(text) <= _BODY_LIMIT else text[:_BODY_LIMIT] + f"... ({len(text)} chars)"


# --------------------------------------------------------------------------- channel drivers


class ChannelDriver(Protocol):
    async def step(self, index: int, step: Step) -> None: ...

    async def settle(self) -> None: ...

    async def check(self, check: Any) -> str | None: ...

    async def close(self) -> None: ...


class ReadbackMixin:
    """Reads stored choices over HTTP (the HTTP channel itself, or a queue channel's readback URL)."""

    client: httpx.AsyncClient
    run: ScenarioRun
    timeout: float
    readback: str

    async def http(self, method: str, url: str, *, note: str, **kwargs: Any) -> httpx.Response:
        request = {"method": method, "url": url, **{k: v for k, v in kwargs.items() if v is not None}}
        started = time.monotonic()
        try:
            response = await self.client.request(method, url, timeout=self.timeout, **kwargs)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            self.run.record({"kind": "http", "note": note, "request": request, "error": repr(exc)})
            raise Unreachable(f"{method} {redact_url(url)} could not connect ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            self.run.record({"kind": "http", "note": note, "request": request, "error": repr(exc)})
            raise ProbeError(f"{method} {redact_url(url)} failed: {type(exc).__name__}") from exc
        self.run.record(
            {
                "kind": "http",
                "note": note,
                "request": request,
                "response": {
                    "status": response.status_code,
                    "headers": dict(response.headers),
                    "body": _body(response),
                },
                "duration_ms": round((time.monotonic() - started) * 1000, 3),
            }
        )
        return response

    async def read_preference(self, subject: str, purpose: str, jurisdiction: str) -> dict[str, Any]:
        params = {"subject_id": subject, "purpose": purpose, "jurisdiction": jurisdiction}
        response = await self.http("GET", f"{self.readback}/preferences", note="readback", params=params)
        if response.status_code != 200:
            raise StepFailed(f"readback of {purpose} in {jurisdiction} answered {response.status_code}")
        return dict(response.json())

    async def check(self, check: Any) -> str | None:
        problem = await self._check(check)
        self.run.checks.append(
            {"check": type(check).__name__, "expected": check.model_dump(), "problem": problem}
        )
        return problem

    async def _check(self, check: Any) -> str | None:
        if isinstance(check, PreferenceCheck):
            got = await self.read_preference(self.run.subject, check.purpose, check.jurisdiction)
            if got.get("choice") != check.choice:
                return f"{check.purpose} in {check.jurisdiction} reads back {got.get('choice')}, expected {check.choice}"
            return None
        if isinstance(check, EventsCheck):
            got = await self.read_preference(self.run.subject, check.purpose, check.jurisdiction)
            if got.get("events") != check.count:
                return f"{got.get('events')} {check.purpose} events recorded in {check.jurisdiction}, expected {check.count}"
            return None
        if isinstance(check, BurstCheck):
            counts = await self.count_prefix(check.purpose, check.jurisdiction)
            if counts.get("opted_out") != check.opted_out:
                return (
                    f"{counts.get('opted_out')} of the burst read back opted out, expected {check.opted_out}"
                )
            return None
        raise ProbeError(f"{type(check).__name__} cannot be checked on this channel")

    async def count_prefix(self, purpose: str, jurisdiction: str) -> dict[str, Any]:
        params = {"subject_prefix": self.run.burst_prefix, "purpose": purpose, "jurisdiction": jurisdiction}
        response = await self.http(
            "GET", f"{self.readback}/preferences/count", note="readback", params=params
        )
        if response.status_code != 200:
            raise StepFailed(f"burst readback answered {response.status_code}")
        return dict(response.json())


class HttpDriver(ReadbackMixin):
    """The preference API over HTTP: POST /preferences, POST /visits, POST /sdk/init, GET /preferences."""

    def __init__(
        self, client: httpx.AsyncClient, channel: ChannelTarget, run: ScenarioRun, settings: ProbeSettings
    ) -> None:
        self.client = client
        self.channel = channel
        self.run = run
        self.settings = settings
        self.timeout = channel.timeout_seconds
        self.base = channel.url.rstrip("/")
        self.readback = (channel.readback_url or channel.url).rstrip("/")
        self.responses: dict[int, httpx.Response] = {}

    async def step(self, index: int, step: Step) -> None:
        action = step.action
        note = f"step {index} ({step.kind})"
        if isinstance(action, SetAction):
            body = {
                "subject_id": self.run.subject,
                "purpose": action.purpose,
                "choice": str(action.choice),
                "jurisdiction": action.jurisdiction,
                "source": action.source,
                "observed_at": self.run.observed(action.observed_offset_seconds),
            }
            response = await self.http("POST", f"{self.base}/preferences", note=note, json=body)
        elif isinstance(action, VisitAction):
            body = {"subject_id": self.run.subject, "jurisdiction": action.jurisdiction}
            response = await self.http(
                "POST", f"{self.base}/visits", note=note, json=body, headers=action.headers
            )
        elif isinstance(action, FetchAction):
            response = await self.http("GET", f"{self.base}{action.path}", note=note)
        elif isinstance(action, SdkInitAction):
            init: dict[str, Any] = {
                "subject_id": self.run.subject,
                "jurisdiction": action.jurisdiction,
                "defaults": {purpose: str(choice) for purpose, choice in action.defaults.items()},
            }
            response = await self.http("POST", f"{self.base}/sdk/init", note=note, json=init)
        elif step.restart is not None:
            await restart_target(self, self.channel, self.settings, note)
            return
        else:
            raise ProbeError(f"step {step.kind} cannot run on an http channel")
        self.responses[index] = response
        if not isinstance(action, FetchAction) and response.status_code >= 300:
            raise StepFailed(f"{note} answered {response.status_code}: {str(_body(response))[:200]}")

    async def settle(self) -> None:
        return None

    async def _check(self, check: Any) -> str | None:
        if not isinstance(check, ResponseCheck):
            return await super()._check(check)
        response = self.responses.get(check.step)
        if response is None:
            return f"step {check.step} has no response to check"
        problems = []
        if check.status is not None and response.status_code != check.status:
            problems.append(f"status {response.status_code}, expected {check.status}")
        media_type = response.headers.get("content-type", "").split(";")[0].strip()
        if check.content_type is not None and media_type != check.content_type:
            problems.append(f"content-type {media_type or 'missing'}, expected {check.content_type}")
        if check.json_equals or check.json_matches:
            try:
                document = response.json()
            except ValueError:
                document = None
            if not isinstance(document, dict):
                problems.append("body is not a JSON object")
            else:
                for key, expected in check.json_equals.items():
                    if document.get(key) != expected or type(document.get(key)) is not type(expected):
                        problems.append(f"{key} is {document.get(key)!r}, expected {expected!r}")
                for key, pattern in check.json_matches.items():
                    if not isinstance(document.get(key), str) or not re.fullmatch(pattern, document[key]):
                        problems.append(f"{key} is {document.get(key)!r}, expected to match {pattern}")
        return f"step {check.step} response: {', '.join(problems)}" if problems else None

    async def close(self) -> None:
        return None


async def restart_target(
    driver: ReadbackMixin, channel: ChannelTarget, settings: ProbeSettings, note: str
) -> None:
    """Restart through the channel's restart command, else through POST /admin/restart; wait until it answers."""
    run = driver.run
    deadline = time.monotonic() + settings.restart_timeout_seconds
    if channel.restart_command:
        started = time.monotonic()
        process = await asyncio.create_subprocess_exec(
            *channel.restart_command,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        try:
            output, _ = await asyncio.wait_for(process.communicate(), settings.restart_timeout_seconds)
        except asyncio.CancelledError:
            await stop_process(process)
            raise
        except TimeoutError as exc:
            await stop_process(process)
            raise ProbeError(
                f"restart command timed out after {settings.restart_timeout_seconds:.0f}s"
            ) from exc
        run.record(
            {
                "kind": "restart",
                "note": note,
                "command": channel.restart_command,
                "exit_code": process.returncode,
                "output": output.decode(errors="replace")[-_BODY_LIMIT:],
                "duration_ms": round((time.monotonic() - started) * 1000, 3),
            }
        )
        if process.returncode != 0:
            raise ProbeError(f"restart command exited with {process.returncode}")
        old_boot = None
    else:
        health = await driver.http("GET", f"{driver.readback}/healthz", note=f"{note} before")
        old_boot = health.json().get("boot_id") if health.status_code == 200 else None
        response = await driver.http("POST", f"{driver.readback}/admin/restart", note=note)
        if response.status_code not in (200, 202, 204) or old_boot is None:
            raise ProbeError(
                f"target cannot be restarted (POST /admin/restart answered {response.status_code});"
                f" set restart_command on channel {channel.name}"
            )
    while time.monotonic() < deadline:
        try:
            response = await driver.client.get(f"{driver.readback}/healthz", timeout=1.0)
            if old_boot is None or (
                response.status_code == 200 and response.json().get("boot_id") != old_boot
            ):
                run.record({"kind": "restart", "note": f"{note} back", "status": response.status_code})
                return
        except (httpx.TransportError, ValueError):
            pass
        await asyncio.sleep(0.05)
    raise ProbeError(
        f"target did not come back within {settings.restart_timeout_seconds:.0f}s of the restart"
    )


class QueueDriver(ReadbackMixin):
    """Opt-out events onto RabbitMQ (amqp://) or NATS (nats://); choices read back over the readback URL."""

    def __init__(
        self, client: httpx.AsyncClient, channel: ChannelTarget, run: ScenarioRun, settings: ProbeSettings
    ) -> None:
        self.client = client
        self.channel = channel
        self.run = run
        self.settings = settings
        self.timeout = channel.timeout_seconds
        self.readback = (channel.readback_url or "").rstrip("/")
        self.publisher: Publisher | None = None
        self.sent: dict[str, bytes] = {}
        self.published = False

    async def step(self, index: int, step: Step) -> None:
        action = step.action
        note = f"step {index} ({step.kind})"
        if isinstance(action, PublishAction):
            for event in action.events:
                if event.repeat:
                    body = self.sent[event.event]
                else:
                    body = self._event(
                        f"{self.run.base}-{event.event}",
                        self.run.subject,
                        event.purpose,
                        event.choice or Choice.OPT_OUT,
                        event.jurisdiction,
                        event.observed_offset_seconds,
                    )
                    self.sent[event.event] = body
                await self._publish([body], note, {"event": event.event, "repeat": event.repeat})
        elif isinstance(action, SetAction):
            body = self._event(
                f"{self.run.base}-set-{index}",
                self.run.subject,
                action.purpose,
                action.choice,
                action.jurisdiction,
                action.observed_offset_seconds,
            )
            await self._publish([body], note, {})
        elif isinstance(action, BurstAction):
            bodies = [
                self._event(
                    f"{self.run.base}-burst-{number}",
                    f"{self.run.burst_prefix}{number:06d}",
                    action.purpose,
                    action.choice,
                    action.jurisdiction,
                    0.0,
                )
                for number in range(action.count)
            ]
            await self._publish(bodies, note, {"count": action.count})
        elif step.restart is not None:
            if not self.channel.restart_command:
                raise ProbeError(
                    f"set restart_command on channel {self.channel.name} to run restart scenarios"
                )
            await restart_target(self, self.channel, self.settings, note)
        else:
            raise ProbeError(f"step {step.kind} cannot run on a queue channel")

    def _event(
        self, event_id: str, subject: str, purpose: str, choice: Choice, jurisdiction: str, offset: float
    ) -> bytes:
        event = {
            "event_id": event_id,
            "subject_id": subject,
            "purpose": purpose,
            "choice": str(choice),
            "jurisdiction": jurisdiction,
            "source": "queue",
            "observed_at": self.run.observed(offset),
        }
        return json.dumps(event, ensure_ascii=False).encode()

    async def _connect(self) -> Publisher:
        if self.publisher is None:
            url = self.channel.url
            publisher: Publisher = NatsPublisher() if url.startswith("nats") else RabbitPublisher()
            try:
                await asyncio.wait_for(publisher.connect(url, self.channel.queue or ""), self.timeout)
            except (OSError, TimeoutError, ConnectionError) as exc:
                raise Unreachable(
                    f"broker {redact_url(url)} could not be reached ({type(exc).__name__})"
                ) from exc
            except Exception as exc:
                if "connect" in type(exc).__name__.lower() or "Connection" in type(exc).__name__:
                    raise Unreachable(f"broker {redact_url(url)} could not be reached ({exc})") from exc
                raise
            self.publisher = publisher
        return self.publisher

    async def _publish(self, bodies: list[bytes], note: str, detail: dict[str, Any]) -> None:
        publisher = await self._connect()
        started = time.monotonic()
        await publisher.publish(bodies)
        self.published = True
        entry: dict[str, Any] = {
            "kind": "publish",
            "note": note,
            "broker": self.channel.url,
            "queue": self.channel.queue,
            "messages": len(bodies),
            **detail,
            "duration_ms": round((time.monotonic() - started) * 1000, 3),
        }
        if len(bodies) <= 3:
            entry["bodies"] = [json.loads(body) for body in bodies]
        else:
            entry["first_body"] = json.loads(bodies[0])
        self.run.record(entry)

    async def settle(self) -> None:
        """Send a barrier event and wait until it is recorded, so everything sent before it was consumed."""
        if not self.published:
            return
        barrier = self._event(
            f"{self.run.base}-barrier", self.run.barrier_subject, "sale", Choice.OPT_OUT, "US-CA", 0
        )
        publisher = await self._connect()
        await publisher.publish([barrier])
        started = time.monotonic()
        deadline = started + self.settings.settle_seconds
        polls = 0
        params = {"subject_id": self.run.barrier_subject, "purpose": "sale", "jurisdiction": "US-CA"}
        while time.monotonic() < deadline:
            polls += 1
            try:
                response = await self.client.get(
                    f"{self.readback}/preferences", params=params, timeout=self.timeout
                )
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise Unreachable(f"readback {redact_url(self.readback)} could not connect") from exc
            if response.status_code == 200 and response.json().get("events", 0) > 0:
                break
            await asyncio.sleep(0.05)
        seen = time.monotonic() < deadline
        self.run.record(
            {
                "kind": "barrier",
                "seen": seen,
                "polls": polls,
                "waited_ms": round((time.monotonic() - started) * 1000, 3),
            }
        )

    async def close(self) -> None:
        if self.publisher is not None:
            await self.publisher.close()


class Publisher(Protocol):
    async def connect(self, url: str, queue: str) -> None: ...

    async def publish(self, bodies: list[bytes]) -> None: ...

    async def close(self) -> None: ...


class RabbitPublisher:
    """Publishes persistent messages to a durable queue through the default exchange, with confirms."""

    def __init__(self) -> None:
        self._connection: Any = None
        self._channel: Any = None
        self._queue = ""

    async def connect(self, url: str, queue: str) -> None:
        import aio_pika

        self._connection = await aio_pika.connect(url, timeout=5)
        self._channel = await self._connection.channel(publisher_confirms=True)
        await self._channel.declare_queue(queue, durable=True)
        self._queue = queue

    async def publish(self, bodies: list[bytes]) -> None:
        import aio_pika

        exchange = self._channel.default_exchange
        for start in range(0, len(bodies), 500):
            await asyncio.gather(
                *(
                    exchange.publish(
                        aio_pika.Message(
                            body,
                            content_type="application/json",
                            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                        ),
                        routing_key=self._queue,
                    )
                    for body in bodies[start : start + 500]
                )
            )

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()


class NatsPublisher:
    """Publishes to a NATS subject and flushes, so the server has every message before we move on."""

    def __init__(self) -> None:
        self._connection: Any = None
        self._subject = ""

    async def connect(self, url: str, queue: str) -> None:
        import nats

        self._connection = await nats.connect(
            url, connect_timeout=5, max_reconnect_attempts=0, allow_reconnect=False
        )
        self._subject = queue

    async def publish(self, bodies: list[bytes]) -> None:
        for body in bodies:
            await self._connection.publish(self._subject, body)
        await self._connection.flush()

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()


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
            _SDK_RUNNER,
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
                "stderr": stderr.decode(errors="replace")[-_BODY_LIMIT:],
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


# --------------------------------------------------------------------------- helpers


def _channel_problem(channel: ChannelTarget) -> str | None:
    """Why a channel cannot be probed at all (a configuration mistake, not a verdict), or None."""
    if channel.kind == ChannelKind.HTTP and not channel.url.startswith(("http://", "https://")):
        return f"url must be http:// or https://, got {redact_url(channel.url)!r}"
    if channel.kind == ChannelKind.QUEUE:
        if not channel.url.startswith(("amqp://", "amqps://", "nats://")):
            return f"url must be amqp:// (RabbitMQ) or nats:// (NATS), got {redact_url(channel.url)!r}"
        if not channel.queue:
            return "a queue channel needs queue (the RabbitMQ queue or NATS subject)"
        if not channel.readback_url:
            return "a queue channel needs readback_url (HTTP base URL to read stored choices back from)"
    if channel.kind == ChannelKind.SDK and not re.fullmatch(r"[\w.]+:[\w.]+", channel.url):
        return f"url must be an entry point module:function, got {channel.url!r}"
    return None


def _disruptive(scenario: Scenario) -> bool:
    """Restarts and bursts disturb everything else on the target, so they run alone."""
    return any(step.restart is not None or step.burst is not None for step in scenario.steps)


def _safe(name: str) -> str:
    return _SAFE_NAME.sub("_", name).strip("._") or "unnamed"


def _heartbeat(verdicts: dict[tuple[str, str], ScenarioVerdict]) -> None:
    if activity.in_activity():
        activity.heartbeat([verdict.model_dump(mode="json") for verdict in verdicts.values()])


def _resumed_verdicts() -> dict[tuple[str, str], ScenarioVerdict]:
    if not activity.in_activity():
        return {}
    details = activity.info().heartbeat_details
    if not details:
        return {}
    try:
        verdicts = [ScenarioVerdict.model_validate(item) for item in details[0]]
    except (TypeError, ValueError):
        return {}
    return {(verdict.channel, verdict.scenario): verdict for verdict in verdicts}


def _log(message: str, *args: Any) -> None:
    if activity.in_activity():
        activity.logger.info(message, *args)
