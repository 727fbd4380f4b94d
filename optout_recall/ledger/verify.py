"""Verify's scans: find the rows whose hash or link fails, name what is wrong, check the signed heads.

A SQLite ledger is scanned through this process's connection when it is small or in memory; a large one in
a file is split into seq ranges scanned at once (`chain_scan`), each on a connection of its own: on threads
up to a few tens of thousands of entries, past that on child processes that run `chain_scan.py` by path
(`pool.on_script_processes`). SQLite builds and joins each chunk's messages with the GIL released, but the
hashing holds it, so threads hash on one core; a child hashes on a core of its own, and starts in a few
tens of milliseconds (it imports no more than the standard library and sqlean), where a fork server first
imports the program again (about a second). PostgreSQL rebuilds, hashes and links every row itself and
returns only the ones that fail.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Awaitable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy import Result, Row, select, text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from optout_recall.ledger import chain_scan, pool
from optout_recall.ledger.chain import (
    GENESIS_HASH,
    LEAF_PREFIX,
    sql_entry_message,
    sqlite_entry_messages,
    sqlite_mistyped,
    sqlite_types_hold,
)
from optout_recall.ledger.chain_scan import Suspect
from optout_recall.ledger.models import HeadClaim, ProblemKind, SignedHead, VerifyProblem
from optout_recall.ledger.schema import consent_ledger
from optout_recall.ledger.signing import key_id, signature_is_valid

MAX_REPORTED_PROBLEMS = 50
_KEY_LOOKUP_CHUNK = 500
_VERIFY_PAGE = 20_000
# Below this many entries a SQLite verify reads through its own connection: opening others would not pay.
PARALLEL_VERIFY_MIN_ENTRIES = 20_000
# Up to this many entries threads scan: child processes, which hash on every core, would not make up for
# their start. 2 cores, quiet (best of 3): 20k entries 0.067 s on threads, 0.065 s on processes; 30k 0.115 s,
# 0.076 s; 100k 0.30 s, 0.12 s; 200k 0.55 s, 0.20 s. Under load 5 threads did better at 200k (1.4 s against
# 1.6 s), not at 400k (3.1 s, 2.6 s).
THREAD_VERIFY_MAX_ENTRIES = 25_000
VERIFY_WORKERS = os.cpu_count() or 1  # scanning threads or processes, one a core
VERIFY_RANGES_PER_WORKER = 4
VERIFY_CHUNK_ROWS = 2_000  # rows a scan reads as one joined row while a range looks intact
SCAN_SCRIPT = Path(chain_scan.__file__)  # what a child process of a parallel verify runs


@asynccontextmanager
async def text_as_stored(connection: AsyncConnection) -> AsyncIterator[None]:
    """While verify reads a SQLite ledger, TEXT that is not UTF-8 reads with U+FFFD in place of the bad bytes,
    where the driver would fail the whole read: a stored hash so tampered with then matches nothing, and
    verify names the row instead of stopping. The connection gets the driver's decoding back afterwards."""
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    before = driver.text_factory
    driver.text_factory = _replace_undecodable
    try:
        yield
    finally:
        driver.text_factory = before


def _replace_undecodable(value: bytes) -> str:
    return value.decode(errors="replace")


async def find_suspect_rows(connection: AsyncConnection, engine: AsyncEngine) -> tuple[list[Suspect], int]:
    """The rows that fail (up to a few past MAX_REPORTED_PROBLEMS) and how many rows were checked."""
    if engine.dialect.name != "sqlite":
        return await _suspect_rows_in_database(connection, engine)
    # A large ledger in a file is scanned on every core; a small or in-memory one in this process.
    database = engine.url.database
    workers = VERIFY_WORKERS
    if workers > 1 and database and database != ":memory:" and not database.startswith("file:"):
        last_seq = await _last_seq(connection)
        if last_seq >= PARALLEL_VERIFY_MIN_ENTRIES:
            return await _suspect_rows_in_parallel(database, last_seq, workers)
    return await _suspect_rows_in_python(connection)


@dataclass
class SignedHeadsCheck:
    """What the signed heads say about the chain: what is wrong, and how far trusted signatures reach."""

    problems: list[VerifyProblem] = field(default_factory=list)
    matched: list[SignedHead] = field(default_factory=list)  # valid, trusted, and the chain holds them
    signers: set[str] = field(default_factory=set)  # key ids of every valid signature

    @property
    def covering(self) -> SignedHead | None:
        return max(self.matched, key=lambda head: head.seq, default=None)


