"""Attacks on the trust model, on the real dev server: every act of a person is signed, bound, and judged once.

Each test is an attack that main accepted before statements were bound to a run and a request: an unsigned
proposal under someone else's name, a forged cancel, a decision copied from one run into the next, a decision
for another request, a hotfix named by a prefix or a branch.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from pydantic import ValidationError
from temporalio.client import WorkflowHandle
from temporalio.testing import WorkflowEnvironment

from optout_recall.gates.approvals import sign_cancel, sign_proposal
from optout_recall.gates.refusals import read_refusals
from optout_recall.payloads import CancelDecision, GateStep, HotfixProposal, Outcome
from tests.workflows.test_recall import (
    TASK_QUEUE,
    ScriptedProbes,
    World,
    cancel_as,
    decide,
    pending_step,
    propose,
    refused,
    signed,
    start,
    state_of,
    wait_until,
)
from workers.main import running_worker
from workflows.recall import RecallWorkflow

pytestmark = pytest.mark.devserver


async def _rejected(handle: WorkflowHandle[Any, Any], world: World) -> None:
    await wait_until(handle, pending_step(GateStep.HOTFIX))
    await decide(handle, world, GateStep.HOTFIX, "bob", approve=False, reason="not this one")
    await wait_until(handle, pending_step(GateStep.HOTFIX, with_ref=False))


async def test_an_unsigned_or_borrowed_proposal_is_refused(
    dev_server_env: WorkflowEnvironment, world: World
) -> None:
    """bob, after rejecting, must not propose his own commit under alice's name and then approve it."""
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, world.recall_input())
        await _rejected(handle, world)
        state = await state_of(handle)
        assert state.pending is not None
        unsigned = HotfixProposal(
            request_id=state.pending.request_id, hotfix_ref=world.second_hotfix, actor="alice", reason="mine"
        )
        with refused("the proposal is not signed"):
            await handle.execute_update(RecallWorkflow.propose_hotfix, unsigned)
        borrowed = sign_proposal(
            world.key("bob"),
            workflow_id=handle.id,
            run_id=state.run_id,
            request_id=state.pending.request_id,
            hotfix_ref=world.second_hotfix,
            actor="alice",
            reason="mine",
        )
        with refused("bad signature: the proposal does not verify under alice's key"):
            await handle.execute_update(RecallWorkflow.propose_hotfix, borrowed)
        # bob proposes under his own name: then he may not approve it.
        await propose(handle, world, "bob", world.second_hotfix, "smaller diff")
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        with refused("bob wrote or proposed hotfix"):
            await decide(handle, world, GateStep.HOTFIX, "bob")
        after = await state_of(handle)
        assert [p.actor for p in after.proposals] == ["bob"]
        # The refused attempts are evidence, kept outside history where the report finds them.
        refusals = read_refusals(world.recall_input().artifacts_dir)
        assert [(r.update, r.claimed_actor) for r in refusals] == [
            ("propose_hotfix", "alice"),
            ("propose_hotfix", "alice"),
            ("decide", "bob"),
        ]
        assert (
            "bad signature" in refusals[1].reason
            and refusals[1].statement["hotfix_ref"] == world.second_hotfix
        )
        assert all(r.workflow_id == handle.id and r.run_id == after.run_id for r in refusals)
        await cancel_as(handle, world, "alice", "test over")
        await handle.cancel()


async def test_a_forged_cancel_is_refused(dev_server_env: WorkflowEnvironment, world: World) -> None:
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, world.recall_input())
        state = await wait_until(handle, pending_step(GateStep.HOTFIX))
        with refused("the cancel is not signed"):
            await handle.execute_update(RecallWorkflow.cancel, CancelDecision(actor="alice", reason="stop"))
        forged = sign_cancel(
            world.key("bob"), workflow_id=handle.id, run_id=state.run_id, actor="alice", reason="x"
        )
        with refused("bad signature: the cancel does not verify under alice's key"):
            await handle.execute_update(RecallWorkflow.cancel, forged)
        assert (await state_of(handle)).cancel is None
        await cancel_as(handle, world, "alice", "really stop")
        assert (await state_of(handle)).cancel.actor == "alice"  # type: ignore[union-attr]
        await handle.cancel()


