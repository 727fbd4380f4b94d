"""RecallWorkflow's paths on the time-skipping server, with real git hosts, hooks, databases and reports.

Only the probe suite is scripted here (its own tests run it against the real demo service), so each path can
be driven: scenarios that fail or pass, a probe that fails once, a probe that hangs until cancelled.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.dsse import Envelope as DsseEnvelope
from securesystemslib.signer import SSlibKey
from sqlalchemy import func, inspect, select
from temporalio import activity
from temporalio.client import WorkflowFailureError, WorkflowHandle, WorkflowUpdateFailedError
from temporalio.exceptions import ApplicationError, CancelledError
from temporalio.testing import WorkflowEnvironment

from activities.git_hosts import GitHostActivities
from optout_recall import names
from optout_recall.audit.ledger_gate import LEDGER_STEP
from optout_recall.audit.quorum import approval_envelopes
from optout_recall.backfill.corrections import recall_corrections
from optout_recall.db import create_engine
from optout_recall.freeze.git import clone_commit, create_bare_repo_with_main
from optout_recall.gates.approvals import sign_cancel, sign_decision, sign_proposal, verify_recorded_decision
from optout_recall.gates.keys import load_private_key, new_key_pair
from optout_recall.gates.policy import approvals_for
from optout_recall.payloads import (
    ChannelTarget,
    EventTableConfig,
    GateDecision,
    GateStep,
    GpcPolicy,
    HookSpec,
    HotfixCommit,
    HotfixCommitInput,
    Outcome,
    Person,
    Phase,
    ProbeRunInput,
    ProbeRunResult,
    RecallInput,
    RecallResult,
    RecallState,
    RepoFreeze,
    RepoFreezeInput,
    RepoTarget,
    RepoUnfreezeInput,
    RepoUnfreezeResult,
    ScenarioVerdict,
    StagingTarget,
    StepOutcome,
    Verdict,
)
from workers.main import running_worker
from workflows.recall import RecallWorkflow

pytestmark = pytest.mark.timeout(180)

from optout_recall.demo.world import WINDOW_END, WINDOW_START  # noqa: E402


class ScriptedProbes:
    """Verdicts by run label (`reproduce`, `verify-1`, `verify-1-rerun`, ...), default pass after reproduce."""

    def __init__(
        self,
        verdicts: dict[str, Verdict] | None = None,
        fail_first_attempt: bool = False,
        hang_on: str | None = None,
    ) -> None:
        self.verdicts = {"reproduce": Verdict.FAIL, **(verdicts or {})}
        self.fail_first_attempt = fail_first_attempt
        self.hang_on = hang_on
        self.calls: list[tuple[str, int]] = []

    @activity.defn(name="run_scenarios")
    async def run_scenarios(self, input: ProbeRunInput) -> ProbeRunResult:
        self.calls.append((input.label, activity.info().attempt))
        if self.fail_first_attempt and activity.info().attempt == 1:
            raise RuntimeError("connection reset by the probe target")
        if self.hang_on and input.label.startswith(self.hang_on):
            while True:  # until the recall is cancelled, which arrives through the heartbeat
                activity.heartbeat()
                await asyncio.sleep(0.1)
        verdict = self.verdicts.get(input.label, Verdict.PASS)
        return ProbeRunResult(
            label=input.label,
            verdicts=[
                ScenarioVerdict(
                    scenario="gpc-honoured",
                    channel="preference-api",
                    verdict=verdict,
                    reason="scripted",
                    transcript_path=f"{input.artifacts_dir}/{input.label}/gpc-honoured.json",
                    transcript_sha256="0" * 64,
                )
            ],
        )


class SlowSecondRepo:
    """Real git freezes, but the repo named `slow` takes until cancellation (to cancel mid-freeze)."""

    def __init__(self) -> None:
        self.real = GitHostActivities()

    @activity.defn(name="freeze_repo")
    async def freeze_repo(self, input: RepoFreezeInput) -> RepoFreeze:
        if input.repo.name == "slow":
            while True:
                activity.heartbeat()
                await asyncio.sleep(0.1)
        return await self.real.freeze_repo(input)

    @activity.defn(name="allow_hotfix")
    async def allow_hotfix(self, input: RepoFreezeInput) -> RepoFreeze:
        return await self.real.allow_hotfix(input)

    @activity.defn(name="unfreeze_repo")
    async def unfreeze_repo(self, input: RepoUnfreezeInput) -> RepoUnfreezeResult:
        return await self.real.unfreeze_repo(input)

    @activity.defn(name="find_hotfix_commit")
    async def find_hotfix_commit(self, input: HotfixCommitInput) -> HotfixCommit:
        return await self.real.find_hotfix_commit(input)


class World:
    """A real bare repo, seeded SQLite event and consent databases, hook commands that leave a trace."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.repo = root / "remote.git"
        create_bare_repo_with_main(self.repo)
        _, self.hotfix = clone_commit(self.repo, "hotfix", root / "hotfix-clone")
        _, self.second_hotfix = clone_commit(self.repo, "hotfix v2", root / "hotfix-clone-2")
        self.events_url = f"sqlite:///{root / 'events.db'}"
        self.ledger_url = f"sqlite:///{root / 'ledger.db'}"
        self.hook_log = root / "hooks.log"
        self.artifacts = root / "artifacts"
        self.public_keys = {
            n: new_key_pair(root / "keys" / f"{n}.key") for n in ("alice", "bob", "dana", "carol")
        }

    def key(self, person: str) -> Ed25519PrivateKey:
        return load_private_key(self.root / "keys" / f"{person}.key")

    def hook(self, exit_code: int = 0, sleep: float = 0) -> HookSpec:
        script = (
            "import os, sys, time; time.sleep(float(sys.argv[2])); "
            "open(sys.argv[1], 'a').write(os.environ['RECALL_ACTION'] + ' ' + os.environ['RECALL_HOTFIX_REF'] + ' ' + os.environ['RECALL_ENVIRONMENT'] + '\\n'); "
            "sys.exit(int(sys.argv[3]))"
        )
        return HookSpec(
            command=[sys.executable, "-c", script, str(self.hook_log), str(sleep), str(exit_code)]
        )

    def recall_input(self, **overrides: Any) -> RecallInput:
        values: dict[str, Any] = {
            "incident_id": f"T-{uuid.uuid4().hex[:8]}",
            "title": "GPC ignored",
            "window_start": WINDOW_START,
            "window_end": WINDOW_END,
            "jurisdictions": ["US-CA", "US-CO"],
            "gpc_policy": GpcPolicy.WHERE_REQUIRED,
            "repos": [RepoTarget(name="prefs", location=str(self.repo))],
            "channels": [ChannelTarget(name="preference-api", url="http://127.0.0.1:9")],
            "events_url": self.events_url,
            "ledger_url": self.ledger_url,
            "event_table": EventTableConfig(),
            "people": [
                Person(name="alice", roles=["commander"], public_key=self.public_keys["alice"]),
                Person(name="bob", roles=["on-call"], public_key=self.public_keys["bob"]),
                Person(name="dana", roles=["on-call"], public_key=self.public_keys["dana"]),
                Person(name="carol", roles=["auditor"], public_key=self.public_keys["carol"]),
            ],
            "commander": "alice",
            "hotfix_ref": self.hotfix,
            "deploy": self.hook(),
            "rollback": self.hook(),
            "artifacts_dir": str(self.artifacts),
        }
        values.update(overrides)
        return RecallInput(**values)

    def hook_calls(self) -> list[str]:
        return self.hook_log.read_text().splitlines() if self.hook_log.exists() else []

    def push_works(self) -> bool:
        tag = uuid.uuid4().hex[:6]  # a clone under the test's directory, not one left in the system's /tmp
        clone, _ = clone_commit(self.repo, f"after the recall {tag}", self.root / f"push-{tag}")
        push = subprocess.run(
            ["git", "-C", str(clone), "push", "-q", "origin", "HEAD:main"], capture_output=True
        )
        return push.returncode == 0

    def is_frozen(self) -> bool:
        return (self.repo / "hooks" / "pre-receive").exists()


