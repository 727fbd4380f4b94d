"""The recall playbook, read top to bottom: freeze, reproduce, hotfix gate, verify, backfill, unfreeze, audit.

Unfreeze is guaranteed: it runs after success, failure and cancellation alike, and a repository that cannot be
unfrozen becomes an open item for a person instead of a silent leftover. The evidence report is written last,
so it records the unfreeze too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    ChildWorkflowError,
    FailureError,
    is_cancelled_exception,
)

with workflow.unsafe.imports_passed_through():
    from activities.deploys import DeployActivities
    from activities.git_hosts import GitHostActivities
    from activities.notify import NotifyActivities
    from activities.probes import ProbeActivities
    from activities.reports import ReportActivities
    from optout_recall import names
    from optout_recall.approvals import message_for, signature_valid
    from optout_recall.payloads import (
        BackfillInput,
        BackfillResult,
        BackfillState,
        CancelDecision,
        ChannelTarget,
        DeployAction,
        DeployInput,
        DeployResult,
        EscalationInput,
        GateDecision,
        GateStep,
        HotfixProposal,
        Outcome,
        PendingApproval,
        Phase,
        ProbeRunInput,
        ProbeRunResult,
        RecallInput,
        RecallResult,
        RecallState,
        RecordedDecision,
        RepoFreezeInput,
        ReportInput,
        RepoUnfreezeInput,
        Role,
        ScenarioVerdict,
        StepOutcome,
        TimelineStep,
        Verdict,
    )
    from workflows.backfill import BackfillWorkflow

# Retry policies, one per kind of side effect.
FREEZE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=8,
    non_retryable_error_types=["BadCredentials", "NotFound", "BadRequest"],
)
UNFREEZE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_interval=timedelta(seconds=60), maximum_attempts=12
)
PROBE_RETRY = RetryPolicy(initial_interval=timedelta(seconds=2), maximum_attempts=3)
# A deploy hook's own failure comes back as a result, not an exception; retries cover a lost worker only.
DEPLOY_RETRY = RetryPolicy(initial_interval=timedelta(seconds=5), maximum_attempts=3)
NOTIFY_RETRY = RetryPolicy(initial_interval=timedelta(seconds=2), maximum_attempts=5)
REPORT_RETRY = RetryPolicy(initial_interval=timedelta(seconds=1), maximum_attempts=5)

FREEZE_CONCURRENCY = 20
CLOCK_SKEW_SECONDS = 120
MAX_HOTFIX_ATTEMPTS = 5


class RecallStopped(Exception):
    """A person ended the recall at a gate (for example: nothing reproduces and the commander stops)."""


@workflow.defn(name=names.RECALL_WORKFLOW)
class RecallWorkflow:
    """One recall notice, from freezing deploys to the evidence report."""

    @workflow.init
    def __init__(self, input: RecallInput) -> None:
        self._input = input
        self._state = RecallState(incident_id=input.incident_id, title=input.title, commander=input.commander)
        self._roster = {person.name: person for person in input.people}
        self._by_request: dict[str, RecordedDecision] = {}
        self._gate: dict[GateStep, list[RecordedDecision]] = {}
        self._nonces: set[str] = set()
        self._proposal: HotfixProposal | None = None
        self._proposals_seen: set[str] = set()

    @workflow.run
    async def run(self, input: RecallInput) -> RecallResult:
        cancelled = False
        workflow.upsert_search_attributes(
            [
                names.INCIDENT_ID_ATTRIBUTE.value_set(input.incident_id),
                names.COMMANDER_ATTRIBUTE.value_set(input.commander),
                names.PHASE_ATTRIBUTE.value_set(str(Phase.STARTING)),
            ]
        )
        try:
            await self._freeze()
            reproduction = await self._reproduce()
            await self._hotfix_gate(reproduction)
            await self._backfill()
            self._state.outcome = Outcome.COMPLETED
        except (asyncio.CancelledError, FailureError) as err:
            if isinstance(err, FailureError) and not is_cancelled_exception(err):
                self._state.outcome = Outcome.FAILED
                self._state.failure = _describe(err)
                workflow.logger.warning("recall %s failed: %s", input.incident_id, self._state.failure)
            else:
                cancelled = True
                self._state.outcome = Outcome.CANCELLED
                if self._state.cancel is None:
                    self._state.cancel = CancelDecision(actor="temporal", reason="cancelled through Temporal")
                workflow.logger.info("recall %s cancelled: %s", input.incident_id, self._state.cancel.reason)
        except RecallStopped as stop:
            self._state.outcome = Outcome.CANCELLED
            self._state.failure = str(stop)

        await self._unfreeze_all()
        await self._audit()
        self._enter(Phase.DONE)
        self._state.pending = None
        await workflow.wait_condition(workflow.all_handlers_finished)
        if cancelled:
            raise asyncio.CancelledError(self._state.cancel.reason if self._state.cancel else "cancelled")
        if self._state.outcome == Outcome.FAILED:
            # Fail the workflow too, so Temporal's own status (and the Web UI) agrees with the recall's.
            raise ApplicationError(
                f"recall failed: {self._state.failure}", type="RecallFailed", non_retryable=True
            )
        return RecallResult(
            incident_id=input.incident_id,
            outcome=self._state.outcome,
            report_paths=self._state.report_paths,
            counters=self._state.counters,
        )

    # ------------------------------------------------------------------ queries and updates

    @workflow.query(name=names.STATUS_QUERY)
    def status(self) -> RecallState:
        return self._state

    @workflow.update(name=names.DECIDE_UPDATE)
    def decide(self, decision: GateDecision) -> RecordedDecision:
        if decision.request_id in self._by_request:
            return self._by_request[decision.request_id]
        person = self._roster[decision.actor]
        pending = self._state.pending
        assert pending is not None and person.public_key is not None
        role = (
            "commander (break-glass)"
            if decision.break_glass
            else next(role for role in pending.roles if role in person.roles)
        )
        recorded = RecordedDecision(
            request_id=decision.request_id,
            step=decision.step,
            approve=decision.approve,
            actor=decision.actor,
            role=role,
            reason=decision.reason,
            hotfix_ref=decision.hotfix_ref,
            decided_at=workflow.now(),
            nonce=decision.nonce,
            signed_at=decision.signed_at,
            signature=decision.signature,
            public_key=person.public_key,
            break_glass=decision.break_glass,
        )
        self._by_request[decision.request_id] = recorded
        self._nonces.add(decision.nonce)
        self._state.decisions.append(recorded)
        self._gate.setdefault(decision.step, []).append(recorded)
        if decision.approve:
            pending.approved_by.append(decision.actor)
        return recorded

    @decide.validator
    def _validate_decide(self, decision: GateDecision) -> None:
        """Refuses, before anything enters history, every decision an auditor could doubt."""
        if decision.request_id in self._by_request:
            if self._by_request[decision.request_id].signature != decision.signature:
                raise ValueError(f"request id {decision.request_id} was already used for another decision")
            return
        if decision.nonce in self._nonces:
            raise ValueError("nonce already used: a replayed decision is refused")
        pending = self._state.pending
        if pending is None or pending.step != decision.step:
            waiting = f"pending: {pending.step}" if pending else "nothing is pending"
            raise ValueError(f"step {decision.step} is not waiting for a decision ({waiting})")
        if decision.step == GateStep.HOTFIX and pending.hotfix_ref is None:
            raise ValueError("no hotfix is proposed yet; propose one first (recall propose-hotfix)")
        person = self._roster.get(decision.actor)
        if person is None:
            raise ValueError(f"{decision.actor} is not on this recall's roster")
        if not person.public_key:
            raise ValueError(f"{decision.actor} has no public key in the roster; decisions must be signed")
        if not signature_valid(
            person.public_key, message_for(decision, workflow.info().workflow_id), decision.signature
        ):
            raise ValueError(
                f"bad signature: the decision does not verify under {decision.actor}'s key "
                "(forged, altered, or signed for another recall)"
            )
        age = (workflow.now() - decision.signed_at).total_seconds()
        if age > self._input.max_decision_age_seconds:
            raise ValueError(
                f"decision signed {int(age)} s ago; older than the allowed {int(self._input.max_decision_age_seconds)} s"
            )
        if age < -CLOCK_SKEW_SECONDS:
            raise ValueError(f"decision signed {int(-age)} s in the future; check the signer's clock")
        if not decision.reason.strip():
            raise ValueError("every decision needs a reason")
        if decision.hotfix_ref != pending.hotfix_ref:
            raise ValueError(
                f"decision is for hotfix {decision.hotfix_ref} but {pending.hotfix_ref} is pending"
            )
        if decision.break_glass:
            if Role.COMMANDER not in person.roles or decision.step != GateStep.HOTFIX:
                raise ValueError("break-glass is a commander's approval of the hotfix only")
            if pending.escalations < 1:
                raise ValueError("break-glass is allowed only after the gate has escalated unanswered")
        elif not any(role in person.roles for role in pending.roles):
            raise ValueError(
                f"{decision.actor} ({', '.join(person.roles)}) cannot decide {decision.step}; "
                f"it needs {' or '.join(pending.roles)}"
            )
        if decision.step == GateStep.HOTFIX and decision.approve and not decision.break_glass:
            if decision.actor == self._input.commander:
                raise ValueError("the commander who started the recall cannot approve its hotfix")
            if decision.actor == pending.hotfix_author:
                raise ValueError(f"{decision.actor} wrote hotfix {pending.hotfix_ref} and cannot approve it")
        if decision.actor in pending.approved_by:
            raise ValueError(f"{decision.actor} already approved this step; the quorum needs another person")

    @workflow.update(name=names.PROPOSE_HOTFIX_UPDATE)
    def propose_hotfix(self, proposal: HotfixProposal) -> str:
        if proposal.request_id not in self._proposals_seen:
            self._proposals_seen.add(proposal.request_id)
            self._proposal = proposal
        return proposal.hotfix_ref

    @propose_hotfix.validator
    def _validate_propose_hotfix(self, proposal: HotfixProposal) -> None:
        if proposal.request_id in self._proposals_seen:
            return
        pending = self._state.pending
        if pending is None or pending.step != GateStep.HOTFIX or pending.hotfix_ref is not None:
            raise ValueError("the recall is not waiting for a new hotfix")
        person = self._roster.get(proposal.actor)
        if person is None or not ({Role.COMMANDER, Role.ON_CALL} & set(person.roles)):
            raise ValueError(f"{proposal.actor} may not propose a hotfix (needs commander or on-call)")
        if not proposal.reason.strip():
            raise ValueError("a hotfix proposal needs a reason")
        if proposal.hotfix_ref in self._tried_refs():
            raise ValueError(f"hotfix {proposal.hotfix_ref} was already tried in this recall")

    @workflow.update(name=names.CANCEL_UPDATE)
    def cancel(self, decision: CancelDecision) -> CancelDecision:
        """Records who cancelled and why; the client then requests Temporal cancellation."""
        if self._state.cancel is None:
            self._state.cancel = decision
            self._timeline_point("cancel requested", StepOutcome.CANCELLED, decision.actor, decision.reason)
        return self._state.cancel

    @cancel.validator
    def _validate_cancel(self, decision: CancelDecision) -> None:
        person = self._roster.get(decision.actor)
        if person is None or Role.COMMANDER not in person.roles:
            raise ValueError(
                f"{decision.actor} is not a commander of this recall; only a commander can cancel"
            )
        if self._state.phase in (Phase.UNFREEZE, Phase.AUDIT, Phase.DONE):
            raise ValueError(f"the recall is already finishing ({self._state.phase})")

    # ------------------------------------------------------------------ the phases

    async def _freeze(self) -> None:
        self._enter(Phase.FREEZE)
        repos = self._input.repos
        for start in range(0, len(repos), FREEZE_CONCURRENCY):
            batch = repos[start : start + FREEZE_CONCURRENCY]
            await asyncio.gather(
                *(self._freeze_one(repo_index) for repo_index in range(start, start + len(batch)))
            )

    async def _freeze_one(self, index: int) -> None:
        repo = self._input.repos[index]
        step = self._begin(f"freeze {repo.name}", Phase.FREEZE)
        try:
            freeze = await workflow.execute_activity_method(
                GitHostActivities.freeze_repo,
                RepoFreezeInput(
                    incident_id=self._input.incident_id, commander=self._input.commander, repo=repo
                ),
                start_to_close_timeout=timedelta(seconds=60),
                retry_policy=FREEZE_RETRY,
                summary=f"freeze {repo.name} ({repo.provider})",
            )
        except ActivityError as err:
            self._end(step, StepOutcome.FAILED, _describe(err))
            raise
        self._state.freezes.append(freeze)
        self._state.counters.repos_frozen += 1
        self._end(step, StepOutcome.OK, f"{repo.provider} {', '.join(repo.branches)} frozen")

    async def _reproduce(self) -> list[ScenarioVerdict]:
        self._enter(Phase.REPRODUCE)
        result = await self._probe("reproduce", self._input.scenarios)
        self._state.reproduction = result.verdicts
        failing = result.failing
        self._state.counters.scenarios_failing = len(failing)
        if result.verdicts and len(result.unreachable) == len(result.verdicts):
            raise ApplicationError(
                "every probe target was unreachable; check the spec's channels before the recall can reproduce",
                type="TargetUnreachable",
                non_retryable=True,
            )
        if not failing:
            decision = await self._await_decision(
                GateStep.CONTINUE_WITHOUT_REPRODUCTION,
                "No scenario failed: continue the recall without a reproduction?",
                [Role.COMMANDER],
            )
            if not decision.approve:
                raise RecallStopped(
                    f"nothing reproduced; {decision.actor} stopped the recall: {decision.reason}"
                )
        return failing

    async def _hotfix_gate(self, reproduction: list[ScenarioVerdict]) -> None:
        ref = self._input.hotfix_ref
        for attempt in range(1, MAX_HOTFIX_ATTEMPTS + 1):
            self._enter(Phase.HOTFIX_GATE)
            self._state.hotfix_ref = ref
            self._state.hotfix_attempts = attempt
            staging_problem = await self._try_on_staging(ref, attempt, reproduction)
            if staging_problem is not None:
                ref = await self._await_new_hotfix(f"hotfix {ref} failed on staging: {staging_problem}")
                continue
            decision = await self._await_decision(
                GateStep.HOTFIX, f"Approve hotfix {ref} for deploy (attempt {attempt})", [Role.ON_CALL], ref
            )
            if not decision.approve:
                ref = await self._await_new_hotfix(
                    f"hotfix {ref} rejected by {decision.actor}: {decision.reason}"
                )
                continue
            await self._allow_through_freeze(ref)
            deployed = await self._run_hook(DeployAction.DEPLOY, ref)
            problem = None if deployed.ok else f"deploy failed: {deployed.detail}"
            if problem is None:
                problem = await self._verify(ref, attempt, reproduction)
            if problem is None:
                return
            await self._run_hook(DeployAction.ROLLBACK, ref, why=problem)
            ref = await self._await_new_hotfix(f"hotfix {ref} rolled back: {problem}")
        raise ApplicationError(
            f"{MAX_HOTFIX_ATTEMPTS} hotfix attempts did not pass verification", type="HotfixExhausted"
        )

    async def _try_on_staging(
        self, ref: str, attempt: int, reproduction: list[ScenarioVerdict]
    ) -> str | None:
        """When a staging target is configured, the ref must make the reproduction set pass there first."""
        staging = self._input.staging
        if staging is None:
            return None
        deployed = await self._run_hook(DeployAction.DEPLOY, ref, environment="staging")
        if not deployed.ok:
            return f"staging deploy failed: {deployed.detail}"
        scenarios = sorted({v.scenario for v in reproduction}) or self._input.scenarios
        result = await self._probe(f"staging-{attempt}", scenarios, staging.channels)
        bad = [v for v in result.verdicts if v.verdict != Verdict.PASS]
        if bad:
            return ", ".join(f"{v.scenario}@{v.channel} ({v.verdict})" for v in bad[:5])
        return None

    async def _verify(self, ref: str, attempt: int, reproduction: list[ScenarioVerdict]) -> str | None:
        """None when the reproduction set and the full library pass; otherwise why not."""
        self._enter(Phase.VERIFY)
        result = await self._probe(f"verify-{attempt}", self._input.scenarios)
        self._state.verification = result.verdicts
        bad = [v for v in result.verdicts if v.verdict != Verdict.PASS]
        if bad:
            rerun = await self._probe(f"verify-{attempt}-rerun", sorted({v.scenario for v in bad}))
            still_bad = [v for v in rerun.verdicts if v.verdict != Verdict.PASS]
            flaky = {v.scenario for v in bad} - {v.scenario for v in still_bad}
            if flaky:
                self._state.open_items.append(
                    f"flaky on verify of {ref}, passed on rerun: {', '.join(sorted(flaky))}"
                )
            bad = still_bad
        missing = {v.scenario for v in reproduction} - {v.scenario for v in result.verdicts}
        if missing:
            return f"reproduction scenarios not run on verify: {', '.join(sorted(missing))}"
        if bad:
            names_ = ", ".join(f"{v.scenario}@{v.channel} ({v.verdict})" for v in bad[:5])
            return f"{len(bad)} scenario(s) still failing after rerun: {names_}"
        return None

    async def _backfill(self) -> None:
        self._enter(Phase.BACKFILL)
        backfill = BackfillInput(
            incident_id=self._input.incident_id,
            events_url=self._input.events_url,
            ledger_url=self._input.ledger_url,
            window_start=self._input.window_start,
            window_end=self._input.window_end,
            gpc_policy=self._input.gpc_policy,
            dry_run=True,
            table=self._input.event_table,
            destinations=self._input.destinations,
        )
        dry = await self._run_backfill(backfill)
        self._state.rules_hash = dry.rules_hash
        counts = dry.counts
        if counts.violations == 0:
            self._timeline_point("backfill apply", StepOutcome.SKIPPED, detail="dry run found no violations")
            self._state.backfill = counts
            return
        by_jurisdiction = ", ".join(f"{k}={v}" for k, v in sorted(counts.by_jurisdiction.items()))
        decision = await self._await_decision(
            GateStep.BACKFILL_APPLY,
            f"Apply the backfill: {counts.violations} violations in {counts.scanned} events ({by_jurisdiction})?",
            [Role.ON_CALL],
        )
        if not decision.approve:
            self._state.backfill = counts
            self._state.open_items.append(
                f"backfill not applied: {decision.actor} rejected the dry run ({decision.reason})"
            )
            return
        applied = await self._run_backfill(backfill.model_copy(update={"dry_run": False}))
        self._state.backfill = applied.counts
        self._state.counters.corrections_written = applied.counts.corrections_written

    async def _unfreeze_all(self) -> None:
        self._enter(Phase.UNFREEZE)
        self._state.pending = None
        frozen = [i for i, f in enumerate(self._state.freezes) if f.unfrozen_at is None]
        for start in range(0, len(frozen), FREEZE_CONCURRENCY):
            await asyncio.gather(*(self._unfreeze_one(i) for i in frozen[start : start + FREEZE_CONCURRENCY]))

    async def _unfreeze_one(self, index: int) -> None:
        freeze = self._state.freezes[index]
        step = self._begin(f"unfreeze {freeze.repo.name}", Phase.UNFREEZE)
        try:
            result = await workflow.execute_activity_method(
                GitHostActivities.unfreeze_repo,
                RepoUnfreezeInput(incident_id=self._input.incident_id, freeze=freeze),
                start_to_close_timeout=timedelta(seconds=60),
                retry_policy=UNFREEZE_RETRY,
                summary=f"unfreeze {freeze.repo.name}",
            )
        except ActivityError as err:
            why = _describe(err)
            self._end(step, StepOutcome.FAILED, why)
            self._state.open_items.append(
                f"UNFREEZE BY HAND: {freeze.repo.name} ({freeze.repo.provider} {freeze.repo.location}) "
                f"is still frozen: {why}"
            )
            return
        self._state.freezes[index] = freeze.model_copy(update={"unfrozen_at": result.unfrozen_at})
        self._state.counters.repos_unfrozen += 1
        self._end(step, StepOutcome.OK)

    async def _audit(self) -> None:
        self._enter(Phase.AUDIT)
        step = self._begin("write evidence report", Phase.AUDIT)
        info = workflow.info()
        try:
            report = await workflow.execute_activity_method(
                ReportActivities.write_report,
                ReportInput(
                    state=self._state,
                    window_start=self._input.window_start,
                    window_end=self._input.window_end,
                    jurisdictions=self._input.jurisdictions,
                    gpc_policy=self._input.gpc_policy,
                    rules_hash=self._state.rules_hash,
                    spec_sha256=self._input.spec_sha256,
                    artifacts_dir=self._input.artifacts_dir,
                    workflow_id=info.workflow_id,
                    run_id=info.run_id,
                    events_url=self._input.events_url,
                    ledger_url=self._input.ledger_url,
                ),
                start_to_close_timeout=timedelta(minutes=2),
                retry_policy=REPORT_RETRY,
                summary="write evidence report",
            )
        except ActivityError as err:
            self._end(step, StepOutcome.FAILED, _describe(err))
            self._state.open_items.append(f"evidence report not written: {_describe(err)}")
            return
        self._state.report_paths = [report.markdown_path, report.json_path]
        self._end(step, StepOutcome.OK, report.markdown_path)

    # ------------------------------------------------------------------ steps used by the phases

    async def _probe(
        self, label: str, scenarios: list[str], channels: list[ChannelTarget] | None = None
    ) -> ProbeRunResult:
        step = self._begin(f"probe {label}", self._state.phase)
        result = await workflow.execute_activity_method(
            ProbeActivities.run_scenarios,
            ProbeRunInput(
                incident_id=self._input.incident_id,
                label=label,
                channels=channels if channels is not None else self._input.channels,
                scenarios=scenarios,
                artifacts_dir=self._input.artifacts_dir,
                jurisdiction_rules_hash=self._state.rules_hash,
            ),
            start_to_close_timeout=timedelta(minutes=15),
            heartbeat_timeout=timedelta(minutes=1),
            retry_policy=PROBE_RETRY,
            summary=f"probe {label}",
        )
        self._state.counters.scenarios_run += len(result.verdicts)
        passed = sum(1 for v in result.verdicts if v.verdict == Verdict.PASS)
        self._end(
            step,
            StepOutcome.OK,
            f"{passed} passed, {len(result.failing)} failed, {len(result.unreachable)} unreachable",
        )
        return result

    async def _allow_through_freeze(self, ref: str) -> None:
        for index, freeze in enumerate(self._state.freezes):
            step = self._begin(f"allow {ref[:12]} through {freeze.repo.name}", Phase.DEPLOY)
            updated = await workflow.execute_activity_method(
                GitHostActivities.allow_hotfix,
                RepoFreezeInput(
                    incident_id=self._input.incident_id,
                    commander=self._input.commander,
                    repo=freeze.repo,
                    allowed_commits=[*freeze.allowed_commits, ref],
                    restore_state=freeze.restore_state,
                ),
                start_to_close_timeout=timedelta(seconds=60),
                retry_policy=FREEZE_RETRY,
                summary=f"allow hotfix through {freeze.repo.name}",
            )
            # Restore state is what the first freeze saved; the allow-list is what changed.
            self._state.freezes[index] = freeze.model_copy(
                update={"allowed_commits": updated.allowed_commits}
            )
            self._end(step, StepOutcome.OK)

    async def _run_hook(
        self, action: DeployAction, ref: str, why: str = "", environment: str = "production"
    ) -> DeployResult:
        self._enter(Phase.DEPLOY)
        if environment == "staging" and self._input.staging is not None:
            hook = self._input.staging.deploy
        else:
            hook = self._input.deploy if action == DeployAction.DEPLOY else self._input.rollback
        step = self._begin(f"{action} {ref[:12]} to {environment}", Phase.DEPLOY, detail=why)
        result = await workflow.execute_activity_method(
            DeployActivities.run_hook,
            DeployInput(
                incident_id=self._input.incident_id,
                environment=environment,
                action=action,
                hotfix_ref=ref,
                hook=hook,
                log_dir=self._input.artifacts_dir,
            ),
            start_to_close_timeout=timedelta(seconds=hook.timeout_seconds + 30),
            heartbeat_timeout=timedelta(seconds=20),
            retry_policy=DEPLOY_RETRY,
            summary=f"{action} {ref[:12]} to {environment}",
        )
        if action == DeployAction.DEPLOY and environment == "production":
            self._state.counters.deploys += 1
        else:
            self._state.counters.rollbacks += 1
        detail = f"{why}; {result.detail}" if why else result.detail
        self._end(step, StepOutcome.OK if result.ok else StepOutcome.FAILED, detail)
        if action == DeployAction.ROLLBACK and not result.ok:
            self._state.open_items.append(f"rollback of {ref} failed: {result.detail}; production may run it")
        return result

    async def _run_backfill(self, backfill: BackfillInput) -> BackfillResult:
        mode = "dry run" if backfill.dry_run else "apply"
        step = self._begin(f"backfill {mode}", Phase.BACKFILL)
        result = await workflow.execute_child_workflow(
            BackfillWorkflow.run,
            BackfillState(input=backfill),
            id=names.backfill_workflow_id(workflow.info().workflow_id, backfill.dry_run),
            static_summary=f"backfill {mode} for {self._input.incident_id}",
        )
        counts = result.counts
        self._state.counters.events_scanned = counts.scanned
        self._state.counters.violations = counts.violations
        self._end(
            step,
            StepOutcome.OK,
            f"{counts.scanned} scanned, {counts.violations} violations, {counts.corrections_written} written",
        )
        return result

    async def _await_new_hotfix(self, why: str) -> str:
        self._enter(Phase.HOTFIX_GATE)
        self._proposal = None
        await self._wait_for_people(
            PendingApproval(
                step=GateStep.HOTFIX,
                prompt=f"{why}. Propose a new hotfix ref (recall propose-hotfix).",
                roles=[Role.COMMANDER, Role.ON_CALL],
                waiting_on=self._people_with([Role.COMMANDER, Role.ON_CALL]),
                since=workflow.now(),
            ),
            lambda: self._proposal is not None,
        )
        assert self._proposal is not None
        proposal = self._proposal
        self._timeline_point(
            f"propose hotfix {proposal.hotfix_ref[:12]}", StepOutcome.OK, proposal.actor, proposal.reason
        )
        return proposal.hotfix_ref

    async def _await_decision(
        self, step: GateStep, prompt: str, roles: list[Role], hotfix_ref: str | None = None
    ) -> RecordedDecision:
        """Wait until one person rejects, or the step's quorum of distinct people approves (or break-glass)."""
        self._gate.pop(step, None)
        quorum = max(1, self._input.quorum.get(str(step), 1))

        def decided() -> bool:
            decisions = self._gate.get(step, [])
            approvals = {d.actor for d in decisions if d.approve}
            return any(not d.approve or d.break_glass for d in decisions) or len(approvals) >= quorum

        await self._wait_for_people(
            PendingApproval(
                step=step,
                prompt=prompt if quorum == 1 else f"{prompt} ({quorum} approvals needed)",
                roles=list(roles),
                waiting_on=[p for p in self._people_with(roles) if p != self._author_of(step, hotfix_ref)],
                since=workflow.now(),
                hotfix_ref=hotfix_ref,
                hotfix_author=self._author_of(step, hotfix_ref),
                quorum=quorum,
            ),
            decided,
        )
        decisions = self._gate[step]
        final = next((d for d in decisions if not d.approve or d.break_glass), decisions[-1])
        for decision in decisions:
            outcome = StepOutcome.APPROVED if decision.approve else StepOutcome.REJECTED
            flag = "BREAK-GLASS " if decision.break_glass else ""
            self._timeline_point(f"{flag}{step} decision", outcome, decision.actor, decision.reason)
        return final

    def _author_of(self, step: GateStep, hotfix_ref: str | None) -> str | None:
        if step != GateStep.HOTFIX or hotfix_ref is None:
            return None
        if self._proposal is not None and self._proposal.hotfix_ref == hotfix_ref:
            return self._proposal.author or self._proposal.actor
        return self._input.hotfix_author if hotfix_ref == self._input.hotfix_ref else None

    async def _wait_for_people(self, pending: PendingApproval, done: Callable[[], bool]) -> None:
        """Wait on a durable timer; remind and escalate at intervals; fail the step at the deadline."""
        first_wait = timedelta(seconds=self._input.approval_timeout_seconds)
        interval = timedelta(seconds=self._input.escalation_interval_seconds)
        deadline = pending.since + timedelta(seconds=self._input.approval_deadline_seconds)
        pending.next_escalation_at = pending.since + first_wait
        self._state.pending = pending
        while not done():
            now = workflow.now()
            wake_at = min(pending.next_escalation_at or deadline, deadline)
            try:
                await workflow.wait_condition(done, timeout=max(wake_at - now, timedelta(seconds=1)))
            except TimeoutError:
                if workflow.now() >= deadline:
                    self._state.pending = None
                    self._timeline_point(
                        f"{pending.step} decision", StepOutcome.TIMED_OUT, detail="deadline passed"
                    )
                    raise ApplicationError(
                        f"no decision on {pending.step} from {', '.join(pending.waiting_on)} by the deadline",
                        type="ApprovalDeadline",
                        non_retryable=True,
                    ) from None
                await self._escalate(pending)
                pending.next_escalation_at = min(workflow.now() + interval, deadline)
        self._state.pending = None

    async def _escalate(self, pending: PendingApproval) -> None:
        pending.escalations += 1
        step = self._begin(f"escalate {pending.step} #{pending.escalations}", self._state.phase)
        result = await workflow.execute_activity_method(
            NotifyActivities.escalate,
            EscalationInput(
                incident_id=self._input.incident_id,
                step=pending.step,
                waiting_on=pending.waiting_on,
                waiting_since=pending.since,
                contacts=self._input.escalation_contacts,
                webhook_url=self._input.escalation_webhook,
                outbox_dir=self._input.artifacts_dir,
                attempt=pending.escalations,
                format=self._input.escalation_format,
            ),
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=NOTIFY_RETRY,
            summary=f"escalate {pending.step}",
        )
        self._end(step, StepOutcome.ESCALATED, f"notified {', '.join(result.delivered_to) or 'nobody'}")

    # ------------------------------------------------------------------ timeline helpers

    def _enter(self, phase: Phase) -> None:
        """Set the phase, and make it searchable (`recall list`, the Web UI's filters)."""
        if self._state.phase != phase:
            self._state.phase = phase
            workflow.upsert_search_attributes([names.PHASE_ATTRIBUTE.value_set(str(phase))])

    def _people_with(self, roles: list[Role]) -> list[str]:
        return [p.name for p in self._input.people if any(role in p.roles for role in roles)]

    def _tried_refs(self) -> set[str]:
        return {d.hotfix_ref for d in self._state.decisions if d.hotfix_ref} | {self._input.hotfix_ref}

    def _begin(self, name: str, phase: Phase, detail: str = "") -> TimelineStep:
        step = TimelineStep(step=name, phase=phase, started_at=workflow.now(), detail=detail)
        self._state.timeline.append(step)
        return step

    def _end(self, step: TimelineStep, outcome: StepOutcome, detail: str = "") -> None:
        step.ended_at = workflow.now()
        step.outcome = outcome
        if detail:
            step.detail = detail

    def _timeline_point(
        self, name: str, outcome: StepOutcome, actor: str = "optout-recall", detail: str = ""
    ) -> None:
        now = workflow.now()
        self._state.timeline.append(
            TimelineStep(
                step=name,
                phase=self._state.phase,
                started_at=now,
                ended_at=now,
                outcome=outcome,
                actor=actor,
                detail=detail,
            )
        )


def _describe(err: BaseException) -> str:
    """The innermost message of a Temporal failure chain, which is the one a person can act on."""
    cause: BaseException | None = err
    message = str(err)
    while cause is not None:
        if str(cause) and not isinstance(cause, ActivityError | ChildWorkflowError):
            message = str(cause)
        cause = cause.__cause__
    return message
