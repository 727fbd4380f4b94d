"""A probe run: which (channel, scenario) pairs run, running them, and the verdicts that come back.

Each scenario run gets fresh subject ids, drives the channel through its steps, checks its expectations and
writes a redacted transcript to `<artifacts_dir>/<label>/<channel>/<scenario>.json`. Only the verdict, the
reason and the transcript's path and sha256 come back. A target that cannot be reached is `unreachable`, not
`fail`.

Scenarios that restart the target or send a burst run one at a time after all the others, so they never
break or starve a neighbour's requests. Every finished verdict is passed to `heartbeat`; verdicts from an
earlier attempt whose transcripts still exist are kept instead of run again.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import structlog

from optout_recall.db import redact_url
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import (
    ChannelKind,
    ChannelTarget,
    ProbeRunInput,
    ProbeRunResult,
    ScenarioVerdict,
    Verdict,
)
from optout_recall.probes.driver import ChannelDriver, ProbeError, ProbeSettings, StepFailed, Unreachable
from optout_recall.probes.http import HttpDriver, auth_headers, default_http_client, http_password_problem
from optout_recall.probes.queue import QueueDriver, broker_password_problem
from optout_recall.probes.scenarios import Scenario, ScenarioFileError, load_library
from optout_recall.probes.sdk import SdkDriver
from optout_recall.probes.transcript import ScenarioRun, safe_name
from optout_recall.rules import JurisdictionRules, RulesError, load_rules

log = structlog.get_logger(__name__)

Verdicts = dict[tuple[str, str], ScenarioVerdict]
"""Verdicts by (channel name, scenario name)."""


def _no_heartbeat(*details: Any) -> None:
    return None


async def run_probes(
    input: ProbeRunInput,
    *,
    settings: ProbeSettings | None = None,
    client_factory: Callable[[], httpx.AsyncClient] | None = None,
    heartbeat: Callable[..., None] = _no_heartbeat,
    done: Verdicts | None = None,
) -> ProbeRunResult:
    """Run every planned pair not already in `done`; heartbeat the verdicts so far as JSON after each one.

    Each verdict is turned into JSON once; a beat costs a list copy, not the whole run again (that made a run
    of n scenario runs quadratic).
    """
    settings = settings or ProbeSettings()
    plan = plan_runs(input, settings.scenario_paths, rules=settings.rules, now=settings.clock())
    auth = channel_auth(input.channels)
    out_dir = Path(input.artifacts_dir) / safe_name(input.label)
    verdicts: Verdicts = {
        key: verdict for key, verdict in (done or {}).items() if Path(verdict.transcript_path).exists()
    }
    dumped = [verdict.model_dump(mode="json") for verdict in verdicts.values()]

    def beat() -> None:
        heartbeat(list(dumped))

    semaphore = asyncio.Semaphore(max(1, settings.concurrency))
    ticker = asyncio.create_task(_beat_every(beat, settings.heartbeat_seconds))
    try:
        async with client_factory() if client_factory else default_http_client(settings) as client:

            async def run(channel: ChannelTarget, scenario: Scenario) -> None:
                async with semaphore:
                    verdict = await run_scenario(
                        client, input, channel, scenario, out_dir, settings, auth[channel.name]
                    )
                verdicts[(channel.name, scenario.name)] = verdict
                dumped.append(verdict.model_dump(mode="json"))
                beat()

            pending = [(c, s) for c, s in plan if (c.name, s.name) not in verdicts]
            calm = [(c, s) for c, s in pending if not disruptive(s)]
            disturbing = [(c, s) for c, s in pending if disruptive(s)]
            await asyncio.gather(*(run(c, s) for c, s in calm))
            for channel, scenario in disturbing:
                await run(channel, scenario)
    finally:
        ticker.cancel()
    ordered = [verdicts[(c.name, s.name)] for c, s in plan]
    failing = sum(1 for v in ordered if v.verdict != Verdict.PASS)
    log.info("probe run finished", label=input.label, scenario_runs=len(ordered), not_passing=failing)
    return ProbeRunResult(label=input.label, verdicts=ordered)


def verdicts_from_heartbeat(details: Sequence[Any]) -> Verdicts:
    """The verdicts an earlier attempt heartbeat (its last details), or none if there are none or unreadable."""
    if not details:
        return {}
    try:
        verdicts = [ScenarioVerdict.model_validate(item) for item in details[0]]
    except (TypeError, ValueError):
        return {}
    return {(verdict.channel, verdict.scenario): verdict for verdict in verdicts}


async def _beat_every(beat: Callable[[], None], seconds: float) -> None:
    while True:
        await asyncio.sleep(seconds)
        beat()


# --------------------------------------------------------------------------- planning


def plan_runs(
    input: ProbeRunInput,
    scenario_paths: list[Path] | None,
    *,
    rules: JurisdictionRules | None = None,
    now: datetime | None = None,
) -> list[tuple[ChannelTarget, Scenario]]:
    """Every (channel, scenario) pair to run, in result order; refuses what no attempt could ever run.

    A scenario that checks a duty (`binds`) is left out of a run of the whole library while the rules say the
    duty does not bind yet at `now`; named explicitly, it runs.
    """
    try:
        library = load_library(scenario_paths)
    except ScenarioFileError as exc:
        raise RecallError(str(exc), ErrorType.SCENARIO_FILE_ERROR) from exc
    names = list(dict.fromkeys(input.scenarios)) or _binding(library, rules, now or datetime.now(UTC))
    unknown = [name for name in names if name not in library]
    if unknown:
        raise RecallError(
            f"unknown scenarios: {', '.join(unknown)} (known: {', '.join(sorted(library))})",
            ErrorType.UNKNOWN_SCENARIO,
        )
    channel_names = [channel.name for channel in input.channels]
    if len(set(channel_names)) != len(channel_names):
        raise RecallError("channel names must be unique", ErrorType.BAD_CHANNELS)
    for channel in input.channels:
        problem = channel_problem(channel)
        if problem:
            raise RecallError(f"channel {channel.name}: {problem}", ErrorType.BAD_CHANNELS)
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
            raise RecallError(
                "no channel of the right kind for: "
                + ", ".join(f"{name} ({'/'.join(library[name].channels)})" for name in orphans),
                ErrorType.BAD_CHANNELS,
            )
    return plan


def channel_auth(channels: list[ChannelTarget]) -> dict[str, dict[str, str]]:
    """Each channel's bearer-token header by channel name, read once per probe run where the worker runs (a
    spec names the token, never holds it) and handed to every scenario run of the channel."""
    headers = {}
    for channel in channels:
        try:
            headers[channel.name] = auth_headers(channel)
        except ProbeError as exc:
            raise RecallError(f"channel {channel.name}: {exc}", ErrorType.BAD_CHANNELS) from None
    return headers


def _binding(library: dict[str, Scenario], rules: JurisdictionRules | None, now: datetime) -> list[str]:
    """The library's scenarios, less those whose duty does not bind yet."""
    checked = [scenario for scenario in library.values() if scenario.binds is not None]
    if not checked:
        return list(library)
    try:
        rules = rules or load_rules()
    except RulesError as exc:
        raise RecallError(str(exc), ErrorType.SCENARIO_FILE_ERROR) from exc
    names = []
    for name, scenario in library.items():
        if scenario.binds is not None:
            duty, where = scenario.binds.duty, scenario.binds.jurisdiction
            if rules.duty_at(duty, where, now) is None:
                log.info(
                    "scenario left out: its duty does not bind yet", scenario=name, duty=duty, where=where
                )
                continue
        names.append(name)
    return names


