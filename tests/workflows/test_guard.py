"""The guard on the real dev server, against the real demo service: schedules, runs, alerts, recalls.

Each test gets its own guard name, task queue, state directory, demo service and local webhook.
"""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from temporalio.client import Client, WorkflowExecutionStatus, WorkflowUpdateFailedError
from temporalio.testing import WorkflowEnvironment

from optout_recall import guard as guard_names
from optout_recall.cli.guard import apply_guard, schedule_handle, trigger_and_wait, trigger_in_a_fresh_second
from optout_recall.demo import control
from optout_recall.demo.world import build_world, free_port, tear_down
from optout_recall.gates.keys import load_private_key
from optout_recall.guard import runs
from optout_recall.guard.decision import sign_open_recall
from optout_recall.guard.spec import load_guard_spec, to_guard_input
from optout_recall.payloads import RecallInput
from optout_recall.rules import DEFAULT_RULES_PATH
from tests.cli.commands import recall_in_thread
from tests.guard.helpers import Webhook, stop_processes_under, webhook_server, write_spec
from workers.main import running_worker
from workflows.guard import GuardWorkflow

pytestmark = pytest.mark.timeout(240)


@pytest.fixture(autouse=True)
def no_process_survives(tmp_path: Path) -> Iterator[None]:
    """After each test nothing it started runs on: a demo service (also one a deploy hook started) or a
    control command still running is stopped here, even if the test body never reached its own cleanup, and
    the test fails naming it."""
    yield
    left = stop_processes_under(tmp_path)
    assert not left, f"processes left running by the test: {sorted(left.values())}"


GPC = ["gpc-honoured", "gpc-wellknown", "gpc-non1-ignored"]


@contextmanager
def demo_service(root: Path, build: str = "fixed") -> Iterator[Path]:
    folder = root / "service"
    control.start(folder, free_port(), build, set())
    try:
        yield folder
    finally:
        control.stop(folder)


def url_of(service: Path) -> str:
    return f"http://127.0.0.1:{control.status(service)['port']}"


@asynccontextmanager
async def guard(client: Client, tmp_path: Path, spec: dict[str, Any]) -> AsyncIterator[tuple[str, str]]:
    """Apply the spec with a worker on a fresh task queue; yields (name, state dir); deletes the schedules."""
    name = spec["name"]
    path = write_spec(tmp_path / "guard.yaml", spec)
    parsed = load_guard_spec(path)
    input = to_guard_input(parsed, path, tmp_path / "state")
    task_queue = f"guard-{uuid.uuid4()}"
    async with running_worker(client, task_queue):
        await apply_guard(client, parsed, input, task_queue)
        try:
            yield name, input.state_dir
        finally:
            for schedule_id in (guard_names.schedule_id(name), guard_names.rehearsal_schedule_id(name)):
                with suppress(Exception):
                    await client.get_schedule_handle(schedule_id).delete()


def base_spec(service_url: str, hook: Webhook, **extra: Any) -> dict[str, Any]:
    return {
        "name": f"t-{uuid.uuid4().hex[:10]}",
        "channels": [{"name": "preference-api", "kind": "http", "url": service_url}],
        "scenarios": GPC,
        "escalation": {"webhook": hook.url, "format": "json"},
        **extra,
    }