def check_signed_heads(
    signed: Sequence[SignedHead],
    hashes_at: dict[int, str],
    head_seq: int,
    trusted_public_keys: frozenset[str],
) -> SignedHeadsCheck:
    """Each signed head must carry a valid signature by a trusted key and match the chain at its seq.

    With no trusted key given, a valid signature by any key counts (the origin is then unverified).
    """
    check = SignedHeadsCheck()
    problems = check.problems
    last_good = 0
    for head in sorted(signed, key=lambda item: item.seq):
        label = f"head signed {head.signed_at.isoformat()} by key {head.key_id}"
        if not signature_is_valid(head):
            problems.append(
                VerifyProblem(
                    seq=head.seq,
                    kind=ProblemKind.BAD_SIGNATURE,
                    detail=f"{label} has an invalid signature (checkpoint altered)",
                )
            )
            continue
        check.signers.add(key_id(head.public_key))
        if trusted_public_keys and head.public_key not in trusted_public_keys:
            problems.append(
                VerifyProblem(
                    seq=head.seq,
                    kind=ProblemKind.UNTRUSTED_KEY,
                    detail=f"{label} is signed by a key that is not trusted",
                )
            )
            continue
        if head.seq > head_seq:
            problems.append(
                VerifyProblem(
                    seq=head_seq + 1,
                    kind=ProblemKind.MISSING_TAIL,
                    detail=f"{label} attests seq {head.seq} but the ledger ends at seq {head_seq} "
                    f"(seq {head_seq + 1}..{head.seq} removed)",
                )
            )
        elif hashes_at.get(head.seq) != head.entry_hash:
            problems.append(
                VerifyProblem(
                    seq=last_good + 1,
                    kind=ProblemKind.REWRITTEN_TAIL,
                    detail=f"{label} attests entry_hash {head.entry_hash[:16]}... at seq {head.seq}, "
                    f"the ledger has {str(hashes_at.get(head.seq))[:16]}...: entries between seq "
                    f"{last_good + 1} and {head.seq} were rewritten",
                )
            )
        else:
            last_good = max(last_good, head.seq)
            check.matched.append(head)
    return check


def check_held_heads(
    held: Sequence[HeadClaim], hashes_at: dict[int, str], head_seq: int, matched: Sequence[SignedHead]
) -> list[VerifyProblem]:
    """A head held outside the database must still be in the chain: reached, and with its hash there."""
    problems = []
    for claim in held:
        if claim.seq > head_seq:
            problems.append(
                VerifyProblem(
                    seq=head_seq + 1,
                    kind=ProblemKind.MISSING_TAIL,
                    detail=f"the head you hold (seq {claim.seq}) is past the ledger's end at seq {head_seq} "
                    f"(seq {head_seq + 1}..{claim.seq} removed)",
                )
            )
        elif claim.entry_hash is not None and hashes_at.get(claim.seq) != claim.entry_hash:
            since = max((head.seq for head in matched if head.seq < claim.seq), default=0) + 1
            problems.append(
                VerifyProblem(
                    seq=since,
                    kind=ProblemKind.REWRITTEN_TAIL,
                    detail=f"the head you hold says entry_hash {claim.entry_hash[:16]}... at seq {claim.seq}, "
                    f"the ledger has {str(hashes_at.get(claim.seq))[:16]}...: entries between seq {since} "
                    f"and {claim.seq} were rewritten",
                )
            )
    return problems


def coverage_problem(
    covering: SignedHead | None, head_seq: int, trusted_public_keys: frozenset[str]
) -> VerifyProblem | None:
    """Entries no trusted signed head covers: whoever can write the ledger could have written them."""
    if covering is not None and covering.seq == head_seq:
        return None
    ids = sorted(key_id(public) for public in trusted_public_keys)
    signer = f"signed by key{'s' if len(ids) > 1 else ''} {', '.join(ids)}" if ids else "signed by any key"
    covered = 0 if covering is None else covering.seq
    if covering is None:
        gap = f"seq 1..{head_seq} are not covered" if head_seq else "the empty ledger's head is not signed"
    else:
        gap = f"the last covered seq is {covered}; seq {covered + 1}..{head_seq} are not yet covered"
    return VerifyProblem(
        seq=min(covered + 1, head_seq),
        kind=ProblemKind.NOT_COVERED,
        detail=f"no checkpoint {signer} covers the head (seq {head_seq}): {gap}",
    )


