"""DSSE envelopes, signed and checked by securesystemslib's DSSE code, so auditors can use the same tools.

The envelope's pre-authentication encoding, its Ed25519 signatures and the threshold count are all
securesystemslib's (`securesystemslib.dsse.Envelope`); this module only maps our raw hex Ed25519 keys to its
keys and applies the parts of the DSSE protocol that securesystemslib leaves to its caller: the verifier's
list of supported payload types, and a key id that is only a hint (absent, or naming no trusted key, the
signature is tried against every trusted key; each key still counts once towards the threshold).
"""

from __future__ import annotations

import binascii
import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from securesystemslib.dsse import Envelope
from securesystemslib.exceptions import FormatError, VerificationError
from securesystemslib.signer import CryptoSigner, Signature, SSlibKey

IN_TOTO_PAYLOAD_TYPE = "application/vnd.in-toto+json"
IN_TOTO_STATEMENT_TYPE = "https://in-toto.io/Statement/v1"


class EnvelopeRejected(ValueError):
    """An envelope that does not verify; the message says why, in one line."""


@dataclass(frozen=True)
class VerifiedEnvelope:
    payload: bytes
    payload_type: str
    key_ids: tuple[str, ...]  # the trusted keys whose signatures verified


def ssl_key(public_key_hex: str, key_id: str | None = None) -> SSlibKey:
    """Our raw Ed25519 public key (hex) as securesystemslib's key, with its default key id unless told."""
    return SSlibKey.from_crypto(Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex)), key_id)


def key_id(public_key_hex: str) -> str:
    """The key id securesystemslib and in-toto give this key: SHA-256 of its canonical JSON form."""
    return ssl_key(public_key_hex).keyid


def sign_envelope(
    payload: bytes, keys: Sequence[Ed25519PrivateKey], payload_type: str = IN_TOTO_PAYLOAD_TYPE
) -> dict[str, Any]:
    """A DSSE envelope over `payload` with one signature per key, as JSON-ready data."""
    envelope = Envelope(payload=payload, payload_type=payload_type, signatures={})
    for key in keys:
        envelope.sign(CryptoSigner(key))
    return envelope.to_dict()


def add_signature(document: Mapping[str, Any], key_id_: str, signature: bytes) -> dict[str, Any]:
    """The envelope with one more signature made elsewhere (an approver's own key), as JSON-ready data."""
    envelope = Envelope.from_dict(json.loads(json.dumps(document)))
    envelope.signatures[key_id_] = Signature(key_id_, signature.hex())
    return envelope.to_dict()


def pae(payload_type: str, payload: bytes) -> bytes:
    """What a DSSE signature covers (securesystemslib computes it)."""
    return Envelope(payload=payload, payload_type=payload_type, signatures={}).pae()


def verify_envelope(
    document: Any,
    trusted: Mapping[str, str],
    *,
    threshold: int = 1,
    payload_types: Collection[str] = (IN_TOTO_PAYLOAD_TYPE,),
) -> VerifiedEnvelope:
    """Check an envelope against `trusted` keys (key id -> raw Ed25519 public key, hex).

    EnvelopeRejected unless its payload type is one of `payload_types` and signatures by at least
    `threshold` distinct trusted keys verify.
    """
    try:
        payload_b64 = document["payload"]
        payload_type = document["payloadType"]
        raw_signatures = list(document["signatures"])
    except (KeyError, TypeError) as exc:
        raise EnvelopeRejected(f"not a DSSE envelope: {type(exc).__name__} {exc}") from exc
    if not isinstance(payload_type, str) or payload_type not in payload_types:
        raise EnvelopeRejected(f"payload type {payload_type!r} is not one this verifier accepts")
    keys = {name: ssl_key(public, name) for name, public in trusted.items()}
    if len(keys) < threshold:
        raise EnvelopeRejected(f"a threshold of {threshold} needs that many trusted keys, {len(keys)} given")
    resolved: dict[str, Signature] = {}
    payload = b""
    for raw in raw_signatures:
        hint = raw.get("keyid") if isinstance(raw, dict) else None
        candidates = [keys[hint]] if isinstance(hint, str) and hint in keys else list(keys.values())
        for key in candidates:
            if key.keyid in resolved:
                continue  # a key counts once, however many times it signed
            try:
                single = Envelope.from_dict(
                    {
                        "payload": payload_b64,
                        "payloadType": payload_type,
                        "signatures": [{"keyid": key.keyid, "sig": raw["sig"]}],
                    }
                )
                single.verify([key], 1)
            except VerificationError:
                continue
            except (KeyError, TypeError, ValueError, binascii.Error, FormatError) as exc:
                raise EnvelopeRejected(f"unreadable envelope: {type(exc).__name__} {exc}") from exc
            payload = single.payload
            resolved[key.keyid] = single.signatures[key.keyid]
            break
    if not resolved:
        raise EnvelopeRejected("no signature verifies under a trusted key")
    envelope = Envelope(payload=payload, payload_type=payload_type, signatures=resolved)
    try:
        accepted = envelope.verify(list(keys.values()), threshold)
    except VerificationError as exc:
        raise EnvelopeRejected(
            f"{len(resolved)} trusted key(s) signed; the threshold is {threshold}: {exc}"
        ) from exc
    return VerifiedEnvelope(payload=envelope.payload, payload_type=payload_type, key_ids=tuple(accepted))
