"""One guard run's side effects as plain async functions: probe the channels, watch the rules, alert.

`check_channels` runs the scenario library on every channel, reruns only what flipped from pass to fail
(a flip that passes on its rerun is flaky), records every verdict and digest in the guard's `runs.jsonl` and
returns the run's counts and its regressions. `send_alert` posts once per key to a Slack-compatible or JSON
webhook and records the key, so a retried activity or a later run never alerts twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from optout_recall.errors import ErrorType, RecallError
from optout_recall.escalation import post_webhook, resolve_webhook
from optout_recall.guard import runs, watch
from optout_recall.payloads import ProbeRunInput, ScenarioVerdict, Verdict
from optout_recall.payloads.guard import (
    FlippedScenario,
    GuardAlertInput,
    GuardAlertResult,
    GuardCheckInput,
    GuardCheckResult,
    GuardInput,
    RehearsalInput,
    RehearsalRecord,
    UpcomingFinding,
    WatchInput,
    WatchResult,
)
from optout_recall.probes.driver import ProbeSettings
from optout_recall.probes.run import run_probes
from optout_recall.probes.scenarios import LIBRARY_DIR, load_library
from optout_recall.rules import RulesError, load_rules

ClientFactory = Callable[[], httpx.AsyncClient] | None


def _probe_input(guard: GuardInput, label: str, scenarios: list[str], channels: Any = None) -> ProbeRunInput:
    return ProbeRunInput(
        incident_id=f"guard-{guard.name}",
        label=label,
        channels=channels if channels is not None else guard.channels,
        scenarios=scenarios,
        artifacts_dir=str(Path(guard.state_dir) / "artifacts"),
    )


def reproduction(guard: str, verdict: ScenarioVerdict) -> str:
    return (
        f"recall guard reproduce {guard} --scenario {verdict.scenario} --channel {verdict.channel} "
        f"(transcript {verdict.transcript_path}, sha256 {verdict.transcript_sha256})"
    )


async def check_channels(
    input: GuardCheckInput,
    settings: ProbeSettings,
    client_factory: ClientFactory = None,
    heartbeat: Callable[..., None] = lambda *_: None,
) -> GuardCheckResult:
    guard = input.guard
    recorded = runs.find_run(guard.state_dir, input.run_id)
    previous = runs.last_run_before(guard.state_dir, input.run_id)
    before = runs.previous_verdicts(guard.state_dir, input.run_id)
    if recorded is None:
        result = await run_probes(
            _probe_input(guard, input.run_id, guard.scenarios),
            settings=settings,
            client_factory=client_factory,
            heartbeat=heartbeat,
        )
        flips = runs.flipped(before, result.verdicts)
        rerun: list[ScenarioVerdict] = []
        if flips:
            names = sorted({scenario for _, scenario in flips})
            channels = [c for c in guard.channels if c.name in {channel for channel, _ in flips}]
            rerun = (
                await run_probes(
                    _probe_input(guard, f"{input.run_id}-rerun", names, channels),
                    settings=settings,
                    client_factory=client_factory,
                    heartbeat=heartbeat,
                )
            ).verdicts
        classified = runs.classify(flips, rerun)
        by_pair = {(v.channel, v.scenario): v for v in result.verdicts}
        verdicts = [
            runs.verdict_record(by_pair[pair])
            | ({"verdict": Verdict.PASS.value, "flaky": True} if pair in classified.flaky else {})
            for pair in by_pair
        ]
        recorded = {
            "run_id": input.run_id,
            "started_at": input.started_at.isoformat(),
            "finished_at": datetime.now(UTC).isoformat(),
            "previous_run_id": previous["run_id"] if previous else None,
            "verdicts": verdicts,
            "regressions": [list(pair) for pair in classified.regressions],
            "flaky": [list(pair) for pair in classified.flaky],
        }
        path = runs.record_run(guard.state_dir, recorded)
    else:
        path = Path(guard.state_dir) / runs.RUNS
    return _summary(guard.name, recorded, path)


def _summary(guard: str, record: dict[str, Any], path: Path) -> GuardCheckResult:
    verdicts = [
        ScenarioVerdict.model_validate({k: v[k] for k in v if k != "flaky"}) for v in record["verdicts"]
    ]
    by_pair = {(v.channel, v.scenario): v for v in verdicts}
    regressions = [by_pair[(channel, scenario)] for channel, scenario in record["regressions"]]
    return GuardCheckResult(
        run_id=record["run_id"],
        record_path=str(path),
        scenario_runs=len(verdicts),
        passed=sum(1 for v in verdicts if v.verdict == Verdict.PASS),
        failing=sorted({v.scenario for v in verdicts if v.verdict == Verdict.FAIL}),
        regressions=[
            FlippedScenario(
                scenario=v.scenario,
                channel=v.channel,
                reason=v.reason,
                transcript_path=v.transcript_path,
                transcript_sha256=v.transcript_sha256,
                reproduction=reproduction(guard, v),
            )
            for v in regressions
        ],
        flaky=[f"{channel}/{scenario}" for channel, scenario in record["flaky"]],
    )


async def watch_requirements(
    input: WatchInput, settings: ProbeSettings, client_factory: ClientFactory = None
) -> WatchResult:
    """Upcoming requirements not alerted yet, each with its day-one verdict."""
    guard = input.guard
    try:
        rules = load_rules(guard.rules_path or None)
    except RulesError as exc:
        raise RecallError(str(exc), ErrorType.BAD_GUARD) from exc
    alerted = runs.alerted_keys(guard.state_dir)
    kinds = {channel.kind for channel in guard.channels}
    findings: list[UpcomingFinding] = []
    for item in watch.in_scope(rules, guard.jurisdictions, input.now, guard.watch_days):
        key = watch.requirement_key(item)
        if key in alerted:
            continue
        generated = watch.write_day_one(item, Path(guard.state_dir) / "watch")
        paths = [*(settings.scenario_paths or [LIBRARY_DIR]), *([generated] if generated else [])]
        library = load_library(paths)
        names = [
            n
            for n, s in library.items()
            if s.name == watch.day_one_name(item) or watch.acts_in(s, item.jurisdiction.code)
        ]
        names = watch.runnable(names, library, kinds)
        failing: list[str] = []
        if names:
            result = await run_probes(
                _probe_input(guard, f"{input.run_id}-watch-{item.jurisdiction.code.lower()}", names),
                settings=replace(settings, scenario_paths=paths),
                client_factory=client_factory,
            )
            failing = sorted(
                {f"{v.channel}/{v.scenario}" for v in result.verdicts if v.verdict != Verdict.PASS}
            )
        findings.append(
            UpcomingFinding(
                key=key,
                jurisdiction=item.jurisdiction.code,
                citation=" ".join(item.requirement.citation.split()),
                takes_effect_at=item.takes_effect_at,
                days_left=max(0, (item.takes_effect_at - input.now).days),
                scenarios=names,
                complies=not failing,
                failing=failing,
            )
        )
    return WatchResult(findings=findings)


async def send_alert(http: httpx.AsyncClient, input: GuardAlertInput) -> GuardAlertResult:
    """Post the alert unless its key was sent before; record the key once it is delivered."""
    if input.key in runs.alerted_keys(input.state_dir):
        return GuardAlertResult(sent=False)
    delivered: list[str] = []
    hook = resolve_webhook(
        webhook=input.webhook,
        webhook_env=input.webhook_env,
        webhook_file=input.webhook_file,
        token_env=input.token_env,
        token_file=input.token_file,
    )
    if hook is not None:
        if input.webhook_format == "slack":
            body: dict[str, object] = {
                "text": input.text,
                "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": input.text}}],
                "metadata": {
                    "event_type": f"optout_recall_guard_{input.kind}",
                    "event_payload": input.details,
                },
            }
        else:
            body = {
                "event": f"optout_recall.guard.{input.kind}",
                "guard": input.guard,
                "message": input.text,
                **input.details,
            }
        delivered.append(
            await post_webhook(http, hook, body, what="guard webhook", refused="refused the alert")
        )
    runs.record_alert(input.state_dir, input.key, input.kind, datetime.now(UTC).isoformat(), delivered)
    return GuardAlertResult(sent=True, delivered_to=delivered)


def rehearsal_record(input: RehearsalInput) -> RehearsalRecord:
    """Passed when both hooks succeeded and nothing that passed before the deploy fails after the rollback."""
    broken = sorted(set(input.after_failing) - set(input.baseline_failing))
    passed = input.deploy_ok and input.rollback_ok and not broken
    detail = input.detail if not broken else f"{input.detail}; failing after rollback: {', '.join(broken)}"
    record = RehearsalRecord(
        guard=input.guard,
        started_at=input.started_at,
        duration_seconds=round((input.finished_at - input.started_at).total_seconds(), 3),
        passed=passed,
        detail=detail,
    )
    runs.record_rehearsal(input.state_dir, record)
    return record