async def start(env: WorkflowEnvironment, recall_input: RecallInput) -> WorkflowHandle[Any, RecallResult]:
    return await env.client.start_workflow(
        names.RECALL_WORKFLOW,
        recall_input,
        id=names.recall_workflow_id(recall_input.incident_id),
        task_queue=TASK_QUEUE,
        result_type=RecallResult,
    )


TASK_QUEUE = f"test-recall-{uuid.uuid4().hex[:6]}"


@contextmanager
def refused(message: str) -> Iterator[None]:
    """An update refused by its validator, with the reason a person would read."""
    with pytest.raises(WorkflowUpdateFailedError) as failure:
        yield
    assert isinstance(failure.value.cause, ApplicationError)
    assert message in failure.value.cause.message


async def state_of(handle: WorkflowHandle[Any, Any]) -> RecallState:
    return await handle.query(names.STATUS_QUERY, result_type=RecallState)


async def wait_until(
    handle: WorkflowHandle[Any, Any], predicate: Callable[[RecallState], bool], within: float = 60
) -> RecallState:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        state = await state_of(handle)
        if predicate(state):
            return state
        if loop.time() > deadline:
            raise AssertionError(f"condition not reached; phase {state.phase}, pending {state.pending}")
        await asyncio.sleep(0.1)


