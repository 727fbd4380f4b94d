"""The ledger as an RFC 9162 Merkle tree, on SQLite and PostgreSQL: its checkpoint is a C2SP signed note, its
proofs verify with the tests' own RFC 9162 verifier, and a stored tree edited behind its back is caught."""

from __future__ import annotations

import base64
import random
from collections.abc import Callable

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import event, text

from optout_recall.ledger import Ledger, LedgerEntry, ProblemKind, merkle, tree
from optout_recall.ledger.checkpoint import NoteError, SubjectProofs, open_checkpoint
from optout_recall.ledger.proofs import leaf_input, verify_subject_proofs
from optout_recall.ledger.schema import consent_ledger
from optout_recall.ledger.signing import raw_public_key
from optout_recall.ledger.tree import TreeMismatch, TreeReader
from tests.ledger import rfc9162

from .conftest import entry, tamper


async def leaf_inputs(ledger: Ledger) -> list[bytes]:
    async with ledger.engine.connect() as connection:
        rows = await connection.execute(consent_ledger.select().order_by(consent_ledger.c.seq))
        return [leaf_input(row._mapping) for row in rows]


async def grown(ledger: Ledger, sizes: list[int]) -> None:
    """Appends in batches of uneven sizes, so perfect subtrees complete inside and across batches."""
    index, _ = await ledger.chain_head()
    for size in sizes:
        await ledger.append([entry(i) for i in range(index, index + size)])
        index += size


async def test_the_checkpoint_root_is_the_rfc9162_root_of_the_entries(
    ledger: Ledger, signing_key: Ed25519PrivateKey
) -> None:
    await grown(ledger, [1, 62, 3, 70, 1, 130])  # 267 entries: stored nodes at levels 6 and 7
    await ledger.checkpoint()
    head = await ledger.tree_head()
    assert head is not None and head.tree_size == 267
    leaves = await leaf_inputs(ledger)
    assert head.root == rfc9162.mth(leaves)
    assert [merkle.leaf_hash(leaf).hex() for leaf in leaves] == [
        e.entry_hash for e in await all_entries(ledger)
    ]

    note = head.to_note()
    origin, size, root, blank, signature = note.split("\n")[:5]
    assert (origin, size, base64.b64decode(root), blank) == (ledger.origin, "267", head.root, "")
    assert signature.startswith(f"— {ledger.origin} ")
    opened = open_checkpoint(note, raw_public_key(signing_key.public_key()))
    assert (opened.tree_size, opened.root) == (267, head.root)
    with pytest.raises(NoteError, match="does not verify"):
        open_checkpoint(note.replace("\n267\n", "\n266\n"), raw_public_key(signing_key.public_key()))
    with pytest.raises(NoteError, match="no signature by the pinned key"):
        open_checkpoint(note, raw_public_key(Ed25519PrivateKey.generate().public_key()))


async def all_entries(ledger: Ledger) -> list[LedgerEntry]:
    entries: list[LedgerEntry] = []
    for subject in {f"subject-{i}" for i in range(5)}:
        entries += await ledger.history(subject)
    return sorted(entries, key=lambda e: e.seq)


async def test_a_subject_s_proofs_verify_with_an_independent_verifier(
    ledger: Ledger, signing_key: Ed25519PrivateKey
) -> None:
    await grown(ledger, [100, 33, 64])
    await ledger.checkpoint()
    await ledger.append([entry(1000, subject="subject-3")])  # after the checkpoint: not yet provable
    proofs = await ledger.prove("subject-3", "sale")
    assert proofs is not None
    assert [p.seq for p in proofs.proofs] == list(range(4, 198, 5))
    assert proofs.not_yet_covered == [198]
    opened = open_checkpoint(proofs.checkpoint, raw_public_key(signing_key.public_key()))
    for proof in proofs.proofs:
        path = [base64.b64decode(node) for node in proof.inclusion_path]
        leaf = base64.b64decode(proof.leaf)
        rfc9162.check_inclusion(leaf, proof.leaf_index, proof.tree_size, path, opened.root)
        assert leaf.split(b"\x1f")[2] == b"subject-3"
    assert len(verify_subject_proofs(proofs, raw_public_key(signing_key.public_key()))) == len(proofs.proofs)


async def test_consistency_between_two_checkpoints_verifies_both_ways(ledger: Ledger) -> None:
    await grown(ledger, [37])
    await ledger.checkpoint()
    await grown(ledger, [90, 5])
    await ledger.checkpoint()
    old, new = await ledger.tree_heads()
    proof = await ledger.consistency(old.tree_size, old.root, new.tree_size, new.root)
    path = [base64.b64decode(node) for node in proof.consistency_path]
    assert (old.tree_size, new.tree_size) == (37, 132)
    rfc9162.check_consistency(37, 132, path, old.root, new.root)
    merkle.verify_consistency(37, 132, path, old.root, new.root)


