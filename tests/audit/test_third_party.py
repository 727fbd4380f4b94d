"""An exported bundle checked the way an auditor without optout-recall would: the `in-toto` package's own
verification of the DSSE envelope under the key `recall audit export` printed, each subject's SHA-256, and the
predicate against the JSON Schema the bundle carries. Nothing from optout_recall is imported here."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from in_toto.exceptions import SignatureVerificationError
from in_toto.models.metadata import Envelope, Metadata
from securesystemslib.signer import Key, SSlibKey

from tests.audit.conftest import FinishedRecall

pytestmark = pytest.mark.devserver


def in_toto_key(public_hex: str) -> dict[str, object]:
    """The pinned hex key in the key format in-toto verifies with (its key id as securesystemslib makes it)."""
    key = SSlibKey.from_crypto(Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)))
    return {"keyid": key.keyid, **key.to_dict()}


def third_party_verify(bundle: Path, public_hex: str) -> dict[str, Any]:
    metadata = Metadata.load(str(bundle / "attestation.dsse.json"))
    assert isinstance(metadata, Envelope)  # in-toto recognises an in-toto DSSE envelope
    metadata.verify_signature(in_toto_key(public_hex))  # raises SignatureVerificationError
    statement = json.loads(metadata.payload)
    assert statement["_type"] == "https://in-toto.io/Statement/v1"
    names = set()
    for subject in statement["subject"]:
        data = (bundle / subject["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == subject["digest"]["sha256"], subject["name"]
        names.add(subject["name"])
    on_disk = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert on_disk - names <= {"attestation.dsse.json", "ledger/witness.json"}
    schema = json.loads((bundle / "recall-evidence.schema.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(statement["predicate"])
    assert statement["predicateType"] == "https://optout-recall.invalid/recall-evidence/v1"
    return statement


async def test_in_toto_alone_verifies_an_exported_bundle(finished_recall: FinishedRecall) -> None:
    statement = third_party_verify(finished_recall.bundle, finished_recall.public_key)
    assert statement["predicate"]["incident_id"] == finished_recall.world.incident_id
    assert "report.json" in {s["name"] for s in statement["subject"]}


async def test_in_toto_refuses_a_changed_statement_and_another_key(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle"
    shutil.copytree(finished_recall.bundle, bundle)
    envelope = json.loads((bundle / "attestation.dsse.json").read_text())
    statement = json.loads(base64.b64decode(envelope["payload"]))
    statement["predicate"]["notes"].append("nothing happened")
    envelope["payload"] = base64.b64encode(json.dumps(statement).encode()).decode()
    (bundle / "attestation.dsse.json").write_text(json.dumps(envelope))
    with pytest.raises(SignatureVerificationError):
        third_party_verify(bundle, finished_recall.public_key)

    other = Ed25519PublicKey.from_public_bytes(bytes(range(32))).public_bytes_raw().hex()
    with pytest.raises(SignatureVerificationError):
        third_party_verify(finished_recall.bundle, other)


async def test_securesystemslib_alone_checks_each_quorum_approval_envelope(
    finished_recall: FinishedRecall,
) -> None:
    from securesystemslib.dsse import Envelope as DsseEnvelope

    bundle = finished_recall.bundle
    statement = third_party_verify(bundle, finished_recall.public_key)
    approvals = statement["predicate"]["approvals"]
    assert {a["step"] for a in approvals} == {"hotfix", "backfill-apply"}, approvals
    people = yaml.safe_load(finished_recall.world.spec_path.read_text())["people"]
    roster: list[Key] = [
        SSlibKey.from_crypto(Ed25519PublicKey.from_public_bytes(bytes.fromhex(person["public_key"])))
        for person in people
    ]
    for approval in approvals:
        envelope = DsseEnvelope.from_dict(json.loads((bundle / approval["path"]).read_text()))
        accepted = envelope.verify(roster, approval["threshold"])
        assert len(accepted) >= approval["threshold"]
        approved = json.loads(envelope.payload)
        assert approved["predicateType"] == "https://optout-recall.invalid/recall-approval/v1"
        assert approved["predicate"]["step"] == approval["step"]
