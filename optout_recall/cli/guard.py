"""`recall guard ...`: continuous validation on a Temporal Schedule, before any notice arrives.

`apply` creates or updates the guard's schedule (and, with a staging section, its rehearsal schedule); the
rest are the schedule's describe, list, pause, unpause, trigger and delete, plus the commander's `decide`
for `open_recall: ask` and `reproduce`, which runs one scenario on one channel right here.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from temporalio.client import (
    Client,
    Schedule,
    ScheduleActionExecutionStartWorkflow,
    ScheduleActionStartWorkflow,
    ScheduleAlreadyRunningError,
    ScheduleDescription,
    ScheduleHandle,
    ScheduleIntervalSpec,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleSpec,
    ScheduleState,
    ScheduleUpdate,
    ScheduleUpdateInput,
)
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import guard as guard_names
from optout_recall import names
from optout_recall.cli.errors import fail
from optout_recall.cli.options import STATE_DIR, AddressOpt, NamespaceOpt
from optout_recall.cli.recalls import client as _client
from optout_recall.cli.recalls import run as _run
from optout_recall.guard import runs
from optout_recall.guard.spec import GuardSpec, GuardSpecError, Timing, load_guard_spec, to_guard_input
from optout_recall.payloads.guard import GuardInput, GuardRunSummary, GuardTask
from workflows.guard import GuardWorkflow

app = typer.Typer(help="Continuous validation on a Temporal Schedule.", no_args_is_help=True)
console = Console()

NameArg = Annotated[str, typer.Argument(help="the guard's name (its spec's name:)")]


# --------------------------------------------------------------------------- schedules (also used by tests)


def _schedule(input: GuardInput, timing: Timing, task_queue: str, paused: bool) -> Schedule:
    every = timing.interval_seconds
    spec = (
        ScheduleSpec(cron_expressions=[timing.cron])
        if timing.cron
        else ScheduleSpec(intervals=[ScheduleIntervalSpec(every=timedelta(seconds=every or 3600))])
    )
    workflow_id = (
        guard_names.rehearsal_schedule_id(input.name)
        if input.task == GuardTask.REHEARSE
        else guard_names.schedule_id(input.name)
    )
    return Schedule(
        action=ScheduleActionStartWorkflow(
            GuardWorkflow.run,
            input,
            id=f"{workflow_id}-run",
            task_queue=task_queue,
            static_summary=f"guard {input.name}: {input.task}",
        ),
        spec=spec,
        policy=SchedulePolicy(
            overlap=ScheduleOverlapPolicy.SKIP, catchup_window=timedelta(seconds=timing.catchup_window)
        ),
        state=ScheduleState(paused=paused, note=f"guard {input.name}"),
    )


async def _put(client: Client, schedule_id: str, schedule: Schedule) -> str:
    """Create the schedule, or update it in place keeping whether it is paused."""
    try:
        await client.create_schedule(schedule_id, schedule)
        return "created"
    except ScheduleAlreadyRunningError:

        def keep_paused(update: ScheduleUpdateInput) -> ScheduleUpdate:
            schedule.state.paused = update.description.schedule.state.paused
            return ScheduleUpdate(schedule=schedule)

        await client.get_schedule_handle(schedule_id).update(keep_paused)
        return "updated"


async def apply_guard(
    client: Client, spec: GuardSpec, input: GuardInput, task_queue: str = names.TASK_QUEUE
) -> list[str]:
    """Create or update the guard's schedules; returns what was done, one line each."""
    done = [
        f"{await _put(client, guard_names.schedule_id(spec.name), _schedule(input, spec.schedule, task_queue, False))} schedule {guard_names.schedule_id(spec.name)}"
    ]
    rehearsal_id = guard_names.rehearsal_schedule_id(spec.name)
    if spec.staging is not None:
        rehearse = input.model_copy(update={"task": GuardTask.REHEARSE})
        done.append(
            f"{await _put(client, rehearsal_id, _schedule(rehearse, spec.staging.rehearse, task_queue, False))} schedule {rehearsal_id}"
        )
    else:
        try:
            await client.get_schedule_handle(rehearsal_id).delete()
            done.append(f"deleted schedule {rehearsal_id} (no staging section any more)")
        except RPCError as exc:
            if exc.status != RPCStatusCode.NOT_FOUND:
                raise
    return done