def pending_step(step: GateStep, with_ref: bool = True) -> Callable[[RecallState], bool]:
    return lambda s: (
        s.pending is not None and s.pending.step == step and (s.pending.hotfix_ref is not None) == with_ref
    )


async def signed(
    handle: WorkflowHandle[Any, Any],
    world: World,
    step: GateStep,
    actor: str,
    approve: bool = True,
    reason: str = "checked",
    key_of: str | None = None,
    **overrides: Any,
) -> GateDecision:
    """A decision signed with `actor`'s key (or `key_of`'s, to forge one), for the pending hotfix ref."""
    state = await state_of(handle)
    ref = state.pending.hotfix_ref if state.pending and step == GateStep.HOTFIX else None
    values: dict[str, Any] = {
        "hotfix_ref": ref,
        "run_id": state.run_id,
        "request_id": state.pending.request_id if state.pending else "none",
        **overrides,
    }
    return sign_decision(
        world.key(key_of or actor),
        workflow_id=handle.id,
        step=step,
        approve=approve,
        actor=actor,
        reason=reason,
        **values,
    )


async def decide(
    handle: WorkflowHandle[Any, Any],
    world: World,
    step: GateStep,
    actor: str,
    approve: bool = True,
    reason: str = "checked",
    **kw: Any,
) -> Any:
    decision = await signed(handle, world, step, actor, approve, reason, **kw)
    return await handle.execute_update(RecallWorkflow.decide, decision)


async def propose(handle: WorkflowHandle[Any, Any], world: World, actor: str, ref: str, reason: str) -> str:
    """Propose `ref` as `actor`, signed with their key, for the request the recall is waiting on."""
    state = await state_of(handle)
    assert state.pending is not None
    proposal = sign_proposal(
        world.key(actor),
        workflow_id=handle.id,
        run_id=state.run_id,
        request_id=state.pending.request_id,
        hotfix_ref=ref,
        actor=actor,
        reason=reason,
    )
    return await handle.execute_update(RecallWorkflow.propose_hotfix, proposal)


async def cancel_as(handle: WorkflowHandle[Any, Any], world: World, actor: str, reason: str) -> Any:
    state = await state_of(handle)
    signed_cancel = sign_cancel(
        world.key(actor), workflow_id=handle.id, run_id=state.run_id, actor=actor, reason=reason
    )
    return await handle.execute_update(RecallWorkflow.cancel, signed_cancel)


async def corrections_in(world: World) -> int:
    engine = create_engine(world.events_url)
    try:
        async with engine.connect() as conn:
            if not await conn.run_sync(lambda c: inspect(c).has_table(recall_corrections.name)):
                return 0
            return int(await conn.scalar(select(func.count()).select_from(recall_corrections)) or 0)
    finally:
        await engine.dispose()


