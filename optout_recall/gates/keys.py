"""A person's signing key on disk: the same file format and error type as the ledger's head keys."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.gates.approvals import public_key_hex
from optout_recall.ledger.signing import SigningKeyError, generate_signing_key, load_signing_key

# One key-file format and one error type for ledger heads and decisions alike.
KeyFileError = SigningKeyError


def new_key_pair(path: Path) -> str:
    """Write a private key readable only by its owner (0600, never overwritten); return the public key hex."""
    path.parent.mkdir(parents=True, exist_ok=True)
    public = public_key_hex(generate_signing_key(path))
    path.with_suffix(".pub").write_text(public + "\n")
    return public


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """The signer's key; refused when others can read it, since a shared key proves nothing."""
    if path.exists() and path.stat().st_mode & 0o077:
        raise KeyFileError(f"{path} is readable by others; chmod 600 it")
    return load_signing_key(path)