async def test_a_triggered_run_against_the_demo_service_passes(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    with webhook_server() as hook, demo_service(tmp_path) as service:
        async with guard(dev_server_env.client, tmp_path, base_spec(url_of(service), hook)) as (name, state):
            summary = await trigger_and_wait(dev_server_env.client, name)
    assert summary.check is not None
    assert (summary.check.scenario_runs, summary.check.passed, summary.check.failing) == (3, 3, [])
    [record] = runs.read_runs(state)
    assert record["run_id"] == summary.run_id
    for verdict in record["verdicts"]:
        assert (
            hashlib.sha256(Path(verdict["transcript_path"]).read_bytes()).hexdigest()
            == verdict["transcript_sha256"]
        )
    assert hook.received == []


async def test_a_defect_switched_on_flips_a_scenario_and_the_webhook_gets_the_alert(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    with webhook_server() as hook, demo_service(tmp_path) as service:
        async with guard(dev_server_env.client, tmp_path, base_spec(url_of(service), hook)) as (name, state):
            first = await trigger_and_wait(dev_server_env.client, name)
            control.deploy(service, "defective", {"gpc_ignored"})
            second = await trigger_and_wait(dev_server_env.client, name)
            third = await trigger_and_wait(dev_server_env.client, name)
    assert first.check is not None and first.check.failing == []
    assert second.check is not None
    flipped = {flip.scenario for flip in second.check.regressions}
    assert {"gpc-honoured", "gpc-wellknown"} <= flipped
    alerts = hook.of_kind("regression")
    assert {alert["scenario"] for alert in alerts} == flipped
    alert = next(a for a in alerts if a["scenario"] == "gpc-honoured")
    assert alert["guard"] == name and alert["channel"] == "preference-api"
    assert (
        hashlib.sha256(Path(alert["transcript_path"]).read_bytes()).hexdigest() == alert["transcript_sha256"]
    )
    assert alert["reproduction"].startswith(
        f"recall guard reproduce {name} --scenario gpc-honoured --channel preference-api"
    )
    assert alert["record_path"] == str(Path(state) / runs.RUNS)
    # still failing is not a new flip: the third run alerts nothing more
    assert third.check is not None and third.check.regressions == [] and "gpc-honoured" in third.check.failing
    assert len(hook.of_kind("regression")) == len(alerts)


async def test_auto_starts_a_recall_from_the_next_scheduled_run_with_the_failing_scenarios(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    client = dev_server_env.client
    world = await build_world(tmp_path / "world", f"GUARD-{uuid.uuid4().hex[:6]}", subjects=20)
    try:
        control.deploy(world.service_dir, "fixed")
        with webhook_server() as hook:
            spec = base_spec(
                world.service_url,
                hook,
                schedule={"every": "2s"},
                open_recall="auto",
                template=str(world.spec_path),
                jurisdictions=[],
            )
            async with guard(client, tmp_path, spec) as (name, state):
                await _wait_for(
                    lambda: any(
                        r["verdicts"] and all(v["verdict"] == "pass" for v in r["verdicts"])
                        for r in runs.read_runs(state)
                    )
                )
                control.deploy(world.service_dir, "defective", {"gpc_ignored"})
                await _wait_for(lambda: bool(hook.of_kind("recall_started")), seconds=120)
                await schedule_handle_pause(client, name)
        [started] = hook.of_kind("recall_started")
        recall = client.get_workflow_handle(started["recall_workflow_id"])
        recall_input = await _started_input(client, started["recall_workflow_id"])
        assert recall_input.scenarios == sorted(started["scenarios"])
        assert "gpc-honoured" in recall_input.scenarios
        assert recall_input.incident_id.startswith(f"{world.incident_id}-guard-")
        assert (await recall.describe()).status == WorkflowExecutionStatus.RUNNING
        await recall.terminate("test done")
    finally:
        tear_down(world)


async def test_ask_waits_for_the_commanders_signed_decision(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    client = dev_server_env.client
    world = await build_world(tmp_path / "world", f"ASK-{uuid.uuid4().hex[:6]}", subjects=20)
    try:
        control.deploy(world.service_dir, "fixed")
        with webhook_server() as hook:
            spec = base_spec(
                world.service_url, hook, open_recall="ask", template=str(world.spec_path), jurisdictions=[]
            )
            async with guard(client, tmp_path, spec) as (name, _state):
                await trigger_and_wait(client, name)
                control.deploy(world.service_dir, "defective", {"gpc_ignored"})
                # In a fresh second: a run triggered in the second the first one started never starts.
                await trigger_in_a_fresh_second(*await schedule_handle(client, name))
                await _wait_for(lambda: bool(hook.of_kind("decision_needed")))
                [asked] = hook.of_kind("decision_needed")
                run = client.get_workflow_handle_for(GuardWorkflow.run, asked["run_id"])
                first_run = (await run.describe()).raw_description.workflow_execution_info.first_run_id

                def signed(person: str, **kw: Any) -> Any:
                    return sign_open_recall(
                        load_private_key(world.key_file(person)),
                        workflow_id=run.id,
                        run_id=first_run,
                        request_id=asked["request_id"],
                        approve=True,
                        actor=person,
                        reason="go",
                        **kw,
                    )

                with pytest.raises(WorkflowUpdateFailedError) as bob:
                    await run.execute_update(GuardWorkflow.decide, signed("bob"))
                assert "bob is not the commander (alice)" in str(bob.value.cause)
                forged = signed("alice").model_copy(update={"reason": "changed after signing"})
                with pytest.raises(WorkflowUpdateFailedError) as bad:
                    await run.execute_update(GuardWorkflow.decide, forged)
                assert "does not verify" in str(bad.value.cause)
                assert hook.of_kind("recall_started") == []  # nothing opens before the commander decides
                decided = await recall_in_thread(
                    "guard",
                    "decide",
                    run.id,
                    "--request",
                    asked["request_id"],
                    "--as",
                    "alice",
                    "--key",
                    str(world.key_file("alice")),
                    "--reason",
                    "regression confirmed",
                    "--address",
                    client.service_client.config.target_host,
                )
                assert decided.returncode == 0 and "recorded: approve" in decided.stdout, decided.stderr
                summary = await run.result()
        assert summary.decision == "approved by alice" and summary.recall_workflow_id
        await client.get_workflow_handle(summary.recall_workflow_id).terminate("test done")
    finally:
        tear_down(world)


async def test_an_upcoming_requirement_alerts_exactly_once_over_several_runs(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    rules = yaml.safe_load(DEFAULT_RULES_PATH.read_text())
    effective = (datetime.now(UTC) + timedelta(days=30)).date()
    colorado = next(j for j in rules["jurisdictions"] if j["code"] == "US-CO")
    colorado["requirements"].append(
        {
            "effective": effective.isoformat(),
            "requires_universal_opt_out": True,
            "gpc_purposes": ["sale", "sharing"],
            "citation": "Test Act § 1: GPC opts out of sale and sharing",
            "source_url": "https://example.org/test-act",
        }
    )
    rules_path = tmp_path / "rules.yaml"
    rules_path.write_text(yaml.safe_dump(rules, sort_keys=False))
    with webhook_server() as hook, demo_service(tmp_path) as service:
        spec = base_spec(
            url_of(service), hook, jurisdictions=["US-CO"], watch={"days": 60, "rules": str(rules_path)}
        )
        async with guard(dev_server_env.client, tmp_path, spec) as (name, _state):
            summaries = [await trigger_and_wait(dev_server_env.client, name) for _ in range(3)]
    [alert] = hook.of_kind("upcoming_requirement")
    assert alert["citation"] == "Test Act § 1: GPC opts out of sale and sharing"
    assert alert["jurisdiction"] == "US-CO" and alert["takes_effect_at"].startswith(effective.isoformat())
    assert f"day-one-us-co-{effective:%Y%m%d}" in alert["scenarios"]
    assert "jurisdiction-us-co-honoured" in alert["scenarios"]
    assert alert["complies_on_day_one"] is True
    assert [len(s.upcoming) for s in summaries] == [1, 0, 0]


async def test_a_rollback_rehearsal_is_recorded_and_shown_by_status(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    with (
        webhook_server() as hook,
        demo_service(tmp_path) as production,
        demo_service(tmp_path / "staging") as staging,
    ):
        control_cmd = ["python", "-m", "optout_recall.demo.control"]
        import sys

        control_cmd[0] = sys.executable
        spec = base_spec(
            url_of(production),
            hook,
            staging={
                "channels": [{"name": "staging-api", "kind": "http", "url": url_of(staging)}],
                "deploy": {
                    "command": [*control_cmd, "deploy", "--state-dir", str(staging), "--build", "fixed"]
                },
                "rollback": {"command": [*control_cmd, "rollback", "--state-dir", str(staging)]},
                "rehearse": {"every": "7d"},
            },
        )
        async with guard(dev_server_env.client, tmp_path, spec) as (name, state):
            summary = await trigger_and_wait(dev_server_env.client, name, rehearsal=True)
            address = dev_server_env.client.service_client.config.target_host
            shown = await recall_in_thread("guard", "status", name, "--address", address)
    assert summary.rehearsal is not None and summary.rehearsal.passed, summary.rehearsal
    recorded = runs.last_rehearsal(state)
    assert recorded == summary.rehearsal and recorded.duration_seconds > 0
    assert "last rehearsal:" in shown.stdout and "passed" in shown.stdout, shown.stdout + shown.stderr


async def test_pause_and_resume(dev_server_env: WorkflowEnvironment, tmp_path: Path) -> None:
    client = dev_server_env.client
    with webhook_server() as hook, demo_service(tmp_path) as service:
        async with guard(client, tmp_path, base_spec(url_of(service), hook, schedule={"every": "1s"})) as (
            name,
            state,
        ):
            await _wait_for(lambda: len(runs.read_runs(state)) >= 1)
            address = client.service_client.config.target_host
            paused = await recall_in_thread("guard", "pause", name, "--address", address)
            assert paused.returncode == 0, paused.stderr
            handle, description = await schedule_handle(client, name)
            assert description.schedule.state.paused
            await _wait_for(lambda: idle(handle), seconds=30)
            count = len(runs.read_runs(state))
            await asyncio.sleep(4)
            assert len(runs.read_runs(state)) == count
            resumed = await recall_in_thread("guard", "resume", name, "--address", address)
            assert resumed.returncode == 0, resumed.stderr
            assert not (await handle.describe()).schedule.state.paused
            await _wait_for(lambda: len(runs.read_runs(state)) > count, seconds=30)


# --------------------------------------------------------------------------- helpers


async def _wait_for(condition: Any, seconds: float = 60) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        done = condition()
        if asyncio.iscoroutine(done):
            done = await done
        if done:
            return
        assert asyncio.get_running_loop().time() < deadline, "condition not met in time"
        await asyncio.sleep(0.2)


async def idle(handle: Any) -> bool:
    return not (await handle.describe()).info.running_actions


async def schedule_handle_pause(client: Client, name: str) -> None:
    handle, _ = await schedule_handle(client, name)
    await handle.pause(note="test done")


async def _started_input(client: Client, workflow_id: str) -> RecallInput:
    from temporalio.api.enums.v1 import EventType

    async for event in client.get_workflow_handle(workflow_id).fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
            payloads = event.workflow_execution_started_event_attributes.input.payloads
            [started] = await client.data_converter.decode(payloads, [RecallInput])
            return started  # type: ignore[no-any-return]
    raise AssertionError("no start event")
