"""Waiting on people: one pending request at a time, reminded, escalated, and failed at its deadline.

`RecallWorkflow` asks through `PeopleGate` and its update validators judge answers against
`PeopleGate.context()`, so the policy in `optout_recall.gates.policy` sees exactly what the gate recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError, FailureError

from optout_recall.errors import ErrorType
from optout_recall.gates.policy import GateContext, gate_decided
from workflows.retries import NOTIFY_RETRY
from workflows.timeline import Timeline

with workflow.unsafe.imports_passed_through():
    from activities.notify import NotifyActivities
    from optout_recall.payloads import (
        EscalationInput,
        EscalationResult,
        GateStep,
        HotfixCommit,
        PendingApproval,
        RecallInput,
        RecallState,
        RecordedDecision,
        Role,
        StepOutcome,
    )


# Patch: an escalation that cannot be delivered no longer fails the recall.
ESCALATION_SURVIVES_PATCH = "escalation-survives"


class PeopleGate:
    """Asks people for a decision or a new hotfix, holding nothing the recall's state does not hold."""

    def __init__(self, input: RecallInput, state: RecallState, timeline: Timeline) -> None:
        self._input = input
        self._state = state
        self._timeline = timeline
        self.roster = {person.name: person for person in input.people}

    def context(self) -> GateContext:
        return GateContext(
            workflow_id=workflow.info().workflow_id,
            run_id=self._state.run_id,
            now=workflow.now(),
            pending=self._state.pending,
            roster=self.roster,
            decisions=self._state.decisions,
            commander=self._input.commander,
            max_decision_age_seconds=self._input.max_decision_age_seconds,
            proposals=self._state.proposals,
            cancel=self._state.cancel,
        )

    def tried_refs(self) -> set[str]:
        return {d.hotfix_ref for d in self._state.decisions if d.hotfix_ref} | {self._input.hotfix_ref}

    async def decision(
        self,
        step: GateStep,
        prompt: str,
        roles: list[Role],
        hotfix_ref: str | None = None,
        hotfix_authors: list[str] | None = None,
        hotfix_commits: list[HotfixCommit] | None = None,
    ) -> RecordedDecision:
        """Wait until one person rejects, or the step's quorum of distinct people approves (or break-glass).

        `hotfix_authors` are the roster people the git hosts name as the commit's author: never asked.
        `hotfix_commits` are the hosts' own reports of the commit (author, diff stat), shown with the request.
        """
        quorum = max(1, self._input.quorum.get(str(step), 1))
        author = self._author_of(step, hotfix_ref)
        excluded = {author, *(hotfix_authors or [])}
        pending = self._pending(
            step,
            prompt if quorum == 1 else f"{prompt} ({quorum} approvals needed)",
            roles,
            [p for p in self._people_with(roles) if p not in excluded],
            hotfix_ref=hotfix_ref,
            hotfix_author=author,
            hotfix_authors=list(hotfix_authors or []),
            hotfix_commits=list(hotfix_commits or []),
            quorum=quorum,
        )
        await self._wait(pending, lambda: gate_decided(pending, self._state.decisions))
        decisions = [d for d in self._state.decisions if d.pending_request_id == pending.request_id]
        final = next((d for d in decisions if not d.approve or d.break_glass), decisions[-1])
        for decision in decisions:
            outcome = StepOutcome.APPROVED if decision.approve else StepOutcome.REJECTED
            flag = "BREAK-GLASS " if decision.break_glass else ""
            self._timeline.point(f"{flag}{step} decision", outcome, decision.actor, decision.reason)
        return final

    async def new_hotfix(self, why: str) -> str:
        proposed_before = len(self._state.proposals)
        await self._wait(
            self._pending(
                GateStep.HOTFIX,
                f"{why}. Propose a new hotfix ref (recall propose-hotfix).",
                [Role.COMMANDER, Role.ON_CALL],
                self._people_with([Role.COMMANDER, Role.ON_CALL]),
            ),
            lambda: len(self._state.proposals) > proposed_before,
        )
        proposal = self._state.proposals[-1]
        self._timeline.point(
            f"propose hotfix {proposal.hotfix_ref[:12]}", StepOutcome.OK, proposal.actor, proposal.reason
        )
        return proposal.hotfix_ref

    def _pending(
        self, step: GateStep, prompt: str, roles: list[Role], waiting_on: list[str], **details: object
    ) -> PendingApproval:
        """A new request for people, with an id of its own that every answer to it carries."""
        return PendingApproval(
            step=step,
            prompt=prompt,
            roles=list(roles),
            waiting_on=waiting_on,
            since=workflow.now(),
            request_id=str(workflow.uuid4()),
            **details,  # type: ignore[arg-type]
        )

    def _author_of(self, step: GateStep, hotfix_ref: str | None) -> str | None:
        if step != GateStep.HOTFIX or hotfix_ref is None:
            return None
        proposal = next((p for p in reversed(self._state.proposals) if p.hotfix_ref == hotfix_ref), None)
        if proposal is not None:
            return proposal.actor
        return self._input.hotfix_author if hotfix_ref == self._input.hotfix_ref else None

    def _people_with(self, roles: list[Role]) -> list[str]:
        return [p.name for p in self._input.people if any(role in p.roles for role in roles)]

    async def _wait(self, pending: PendingApproval, done: Callable[[], bool]) -> None:
        """Wait on a durable timer; remind and escalate at intervals; fail the step at the deadline."""
        first_wait = timedelta(seconds=self._input.approval_timeout_seconds)
        interval = timedelta(seconds=self._input.escalation_interval_seconds)
        deadline = pending.since + timedelta(seconds=self._input.approval_deadline_seconds)
        pending.next_escalation_at = pending.since + first_wait
        self._state.pending = pending
        self._timeline.show()
        while not done():
            now = workflow.now()
            wake_at = min(pending.next_escalation_at or deadline, deadline)
            wait = max(wake_at - now, timedelta(seconds=1))
            contacts = ", ".join(self._input.escalation_contacts) or ", ".join(pending.waiting_on)
            summary = (
                f"deadline for {pending.step} in {_minutes(wait)}"
                if wake_at >= deadline
                else f"escalate {pending.step} to {contacts} in {_minutes(wait)}"
            )
            try:
                await workflow.wait_condition(done, timeout=wait, timeout_summary=summary)
            except TimeoutError:
                if workflow.now() >= deadline:
                    self._state.pending = None
                    self._timeline.point(
                        f"{pending.step} decision", StepOutcome.TIMED_OUT, detail="deadline passed"
                    )
                    raise ApplicationError(
                        f"no decision on {pending.step} from {', '.join(pending.waiting_on)} by the deadline",
                        type=ErrorType.APPROVAL_DEADLINE,
                        non_retryable=True,
                    ) from None
                await self._escalate(pending)
                pending.next_escalation_at = min(workflow.now() + interval, deadline)
                self._timeline.show()
        self._state.pending = None
        self._timeline.show()

    async def _escalate(self, pending: PendingApproval) -> None:
        """Tell the contacts; an escalation that cannot be delivered is shown, and the gate waits on."""
        pending.escalations += 1
        step = self._timeline.begin(f"escalate {pending.step} #{pending.escalations}")
        try:
            result = await self._notify(pending)
        except ActivityError as failure:
            if not workflow.patched(ESCALATION_SURVIVES_PATCH):
                raise
            # A webhook that refuses or a worker without its variable must not end the recall: the people it
            # waits on can still decide, and the deadline still fails the gate. The timeline shows why.
            cause = failure.cause.message if isinstance(failure.cause, FailureError) else failure.message
            self._timeline.end(step, StepOutcome.FAILED, f"escalation not delivered: {cause}")
            workflow.logger.warning("escalation of %s not delivered: %s", pending.step, cause)
            return
        self._timeline.end(
            step, StepOutcome.ESCALATED, f"notified {', '.join(result.delivered_to) or 'nobody'}"
        )

    async def _notify(self, pending: PendingApproval) -> EscalationResult:
        return await workflow.execute_activity_method(
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
                webhook_env=self._input.escalation_webhook_env,
                webhook_file=self._input.escalation_webhook_file,
                token_env=self._input.escalation_token_env,
                token_file=self._input.escalation_token_file,
            ),
            start_to_close_timeout=timedelta(seconds=30),
            retry_policy=NOTIFY_RETRY,
            summary=f"escalate {pending.step}",
        )


def _minutes(span: timedelta) -> str:
    minutes = round(span.total_seconds() / 60)
    return f"{minutes}m" if minutes < 120 else f"{minutes / 60:g}h"
