"""Signed approvals: who decided what, provable offline.

Temporal records whatever identity a client claims, so a decision is signed with the approver's Ed25519 key
over a canonical message that binds it to one recall (workflow id), one step, one hotfix ref, one nonce and one
time. The workflow's validator checks it against the roster's public keys before it can enter history; the
audit bundle checks it again, offline, from the recorded decision alone.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from optout_recall.payloads import GateDecision, GateStep, RecordedDecision

MESSAGE_VERSION = "optout-recall/decision/v1"


def decision_message(
    *,
    workflow_id: str,
    step: str,
    approve: bool,
    actor: str,
    reason: str,
    hotfix_ref: str | None,
    nonce: str,
    signed_at: datetime,
    break_glass: bool,
) -> bytes:
    """The exact bytes that are signed: canonical JSON, sorted keys, UTC time to the microsecond."""
    body = {
        "v": MESSAGE_VERSION,
        "workflow_id": workflow_id,
        "step": str(step),
        "decision": "approve" if approve else "reject",
        "actor": actor,
        "reason": reason,
        "hotfix_ref": hotfix_ref,
        "nonce": nonce,
        "signed_at": signed_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        "break_glass": break_glass,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def message_for(decision: GateDecision | RecordedDecision, workflow_id: str) -> bytes:
    return decision_message(
        workflow_id=workflow_id,
        step=decision.step,
        approve=decision.approve,
        actor=decision.actor,
        reason=decision.reason,
        hotfix_ref=decision.hotfix_ref,
        nonce=decision.nonce,
        signed_at=decision.signed_at,
        break_glass=decision.break_glass,
    )


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


def sign_decision(
    key: Ed25519PrivateKey,
    *,
    workflow_id: str,
    step: GateStep,
    approve: bool,
    actor: str,
    reason: str,
    hotfix_ref: str | None = None,
    break_glass: bool = False,
    signed_at: datetime | None = None,
    nonce: str | None = None,
    request_id: str | None = None,
) -> GateDecision:
    """A decision ready for the `decide` update (or for `temporal workflow update execute --input`)."""
    nonce = nonce or secrets.token_hex(16)
    signed_at = (signed_at or datetime.now(UTC)).astimezone(UTC)
    message = decision_message(
        workflow_id=workflow_id,
        step=step,
        approve=approve,
        actor=actor,
        reason=reason,
        hotfix_ref=hotfix_ref,
        nonce=nonce,
        signed_at=signed_at,
        break_glass=break_glass,
    )
    return GateDecision(
        request_id=request_id or nonce,
        step=step,
        approve=approve,
        actor=actor,
        reason=reason,
        hotfix_ref=hotfix_ref,
        nonce=nonce,
        signed_at=signed_at,
        break_glass=break_glass,
        signature=key.sign(message).hex(),
    )


def public_key_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
