"""The recall playbook, read top to bottom: freeze, reproduce, hotfix gate, verify, backfill, unfreeze, audit.

Unfreeze is guaranteed: it runs after success, failure and cancellation alike, and a repository that cannot be
unfrozen becomes an open item for a person instead of a silent leftover. The evidence report is written last,
so it records the unfreeze too.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import (
    ActivityError,
    ApplicationError,
    FailureError,
    is_cancelled_exception,
)

from optout_recall import names
from optout_recall.errors import ErrorType
from optout_recall.gates.policy import cancel_refusal, deciding_role, decision_refusal, proposal_refusal
from workflows.backfill import BackfillWorkflow
from workflows.freezes import FrozenRepos
from workflows.people import PeopleGate
from workflows.retries import (
    DEPLOY_RETRY,
    PROBE_RETRY,
    REPORT_RETRY,
)
from workflows.timeline import Timeline, describe_failure

with workflow.unsafe.imports_passed_through():
    from activities.deploys import DeployActivities
    from activities.guard import GuardActivities
    from activities.probes import ProbeActivities
    from activities.reports import ReportActivities
    from optout_recall.audit.ledger_gate import LEDGER_STEP, apply_warning, is_intact, ledger_line
    from optout_recall.audit.model import LedgerSection
    from optout_recall.guard.rehearsal import REHEARSAL_STEP, rehearsal_line
    from optout_recall.payloads import (
        BackfillInput,
        BackfillResult,
        BackfillState,
        CancelDecision,
        ChannelTarget,
        DeployAction,
        DeployInput,
        DeployResult,
        GateDecision,
        GateStep,
        HotfixCommit,
        HotfixProposal,
        Outcome,
        Phase,
        ProbeRunInput,
        ProbeRunResult,
        RecallInput,
        RecallResult,
        RecallState,
        RecordedDecision,
        ReportInput,
        Role,
        ScenarioVerdict,
        StepOutcome,
        Verdict,
    )

MAX_HOTFIX_ATTEMPTS = 5


class _RefRefused(Exception):
    """A git host refused the approved ref before anything was deployed: ask for another hotfix."""


def _is_error(err: BaseException, kind: ErrorType) -> bool:
    cause = err.__cause__
    return isinstance(cause, ApplicationError) and cause.type == kind


class RecallStopped(Exception):
    """A person ended the recall at a gate (for example: nothing reproduces and the commander stops)."""


@workflow.defn(name=names.RECALL_WORKFLOW)
class RecallWorkflow:
    """One recall notice, from freezing deploys to the evidence report."""

    @workflow.init
    def __init__(self, input: RecallInput) -> None:
        self._input = input
        self._state = RecallState(incident_id=input.incident_id, title=input.title, commander=input.commander)
        self._timeline = Timeline(self._state)
        self._people = PeopleGate(input, self._state, self._timeline)
        self._repos = FrozenRepos(input, self._state, self._timeline)
        self._state.run_id = workflow.info().first_execution_run_id

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
        if workflow.patched("rehearsal-fact"):
            await self._check_rehearsal()
        try:
            await self._freeze()
            reproduction = await self._reproduce()
            await self._hotfix_gate(reproduction)
            await self._backfill()
            self._state.outcome = Outcome.COMPLETED
        except (asyncio.CancelledError, FailureError) as err:
            if isinstance(err, FailureError) and not is_cancelled_exception(err):
                self._state.outcome = Outcome.FAILED
                self._state.failure = describe_failure(err)
                workflow.logger.warning("recall %s failed: %s", input.incident_id, self._state.failure)
            else:
                cancelled = True
                self._state.outcome = Outcome.CANCELLED
                if self._state.cancel is None:
                    self._state.cancel = CancelDecision(actor="temporal", reason="canceled through Temporal")
                workflow.logger.info("recall %s canceled: %s", input.incident_id, self._state.cancel.reason)
        except RecallStopped as stop:
            self._state.outcome = Outcome.CANCELLED
            self._state.failure = str(stop)

        await self._unfreeze_all()
        await self._audit()
        self._timeline.enter(Phase.DONE)
        self._state.pending = None
        await workflow.wait_condition(workflow.all_handlers_finished)
        if cancelled:
            raise asyncio.CancelledError(self._state.cancel.reason if self._state.cancel else "canceled")
        if self._state.outcome == Outcome.FAILED:
            # Fail the workflow too, so Temporal's own status (and the Web UI) agrees with the recall's.
            raise ApplicationError(
                f"recall failed: {self._state.failure}", type=ErrorType.RECALL_FAILED, non_retryable=True
            )
        return RecallResult(
            incident_id=input.incident_id,
            outcome=self._state.outcome,
            report_paths=self._state.report_paths,
            counters=self._state.counters,
        )

    # ------------------------------------------------------------------ queries and updates

    @property
    def artifacts_dir(self) -> str:
        """Where this recall's evidence lives; the worker keeps refused statements there too."""
        return self._input.artifacts_dir

    @workflow.query(name=names.STATUS_QUERY)
    def status(self) -> RecallState:
        return self._state

    @workflow.update(name=names.DECIDE_UPDATE)
    def decide(self, decision: GateDecision) -> RecordedDecision:
        earlier = self._people.context().recorded(decision)
        if earlier is not None:
            return earlier
        pending = self._state.pending
        person = self._people.roster[decision.actor]
        assert pending is not None and person.public_key is not None
        recorded = RecordedDecision(
            request_id=decision.request_id,
            step=decision.step,
            approve=decision.approve,
            actor=decision.actor,
            role=deciding_role(decision, person, pending),
            reason=decision.reason,
            hotfix_ref=decision.hotfix_ref,
            decided_at=workflow.now(),
            nonce=decision.nonce,
            signed_at=decision.signed_at,
            signature=decision.signature,
            public_key=person.public_key,
            break_glass=decision.break_glass,
            pending_request_id=pending.request_id,
            run_id=decision.run_id,
            approval_signature=decision.approval_signature,
        )
        self._state.decisions.append(recorded)
        return recorded

    @decide.validator
    def _validate_decide(self, decision: GateDecision) -> None:
        """Refuses, before anything enters history, every decision an auditor could doubt."""
        refusal = decision_refusal(decision, self._people.context())
        if refusal is not None:
            raise ValueError(refusal)

    @workflow.update(name=names.PROPOSE_HOTFIX_UPDATE)
    def propose_hotfix(self, proposal: HotfixProposal) -> str:
        if all(p.signature != proposal.signature for p in self._state.proposals):
            self._state.proposals.append(proposal)
        return proposal.hotfix_ref

    @propose_hotfix.validator
    def _validate_propose_hotfix(self, proposal: HotfixProposal) -> None:
        refusal = proposal_refusal(proposal, self._people.context(), self._people.tried_refs())
        if refusal is not None:
            raise ValueError(refusal)

    @workflow.update(name=names.CANCEL_UPDATE)
    def cancel(self, decision: CancelDecision) -> CancelDecision:
        """Records who canceled and why; the client then requests Temporal cancellation."""
        if self._state.cancel is None:
            self._state.cancel = decision
            self._timeline.point("cancel requested", StepOutcome.CANCELLED, decision.actor, decision.reason)
        return self._state.cancel

    @cancel.validator
    def _validate_cancel(self, decision: CancelDecision) -> None:
        refusal = cancel_refusal(decision, self._people.context(), self._state.phase)
        if refusal is not None:
            raise ValueError(refusal)

    # ------------------------------------------------------------------ the phases

    async def _freeze(self) -> None:
        self._timeline.enter(Phase.FREEZE)
        await self._repos.freeze_all()

    async def _reproduce(self) -> list[ScenarioVerdict]:
        self._timeline.enter(Phase.REPRODUCE)
        result = await self._probe("reproduce", self._input.scenarios)
        self._state.reproduction = result.verdicts
        failing = result.failing
        self._state.counters.scenarios_failing = len(failing)
        if result.verdicts and len(result.unreachable) == len(result.verdicts):
            raise ApplicationError(
                "every probe target was unreachable; check the spec's channels before the recall can reproduce",
                type=ErrorType.TARGET_UNREACHABLE,
                non_retryable=True,
            )
        if not failing:
            decision = await self._people.decision(
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
        why_new: str | None = None
        for attempt in range(1, MAX_HOTFIX_ATTEMPTS + 1):
            self._timeline.enter(Phase.HOTFIX_GATE)
            if why_new is not None:
                ref = await self._people.new_hotfix(why_new)
            self._state.hotfix_ref = ref
            self._state.hotfix_attempts = attempt
            authors: list[str] = []
            commits: list[HotfixCommit] = []
            if workflow.patched("hotfix-commit-check"):
                missing, authors, commits = await self._repos.find_commit(ref)
                if missing:
                    why_new = f"hotfix {ref} is not on every frozen repository's host ({missing})"
                    continue
            staging_problem = await self._try_on_staging(ref, attempt, reproduction)
            if staging_problem is not None:
                why_new = f"hotfix {ref} failed on staging: {staging_problem}"
                continue
            decision = await self._people.decision(
                GateStep.HOTFIX,
                f"Approve hotfix {ref} for deploy (attempt {attempt})",
                [Role.ON_CALL],
                ref,
                hotfix_authors=authors,
                hotfix_commits=commits,
            )
            if not decision.approve:
                why_new = f"hotfix {ref} rejected by {decision.actor}: {decision.reason}"
                continue
            try:
                problem = await self._deploy(ref)
            except _RefRefused as refused:
                why_new = str(refused)
                continue
            if problem is None:
                problem = await self._verify(ref, attempt, reproduction)
            if problem is None:
                return
            self._timeline.enter(Phase.DEPLOY)
            await self._run_hook(DeployAction.ROLLBACK, ref, why=problem)
            why_new = f"hotfix {ref} rolled back: {problem}"
        raise ApplicationError(
            f"{MAX_HOTFIX_ATTEMPTS} hotfix attempts did not pass verification",
            type=ErrorType.HOTFIX_EXHAUSTED,
            non_retryable=True,
        )

    async def _deploy(self, ref: str) -> str | None:
        """Let the approved ref through every freeze, then deploy it; None when the deploy hook succeeded."""
        try:
            await self._repos.allow_through(ref)
        except ActivityError as err:
            if not _is_error(err, ErrorType.INVALID_COMMIT):
                raise
            raise _RefRefused(f"a git host refused hotfix {ref}: {describe_failure(err)}") from err
        self._timeline.enter(Phase.DEPLOY)
        deployed = await self._run_hook(DeployAction.DEPLOY, ref)
        return None if deployed.ok else f"deploy failed: {deployed.detail}"

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
        self._timeline.enter(Phase.VERIFY)
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
        self._timeline.enter(Phase.BACKFILL)
        backfill = BackfillInput(
            incident_id=self._input.incident_id,
            events_url=self._input.events_url,
            ledger_url=self._input.ledger_url,
            window_start=self._input.window_start,
            window_end=self._input.window_end,
            gpc_policy=self._input.gpc_policy,
            dry_run=True,
            table=self._input.event_table,
            links=self._input.links,
            destinations=self._input.destinations,
        )
        warning = ""
        if workflow.patched("ledger-verified-before-backfill"):
            warning = apply_warning(await self._check_ledger())
        dry = await self._run_backfill(backfill)
        self._state.rules_hash = dry.rules_hash
        counts = dry.counts
        if counts.violations == 0:
            self._timeline.point("backfill apply", StepOutcome.SKIPPED, detail="dry run found no violations")
            self._state.backfill = counts
            return
        by_jurisdiction = ", ".join(f"{k}={v}" for k, v in sorted(counts.by_jurisdiction.items()))
        decision = await self._people.decision(
            GateStep.BACKFILL_APPLY,
            f"Apply the backfill: {counts.violations} violations in {counts.scanned} events ({by_jurisdiction})?"
            + warning,
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

    async def _check_rehearsal(self) -> None:
        """Whether a rehearsed rollback is ready, as the guards recorded it: in history, so the report's line
        is re-derived from it; a fact that cannot be read is said so, and the recall goes on."""
        read = workflow.execute_activity_method(
            GuardActivities.rehearsal_fact,
            self._input.artifacts_dir,
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=RetryPolicy(maximum_attempts=3),
            summary="last rollback rehearsal",
        )
        if (fact := await self._timeline.fact(REHEARSAL_STEP, read)) is None:
            return
        step, record = fact
        outcome = (
            StepOutcome.SKIPPED if record is None else StepOutcome.OK if record.passed else StepOutcome.FAILED
        )
        self._timeline.end(step, outcome, rehearsal_line(record, workflow.now()))

    async def _check_ledger(self) -> LedgerSection | None:
        """Whether the consent ledger verifies before the backfill decides from it: on the timeline, and,
        when it does not, an open item and a warning at the apply gate (None: it could not be checked)."""
        read = workflow.execute_activity_method(
            ReportActivities.check_ledger,
            self._input.ledger_url,
            start_to_close_timeout=timedelta(minutes=30),
            retry_policy=RetryPolicy(maximum_attempts=3),
            summary="verify the consent ledger",
        )
        if (fact := await self._timeline.fact(LEDGER_STEP, read, Phase.BACKFILL)) is None:
            return None
        step, section = fact
        intact = is_intact(section)
        self._timeline.end(step, StepOutcome.OK if intact else StepOutcome.FAILED, ledger_line(section))
        if not intact:
            self._state.open_items.append(f"consent ledger before the backfill: {ledger_line(section)}")
        return section

    async def _unfreeze_all(self) -> None:
        self._timeline.enter(Phase.UNFREEZE)
        self._state.pending = None
        await self._repos.unfreeze_all()

    async def _audit(self) -> None:
        self._timeline.enter(Phase.AUDIT)
        step = self._timeline.begin("write evidence report", Phase.AUDIT)
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
            self._timeline.end(step, StepOutcome.FAILED, describe_failure(err))
            self._state.open_items.append(f"evidence report not written: {describe_failure(err)}")
            return
        self._state.report_paths = [report.markdown_path, report.json_path]
        self._timeline.end(step, StepOutcome.OK, report.markdown_path)

    # ------------------------------------------------------------------ steps used by the phases

    async def _probe(
        self, label: str, scenarios: list[str], channels: list[ChannelTarget] | None = None
    ) -> ProbeRunResult:
        step = self._timeline.begin(f"probe {label}", self._state.phase)
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
        self._timeline.end(
            step,
            StepOutcome.OK,
            f"{passed} passed, {len(result.failing)} failed, {len(result.unreachable)} unreachable",
        )
        return result

    async def _run_hook(
        self, action: DeployAction, ref: str, why: str = "", environment: str = "production"
    ) -> DeployResult:
        if environment == "staging" and self._input.staging is not None:
            hook = self._input.staging.deploy
        else:
            hook = self._input.deploy if action == DeployAction.DEPLOY else self._input.rollback
        step = self._timeline.begin(f"{action} {ref[:12]} to {environment}", Phase.DEPLOY, detail=why)
        result = await workflow.execute_activity_method(
            DeployActivities.run_hook,
            DeployInput(
                incident_id=self._input.incident_id,
                environment=environment,
                action=action,
                hotfix_ref=ref,
                hook=hook,
                log_dir=self._input.artifacts_dir,
                secret_env=[r.token_env for r in self._input.repos if r.token_env],
                secret_files=[r.token_file for r in self._input.repos if r.token_file],
            ),
            start_to_close_timeout=timedelta(seconds=hook.timeout_seconds + 30),
            heartbeat_timeout=timedelta(seconds=20),
            retry_policy=DEPLOY_RETRY,
            summary=f"{action} {ref[:12]} to {environment}",
        )
        if action == DeployAction.ROLLBACK:
            self._state.counters.rollbacks += 1
        elif environment == "production":
            self._state.counters.deploys += 1
        else:
            self._state.counters.staging_deploys += 1
        detail = f"{why}; {result.detail}" if why else result.detail
        self._timeline.end(step, StepOutcome.OK if result.ok else StepOutcome.FAILED, detail)
        if action == DeployAction.ROLLBACK and not result.ok:
            self._state.open_items.append(f"rollback of {ref} failed: {result.detail}; production may run it")
        return result

    async def _run_backfill(self, backfill: BackfillInput) -> BackfillResult:
        mode = "dry run" if backfill.dry_run else "apply"
        step = self._timeline.begin(f"backfill {mode}", Phase.BACKFILL)
        result = await workflow.execute_child_workflow(
            BackfillWorkflow.run,
            BackfillState(input=backfill),
            id=names.backfill_workflow_id(workflow.info().workflow_id, backfill.dry_run),
            static_summary=f"backfill {mode} for {self._input.incident_id}",
        )
        counts = result.counts
        self._state.counters.events_scanned = counts.scanned
        self._state.counters.violations = counts.violations
        self._timeline.end(
            step,
            StepOutcome.OK,
            f"{counts.scanned} scanned, {counts.violations} violations, {counts.corrections_written} written",
        )
        return result
