"""DSSE's published test vectors (secure-systems-lab/dsse testvectors/) through the verifier `recall audit
verify` uses, which leaves the PAE, the signatures and the threshold to securesystemslib."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from optout_recall.audit import dsse

VECTORS = json.loads((Path(__file__).parents[1] / "data" / "dsse_vectors.json").read_text())["vectors_json"]


def _decode(text: str) -> bytes:
    return base64.b64decode(
        text + "=" * (-len(text) % 4), altchars=b"-_" if "-" in text or "_" in text else None
    )


@pytest.mark.parametrize("vector", VECTORS["vectors"], ids=lambda v: v["id"])
def test_dsse_vector(vector: dict[str, Any]) -> None:
    trusted = {name: VECTORS["keys"][name]["public"] for name in vector["trustedKeys"]}
    envelope = vector["envelope"]

    def verify() -> dsse.VerifiedEnvelope:
        return dsse.verify_envelope(
            json.loads(json.dumps(envelope)),
            trusted,
            threshold=vector["threshold"],
            payload_types=vector["supportedPayloadTypes"],
        )

    if vector["expect"] == "reject":
        with pytest.raises(dsse.EnvelopeRejected):
            verify()
        return
    verified = verify()
    assert verified.payload == _decode(envelope["payload"])
    assert len(set(verified.key_ids)) >= vector["threshold"]
    assert dsse.pae(envelope["payloadType"], verified.payload).hex() == vector["pae"]


def test_an_envelope_signed_here_verifies_and_one_changed_byte_does_not() -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from optout_recall.gates.approvals import public_key_hex

    key = Ed25519PrivateKey.generate()
    public = public_key_hex(key)
    document = dsse.sign_envelope(b'{"_type":"https://in-toto.io/Statement/v1"}', [key])
    assert dsse.verify_envelope(document, {dsse.key_id(public): public}).payload.startswith(b'{"_type"')
    document["payload"] = base64.b64encode(b'{"_type":"https://in-toto.io/Statement/v2"}').decode()
    with pytest.raises(dsse.EnvelopeRejected, match="no signature verifies"):
        dsse.verify_envelope(document, {dsse.key_id(public): public})
