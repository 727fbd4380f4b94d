"""Record the workflow histories the replay test guards: `python tests/histories/record.py`.

Re-record after a deliberate, patched change to workflow code; commit the JSON files it writes beside itself.
A change that makes replay fail without `workflow.patched(...)` would break recalls that are running.
"""

from __future__ import annotations

import asyncio
import io
import sys
import tempfile
from pathlib import Path

from rich.console import Console
from temporalio.client import Client

from optout_recall import names
from optout_recall.cli.demo import _run_recall
from optout_recall.demo.world import build_world, tear_down
from optout_recall.histories import export_histories
from optout_recall.payloads import BackfillInput, BackfillState, CancelDecision, GpcPolicy, RecallState
from optout_recall.runtime import embedded_dev_server
from workers.main import running_worker

HERE = Path(__file__).parent


async def record(out: Path) -> None:
    quiet = Console(file=io.StringIO(), width=160)
    with tempfile.TemporaryDirectory() as tmp:
        async with embedded_dev_server(None) as env, running_worker(env.client, names.TASK_QUEUE):
            happy = await build_world(Path(tmp) / "happy", "HIST-HAPPY")
            try:
                await _run_recall(env.client, happy, quiet)
                await export_histories(env.client, happy.incident_id, out)
            finally:
                tear_down(happy)
            cancelled = await build_world(Path(tmp) / "cancel", "HIST-CANCEL")
            try:
                await _cancel_at_gate(env.client, cancelled)
                await export_histories(env.client, cancelled.incident_id, out)
            finally:
                tear_down(cancelled)
            await _backfill_with_continue_as_new(env.client, happy, out)


async def _cancel_at_gate(client: Client, world: object) -> None:
    from optout_recall.spec import load_spec, to_recall_input

    spec, digest = load_spec(world.spec_path)  # type: ignore[attr-defined]
    recall_input = to_recall_input(spec, world.spec_path, digest, world.root / "artifacts")  # type: ignore[attr-defined]
    handle = await client.start_workflow(
        names.RECALL_WORKFLOW,
        recall_input,
        id=names.recall_workflow_id(spec.incident.id),
        task_queue=names.TASK_QUEUE,
    )
    while True:
        state = await handle.query(names.STATUS_QUERY, result_type=RecallState)
        if state.pending is not None:
            break
        await asyncio.sleep(0.2)
    await handle.execute_update(
        names.CANCEL_UPDATE, CancelDecision(actor="alice", reason="recorded for replay")
    )
    await handle.cancel()
    try:
        await handle.result()
    except Exception:
        pass


async def _backfill_with_continue_as_new(client: Client, world: object, out: Path) -> None:
    from optout_recall.demo.world import WINDOW_END, WINDOW_START

    workflow_id = names.backfill_workflow_id(names.recall_workflow_id("HIST-BACKFILL"), True)
    backfill = BackfillInput(
        incident_id="HIST-BACKFILL",
        events_url=world.events_url,  # type: ignore[attr-defined]
        ledger_url=world.ledger_url,  # type: ignore[attr-defined]
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        gpc_policy=GpcPolicy.WHERE_REQUIRED,
        dry_run=True,
        chunk_size=200,
        partition_events=150,
        max_partitions_per_run=2,
    )
    handle = await client.start_workflow(
        names.BACKFILL_WORKFLOW, BackfillState(input=backfill), id=workflow_id, task_queue=names.TASK_QUEUE
    )
    await handle.result()
    await export_histories(client, "HIST-BACKFILL", out)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for old in target.glob("*.json"):
        old.unlink()
    asyncio.run(record(target))
    print("\n".join(sorted(p.name for p in target.glob("*.json"))))
