"""The consent ledger: append-only, hash-chained, an RFC 9162 Merkle tree, with signed checkpoints.

Appends are serialized inside the database (BEGIN IMMEDIATE on SQLite, a transaction-scoped advisory lock
on PostgreSQL), so concurrent writers, in one process or many, extend one chain and one tree and never fork
them. Hashes are computed in Python in batch and rows go in with one executemany per batch (one COPY on
PostgreSQL for a large batch); the tree's new stored nodes go in with them. A checkpoint signs the chain head
(for `verify`) and the tree head as a C2SP checkpoint note (for auditors' proofs). Nothing here updates or
deletes a row; corrections are new entries.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from optout_recall.db import existing_database
from optout_recall.ledger import merkle, proofs
from optout_recall.ledger.chain import GENESIS_HASH, LEAF_PREFIX, canonical_metadata, canonical_timestamp
from optout_recall.ledger.checkpoint import (
    DEFAULT_ORIGIN,
    ConsistencyProof,
    SubjectProofs,
    TreeHead,
    checkpoint_text,
)
from optout_recall.ledger.models import (
    HeadClaim,
    LedgerEntry,
    LedgerEntryInput,
    SignedHead,
    VerifyReport,
)
from optout_recall.ledger.schema import (
    APPEND_ONLY_TABLES,
    CHECKPOINTS_BY_SEQ,
    LEDGER_COLUMNS,
    bulk_insert_sql,
    consent_ledger,
    ledger_checkpoints,
    metadata,
    postgresql_trigger_ddl,
    sqlite_trigger_ddl,
    tree_insert_sql,
)
from optout_recall.ledger.signing import key_id, raw_public_key, sign_head, sign_note
from optout_recall.ledger.tree import STORED_LEVEL, TreeMismatch, TreeNode, TreeReader
from optout_recall.ledger.verify import (
    MAX_REPORTED_PROBLEMS,
    check_held_heads,
    check_signed_heads,
    coverage_problem,
    describe_suspect,
    find_suspect_rows,
    hashes_at_seqs,
    text_as_stored,
)
from optout_recall.payloads import Choice

DEFAULT_CHECKPOINT_EVERY = 10_000
_LEAF = sha256(LEAF_PREFIX)
_NODE_PREFIX = merkle.NODE_PREFIX
log = logging.getLogger(__name__)

_PG_APPEND_LOCK = "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.consent_ledger'))"
_SQLITE_KEY_LOOKUP = (
    "SELECT idempotency_key, seq FROM consent_ledger "
    "WHERE idempotency_key IN (SELECT value FROM json_each(?))"
)
_PG_KEY_LOOKUP = (
    "SELECT idempotency_key, seq FROM consent_ledger "
    "WHERE idempotency_key = ANY(string_to_array(%s, chr(30)))"
)
_PG_COPY = f"COPY consent_ledger ({', '.join(LEDGER_COLUMNS)}) FROM STDIN"
_COPY_THRESHOLD = 1_000


# An entry as the ledger receives it, before it assigns seq, recorded_at and the hashes: subject_id, purpose,
# choice, source, jurisdiction, observed_at (canonical UTC text, as chain.canonical_timestamp writes it),
# idempotency_key, canonical channel_metadata. Plain strings: rows pickle cheaply to and from the import's
# worker processes.
PendingRow = tuple[str, str, str, str, str, str, str | None, str | None]


def pending_row(entry: LedgerEntryInput) -> PendingRow:
    return (
        entry.subject_id,
        entry.purpose,
        entry.choice.value,
        entry.source.value,
        entry.jurisdiction,
        canonical_timestamp(entry.observed_at),
        entry.idempotency_key,
        canonical_metadata(entry.channel_metadata),
    )


class LedgerAppendSession:
    """Appends inside one locked transaction; `Ledger.append_session` opens and commits it."""

    def __init__(
        self,
        connection: AsyncConnection,
        *,
        sqlite: bool,
        head_seq: int,
        head_hash: str,
        frontier: list[bytes],
    ) -> None:
        self._connection = connection
        self._sqlite = sqlite
        self._insert_sql = bulk_insert_sql(connection.dialect.paramstyle)
        self._tree_sql = tree_insert_sql(connection.dialect.paramstyle)
        self.frontier = frontier  # the tree's compact range at head_seq
        self._key_lookup_sql = _SQLITE_KEY_LOOKUP if sqlite else _PG_KEY_LOOKUP
        self.head_seq = head_seq
        self.head_hash = head_hash
        self.appended = 0
        self.duplicates = 0

    async def add(self, entries: Sequence[LedgerEntryInput]) -> list[int]:
        """Chain and insert `entries` in order; a known idempotency key returns the seq it already has."""
        return await self.add_rows([pending_row(entry) for entry in entries])

    async def add_rows(self, pending: Sequence[PendingRow]) -> list[int]:
        """`add` for rows already validated and normalized (the bulk import builds them directly)."""
        existing = await self._existing_keys([row[6] for row in pending if row[6] is not None])
        recorded_at = datetime.now(UTC)
        recorded_text = canonical_timestamp(recorded_at)
        sqlite = self._sqlite
        seq = self.head_seq
        prev = self.head_hash
        rows: list[tuple[Any, ...]] = []
        seqs: list[int] = []
        nodes: list[TreeNode] = []
        frontier = self.frontier
        leaf_state = _LEAF.copy
        node_prefix = _NODE_PREFIX
        for subject, purpose, choice, source, jurisdiction, observed_text, key, metadata_text in pending:
            if key is not None and key in existing:
                seqs.append(existing[key])
                self.duplicates += 1
                continue
            seq += 1
            # chain.entry_message and chain.entry_hash, inlined (this loop runs once per entry). verify
            # rebuilds the same message in SQL, so any drift fails tests.
            state = leaf_state()
            state.update(
                f"{prev}\x1f{seq}\x1f{subject}\x1f{purpose}\x1f{choice}\x1f{source}\x1f{jurisdiction}"
                f"\x1f{observed_text}\x1f{recorded_text}\x1f{key or ''}\x1f{metadata_text or ''}".encode()
            )
            merged = state.digest()
            digest = merged.hex()
            # tree.extend, inlined: leaf seq - 1 joins the compact range, merging the perfect subtrees it
            # completes; those of the stored levels are written with the rows.
            index = seq - 1
            level = 0
            while index & 1:
                merged = sha256(node_prefix + frontier.pop() + merged).digest()
                level += 1
                index >>= 1
                if level >= STORED_LEVEL:
                    nodes.append((level, index, merged.hex()))
            frontier.append(merged)
            rows.append(
                (
                    seq,
                    subject,
                    purpose,
                    choice,
                    source,
                    jurisdiction,
                    observed_text if sqlite else f"{observed_text}+00",
                    recorded_text if sqlite else recorded_at,
                    key,
                    metadata_text,
                    prev,
                    digest,
                )
            )
            if key is not None:
                existing[key] = seq
            seqs.append(seq)
            prev = digest
        if rows:
            await self._insert(rows)
        if nodes:
            await self._connection.exec_driver_sql(self._tree_sql, nodes)
        self.head_seq = seq
        self.head_hash = prev
        self.appended += len(rows)
        return seqs

    async def _insert(self, rows: list[tuple[Any, ...]]) -> None:
        if self._sqlite or len(rows) < _COPY_THRESHOLD:
            await self._connection.exec_driver_sql(self._insert_sql, rows)
            return
        # PostgreSQL, many rows: COPY into the same table inside the same transaction, as text we format.
        driver = (await self._connection.get_raw_connection()).driver_connection
        assert driver is not None
        async with driver.cursor() as cursor, cursor.copy(_PG_COPY) as copy:
            await copy.write(_copy_text(rows))

    async def _existing_keys(self, keys: list[str]) -> dict[str, int]:
        """One query per batch, the keys in one parameter (keys never hold control characters)."""
        if not keys:
            return {}
        parameter = json.dumps(keys) if self._sqlite else "\x1e".join(keys)
        result = await self._connection.exec_driver_sql(self._key_lookup_sql, (parameter,))
        rows = cast(Sequence[tuple[str, int]], result.all())  # exec_driver_sql rows are untyped
        return {key: int(seq) for key, seq in rows}


def _copy_text(rows: list[tuple[Any, ...]]) -> bytes:
    """Rows in COPY text format. Only free text can hold a backslash: entry fields refuse control
    characters and canonical metadata JSON escapes them, so tabs and newlines never need escaping."""
    lines = []
    for (
        seq,
        subject,
        purpose,
        choice,
        source,
        jurisdiction,
        observed,
        recorded,
        key,
        meta,
        prev,
        digest,
    ) in rows:
        if "\\" in subject:
            subject = subject.replace("\\", "\\\\")
        if key is None:
            key = "\\N"
        elif "\\" in key:
            key = key.replace("\\", "\\\\")
        if meta is None:
            meta = "\\N"
        elif "\\" in meta:
            meta = meta.replace("\\", "\\\\")
        lines.append(
            f"{seq}\t{subject}\t{purpose}\t{choice}\t{source}\t{jurisdiction}\t{observed}\t{recorded}\t{key}"
            f"\t{meta}\t{prev}\t{digest}\n"
        )
    return "".join(lines).encode()


class Ledger:
    """The consent ledger over one database (SQLite by default, PostgreSQL at scale, same code)."""

    def __init__(
        self,
        engine: AsyncEngine,
        signing_key: Ed25519PrivateKey | None = None,
        *,
        trusted_public_keys: Sequence[str] = (),
        checkpoint_every: int | None = DEFAULT_CHECKPOINT_EVERY,
        origin: str = DEFAULT_ORIGIN,
    ) -> None:
        self.engine = engine
        self.origin = origin
        self.signing_key = signing_key
        trusted = {key.lower() for key in trusted_public_keys}
        if signing_key is not None:
            trusted.add(raw_public_key(signing_key.public_key()))
        self.trusted_public_keys = frozenset(trusted)
        self.checkpoint_every = checkpoint_every
        self._sqlite = engine.dialect.name == "sqlite"

    @classmethod
    @asynccontextmanager
    async def open_existing(
        cls,
        url: str,
        *,
        read_only: bool = True,
        signing_key: Ed25519PrivateKey | None = None,
        trusted_public_keys: Sequence[str] = (),
    ) -> AsyncIterator[Ledger]:
        """The ledger at `url`, which must already hold one: DatabaseMissing otherwise, and nothing is
        created. Read-only unless told otherwise (signing a checkpoint writes, but starts no ledger)."""
        async with existing_database(
            url, *APPEND_ONLY_TABLES, holding="consent ledger", read_only=read_only
        ) as engine:
            yield cls(engine, signing_key, trusted_public_keys=trusted_public_keys)

    # ------------------------------------------------------------------ schema

    async def create_schema(self) -> None:
        """Tables, indexes and the append-only triggers; safe to run again. A ledger made before an index
        existed gets it here (create_all makes indexes only with their tables)."""
        async with self.engine.begin() as connection:
            await connection.run_sync(metadata.create_all)
            await connection.run_sync(CHECKPOINTS_BY_SEQ.create, checkfirst=True)
            for statement in sqlite_trigger_ddl() if self._sqlite else postgresql_trigger_ddl():
                await connection.exec_driver_sql(statement)

    # ------------------------------------------------------------------ writes

    @asynccontextmanager
    async def append_session(self) -> AsyncIterator[LedgerAppendSession]:
        """One locked transaction for many batches: all of them commit or none do."""
        async with self.engine.connect() as connection:
            if self._sqlite:
                await connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                await connection.exec_driver_sql(_PG_APPEND_LOCK)
            try:
                head_seq, head_hash = await self._chain_head(connection)
                frontier = await TreeReader(connection).frontier(head_seq)
                start_root = merkle.fold(frontier)
                session = LedgerAppendSession(
                    connection, sqlite=self._sqlite, head_seq=head_seq, head_hash=head_hash, frontier=frontier
                )
                yield session
                if session.appended and self._checkpoint_due(
                    await self._latest_checkpoint_seq(connection), session.head_seq
                ):
                    try:
                        # The tree before this session is derived again from its entries; the session's
                        # own part it computed itself, inside this transaction.
                        await self._checked_root(connection, head_seq, start_root)
                    except TreeMismatch as exc:
                        log.warning("ledger checkpoint not signed: %s; run `recall ledger verify`", exc)
                    else:
                        root = merkle.fold(session.frontier)
                        await self._insert_checkpoint(connection, session.head_seq, session.head_hash, root)
            except BaseException:
                await connection.rollback()
                raise
            await connection.commit()

    async def append(self, entries: Sequence[LedgerEntryInput]) -> list[int]:
        """Append in order and return each entry's seq (the existing one for a known idempotency key)."""
        if not entries:
            return []
        async with self.append_session() as session:
            return await session.add(entries)

    async def checkpoint(self) -> SignedHead:
        """Sign the current chain head and tree head now and store both signatures.

        TreeMismatch, and nothing signed, when the stored tree is not what the entries hash to."""
        if self.signing_key is None:
            raise ValueError("no signing key configured: pass an Ed25519 key to sign checkpoints")
        async with self.engine.connect() as connection:
            if self._sqlite:
                await connection.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                await connection.exec_driver_sql(_PG_APPEND_LOCK)
            try:
                head_seq, head_hash = await self._chain_head(connection)
                root = await self._checked_root(connection, head_seq, None)
                signed = await self._insert_checkpoint(connection, head_seq, head_hash, root)
            except BaseException:
                await connection.rollback()
                raise
            await connection.commit()
        return signed

    # ------------------------------------------------------------------ reads

    async def head(self) -> SignedHead | None:
        """The latest signed checkpoint, or None when the ledger was never signed."""
        async with self.engine.connect() as connection:
            row = (await connection.execute(proofs.latest_checkpoint(connection))).first()
        if row is None:
            return None
        return _signed_head(row._mapping)

    async def tree_head(self) -> TreeHead | None:
        """The latest signed Merkle checkpoint (a C2SP checkpoint note), or None."""
        async with self.engine.connect() as connection:
            return await proofs.latest_tree_head(connection)

    async def tree_heads(self) -> list[TreeHead]:
        async with self.engine.connect() as connection:
            return await proofs.tree_heads(connection)

    async def prove(self, subject_id: str, purpose: str | None = None) -> SubjectProofs | None:
        """Inclusion proofs of a subject's entries against the latest checkpoint; None when none is signed."""
        async with self.engine.connect() as connection:
            return await proofs.latest_subject_proofs(connection, subject_id, purpose)

    async def consistency(
        self, old_size: int, old_root: bytes, new_size: int, new_root: bytes
    ) -> ConsistencyProof:
        async with self.engine.connect() as connection:
            return await proofs.consistency(connection, old_size, old_root, new_size, new_root)

    async def chain_head(self) -> tuple[int, str]:
        """The unsigned (seq, entry_hash) at the end of the chain; (0, genesis) when empty."""
        async with self.engine.connect() as connection:
            return await self._chain_head(connection)

    async def effective_choice(
        self, subject_id: str, purpose: str, at: datetime, *, known_at: datetime | None = None
    ) -> Choice | None:
        """The choice in force at `at`: the latest signal observed by then (ties: the later entry).

        With `known_at`, only entries recorded by then count: what the ledger said at that moment.
        """
        query = (
            select(consent_ledger.c.choice)
            .where(
                consent_ledger.c.subject_id == subject_id,
                consent_ledger.c.purpose == purpose,
                consent_ledger.c.observed_at <= at,
            )
            .order_by(consent_ledger.c.observed_at.desc(), consent_ledger.c.seq.desc())
            .limit(1)
        )
        if known_at is not None:
            query = query.where(consent_ledger.c.recorded_at <= known_at)
        async with self.engine.connect() as connection:
            choice = (await connection.execute(query)).scalar_one_or_none()
        return None if choice is None else Choice(choice)

    async def history(self, subject_id: str) -> list[LedgerEntry]:
        """Every entry for a subject, in ledger order."""
        async with self.engine.connect() as connection:
            result = await connection.execute(
                select(consent_ledger)
                .where(consent_ledger.c.subject_id == subject_id)
                .order_by(consent_ledger.c.seq)
            )
            return [_ledger_entry(row._mapping) for row in result]

    async def checkpoints(self) -> list[SignedHead]:
        async with self.engine.connect() as connection:
            result = await connection.execute(select(ledger_checkpoints).order_by(ledger_checkpoints.c.id))
            return [_signed_head(row._mapping) for row in result]

    # ------------------------------------------------------------------ verify

    async def verify(
        self,
        expected_heads: Sequence[SignedHead] = (),
        *,
        held_heads: Sequence[HeadClaim] = (),
        require_covered_head: bool = False,
    ) -> VerifyReport:
        """Recompute every hash and link, then hold the chain against every signed head.

        `expected_heads` are signed heads kept outside the database (pasted in a ticket or a report) and
        `held_heads` heads known only by seq (and hash): they catch a truncation even when whoever truncated
        the ledger also deleted its checkpoints. With `require_covered_head`, the report is not ok unless a
        head signed by a trusted key (any key when none is trusted) attests the ledger's last seq: rows
        nobody trusted signed could have been written by anyone who can write the database.
        """
        started = time.perf_counter()
        signed = [*await self.checkpoints(), *expected_heads]
        async with self.engine.connect() as connection, AsyncExitStack() as stack:
            if self._sqlite:
                await stack.enter_async_context(text_as_stored(connection))
            else:
                # One snapshot for the whole report: both passes, the chain head and the signed heads' rows.
                await connection.execution_options(isolation_level="REPEATABLE READ")
            suspects, checked = await find_suspect_rows(connection, self.engine)
            head_seq, head_hash = await self._chain_head(connection)
            wanted = {head.seq for head in signed} | {claim.seq for claim in held_heads}
            hashes_at = await hashes_at_seqs(connection, wanted)
            heads = check_signed_heads(signed, hashes_at, head_seq, self.trusted_public_keys)
            trees = await proofs.tree_heads(connection)
            tree_problems = await proofs.check_tree_heads(
                connection, trees, heads.matched, self.trusted_public_keys
            )
        problems = [problem for suspect in suspects for problem in describe_suspect(suspect)]
        problems += heads.problems + tree_problems
        problems += check_held_heads(held_heads, hashes_at, head_seq, heads.matched)
        covering = heads.covering
        if require_covered_head and (gap := coverage_problem(covering, head_seq, self.trusted_public_keys)):
            problems.append(gap)
        problems.sort(key=lambda problem: problem.seq)
        return VerifyReport(
            ok=not problems,
            entries_checked=checked,
            head_seq=head_seq,
            head_hash=head_hash,
            checkpoints_checked=len(signed),
            latest_checkpoint_seq=max((head.seq for head in signed), default=None),
            covered_seq=None if covering is None else covering.seq,
            covered_by=None if covering is None else key_id(covering.public_key),
            trusted_key_ids=sorted(key_id(public) for public in self.trusted_public_keys),
            signer_key_ids=sorted(heads.signers),
            problems=problems[:MAX_REPORTED_PROBLEMS],
            duration_seconds=time.perf_counter() - started,
        )

    # ------------------------------------------------------------------ internals

    async def _chain_head(self, connection: AsyncConnection) -> tuple[int, str]:
        row = (
            await connection.execute(
                select(consent_ledger.c.seq, consent_ledger.c.entry_hash)
                .order_by(consent_ledger.c.seq.desc())
                .limit(1)
            )
        ).first()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    async def _latest_checkpoint_seq(self, connection: AsyncConnection) -> int:
        row = (await connection.execute(proofs.latest_checkpoint(connection))).first()
        return 0 if row is None else int(row.seq)

    def _checkpoint_due(self, last_checkpoint_seq: int, head_seq: int) -> bool:
        return (
            self.signing_key is not None
            and self.checkpoint_every is not None
            and head_seq - last_checkpoint_seq >= self.checkpoint_every
        )

    async def _checked_root(self, connection: AsyncConnection, size: int, expected: bytes | None) -> bytes:
        """The tree's root at `size`, its nodes since the last trusted tree head derived again from the
        entries (and that head's root from what is stored), so no checkpoint signs a tree someone edited."""
        trusted = self.trusted_public_keys
        last = await proofs.last_trusted_tree_head(connection, size, trusted)
        reader = TreeReader(connection)
        root = await reader.check_extension(last.tree_size if last else 0, last.root if last else None, size)
        if expected is not None and root != expected:
            raise TreeMismatch(f"the stored tree at size {size} is not the tree of its entries")
        return root

    async def _insert_checkpoint(
        self, connection: AsyncConnection, seq: int, head_hash: str, root: bytes
    ) -> SignedHead:
        assert self.signing_key is not None
        signed_at = datetime.now(UTC)
        signed = sign_head(self.signing_key, seq, head_hash, signed_at)
        note = sign_note(self.signing_key, self.origin, checkpoint_text(self.origin, seq, root))
        await connection.execute(
            insert(ledger_checkpoints).values(
                **signed.model_dump(), origin=self.origin, root_hash=root.hex(), note_signature=note
            )
        )
        return signed


def _signed_head(row: Any) -> SignedHead:
    return SignedHead(
        seq=row["seq"],
        entry_hash=row["entry_hash"],
        signed_at=row["signed_at"],
        key_id=row["key_id"],
        public_key=row["public_key"],
        signature=row["signature"],
    )


def _ledger_entry(row: Any) -> LedgerEntry:
    metadata_text = row["channel_metadata"]
    return LedgerEntry(
        seq=row["seq"],
        subject_id=row["subject_id"],
        purpose=row["purpose"],
        choice=row["choice"],
        source=row["source"],
        jurisdiction=row["jurisdiction"],
        observed_at=row["observed_at"],
        recorded_at=row["recorded_at"],
        idempotency_key=row["idempotency_key"],
        channel_metadata=None if metadata_text is None else json.loads(metadata_text),
        prev_hash=row["prev_hash"],
        entry_hash=row["entry_hash"],
    )
