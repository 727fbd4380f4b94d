"""The ledger's Merkle checkpoints read back: the signed tree heads, one subject's inclusion proofs, the
consistency proof between two heads, and verify's check that every signed root is the tree's.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select, true
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.ledger import merkle
from optout_recall.ledger.chain import SEPARATOR, canonical_timestamp, entry_message
from optout_recall.ledger.checkpoint import (
    ConsistencyProof,
    InclusionProof,
    SubjectProofs,
    TreeHead,
    open_checkpoint,
)
from optout_recall.ledger.models import ProblemKind, SignedHead, VerifyProblem
from optout_recall.ledger.schema import consent_ledger, ledger_checkpoints, ledger_tree
from optout_recall.ledger.signing import key_id
from optout_recall.ledger.tree import STORED_LEVEL, TreeMismatch, TreeReader

_ENTRY_FIELDS = 11  # the fields of chain.entry_message


def _b64(value: bytes) -> str:
    return binascii.b2a_base64(value, newline=False).decode()


def tree_head_of(row: Any) -> TreeHead | None:
    if row["root_hash"] is None or row["origin"] is None or row["note_signature"] is None:
        return None
    return TreeHead(
        origin=row["origin"],
        tree_size=row["seq"],
        root_hash=row["root_hash"],
        public_key=row["public_key"],
        signature=row["note_signature"],
    )


async def tree_heads(connection: AsyncConnection) -> list[TreeHead]:
    """Every signed tree head, in the order they were signed."""
    result = await connection.execute(select(ledger_checkpoints).order_by(ledger_checkpoints.c.id))
    return [
        head
        for row in result
        if type(row.seq) is int
        and (head := tree_head_of(row._mapping)) is not None  # else: see _row_problems
    ]


def _integer_seq(connection: AsyncConnection) -> ColumnElement[bool]:
    """Checkpoint rows whose seq is an integer: SQLite sorts a TEXT or BLOB after every integer (and the
    program reads b'70' as 70), so one copied in with its seq cast would sort as the latest."""
    if connection.dialect.name == "sqlite":
        return func.typeof(ledger_checkpoints.c.seq) == "integer"
    return true()


# The latest checkpoint is the one of the largest tree (the last row of that size), not the last row: an older
# checkpoint copied in again (an INSERT, which the append-only triggers allow) is not it.
_LATEST_FIRST = (ledger_checkpoints.c.seq.desc(), ledger_checkpoints.c.id.desc())


def latest_checkpoint(connection: AsyncConnection) -> Select[Any]:
    """The latest checkpoint row (`_LATEST_FIRST`): what `head`, `prove` and a due checkpoint go by."""
    return select(ledger_checkpoints).where(_integer_seq(connection)).order_by(*_LATEST_FIRST).limit(1)


async def latest_tree_head(connection: AsyncConnection) -> TreeHead | None:
    """The latest checkpoint's signed tree head, read alone (a proof needs only it, not every checkpoint since
    the first); None when it carries no Merkle note (signed before the tree, or its note removed: verify
    names that), never an older checkpoint's instead."""
    row = (await connection.execute(latest_checkpoint(connection))).first()
    return None if row is None else tree_head_of(row._mapping)


async def last_trusted_tree_head(
    connection: AsyncConnection, at_most: int, trusted: frozenset[str]
) -> TreeHead | None:
    """The latest tree head a trusted key validly signed, at or below `at_most` entries."""
    heads = [
        head
        for head in await tree_heads(connection)
        if head.tree_size <= at_most and head.public_key in trusted and head.signature_is_valid()
    ]
    return max(heads, key=lambda head: head.tree_size, default=None)


