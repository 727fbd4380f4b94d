"""The commander's signed answer to "open a recall?", and the policy that accepts or refuses it.

It is the same signed statement as a recall's gate decisions (`optout_recall.gates.approvals`), bound to the
guard run's workflow id and run id, the request the run issued, and the step `open_recall`. As with the gates,
the workflow's validator calls `open_recall_refusal` with `now` passed in, so a refused act never reaches
history and every answer replays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.gates.approvals import StatementKind, _nonce_and_time, signature_valid, statement_message
from optout_recall.gates.policy import CLOCK_SKEW_SECONDS
from optout_recall.payloads.guard import OpenRecallDecision

STEP = "open_recall"
MAX_AGE_SECONDS = 3600.0


def decision_message(decision: OpenRecallDecision, workflow_id: str) -> bytes:
    return statement_message(
        kind=StatementKind.DECISION,
        workflow_id=workflow_id,
        run_id=decision.run_id,
        request_id=decision.request_id,
        step=STEP,
        verdict="approve" if decision.approve else "reject",
        actor=decision.actor,
        reason=decision.reason,
        commit=None,
        nonce=decision.nonce,
        signed_at=decision.signed_at,
    )


def sign_open_recall(
    key: Ed25519PrivateKey,
    *,
    workflow_id: str,
    run_id: str,
    request_id: str,
    approve: bool,
    actor: str,
    reason: str,
    signed_at: datetime | None = None,
    nonce: str | None = None,
) -> OpenRecallDecision:
    nonce, signed_at = _nonce_and_time(nonce, signed_at)
    unsigned = OpenRecallDecision(
        request_id=request_id,
        approve=approve,
        actor=actor,
        reason=reason,
        run_id=run_id,
        nonce=nonce,
        signed_at=signed_at,
        signature="",
    )
    return unsigned.model_copy(update={"signature": key.sign(decision_message(unsigned, workflow_id)).hex()})


@dataclass(frozen=True)
class AskContext:
    """What a guard run waiting for the commander knows when a decision arrives."""

    workflow_id: str
    run_id: str
    now: datetime
    pending_request: str | None
    commander: str
    commander_public_key: str
    recorded: OpenRecallDecision | None


def open_recall_refusal(decision: OpenRecallDecision, ctx: AskContext) -> str | None:
    """Why the decision is refused, or None: only the commander, signed, fresh, for this run's request."""
    if ctx.recorded is not None:
        if ctx.recorded.nonce == decision.nonce and ctx.recorded.signature == decision.signature:
            return None  # the same statement sent again is answered again
        return "this guard run has already recorded the commander's decision"
    if ctx.pending_request is None:
        return "this guard run is not waiting for a decision"
    if decision.request_id != ctx.pending_request:
        return (
            f"the decision answers request {decision.request_id}, but this run waits on {ctx.pending_request}"
        )
    if decision.actor != ctx.commander:
        return f"{decision.actor} is not the commander ({ctx.commander}) of this guard's template"
    if decision.run_id != ctx.run_id:
        return (
            f"the decision is signed for run {decision.run_id or '(none)'}, not this guard run {ctx.run_id}"
        )
    if len(decision.nonce) < 16:
        return "the decision is not signed (no nonce); sign it with: recall guard decide"
    age = (ctx.now - decision.signed_at).total_seconds()
    if age > MAX_AGE_SECONDS:
        return f"decision signed {int(age)} s ago; older than the allowed {int(MAX_AGE_SECONDS)} s"
    if age < -CLOCK_SKEW_SECONDS:
        return f"decision signed {int(-age)} s in the future; check the signer's clock"
    if not ctx.commander_public_key or not signature_valid(
        ctx.commander_public_key, decision_message(decision, ctx.workflow_id), decision.signature
    ):
        return f"the signature does not verify under {ctx.commander}'s public key in the template spec"
    return None