async def schedule_handle(
    client: Client, name: str, rehearsal: bool = False
) -> tuple[ScheduleHandle, ScheduleDescription]:
    schedule_id = guard_names.rehearsal_schedule_id(name) if rehearsal else guard_names.schedule_id(name)
    handle = client.get_schedule_handle(schedule_id)
    try:
        return handle, await handle.describe()
    except RPCError as exc:
        if exc.status == RPCStatusCode.NOT_FOUND:
            fail(
                f"no guard {name}{' rehearsal' if rehearsal else ''} on this Temporal; make it with: recall guard apply GUARD.yaml"
            )
        raise


async def guard_input(client: Client, description: ScheduleDescription) -> GuardInput:
    action = description.schedule.action
    assert isinstance(action, ScheduleActionStartWorkflow)
    [decoded] = await client.data_converter.decode(action.args, [GuardInput])  # type: ignore[arg-type]
    return decoded  # type: ignore[no-any-return]


def _started(description: ScheduleDescription) -> set[str]:
    """Workflow ids of the runs the schedule has started (running or recently finished)."""
    executions = [*description.info.running_actions, *(a.action for a in description.info.recent_actions)]
    return {e.workflow_id for e in executions if isinstance(e, ScheduleActionExecutionStartWorkflow)}


async def trigger_in_a_fresh_second(handle: ScheduleHandle, before: ScheduleDescription) -> None:
    """Trigger one run now. A scheduled run's workflow id ends in the second it was started at, so a run
    triggered in the same second as the last one would collide with it and never start: wait for the next."""
    latest = max((a.started_at for a in before.info.recent_actions), default=None)
    if latest is not None and latest.replace(microsecond=0) >= datetime.now(UTC).replace(microsecond=0):
        await asyncio.sleep(1.05 - datetime.now(UTC).microsecond / 1e6)
    await handle.trigger(overlap=ScheduleOverlapPolicy.SKIP)


async def trigger_and_wait(
    client: Client, name: str, rehearsal: bool = False, wait_seconds: float = 300.0
) -> GuardRunSummary:
    """Trigger one run now and wait for its summary."""
    handle, before = await schedule_handle(client, name, rehearsal)
    seen = _started(before)
    await trigger_in_a_fresh_second(handle, before)
    deadline = asyncio.get_running_loop().time() + wait_seconds
    while not (started := sorted(_started(await handle.describe()) - seen)):
        if asyncio.get_running_loop().time() > deadline:
            fail(f"guard {name} did not start a run within {int(wait_seconds)} s; is a worker running?")
        await asyncio.sleep(0.2)
    return await client.get_workflow_handle_for(GuardWorkflow.run, started[0]).result()


# --------------------------------------------------------------------------- commands


def _load(path: Path) -> tuple[GuardSpec, GuardInput]:
    try:
        spec = load_guard_spec(path)
        return spec, to_guard_input(spec, path, STATE_DIR)
    except GuardSpecError as exc:
        fail(str(exc))


