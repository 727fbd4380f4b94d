"""Deciding and writing one chunk: its violations, their corrections and outbox rows, and its tallies.

The chunk's events are read once, by `violations.candidates`; the corrections, the outbox rows and the
tallies (by jurisdiction, purpose and destination) all come from the violations it found, never from the
events again:
- PostgreSQL: one statement reads the chunk, writes the corrections from what it found (a data-modifying
  CTE) and returns the tallies and the events scanned. A run planned with a scan queues its outbox once, at
  finish, from the incident's corrections (`queue_outbox`): chunks that shared outbox keys used to wait on
  each other's uncommitted rows. Chunks of older runs still queue theirs, last before the commit, in key
  order (so they never deadlock).
- SQLite: the violations go to a TEMP table (the connection's own, never the events file) while reading,
  which several connections do at once; then, one writer at a time, corrections and outbox rows are inserted
  from it, and the tallies are counted from it.

Every insert skips conflicts on the business key (`UNIQUE(incident_id, event_id)` for corrections,
`UNIQUE(incident_id, destination, subject_id)` for the outbox), so a retried, resumed or replayed chunk
doubles nothing; the tallies count what the chunk found, so a chunk done again after a crash counts the same.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    ColumnElement,
    Select,
    TableClause,
    Text,
    bindparam,
    cast,
    column,
    delete,
    func,
    literal,
    literal_column,
    null,
    select,
    table,
    true,
    union_all,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from optout_recall.backfill.corrections import CORRECTION_COLUMNS, recall_corrections, recall_outbox
from optout_recall.backfill.outbox import DeliveryStatus
from optout_recall.db import UTCDateTime
from optout_recall.payloads import BackfillCounts, EventTableConfig

# SQLite's default page cache (2 MB) makes the lookups and the unique indexes thrash on big windows. Reads
# through a memory map share the OS page cache between the connections of concurrent chunks, instead of each
# connection copying the same pages into a cache of its own (it is the recall's connection: nothing about
# the file's durability changes).
_SQLITE_CACHE = "PRAGMA cache_size = -65536"
SQLITE_MMAP = 1 << 30
# Per chunk, in one round trip: no JIT (the planner prices the per-event lookup high enough to JIT-compile
# every chunk, which costs more than the chunk) and room to sort the chunk's violations in memory.
_POSTGRESQL_SETTINGS = "SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)"
_FOUND_COLUMNS = (
    "event_id",
    "subject_id",
    "purpose",
    "jurisdiction",
    "destination",
    "processed_at",
    "ledger_seq",
    "through_link",
)
_SQLITE_FOUND = (
    "CREATE TEMP TABLE IF NOT EXISTS recall_found (event_id TEXT, subject_id TEXT, purpose TEXT, "
    "jurisdiction TEXT, destination TEXT, processed_at DATETIME, ledger_seq INTEGER, through_link BOOLEAN)"
)
sqlite_found = table(
    "recall_found",
    *(column(name, UTCDateTime()) if name == "processed_at" else column(name) for name in _FOUND_COLUMNS),
    schema="temp",
)

Prepare = Callable[[AsyncConnection], Awaitable[None]]
# (subject, purpose, seq) of a violation -> whether the opt-out it ignored was a linked identifier's.
ThroughLink = Callable[..., ColumnElement[bool]]


def _through(through: ThroughLink | None, subject: Any, purpose: Any, seq: Any) -> ColumnElement[Any]:
    """A violation's `through_link`: decided where links were configured, NULL otherwise."""
    if through is None:
        return cast(null(), Boolean).label("through_link")
    return through(subject, purpose, seq).label("through_link")