async def test_happy_path_freezes_fixes_backfills_reports_and_unfreezes(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    probes = ScriptedProbes()
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=probes):
        handle = await start(time_skipping_env, world.recall_input())
        frozen = await wait_until(handle, pending_step(GateStep.HOTFIX))
        assert world.is_frozen()
        assert frozen.counters.repos_frozen == 1
        assert [v.verdict for v in frozen.reproduction] == [Verdict.FAIL]
        await decide(handle, world, GateStep.HOTFIX, "bob")
        dry = await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        assert dry.counters.violations > 0
        assert await corrections_in(world) == 0  # the dry run wrote nothing
        await decide(handle, world, GateStep.BACKFILL_APPLY, "bob")
        result = await handle.result()

    assert result.outcome == Outcome.COMPLETED
    assert result.counters.corrections_written == dry.counters.violations == await corrections_in(world)
    assert world.hook_calls() == [f"deploy {world.hotfix} production"]
    assert not world.is_frozen() and world.push_works()
    report = json.loads(Path(result.report_paths[1]).read_text())
    assert report["incident"]["outcome"] == "completed"
    assert report["freezes"][0]["unfrozen_at"] is not None and not report["freezes"][0]["still_frozen"]
    assert report["freezes"][0]["hotfix_allowed"] == [world.hotfix]
    assert [(a["actor"], a["signature_verified"]) for a in report["approvals"]] == [
        ("bob", True),
        ("bob", True),
    ]
    assert report["backfill"]["corrections_written"] == result.counters.corrections_written
    assert "## Backfill" in Path(result.report_paths[0]).read_text()
    [ledger_step] = [t for t in dry.timeline if t.step == LEDGER_STEP]
    assert ledger_step.outcome == StepOutcome.OK and ledger_step.detail.startswith("intact: ")
    assert dry.pending is not None and "WARNING" not in dry.pending.prompt


async def test_a_ledger_that_does_not_verify_is_named_at_the_apply_gate(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    """An opt-out hidden from the backfill (its choice stored as a BLOB: 'opt_out' in bytes, never equal to it
    in SQL) makes the dry run under-count without a sign: the on-call engineer asked to apply it is told."""
    engine = create_engine(world.ledger_url)
    async with engine.begin() as connection:
        await connection.exec_driver_sql("DROP TRIGGER consent_ledger_refuse_update")
        await connection.exec_driver_sql(
            "UPDATE consent_ledger SET choice = CAST(choice AS BLOB) WHERE seq = (SELECT min(seq) FROM "
            "consent_ledger WHERE choice = 'opt_out')"
        )
    await engine.dispose()
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, world.recall_input())
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "bob")
        dry = await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))

        assert dry.pending is not None
        assert "WARNING: the consent ledger DOES NOT VERIFY: ledger tampered" in dry.pending.prompt
        assert "choice is stored as a blob" in dry.pending.prompt
        [ledger_step] = [t for t in dry.timeline if t.step == LEDGER_STEP]
        assert ledger_step.outcome == StepOutcome.FAILED
        assert any(
            item.startswith("consent ledger before the backfill: DOES NOT VERIFY") for item in dry.open_items
        )
        await handle.cancel()


