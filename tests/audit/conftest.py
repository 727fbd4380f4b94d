"""One real recall of the demo world on the dev server, exported once; tests copy the bundle to tamper with it.

Before bob approves the hotfix, three signed statements are refused (carol without the role, carol signing as
bob, bob signing a cancel as alice), so the report and the bundle carry refused attempts as evidence.
"""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from temporalio.client import Client, WorkflowHandle, WorkflowUpdateFailedError
from temporalio.exceptions import ApplicationError
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.audit.export import export_bundle
from optout_recall.cli.audit_collect import fetch_histories, report_from_temporal
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.demo.world import DemoWorld, build_world, tear_down
from optout_recall.gates.approvals import public_key_hex, sign_cancel, sign_decision
from optout_recall.gates.keys import load_private_key
from optout_recall.payloads import GateStep, Outcome, PendingApproval, RecallState
from optout_recall.spec import load_spec, to_recall_input
from workers.main import running_worker

ON_CALL_REASONS = {
    GateStep.HOTFIX: "reviewed dana's diff; it fixes every failing GPC scenario",
    GateStep.BACKFILL_APPLY: "dry-run counts match the incident scope",
}


# (update, claimed actor, a fragment of the validator's reason) for each attempt the recall refuses, in order.
REFUSED_ATTEMPTS = [
    ("decide", "carol", "carol (auditor) cannot decide hotfix"),
    ("decide", "bob", "bad signature: the decision does not verify under bob's key"),
    ("cancel", "alice", "bad signature: the cancel does not verify under alice's key"),
]


@dataclass(frozen=True)
class FinishedRecall:
    client: Client
    address: str
    world: DemoWorld
    state: RecallState
    bundle: Path
    key: Ed25519PrivateKey

    @property
    def public_key(self) -> str:
        return public_key_hex(self.key)


async def refused(handle: WorkflowHandle[Any, Any], update: str, statement: object, why: str) -> None:
    with pytest.raises(WorkflowUpdateFailedError) as failure:
        await handle.execute_update(update, statement)
    assert isinstance(failure.value.cause, ApplicationError) and why in failure.value.cause.message


async def attempt_what_must_be_refused(
    handle: WorkflowHandle[Any, Any], world: DemoWorld, run_id: str, pending: PendingApproval
) -> None:
    """An auditor approving, an auditor forging on-call bob, on-call bob forging the commander's cancel."""
    carol = load_private_key(world.key_file("carol"))
    (_, _, no_role), (_, _, forged_bob), (_, _, forged_cancel) = REFUSED_ATTEMPTS
    for actor, why in (("carol", no_role), ("bob", forged_bob)):
        forged = sign_decision(
            carol, workflow_id=handle.id, run_id=run_id, request_id=pending.request_id, step=GateStep.HOTFIX,
            approve=True, actor=actor, reason="looks fine to me", hotfix_ref=pending.hotfix_ref,
        )  # fmt: skip
        await refused(handle, names.DECIDE_UPDATE, forged, why)
    bob = load_private_key(world.key_file("bob"))
    cancel = sign_cancel(bob, workflow_id=handle.id, run_id=run_id, actor="alice", reason="stop the recall")
    await refused(handle, names.CANCEL_UPDATE, cancel, forged_cancel)


async def run_recall_as_on_call(client: Client, world: DemoWorld, task_queue: str) -> RecallState:
    """Start the demo recall and approve each gate as bob (on-call), the way `recall demo` does; at the hotfix
    gate, first try what the recall must refuse."""
    spec, digest = load_spec(world.spec_path)
    handle = await client.start_workflow(
        names.RECALL_WORKFLOW,
        to_recall_input(spec, world.spec_path, digest, world.root / "artifacts"),
        id=names.recall_workflow_id(world.incident_id),
        task_queue=task_queue,
    )
    result = asyncio.create_task(handle.result())
    attempted = False
    async with asyncio.timeout(120):
        while not result.done():
            state = await handle.query(names.STATUS_QUERY, result_type=RecallState)
            pending = state.pending
            if pending is not None and pending.step in ON_CALL_REASONS:
                if pending.step == GateStep.HOTFIX and pending.hotfix_ref and not attempted:
                    await attempt_what_must_be_refused(handle, world, state.run_id, pending)
                    attempted = True
                if pending.step != GateStep.HOTFIX or pending.hotfix_ref:
                    decision = sign_decision(
                        load_private_key(world.key_file("bob")),
                        workflow_id=handle.id,
                        run_id=state.run_id,
                        request_id=pending.request_id,
                        step=pending.step,
                        approve=True,
                        actor="bob",
                        reason=ON_CALL_REASONS[pending.step],
                        hotfix_ref=pending.hotfix_ref,
                    )
                    await handle.execute_update(names.DECIDE_UPDATE, decision)
            await asyncio.sleep(0.2)
    await result
    return await handle.query(names.STATUS_QUERY, result_type=RecallState)


@pytest.fixture(scope="session")
async def finished_recall(
    dev_server_env: WorkflowEnvironment, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[FinishedRecall]:
    root = tmp_path_factory.mktemp("audit-world")
    incident_id = f"AUDIT-{uuid.uuid4().hex[:8]}"
    world = await build_world(root / "world", incident_id, subjects=120)
    client = dev_server_env.client
    try:
        async with running_worker(client, f"audit-{uuid.uuid4().hex[:8]}") as worker:
            state = await run_recall_as_on_call(client, world, worker.task_queue)
    finally:
        tear_down(world)
    assert state.outcome == Outcome.COMPLETED, state.failure
    key = Ed25519PrivateKey.generate()
    bundle = root / "bundle"
    reader = ReadOnlyClient(client)
    runs = await fetch_histories(reader, incident_id)
    report, recall_input = await report_from_temporal(reader, incident_id, histories=runs)
    await export_bundle(runs, report, recall_input, bundle, key)
    yield FinishedRecall(
        client=client,
        address=client.service_client.config.target_host,
        world=world,
        state=state,
        bundle=bundle,
        key=key,
    )


@pytest.fixture
def bundle_copy(finished_recall: FinishedRecall, tmp_path: Path) -> Path:
    """A private copy of the exported bundle, for one test to tamper with."""
    target = tmp_path / "bundle"
    shutil.copytree(finished_recall.bundle, target)
    return target