async def postgresql_chunk(
    conn: AsyncConnection,
    incident_id: str,
    found: Select[tuple[object, ...]],
    *,
    dry_run: bool,
    rows: tuple[TableClause, EventTableConfig] | None = None,
    queue: bool = True,
    through: ThroughLink | None = None,
) -> BackfillCounts:
    """Read the chunk once and write its corrections in one statement; then (`queue`), last before the
    commit, its outbox rows (from the keys the statement returned).

    With `rows` (the events table, read by page ranges) only each event's ctid and ignored opt-out are kept
    while reading, and the few violations are fetched again by ctid: far less to hold than every event.
    """
    await conn.exec_driver_sql(_POSTGRESQL_SETTINGS)
    no_count = cast(null(), BigInteger)  # typed: UNION resolves two untyped NULLs as text
    if rows is not None:
        events, config = rows
        cand = found.with_only_columns(
            events.c.ctid.label("ref"), found.selected_columns.ledger_seq, maintain_column_froms=True
        ).cte("candidates")
        row = events.alias("row")
        # LATERAL: each violation is fetched by its ctid (a TID scan), never by joining the whole table.
        fetched = (
            select(
                row.c[config.event_id].label("event_id"),
                row.c[config.subject_id].label("subject_id"),
                row.c[config.purpose].label("purpose"),
                row.c[config.jurisdiction].label("jurisdiction"),
                row.c[config.destination].label("destination"),
                row.c[config.processed_at].label("processed_at"),
            )
            .where(row.c.ctid == cand.c.ref)
            .limit(1)  # one row per ctid, and a fence: PostgreSQL would flatten it into a hash join
            .lateral("fetched")
        )
        hits = (
            select(
                fetched,
                cand.c.ledger_seq,
                _through(through, fetched.c.subject_id, fetched.c.purpose, cand.c.ledger_seq),
            )
            .select_from(cand.join(fetched, true()))
            .where(cand.c.ledger_seq.is_not(None))
            .cte("found")
        )
    else:
        cand = found.cte("candidates")
        hits = (
            select(cand, _through(through, cand.c.subject_id, cand.c.purpose, cand.c.ledger_seq))
            .where(cand.c.ledger_seq.is_not(None))
            .cte("found")
        )
    h = hits.c
    parts = [
        select(literal("g"), h.jurisdiction, h.purpose, h.destination, func.count(), no_count).group_by(
            h.jurisdiction, h.purpose, h.destination
        )
    ]
    written: ColumnElement[Any] = literal(0)
    if not dry_run:
        inserted = (
            postgresql.insert(recall_corrections)
            .from_select(
                CORRECTION_COLUMNS,
                select(
                    literal(incident_id),
                    h.event_id,
                    h.subject_id,
                    h.purpose,
                    h.jurisdiction,
                    h.destination,
                    h.processed_at,
                    h.ledger_seq,
                    literal(datetime.now(UTC), UTCDateTime()),
                    h.through_link,
                ).order_by(h.event_id),
            )
            .on_conflict_do_nothing(index_elements=["incident_id", "event_id"])
            .returning(recall_corrections.c.id)
            .cte("written")
        )
        written = select(func.count()).select_from(inserted).scalar_subquery()
        if queue:
            parts.append(
                select(literal("o"), h.destination, h.subject_id, null(), no_count, no_count).distinct()
            )
    scanned = select(func.count()).select_from(cand).scalar_subquery()
    parts.append(select(literal("s"), null(), null(), null(), scanned, written))
    if through is not None:
        linked = select(func.count()).select_from(hits).where(h.through_link).scalar_subquery()
        parts.append(select(literal("l"), null(), null(), null(), linked, no_count))
    result = (await conn.execute(union_all(*parts))).all()
    counts = _counts([(*r[1:5], None, None, None) for r in result if r[0] == "g"])
    summary = next(r for r in result if r[0] == "s")
    counts.scanned, counts.corrections_written = int(summary[4]), int(summary[5])
    counts.through_links = sum(int(r[4]) for r in result if r[0] == "l")
    if not dry_run and queue:
        keys = sorted((str(r[1]), str(r[2])) for r in result if r[0] == "o")
        counts.outbox_written = await _queue_postgresql(conn, incident_id, keys)
    return counts


