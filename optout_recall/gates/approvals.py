"""Signed statements: every act of a person that changes a recall, provable offline.

Temporal records whatever identity a client claims, so each act (a gate decision, a hotfix proposal, a
cancellation) is signed with the person's Ed25519 key over one canonical statement. It binds the act to one
recall (workflow id and first execution run id), to the one request it answers (the id the workflow issued
with the pending approval), to the step, the verdict and the full commit SHA, and to a nonce and a time. The
workflow's validators check it against the roster's keys before it can enter history; the audit bundle checks
it again, offline, from the recorded statement alone.

Decisions recorded before statements were bound to a run (no `run_id`) verify under the older decision
message, so old evidence stays checkable; validators never accept that form for a new act.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from enum import StrEnum
from hashlib import sha256

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from securesystemslib.dsse import Envelope

from optout_recall.payloads import CancelDecision, GateDecision, GateStep, HotfixProposal, RecordedDecision

STATEMENT_VERSION = "optout-recall/statement/v2"
APPROVAL_PREDICATE_TYPE = "https://optout-recall.invalid/recall-approval/v1"
IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json"
LEGACY_DECISION_VERSION = "optout-recall/decision/v1"


class StatementKind(StrEnum):
    DECISION = "decision"
    PROPOSAL = "proposal"
    CANCEL = "cancel"


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _canonical(body: dict[str, object]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def statement_message(
    *,
    kind: StatementKind,
    workflow_id: str,
    run_id: str,
    request_id: str,
    step: str,
    verdict: str,
    actor: str,
    reason: str,
    commit: str | None,
    nonce: str,
    signed_at: datetime,
    break_glass: bool = False,
) -> bytes:
    """The exact bytes that are signed: canonical JSON, sorted keys, UTC time to the microsecond."""
    return _canonical(
        {
            "v": STATEMENT_VERSION,
            "kind": str(kind),
            "workflow_id": workflow_id,
            "run_id": run_id,
            "request_id": request_id,
            "step": str(step),
            "verdict": verdict,
            "actor": actor,
            "reason": reason,
            "commit": commit,
            "nonce": nonce,
            "signed_at": _timestamp(signed_at),
            "break_glass": break_glass,
        }
    )


def _legacy_decision_message(decision: GateDecision | RecordedDecision, workflow_id: str) -> bytes:
    return _canonical(
        {
            "v": LEGACY_DECISION_VERSION,
            "workflow_id": workflow_id,
            "step": str(decision.step),
            "decision": "approve" if decision.approve else "reject",
            "actor": decision.actor,
            "reason": decision.reason,
            "hotfix_ref": decision.hotfix_ref,
            "nonce": decision.nonce,
            "signed_at": _timestamp(decision.signed_at),
            "break_glass": decision.break_glass,
        }
    )


def message_for(decision: GateDecision | RecordedDecision, workflow_id: str) -> bytes:
    if not decision.run_id:
        return _legacy_decision_message(decision, workflow_id)
    return statement_message(
        kind=StatementKind.DECISION,
        workflow_id=workflow_id,
        run_id=decision.run_id,
        request_id=decision.request_id,
        step=decision.step,
        verdict="approve" if decision.approve else "reject",
        actor=decision.actor,
        reason=decision.reason,
        commit=decision.hotfix_ref,
        nonce=decision.nonce,
        signed_at=decision.signed_at,
        break_glass=decision.break_glass,
    )


def proposal_message(proposal: HotfixProposal, workflow_id: str) -> bytes:
    assert proposal.signed_at is not None
    return statement_message(
        kind=StatementKind.PROPOSAL,
        workflow_id=workflow_id,
        run_id=proposal.run_id,
        request_id=proposal.request_id,
        step=GateStep.HOTFIX,
        verdict="propose",
        actor=proposal.actor,
        reason=proposal.reason,
        commit=proposal.hotfix_ref,
        nonce=proposal.nonce,
        signed_at=proposal.signed_at,
    )


def cancel_message(cancel: CancelDecision, workflow_id: str) -> bytes:
    assert cancel.signed_at is not None
    return statement_message(
        kind=StatementKind.CANCEL,
        workflow_id=workflow_id,
        run_id=cancel.run_id,
        request_id="",
        step="",
        verdict="cancel",
        actor=cancel.actor,
        reason=cancel.reason,
        commit=None,
        nonce=cancel.nonce,
        signed_at=cancel.signed_at,
    )


def approval_statement(decision: GateDecision | RecordedDecision, workflow_id: str) -> bytes:
    """The in-toto Statement every approver of one request signs alike (DSSE, with `approval_pae`), so that a
    quorum's approval is one envelope with one signature per approver, and DSSE tooling checks the threshold.
    Who approved, why and when stay in each person's own statement (`message_for`)."""
    predicate: dict[str, object] = {
        "workflow_id": workflow_id,
        "run_id": decision.run_id,
        "request_id": decision.request_id,
        "step": str(decision.step),
        "verdict": "approve",
        "commit": decision.hotfix_ref,
    }
    digest = {"sha256": sha256(_canonical(predicate)).hexdigest()}
    if decision.hotfix_ref:
        digest["gitCommit"] = decision.hotfix_ref
    return _canonical(
        {
            "_type": "https://in-toto.io/Statement/v1",
            "subject": [{"name": f"{workflow_id}/{decision.step}/{decision.request_id}", "digest": digest}],
            "predicateType": APPROVAL_PREDICATE_TYPE,
            "predicate": predicate,
        }
    )


