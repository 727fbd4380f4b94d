"""Ed25519 keys for signed ledger heads: load, generate, sign, check.

The private key lives in a file named on the command line or in RECALL_LEDGER_KEY_FILE; it is never a
payload value or a log field. A key id is the first 16 hex digits of SHA-256 over the raw public key.
"""

from __future__ import annotations

import base64
import os
import re
from datetime import datetime
from hashlib import sha256
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from optout_recall.ledger.chain import head_message
from optout_recall.ledger.models import SignedHead


class SigningKeyError(ValueError):
    """A key file or public key that cannot be used; the message is one line for the user."""


# 32 bytes (a root hash, an Ed25519 public key) and an Ed25519 signature, as the ledger stores them.
LOWER_HEX_32 = re.compile(r"[0-9a-f]{64}")
_LOWER_HEX_SIGNATURE = re.compile(r"[0-9a-f]{128}")


def raw_public_key(key: Ed25519PublicKey) -> str:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def key_id(public_key_hex: str) -> str:
    return sha256(bytes.fromhex(public_key_hex)).hexdigest()[:16]


def generate_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """Write a new PEM private key readable only by its owner; refuse to overwrite."""
    target = Path(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise SigningKeyError(f"{target} already exists; not overwriting a signing key") from exc
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    return key


def load_signing_key(path: str | Path) -> Ed25519PrivateKey:
    """A PEM (PKCS8) Ed25519 private key, or 64 hex digits of a raw one."""
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise SigningKeyError(f"cannot read signing key {target}: {exc.strerror}") from exc
    text = data.strip()
    if len(text) == 64:
        try:
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text.decode()))
        except ValueError as exc:
            raise SigningKeyError(f"{target} is not a hex Ed25519 private key") from exc
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise SigningKeyError(f"{target} is not an unencrypted PEM private key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise SigningKeyError(f"{target} holds a {type(key).__name__}, not an Ed25519 key")
    return key


def parse_public_key(value: str) -> str:
    """A trusted public key as 64 hex digits, given inline, as a file of hex, or as a PEM file."""
    candidate = value.strip()
    path = Path(candidate)
    if len(candidate) != 64 and path.is_file():
        data = path.read_bytes()
        if b"BEGIN" in data:
            try:
                loaded = serialization.load_pem_public_key(data)
            except ValueError:
                loaded = load_signing_key(path).public_key()
            if not isinstance(loaded, Ed25519PublicKey):
                raise SigningKeyError(f"{path} is not an Ed25519 key")
            return raw_public_key(loaded)
        candidate = data.decode().strip()
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(candidate))
    except ValueError as exc:
        raise SigningKeyError(
            f"{value!r} is not an Ed25519 public key (64 hex digits or a key file)"
        ) from exc
    return candidate.lower()


def sign_head(key: Ed25519PrivateKey, seq: int, head_hash: str, signed_at: datetime) -> SignedHead:
    public = raw_public_key(key.public_key())
    signature = key.sign(head_message(seq, head_hash, signed_at)).hex()
    return SignedHead(
        seq=seq,
        entry_hash=head_hash,
        signed_at=signed_at,
        key_id=key_id(public),
        public_key=public,
        signature=signature,
    )


def signature_is_valid(head: SignedHead) -> bool:
    """Whether the head's signature holds over its fields, with its key and signature stored as the ledger
    writes them (lowercase hex): bytes.fromhex alone reads upper case and skips whitespace, so a stored value
    rewritten that way would hold as the bytes that were signed."""
    if not (LOWER_HEX_32.fullmatch(head.public_key) and _LOWER_HEX_SIGNATURE.fullmatch(head.signature)):
        return False
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(head.public_key))
        public.verify(bytes.fromhex(head.signature), head_message(head.seq, head.entry_hash, head.signed_at))
    except (InvalidSignature, ValueError):
        return False
    return True


def note_key_id(name: str, public_key_hex: str) -> bytes:
    """A signed note's key ID for an Ed25519 key (c2sp.org/signed-note): SHA-256(name || 0x0A || 0x01 || key)[:4]."""
    return sha256(name.encode() + b"\n\x01" + bytes.fromhex(public_key_hex)).digest()[:4]


def sign_note(key: Ed25519PrivateKey, name: str, text: str) -> str:
    """The base64 of key ID || Ed25519 signature over the note text (which ends in a newline)."""
    public = raw_public_key(key.public_key())
    return base64.b64encode(note_key_id(name, public) + key.sign(text.encode())).decode()


def note_signature_is_valid(name: str, public_key_hex: str, text: str, signature_b64: str) -> bool:
    try:
        raw = base64.b64decode(signature_b64, validate=True)
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        if raw[:4] != note_key_id(name, public_key_hex):
            return False
        public.verify(raw[4:], text.encode())
    except (InvalidSignature, ValueError):
        return False
    return True
