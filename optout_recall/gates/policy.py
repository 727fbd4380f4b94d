"""Which decisions, proposals and cancellations a recall accepts, as pure functions of what it has recorded.

The workflow's update validators call these and raise the reason they return, so a refused act never enters
history; the handlers call `deciding_role` to record under which role an accepted decision was made. Nothing
here reads a clock or the network: the workflow passes `now` in, which keeps every answer replayable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from optout_recall.gates.approvals import (
    approval_signature_valid,
    cancel_message,
    message_for,
    proposal_message,
    signature_valid,
)
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
    run_id: str
    now: datetime
    pending: PendingApproval | None
    roster: Mapping[str, Person]
    decisions: Sequence[RecordedDecision]
    commander: str
    max_decision_age_seconds: float
    proposals: Sequence[HotfixProposal] = ()
    cancel: CancelDecision | None = None

    def recorded(self, decision: GateDecision) -> RecordedDecision | None:
        """The decision already recorded for this very statement, if any: a resent update is answered again."""
        same = (decision.nonce, decision.signature, decision.request_id, decision.run_id)
        return next(
            (d for d in self.decisions if (d.nonce, d.signature, d.request_id, d.run_id) == same), None
        )

    def nonce_used(self, nonce: str) -> bool:
        used = [d.nonce for d in self.decisions] + [p.nonce for p in self.proposals]
        return nonce in used or (self.cancel is not None and self.cancel.nonce == nonce)


def _binding_refusal(
    kind: str, ctx: GateContext, run_id: str, nonce: str, signed_at: datetime | None
) -> str | None:
    """What every signed statement must satisfy: this run, a fresh nonce, a time within the allowed age."""
    if signed_at is None or len(nonce) < 16:
        return f"the {kind} is not signed (no nonce or signing time); sign it with the recall CLI"
    if run_id != ctx.run_id:
        return f"the {kind} is signed for run {run_id or '(none)'}, not this recall's run {ctx.run_id}"
    if ctx.nonce_used(nonce):
        return f"nonce already used: a replayed {kind} is refused"
    age = (ctx.now - signed_at).total_seconds()
    if age > ctx.max_decision_age_seconds:
        return f"{kind} signed {int(age)} s ago; older than the allowed {int(ctx.max_decision_age_seconds)} s"
    if age < -CLOCK_SKEW_SECONDS:
        return f"{kind} signed {int(-age)} s in the future; check the signer's clock"
    return None


def _signature_refusal(kind: str, ctx: GateContext, actor: str, message: bytes, signature: str) -> str | None:
    person = ctx.roster.get(actor)
    if person is None:
        return f"{actor} is not on this recall's roster"
    if not person.public_key:
        return f"{actor} has no public key in the roster; every {kind} must be signed"
    if not signature_valid(person.public_key, message, signature):
        return (
            f"bad signature: the {kind} does not verify under {actor}'s key "
            "(forged, altered, or signed for another recall, run or request)"
        )
    return None


def approvals_for(pending: PendingApproval, decisions: Iterable[RecordedDecision]) -> list[str]:
    """Who has approved the pending request so far, in order."""
    return [d.actor for d in decisions if d.pending_request_id == pending.request_id and d.approve]


def decision_refusal(decision: GateDecision, ctx: GateContext) -> str | None:
    """Why `decision` must be refused, or None. The very statement already recorded is accepted again."""
    if ctx.recorded(decision) is not None:
        return None
    if ctx.nonce_used(decision.nonce):
        return "nonce already used: a replayed decision is refused"
    pending = ctx.pending
    if pending is None or pending.step != decision.step:
        waiting = f"pending: {pending.step}" if pending else "nothing is pending"
        return f"step {decision.step} is not waiting for a decision ({waiting})"
    if decision.request_id != pending.request_id:
        return f"the decision answers request {decision.request_id}, but the pending request is {pending.request_id}"
    if decision.step == GateStep.HOTFIX and pending.hotfix_ref is None:
        return "no hotfix is proposed yet; propose one first (recall propose-hotfix)"
    refusal = _binding_refusal("decision", ctx, decision.run_id, decision.nonce, decision.signed_at) or (
        _signature_refusal(
            "decision", ctx, decision.actor, message_for(decision, ctx.workflow_id), decision.signature
        )
    )
    if refusal is not None:
        return refusal
    person = ctx.roster[decision.actor]
    if decision.approval_signature and not approval_signature_valid(
        decision, ctx.workflow_id, person.public_key or ""
    ):
        return f"bad signature: the approval's DSSE statement does not verify under {decision.actor}'s key"
    if not decision.reason.strip():
        return "every decision needs a reason"
    if decision.hotfix_ref != pending.hotfix_ref:
        return f"decision is for hotfix {decision.hotfix_ref} but {pending.hotfix_ref} is pending"
    if decision.break_glass:
        if Role.COMMANDER not in person.roles or decision.step != GateStep.HOTFIX:
            return "break-glass is a commander's approval of the hotfix only"
        if pending.escalations < 1:
            return "break-glass is allowed only after the gate has escalated unanswered"
        if decision.actor in _authors(pending, ctx):
            return f"{decision.actor} wrote or proposed hotfix {pending.hotfix_ref}; break-glass cannot approve it"
    elif not any(role in person.roles for role in pending.roles):
        return (
            f"{decision.actor} ({', '.join(person.roles)}) cannot decide {decision.step}; "
            f"it needs {' or '.join(pending.roles)}"
        )
    if decision.step == GateStep.HOTFIX and decision.approve and not decision.break_glass:
        if decision.actor == ctx.commander:
            return "the commander who started the recall cannot approve its hotfix"
        if decision.actor in _authors(pending, ctx):
            return f"{decision.actor} wrote or proposed hotfix {pending.hotfix_ref} and cannot approve it"
    if decision.actor in approvals_for(pending, ctx.decisions):
        return f"{decision.actor} already approved this step; the quorum needs another person"
    return None


def _authors(pending: PendingApproval, ctx: GateContext) -> set[str]:
    """Who wrote the pending hotfix (as its git host says) or proposed it: none of them may approve it."""
    proposers = {p.actor for p in ctx.proposals if p.hotfix_ref == pending.hotfix_ref}
    return (
        proposers
        | set(pending.hotfix_authors)
        | ({pending.hotfix_author} if pending.hotfix_author else set())
    )


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


def proposal_refusal(proposal: HotfixProposal, ctx: GateContext, tried_refs: set[str]) -> str | None:
    """Why a proposal must be refused, or None. The very statement already recorded is accepted again."""
    if any(p.nonce == proposal.nonce and p.signature == proposal.signature for p in ctx.proposals):
        return None
    pending = ctx.pending
    if pending is None or pending.step != GateStep.HOTFIX or pending.hotfix_ref is not None:
        return "the recall is not waiting for a new hotfix"
    if proposal.request_id != pending.request_id:
        return f"the proposal answers request {proposal.request_id}, but the pending request is {pending.request_id}"
    refusal = _binding_refusal("proposal", ctx, proposal.run_id, proposal.nonce, proposal.signed_at) or (
        _signature_refusal(
            "proposal", ctx, proposal.actor, proposal_message(proposal, ctx.workflow_id), proposal.signature
        )
    )
    if refusal is not None:
        return refusal
    person = ctx.roster[proposal.actor]
    if not ({Role.COMMANDER, Role.ON_CALL} & set(person.roles)):
        return f"{proposal.actor} may not propose a hotfix (needs commander or on-call)"
    if not proposal.reason.strip():
        return "a hotfix proposal needs a reason"
    if proposal.hotfix_ref in tried_refs:
        return f"hotfix {proposal.hotfix_ref} was already tried in this recall"
    return None


def cancel_refusal(cancel: CancelDecision, ctx: GateContext, phase: Phase) -> str | None:
    if ctx.cancel is not None and ctx.cancel.signature == cancel.signature:
        return None
    refusal = _binding_refusal("cancel", ctx, cancel.run_id, cancel.nonce, cancel.signed_at) or (
        _signature_refusal(
            "cancel", ctx, cancel.actor, cancel_message(cancel, ctx.workflow_id), cancel.signature
        )
    )
    if refusal is not None:
        return refusal
    if Role.COMMANDER not in ctx.roster[cancel.actor].roles:
        return f"{cancel.actor} is not a commander of this recall; only a commander can cancel"
    if phase in (Phase.UNFREEZE, Phase.AUDIT, Phase.DONE):
        return f"the recall is already finishing ({phase})"
    return None
