"""The consent ledger witnesses every exported bundle: the digest of its signed statement is logged there.

`recall audit export` appends one entry per bundle, subject `bundle:<workflow id>`, purpose `audit_bundle`,
the statement's SHA-256 in its channel metadata (the entry's choice, source and jurisdiction carry no consent
meaning: opt_in, api, ZZ). The ledger is an RFC 9162 Merkle log, so a bundle an insider re-signs after export
has a digest the log never saw: `recall audit verify --ledger-checkpoint FILE` (FILE: what
`recall ledger prove --subject bundle:<workflow id>` prints, or the bundle's own `ledger/witness.json`) checks
the checkpoint's signature, every inclusion proof, and that this bundle's digest is among the logged ones,
naming the bundles logged for the recall when it is not.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import ValidationError

from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.manifest import PREDICATE_TYPE, WITNESS, BundleStatement
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.checkpoint import NoteError, SubjectProofs
from optout_recall.ledger.merkle import ProofError
from optout_recall.ledger.proofs import leaf_fields, verify_subject_proofs
from optout_recall.ledger.signing import key_id
from optout_recall.payloads import Choice, ConsentSource

WITNESS_PURPOSE = "audit_bundle"


def witness_subject(workflow_id: str) -> str:
    return f"bundle:{workflow_id}"


@dataclass(frozen=True)
class Logged:
    seq: int
    proofs: SubjectProofs | None  # with a ledger key: the proofs against the checkpoint signed right after


async def log_bundle(
    ledger_url: str,
    statement: BundleStatement,
    digest: str,
    ledger_key: Ed25519PrivateKey | None,
    out_dir: Path,
) -> Logged:
    """Append the bundle's digest to the ledger; with the ledger's key, sign a checkpoint covering it and
    write the proofs into the bundle (`ledger/witness.json`, which the statement cannot list)."""
    predicate = statement.predicate
    entry = LedgerEntryInput(
        subject_id=witness_subject(predicate.workflow_id),
        purpose=WITNESS_PURPOSE,
        choice=Choice.OPT_IN,
        source=ConsentSource.API,
        jurisdiction="ZZ",
        observed_at=datetime.now(UTC),
        idempotency_key=f"audit-bundle:{digest}",
        channel_metadata={
            "statement_sha256": digest,
            "predicate_type": PREDICATE_TYPE,
            "incident_id": predicate.incident_id,
            "run_id": predicate.run_id,
        },
    )
    async with Ledger.open_existing(ledger_url, read_only=False, signing_key=ledger_key) as ledger:
        [seq] = await ledger.append([entry])
        if ledger_key is None:
            return Logged(seq, None)
        await ledger.checkpoint()
        proofs = await ledger.prove(entry.subject_id, WITNESS_PURPOSE)
    assert proofs is not None  # a checkpoint was just signed
    (out_dir / WITNESS).parent.mkdir(parents=True, exist_ok=True)
    (out_dir / WITNESS).write_text(proofs.model_dump_json(indent=2) + "\n")
    return Logged(seq, proofs)


def logged_digests(proofs: SubjectProofs) -> list[tuple[int, str]]:
    """(seq, statement digest) of every bundle the proofs show logged, read from each leaf."""
    logged = []
    for proof in proofs.proofs:
        fields = leaf_fields(base64.b64decode(proof.leaf))
        if fields is None or fields[3] != WITNESS_PURPOSE or not fields[10]:
            continue
        try:
            metadata = json.loads(fields[10])
        except ValueError:
            continue
        if isinstance(metadata, dict) and isinstance(metadata.get("statement_sha256"), str):
            logged.append((proof.seq, metadata["statement_sha256"]))
    return logged


def check_witness(
    path: Path,
    digest: str,
    workflow_id: str,
    pinned_ledger_key: str | None,
    outcome: VerifyOutcome,
) -> None:
    """The bundle's statement digest is in the ledger, by proofs checked against a signed checkpoint."""
    what = "ledger witness"
    try:
        proofs = SubjectProofs.model_validate_json(path.read_bytes())
    except (OSError, ValidationError) as exc:
        outcome.add(what, False, f"{path}: not the output of `recall ledger prove` ({type(exc).__name__})")
        return
    key = pinned_ledger_key or proofs.public_key
    try:
        verify_subject_proofs(proofs, key)
    except (NoteError, ProofError, ValueError) as exc:
        outcome.add(what, False, f"{path}: {exc}")
        return
    subject = witness_subject(workflow_id)
    if proofs.subject_id != subject:
        outcome.add(what, False, f"{path} proves entries of {proofs.subject_id}, not of {subject}")
        return
    size = proofs.checkpoint.split("\n")[1]
    logged = logged_digests(proofs)
    mine = [seq for seq, logged_digest in logged if logged_digest == digest]
    if not mine:
        others = ", ".join(f"{d[:16]}... at seq {seq}" for seq, d in logged) or "none"
        outcome.add(
            what,
            False,
            f"this bundle's statement (sha256 {digest[:16]}...) is not in the ledger's checkpoint of size {size}; "
            f"the ledger logged for this recall: {others} (re-signed after export, or never exported)",
        )
        return
    outcome.add(
        what,
        True,
        f"statement sha256 {digest[:16]}... logged at seq {mine[0]}, included in the checkpoint of size {size}",
    )
    if pinned_ledger_key is None:
        outcome.unverified(
            "ledger key pinned",
            f"UNVERIFIED: the checkpoint was checked against the key {path.name} names, {key_id(key)}; "
            "pin the ledger's key with --ledger-public-key",
        )
    else:
        outcome.add("ledger key pinned", True, f"checkpoint signed by the pinned ledger key {key_id(key)}")