async def latest_subject_proofs(
    connection: AsyncConnection, subject_id: str, purpose: str | None
) -> SubjectProofs | None:
    """The inclusion proofs of every entry of `subject_id` (for `purpose`) the latest checkpoint covers;
    None when no head is signed, TreeMismatch when the latest carries no Merkle note. Two statements whatever
    the number of entries: the head with the subject's rows, then every node and leaf their paths need (on
    SQLite each statement is a few round trips to the driver's thread, which cost more than the reads
    themselves on a busy machine)."""
    checkpoints = ledger_checkpoints.c
    head = (
        select(
            checkpoints.seq.label("head_size"),
            checkpoints.origin.label("head_origin"),
            checkpoints.root_hash.label("head_root_hash"),
            checkpoints.public_key.label("head_public_key"),
            checkpoints.note_signature.label("head_note_signature"),
        )
        .where(_integer_seq(connection))
        .order_by(*_LATEST_FIRST)
        .limit(1)
        .subquery("head")
    )
    joined = consent_ledger.c.subject_id == subject_id
    if purpose is not None:
        joined = and_(joined, consent_ledger.c.purpose == purpose)
    query = (
        select(head, consent_ledger)
        .select_from(head.outerjoin(consent_ledger, joined))
        .order_by(consent_ledger.c.seq)
    )
    found = [row._mapping for row in await connection.execute(query)]
    if not found:
        return None
    first = found[0]
    if (
        first["head_origin"] is None
        or first["head_root_hash"] is None
        or first["head_note_signature"] is None
    ):
        raise TreeMismatch(
            f"the latest checkpoint (seq {first['head_size']}) carries no Merkle note (signed before the tree, "
            "or its note removed): run ledger verify"
        )
    tree_head = TreeHead(
        origin=first["head_origin"],
        tree_size=first["head_size"],
        root_hash=first["head_root_hash"],
        public_key=first["head_public_key"],
        signature=first["head_note_signature"],
    )
    rows = [row for row in found if row["seq"] is not None]  # the outer join's row when there are none
    return await subject_proofs(connection, tree_head, rows, subject_id, purpose)


async def subject_proofs(
    connection: AsyncConnection, head: TreeHead, rows: Sequence[Any], subject_id: str, purpose: str | None
) -> SubjectProofs:
    """The inclusion proofs of a subject's `rows` (entries in seq order) the checkpoint covers, each
    checked against the signed root before it is returned."""
    covered = [row for row in rows if row["seq"] <= head.tree_size]
    reader = TreeReader(connection)
    paths = await reader.inclusion_proofs([row["seq"] - 1 for row in covered], head.tree_size)
    root = head.root
    size = head.tree_size
    proofs = []
    for row, path in zip(covered, paths, strict=True):
        seq = row["seq"]
        leaf = leaf_input(row)
        hashed = merkle.leaf_hash(leaf)
        if hashed.hex() != row["entry_hash"]:
            raise TreeMismatch(f"entry seq {seq} no longer hashes to its entry_hash (run ledger verify)")
        try:  # a proof is printed only once it holds: an edited inner tree node is named here
            merkle.verify_inclusion(seq - 1, size, hashed, path, root)
        except merkle.ProofError as exc:
            raise TreeMismatch(
                f"the stored tree does not lead seq {seq} to the signed root (tree nodes rewritten)"
            ) from exc
        proofs.append(
            InclusionProof(
                seq=seq,
                leaf=_b64(leaf),
                leaf_index=seq - 1,
                tree_size=size,
                inclusion_path=[_b64(node) for node in path],
            )
        )
    return SubjectProofs(
        subject_id=subject_id,
        purpose=purpose,
        checkpoint=head.to_note(),
        public_key=head.public_key,
        proofs=proofs,
        not_yet_covered=[row["seq"] for row in rows if row["seq"] > head.tree_size],
    )


def leaf_input(row: Any) -> bytes:
    """An entry's leaf input: its canonical message, rebuilt from the stored row."""
    return entry_message(
        row["prev_hash"],
        row["seq"],
        row["subject_id"],
        row["purpose"],
        row["choice"],
        row["source"],
        row["jurisdiction"],
        canonical_timestamp(row["observed_at"]),
        canonical_timestamp(row["recorded_at"]),
        row["idempotency_key"],
        row["channel_metadata"],
    ).encode()


