"""Backfill side effects: plan partitions, find violations, write corrections and outbox rows, deliver them.

Every write is idempotent by a business key (`UNIQUE(incident_id, event_id)` for corrections,
`UNIQUE(incident_id, destination, subject_id)` for the outbox), so a retried, resumed or replayed activity
doubles nothing. Partition activities heartbeat their keyset cursor after each committed chunk and resume
from it; when events and ledger share a database each chunk is one set-based INSERT ... SELECT.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter, defaultdict
from datetime import UTC, datetime

import httpx
from sqlalchemy import (
    ColumnElement,
    TableClause,
    bindparam,
    func,
    inspect,
    literal,
    literal_column,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from temporalio import activity
from temporalio.exceptions import ApplicationError

from optout_recall import outbox
from optout_recall.corrections import CORRECTION_COLUMNS, recall_corrections, recall_outbox
from optout_recall.corrections import metadata as corrections_metadata
from optout_recall.db import EngineCache, UTCDateTime, redact_url
from optout_recall.ledger.schema import consent_ledger
from optout_recall.outbox import DeliveryStatus
from optout_recall.payloads import (
    BackfillChunkInput,
    BackfillChunkResult,
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    BackfillPrepareResult,
    BackfillTally,
    EventTableConfig,
    OutboxDeliveryResult,
)
from optout_recall.rules import JurisdictionRules, load_rules
from optout_recall.violations import ConsentEntry, Event, ignored_opt_out, missing_columns, violations_select
from optout_recall.violations import events_table as _events_table

# SQLite's default limit on bound parameters is 32766; stay far below it for IN lists.
_IN_BATCH = 900
_DELIVERY_PAGE = 200
# SQLite's default page cache (2 MB) makes the unique indexes of the correction tables thrash on big windows.
_SQLITE_CACHE = "PRAGMA cache_size = -65536"
_DELIVERY_CONCURRENCY = 16


def events_table(config: EventTableConfig) -> TableClause:
    """The user's events table, with every configured name checked as an identifier (then quoted by SQLAlchemy)."""
    try:
        return _events_table(config)
    except ValueError as exc:
        raise ApplicationError(str(exc), type="BadBackfillInput", non_retryable=True) from exc


