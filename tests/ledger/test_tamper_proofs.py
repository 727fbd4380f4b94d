"""A proof document relabelled: every inclusion proof still holds, but for entries of another subject, purpose
or seq than the document names. check-proof (and the audit witness, which reads it) must refuse it."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.ledger import Ledger, merkle
from optout_recall.ledger.checkpoint import SubjectProofs
from optout_recall.ledger.proofs import verify_subject_proofs
from optout_recall.ledger.signing import raw_public_key

from .conftest import entry


@pytest.fixture
async def proved(ledger: Ledger) -> SubjectProofs:
    await ledger.append([entry(i) for i in range(20)])
    await ledger.checkpoint()
    found = await ledger.prove("subject-3", "sale")
    assert found is not None and len(found.proofs) == 4
    return found


def test_the_document_as_printed_holds(proved: SubjectProofs, signing_key: Ed25519PrivateKey) -> None:
    assert len(verify_subject_proofs(proved, raw_public_key(signing_key.public_key()))) == 4


@pytest.mark.parametrize(
    ("change", "refusal"),
    [
        ({"subject_id": "subject-1"}, "an entry of subject 'subject-3', not of 'subject-1'"),
        ({"subject_id": "subject-3 "}, "an entry of subject 'subject-3', not of 'subject-3 '"),
        ({"purpose": "sharing"}, "an entry for purpose 'sale', not 'sharing'"),
    ],
)
def test_a_relabelled_document_is_refused(
    proved: SubjectProofs, signing_key: Ed25519PrivateKey, change: dict[str, str], refusal: str
) -> None:
    with pytest.raises(merkle.ProofError, match=refusal):
        verify_subject_proofs(proved.model_copy(update=change), raw_public_key(signing_key.public_key()))


def test_a_leaf_that_is_not_an_entry_message_is_refused(
    proved: SubjectProofs, signing_key: Ed25519PrivateKey
) -> None:
    """A leaf whose bytes are not UTF-8 (or not eleven fields) names no subject at all."""
    proof = proved.proofs[0]
    raw = base64.b64decode(proof.leaf) + b"\xff"
    bad = proof.model_copy(update={"leaf": base64.b64encode(raw).decode()})
    with pytest.raises(merkle.ProofError, match="is not an entry's canonical message"):
        verify_subject_proofs(
            proved.model_copy(update={"proofs": [bad]}), raw_public_key(signing_key.public_key())
        )


def test_a_leaf_that_is_not_base64_is_a_proof_error_not_a_crash(
    proved: SubjectProofs, signing_key: Ed25519PrivateKey
) -> None:
    bad = proved.proofs[0].model_copy(update={"leaf": "abc"})
    with pytest.raises(merkle.ProofError, match="the leaf or a path node is not base64"):
        verify_subject_proofs(
            proved.model_copy(update={"proofs": [bad]}), raw_public_key(signing_key.public_key())
        )
