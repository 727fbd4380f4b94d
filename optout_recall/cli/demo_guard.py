"""`recall demo --guard`: the guard catches a defect on its next scheduled run, before any notice arrives.

The demo world's service is rolled to the fixed build, a guard is applied (every 5 s, open_recall: auto,
the world's incident spec as the template, a local webhook that prints what it receives), a defective build
ships, and the next scheduled run alerts and starts a recall, with nobody typing a command.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml
from rich.console import Console
from temporalio.client import Client

from optout_recall import guard as guard_names
from optout_recall.cli.demo import _demo_world
from optout_recall.cli.guard import apply_guard
from optout_recall.demo import control
from optout_recall.demo.world import DemoWorld
from optout_recall.guard import runs
from optout_recall.guard.spec import load_guard_spec, to_guard_input

WAIT_SECONDS = 180.0


@contextmanager
def _webhook(console: Console) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", "0"))))
            received.append(body)
            console.print(f"[bold yellow]webhook received[/]: {body.get('message')}", soft_wrap=True)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/alerts", received
    finally:
        server.shutdown()
        server.server_close()


async def _until(condition: Any, what: str) -> None:
    deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
    while not condition():
        if asyncio.get_running_loop().time() > deadline:
            raise RuntimeError(f"the guard demo waited {int(WAIT_SECONDS)} s for {what}")
        await asyncio.sleep(0.3)


async def run_guard_demo(state_dir: Path, console: Console, *, port: int = 7233, keep: bool = True) -> str:
    """Returns the id of the recall the guard started."""
    async with _demo_world(state_dir, console, port, keep) as (world, client, _address):
        return await _catch_a_defect(client, world, console)


async def _catch_a_defect(client: Client, world: DemoWorld, console: Console) -> str:
    control.deploy(world.service_dir, "fixed")
    console.print("the preference service now runs the fixed build")
    with _webhook(console) as (url, received):
        name = f"demo-{world.incident_id.lower()}"[:60].rstrip("-")
        spec_path = world.root / "guard.yaml"
        spec_path.write_text(
            yaml.safe_dump(
                {
                    "name": name,
                    "schedule": {"every": "5s"},
                    "escalation": {"webhook": url, "format": "json"},
                    "open_recall": "auto",
                    "template": str(world.spec_path),
                    "state_dir": str(world.root / "guard"),
                },
                sort_keys=False,
            )
        )
        spec = load_guard_spec(spec_path)
        input = to_guard_input(spec, spec_path, world.root)
        for line in await apply_guard(client, spec, input):
            console.print(
                f"recall guard apply {spec_path}: {line} (every 5 s, overlap skip, open_recall auto)"
            )
        try:
            await _until(lambda: any(_all_pass(r) for r in runs.read_runs(input.state_dir)), "a passing run")
            [first] = [r for r in runs.read_runs(input.state_dir) if _all_pass(r)][:1]
            console.print(f"guard run {first['run_id']}: all {len(first['verdicts'])} scenario runs pass")
            console.rule("a release ships that ignores Sec-GPC")
            control.deploy(world.service_dir, "defective", {"gpc_ignored"})
            await _until(
                lambda: any(b.get("event", "").endswith("recall_started") for b in received), "a recall"
            )
        finally:
            with suppress(Exception):
                await client.get_schedule_handle(guard_names.schedule_id(name)).delete()
    started = next(b for b in received if b["event"].endswith("recall_started"))
    regressions = [b for b in received if b["event"].endswith("regression")]
    console.rule("[bold green]caught before any notice arrived")
    for alert in regressions:
        console.print(f"  {alert['scenario']} on {alert['channel']}: {alert['reason']}", soft_wrap=True)
        console.print(f"  reproduce: {alert['reproduction']}", soft_wrap=True)
    console.print(
        f"recall started by the guard: {started['recall_workflow_id']} (reproducing {', '.join(started['scenarios'])})"
    )
    handle = client.get_workflow_handle(started["recall_workflow_id"])
    await handle.terminate("recall demo --guard: the demo world is torn down")
    console.print(
        "the demo terminates that recall with its world; a real one goes on to the freeze and the gates"
    )
    return str(started["recall_workflow_id"])


def _all_pass(record: dict[str, Any]) -> bool:
    return bool(record["verdicts"]) and all(v["verdict"] == "pass" for v in record["verdicts"])
