"""What a writer of the database file does to the signed checkpoints and the stored tree, and what catches it.

An older checkpoint copied in again (INSERT: the append-only triggers allow it), a checkpoint's Merkle note
removed (NULL, after dropping a trigger), a seq stored as a BLOB, a stored tree node doubled: each left
`verify` saying intact while `head` and `prove` answered from an older tree, or from whichever copy came last.
"""

from __future__ import annotations

import pytest

from optout_recall.ledger import Ledger, ProblemKind, VerifyReport
from optout_recall.ledger.tree import TreeMismatch

from .conftest import entry, tamper

_COLUMNS = "seq, entry_hash, signed_at, key_id, public_key, signature, origin, root_hash, note_signature"
_COPY_OF_70 = f"SELECT {_COLUMNS} FROM ledger_checkpoints WHERE seq = 70"


async def two_checkpoints(ledger: Ledger, first: int = 70, second: int = 130) -> None:
    """Checkpoints at `first` and `second` entries (70 and 130: the second's root folds stored node (7, 0),
    which the first's does not)."""
    await ledger.append([entry(i) for i in range(first)])
    await ledger.checkpoint()
    await ledger.append([entry(i) for i in range(first, second)])
    await ledger.checkpoint()


async def verify_refuses(ledger: Ledger, *statements: str) -> VerifyReport:
    """Run `statements` past the triggers, then verify, which must not say intact."""
    async with tamper(ledger.engine) as connection:
        for statement in statements:
            await connection.exec_driver_sql(statement)
    report = await ledger.verify()
    assert not report.ok, report.summary()
    return report


async def test_an_older_checkpoint_copied_in_again_is_not_the_latest_and_verify_names_it(
    ledger: Ledger,
) -> None:
    """An INSERT, which needs no trigger dropped: before, `head` printed the checkpoint at 70 as the latest,
    prove proved against it (seq 71..130 "not yet covered"), and verify said intact."""
    await two_checkpoints(ledger)
    report = await verify_refuses(ledger, f"INSERT INTO ledger_checkpoints ({_COLUMNS}) {_COPY_OF_70}")
    problem = report.first_problem
    assert problem is not None and (problem.seq, problem.kind) == (70, ProblemKind.REWRITTEN_TAIL)
    assert "stored after the checkpoint at seq 130" in problem.detail
    head = await ledger.tree_head()
    assert head is not None and head.tree_size == 130
    chain_head = await ledger.head()  # `recall ledger head --json`: the chain head, no longer the copy's
    assert chain_head is not None and chain_head.seq == 130
    proofs = await ledger.prove("subject-0")
    assert proofs is not None and proofs.not_yet_covered == []
    assert proofs.proofs[-1].tree_size == 130