async def _suspect_rows_in_python(connection: AsyncConnection) -> tuple[list[Suspect], int]:
    """Stream the chain in seq order; SQLite rebuilds each message as bytes, Python hashes it.

    One statement, so one snapshot, read through the driver's own cursor as plain tuples (no SQLAlchemy
    rows). Not overlapped with a prefetch: the driver thread would fight this one for the GIL on every row.
    """
    driver = (await connection.get_raw_connection()).driver_connection
    assert driver is not None
    cursor = await driver.execute(
        chain_scan.range_query(scan_sql()), (chain_scan.LOWEST_SEQ, chain_scan.HIGHEST_SEQ)
    )
    leaf = sha256(LEAF_PREFIX)
    suspects: list[Suspect] = []
    before_seq = 0
    before_hash = GENESIS_HASH
    checked = 0
    try:
        while rows := await cursor.fetchmany(_VERIFY_PAGE):
            before_seq, before_hash = chain_scan.check_rows(rows, leaf, before_seq, before_hash, suspects)
            checked += len(rows)
            if len(suspects) > MAX_REPORTED_PROBLEMS:
                break
    finally:
        await cursor.close()
    return suspects, checked


async def _suspect_rows_in_parallel(database: str, last_seq: int, workers: int) -> tuple[list[Suspect], int]:
    """Split seq 1..last_seq into contiguous ranges and scan them on `workers` threads or processes at once.

    There are several ranges a worker. The first range also takes any seq below 1 and the last any seq
    above last_seq (rows appended since), so together they read every row, as the single scan does. Each
    scan checks the links inside its range; the links across range boundaries are checked here, in seq
    order, so the suspects come out as one scan lists them (past 50 problems, `checked` may count a few
    more rows than one scan stops at).
    """
    sql = scan_sql()
    ranges = workers * VERIFY_RANGES_PER_WORKER
    # Range `part` is bounds[part] < seq <= bounds[part + 1]: the first and last reach SQLite's extremes.
    bounds = [last_seq * part // ranges for part in range(ranges + 1)]
    bounds[0], bounds[-1] = chain_scan.LOWEST_SEQ - 1, chain_scan.HIGHEST_SEQ
    path = str(Path(database).resolve())
    jobs = [
        (
            path,
            sql,
            LEAF_PREFIX,
            bounds[part] + 1,
            bounds[part + 1],
            MAX_REPORTED_PROBLEMS,
            VERIFY_CHUNK_ROWS,
        )
        for part in range(ranges)
        if bounds[part + 1] > bounds[part]
    ]
    # Every range queued at once: each worker takes the next as it finishes one, so a core that another
    # tenant slows down does not hold up the whole verify.
    if scan_on_threads(last_seq):
        parts = await asyncio.to_thread(_scan_ranges, jobs, min(workers, len(jobs)))
    else:
        parts = await _scan_ranges_on_processes(jobs, min(workers, len(jobs)))
    suspects: list[Suspect] = []
    before_seq = 0
    before_hash = GENESIS_HASH
    checked = 0
    for part in parts:
        if part.first is None:
            continue
        if (suspect := chain_scan.suspect_of(part.first, before_seq, before_hash)) is not None:
            suspects.append(suspect)
        suspects += part.suspects
        checked += part.checked
        assert part.last is not None  # a range with a first row has a last one
        before_seq, before_hash = part.last
        if len(suspects) > MAX_REPORTED_PROBLEMS:
            break
    return suspects, checked


def scan_sql() -> chain_scan.ScanSQL:
    """What a SQLite scan reads, as `chain.py` encodes it."""
    return chain_scan.ScanSQL(sqlite_entry_messages(), sqlite_types_hold(), sqlite_mistyped())


def scan_on_threads(last_seq: int) -> bool:
    return last_seq <= THREAD_VERIFY_MAX_ENTRIES


_ScanJob = tuple[str, chain_scan.ScanSQL, bytes, int, int, int, int]  # `chain_scan.scan_range`'s arguments


async def _scan_ranges_on_processes(jobs: Sequence[_ScanJob], processes: int) -> list[chain_scan.RangeScan]:
    """The ranges' results in range order, scanned on `processes` child processes running `chain_scan.py`."""
    calls = [(database, sql, prefix.hex(), *rest) for database, sql, prefix, *rest in jobs]
    answers = await pool.on_script_processes(SCAN_SCRIPT, calls, processes, "ledger verify")
    return [chain_scan.range_scan_from_json(answer) for answer in answers]


def _scan_ranges(jobs: Sequence[_ScanJob], threads: int) -> list[chain_scan.RangeScan]:
    """The ranges' results in range order, scanned on `threads` threads (all of them done on return)."""
    with ThreadPoolExecutor(threads, thread_name_prefix="ledger-verify") as executor:
        return list(executor.map(chain_scan.scan_range, *zip(*jobs, strict=True)))


async def _suspect_rows_in_database(
    connection: AsyncConnection, engine: AsyncEngine
) -> tuple[list[Suspect], int]:
    """Set-based: PostgreSQL rebuilds, hashes and links every row and returns only the ones that fail.

    Two counting passes first, each in the plan PostgreSQL runs fastest and both at once, the second in
    another session that shares this transaction's snapshot: the hashes in a parallel scan, the links in
    one pass over the rows as stored (`_count_unlinked`). Only when either finds a bad row does the ordered
    query below (which names each problem, but sorts whole rows) run.
    """
    message = sql_entry_message("postgresql")
    # The message's timestamps are their text output, ISO only under DateStyle ISO: set for this
    # transaction, whatever the server, database, role or connection chose.
    await connection.exec_driver_sql("SET LOCAL DateStyle = 'ISO'")
    snapshot = (await connection.execute(text("SELECT pg_export_snapshot()"))).scalar_one()
    hashes = connection.execute(
        text(
            "SELECT count(*), count(*) FILTER (WHERE "
            f"encode(sha256('\\x00'::bytea || convert_to({message}, 'UTF8')), 'hex') <> entry_hash) FROM consent_ledger"
        )
    )
    (checked, changed), unlinked = await asyncio.gather(
        _one_row(hashes), _count_unlinked(engine, str(snapshot))
    )
    if not changed and not unlinked:
        return [], int(checked)
    query = text(
        f"""
        WITH chain AS (
            SELECT seq, prev_hash, entry_hash,
                   COALESCE(lag(seq) OVER w, 0) AS before_seq,
                   COALESCE(lag(entry_hash) OVER w, '{GENESIS_HASH}') AS before_hash,
                   encode(sha256('\\x00'::bytea || convert_to({message}, 'UTF8')), 'hex') AS computed
            FROM consent_ledger
            WINDOW w AS (ORDER BY seq)
        )
        SELECT seq, before_seq, prev_hash, before_hash, entry_hash, computed, '' AS mistyped FROM chain
        WHERE computed <> entry_hash OR prev_hash <> before_hash OR seq <> before_seq + 1
        ORDER BY seq LIMIT {MAX_REPORTED_PROBLEMS + 1}
        """
    )
    suspects = [tuple(row) for row in (await connection.execute(query)).all()]
    return suspects, int(checked)  # type: ignore[return-value]


async def _one_row(result: Awaitable[Result[Any]]) -> Row[Any]:
    return (await result).one()


def _unlinked_sql(order: str) -> str:
    return f"""
    SELECT count(*) FROM (
        SELECT seq, prev_hash, lag(seq) OVER w AS before_seq, lag(entry_hash) OVER w AS before_hash
        FROM consent_ledger WINDOW w AS ({order})
    ) AS links
    WHERE prev_hash <> COALESCE(before_hash, '{GENESIS_HASH}')
       OR seq <> COALESCE(before_seq, 0) + 1
"""


_UNLINKED_SQL = _unlinked_sql("ORDER BY seq")
# The same check over the rows in the order a plain scan reads them, which is seq order as long as the
# ledger was only ever appended to.
_UNLINKED_IN_TABLE_ORDER_SQL = _unlinked_sql("")


async def ordered_by_primary_key(connection: AsyncConnection) -> None:
    """Make this transaction read consent_ledger in seq order through its primary key. Left to itself, on a
    table not analyzed since a bulk load, the planner sorts a parallel scan instead, spilling to disk (1M
    rows: 3.1 s against 2.0 s) and taking two more processes from the hash pass running beside it."""
    await connection.exec_driver_sql("SET LOCAL enable_sort = off")
    await connection.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")


async def in_table_order(connection: AsyncConnection) -> None:
    """Make this transaction's scans of consent_ledger read it from its first page to its last, in one
    process: not joining a scan already under way (the hash pass's) in the middle of the table."""
    await connection.exec_driver_sql("SET LOCAL synchronize_seqscans = off")
    await connection.exec_driver_sql("SET LOCAL max_parallel_workers_per_gather = 0")


async def _count_unlinked(engine: AsyncEngine, snapshot: str) -> int:
    """Rows whose seq or prev_hash does not follow the row before them, read in the snapshot given.

    First over the rows as a plain scan reads them, a sixth cheaper than through the primary key (1M
    rows, one backend: 0.81 CPU-s against 0.98). Whatever order that is, no row out of step there means
    the rows came as seq 1, 2, 3, ... each linked to the one before: the chain in seq order, intact. Any
    row out of step (a row rewritten in place, or stored out of seq order) sends the count to the pass in
    seq order, which gives the number the chain has.
    """
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="REPEATABLE READ")
        await connection.exec_driver_sql(f"SET TRANSACTION SNAPSHOT '{snapshot}'")
        await in_table_order(connection)
        if not (await connection.exec_driver_sql(_UNLINKED_IN_TABLE_ORDER_SQL)).scalar_one():
            return 0
        await ordered_by_primary_key(connection)
        result = await connection.exec_driver_sql(_UNLINKED_SQL)
        return int(result.scalar_one())