class BackfillActivities:
    """Activities of `BackfillWorkflow`; engines are shared per URL for the life of the worker."""

    def __init__(
        self,
        engines: EngineCache,
        rules: JurisdictionRules | None = None,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self._engines = engines
        self._rules = rules or load_rules()
        self._http = http
        # SQLite has one writer: chunks of one worker take turns here instead of sleeping in SQLite's busy handler.
        self._sqlite_writers: dict[str, asyncio.Lock] = {}

    # ------------------------------------------------------------------ planning

    @activity.defn(name="prepare_backfill")
    async def prepare_backfill(self, input: BackfillInput) -> BackfillPrepareResult:
        """Checks the tables exist as configured, creates the correction tables, counts the window."""
        events = await self._check(input)
        try:
            async with self._engine(input.events_url).connect() as conn:
                in_window = await conn.scalar(
                    select(func.count()).select_from(events).where(*_in_window(input, events))
                )
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc
        activity.logger.info("backfill %s: %s events in window", input.incident_id, in_window)
        return BackfillPrepareResult(
            rules_hash=self._rules.content_hash, events_in_window=int(in_window or 0)
        )

    @activity.defn(name="plan_backfill")
    async def plan_backfill(self, input: BackfillInput) -> BackfillPlanResult:
        """Checks the input, then splits the window into event_id ranges of about `partition_events` events.

        One pass over the window numbers its events (a window function, no OFFSET) and keeps every
        `partition_events`-th id as a boundary; a second groups by jurisdiction, which counts the window and
        lists the jurisdictions the set-based rule must know.
        """
        events = await self._check(input)
        cfg = input.table
        try:
            async with self._engine(input.events_url).connect() as conn:
                by_jurisdiction = (
                    await conn.execute(
                        select(events.c[cfg.jurisdiction], func.count())
                        .where(*_in_window(input, events))
                        .group_by(events.c[cfg.jurisdiction])
                    )
                ).all()
                in_window = sum(int(n) for _, n in by_jurisdiction)
                boundaries: list[str] = []
                if in_window > input.partition_events:
                    numbered = (
                        select(
                            events.c[cfg.event_id].label("eid"),
                            func.row_number().over(order_by=events.c[cfg.event_id]).label("rn"),
                        )
                        .where(*_in_window(input, events))
                        .subquery()
                    )
                    boundaries = [
                        str(eid)
                        for (eid,) in await conn.execute(
                            select(numbered.c.eid)
                            .where(numbered.c.rn % input.partition_events == 0)
                            .order_by(numbered.c.eid)
                        )
                    ]
                before = await outbox.tally(conn, input.incident_id)
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc
        set_based = input.events_url == input.ledger_url
        activity.logger.info(
            "backfill %s: %s events in window, %s partitions, %s",
            input.incident_id,
            in_window,
            len(boundaries) + 1,
            "set-based" if set_based else "ledger in another database",
        )
        return BackfillPlanResult(
            rules_hash=self._rules.content_hash,
            events_in_window=in_window,
            boundaries=boundaries,
            jurisdictions=sorted(str(j) for j, _ in by_jurisdiction),
            set_based=set_based,
            corrections_before=before.corrections,
            outbox_before=before.outbox,
        )

    # ------------------------------------------------------------------ finding and writing

    @activity.defn(name="backfill_chunk")
    async def backfill_chunk(self, input: BackfillChunkInput) -> BackfillChunkResult:
        """One keyset chunk: read events after the cursor, decide violations, write corrections once."""
        try:
            counts, last, done = await self._python_chunk(input.backfill, input.after_event_id, None)
        except OperationalError as exc:
            raise _unreachable(exc, input.backfill) from exc
        return BackfillChunkResult(counts=counts, last_event_id=last, done=done)

    @activity.defn(name="backfill_partition")
    async def backfill_partition(self, input: BackfillPartitionInput) -> BackfillPartitionResult:
        """All events of one partition, chunk by chunk; resumes from the last heartbeated cursor."""
        details = activity.info().heartbeat_details
        resumed = bool(details)
        cursor = (
            BackfillPartitionCursor.model_validate(details[0])
            if resumed
            else BackfillPartitionCursor(after_event_id=input.lower)
        )
        if resumed:
            activity.logger.info(
                "partition %s resumes after %s (%s chunks done)",
                input.index,
                cursor.after_event_id,
                cursor.chunks,
            )
        backfill = input.backfill
        try:
            while True:
                if input.set_based:
                    counts, last, done = await self._set_based_chunk(input, cursor.after_event_id)
                else:
                    counts, last, done = await self._python_chunk(
                        backfill, cursor.after_event_id, input.upper
                    )
                cursor.counts.add(counts)
                cursor.after_event_id = last
                cursor.chunks += 1
                activity.heartbeat(cursor.model_copy(deep=True))
                if done:
                    break
        except OperationalError as exc:
            raise _unreachable(exc, backfill) from exc
        return BackfillPartitionResult(
            index=input.index, counts=cursor.counts, chunks=cursor.chunks, resumed=resumed
        )

    @activity.defn(name="tally_backfill")
    async def tally_backfill(self, input: BackfillInput) -> BackfillTally:
        """What the tables hold for the incident now: exact even when a crash hid some writes from the counts."""
        try:
            async with self._engine(input.events_url).connect() as conn:
                return await outbox.tally(conn, input.incident_id)
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc

    # ------------------------------------------------------------------ delivery

    @activity.defn(name="deliver_outbox")
    async def deliver_outbox(self, input: BackfillInput) -> OutboxDeliveryResult:
        """Posts every undelivered outbox row to its destination's webhook, page by page (resumable).

        Each request carries an idempotency key; a row is retried `delivery_attempts` times with backoff,
        then marked failed with its last error. Destinations without a webhook stay pending.
        """
        details = activity.info().heartbeat_details
        after_id = int(details[0]) if details else 0
        totals = OutboxDeliveryResult.model_validate(details[1]) if details else OutboxDeliveryResult()
        engine = self._engine(input.events_url)
        o = recall_outbox.c
        http = self._client()
        limit = asyncio.Semaphore(_DELIVERY_CONCURRENCY)
        try:
            while True:
                async with engine.connect() as conn:
                    page = (
                        await conn.execute(
                            select(o.id, o.destination, o.subject_id)
                            .where(o.incident_id == input.incident_id, o.id > after_id)
                            .where(o.status != DeliveryStatus.DELIVERED.value)
                            .order_by(o.id)
                            .limit(_DELIVERY_PAGE)
                        )
                    ).all()
                if not page:
                    break
                wanted = [row for row in page if row[1] in input.destinations]
                totals.skipped += len(page) - len(wanted)

                async def one(row_id: int, destination: str, subject_id: str) -> dict[str, object]:
                    async with limit:
                        status, tries, error = await _deliver(
                            http, input, input.destinations[destination], destination, subject_id
                        )
                    return {
                        "row_id": row_id,
                        "new_status": status.value,
                        "tries": tries,
                        "error": error,
                        "at": datetime.now(UTC) if status == DeliveryStatus.DELIVERED else None,
                    }

                outcomes = await asyncio.gather(*(one(*row) for row in wanted))
                if outcomes:
                    async with engine.begin() as conn:
                        await conn.execute(
                            update(recall_outbox)
                            .where(o.id == bindparam("row_id"))
                            .values(
                                status=bindparam("new_status"),
                                attempts=o.attempts + bindparam("tries"),
                                last_error=bindparam("error"),
                                delivered_at=bindparam("at", type_=UTCDateTime()),
                            ),
                            outcomes,
                        )
                totals.delivered += sum(1 for x in outcomes if x["new_status"] == DeliveryStatus.DELIVERED)
                totals.failed += sum(1 for x in outcomes if x["new_status"] == DeliveryStatus.FAILED)
                after_id = page[-1][0]
                activity.heartbeat(after_id, totals.model_copy())
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc
        return totals

    # ------------------------------------------------------------------ helpers

    def _engine(self, url: str) -> AsyncEngine:
        return self._engines.get(url)

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(10.0), follow_redirects=False)
        return self._http

    async def _check(self, input: BackfillInput) -> TableClause:
        """Refuses bad input (non-retryable) before anything is written; creates the tables on apply."""
        if input.window_end <= input.window_start:
            raise ApplicationError(
                "window end must be after window start", type="BadBackfillInput", non_retryable=True
            )
        for destination, url in input.destinations.items():
            try:
                outbox.check_webhook_url(destination, url)
            except ValueError as exc:
                raise ApplicationError(str(exc), type="BadBackfillInput", non_retryable=True) from exc
        events = events_table(input.table)
        try:
            async with self._engine(input.events_url).connect() as conn:
                missing = await conn.run_sync(missing_columns, input.table)
            if missing:
                raise ApplicationError(missing, type="BadBackfillInput", non_retryable=True)
            async with self._engine(input.ledger_url).connect() as conn:
                has_ledger = await conn.run_sync(lambda c: inspect(c).has_table(consent_ledger.name))
            if not has_ledger:
                raise ApplicationError(
                    f"no {consent_ledger.name} table in {redact_url(input.ledger_url)}",
                    type="BadBackfillInput",
                    non_retryable=True,
                )
            if not input.dry_run:
                async with self._engine(input.events_url).begin() as conn:
                    await conn.run_sync(corrections_metadata.create_all)
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc
        return events

    async def _set_based_chunk(
        self, input: BackfillPartitionInput, after: str | None
    ) -> tuple[BackfillCounts, str | None, bool]:
        """The next `chunk_size` events of the partition, decided and written by the database in one go."""
        backfill, cfg = input.backfill, input.backfill.table
        events = events_table(cfg)
        event_id = events.c[cfg.event_id]
        ids = select(event_id.label("eid")).where(*_in_window(backfill, events))
        if after is not None:
            ids = ids.where(event_id > after)
        if input.upper is not None:
            ids = ids.where(event_id <= input.upper)
        size = backfill.set_based_chunk_size
        page = ids.order_by(event_id).limit(size).subquery()
        engine = self._engine(backfill.events_url)
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
                jurisdictions=input.jurisdictions,
            ).subquery("found")
            counts = BackfillCounts(scanned=int(scanned))
            if backfill.dry_run:
                groups = await conn.execute(
                    select(found.c.jurisdiction, found.c.purpose, found.c.destination, func.count()).group_by(
                        found.c.jurisdiction, found.c.purpose, found.c.destination
                    )
                )
            else:
                counts.corrections_written, counts.outbox_written = await _write_set_based(
                    conn, backfill, found, after, last
                )
                r = recall_corrections.c
                groups = await conn.execute(
                    select(r.jurisdiction, r.purpose, r.destination, func.count())
                    .where(*_corrections_in(backfill.incident_id, after, last))
                    .group_by(r.jurisdiction, r.purpose, r.destination)
                )
            for jurisdiction, purpose, destination, n in groups:
                _bump(counts, str(jurisdiction), str(purpose), str(destination), int(n))
        return counts, last, int(scanned) < size

    async def _python_chunk(
        self, backfill: BackfillInput, after: str | None, upper: str | None
    ) -> tuple[BackfillCounts, str | None, bool]:
        """The next `chunk_size` events, decided in Python against consent read from the ledger's database."""
        cfg = backfill.table
        events = events_table(cfg)
        async with self._engine(backfill.events_url).connect() as conn:
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
        found = self._violations(backfill, chunk, consent)
        counts = BackfillCounts(
            scanned=len(chunk),
            violations=len(found),
            by_jurisdiction=dict(Counter(e.jurisdiction for e, _ in found)),
            by_purpose=dict(Counter(e.purpose for e, _ in found)),
            by_destination=dict(Counter(e.destination for e, _ in found)),
        )
        if found and not backfill.dry_run:
            async with self._engine(backfill.events_url).begin() as conn:
                counts.corrections_written, counts.outbox_written = await _write(conn, backfill, found)
        return counts, chunk[-1].event_id, len(chunk) < backfill.chunk_size

    async def _consent_for(
        self, backfill: BackfillInput, chunk: list[Event]
    ) -> dict[tuple[str, str], list[ConsentEntry]]:
        subjects = sorted({e.subject_id for e in chunk})
        latest = max(e.processed_at for e in chunk)
        by_key: dict[tuple[str, str], list[ConsentEntry]] = defaultdict(list)
        c = consent_ledger.c
        async with self._engine(backfill.ledger_url).connect() as conn:
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

    def _violations(
        self, backfill: BackfillInput, chunk: list[Event], consent: dict[tuple[str, str], list[ConsentEntry]]
    ) -> list[tuple[Event, ConsentEntry]]:
        observed = {key: [entry.observed_at for entry in entries] for key, entries in consent.items()}
        found = []
        for event in chunk:
            key = (event.subject_id, event.purpose)
            entries = consent.get(key)
            if not entries:
                continue
            entry = ignored_opt_out(
                event, entries, observed[key], backfill.gpc_policy, self._rules.requires_universal_opt_out
            )
            if entry is not None:
                found.append((event, entry))
        return found


