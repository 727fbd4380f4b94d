"""What an audit bundle is: an in-toto Statement v1 in a DSSE envelope, and the key that signs it.

The statement's subjects are every other file in the bundle, by path relative to it, with its SHA-256; its
predicate (type `PREDICATE_TYPE`, published JSON Schema `recall-evidence.schema.json`) names the recall, the
histories and the approval envelopes. `export.py` writes a bundle and `verify.py` checks one; both agree on
the file names and the models here. Regenerate the schema with `python -m optout_recall.audit.manifest`.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from hashlib import sha256
from pathlib import Path
from typing import Final, Literal

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict, Field

from optout_recall.gates.keys import load_private_key, new_key_pair

STATEMENT = "attestation.dsse.json"  # the DSSE envelope around the bundle's statement
WITNESS = "ledger/witness.json"  # the ledger's proof that it logged the statement, added after signing
UNLISTED = (STATEMENT, WITNESS)  # the only files the statement cannot list
PREDICATE_TYPE: Final = "https://optout-recall.invalid/recall-evidence/v1"
PREDICATE_SCHEMA = "recall-evidence.schema.json"
PREDICATE_SCHEMA_PATH = Path(__file__).with_name(PREDICATE_SCHEMA)
APPROVALS_DIR = "approvals"


class BundleError(ValueError):
    """Not a bundle at all (bad input, exit 2); a bundle that fails its checks is a VerifyOutcome instead."""


class Subject(BaseModel):
    """An in-toto ResourceDescriptor: one file of the bundle."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(description="the file's path relative to the bundle")
    digest: dict[str, str] = Field(description="{'sha256': hex digest of the file}")


class ManifestHistory(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str
    workflow_id: str
    run_id: str


class ApprovalEnvelope(BaseModel):
    """One gate request approved by a quorum: a DSSE envelope signed by each approver's own key."""

    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="the envelope's path relative to the bundle")
    step: str
    request_id: str
    threshold: int = Field(description="the quorum the recall required")
    signers: list[str] = Field(description="roster names of the approvers whose signatures it carries")


class EvidencePredicate(BaseModel):
    """The recall-evidence predicate: which recall this bundle is evidence of, and how to read it."""

    model_config = ConfigDict(extra="forbid")
    incident_id: str
    workflow_id: str
    run_id: str
    created_at: datetime
    public_key: str = Field(description="the exporter's raw Ed25519 public key, hex (pin it out of band)")
    notes: list[str] = Field(default_factory=list)
    histories: list[ManifestHistory]
    approvals: list[ApprovalEnvelope] = Field(default_factory=list)


class BundleStatement(BaseModel):
    """in-toto Statement v1 (https://in-toto.io/Statement/v1) with the recall-evidence predicate."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    type: Literal["https://in-toto.io/Statement/v1"] = Field(
        default="https://in-toto.io/Statement/v1", alias="_type"
    )
    subject: list[Subject]
    predicateType: Literal["https://optout-recall.invalid/recall-evidence/v1"] = PREDICATE_TYPE
    predicate: EvidencePredicate

    def payload(self) -> bytes:
        """The bytes the envelope signs: sorted, compact JSON (DSSE signs bytes, so any fixed form works)."""
        document = self.model_dump(mode="json", by_alias=True)
        return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()

    def digests(self) -> dict[str, str]:
        return {subject.name: subject.digest.get("sha256", "") for subject in self.subject}


def statement_digest(payload: bytes) -> str:
    """What the ledger logs for a bundle: the SHA-256 of its signed statement."""
    return sha256(payload).hexdigest()


def predicate_schema() -> dict[str, object]:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://optout-recall.invalid/schemas/recall-evidence-v1.json",
        "description": f"The predicate of in-toto Statements of predicateType {PREDICATE_TYPE}",
        **EvidencePredicate.model_json_schema(mode="serialization"),
    }


def predicate_schema_text() -> str:
    return json.dumps(predicate_schema(), indent=2, sort_keys=True) + "\n"


def default_key_path() -> Path:
    return Path(os.environ.get("RECALL_STATE_DIR", ".recall")) / "keys" / "recall-signing.key"


def signing_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The bundle signing key at `path`, made (0600) when it does not exist yet; True when it was made."""
    created = False
    if not path.exists():
        new_key_pair(path)
        created = True
    return load_private_key(path), created


if __name__ == "__main__":
    PREDICATE_SCHEMA_PATH.write_text(predicate_schema_text())
    print(f"wrote {PREDICATE_SCHEMA_PATH}")
