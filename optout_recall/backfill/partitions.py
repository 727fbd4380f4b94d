"""Planning the window into partitions, walking one partition by chunks, and the catch-up that closes a run.

The plan fixes, once, how partitions read the events (`scan`: rowid or page ranges where the database has a
physical order, event_id ranges otherwise) and where consent is read (`consent`: in place, attached, or a
staged slice), so every layout runs the same set-based statements. A partition heartbeats its cursor after
each committed chunk and resumes from the cursor it is given. `finish` reads again what moved or arrived
since the plan, then removes the staging.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from sqlalchemy import ColumnElement, Select, TableClause, func, select
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.backfill import outbox
from optout_recall.backfill.consent import (
    attach,
    consent_table,
    ensure_staged,
    prepare_consent,
    release_consent,
    staging_key,
)
from optout_recall.backfill.corrections import recall_outbox
from optout_recall.backfill.databases import database_errors
from optout_recall.backfill.links import (
    attach_links,
    ensure_links,
    pairs_table,
    release_links,
    stage_links,
    through_link,
)
from optout_recall.backfill.links import staging_file as links_file
from optout_recall.backfill.preflight import preflight
from optout_recall.backfill.scan import ScanPlan, catch_up, plan_scan, positions, scan_events
from optout_recall.backfill.violations import candidates, events_table
from optout_recall.backfill.writer import count_in, postgresql_chunk, queue_outbox, sqlite_chunk
from optout_recall.db import EngineCache
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    BackfillTally,
)
from optout_recall.payloads.backfill import BackfillFinishInput, BackfillScan, ConsentPlace, ScanOrder
from optout_recall.rules import JurisdictionRules

Chunk = tuple[BackfillCounts, str | None, bool]


async def plan_partitions(
    backfill: BackfillInput, engines: EngineCache, rules: JurisdictionRules
) -> BackfillPlanResult:
    """Checks the input, cuts the window into partitions of about `partition_events` events, stages consent."""
    await preflight(backfill, engines)
    with database_errors(backfill):
        async with engines.get(backfill.events_url).connect() as conn:
            layout = await plan_scan(conn, backfill) or await _plan_event_ids(conn, backfill)
            before = await outbox.tally(conn, backfill.incident_id)
        consent = await prepare_consent(backfill, engines)
        link_pairs = await stage_links(backfill, engines, consent.staging) if backfill.links else 0
    scan = layout.scan.model_copy(
        update={
            "consent": consent.place,
            "staging": consent.staging,
            "ledger_head": consent.ledger_head,
            "staged_rows": consent.staged_rows,
            "link_pairs": link_pairs,
            "created_index": consent.created_index,
        }
    )
    return BackfillPlanResult(
        rules_hash=rules.content_hash,
        events_in_window=layout.events_in_window,
        boundaries=layout.boundaries,
        set_based=True,
        corrections_before=before.corrections,
        outbox_before=before.outbox,
        scan=scan,
    )


async def _plan_event_ids(conn: AsyncConnection, backfill: BackfillInput) -> ScanPlan:
    """Without a physical order: every `partition_events`-th event_id of the window is a boundary."""
    events = events_table(backfill.table)
    event_id = events.c[backfill.table.event_id]
    total = int(
        await conn.scalar(select(func.count()).select_from(events).where(*_in_window(backfill, events))) or 0
    )
    boundaries: list[str] = []
    if total > backfill.partition_events:
        numbered = (
            select(event_id.label("eid"), func.row_number().over(order_by=event_id).label("rn"))
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
    return ScanPlan(BackfillScan(order=ScanOrder.EVENT_ID), boundaries, total)


async def tally_incident(backfill: BackfillInput, engines: EngineCache) -> BackfillTally:
    """What the tables hold for the incident now: exact even when a crash hid some writes from the counts."""
    with database_errors(backfill):
        async with engines.get(backfill.events_url).connect() as conn:
            return await outbox.tally(conn, backfill.incident_id, by_kind=True)


def legacy_scan(backfill: BackfillInput) -> BackfillScan:
    """For partitions planned before scans had an order: event_id ranges, consent wherever the layout puts it."""
    sqlite_pair = backfill.events_url.startswith("sqlite") and backfill.ledger_url.startswith("sqlite")
    place = (
        ConsentPlace.EVENTS_DB
        if backfill.events_url == backfill.ledger_url
        else ConsentPlace.ATTACHED
        if sqlite_pair
        else ConsentPlace.STAGED
    )
    return BackfillScan(order=ScanOrder.EVENT_ID, consent=place, staging=staging_key(backfill))


class PartitionWriter:
    """Walks partitions; engines are shared per URL, and SQLite writers of one process take turns."""

    def __init__(self, engines: EngineCache, rules: JurisdictionRules) -> None:
        self._engines = engines
        self._rules = rules
        # SQLite has one writer: chunks of one worker take turns writing instead of sleeping in the busy handler.
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
        scan = partition.scan or legacy_scan(backfill)
        head = scan.ledger_head if partition.scan is not None else None
        with database_errors(backfill):
            await ensure_staged(backfill, self._engines, scan, head)
            await ensure_links(backfill, self._engines, scan)
            while True:
                if scan.order == ScanOrder.EVENT_ID:
                    counts, last, done = await self._event_id_chunk(backfill, scan, head, cursor, partition)
                else:
                    counts, last, done = await self._position_chunk(backfill, scan, head, cursor, partition)
                cursor.counts.add(counts)
                cursor.after_event_id = last
                cursor.chunks += 1
                heartbeat(cursor.model_copy(deep=True))
                if done:
                    break
        return BackfillPartitionResult(
            index=partition.index, counts=cursor.counts, chunks=cursor.chunks, resumed=resume is not None
        )

    async def finish(self, finish: BackfillFinishInput) -> BackfillCounts:
        """Reads again what moved or arrived since the plan (corrected once: writes are idempotent), then
        removes the staging and any index the plan created. Safe to run again."""
        backfill = finish.backfill
        # A run planned before scans had an order has nothing to catch up; its partitions may have staged.
        scan = finish.scan or legacy_scan(backfill)
        counts = BackfillCounts()
        with database_errors(backfill):
            if finish.scan is not None and scan.order != ScanOrder.EVENT_ID and not finish.release_only:
                await ensure_staged(backfill, self._engines, scan, scan.ledger_head)
                await ensure_links(backfill, self._engines, scan)
                events = scan_events(backfill.table, scan)
                async with self._engines.get(backfill.events_url).connect() as conn:
                    where = await catch_up(conn, events, scan)
                counts = await self._chunk(backfill, scan, scan.ledger_head, events, where, queue=False)
            if not finish.release_only and not backfill.dry_run:
                counts.outbox_written = await self._queue_postgresql(backfill, finish.outbox_before)
            await release_consent(backfill, self._engines, scan)
            await release_links(backfill, self._engines, scan)
        return counts

    async def _queue_postgresql(self, backfill: BackfillInput, outbox_before: int | None) -> int:
        """PostgreSQL: the run's outbox, from its corrections, once all of them are written; the rows it
        inserted, or (`outbox_before` given) the incident's rows now less those it had at plan, which a
        retried finish counts again the same."""
        engine = self._engines.get(backfill.events_url)
        if engine.dialect.name != "postgresql":
            return 0  # SQLite chunks queued theirs
        async with engine.begin() as conn:
            inserted = await queue_outbox(conn, backfill.incident_id)
            if outbox_before is None:
                return inserted
            queued = select(func.count()).where(recall_outbox.c.incident_id == backfill.incident_id)
            return int(await conn.scalar(queued) or 0) - outbox_before

    async def _position_chunk(
        self,
        backfill: BackfillInput,
        scan: BackfillScan,
        head: int | None,
        cursor: BackfillPartitionCursor,
        partition: BackfillPartitionInput,
    ) -> Chunk:
        """The next `chunk_positions` rowids or pages of the partition: read in physical order, decided in one go."""
        after = int(cursor.after_event_id) if cursor.after_event_id is not None else scan.first_position
        end = int(partition.upper) if partition.upper is not None else scan.last_position
        if after >= end:
            return BackfillCounts(), str(after), True
        upto = min(after + scan.chunk_positions, end)
        events = scan_events(backfill.table, scan)
        where = positions(events, scan, after, upto)
        counts = await self._chunk(backfill, scan, head, events, where, queue=partition.scan is None)
        return counts, str(upto), upto >= end

    async def _event_id_chunk(
        self,
        backfill: BackfillInput,
        scan: BackfillScan,
        head: int | None,
        cursor: BackfillPartitionCursor,
        partition: BackfillPartitionInput,
    ) -> Chunk:
        """The next `set_based_chunk_size` events by event_id (a keyset page), for tables without an order."""
        cfg = backfill.table
        events = events_table(cfg)
        event_id = events.c[cfg.event_id]
        after = cursor.after_event_id
        ids = select(event_id.label("eid")).where(*_in_window(backfill, events))
        if after is not None:
            ids = ids.where(event_id > after)
        if partition.upper is not None:
            ids = ids.where(event_id <= partition.upper)
        page = ids.order_by(event_id).limit(backfill.set_based_chunk_size).subquery()
        async with self._engines.get(backfill.events_url).connect() as conn:
            scanned, last = (await conn.execute(select(func.count(), func.max(page.c.eid)))).one()
        if not scanned:
            return BackfillCounts(), after, True
        where = [event_id <= str(last), *([event_id > after] if after is not None else [])]
        counts = await self._chunk(backfill, scan, head, events, where, queue=partition.scan is None)
        return counts, str(last), int(scanned) < backfill.set_based_chunk_size

    async def _chunk(
        self,
        backfill: BackfillInput,
        scan: BackfillScan,
        head: int | None,
        events: TableClause,
        where: list[ColumnElement[bool]],
        *,
        queue: bool,
    ) -> BackfillCounts:
        """One chunk's violations, corrections and outbox rows. On PostgreSQL, runs planned with a scan queue
        their outbox once, at finish, from the corrections (`queue` False): concurrent chunks would wait on
        each other's uncommitted outbox keys. SQLite chunks write in turn, from the TEMP table they read into,
        which costs less than reading the corrections again."""
        engine = self._engines.get(backfill.events_url)
        consent = consent_table(scan, engine.dialect.name)
        linked = backfill.links is not None
        found: Select[tuple[object, ...]] = candidates(
            events,
            backfill.table,
            consent,
            window_start=backfill.window_start,
            window_end=backfill.window_end,
            policy=backfill.gpc_policy,
            rules=self._rules,
            ledger_head=head,
            pairs=pairs_table(scan, engine.dialect.name) if linked else None,
        ).where(*where)
        through = through_link(consent) if linked else None
        if engine.dialect.name == "postgresql":
            by_page = scan.order == ScanOrder.PAGES
            async with engine.begin() as conn:
                return await postgresql_chunk(
                    conn,
                    backfill.incident_id,
                    found,
                    dry_run=backfill.dry_run,
                    rows=(events, backfill.table) if by_page else None,
                    queue=queue,
                    through=through,
                )

        async def prepare(conn: AsyncConnection) -> None:
            await attach(conn, backfill, scan)
            if linked:
                await attach_links(conn, links_file(scan.staging))

        turn = self._sqlite_writers.setdefault(backfill.events_url, asyncio.Lock())
        return await sqlite_chunk(
            engine,
            backfill.incident_id,
            found,
            count_in(events, [*_in_window(backfill, events), *where]),
            dry_run=backfill.dry_run,
            prepare=prepare,
            turn=turn,
            through=through,
        )


def _in_window(backfill: BackfillInput, events: TableClause) -> list[ColumnElement[bool]]:
    processed_at = events.c[backfill.table.processed_at]
    return [processed_at >= backfill.window_start, processed_at < backfill.window_end]