def _in_window(backfill: BackfillInput, events: TableClause) -> list[ColumnElement[bool]]:
    processed_at = events.c[backfill.table.processed_at]
    return [processed_at >= backfill.window_start, processed_at < backfill.window_end]


def _corrections_in(incident_id: str, after: str | None, last: str) -> list[ColumnElement[bool]]:
    r = recall_corrections.c
    where = [r.incident_id == incident_id, r.event_id <= last]
    if after is not None:
        where.append(r.event_id > after)
    return where


def _bump(counts: BackfillCounts, jurisdiction: str, purpose: str, destination: str, n: int) -> None:
    counts.violations += n
    for bucket, key in (
        (counts.by_jurisdiction, jurisdiction),
        (counts.by_purpose, purpose),
        (counts.by_destination, destination),
    ):
        bucket[key] = bucket.get(key, 0) + n


def _insert(conn: AsyncConnection):  # type: ignore[no-untyped-def]
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


async def _write_set_based(
    conn: AsyncConnection, backfill: BackfillInput, found: object, after: str | None, last: str
) -> tuple[int, int]:
    """INSERT ... SELECT the chunk's violations, then its outbox rows; conflicts (earlier attempts) are skipped."""
    insert = _insert(conn)
    now = literal(datetime.now(UTC), UTCDateTime())
    incident = literal(backfill.incident_id)
    f = found.c  # type: ignore[attr-defined]
    written = await conn.execute(
        insert(recall_corrections)
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
            ).where(literal_column("1") == 1),  # SQLite needs a WHERE before ON CONFLICT in INSERT ... SELECT
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "event_id"]),
        execution_options={"preserve_rowcount": True},
    )
    r = recall_corrections.c
    queued = await conn.execute(
        insert(recall_outbox)
        .from_select(
            ["incident_id", "destination", "subject_id", "status", "attempts", "created_at"],
            select(
                incident, r.destination, r.subject_id, literal(DeliveryStatus.PENDING.value), literal(0), now
            )
            .where(*_corrections_in(backfill.incident_id, after, last))
            .distinct(),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"]),
        execution_options={"preserve_rowcount": True},
    )
    return max(written.rowcount, 0), max(queued.rowcount, 0)


async def _write(
    conn: AsyncConnection, backfill: BackfillInput, found: list[tuple[Event, ConsentEntry]]
) -> tuple[int, int]:
    """Insert corrections and outbox rows; conflicts (already written by an earlier attempt) are skipped."""
    insert = _insert(conn)
    now = datetime.now(UTC)
    corrections = [
        {
            "incident_id": backfill.incident_id,
            "event_id": event.event_id,
            "subject_id": event.subject_id,
            "purpose": event.purpose,
            "jurisdiction": event.jurisdiction,
            "destination": event.destination,
            "processed_at": event.processed_at,
            "ledger_seq": entry.seq,
            "created_at": now,
        }
        for event, entry in found
    ]
    written = await conn.execute(
        insert(recall_corrections)
        .on_conflict_do_nothing(index_elements=["incident_id", "event_id"])
        .returning(recall_corrections.c.event_id),
        corrections,
    )
    outbox_keys = sorted({(event.destination, event.subject_id) for event, _ in found})
    queued = await conn.execute(
        insert(recall_outbox)
        .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"])
        .returning(recall_outbox.c.id),
        [
            {
                "incident_id": backfill.incident_id,
                "destination": destination,
                "subject_id": subject_id,
                "status": DeliveryStatus.PENDING.value,
                "attempts": 0,
                "created_at": now,
            }
            for destination, subject_id in outbox_keys
        ],
    )
    return len(written.all()), len(queued.all())


async def _deliver(
    http: httpx.AsyncClient, backfill: BackfillInput, url: str, destination: str, subject_id: str
) -> tuple[DeliveryStatus, int, str | None]:
    """One suppression request with retries: (status, attempts made, last error)."""
    headers = {
        outbox.IDEMPOTENCY_HEADER: outbox.idempotency_key(backfill.incident_id, destination, subject_id)
    }
    body = outbox.suppression_request(backfill.incident_id, destination, subject_id)
    error: str | None = None
    for attempt in range(1, backfill.delivery_attempts + 1):
        try:
            response = await http.post(url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
        else:
            if response.is_success:
                return DeliveryStatus.DELIVERED, attempt, None
            error = f"HTTP {response.status_code}: {response.text[:200]}"
            if 400 <= response.status_code < 500 and response.status_code not in (408, 409, 425, 429):
                return DeliveryStatus.FAILED, attempt, error
        if attempt < backfill.delivery_attempts:
            await asyncio.sleep(min(0.25 * 2 ** (attempt - 1), 5.0))
    return DeliveryStatus.FAILED, backfill.delivery_attempts, error


def _unreachable(exc: DBAPIError, backfill: BackfillInput) -> ApplicationError:
    # Connection problems are retried by the workflow's policy; the message names the database, not its secret.
    return ApplicationError(
        f"database error ({redact_url(backfill.events_url)} / {redact_url(backfill.ledger_url)}): "
        f"{str(exc.orig).splitlines()[0] if exc.orig else exc}",
        type="DatabaseUnavailable",
    )