async def test_a_decision_from_another_run_or_request_is_refused(
    dev_server_env: WorkflowEnvironment, world: World
) -> None:
    """A decision copied out of run 1's history is worthless in run 2 of the same workflow id."""
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        first = await start(dev_server_env, world.recall_input())
        await wait_until(first, pending_step(GateStep.HOTFIX))
        from_run_one = await signed(first, world, GateStep.HOTFIX, "bob")
        await cancel_as(first, world, "alice", "restart the recall")
        await first.cancel()
        with pytest.raises(Exception):  # noqa: B017 - the canceled run's own failure
            await first.result()
        second = await start(dev_server_env, world.recall_input())
        state = await wait_until(second, pending_step(GateStep.HOTFIX))
        assert state.run_id != (await state_of(first)).run_id
        with refused("the decision answers request"):
            await second.execute_update(RecallWorkflow.decide, from_run_one)
        other_request = await signed(second, world, GateStep.HOTFIX, "bob", request_id="made-up")
        with refused("the decision answers request made-up, but the pending request is"):
            await second.execute_update(RecallWorkflow.decide, other_request)
        same_request_old_run = await signed(second, world, GateStep.HOTFIX, "bob", run_id=from_run_one.run_id)
        with refused(f"signed for run {from_run_one.run_id}, not this recall's run"):
            await second.execute_update(RecallWorkflow.decide, same_request_old_run)
        recorded = await decide(second, world, GateStep.HOTFIX, "bob")
        assert recorded.run_id == state.run_id and recorded.request_id == state.pending.request_id  # type: ignore[union-attr]
        await wait_until(second, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        await decide(second, world, GateStep.BACKFILL_APPLY, "bob")
        result = await second.result()
    assert result.outcome == Outcome.COMPLETED


def test_hotfix_refs_are_full_commit_shas() -> None:
    for ref in ("abcdef1", "main", "deadbeef", "A" * 40, "a" * 41):
        with pytest.raises(ValidationError, match="should match pattern"):
            HotfixProposal(request_id="r", hotfix_ref=ref, actor="alice", reason="x")
    assert (
        HotfixProposal(request_id="r", hotfix_ref="a" * 64, actor="alice", reason="x").hotfix_ref == "a" * 64
    )


async def test_an_old_signature_is_refused(dev_server_env: WorkflowEnvironment, world: World) -> None:
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, world.recall_input())
        state = await wait_until(handle, pending_step(GateStep.HOTFIX))
        stale = sign_cancel(
            world.key("alice"),
            workflow_id=handle.id,
            run_id=state.run_id,
            actor="alice",
            reason="stop",
            signed_at=state.pending.since - timedelta(hours=1),  # type: ignore[union-attr]
        )
        with refused("older than the allowed 900 s"):
            await handle.execute_update(RecallWorkflow.cancel, stale)
        await cancel_as(handle, world, "alice", "test over")
        await handle.cancel()


async def test_a_commit_missing_on_a_host_is_never_put_to_approval(
    dev_server_env: WorkflowEnvironment, world: World
) -> None:
    """`recall propose-hotfix --ref deadbeef…` once reached approval and deploy; the host is asked first now."""
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, world.recall_input())
        await _rejected(handle, world)
        await propose(handle, world, "alice", "deadbeef" * 5, "a commit nobody pushed")
        waiting = await wait_until(
            handle,
            lambda s: (
                s.pending is not None
                and s.pending.hotfix_ref is None
                and "is not on every frozen repository's host" in s.pending.prompt
            ),
        )
        assert "no commit " + "deadbeef" * 5 in waiting.pending.prompt  # type: ignore[union-attr]
        assert [d.hotfix_ref for d in waiting.decisions] == [world.hotfix]  # nobody was asked about it
        assert world.hook_calls() == []
        await cancel_as(handle, world, "alice", "test over")
        await handle.cancel()


async def test_the_hosts_commit_author_may_not_approve(
    dev_server_env: WorkflowEnvironment, world: World
) -> None:
    """Who wrote the hotfix is what the git host says, not a field anyone types: that person is not asked."""
    recall_input = world.recall_input(hotfix_author=None)
    for person in recall_input.people:
        if person.name == "dana":
            person.emails = ["optout-recall@localhost"]  # the author the test repository's commits carry
    async with running_worker(dev_server_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(dev_server_env, recall_input)
        state = await wait_until(handle, pending_step(GateStep.HOTFIX))
        assert state.pending is not None and state.pending.hotfix_authors == ["dana"]
        assert "dana" not in state.pending.waiting_on
        assert any(
            t.step.startswith("find ") and "written by optout-recall@localhost (dana)" in t.detail
            for t in state.timeline
        )
        with refused("dana wrote or proposed hotfix"):
            await decide(handle, world, GateStep.HOTFIX, "dana")
        await decide(handle, world, GateStep.HOTFIX, "bob")
        await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        await cancel_as(handle, world, "alice", "test over")
        await handle.cancel()