async def hashes_at_seqs(connection: AsyncConnection, seqs: set[int]) -> dict[int, str]:
    found = {0: GENESIS_HASH}
    wanted = sorted(seq for seq in seqs if seq > 0)
    for start in range(0, len(wanted), _KEY_LOOKUP_CHUNK):
        result = await connection.execute(
            select(consent_ledger.c.seq, consent_ledger.c.entry_hash).where(
                consent_ledger.c.seq.in_(wanted[start : start + _KEY_LOOKUP_CHUNK])
            )
        )
        found.update({int(seq): str(entry_hash) for seq, entry_hash in result.all()})
    return found


def describe_suspect(suspect: Suspect) -> list[VerifyProblem]:
    seq, before_seq, prev_hash, before_hash, stored_hash, computed, mistyped = suspect
    problems = []
    if seq != before_seq + 1:
        missing = f"seq {before_seq + 1}" if seq == before_seq + 2 else f"seq {before_seq + 1}..{seq - 1}"
        problems.append(
            VerifyProblem(
                seq=before_seq + 1,
                kind=ProblemKind.MISSING_ROW,
                detail=f"{missing} deleted: the chain jumps from seq {before_seq} to {seq}",
            )
        )
    elif prev_hash != before_hash:
        problems.append(
            VerifyProblem(
                seq=seq,
                kind=ProblemKind.BROKEN_LINK,
                detail=f"prev_hash {prev_hash[:16]}... is not the entry_hash {before_hash[:16]}... of seq "
                f"{before_seq} (row replaced, moved or reordered)",
            )
        )
    for field_type in filter(None, mistyped.split(",")):
        column, kind = field_type.split(" ")
        problems.append(
            VerifyProblem(
                seq=seq,
                kind=ProblemKind.CHANGED_ROW,
                detail=f"{column} is stored as {'an' if kind[0] in 'aeiou' else 'a'} {kind}, not as text: it "
                "may read the same, but SQL no longer finds it by its value (a field was changed)",
            )
        )
    if computed != stored_hash and not mistyped:
        problems.append(
            VerifyProblem(
                seq=seq,
                kind=ProblemKind.CHANGED_ROW,
                detail="entry_hash does not match the row's content (a field was changed)",
            )
        )
    return problems


async def _last_seq(connection: AsyncConnection) -> int:
    seq = (
        await connection.execute(select(consent_ledger.c.seq).order_by(consent_ledger.c.seq.desc()).limit(1))
    ).scalar_one_or_none()
    return 0 if seq is None else int(seq)
