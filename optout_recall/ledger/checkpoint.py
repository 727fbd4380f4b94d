"""The ledger's Merkle tree head as a C2SP tlog-checkpoint: a signed note any transparency-log tool can read.

The note text is the origin line, the tree size and the base64 RFC 9162 root hash, each ending in a newline
(c2sp.org/tlog-checkpoint, no extension lines); a blank line; then one signature line per key:
`— <key name> base64(key ID || Ed25519 signature)` (c2sp.org/signed-note), the key name being the origin.
Proofs printed by `recall ledger prove` carry such a note, so an auditor checks them against the ledger's
pinned key with no access to the database.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from optout_recall.ledger.signing import LOWER_HEX_32, note_key_id, note_signature_is_valid

DEFAULT_ORIGIN = "optout-recall.invalid/consent-ledger"
SIGNATURE_DASH = "\u2014 "  # em dash and a space open every note signature line


class NoteError(ValueError):
    """A note that is not a checkpoint, or whose signature by the expected key does not verify."""


class TreeHead(BaseModel):
    """One signed Merkle checkpoint of the ledger."""

    model_config = ConfigDict(frozen=True)

    origin: str = Field(description="the log's identity, also the note's key name")
    tree_size: int = Field(ge=0, description="entries covered: seq 1..tree_size")
    root_hash: str = Field(description="the RFC 9162 root hash, hex")
    public_key: str = Field(description="the raw Ed25519 public key that signed the note, hex")
    signature: str = Field(description="base64(key ID || Ed25519 signature), as in the note's signature line")

    @property
    def root(self) -> bytes:
        return bytes.fromhex(self.root_hash)

    def text(self) -> str:
        return checkpoint_text(self.origin, self.tree_size, self.root)

    def to_note(self) -> str:
        return f"{self.text()}\n{SIGNATURE_DASH}{self.origin} {self.signature}\n"

    def signature_is_valid(self) -> bool:
        """The note's signature verifies, and each stored field is in the one form the ledger writes: hex and
        base64 also read the signed bytes from other text (upper case; a final base64 character's unused
        bits), which would pass for the signed value wherever it is shown or compared as text."""
        return self.is_canonical() and note_signature_is_valid(
            self.origin, self.public_key, self.text(), self.signature
        )

    def is_canonical(self) -> bool:
        if not (LOWER_HEX_32.fullmatch(self.root_hash) and LOWER_HEX_32.fullmatch(self.public_key)):
            return False
        try:
            raw = base64.b64decode(self.signature, validate=True)
        except binascii.Error:
            return False
        return base64.b64encode(raw).decode() == self.signature


def checkpoint_text(origin: str, tree_size: int, root: bytes) -> str:
    return f"{origin}\n{tree_size}\n{base64.b64encode(root).decode()}\n"


@dataclass(frozen=True)
class OpenedNote:
    origin: str
    tree_size: int
    root: bytes
    signature: str  # the signature line's base64, by the expected key


def open_checkpoint(note: str, public_key_hex: str, *, origin: str | None = None) -> OpenedNote:
    """Parse a checkpoint note and verify its signature by `public_key_hex` (named after the origin, or
    `origin` when given). Signatures by other keys are ignored, as c2sp.org/signed-note requires."""
    if "\n\n" not in note:
        raise NoteError("not a signed note: no blank line between the text and the signatures")
    text, _, signatures = note.rpartition("\n\n")
    text += "\n"
    if any(ord(c) < 0x20 and c != "\n" for c in note):
        raise NoteError("a signed note holds no control characters but newlines")
    lines = text.split("\n")[:-1]
    if len(lines) != 3:
        raise NoteError(f"a checkpoint is origin, tree size and root hash: {len(lines)} lines here")
    name, size_text, root_text = lines
    if not size_text.isdigit() or (size_text.startswith("0") and size_text != "0"):
        raise NoteError(f"tree size {size_text!r} is not a decimal number")
    try:
        root = base64.b64decode(root_text, validate=True)
    except binascii.Error as exc:
        raise NoteError(f"root hash {root_text!r} is not base64") from exc
    if len(root) != 32:
        raise NoteError(f"the root hash is {len(root)} bytes, not 32")
    key_name = origin or name
    expected_id = note_key_id(key_name, public_key_hex)
    for line in signatures.strip("\n").split("\n"):
        if not line.startswith(SIGNATURE_DASH):
            raise NoteError(f"signature line {line[:40]!r} does not begin with an em dash")
        signer, _, value = line[len(SIGNATURE_DASH) :].partition(" ")
        try:
            raw = base64.b64decode(value, validate=True)
        except binascii.Error as exc:
            raise NoteError("a signature line's signature is not base64") from exc
        if signer != key_name or raw[:4] != expected_id:
            continue  # another key's signature: ignored
        if not note_signature_is_valid(key_name, public_key_hex, text, value):
            raise NoteError(f"the signature by {key_name} does not verify (the note was altered)")
        return OpenedNote(name, int(size_text), root, value)
    raise NoteError(f"no signature by the pinned key named {key_name} in the note")


class InclusionProof(BaseModel):
    """One entry's RFC 9162 inclusion proof against a checkpoint; every hash and the leaf in base64."""

    model_config = ConfigDict(frozen=True)

    seq: int
    leaf: str = Field(
        description="the leaf input: the entry's canonical message (chain.entry_message), base64"
    )
    leaf_index: int = Field(description="seq - 1")
    tree_size: int
    inclusion_path: list[str] = Field(description="RFC 9162 §2.1.3 order, leaf level first")


class SubjectProofs(BaseModel):
    """What `recall ledger prove` prints: a checkpoint and the inclusion proofs of one subject's entries."""

    model_config = ConfigDict(frozen=True)

    subject_id: str
    purpose: str | None = None
    checkpoint: str = Field(description="the C2SP checkpoint (signed note) the proofs are against")
    public_key: str = Field(description="the raw Ed25519 key that signed it, hex; pin it out of band")
    proofs: list[InclusionProof]
    not_yet_covered: list[int] = Field(
        default_factory=list, description="the subject's seqs after the checkpoint: prove them after the next"
    )


class ConsistencyProof(BaseModel):
    model_config = ConfigDict(frozen=True)

    old_size: int
    new_size: int
    old_root: str = Field(description="base64")
    new_root: str = Field(description="base64")
    consistency_path: list[str] = Field(description="RFC 9162 §2.1.4 order, base64")