async def consistency(
    connection: AsyncConnection, old_size: int, old_root: bytes, new_size: int, new_root: bytes
) -> ConsistencyProof:
    """The RFC 9162 consistency proof between two tree heads the caller has checked the signatures of."""
    path = await TreeReader(connection).consistency_proof(old_size, new_size)
    proof = ConsistencyProof(
        old_size=old_size,
        new_size=new_size,
        old_root=_b64(old_root),
        new_root=_b64(new_root),
        consistency_path=[_b64(node) for node in path],
    )
    return proof


def check_consistency(proof: ConsistencyProof) -> None:
    """merkle.ProofError unless the proof leads from the old root to the new one."""
    merkle.verify_consistency(
        proof.old_size,
        proof.new_size,
        [base64.b64decode(node) for node in proof.consistency_path],
        base64.b64decode(proof.old_root),
        base64.b64decode(proof.new_root),
    )


async def check_tree_heads(
    connection: AsyncConnection,
    heads: Sequence[TreeHead],
    matched: Sequence[SignedHead],
    trusted: frozenset[str],
) -> list[VerifyProblem]:
    """Each signed tree head must verify, and its root must be the tree's at its size wherever the chain
    head signed at that seq still holds (elsewhere the chain check has already named the change)."""
    problems = await _row_problems(connection)
    held = {(head.seq, head.public_key) for head in matched}
    reader = TreeReader(connection)
    checked: list[tuple[TreeHead, str]] = []
    for head in heads:
        label = f"checkpoint note at size {head.tree_size} by key {key_id(head.public_key)}"
        if not head.signature_is_valid():
            problems.append(
                VerifyProblem(
                    seq=head.tree_size,
                    kind=ProblemKind.BAD_SIGNATURE,
                    detail=f"{label} has an invalid signature (checkpoint altered)",
                )
            )
            continue
        if (trusted and head.public_key not in trusted) or (head.tree_size, head.public_key) not in held:
            continue
        checked.append((head, label))
    roots = await reader.roots([head.tree_size for head, _ in checked])
    for number, (head, label) in enumerate(checked):
        if roots is not None:
            root = roots[number]
            reason = f"the tree the ledger holds has root {_b64(root)}"
        else:  # a stored node is missing: name it for each head whose root needs it
            try:
                root = await reader.root(head.tree_size)
            except TreeMismatch as exc:
                root, reason = b"", str(exc)
            else:
                reason = f"the tree the ledger holds has root {_b64(root)}"
        if root != head.root:
            problems.append(
                VerifyProblem(
                    seq=head.tree_size,
                    kind=ProblemKind.REWRITTEN_TAIL,
                    detail=f"{label} signs Merkle root {_b64(head.root)}, but {reason} (tree nodes rewritten)",
                )
            )
    return problems


async def _row_problems(connection: AsyncConnection) -> list[VerifyProblem]:
    """What no signature covers in the checkpoint rows: their order, whether each keeps its Merkle note, and
    the type of seq. Each is caught nowhere else: an older checkpoint copied in again, or a note removed (NULL)
    so that its root is held to nothing, leaves every signature that is left valid."""
    table = ledger_checkpoints.c
    rows = await connection.execute(
        select(table.id, table.seq, table.origin, table.root_hash, table.note_signature).order_by(table.id)
    )
    problems = []
    noted = False  # a row before this one keeps its note: checkpoints from before the tree are over
    noteless: list[tuple[int, int]] = []  # (seq, row id) of rows with no note at all
    largest: int | None = None
    for row_id, seq, *note in rows:
        if type(seq) is not int:
            problems.append(
                VerifyProblem(
                    seq=largest or 0,
                    kind=ProblemKind.BAD_SIGNATURE,
                    detail=f"checkpoint row {row_id} has its seq stored as {type(seq).__name__}, not an integer "
                    "(checkpoint altered)",
                )
            )
            continue
        kept = sum(value is not None for value in note)
        if 0 < kept < len(note) or (not kept and noted):
            problems.append(_note_removed(seq, row_id))
        elif not kept:
            noteless.append((seq, row_id))
        noted = noted or kept == len(note)
        if largest is not None and seq < largest:
            problems.append(
                VerifyProblem(
                    seq=seq,
                    kind=ProblemKind.REWRITTEN_TAIL,
                    detail=f"the checkpoint at seq {seq} (row {row_id}) is stored after the checkpoint at seq "
                    f"{largest}: an older checkpoint copied in again (checkpoint altered)",
                )
            )
        largest = seq if largest is None else max(largest, seq)
    # A row with no note before any with one: signed before the tree, unless the tree already held the node
    # over the first 2**STORED_LEVEL entries when that seq was signed. A ledger from before the tree never
    # gets that node (its tree cannot be read, so it cannot append), and one that had fewer entries then
    # signed none of its note-less checkpoints past them.
    first_block = 1 << STORED_LEVEL
    if (
        any(seq >= first_block for seq, _ in noteless)
        and (
            await connection.execute(
                select(ledger_tree.c.hash).where(ledger_tree.c.level == STORED_LEVEL, ledger_tree.c.idx == 0)
            )
        ).first()
    ):
        problems += [_note_removed(seq, row_id) for seq, row_id in noteless if seq >= first_block]
    return problems