@app.command()
def apply(
    spec_path: Annotated[Path, typer.Argument(metavar="GUARD.yaml", help="guard spec (YAML)")],
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Create or update the guard's schedule (overlap: skip, bounded catch-up); default hourly."""
    spec, input = _load(spec_path)

    async def go() -> list[str]:
        return await apply_guard(await _client(address, namespace), spec, input)

    for line in _run(go()):
        console.print(line)
    console.print(f"state: {input.state_dir}")


@app.command()
def status(
    name: Annotated[str | None, typer.Argument(help="a guard's name; none: list every guard")] = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """A guard's schedule, its last run and its last rollback rehearsal (or every guard, one per line)."""

    async def go() -> None:
        client = await _client(address, namespace)
        if name is None:
            found = False
            async for listed in await client.list_schedules():
                if listed.id.startswith("guard-"):
                    found = True
                    console.print(listed.id)
            if not found:
                console.print("no guards; make one with: recall guard apply GUARD.yaml")
            return
        _, description = await schedule_handle(client, name)
        input = await guard_input(client, description)
        console.print(f"guard {name}: {'PAUSED' if description.schedule.state.paused else 'active'}")
        upcoming = description.info.next_action_times[:1]
        console.print(f"next run: {upcoming[0].isoformat() if upcoming else 'none scheduled'}")
        recorded = runs.read_runs(input.state_dir)
        if recorded:
            last = recorded[-1]
            passed = sum(1 for v in last["verdicts"] if v["verdict"] == "pass")
            console.print(
                f"last run: {last['run_id']} at {last['started_at']}: {passed}/{len(last['verdicts'])} passed, "
                f"regressions {len(last['regressions'])}, flaky {len(last['flaky'])}"
            )
        else:
            console.print("last run: none yet")
        rehearsal = runs.last_rehearsal(input.state_dir)
        if rehearsal is None:
            console.print("last rehearsal: none recorded")
        else:
            age = datetime.now(UTC) - rehearsal.started_at
            console.print(
                f"last rehearsal: {rehearsal.started_at.isoformat()} ({age.days} d ago), "
                f"{rehearsal.duration_seconds:.1f} s, {'passed' if rehearsal.passed else 'FAILED'}: {rehearsal.detail}"
            )

    _run(go())


@app.command(name="runs")
def list_runs(
    name: NameArg,
    as_json: Annotated[bool, typer.Option("--json", help="the run records as JSON lines")] = False,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """A guard's runs, oldest first: counts, regressions and flaky scenarios, with the record file."""

    async def go() -> None:
        client = await _client(address, namespace)
        _, description = await schedule_handle(client, name)
        input = await guard_input(client, description)
        for record in runs.read_runs(input.state_dir):
            if as_json:
                print(json.dumps(record, sort_keys=True))
                continue
            passed = sum(1 for v in record["verdicts"] if v["verdict"] == "pass")
            flips = ", ".join("/".join(pair) for pair in record["regressions"]) or "none"
            console.print(
                f"{record['started_at']} {record['run_id']}: {passed}/{len(record['verdicts'])} passed; regressions: {flips}"
            )

    _run(go())


@app.command()
def pause(name: NameArg, address: AddressOpt = None, namespace: NamespaceOpt = None) -> None:
    """Stop scheduling runs until resumed."""

    async def go() -> None:
        handle, _ = await schedule_handle(await _client(address, namespace), name)
        await handle.pause(note="paused with recall guard pause")

    _run(go())
    console.print(f"guard {name} paused")


@app.command()
def resume(name: NameArg, address: AddressOpt = None, namespace: NamespaceOpt = None) -> None:
    """Schedule runs again."""

    async def go() -> None:
        handle, _ = await schedule_handle(await _client(address, namespace), name)
        await handle.unpause(note="resumed with recall guard resume")

    _run(go())
    console.print(f"guard {name} resumed")


@app.command()
def trigger(
    name: NameArg,
    rehearsal: Annotated[
        bool, typer.Option("--rehearsal", help="run the rollback rehearsal instead")
    ] = False,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Run the guard now and print what it found (skipped if a run is still going)."""

    async def go() -> GuardRunSummary:
        return await trigger_and_wait(await _client(address, namespace), name, rehearsal)

    summary = _run(go())
    console.print(summary.model_dump_json(indent=2, exclude_none=True))


@app.command()
def delete(name: NameArg, address: AddressOpt = None, namespace: NamespaceOpt = None) -> None:
    """Delete the guard's schedules; its records stay in its state directory."""

    async def go() -> None:
        client = await _client(address, namespace)
        handle, _ = await schedule_handle(client, name)
        await handle.delete()
        try:
            await client.get_schedule_handle(guard_names.rehearsal_schedule_id(name)).delete()
        except RPCError as exc:
            if exc.status != RPCStatusCode.NOT_FOUND:
                raise

    _run(go())
    console.print(f"guard {name} deleted")


@app.command()
def decide(
    run_id: Annotated[str, typer.Argument(help="the guard run's workflow id, as its alert names it")],
    request: Annotated[str, typer.Option("--request", help="the request id the alert names")],
    actor: Annotated[str, typer.Option("--as", envvar="RECALL_USER", help="the commander's name")],
    reason: Annotated[str, typer.Option("--reason", help="why (recorded in the guard run's history)")],
    approve: Annotated[bool, typer.Option("--approve/--reject", help="open the recall, or not")] = True,
    key: Annotated[
        Path | None, typer.Option("--key", envvar="RECALL_KEY_FILE", help="your private key")
    ] = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """The commander's signed answer to a guard run waiting with open_recall: ask."""
    from temporalio.client import WorkflowUpdateFailedError

    from optout_recall.cli.options import KEYS_DIR
    from optout_recall.gates.keys import KeyFileError, load_private_key
    from optout_recall.guard.decision import sign_open_recall

    try:
        private_key = load_private_key(key or KEYS_DIR / f"{actor}.key")
    except KeyFileError as exc:
        fail(str(exc))

    async def go() -> str:
        client = await _client(address, namespace, identity=f"recall-cli:{actor}")
        handle = client.get_workflow_handle(run_id)
        try:
            description = await handle.describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                fail(f"no guard run {run_id} on this Temporal")
            raise
        decision = sign_open_recall(
            private_key,
            workflow_id=run_id,
            run_id=description.raw_description.workflow_execution_info.first_run_id or description.run_id,
            request_id=request,
            approve=approve,
            actor=actor,
            reason=reason,
        )
        try:
            return await handle.execute_update(GuardWorkflow.decide, decision)
        except WorkflowUpdateFailedError as exc:
            fail(f"refused: {getattr(exc.cause, 'message', None) or exc.cause}")
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                fail(f"guard run {run_id} is no longer waiting")
            raise

    console.print(f"recorded: {_run(go())}")


@app.command()
def reproduce(
    name: NameArg,
    scenario: Annotated[str, typer.Option("--scenario", help="the scenario the alert names")],
    channel: Annotated[str, typer.Option("--channel", help="the channel the alert names")],
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Run one scenario on one of the guard's channels here and now; exit 1 unless it passes."""
    from optout_recall.errors import RecallError
    from optout_recall.payloads import ProbeRunInput, Verdict
    from optout_recall.probes.run import run_probes

    async def go() -> Any:
        client = await _client(address, namespace)
        _, description = await schedule_handle(client, name)
        input = await guard_input(client, description)
        channels = [c for c in input.channels if c.name == channel]
        if not channels:
            fail(
                f"guard {name} has no channel {channel} (it has: {', '.join(c.name for c in input.channels)})"
            )
        probe = ProbeRunInput(
            incident_id=f"guard-{name}",
            label=f"reproduce-{datetime.now(UTC):%Y%m%dT%H%M%S}",
            channels=channels,
            scenarios=[scenario],
            artifacts_dir=str(Path(input.state_dir) / "artifacts"),
        )
        try:
            return (await run_probes(probe)).verdicts
        except RecallError as exc:
            fail(str(exc))

    verdicts = _run(go())
    for verdict in verdicts:
        console.print(f"{verdict.channel}/{verdict.scenario}: {verdict.verdict}: {verdict.reason}")
        console.print(f"transcript: {verdict.transcript_path}")
    if any(v.verdict != Verdict.PASS for v in verdicts):
        raise typer.Exit(1)
