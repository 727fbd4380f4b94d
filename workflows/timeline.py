"""The recall's timeline and phase, kept in its state: what a person watching `recall status` reads."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

from temporalio import workflow
from temporalio.exceptions import ActivityError, ChildWorkflowError

from optout_recall import names
from optout_recall.gates.next_commands import next_commands

with workflow.unsafe.imports_passed_through():
    from optout_recall.payloads import Phase, RecallState, StepOutcome, TimelineStep


T = TypeVar("T")


class Timeline:
    """Steps begin and end at workflow time; a phase change is also a search attribute."""

    def __init__(self, state: RecallState) -> None:
        self._state = state

    def enter(self, phase: Phase) -> None:
        """Set the phase, and make it searchable (`recall list`, the Web UI's filters)."""
        if self._state.phase != phase:
            self._state.phase = phase
            workflow.upsert_search_attributes([names.PHASE_ATTRIBUTE.value_set(str(phase))])
        self.show()

    def show(self) -> None:
        """What the Temporal Web UI shows as current details: the phase, who must act next, the command."""
        workflow.set_current_details(current_details(self._state))

    def begin(self, name: str, phase: Phase | None = None, detail: str = "") -> TimelineStep:
        step = TimelineStep(
            step=name, phase=phase or self._state.phase, started_at=workflow.now(), detail=detail
        )
        self._state.timeline.append(step)
        return step

    async def fact(
        self, name: str, read: Awaitable[T], phase: Phase | None = None
    ) -> tuple[TimelineStep, T] | None:
        """A fact the recall reads (an activity, `read`) as a step the caller ends with its outcome. A fact
        that cannot be read ends the step as failed, saying so, and gives None: the recall goes on."""
        step = self.begin(name, phase)
        try:
            return step, await read
        except ActivityError as err:
            self.end(step, StepOutcome.FAILED, f"not known: {describe_failure(err)}")
            return None

    def end(self, step: TimelineStep, outcome: StepOutcome, detail: str = "") -> None:
        step.ended_at = workflow.now()
        step.outcome = outcome
        if detail:
            step.detail = detail

    def point(self, name: str, outcome: StepOutcome, actor: str = "optout-recall", detail: str = "") -> None:
        """A step with no duration: a decision, a proposal, a cancel request."""
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


def describe_failure(err: BaseException) -> str:
    """The innermost message of a Temporal failure chain, which is the one a person can act on."""
    cause: BaseException | None = err
    message = str(err)
    while cause is not None:
        if str(cause) and not isinstance(cause, ActivityError | ChildWorkflowError):
            message = str(cause)
        cause = cause.__cause__
    return message


def current_details(state: RecallState) -> str:
    """Markdown for the Web UI: the phase and, while people are awaited, the exact next command."""
    lines = [f"**Recall {state.incident_id}** · phase **{state.phase}** · {state.outcome}"]
    pending = state.pending
    if pending is None:
        lines.append("Nobody needs to act; follow it with `recall status " + state.incident_id + " --watch`.")
        return "\n\n".join(lines)
    who = ", ".join(pending.waiting_on) or "nobody on the roster"
    lines.append(f"**Waiting on:** {who} ({' or '.join(pending.roles)}) · request `{pending.request_id}`")
    lines.append(pending.prompt)
    lines.extend(f"`{command}`" for command in next_commands(state.incident_id, pending))
    if pending.next_escalation_at is not None:
        lines.append(f"Escalates at {pending.next_escalation_at:%Y-%m-%d %H:%M:%S} UTC.")
    return "\n\n".join(lines)
