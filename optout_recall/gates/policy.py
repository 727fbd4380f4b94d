"""Which decisions, proposals and cancellations a recall accepts, as pure functions of what it has recorded.

The workflow's update validators call these and raise the reason they return, so a refused act never enters
history; the handlers call `deciding_role` to record under which role an accepted decision was made. Nothing
here reads a clock or the network: the workflow passes `now` in, which keeps every answer replayable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from optout_recall.gates.approvals import message_for, signature_valid
from optout_recall.payloads import (
    CancelDecision,
    GateDecision,
    GateStep,
    HotfixProposal,
    PendingApproval,
    Person,
    Phase,
    RecordedDecision,
    Role,
)

CLOCK_SKEW_SECONDS = 120
BREAK_GLASS_ROLE = "commander (break-glass)"


@dataclass(frozen=True)
class GateContext:
    """What a recall knows when a decision arrives."""

    workflow_id: str
    now: datetime
    pending: PendingApproval | None
    roster: Mapping[str, Person]
    decisions: Sequence[RecordedDecision]
    commander: str
    max_decision_age_seconds: float

    def recorded(self, request_id: str) -> RecordedDecision | None:
        return next((d for d in self.decisions if d.request_id == request_id), None)


def approvals_for(pending: PendingApproval, decisions: Iterable[RecordedDecision]) -> list[str]:
    """Who has approved the pending request so far, in order."""
    return [d.actor for d in decisions if d.pending_request_id == pending.request_id and d.approve]


def decision_refusal(decision: GateDecision, ctx: GateContext) -> str | None:
    """Why `decision` must be refused, or None. A repeat of a recorded request is accepted (idempotent)."""
    earlier = ctx.recorded(decision.request_id)
    if earlier is not None:
        if earlier.signature != decision.signature:
            return f"request id {decision.request_id} was already used for another decision"
        return None
    if any(d.nonce == decision.nonce for d in ctx.decisions):
        return "nonce already used: a replayed decision is refused"
    pending = ctx.pending
    if pending is None or pending.step != decision.step:
        waiting = f"pending: {pending.step}" if pending else "nothing is pending"
        return f"step {decision.step} is not waiting for a decision ({waiting})"
    if decision.step == GateStep.HOTFIX and pending.hotfix_ref is None:
        return "no hotfix is proposed yet; propose one first (recall propose-hotfix)"
    person = ctx.roster.get(decision.actor)
    if person is None:
        return f"{decision.actor} is not on this recall's roster"
    if not person.public_key:
        return f"{decision.actor} has no public key in the roster; decisions must be signed"
    if not signature_valid(person.public_key, message_for(decision, ctx.workflow_id), decision.signature):
        return (
            f"bad signature: the decision does not verify under {decision.actor}'s key "
            "(forged, altered, or signed for another recall)"
        )
    age = (ctx.now - decision.signed_at).total_seconds()
    if age > ctx.max_decision_age_seconds:
        return (
            f"decision signed {int(age)} s ago; older than the allowed {int(ctx.max_decision_age_seconds)} s"
        )
    if age < -CLOCK_SKEW_SECONDS:
        return f"decision signed {int(-age)} s in the future; check the signer's clock"
    if not decision.reason.strip():
        return "every decision needs a reason"
    if decision.hotfix_ref != pending.hotfix_ref:
        return f"decision is for hotfix {decision.hotfix_ref} but {pending.hotfix_ref} is pending"
    if decision.break_glass:
        if Role.COMMANDER not in person.roles or decision.step != GateStep.HOTFIX:
            return "break-glass is a commander's approval of the hotfix only"
        if pending.escalations < 1:
            return "break-glass is allowed only after the gate has escalated unanswered"
    elif not any(role in person.roles for role in pending.roles):
        return (
            f"{decision.actor} ({', '.join(person.roles)}) cannot decide {decision.step}; "
            f"it needs {' or '.join(pending.roles)}"
        )
    if decision.step == GateStep.HOTFIX and decision.approve and not decision.break_glass:
        if decision.actor == ctx.commander:
            return "the commander who started the recall cannot approve its hotfix"
        if decision.actor == pending.hotfix_author:
            return f"{decision.actor} wrote hotfix {pending.hotfix_ref} and cannot approve it"
    if decision.actor in approvals_for(pending, ctx.decisions):
        return f"{decision.actor} already approved this step; the quorum needs another person"
    return None


def deciding_role(decision: GateDecision, person: Person, pending: PendingApproval) -> str:
    """The role under which an accepted decision was made, as the report names it."""
    if decision.break_glass:
        return BREAK_GLASS_ROLE
    return next(role for role in pending.roles if role in person.roles)


def gate_decided(pending: PendingApproval, decisions: Sequence[RecordedDecision]) -> bool:
    """One rejection or break-glass ends the gate; otherwise it waits for `quorum` distinct approvers."""
    mine = [d for d in decisions if d.pending_request_id == pending.request_id]
    if any(not d.approve or d.break_glass for d in mine):
        return True
    return len(set(approvals_for(pending, mine))) >= pending.quorum


def proposal_refusal(
    proposal: HotfixProposal,
    pending: PendingApproval | None,
    roster: Mapping[str, Person],
    tried_refs: set[str],
) -> str | None:
    if pending is None or pending.step != GateStep.HOTFIX or pending.hotfix_ref is not None:
        return "the recall is not waiting for a new hotfix"
    person = roster.get(proposal.actor)
    if person is None or not ({Role.COMMANDER, Role.ON_CALL} & set(person.roles)):
        return f"{proposal.actor} may not propose a hotfix (needs commander or on-call)"
    if not proposal.reason.strip():
        return "a hotfix proposal needs a reason"
    if proposal.hotfix_ref in tried_refs:
        return f"hotfix {proposal.hotfix_ref} was already tried in this recall"
    return None


def cancel_refusal(decision: CancelDecision, roster: Mapping[str, Person], phase: Phase) -> str | None:
    person = roster.get(decision.actor)
    if person is None or Role.COMMANDER not in person.roles:
        return f"{decision.actor} is not a commander of this recall; only a commander can cancel"
    if phase in (Phase.UNFREEZE, Phase.AUDIT, Phase.DONE):
        return f"the recall is already finishing ({phase})"
    return None
