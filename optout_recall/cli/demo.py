"""`recall demo`: a whole recall against the demo world, acting visibly as the on-call engineer at each gate;
`recall demo --serve`: the same world left running, with each role's commands, for a person's own recall."""

from __future__ import annotations

import asyncio
import logging
import shutil
import socket
import subprocess
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager, suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from temporalio.client import Client, WorkflowFailureError, WorkflowHandle
from temporalio.service import RPCError

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


async def run_demo(state_dir: Path, console: Console, *, port: int = 7233, keep: bool = True) -> RecallState:
    """A whole recall, acting visibly as the on-call engineer at each gate."""
    async with _demo_world(state_dir, console, port, keep) as (world, client, _address):
        return await _run_recall(client, world, console)


async def serve_demo(state_dir: Path, console: Console, *, port: int = 7233, keep: bool = True) -> None:
    """The demo world, Temporal and a worker, kept running until cancelled, for a person's own recall."""
    async with _demo_world(state_dir, console, port, keep) as (world, _client, address):
        _print_roles(world, address, console)
        await asyncio.Event().wait()


@asynccontextmanager
async def _demo_world(
    state_dir: Path, console: Console, port: int, keep: bool
) -> AsyncIterator[tuple[DemoWorld, Client, str]]:
    """Build the world, reach Temporal, run a worker; on the way out stop all of it (and drop the files
    unless kept)."""
    incident_id = f"DEMO-{datetime.now(UTC):%Y%m%d-%H%M%S}-{uuid.uuid4().hex[:4]}"
    world_root = state_dir / "demo" / incident_id
    console.rule(f"[bold]optout-recall demo: {incident_id}")
    console.print(f"building the demo world in {world_root}", soft_wrap=True)
    world = await build_world(world_root, incident_id)
    console.print(
        f"  git remote {world.repo_path} (branch main)\n  preference service {world.service_url} "
        f"(defective build: ignores Sec-GPC)\n  events {world.events_url}\n  consent ledger {world.ledger_url}",
        soft_wrap=True,
    )
    try:
        async with AsyncExitStack() as stack:
            client, address = await _temporal(stack, state_dir, console, port)
            await stack.enter_async_context(running_worker(client, names.TASK_QUEUE))
            yield world, client, address
    finally:
        tear_down(world)
        if keep:
            console.print(f"demo service stopped; nothing left running; the world stays in {world_root}")
        else:
            shutil.rmtree(world_root, ignore_errors=True)
            console.print("demo service stopped; nothing left running; the world's files are removed")


async def _temporal(
    stack: AsyncExitStack, state_dir: Path, console: Console, port: int
) -> tuple[Client, str]:
    """Use a Temporal already running on the port (`recall dev`), or start the embedded one there (its Web UI
    1000 ports up, as the `temporal` CLI does, when that is free)."""
    address = f"127.0.0.1:{port}"
    if _port_in_use(port):
        console.print(f"using the Temporal already running at {address}")
        client = await connect(ConnectionSettings(address=address))
        await register_search_attributes(client)
        return client, address
    ui_port = port + 1000
    ui = not _port_in_use(ui_port)
    env = await stack.enter_async_context(
        embedded_dev_server(state_dir, port=port, ui=ui, ui_port=ui_port if ui else None)
    )
    where = f"; Web UI {env.ui_url}" if env.ui_url else ""
    console.print(
        f"embedded Temporal dev server at {address}{where} (its log: {env.log_file})", soft_wrap=True
    )
    return env.client, address


def _print_roles(world: DemoWorld, address: str, console: Console) -> None:
    """What each person types, in full, one command a line so it pastes."""
    target = "" if address == names.DEFAULT_ADDRESS else f" --address {address}"
    incident = world.incident_id
    key = world.key_file
    console.rule("[bold]the demo world is yours: drive a recall (Ctrl-C stops everything)")
    lines = [
        f"spec: {world.spec_path}",
        "",
        "commander (alice):",
        f"  recall start {world.spec_path}{target}",
        f"  recall status {incident} --watch{target}",
        f"  recall cancel {incident} --as alice --key {key('alice')} --reason 'drill over'{target}",
        "",
        "on-call (bob; dana wrote the hotfix, so she may not approve it):",
        f"  recall approve {incident} --step hotfix --as bob --key {key('bob')} --reason 'diff reviewed'{target}",
        f"  recall reject {incident} --step hotfix --as bob --key {key('bob')} --reason 'needs a test'{target}",
        f"  recall approve {incident} --step backfill-apply --as bob --key {key('bob')} "
        f"--reason 'dry-run counts match'{target}",
        "",
        "auditor (carol):",
        f"  recall history {incident}{target}",
        f"  recall report {incident} --format md{target}",
        f"  recall audit export {incident} --out {world.root / 'bundle'}{target}",
        f"  recall audit verify {world.root / 'bundle'} --public-key <signing-public-key>",
    ]
    for line in lines:
        console.print(line, soft_wrap=True, markup=False, highlight=False)


async def _run_recall(client: Client, world: DemoWorld, console: Console) -> RecallState:
    spec, digest = load_spec(world.spec_path)
    recall_input = to_recall_input(spec, world.spec_path, digest, world.root / "artifacts")
    console.print(f"[bold]alice (commander)[/bold]: recall start {world.spec_path}", soft_wrap=True)
    handle = await client.start_workflow(
        names.RECALL_WORKFLOW,
        recall_input,
        id=names.recall_workflow_id(world.incident_id),
        task_queue=names.TASK_QUEUE,
        static_summary=f"Recall {world.incident_id}: {spec.incident.title}",
    )
    console.print(
        f"  workflow {handle.id}; follow it from another terminal: recall status {world.incident_id} --watch",
        soft_wrap=True,
    )
    result_task = asyncio.create_task(handle.result())
    try:
        await _act_until_done(handle, world, console, result_task)
    except asyncio.CancelledError:
        # Stopped by a signal: end this demo's recall too, so no later `recall dev` resumes it without its world.
        # Its running activities are cancelled with it; the SDK's warning (and traceback) for each is expected.
        logging.getLogger("temporalio").setLevel(logging.ERROR)
        result_task.cancel()
        with suppress(RPCError):
            await handle.terminate(reason="recall demo interrupted")
        console.print(f"  recall {handle.id} terminated: the demo was interrupted")
        raise
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


async def _act_until_done(
    handle: WorkflowHandle[Any, Any], world: DemoWorld, console: Console, result_task: asyncio.Task[Any]
) -> None:
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
        f"--key {world.key_file(actor)} --reason '{reason}'",
        soft_wrap=True,
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