def approval_pae(statement: bytes) -> bytes:
    """What an approver's DSSE signature covers (securesystemslib's pre-authentication encoding)."""
    return Envelope(payload=statement, payload_type=IN_TOTO_PAYLOAD_TYPE, signatures={}).pae()


def approval_signature_valid(
    decision: GateDecision | RecordedDecision, workflow_id: str, public_key: str
) -> bool:
    message = approval_pae(approval_statement(decision, workflow_id))
    return signature_valid(public_key, message, decision.approval_signature)


def signature_valid(public_key_hex: str, message: bytes, signature_hex: str) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        key.verify(bytes.fromhex(signature_hex), message)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_recorded_decision(decision: RecordedDecision, workflow_id: str) -> bool:
    """Offline check for auditors: the recorded decision's signature under the key the roster held."""
    return signature_valid(decision.public_key, message_for(decision, workflow_id), decision.signature)


def _nonce_and_time(nonce: str | None, signed_at: datetime | None) -> tuple[str, datetime]:
    return nonce or secrets.token_hex(16), (signed_at or datetime.now(UTC)).astimezone(UTC)


def sign_decision(
    key: Ed25519PrivateKey,
    *,
    workflow_id: str,
    run_id: str,
    request_id: str,
    step: GateStep,
    approve: bool,
    actor: str,
    reason: str,
    hotfix_ref: str | None = None,
    break_glass: bool = False,
    signed_at: datetime | None = None,
    nonce: str | None = None,
) -> GateDecision:
    """A decision ready for the `decide` update (or for `temporal workflow update execute --input`)."""
    nonce, signed_at = _nonce_and_time(nonce, signed_at)
    unsigned = GateDecision(
        request_id=request_id,
        step=step,
        approve=approve,
        actor=actor,
        reason=reason,
        hotfix_ref=hotfix_ref,
        nonce=nonce,
        signed_at=signed_at,
        break_glass=break_glass,
        signature="",
        run_id=run_id,
    )
    signature = key.sign(message_for(unsigned, workflow_id)).hex()
    endorsed = key.sign(approval_pae(approval_statement(unsigned, workflow_id))).hex() if approve else ""
    return unsigned.model_copy(update={"signature": signature, "approval_signature": endorsed})


def sign_proposal(
    key: Ed25519PrivateKey,
    *,
    workflow_id: str,
    run_id: str,
    request_id: str,
    hotfix_ref: str,
    actor: str,
    reason: str,
    signed_at: datetime | None = None,
    nonce: str | None = None,
) -> HotfixProposal:
    nonce, signed_at = _nonce_and_time(nonce, signed_at)
    unsigned = HotfixProposal(
        request_id=request_id,
        hotfix_ref=hotfix_ref,
        actor=actor,
        reason=reason,
        run_id=run_id,
        nonce=nonce,
        signed_at=signed_at,
    )
    return unsigned.model_copy(update={"signature": key.sign(proposal_message(unsigned, workflow_id)).hex()})


def sign_cancel(
    key: Ed25519PrivateKey,
    *,
    workflow_id: str,
    run_id: str,
    actor: str,
    reason: str,
    signed_at: datetime | None = None,
    nonce: str | None = None,
) -> CancelDecision:
    nonce, signed_at = _nonce_and_time(nonce, signed_at)
    unsigned = CancelDecision(actor=actor, reason=reason, run_id=run_id, nonce=nonce, signed_at=signed_at)
    return unsigned.model_copy(update={"signature": key.sign(cancel_message(unsigned, workflow_id)).hex()})


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