async def _queue_postgresql(conn: AsyncConnection, incident_id: str, keys: list[tuple[str, str]]) -> int:
    """Outbox rows for (destination, subject) keys, inserted in key order: concurrent chunks never deadlock."""
    if not keys:
        return 0
    pairs = (
        func.unnest(
            bindparam("destinations", [d for d, _ in keys], type_=ARRAY(Text)),
            bindparam("subjects", [s for _, s in keys], type_=ARRAY(Text)),
        )
        .table_valued("destination", "subject_id")
        .render_derived(name="pairs")
    )
    now = literal(datetime.now(UTC), UTCDateTime())
    queued = await conn.execute(
        postgresql.insert(recall_outbox)
        .from_select(
            ["incident_id", "destination", "subject_id", "status", "attempts", "created_at"],
            select(
                literal(incident_id),
                pairs.c.destination,
                pairs.c.subject_id,
                literal(DeliveryStatus.PENDING.value),
                literal(0),
                now,
            ).order_by(pairs.c.destination, pairs.c.subject_id),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"]),
        execution_options={"preserve_rowcount": True},
    )
    return max(queued.rowcount, 0)


async def sqlite_chunk(
    engine: AsyncEngine,
    incident_id: str,
    found: Select[tuple[object, ...]],
    scanned: Select[Any],
    *,
    dry_run: bool,
    prepare: Prepare,
    turn: contextlib.AbstractAsyncContextManager[Any],
    through: ThroughLink | None = None,
) -> BackfillCounts:
    """Read into the connection's TEMP table (concurrently with other chunks), then write in turn."""
    async with engine.connect() as conn:
        await prepare(conn)
        await conn.exec_driver_sql(_SQLITE_CACHE)
        await conn.exec_driver_sql(f"PRAGMA mmap_size = {SQLITE_MMAP}")
        await conn.exec_driver_sql(_SQLITE_FOUND)
        await conn.execute(delete(sqlite_found))
        # LIMIT -1 keeps the subquery a co-routine: flattened, SQLite would run the lookup twice per hit.
        cand = found.limit(-1).subquery("candidates")
        await conn.execute(
            sqlite_found.insert().from_select(
                list(_FOUND_COLUMNS),
                select(cand, _through(through, cand.c.subject_id, cand.c.purpose, cand.c.ledger_seq)).where(
                    cand.c.ledger_seq.is_not(None)
                ),
            )
        )
        events = int(await conn.scalar(scanned) or 0)
        await conn.commit()
        written = queued = 0
        if not dry_run:
            async with turn:
                written, queued = await _write_found(conn, incident_id)
                await conn.commit()
        f = sqlite_found.c
        groups = (
            await conn.execute(
                select(f.jurisdiction, f.purpose, f.destination, func.count()).group_by(
                    f.jurisdiction, f.purpose, f.destination
                )
            )
        ).all()
        linked = 0
        if through is not None:
            linked = int(
                await conn.scalar(select(func.count()).select_from(sqlite_found).where(f.through_link == 1))
                or 0
            )
        await conn.execute(delete(sqlite_found))
        await conn.commit()
    counts = _counts([(*row, None, None, None) for row in groups])
    counts.through_links = linked
    counts.scanned, counts.corrections_written, counts.outbox_written = events, written, queued
    return counts


async def _write_found(conn: AsyncConnection, incident_id: str) -> tuple[int, int]:
    """Corrections and outbox rows from the TEMP table; conflicts (an earlier attempt's rows) are skipped."""
    now = literal(datetime.now(UTC), UTCDateTime())
    incident = literal(incident_id)
    f = sqlite_found.c
    # SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT (its parser would read ON as a join).
    everything = literal_column("1") == 1
    written = await conn.execute(
        sqlite.insert(recall_corrections)
        .from_select(
            CORRECTION_COLUMNS,
            select(
                incident,
                f.event_id,
                f.subject_id,
                f.purpose,
                f.jurisdiction,
                f.destination,
                f.processed_at,
                f.ledger_seq,
                now,
                f.through_link,
            ).where(everything),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "event_id"]),
        execution_options={"preserve_rowcount": True},
    )
    queued = await conn.execute(
        sqlite.insert(recall_outbox)
        .from_select(
            ["incident_id", "destination", "subject_id", "status", "attempts", "created_at"],
            select(
                incident, f.destination, f.subject_id, literal(DeliveryStatus.PENDING.value), literal(0), now
            )
            .where(everything)
            .distinct(),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"]),
        execution_options={"preserve_rowcount": True},
    )
    return max(written.rowcount, 0), max(queued.rowcount, 0)


async def queue_outbox(conn: AsyncConnection, incident_id: str) -> int:
    """PostgreSQL: one outbox row per (destination, subject) of the incident's corrections, in one statement
    at the end of a run: no chunk waits on another's outbox keys.

    Keys already queued (a rerun, a retried finish) are left out by an anti-join, so the rows go in by a
    plain INSERT (ON CONFLICT's speculative insertion costs 1.6x on a fresh outbox); should another run of the
    incident queue the same keys meanwhile, the insert is done again skipping conflicts.
    """
    c = recall_corrections.c
    o = recall_outbox.alias("queued").c
    keys = (
        select(
            literal(incident_id),
            c.destination,
            c.subject_id,
            literal(DeliveryStatus.PENDING.value),
            literal(0),
            literal(datetime.now(UTC), UTCDateTime()),
        )
        .where(c.incident_id == incident_id)
        .distinct()
        .order_by(c.destination, c.subject_id)
    )
    fresh = keys.where(
        ~select(literal(1))
        .where(o.incident_id == incident_id, o.destination == c.destination, o.subject_id == c.subject_id)
        .exists()
    )
    columns = ["incident_id", "destination", "subject_id", "status", "attempts", "created_at"]
    await conn.exec_driver_sql("SELECT set_config('work_mem', '64MB', true)")
    try:
        async with conn.begin_nested():
            queued = await conn.execute(
                postgresql.insert(recall_outbox).from_select(columns, fresh),
                execution_options={"preserve_rowcount": True},
            )
    except IntegrityError:
        queued = await conn.execute(
            postgresql.insert(recall_outbox)
            .from_select(columns, keys)
            .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"]),
            execution_options={"preserve_rowcount": True},
        )
    return max(queued.rowcount, 0)


def count_in(events: TableClause, where: Sequence[ColumnElement[bool]]) -> Select[Any]:
    """The events a chunk scans (SQLite counts them beside the read: a rowid range read in order)."""
    return select(func.count()).select_from(events).where(*where)


def _counts(rows: Sequence[Any]) -> BackfillCounts:
    """Tally rows (jurisdiction, purpose, destination, n, ...) and one summary row (..., scanned, written, queued)."""
    counts = BackfillCounts()
    for jurisdiction, purpose, destination, n, scanned, written, queued in rows:
        if n is None:
            counts.scanned, counts.corrections_written, counts.outbox_written = (
                int(scanned or 0),
                int(written or 0),
                int(queued or 0),
            )
            continue
        counts.violations += int(n)
        for bucket, key in (
            (counts.by_jurisdiction, str(jurisdiction)),
            (counts.by_purpose, str(purpose)),
            (counts.by_destination, str(destination)),
        ):
            bucket[key] = bucket.get(key, 0) + int(n)
    return counts
