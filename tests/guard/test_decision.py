"""Only the template's commander, signing for this run's request, decides whether a recall opens."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.gates.approvals import public_key_hex
from optout_recall.guard.decision import AskContext, open_recall_refusal, sign_open_recall

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
ALICE = Ed25519PrivateKey.generate()


def ctx(**changes: object) -> AskContext:
    base: dict[str, object] = {
        "workflow_id": "guard-g-run-1",
        "run_id": "run-1",
        "now": NOW,
        "pending_request": "req-1",
        "commander": "alice",
        "commander_public_key": public_key_hex(ALICE),
        "recorded": None,
    }
    return AskContext(**{**base, **changes})  # type: ignore[arg-type]


def signed(key: Ed25519PrivateKey = ALICE, **changes: object):  # type: ignore[no-untyped-def]
    args: dict[str, object] = {
        "workflow_id": "guard-g-run-1",
        "run_id": "run-1",
        "request_id": "req-1",
        "approve": True,
        "actor": "alice",
        "reason": "regression confirmed",
        "signed_at": NOW,
    }
    return sign_open_recall(key, **{**args, **changes})  # type: ignore[arg-type]


def test_the_commanders_signed_decision_is_accepted() -> None:
    assert open_recall_refusal(signed(), ctx()) is None


@pytest.mark.parametrize(
    ("decision", "context", "reason"),
    [
        (lambda: signed(actor="bob"), {}, "bob is not the commander (alice)"),
        (lambda: signed(Ed25519PrivateKey.generate()), {}, "does not verify under alice's public key"),
        (lambda: signed().model_copy(update={"approve": False}), {}, "does not verify"),
        (lambda: signed(request_id="req-0"), {}, "answers request req-0, but this run waits on req-1"),
        (lambda: signed(run_id="run-0"), {}, "signed for run run-0"),
        (lambda: signed(workflow_id="guard-g-run-2"), {}, "does not verify"),
        (lambda: signed(signed_at=NOW - timedelta(hours=2)), {}, "older than the allowed"),
        (lambda: signed(signed_at=NOW + timedelta(hours=1)), {}, "in the future"),
        (lambda: signed(), {"pending_request": None}, "not waiting for a decision"),
    ],
)
def test_everything_else_is_refused(decision, context, reason) -> None:  # type: ignore[no-untyped-def]
    refusal = open_recall_refusal(decision(), ctx(**context))
    assert refusal is not None and reason in refusal


def test_a_resent_decision_is_answered_again_and_another_is_refused() -> None:
    first = signed()
    assert open_recall_refusal(first, ctx(recorded=first)) is None
    assert "already recorded" in (open_recall_refusal(signed(approve=False), ctx(recorded=first)) or "")
