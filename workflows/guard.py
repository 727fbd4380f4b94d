"""The guard: one scheduled run of continuous validation, or one rehearsal of the staging rollback.

A check runs the scenario library on every channel (verdicts stay in the guard's state directory), alerts on
each scenario that flipped from pass to fail, alerts once on each requirement taking effect soon, and then,
as `open_recall` says, does nothing, waits for the commander's signed decision, or starts a recall from the
template spec with the failing scenarios as its reproduction set. A rehearsal deploys the current release to
staging, rolls it back, and checks the rollback with probes.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.workflow import ParentClosePolicy

with workflow.unsafe.imports_passed_through():
    from activities.deploys import DeployActivities
    from activities.guard import GuardActivities
    from activities.probes import ProbeActivities
    from optout_recall import guard as guard_names
    from optout_recall import names
    from optout_recall.errors import ErrorType
    from optout_recall.guard.decision import AskContext, open_recall_refusal
    from optout_recall.payloads import DeployAction, DeployInput, DeployResult, ProbeRunInput, Verdict
    from optout_recall.payloads.guard import (
        GuardAlertInput,
        GuardCheckInput,
        GuardCheckResult,
        GuardInput,
        GuardRunSummary,
        GuardTask,
        OpenRecall,
        OpenRecallDecision,
        RehearsalInput,
        UpcomingFinding,
        WatchInput,
    )

CHECK_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_attempts=3,
    non_retryable_error_types=[ErrorType.BAD_CHANNELS, ErrorType.UNKNOWN_SCENARIO, ErrorType.BAD_GUARD],
)
ALERT_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2),
    maximum_attempts=5,
    non_retryable_error_types=[ErrorType.WEBHOOK_REFUSED, ErrorType.BAD_WEBHOOK],
)
HOOK_RETRY = RetryPolicy(initial_interval=timedelta(seconds=5), maximum_attempts=3)
AlertDetails = dict[str, str | int | bool | list[str]]


@workflow.defn(name=guard_names.GUARD_WORKFLOW)
class GuardWorkflow:
    """Started by the guard's Temporal Schedule (overlap: skip), or by `recall guard trigger`."""

    @workflow.init
    def __init__(self, input: GuardInput) -> None:
        self._input = input
        self._summary = GuardRunSummary(name=input.name, task=input.task, run_id=workflow.info().workflow_id)
        self._decision: OpenRecallDecision | None = None

    @workflow.run
    async def run(self, input: GuardInput) -> GuardRunSummary:
        if input.task == GuardTask.REHEARSE:
            await self._rehearse()
        else:
            check = await self._check()
            await self._watch()
            if check.regressions and input.open_recall != OpenRecall.NEVER:
                await self._what_next(check)
        await workflow.wait_condition(workflow.all_handlers_finished)
        return self._summary

    @workflow.query(name=guard_names.STATUS_QUERY)
    def status(self) -> GuardRunSummary:
        return self._summary

    @workflow.update(name=guard_names.DECIDE_UPDATE)
    def decide(self, decision: OpenRecallDecision) -> str:
        if self._decision is None:
            self._decision = decision
            self._summary.pending_request = None
        return "approve" if self._decision.approve else "reject"

    @decide.validator
    def _validate_decide(self, decision: OpenRecallDecision) -> None:
        refusal = open_recall_refusal(
            decision,
            AskContext(
                workflow_id=workflow.info().workflow_id,
                run_id=workflow.info().first_execution_run_id,
                now=workflow.now(),
                pending_request=self._summary.pending_request,
                commander=self._input.commander,
                commander_public_key=self._input.commander_public_key,
                recorded=self._decision,
            ),
        )
        if refusal:
            raise ValueError(refusal)

    # ------------------------------------------------------------------ the check

    async def _check(self) -> GuardCheckResult:
        workflow.set_current_details(
            f"guard {self._input.name}: probing {len(self._input.channels)} channel(s)"
        )
        check = await workflow.execute_activity_method(
            GuardActivities.check_channels,
            GuardCheckInput(guard=self._input, run_id=self._summary.run_id, started_at=workflow.now()),
            start_to_close_timeout=timedelta(minutes=30),
            heartbeat_timeout=timedelta(minutes=2),
            retry_policy=CHECK_RETRY,
            summary="run the scenario library on every channel",
        )
        self._summary.check = check
        for flip in check.regressions:
            await self._alert(
                f"regression:{check.run_id}:{flip.channel}:{flip.scenario}",
                "regression",
                f":rotating_light: Guard {self._input.name}: scenario `{flip.scenario}` on channel `{flip.channel}` "
                f"flipped from pass to fail: {flip.reason}. Reproduce: {flip.reproduction}",
                {
                    "scenario": flip.scenario,
                    "channel": flip.channel,
                    "reason": flip.reason,
                    "transcript_path": flip.transcript_path,
                    "transcript_sha256": flip.transcript_sha256,
                    "reproduction": flip.reproduction,
                    "run_id": check.run_id,
                    "record_path": check.record_path,
                },
            )
        return check

    async def _watch(self) -> None:
        if not self._input.jurisdictions:
            return
        watched = await workflow.execute_activity_method(
            GuardActivities.watch_requirements,
            WatchInput(guard=self._input, run_id=self._summary.run_id, now=workflow.now()),
            start_to_close_timeout=timedelta(minutes=15),
            retry_policy=CHECK_RETRY,
            summary="requirements taking effect soon",
        )
        self._summary.upcoming = watched.findings
        for finding in watched.findings:
            await self._alert(
                finding.key,
                "upcoming_requirement",
                _upcoming_text(self._input.name, finding),
                {
                    "jurisdiction": finding.jurisdiction,
                    "citation": finding.citation,
                    "takes_effect_at": finding.takes_effect_at.isoformat(),
                    "days_left": finding.days_left,
                    "complies_on_day_one": finding.complies,
                    "scenarios": finding.scenarios,
                    "failing": finding.failing,
                },
            )

    # ------------------------------------------------------------------ what next

    async def _what_next(self, check: GuardCheckResult) -> None:
        if self._input.open_recall == OpenRecall.ASK:
            request_id = str(workflow.uuid4())
            self._summary.pending_request = request_id
            command = (
                f"recall guard decide {self._summary.run_id} --request {request_id} --approve|--reject "
                f"--as {self._input.commander} --reason TEXT"
            )
            workflow.set_current_details(f"waiting for {self._input.commander} to decide: {command}")
            await self._alert(
                f"ask:{request_id}",
                "decision_needed",
                f"Guard {self._input.name}: {', '.join(check.failing)} failing. Open a recall? {command}",
                {
                    "request_id": request_id,
                    "run_id": self._summary.run_id,
                    "commander": self._input.commander,
                    "command": command,
                },
            )
            try:
                await workflow.wait_condition(
                    lambda: self._decision is not None,
                    timeout=timedelta(seconds=self._input.ask_timeout_seconds),
                    timeout_summary="the commander's decision to open a recall",
                )
            except TimeoutError:
                self._summary.pending_request = None
                self._summary.decision = "no decision in time"
                await self._alert(
                    f"ask-expired:{request_id}",
                    "decision_expired",
                    f"Guard {self._input.name}: {self._input.commander} did not decide in time; no recall opened.",
                    {"request_id": request_id},
                )
                return
            assert self._decision is not None
            self._summary.decision = (
                f"{'approved' if self._decision.approve else 'rejected'} by {self._decision.actor}"
            )
            if not self._decision.approve:
                return
        await self._open_recall(check)

    async def _open_recall(self, check: GuardCheckResult) -> None:
        template = self._input.template
        assert template is not None
        incident_id = f"{template.incident_id}-guard-{workflow.now().strftime('%Y%m%dT%H%M%S')}"
        scenarios = sorted({flip.scenario for flip in check.regressions})
        recall = template.model_copy(
            update={
                "incident_id": incident_id,
                "title": f"Guard {self._input.name}: {', '.join(scenarios)} failing",
                "scenarios": scenarios,
                "artifacts_dir": f"{template.artifacts_dir}/{incident_id}",
            }
        )
        handle = await workflow.start_child_workflow(
            names.RECALL_WORKFLOW,
            recall,
            id=names.recall_workflow_id(incident_id),
            task_queue=workflow.info().task_queue,
            parent_close_policy=ParentClosePolicy.ABANDON,
            static_summary=f"Recall {incident_id} opened by guard {self._input.name}",
        )
        self._summary.recall_workflow_id = handle.id
        await self._alert(
            f"recall:{incident_id}",
            "recall_started",
            f"Guard {self._input.name} started recall {incident_id} to reproduce {', '.join(scenarios)}",
            {"recall_workflow_id": handle.id, "scenarios": scenarios},
        )

    # ------------------------------------------------------------------ the rehearsal

    async def _rehearse(self) -> None:
        staging = self._input.staging
        assert staging is not None
        started = workflow.now()
        before = await self._probe_staging("before-deploy")
        deployed = await self._hook(DeployAction.DEPLOY)
        rolled_back = await self._hook(DeployAction.ROLLBACK) if deployed.ok else None
        after = await self._probe_staging("after-rollback") if rolled_back and rolled_back.ok else before
        detail = f"deploy: {deployed.detail}; rollback: {rolled_back.detail if rolled_back else 'not run'}"
        self._summary.rehearsal = await workflow.execute_activity_method(
            GuardActivities.record_rehearsal,
            RehearsalInput(
                guard=self._input.name,
                state_dir=self._input.state_dir,
                started_at=started,
                finished_at=workflow.now(),
                deploy_ok=deployed.ok,
                rollback_ok=bool(rolled_back and rolled_back.ok),
                detail=detail,
                baseline_failing=before,
                after_failing=after,
            ),
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=ALERT_RETRY,
        )
        if not self._summary.rehearsal.passed:
            await self._alert(
                f"rehearsal:{self._summary.run_id}",
                "rehearsal_failed",
                f":warning: Guard {self._input.name}: the rollback rehearsal failed ({self._summary.rehearsal.detail})",
                {"detail": self._summary.rehearsal.detail},
            )

    async def _probe_staging(self, label: str) -> list[str]:
        assert self._input.staging is not None
        result = await workflow.execute_activity_method(
            ProbeActivities.run_scenarios,
            ProbeRunInput(
                incident_id=f"guard-{self._input.name}",
                label=f"{self._summary.run_id}-{label}",
                channels=self._input.staging.channels,
                scenarios=self._input.scenarios,
                artifacts_dir=f"{self._input.state_dir}/artifacts",
            ),
            start_to_close_timeout=timedelta(minutes=30),
            heartbeat_timeout=timedelta(minutes=2),
            retry_policy=CHECK_RETRY,
            summary=f"staging probes {label}",
        )
        return sorted(f"{v.channel}/{v.scenario}" for v in result.verdicts if v.verdict != Verdict.PASS)

    async def _hook(self, action: DeployAction) -> DeployResult:
        assert self._input.staging is not None
        hook = self._input.staging.deploy if action == DeployAction.DEPLOY else self._input.staging.rollback
        return await workflow.execute_activity_method(
            DeployActivities.run_hook,
            DeployInput(
                incident_id=f"guard-{self._input.name}",
                environment="staging",
                action=action,
                hotfix_ref=self._input.staging.release,
                hook=hook,
                log_dir=f"{self._input.state_dir}/hooks",
            ),
            start_to_close_timeout=timedelta(seconds=hook.timeout_seconds + 60),
            heartbeat_timeout=timedelta(seconds=30),
            retry_policy=HOOK_RETRY,
            summary=f"rehearsal: {action} on staging",
        )

    async def _alert(self, key: str, kind: str, text: str, details: AlertDetails) -> None:
        await workflow.execute_activity_method(
            GuardActivities.send_alert,
            GuardAlertInput(
                guard=self._input.name,
                key=key,
                kind=kind,
                text=text,
                details=details,
                webhook=self._input.webhook,
                webhook_format=self._input.webhook_format,
                webhook_env=self._input.webhook_env,
                webhook_file=self._input.webhook_file,
                token_env=self._input.token_env,
                token_file=self._input.token_file,
                state_dir=self._input.state_dir,
            ),
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=ALERT_RETRY,
            summary=f"alert: {kind}",
        )


def _upcoming_text(guard: str, finding: UpcomingFinding) -> str:
    verdict = (
        "no scenario checks it yet"
        if not finding.scenarios
        else "the service complies on day one"
        if finding.complies
        else f"the service will NOT comply on day one ({', '.join(finding.failing)})"
    )
    return (
        f":calendar: Guard {guard}: a requirement takes effect in {finding.jurisdiction} on "
        f"{finding.takes_effect_at.date()} ({finding.days_left} days): {finding.citation}. {verdict}."
    )