def _note_removed(seq: int, row_id: int) -> VerifyProblem:
    return VerifyProblem(
        seq=seq,
        kind=ProblemKind.BAD_SIGNATURE,
        detail=f"the checkpoint at seq {seq} (row {row_id}) has its Merkle note removed, so its root is held to "
        "nothing (checkpoint altered)",
    )


def leaf_fields(leaf: bytes) -> list[str] | None:
    """A leaf input split into an entry's eleven fields (`chain.entry_message`): prev_hash, seq, subject_id,
    purpose, ...; None when it is not one. Unambiguous: no field holds the separator (free text refuses
    control characters, JSON escapes them)."""
    try:
        fields = leaf.decode().split(SEPARATOR)
    except UnicodeDecodeError:
        return None
    return fields if len(fields) == _ENTRY_FIELDS else None


def _check_leaf_names(seq: int, leaf: bytes, document: SubjectProofs) -> None:
    """The leaf is an entry of the seq, subject and purpose the document names: the proofs hold for the leaves
    they carry whatever the document says around them, so a relabelled document (another subject's entries
    as this one's) would hold too."""
    fields = leaf_fields(leaf)
    if fields is None:
        raise merkle.ProofError(f"seq {seq}: the leaf is not an entry's canonical message")
    if fields[1] != str(seq):
        raise merkle.ProofError(f"seq {seq}: the leaf is the entry of seq {fields[1]!r}")
    if fields[2] != document.subject_id:
        raise merkle.ProofError(
            f"seq {seq}: the leaf is an entry of subject {fields[2]!r}, not of {document.subject_id!r}"
        )
    if document.purpose is not None and fields[3] != document.purpose:
        raise merkle.ProofError(
            f"seq {seq}: the leaf is an entry for purpose {fields[3]!r}, not {document.purpose!r}"
        )


def verify_subject_proofs(document: SubjectProofs, public_key: str) -> list[str]:
    """Offline: the checkpoint's signature by `public_key`, then each proof: its leaf is an entry of the
    document's subject (and purpose), and its path leads to the checkpoint's root.

    Returns one line per proof that holds; raises NoteError or merkle.ProofError for the first that does not.
    """
    opened = open_checkpoint(document.checkpoint, public_key)
    held = []
    for proof in document.proofs:
        if proof.tree_size != opened.tree_size or proof.leaf_index != proof.seq - 1:
            raise merkle.ProofError(f"seq {proof.seq}: the proof is not for the checkpoint's tree")
        try:
            leaf = base64.b64decode(proof.leaf, validate=True)
            path = [base64.b64decode(node, validate=True) for node in proof.inclusion_path]
        except binascii.Error as exc:
            raise merkle.ProofError(f"seq {proof.seq}: the leaf or a path node is not base64") from exc
        _check_leaf_names(proof.seq, leaf, document)
        merkle.verify_inclusion(proof.leaf_index, proof.tree_size, merkle.leaf_hash(leaf), path, opened.root)
        held.append(f"seq {proof.seq} is included in the tree of size {opened.tree_size}")
    return held
