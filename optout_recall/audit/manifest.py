"""What an audit bundle is: its manifest of signed file digests, and the key that signs it.

`export.py` writes a bundle and `verify.py` checks one; both agree on the file names and the models here.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ConfigDict

from optout_recall.gates.keys import load_private_key, new_key_pair

BUNDLE_FORMAT = "optout-recall/audit-bundle"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"


class BundleError(ValueError):
    """Not a bundle at all (bad input, exit 2); a bundle that fails its checks is a VerifyOutcome instead."""


class ManifestFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str
    sha256: str
    bytes: int


class ManifestHistory(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str
    workflow_id: str
    run_id: str


class Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    format: str = BUNDLE_FORMAT
    version: int = 1
    incident_id: str
    workflow_id: str
    run_id: str
    created_at: datetime
    public_key: str
    notes: list[str] = []
    histories: list[ManifestHistory]
    files: list[ManifestFile]


def default_key_path() -> Path:
    return Path(os.environ.get("RECALL_STATE_DIR", ".recall")) / "keys" / "recall-signing.key"


def signing_key(path: Path) -> tuple[Ed25519PrivateKey, bool]:
    """The bundle signing key at `path`, made (0600) when it does not exist yet; True when it was made."""
    created = False
    if not path.exists():
        new_key_pair(path)
        created = True
    return load_private_key(path), created
