"""`recall demo`: a whole recall against the demo world, acting visibly as the on-call engineer at each gate."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import uuid
from contextlib import AsyncExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from temporalio.client import Client, WorkflowFailureError, WorkflowHandle

from optout_recall import names
from optout_recall.cli.render import render_state
from optout_recall.demo.world import DemoWorld, build_world, tear_down
from optout_recall.gates.approvals import sign_decision
from optout_recall.gates.keys import load_private_key
from optout_recall.histories import export_histories
from optout_recall.payloads import GateStep, RecallState
from optout_recall.runtime import embedded_dev_server, register_search_attributes
from optout_recall.spec import load_spec, to_recall_input
from workers.connect import ConnectionSettings, connect
from workers.main import running_worker
from workflows.recall import RecallWorkflow

DEMO_TIMEOUT = timedelta(minutes=5)


def _port_in_use(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


async def run_demo(state_dir: Path, console: Console) -> RecallState:
    incident_id = f"DEMO-{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}"
    world_root = state_dir / "demo" / incident_id
    console.rule(f"[bold]optout-recall demo: {incident_id}")
    console.print(f"building the demo world in {world_root}")
    world = await build_world(world_root, incident_id)
    console.print(
        f"  git remote {world.repo_path} (branch main)\n  preference service {world.service_url} "
        f"(defective build: ignores Sec-GPC)\n  events {world.events_url}\n  consent ledger {world.ledger_url}"
    )
    try:
        async with AsyncExitStack() as stack:
            client = await _temporal(stack, state_dir, console)
            await stack.enter_async_context(running_worker(client, names.TASK_QUEUE))
            return await _run_recall(client, world, console)
    finally:
        tear_down(world)
        console.print("demo service stopped; nothing left running")


async def _temporal(stack: AsyncExitStack, state_dir: Path, console: Console) -> Client:
    """Use a `recall dev` that is already running, or start the embedded one (UI on :8233 when free)."""
    if _port_in_use(7233):
        console.print("using the Temporal already running at 127.0.0.1:7233")
        client = await connect(ConnectionSettings())
        await register_search_attributes(client)
        return client
    ui = not _port_in_use(names.UI_PORT)
    env = await stack.enter_async_context(
        embedded_dev_server(state_dir, port=7233, ui=ui, ui_port=names.UI_PORT if ui else None)
    )
    where = f"; Web UI http://127.0.0.1:{names.UI_PORT}" if ui else ""
    console.print(f"embedded Temporal dev server at 127.0.0.1:7233{where}")
    return env.client


async def _run_recall(client: Client, world: DemoWorld, console: Console) -> RecallState:
    spec, digest = load_spec(world.spec_path)
    recall_input = to_recall_input(spec, world.spec_path, digest, world.root / "artifacts")
    console.print(f"[bold]alice (commander)[/bold]: recall start {world.spec_path}")
    handle = await client.start_workflow(
        names.RECALL_WORKFLOW,
        recall_input,
        id=names.recall_workflow_id(world.incident_id),
        task_queue=names.TASK_QUEUE,
        static_summary=f"Recall {world.incident_id}: {spec.incident.title}",
    )
    console.print(
        f"  workflow {handle.id}; follow it from another terminal: recall status {world.incident_id} --watch"
    )
    result_task = asyncio.create_task(handle.result())
    seen_phase = None
    tried_push = False
    deadline = asyncio.get_running_loop().time() + DEMO_TIMEOUT.total_seconds()
    while not result_task.done():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError(f"the demo recall did not finish within {DEMO_TIMEOUT}")
        state = await handle.query(RecallWorkflow.status)
        if state.phase != seen_phase:
            seen_phase = state.phase
            console.print(f"  phase → [bold]{state.phase}[/bold]")
        pending = state.pending
        if pending is not None and pending.step == GateStep.HOTFIX and pending.hotfix_ref and not tried_push:
            tried_push = True
            _show_freeze_refusal(world, console)
        if pending is not None:
            await _act_as_on_call(handle, world, state, console)
        await asyncio.sleep(0.3)
    try:
        await result_task
    except WorkflowFailureError as exc:
        console.print(f"[red]recall ended: {exc.cause}[/red]")
    final = await handle.query(RecallWorkflow.status)
    console.rule("timeline")
    console.print(render_state(final))
    histories = await export_histories(client, world.incident_id, world.root / "artifacts" / "histories")
    console.print(
        f"workflow histories ({len(histories)} runs) exported to {world.root / 'artifacts' / 'histories'}"
    )
    return final


async def _act_as_on_call(
    handle: WorkflowHandle[Any, Any], world: DemoWorld, state: RecallState, console: Console
) -> None:
    pending = state.pending
    assert pending is not None
    if pending.step == GateStep.HOTFIX and pending.hotfix_ref:
        actor, reason = "bob", "reviewed dana's diff; it fixes every failing GPC scenario"
    elif pending.step == GateStep.BACKFILL_APPLY:
        actor, reason = "bob", "dry-run counts match the incident scope"
    elif pending.step == GateStep.CONTINUE_WITHOUT_REPRODUCTION:
        actor, reason = "alice", "continue: the notice is credible even without a reproduction"
    else:
        return
    console.print(f"  [yellow]waiting:[/yellow] {pending.prompt}")
    role = "commander" if actor == "alice" else "on-call"
    console.print(
        f"  [bold]{actor} ({role})[/bold]: recall approve {state.incident_id} --step {pending.step} --as {actor} "
        f"--key {world.key_file(actor)} --reason '{reason}'"
    )
    decision = sign_decision(
        load_private_key(world.key_file(actor)),
        workflow_id=handle.id,
        run_id=state.run_id,
        request_id=pending.request_id,
        step=pending.step,
        approve=True,
        actor=actor,
        reason=reason,
        hotfix_ref=pending.hotfix_ref,
    )
    await handle.execute_update(RecallWorkflow.decide, decision)


def _show_freeze_refusal(world: DemoWorld, console: Console) -> None:
    """A developer's unreviewed push bounces off the freeze, as it would on the real remote."""
    scratch = world.root / "work-unreviewed"
    if not scratch.exists():
        subprocess.run(
            ["git", "clone", "--quiet", str(world.repo_path), str(scratch)], check=True, capture_output=True
        )
    (scratch / "UNREVIEWED.md").write_text("a change nobody approved\n")
    env_args = ["-c", "user.name=dev", "-c", "user.email=dev@example.com"]
    subprocess.run(["git", *env_args, "-C", str(scratch), "add", "."], check=True, capture_output=True)
    subprocess.run(
        ["git", *env_args, "-C", str(scratch), "commit", "-qm", "unreviewed"], check=True, capture_output=True
    )
    push = subprocess.run(
        ["git", "-C", str(scratch), "push", "origin", "HEAD:main"], capture_output=True, text=True
    )
    refusal = next(
        (line for line in push.stderr.splitlines() if "remote:" in line and line.strip() != "remote:"),
        push.stderr.strip(),
    )
    verdict = "[green]refused[/green]" if push.returncode != 0 else "[red]ACCEPTED (freeze not working)[/red]"
    console.print(f"  a developer pushes an unreviewed commit to main: {verdict}\n    {refusal.strip()}")