async def test_bad_decisions_are_refused_before_history(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    new_key_pair(world.root / "keys" / "mallory.key")  # a key, but not on the roster
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, world.recall_input(hotfix_author="dana"))
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        good = await signed(handle, world, GateStep.HOTFIX, "bob")
        long_ago = datetime.now(UTC) - timedelta(hours=2)
        refusals: list[tuple[GateDecision, str]] = [
            (
                await signed(handle, world, GateStep.HOTFIX, "mallory"),
                "mallory is not on this recall's roster",
            ),
            (
                await signed(handle, world, GateStep.HOTFIX, "carol"),
                "carol (auditor) cannot decide hotfix; it needs on-call",
            ),
            (await signed(handle, world, GateStep.HOTFIX, "bob", key_of="dana"), "bad signature"),
            (good.model_copy(update={"reason": "edited after signing"}), "bad signature"),
            (
                good.model_copy(
                    update={
                        "approval_signature": (
                            await signed(handle, world, GateStep.HOTFIX, "dana")
                        ).approval_signature
                    }
                ),
                "the approval's DSSE statement does not verify under bob's key",
            ),
            (
                await signed(handle, world, GateStep.HOTFIX, "bob", signed_at=long_ago),
                "older than the allowed 900 s",
            ),
            (
                await signed(handle, world, GateStep.HOTFIX, "bob", hotfix_ref=world.second_hotfix),
                "is pending",
            ),
            (await signed(handle, world, GateStep.HOTFIX, "alice"), "alice (commander) cannot decide hotfix"),
            (await signed(handle, world, GateStep.HOTFIX, "dana"), "dana wrote or proposed hotfix"),
            (
                await signed(handle, world, GateStep.HOTFIX, "bob", reason="  "),
                "every decision needs a reason",
            ),
            (
                await signed(handle, world, GateStep.HOTFIX, "alice", break_glass=True),
                "only after the gate has escalated",
            ),
            (
                await signed(handle, world, GateStep.BACKFILL_APPLY, "bob"),
                "step backfill-apply is not waiting",
            ),
        ]
        for decision, message in refusals:
            with refused(message):
                await handle.execute_update(names.DECIDE_UPDATE, decision)
        history = await handle.fetch_history()
        accepted = [
            e for e in history.events if e.HasField("workflow_execution_update_accepted_event_attributes")
        ]
        assert accepted == []
        assert "mallory" not in history.to_json() and "edited after signing" not in history.to_json()
        await handle.execute_update(names.DECIDE_UPDATE, good)
        replayed = good.model_copy(update={"request_id": "another-request"})
        with refused("nonce already used: a replayed decision is refused"):
            await handle.execute_update(names.DECIDE_UPDATE, replayed)
        # Cancel once the workflow waits on the next gate, with no activity in flight: the time-skipping
        # test server can leave a workflow task STARTED forever when a cancel meets an activity that is
        # scheduled and not yet started (temporalio/sdk-python#1751, sdk-java#3088); seen here 2 runs in 5.
        state = await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        assert [d.actor for d in state.decisions] == ["bob"]
        assert verify_recorded_decision(state.decisions[0], handle.id)
        await cancel_as(handle, world, "alice", "test over")
        await handle.cancel()
        with pytest.raises(WorkflowFailureError):
            await handle.result()


async def test_quorum_needs_distinct_approvers(time_skipping_env: WorkflowEnvironment, world: World) -> None:
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, world.recall_input(quorum={"hotfix": 2}))
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "bob")
        still = await state_of(handle)
        assert still.pending is not None and still.pending.quorum == 2
        assert approvals_for(still.pending, still.decisions) == ["bob"]
        with refused("bob already approved this step; the quorum needs another person"):
            await decide(handle, world, GateStep.HOTFIX, "bob")
        await decide(handle, world, GateStep.HOTFIX, "dana")
        await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        await decide(handle, world, GateStep.BACKFILL_APPLY, "dana")
        result = await handle.result()
        decisions = (await state_of(handle)).decisions
    assert result.outcome == Outcome.COMPLETED
    # The quorum's approval is one DSSE envelope, one signature per approver: securesystemslib checks the 2.
    roster = [SSlibKey.from_crypto(world.key(n).public_key()) for n in ("bob", "dana")]
    (hotfix, envelope), _ = approval_envelopes(decisions, world.recall_input(quorum={"hotfix": 2}), handle.id)
    assert (hotfix.threshold, hotfix.signers) == (2, ["bob", "dana"])
    assert len(DsseEnvelope.from_dict(envelope).verify(roster, 2)) == 2
    assert world.hook_calls() == [f"deploy {world.hotfix} production"]


async def test_break_glass_after_escalation_is_flagged(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    recall_input = world.recall_input(
        approval_timeout_seconds=600,
        escalation_interval_seconds=600,
        approval_deadline_seconds=7200,
        max_decision_age_seconds=86400,
    )
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, recall_input)
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await time_skipping_env.sleep(700)  # nobody answers; the gate escalates
        escalated = await wait_until(handle, lambda s: s.pending is not None and s.pending.escalations >= 1)
        assert escalated.pending is not None and escalated.pending.waiting_on == ["bob", "dana"]
        await decide(
            handle,
            world,
            GateStep.HOTFIX,
            "alice",
            break_glass=True,
            reason="on-call unreachable, users harmed",
        )
        await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        state = await state_of(handle)
    assert state.decisions[0].break_glass and state.decisions[0].role == "commander (break-glass)"
    assert any(t.step == "BREAK-GLASS hotfix decision" and t.actor == "alice" for t in state.timeline)
    assert world.hook_calls() == [f"deploy {world.hotfix} production"]