async def test_a_rewritten_tree_node_is_caught_by_verify_and_refused_by_checkpoint(ledger: Ledger) -> None:
    await grown(ledger, [130])  # the checkpoint's root folds the stored node (7, 0) and leaves 129, 130
    await ledger.checkpoint()
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text(f"UPDATE ledger_tree SET hash = '{'ab' * 32}' WHERE level = 7 AND idx = 0")
        )

    report = await ledger.verify()
    assert not report.ok
    problem = report.first_problem
    assert problem is not None and problem.kind == ProblemKind.REWRITTEN_TAIL
    assert "tree nodes rewritten" in problem.detail

    await ledger.append([entry(500)])
    with pytest.raises(TreeMismatch, match="no longer folds to the root signed there"):
        await ledger.checkpoint()


async def test_a_rewritten_inner_tree_node_makes_prove_refuse(ledger: Ledger) -> None:
    """A node inside the tree (not on a checkpoint's frontier) only feeds proofs: prove checks each proof
    it prints against the signed root, so an edited node is named, never printed as a proof."""
    await grown(ledger, [130])
    await ledger.checkpoint()
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text(f"UPDATE ledger_tree SET hash = '{'ab' * 32}' WHERE level = 6 AND idx = 1")
        )
    with pytest.raises(TreeMismatch, match="does not lead seq 1 to the signed root"):
        await ledger.prove("subject-0")


async def test_a_tree_node_edited_before_the_first_checkpoint_is_never_signed(ledger: Ledger) -> None:
    await grown(ledger, [64])
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text(f"UPDATE ledger_tree SET hash = '{'cd' * 32}' WHERE level = 6 AND idx = 0")
        )
    with pytest.raises(TreeMismatch, match="level 6, index 0 is not the hash of its entries"):
        await ledger.checkpoint()
    assert await ledger.tree_head() is None


async def test_verify_reads_the_tree_of_every_signed_root_in_one_query(ledger: Ledger) -> None:
    """Each signed root is held to the stored tree; the nodes for all of them come in one batch, so a
    ledger checkpointed every 10,000 entries does not pay a round trip a checkpoint."""
    for size in (130, 70, 60):
        await grown(ledger, [size])
        await ledger.checkpoint()
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sync_engine = ledger.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", record)
    try:
        report = await ledger.verify()
    finally:
        event.remove(sync_engine, "before_cursor_execute", record)

    assert report.ok, report.summary()
    assert len([statement for statement in statements if "FROM ledger_tree" in statement]) == 1


async def test_a_deleted_entry_inside_a_run_of_leaves_is_named_not_shifted(ledger: Ledger) -> None:
    """Leaves come back as one joined string a run of seqs: a run short of one row must name the seq gone,
    never hand its neighbours' hashes to the wrong leaves."""
    await grown(ledger, [130])
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq = 100"))
    async with ledger.engine.connect() as connection:
        reader = TreeReader(connection)
        with pytest.raises(TreeMismatch, match=r"^entry seq 100 is missing from the ledger$"):
            await reader.leaves(list(range(97, 129)))
        leaves = await reader.leaves([1, 2, 3, 129])

    assert leaves == {
        seq: merkle.leaf_hash(leaf) for seq, leaf in zip([1, 2, 3, 129], await _inputs(ledger), strict=True)
    }


async def _inputs(ledger: Ledger) -> list[bytes]:
    inputs = await leaf_inputs(ledger)  # seq 100 is gone: seq 129 is the 128th row
    return [inputs[0], inputs[1], inputs[2], inputs[127]]


def test_perfect_root_is_the_rfc9162_root_of_a_power_of_two_leaves() -> None:
    for size in (1, 2, 4, 64):
        hashes = [merkle.leaf_hash(str(index).encode()) for index in range(size)]
        assert merkle.perfect_root(hashes) == merkle.root_of(hashes)


def _count_statements(ledger: Ledger) -> tuple[list[str], Callable[[], None]]:
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    sync_engine = ledger.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", record)
    return statements, lambda: event.remove(sync_engine, "before_cursor_execute", record)


def _check_with_rfc9162(found: SubjectProofs, public_key: str) -> None:
    opened = open_checkpoint(found.checkpoint, public_key)
    for proof in found.proofs:
        path = [base64.b64decode(node) for node in proof.inclusion_path]
        rfc9162.check_inclusion(
            base64.b64decode(proof.leaf), proof.leaf_index, proof.tree_size, path, opened.root
        )


