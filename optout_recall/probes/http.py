"""The HTTP channel: the preference API driven over HTTP, its stored choices read back, and target restarts.

`ReadbackMixin` is shared with the queue channel, whose choices are read back over HTTP too. A connection that
cannot be made is `Unreachable`; an answer the scenario did not expect is `StepFailed`.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

import httpx

from optout_recall.credentials import read_secret
from optout_recall.db import redact_url
from optout_recall.payloads import ChannelKind, ChannelTarget
from optout_recall.probes.display import html_shows, json_shows
from optout_recall.probes.driver import ProbeError, ProbeSettings, StepFailed, Unreachable
from optout_recall.probes.scenarios import (
    BurstCheck,
    DisplayCheck,
    EventsCheck,
    FetchAction,
    PreferenceCheck,
    ResponseCheck,
    SdkInitAction,
    SetAction,
    Step,
    VisitAction,
)
from optout_recall.probes.transcript import BODY_LIMIT, ScenarioRun
from optout_recall.processes import stop_process


def default_http_client(settings: ProbeSettings) -> httpx.AsyncClient:
    limits = httpx.Limits(
        max_connections=settings.concurrency * 2, max_keepalive_connections=settings.concurrency * 2
    )
    return httpx.AsyncClient(limits=limits, trust_env=False, follow_redirects=False)


HTTP_CREDENTIAL = "name its credential with token_env: NAME or token_file: PATH (a bearer token)"
"""How a channel's HTTP credential is given instead of a password in its URL."""


def http_password_problem(channel: ChannelTarget) -> str | None:
    """Why a channel's HTTP URL (`url` of an HTTP channel, `readback_url` of any) may not be used as written."""
    urls = [channel.url] if channel.kind == ChannelKind.HTTP else []
    for url in [*urls, channel.readback_url]:
        if url and _password(url) is not None:
            return (
                f"{redact_url(url)} holds a password, and the spec is kept in workflow history for ever; drop "
                f"it from the URL and {HTTP_CREDENTIAL}"
            )
    return None


def _password(url: str) -> str | None:
    try:
        return urlsplit(url).password
    except ValueError:
        return None


def channel_token(channel: ChannelTarget, environ: Mapping[str, str] | None = None) -> str | None:
    """The bearer token the channel's HTTP calls send, read where the probe runs from what its spec names."""
    token_env, token_file = channel.token_env, channel.token_file
    return read_secret(
        "bearer token", "token", env=token_env, file=token_file, environ=environ, error=ProbeError
    )


def auth_headers(channel: ChannelTarget) -> dict[str, str]:
    """The headers that carry the channel's bearer token (none when its spec names none).

    Read once per probe run (`run_probes`) and handed to every driver of the channel, not once per scenario.
    """
    token = channel_token(channel)
    return {"Authorization": f"Bearer {token}"} if token else {}


def response_body(response: httpx.Response) -> Any:
    if response.headers.get("content-type", "").startswith("application/json"):
        try:
            return response.json()
        except ValueError:
            pass
    text = response.text
    return text if len(text) <= BODY_LIMIT else text[:BODY_LIMIT] + f"... ({len(text)} chars)"


class ReadbackMixin:
    """Reads stored choices over HTTP (the HTTP channel itself, or a queue channel's readback URL)."""

    readback: str

    def __init__(
        self,
        client: httpx.AsyncClient,
        channel: ChannelTarget,
        run: ScenarioRun,
        settings: ProbeSettings,
        auth: dict[str, str],
    ) -> None:
        self.client = client
        self.channel = channel
        self.run = run
        self.settings = settings
        self.timeout = channel.timeout_seconds
        self.auth = auth  # the bearer token's header (`auth_headers`), sent on every call and never recorded

    async def http(self, method: str, url: str, *, note: str, **kwargs: Any) -> httpx.Response:
        request = {"method": method, "url": url, **{k: v for k, v in kwargs.items() if v is not None}}
        if self.auth:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.auth}
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
                    "body": response_body(response),
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

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.base = self.channel.url.rstrip("/")
        self.readback = (self.channel.readback_url or self.channel.url).rstrip("/")
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
            response = await self.http(
                "GET", f"{self.base}{action.path}", note=note, headers=action.headers or None
            )
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
            raise StepFailed(f"{note} answered {response.status_code}: {str(response_body(response))[:200]}")

    async def settle(self) -> None:
        return None

    async def _check(self, check: Any) -> str | None:
        if isinstance(check, DisplayCheck):
            return self._display(check)
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

    def _display(self, check: DisplayCheck) -> str | None:
        response = self.responses.get(check.step)
        if response is None:
            return f"step {check.step} has no response to check"
        if check.json_field is not None:
            problem = json_shows(response.text, check.json_field, check.equals)
        else:
            problem = html_shows(response.text, text=check.text, selector=check.selector)
        return None if problem is None else f"step {check.step} display: {problem}"

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
                "output": output.decode(errors="replace")[-BODY_LIMIT:],
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
            response = await driver.client.get(f"{driver.readback}/healthz", timeout=1.0, headers=driver.auth)
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