async def test_rejected_hotfix_waits_for_a_new_one(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, world.recall_input())
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(
            handle, world, GateStep.HOTFIX, "bob", approve=False, reason="touches the consent banner too"
        )
        waiting = await wait_until(handle, pending_step(GateStep.HOTFIX, with_ref=False))
        assert "rejected by bob" in waiting.pending.prompt  # type: ignore[union-attr]
        with refused("was already tried in this recall"):
            await propose(handle, world, "alice", world.hotfix, "again")
        await propose(handle, world, "alice", world.second_hotfix, "smaller diff")
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "bob")
        await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        await decide(handle, world, GateStep.BACKFILL_APPLY, "bob", approve=False, reason="numbers look off")
        result = await handle.result()
        state = await state_of(handle)

    assert result.outcome == Outcome.COMPLETED
    assert [(d.step, d.approve) for d in state.decisions] == [
        (GateStep.HOTFIX, False),
        (GateStep.HOTFIX, True),
        (GateStep.BACKFILL_APPLY, False),
    ]
    assert world.hook_calls() == [f"deploy {world.second_hotfix} production"]
    assert state.freezes[0].allowed_commits == [world.second_hotfix]
    assert any("backfill not applied" in item for item in state.open_items)
    assert await corrections_in(world) == 0
    assert not world.is_frozen()


async def test_failed_verification_rolls_back_and_waits(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    probes = ScriptedProbes({"verify-1": Verdict.FAIL, "verify-1-rerun": Verdict.FAIL})
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=probes):
        handle = await start(time_skipping_env, world.recall_input())
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "bob")
        waiting = await wait_until(handle, pending_step(GateStep.HOTFIX, with_ref=False))
        assert "rolled back" in waiting.pending.prompt  # type: ignore[union-attr]
        assert world.hook_calls() == [
            f"deploy {world.hotfix} production",
            f"rollback {world.hotfix} production",
        ]
        await propose(handle, world, "bob", world.second_hotfix, "fixes the SDK path")
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "dana")  # bob proposed it, so bob may not approve it
        await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
        await decide(handle, world, GateStep.BACKFILL_APPLY, "bob")
        result = await handle.result()

    assert result.outcome == Outcome.COMPLETED
    assert result.counters.rollbacks == 1 and result.counters.deploys == 2
    assert ("verify-1-rerun", 1) in probes.calls  # a failure is rerun before the recall decides


async def test_hotfix_must_pass_staging_before_anyone_is_asked(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    probes = ScriptedProbes({"staging-1": Verdict.FAIL})
    staging = StagingTarget(
        channels=[ChannelTarget(name="staging-api", url="http://127.0.0.1:9")], deploy=world.hook()
    )
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=probes):
        handle = await start(time_skipping_env, world.recall_input(staging=staging))
        waiting = await wait_until(handle, pending_step(GateStep.HOTFIX, with_ref=False))
        assert "failed on staging: gpc-honoured@preference-api (fail)" in waiting.pending.prompt  # type: ignore[union-attr]
        assert waiting.decisions == []  # nobody was asked to approve a hotfix that fails on staging
        await propose(handle, world, "alice", world.second_hotfix, "v2")
        await wait_until(handle, pending_step(GateStep.HOTFIX))
        await decide(handle, world, GateStep.HOTFIX, "bob")
        at_backfill = await wait_until(handle, pending_step(GateStep.BACKFILL_APPLY, with_ref=False))
    # Two staging deploys and one production deploy; nothing was rolled back.
    counters = at_backfill.counters
    assert (counters.staging_deploys, counters.deploys, counters.rollbacks) == (2, 1, 0)
    assert world.hook_calls() == [
        f"deploy {world.hotfix} staging",
        f"deploy {world.second_hotfix} staging",
        f"deploy {world.second_hotfix} production",
    ]
    assert [label for label, _ in probes.calls if label.startswith("staging")] == ["staging-1", "staging-2"]