async def test_prove_reads_a_subject_s_proofs_in_two_statements_however_many_entries(
    ledger: Ledger, signing_key: Ed25519PrivateKey
) -> None:
    """The head with the subject's rows, then every stored node and leaf block their paths need: never a
    statement a node or an entry (120 entries x 12 levels would be over a thousand). PostgreSQL also turns
    JIT off for the transaction first."""
    await grown(ledger, [300, 1, 250, 49])  # 600 entries, 120 of subject-2's; the last block is partial
    await ledger.checkpoint()
    public_key = raw_public_key(signing_key.public_key())
    for subject, entries in (("subject-2", 120), ("nobody", 0)):
        statements, stop = _count_statements(ledger)
        try:
            found = await ledger.prove(subject)
        finally:
            stop()
        assert found is not None and len(found.proofs) == entries
        reads = [statement for statement in statements if statement != "SET LOCAL jit = off"]
        assert len(reads) == (2 if entries else 1), statements
        _check_with_rfc9162(found, public_key)


async def test_proofs_split_over_several_statements_still_verify(
    ledger: Ledger, signing_key: Ed25519PrivateKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A subject with more leaf blocks than one compound SELECT may hold (SQLite's 500 terms) takes a few
    statements; each proof still holds whichever statement brought its nodes."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL reads any number of nodes and blocks in one statement, over arrays")
    await grown(ledger, [700])
    await ledger.checkpoint()
    whole = await ledger.prove("subject-4")
    monkeypatch.setattr(tree, "_RUNS_A_QUERY", 3)
    monkeypatch.setattr(tree, "_CHUNK", 5)
    statements, stop = _count_statements(ledger)
    try:
        split = await ledger.prove("subject-4")
    finally:
        stop()
    assert split is not None and split == whole and len(split.proofs) == 140
    assert len(statements) > 3
    _check_with_rfc9162(split, raw_public_key(signing_key.public_key()))


async def test_a_rewritten_node_below_the_stored_levels_makes_prove_refuse(ledger: Ledger) -> None:
    """Nodes below STORED_LEVEL are hashed from the leaves; an entry_hash rewritten in place (leaf of seq 2)
    is the sibling seq 1's proof takes, and prove names seq 1 rather than print a path that does not hold."""
    await grown(ledger, [130])
    await ledger.checkpoint()
    async with tamper(ledger.engine) as connection:
        await connection.execute(text(f"UPDATE consent_ledger SET entry_hash = '{'ab' * 32}' WHERE seq = 2"))
    with pytest.raises(TreeMismatch, match="does not lead seq 1 to the signed root"):
        await ledger.prove("subject-0")  # seqs 1, 6, 11, ...


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        (
            f"UPDATE ledger_tree SET hash = '{'ab' * 31}' WHERE level = 6 AND idx = 1",
            "level 6 is not a SHA-256",
        ),
        ("UPDATE ledger_tree SET hash = 'not hex' WHERE level = 6 AND idx = 1", "level 6 is not a SHA-256"),
        ("UPDATE consent_ledger SET entry_hash = 'zz' WHERE seq = 2", "seq 1 to 64 is not a SHA-256"),
    ],
)
async def test_a_stored_hash_that_is_not_32_bytes_of_hex_is_named(
    ledger: Ledger, statement: str, message: str
) -> None:
    """Hashes come back joined, one string a level or a block of leaves: one of the wrong length must be
    named, never shift the hashes after it onto the wrong nodes."""
    await grown(ledger, [130])
    await ledger.checkpoint()
    async with tamper(ledger.engine) as connection:
        await connection.execute(text(statement))
    with pytest.raises(TreeMismatch, match=message):
        await ledger.prove("subject-0")


def test_inclusion_keys_are_the_rfc9162_ranges_pieces() -> None:
    """prove computes each path bottom-up on the aligned tree; it must name exactly the pieces of
    merkle.inclusion_ranges (RFC 9162's recursive PATH), in order, for every leaf of small trees and for
    leaves of large ones."""
    cases = [(index, size) for size in range(1, 200) for index in range(size)]
    rng = random.Random(9162)
    for size in (10_000_000, 2**24, 2**24 + 1, 3 * 2**20 + 7, 2**40 - 3):
        cases += [(rng.randrange(size), size) for _ in range(200)] + [(0, size), (size - 1, size)]
    for index, size in cases:
        expected: tuple[list[int], list[int]] = ([], [])
        count = tree._range_keys(merkle.inclusion_ranges(index, size), *expected)
        got: tuple[list[int], list[int]] = ([], [])
        assert tree._inclusion_keys(index, size, *got) == count
        assert got == expected, (index, size)
    with pytest.raises(merkle.ProofError, match="leaf index 5 is not in a tree of size 5"):
        tree._inclusion_keys(5, 5, [], [])