async def test_an_older_checkpoint_copied_in_with_a_blob_seq_is_not_the_latest(ledger: Ledger) -> None:
    """SQLite orders a BLOB after every integer; the program reads b'70' as 70 all the same."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's bigint holds only integers")
    await two_checkpoints(ledger)
    copy = _COPY_OF_70.replace("SELECT seq, ", "SELECT CAST(seq AS BLOB), ", 1)
    report = await verify_refuses(ledger, f"INSERT INTO ledger_checkpoints ({_COLUMNS}) {copy}")
    assert any("seq stored as bytes" in problem.detail for problem in report.problems)
    head = await ledger.tree_head()
    assert head is not None and head.tree_size == 130


@pytest.mark.parametrize("column", ["note_signature", "root_hash", "origin"])
async def test_a_checkpoint_whose_merkle_note_is_removed_is_named_and_prove_refuses(
    ledger: Ledger, column: str
) -> None:
    """With the latest note gone, verify held no root to the tree past seq 70, so a rewritten node there
    passed; prove answered from the checkpoint at 70 and called the rest not yet covered."""
    await two_checkpoints(ledger)
    report = await verify_refuses(
        ledger,
        f"UPDATE ledger_checkpoints SET {column} = NULL WHERE seq = 130",
        f"UPDATE ledger_tree SET hash = '{'ab' * 32}' WHERE level = 7 AND idx = 0",
    )
    problem = report.first_problem
    assert problem is not None and (problem.seq, problem.kind) == (130, ProblemKind.BAD_SIGNATURE)
    assert "Merkle note removed" in problem.detail
    with pytest.raises(TreeMismatch, match=r"the latest checkpoint \(seq 130\) carries no Merkle note"):
        await ledger.prove("subject-0")
    assert await ledger.tree_head() is None  # `recall ledger head` prints no older checkpoint as the latest


async def test_every_merkle_note_removed_is_named(ledger: Ledger) -> None:
    await two_checkpoints(ledger)
    report = await verify_refuses(ledger, "UPDATE ledger_checkpoints SET origin = NULL, root_hash = NULL")
    assert [(p.seq, p.kind) for p in report.problems] == [
        (70, ProblemKind.BAD_SIGNATURE),
        (130, ProblemKind.BAD_SIGNATURE),
    ]


async def test_a_stored_tree_node_doubled_is_refused(ledger: Ledger) -> None:
    """With the primary key gone (SQLite: the table made again; PostgreSQL: the constraint dropped), a second
    (level, idx) row read last decided which hash a proof and verify used."""
    await two_checkpoints(ledger)
    if ledger.engine.dialect.name == "sqlite":
        doubled = [
            "ALTER TABLE ledger_tree RENAME TO ledger_tree_kept",
            "CREATE TABLE ledger_tree (level, idx, hash)",
            f"INSERT INTO ledger_tree VALUES (7, 0, '{'ab' * 32}')",
            "INSERT INTO ledger_tree SELECT * FROM ledger_tree_kept",
            "DROP TABLE ledger_tree_kept",
        ]
    else:
        doubled = [
            "ALTER TABLE ledger_tree DROP CONSTRAINT ledger_tree_pkey",
            "INSERT INTO ledger_tree SELECT level, idx, hash FROM ledger_tree WHERE level = 7 AND idx = 0",
        ]
    report = await verify_refuses(ledger, *doubled)
    assert any("two stored nodes at level 7, index 0" in p.detail for p in report.problems)
    with pytest.raises(TreeMismatch, match="two stored nodes at level 7, index 0"):
        await ledger.prove("subject-3")  # seq 129's path takes node (7, 0)


@pytest.mark.parametrize(
    "rewrite",
    [
        "UPDATE ledger_tree SET hash = hash || ' ' WHERE level = 7 AND idx = 0",
        "UPDATE ledger_tree SET hash = upper(hash) WHERE level = 7 AND idx = 0",
        "UPDATE ledger_tree SET hash = ' ' || hash WHERE level = 7 AND idx = 0",
    ],
)
async def test_a_stored_tree_node_rewritten_to_the_same_bytes_is_named(ledger: Ledger, rewrite: str) -> None:
    """bytes.fromhex skips whitespace and reads either case, so a node padded or upper-cased (the same bytes,
    another value) read as the one written."""
    if "' '" in rewrite and ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's varchar(64) refuses a 65th character")
    await two_checkpoints(ledger)
    report = await verify_refuses(ledger, rewrite)
    assert any("level 7 is not a SHA-256 hash in lowercase hex" in p.detail for p in report.problems)


def _last_base64_bits_flipped(column: str) -> str:
    """SQL that keeps a base64 value's bytes but not its text: the character before the '=' padding carries
    unused low bits (the note signature, 68 bytes, ends in one '=' and two unused bits)."""
    cut = f"length({column}) - 1"
    return (
        f"substr({column}, 1, {cut} - 1) || CASE substr({column}, {cut}, 1) "
        "WHEN 'A' THEN 'B' WHEN 'E' THEN 'F' WHEN 'I' THEN 'J' WHEN 'M' THEN 'N' WHEN 'Q' THEN 'R' "
        "WHEN 'U' THEN 'V' WHEN 'Y' THEN 'Z' WHEN 'c' THEN 'd' WHEN 'g' THEN 'h' WHEN 'k' THEN 'l' "
        "WHEN 'o' THEN 'p' WHEN 's' THEN 't' WHEN 'w' THEN 'x' WHEN '0' THEN '1' WHEN '4' THEN '5' "
        f"WHEN '8' THEN '9' END || '='"
    )


@pytest.mark.parametrize(
    "rewrite",
    [
        "UPDATE ledger_checkpoints SET root_hash = upper(root_hash) WHERE seq = 130",
        f"UPDATE ledger_checkpoints SET note_signature = {_last_base64_bits_flipped('note_signature')} "
        "WHERE seq = 130",
    ],
)
async def test_a_checkpoint_field_rewritten_to_the_same_bytes_is_named(ledger: Ledger, rewrite: str) -> None:
    """The note signs bytes; its stored root (hex) and signature (base64) read as the same bytes from other
    text, which verify took as the signed values, and `head` printed as the note."""
    await two_checkpoints(ledger)
    report = await verify_refuses(ledger, rewrite)
    problem = report.first_problem
    assert problem is not None and (problem.seq, problem.kind) == (130, ProblemKind.BAD_SIGNATURE)


@pytest.mark.parametrize(
    "rewrite",
    ["signature = upper(signature)", "public_key = upper(public_key)", "signature = signature || ' '"],
)
async def test_a_chain_head_signature_stored_in_another_form_is_named(ledger: Ledger, rewrite: str) -> None:
    """The same bytes, another stored value: bytes.fromhex read upper case and skipped whitespace, so the
    chain head's signature held."""
    if "||" in rewrite and ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's varchar(128) drops the excess spaces: the stored value stays as written")
    await two_checkpoints(ledger)
    report = await verify_refuses(ledger, f"UPDATE ledger_checkpoints SET {rewrite} WHERE seq = 70")
    assert (70, ProblemKind.BAD_SIGNATURE) in [(problem.seq, problem.kind) for problem in report.problems]