async def test_undecided_gate_escalates_then_fails_at_deadline(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    recall_input = world.recall_input(
        approval_timeout_seconds=600, escalation_interval_seconds=900, approval_deadline_seconds=3000
    )
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=ScriptedProbes()):
        handle = await start(time_skipping_env, recall_input)
        with pytest.raises(WorkflowFailureError) as failed:
            await handle.result()  # the client's wait lets the server skip time
        state = await state_of(handle)

    assert "no decision on hotfix from bob, dana by the deadline" in str(failed.value.cause)
    escalations = [
        json.loads(line) for line in (world.artifacts / "escalations.jsonl").read_text().splitlines()
    ]
    # Escalations at 10 min, then every 15 min until the 50 min deadline: 10, 25, 40.
    assert [e["escalation"] for e in escalations] == [1, 2, 3]
    assert all(e["waiting_on"] == ["bob", "dana"] for e in escalations)
    assert state.outcome == Outcome.FAILED
    assert not world.is_frozen() and world.push_works()


async def test_transient_activity_failure_is_retried(
    time_skipping_env: WorkflowEnvironment, world: World
) -> None:
    probes = ScriptedProbes(fail_first_attempt=True)
    async with running_worker(time_skipping_env.client, TASK_QUEUE, probes=probes):
        handle = await start(time_skipping_env, world.recall_input())
        await wait_until(handle, pending_step(GateStep.HOTFIX), within=90)
    assert probes.calls[:2] == [("reproduce", 1), ("reproduce", 2)]


CANCEL_POINTS: dict[str, Callable[[RecallState], bool]] = {
    "freeze": lambda s: s.phase == Phase.FREEZE and s.counters.repos_frozen == 1,
    "reproduce": lambda s: s.phase == Phase.REPRODUCE,
    "hotfix_gate": pending_step(GateStep.HOTFIX),
    "deploy": lambda s: s.phase == Phase.DEPLOY and any(t.step.startswith("deploy") for t in s.timeline),
    "verify": lambda s: s.phase == Phase.VERIFY,
    "backfill": pending_step(GateStep.BACKFILL_APPLY, with_ref=False),
}


@pytest.mark.parametrize("phase", list(CANCEL_POINTS))
async def test_cancel_in_each_phase_unfreezes(
    time_skipping_env: WorkflowEnvironment, world: World, tmp_path: Path, phase: str
) -> None:
    overrides: dict[str, Any] = {
        "probes": ScriptedProbes(hang_on={"reproduce": "reproduce", "verify": "verify"}.get(phase))
    }
    repos = [RepoTarget(name="prefs", location=str(world.repo))]
    if phase == "freeze":
        overrides["git_hosts"] = SlowSecondRepo()
        repos.append(RepoTarget(name="slow", location=str(tmp_path / "never-frozen.git")))
    recall_input = world.recall_input(repos=repos, deploy=world.hook(sleep=60 if phase == "deploy" else 0))
    async with running_worker(
        time_skipping_env.client, TASK_QUEUE, graceful_shutdown=timedelta(seconds=1), **overrides
    ):
        handle = await start(time_skipping_env, recall_input)
        if phase in ("deploy", "verify", "backfill"):
            await wait_until(handle, pending_step(GateStep.HOTFIX))
            await decide(handle, world, GateStep.HOTFIX, "bob")
        await wait_until(handle, CANCEL_POINTS[phase])
        with refused("bob is not a commander of this recall; only a commander can cancel"):
            await cancel_as(handle, world, "bob", "not mine")
        await cancel_as(handle, world, "alice", f"stop at {phase}")
        await handle.cancel()
        with pytest.raises(WorkflowFailureError) as ended:
            await handle.result()
        state = await state_of(handle)

    assert isinstance(ended.value.cause, CancelledError)
    assert state.outcome == Outcome.CANCELLED
    assert (
        state.cancel is not None
        and state.cancel.actor == "alice"
        and state.cancel.reason == f"stop at {phase}"
    )
    assert state.counters.repos_unfrozen == state.counters.repos_frozen == 1
    assert not world.is_frozen() and world.push_works()
    assert state.report_paths and Path(state.report_paths[0]).exists()
