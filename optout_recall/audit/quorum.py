"""Each gate request a quorum approved, as one DSSE envelope with one signature per approver.

Every approver signs, besides their own statement, the same in-toto Statement about the request
(`gates.approvals.approval_statement`). The bundle carries one envelope per approved request holding all those
signatures, so DSSE tooling checks the quorum as a threshold over the roster's keys. Export builds the
envelopes from the decisions recorded in history; verify builds them again from history and holds the bundle's
copies to them, with securesystemslib counting the threshold.
"""

from __future__ import annotations

import base64
import json
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from securesystemslib.dsse import Envelope
from securesystemslib.signer import Signature
from temporalio.client import WorkflowHistory

from optout_recall.audit import history as hist
from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.dsse import IN_TOTO_PAYLOAD_TYPE, EnvelopeRejected, key_id, verify_envelope
from optout_recall.audit.manifest import APPROVALS_DIR, ApprovalEnvelope
from optout_recall.gates.approvals import approval_statement
from optout_recall.payloads import RecallInput, RecordedDecision

_NO_DSSE = "approved without a DSSE signature (a client older than DSSE approvals)"


def approval_envelopes(
    decisions: Sequence[RecordedDecision], recall_input: RecallInput, workflow_id: str
) -> list[tuple[ApprovalEnvelope, dict[str, Any]]]:
    """One envelope per request that reached its quorum (or a break-glass approval), in history order."""
    groups: dict[str, list[RecordedDecision]] = {}
    for decision in decisions:
        if decision.approve:
            groups.setdefault(decision.pending_request_id or decision.request_id, []).append(decision)
    envelopes = []
    for request_id, group in groups.items():
        step = str(group[0].step)
        threshold = 1 if any(d.break_glass for d in group) else max(1, recall_input.quorum.get(step, 1))
        if len({d.actor for d in group}) < threshold:
            continue  # not approved: the gate was rejected or timed out before the quorum
        envelope = Envelope(
            payload=approval_statement(group[0], workflow_id),
            payload_type=IN_TOTO_PAYLOAD_TYPE,
            signatures={},
        )
        signers = []
        for decision in group:
            if decision.approval_signature:
                keyid = key_id(decision.public_key)
                envelope.signatures[keyid] = Signature(keyid, decision.approval_signature)
                signers.append(decision.actor)
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", f"{step}-{request_id}")
        entry = ApprovalEnvelope(
            path=f"{APPROVALS_DIR}/{safe}.dsse.json",
            step=step,
            request_id=request_id,
            threshold=threshold,
            signers=signers,
        )
        envelopes.append((entry, envelope.to_dict()))
    return envelopes


def write_approval_envelopes(
    out_dir: Path, parent: WorkflowHistory | None, workflow_id: str, notes: list[str]
) -> list[ApprovalEnvelope]:
    if parent is None:
        return []
    written = []
    for entry, envelope in approval_envelopes(
        hist.recorded_decisions(parent), hist.recall_input(parent), workflow_id
    ):
        if not entry.signers:
            notes.append(f"approval of {entry.step} (request {entry.request_id}): {_NO_DSSE}; no envelope")
            continue
        (out_dir / entry.path).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / entry.path).write_text(json.dumps(envelope, indent=2) + "\n")
        written.append(entry)
    return written


def check_approval_envelopes(
    bundle: Path, listed: Sequence[ApprovalEnvelope], parent: WorkflowHistory, outcome: VerifyOutcome
) -> None:
    """Each quorum approval in history has its envelope, and it meets the quorum under the roster's keys."""
    recall_input = hist.recall_input(parent)
    workflow_id = hist.started_attributes(parent).workflow_id or f"recall-{recall_input.incident_id}"
    roster = {key_id(p.public_key): p.public_key for p in recall_input.people if p.public_key}
    by_request = {entry.request_id: entry for entry in listed}
    listings = Counter(entry.request_id for entry in listed)
    for request_id, times in listings.items():
        if times > 1:  # one of them would go unchecked
            outcome.add(
                f"approval envelope (request {request_id})", False, f"listed {times} times in the statement"
            )
    expected = approval_envelopes(hist.recorded_decisions(parent), recall_input, workflow_id)
    good = 0
    for wanted, rebuilt in expected:
        label = f"approval envelope {wanted.step} (request {wanted.request_id})"
        if not wanted.signers:
            outcome.unverified(label, f"every approver {_NO_DSSE}; their own signatures are checked below")
            continue
        entry = by_request.pop(wanted.request_id, None)
        if entry is None:
            outcome.add(
                label, False, "the quorum approved this request in history; the bundle has no envelope"
            )
            continue
        if misstated := _misstated(entry, wanted):
            outcome.add(label, False, misstated)
            continue
        try:
            document = json.loads((bundle / entry.path).read_text())
            verified = verify_envelope(document, roster, threshold=min(wanted.threshold, len(wanted.signers)))
        except (OSError, ValueError) as exc:  # EnvelopeRejected is a ValueError
            reason = str(exc) if isinstance(exc, EnvelopeRejected) else f"unreadable: {exc}"
            outcome.add(label, False, f"{entry.path}: {reason}")
            continue
        if verified.payload != base64.b64decode(rebuilt["payload"]):
            outcome.add(label, False, f"{entry.path} is not the statement the approvers signed in history")
            continue
        if len(wanted.signers) < wanted.threshold:
            outcome.unverified(
                label,
                f"{len(verified.key_ids)} of the quorum of {wanted.threshold} signed the DSSE statement; "
                f"the others {_NO_DSSE}",
            )
            continue
        good += 1
        outcome.add(
            label,
            True,
            f"{len(verified.key_ids)} roster keys signed; securesystemslib checked the quorum of "
            f"{wanted.threshold} as the DSSE threshold",
        )
    for entry in by_request.values():
        outcome.add(
            f"approval envelope {entry.path}", False, "history shows no quorum approval of that request"
        )
    if expected and good == len(expected):
        outcome.add("approval envelopes", True, f"{good} quorum approvals verify as DSSE envelopes")


def _misstated(entry: ApprovalEnvelope, wanted: ApprovalEnvelope) -> str | None:
    """What the statement says about an envelope besides its file, held to what history gives: the file is
    checked as a DSSE envelope, but these fields are what a reader of the statement takes for the quorum."""
    if entry.step != wanted.step:
        return f"the statement lists step {entry.step}, history {wanted.step}"
    if entry.threshold != wanted.threshold:
        return f"the statement lists a quorum of {entry.threshold}, history {wanted.threshold}"
    if entry.signers != wanted.signers:
        return f"the statement lists signers {entry.signers}, history {wanted.signers}"
    if entry.path != wanted.path:
        return f"the statement lists the envelope at {entry.path}, export writes it at {wanted.path}"
    return None
