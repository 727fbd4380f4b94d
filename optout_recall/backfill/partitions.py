"""Planning the window into event_id partitions, and walking one partition by keyset chunks.

A partition heartbeats its cursor after each committed chunk and resumes from the cursor it is given. When
events and ledger share a database each chunk is one set-based INSERT ... SELECT (`violations_select`);
otherwise consent is read from the ledger's database and the rule is applied in Python (`find_violations`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, defaultdict
from collections.abc import Callable

from sqlalchemy import ColumnElement, TableClause, func, select

from optout_recall.backfill import outbox
from optout_recall.backfill.corrections import recall_corrections
from optout_recall.backfill.databases import database_errors
from optout_recall.backfill.preflight import events_table, preflight
from optout_recall.backfill.violations import ConsentEntry, Event, find_violations, violations_select
from optout_recall.backfill.writer import corrections_in, write_found, write_set_based
from optout_recall.db import EngineCache
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    BackfillTally,
)
from optout_recall.rules import JurisdictionRules

# SQLite's default limit on bound parameters is 32766; stay far below it for IN lists.
_IN_BATCH = 900
# SQLite's default page cache (2 MB) makes the unique indexes of the correction tables thrash on big windows.
_SQLITE_CACHE = "PRAGMA cache_size = -65536"

Chunk = tuple[BackfillCounts, str | None, bool]


async def plan_partitions(
    backfill: BackfillInput, engines: EngineCache, rules: JurisdictionRules
) -> BackfillPlanResult:
    """Checks the input, then splits the window into event_id ranges of about `partition_events` events.

    One pass over the window numbers its events (a window function, no OFFSET) and keeps every
    `partition_events`-th id as a boundary; a second groups by jurisdiction, which counts the window and
    lists the jurisdictions the set-based rule must know.
    """
    events = await preflight(backfill, engines)
    cfg = backfill.table
    with database_errors(backfill):
        async with engines.get(backfill.events_url).connect() as conn:
            by_jurisdiction = (
                await conn.execute(
                    select(events.c[cfg.jurisdiction], func.count())
                    .where(*_in_window(backfill, events))
                    .group_by(events.c[cfg.jurisdiction])
                )
            ).all()
            in_window = sum(int(n) for _, n in by_jurisdiction)
            boundaries: list[str] = []
            if in_window > backfill.partition_events:
                numbered = (
                    select(
                        events.c[cfg.event_id].label("eid"),
                        func.row_number().over(order_by=events.c[cfg.event_id]).label("rn"),
                    )
                    .where(*_in_window(backfill, events))
                    .subquery()
                )
                boundaries = [
                    str(eid)
                    for (eid,) in await conn.execute(
                        select(numbered.c.eid)
                        .where(numbered.c.rn % backfill.partition_events == 0)
                        .order_by(numbered.c.eid)
                    )
                ]
            before = await outbox.tally(conn, backfill.incident_id)
    set_based = backfill.events_url == backfill.ledger_url
    return BackfillPlanResult(
        rules_hash=rules.content_hash,
        events_in_window=in_window,
        boundaries=boundaries,
        jurisdictions=sorted(str(j) for j, _ in by_jurisdiction),
        set_based=set_based,
        corrections_before=before.corrections,
        outbox_before=before.outbox,
    )


async def tally_incident(backfill: BackfillInput, engines: EngineCache) -> BackfillTally:
    """What the tables hold for the incident now: exact even when a crash hid some writes from the counts."""
    with database_errors(backfill):
        async with engines.get(backfill.events_url).connect() as conn:
            return await outbox.tally(conn, backfill.incident_id)


class PartitionWriter:
    """Walks partitions; engines are shared per URL, and SQLite writers of one process take turns."""

    def __init__(self, engines: EngineCache, rules: JurisdictionRules) -> None:
        self._engines = engines
        self._rules = rules
        # SQLite has one writer: chunks of one worker take turns here instead of sleeping in SQLite's busy handler.
        self._sqlite_writers: dict[str, asyncio.Lock] = {}

    async def write_partition(
        self,
        partition: BackfillPartitionInput,
        resume: BackfillPartitionCursor | None = None,
        heartbeat: Callable[..., None] = lambda *_: None,
    ) -> BackfillPartitionResult:
        """All events of one partition, chunk by chunk, from `resume` if given; heartbeats the cursor per chunk."""
        cursor = resume if resume is not None else BackfillPartitionCursor(after_event_id=partition.lower)
        backfill = partition.backfill
        with database_errors(backfill):
            while True:
                if partition.set_based:
                    counts, last, done = await self.set_based_chunk(partition, cursor.after_event_id)
                else:
                    counts, last, done = await self.python_chunk(
                        backfill, cursor.after_event_id, partition.upper
                    )
                cursor.counts.add(counts)
                cursor.after_event_id = last
                cursor.chunks += 1
                heartbeat(cursor.model_copy(deep=True))
                if done:
                    break
        return BackfillPartitionResult(
            index=partition.index, counts=cursor.counts, chunks=cursor.chunks, resumed=resume is not None
        )

    async def set_based_chunk(self, partition: BackfillPartitionInput, after: str | None) -> Chunk:
        """The next `set_based_chunk_size` events of the partition, decided and written by the database in one go."""
        backfill, cfg = partition.backfill, partition.backfill.table
        events = events_table(cfg)
        event_id = events.c[cfg.event_id]
        ids = select(event_id.label("eid")).where(*_in_window(backfill, events))
        if after is not None:
            ids = ids.where(event_id > after)
        if partition.upper is not None:
            ids = ids.where(event_id <= partition.upper)
        size = backfill.set_based_chunk_size
        page = ids.order_by(event_id).limit(size).subquery()
        engine = self._engines.get(backfill.events_url)
        turn = self._sqlite_writers.setdefault(backfill.events_url, asyncio.Lock())
        async with (
            turn if engine.dialect.name == "sqlite" else contextlib.nullcontext(),
            engine.begin() as conn,
        ):
            if conn.dialect.name == "sqlite":
                await conn.exec_driver_sql(_SQLITE_CACHE)
            scanned, last = (await conn.execute(select(func.count(), func.max(page.c.eid)))).one()
            if not scanned:
                return BackfillCounts(), after, True
            last = str(last)
            found = violations_select(
                cfg,
                window_start=backfill.window_start,
                window_end=backfill.window_end,
                lower=after,
                upper=last,
                policy=backfill.gpc_policy,
                rules=self._rules,
                jurisdictions=partition.jurisdictions,
            ).subquery("found")
            counts = BackfillCounts(scanned=int(scanned))
            if backfill.dry_run:
                groups = await conn.execute(
                    select(found.c.jurisdiction, found.c.purpose, found.c.destination, func.count()).group_by(
                        found.c.jurisdiction, found.c.purpose, found.c.destination
                    )
                )
            else:
                counts.corrections_written, counts.outbox_written = await write_set_based(
                    conn, backfill.incident_id, found, after, last
                )
                r = recall_corrections.c
                groups = await conn.execute(
                    select(r.jurisdiction, r.purpose, r.destination, func.count())
                    .where(*corrections_in(backfill.incident_id, after, last))
                    .group_by(r.jurisdiction, r.purpose, r.destination)
                )
            for jurisdiction, purpose, destination, n in groups:
                _bump(counts, str(jurisdiction), str(purpose), str(destination), int(n))
        return counts, last, int(scanned) < size

    async def python_chunk(self, backfill: BackfillInput, after: str | None, upper: str | None) -> Chunk:
        """The next `chunk_size` events, decided in Python against consent read from the ledger's database."""
        cfg = backfill.table
        events = events_table(cfg)
        async with self._engines.get(backfill.events_url).connect() as conn:
            query = (
                select(
                    events.c[cfg.event_id],
                    events.c[cfg.subject_id],
                    events.c[cfg.purpose],
                    events.c[cfg.jurisdiction],
                    events.c[cfg.processed_at],
                    events.c[cfg.destination],
                )
                .where(*_in_window(backfill, events))
                .order_by(events.c[cfg.event_id])
                .limit(backfill.chunk_size)
            )
            if after is not None:
                query = query.where(events.c[cfg.event_id] > after)
            if upper is not None:
                query = query.where(events.c[cfg.event_id] <= upper)
            rows = (await conn.execute(query)).all()
        chunk = [Event(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], str(r[5])) for r in rows]
        if not chunk:
            return BackfillCounts(), after, True
        consent = await self._consent_for(backfill, chunk)
        found = find_violations(chunk, consent, backfill.gpc_policy, self._rules.requires_universal_opt_out)
        counts = BackfillCounts(
            scanned=len(chunk),
            violations=len(found),
            by_jurisdiction=dict(Counter(e.jurisdiction for e, _ in found)),
            by_purpose=dict(Counter(e.purpose for e, _ in found)),
            by_destination=dict(Counter(e.destination for e, _ in found)),
        )
        if found and not backfill.dry_run:
            async with self._engines.get(backfill.events_url).begin() as conn:
                counts.corrections_written, counts.outbox_written = await write_found(
                    conn, backfill.incident_id, found
                )
        return counts, chunk[-1].event_id, len(chunk) < backfill.chunk_size

    async def _consent_for(
        self, backfill: BackfillInput, chunk: list[Event]
    ) -> dict[tuple[str, str], list[ConsentEntry]]:
        subjects = sorted({e.subject_id for e in chunk})
        latest = max(e.processed_at for e in chunk)
        by_key: dict[tuple[str, str], list[ConsentEntry]] = defaultdict(list)
        c = consent_ledger.c
        async with self._engines.get(backfill.ledger_url).connect() as conn:
            for start in range(0, len(subjects), _IN_BATCH):
                result = await conn.execute(
                    select(c.subject_id, c.purpose, c.seq, c.observed_at, c.choice, c.source)
                    .where(c.subject_id.in_(subjects[start : start + _IN_BATCH]))
                    .where(c.observed_at <= latest)
                    .order_by(c.subject_id, c.purpose, c.observed_at, c.seq)
                )
                for subject_id, purpose, seq, observed_at, choice, source in result:
                    by_key[(subject_id, purpose)].append(ConsentEntry(seq, observed_at, choice, source))
        return by_key


def _in_window(backfill: BackfillInput, events: TableClause) -> list[ColumnElement[bool]]:
    processed_at = events.c[backfill.table.processed_at]
    return [processed_at >= backfill.window_start, processed_at < backfill.window_end]


def _bump(counts: BackfillCounts, jurisdiction: str, purpose: str, destination: str, n: int) -> None:
    counts.violations += n
    for bucket, key in (
        (counts.by_jurisdiction, jurisdiction),
        (counts.by_purpose, purpose),
        (counts.by_destination, destination),
    ):
        bucket[key] = bucket.get(key, 0) + n