def channel_problem(channel: ChannelTarget) -> str | None:
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
        if problem := broker_password_problem(channel.url):
            return problem
    if problem := http_password_problem(channel):
        return problem
    if channel.kind == ChannelKind.SDK and (channel.token_env or channel.token_file):
        return "token_env and token_file are for http and queue channels (their HTTP calls)"
    if channel.kind == ChannelKind.SDK and not re.fullmatch(r"[\w.]+:[\w.]+", channel.url):
        return f"url must be an entry point module:function, got {channel.url!r}"
    return None


def disruptive(scenario: Scenario) -> bool:
    """Restarts and bursts disturb everything else on the target, so they run alone."""
    return any(step.restart is not None or step.burst is not None for step in scenario.steps)


# --------------------------------------------------------------------------- one scenario


async def run_scenario(
    client: httpx.AsyncClient,
    input: ProbeRunInput,
    channel: ChannelTarget,
    scenario: Scenario,
    out_dir: Path,
    settings: ProbeSettings,
    auth: dict[str, str],
) -> ScenarioVerdict:
    """One scenario against one channel, always ending in a verdict and a written transcript."""
    run = ScenarioRun(input=input, channel=channel, scenario=scenario)
    driver = _driver(client, channel, run, settings, auth)
    started = time.monotonic()
    try:
        for index, step in enumerate(scenario.steps):
            await driver.step(index, step)
        await driver.settle()
        failures = [
            problem for expectation in scenario.expect if (problem := await driver.check(expectation.check))
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
    path = out_dir / safe_name(channel.name) / f"{scenario.name}.json"
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


def _driver(
    client: httpx.AsyncClient,
    channel: ChannelTarget,
    run: ScenarioRun,
    settings: ProbeSettings,
    auth: dict[str, str],
) -> ChannelDriver:
    if channel.kind == ChannelKind.HTTP:
        return HttpDriver(client, channel, run, settings, auth)
    if channel.kind == ChannelKind.QUEUE:
        return QueueDriver(client, channel, run, settings, auth)
    return SdkDriver(channel, run, settings)
