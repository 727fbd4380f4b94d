"""Backfill side effects: read events and consent, write corrections and outbox rows, idempotently."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime

from sqlalchemy import TableClause, column, func, inspect, select, table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine
from temporalio import activity
from temporalio.exceptions import ApplicationError

from optout_recall.corrections import metadata as corrections_metadata
from optout_recall.corrections import recall_corrections, recall_outbox
from optout_recall.db import EngineCache, UTCDateTime, check_identifier, redact_url
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import (
    BackfillChunkInput,
    BackfillChunkResult,
    BackfillCounts,
    BackfillInput,
    BackfillPrepareResult,
    EventTableConfig,
)
from optout_recall.rules import JurisdictionRules, load_rules
from optout_recall.violations import ConsentEntry, Event, ignored_opt_out

# SQLite's default limit on bound parameters is 32766; stay far below it for IN lists.
_IN_BATCH = 900


def events_table(config: EventTableConfig) -> TableClause:
    """The user's events table, with every configured name checked as an identifier (then quoted by SQLAlchemy)."""
    try:
        for field, name in config.model_dump().items():
            check_identifier(name, f"event_table.{field}")
    except ValueError as exc:
        raise ApplicationError(str(exc), type="BadBackfillInput", non_retryable=True) from exc
    return table(
        config.table,
        column(config.event_id),
        column(config.subject_id),
        column(config.purpose),
        column(config.jurisdiction),
        column(config.processed_at, UTCDateTime()),
        column(config.destination),
    )


class BackfillActivities:
    """Activities of `BackfillWorkflow`; engines are shared per URL for the life of the worker."""

    def __init__(self, engines: EngineCache, rules: JurisdictionRules | None = None) -> None:
        self._engines = engines
        self._rules = rules or load_rules()

    @activity.defn(name="prepare_backfill")
    async def prepare_backfill(self, input: BackfillInput) -> BackfillPrepareResult:
        """Checks the tables exist as configured, creates the correction tables, counts the window."""
        if input.window_end <= input.window_start:
            raise ApplicationError(
                "window end must be after window start", type="BadBackfillInput", non_retryable=True
            )
        events = events_table(input.table)
        events_engine = self._engine(input.events_url)
        ledger_engine = self._engine(input.ledger_url)
        try:
            async with events_engine.connect() as conn:
                missing = await conn.run_sync(_missing_columns, input.table)
            if missing:
                raise ApplicationError(missing, type="BadBackfillInput", non_retryable=True)
            async with ledger_engine.connect() as conn:
                has_ledger = await conn.run_sync(lambda c: inspect(c).has_table(consent_ledger.name))
            if not has_ledger:
                raise ApplicationError(
                    f"no {consent_ledger.name} table in {redact_url(input.ledger_url)}",
                    type="BadBackfillInput",
                    non_retryable=True,
                )
            if not input.dry_run:
                async with events_engine.begin() as conn:
                    await conn.run_sync(corrections_metadata.create_all)
            async with events_engine.connect() as conn:
                in_window = await conn.scalar(
                    select(func.count())
                    .select_from(events)
                    .where(events.c[input.table.processed_at] >= input.window_start)
                    .where(events.c[input.table.processed_at] < input.window_end)
                )
        except OperationalError as exc:
            raise _unreachable(exc, input) from exc
        activity.logger.info("backfill %s: %s events in window", input.incident_id, in_window)
        return BackfillPrepareResult(
            rules_hash=self._rules.content_hash, events_in_window=int(in_window or 0)
        )

    @activity.defn(name="backfill_chunk")
    async def backfill_chunk(self, input: BackfillChunkInput) -> BackfillChunkResult:
        """One keyset chunk: read events after the cursor, decide violations, write corrections once."""
        backfill = input.backfill
        cfg = backfill.table
        events = events_table(cfg)
        try:
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
                    .where(events.c[cfg.processed_at] >= backfill.window_start)
                    .where(events.c[cfg.processed_at] < backfill.window_end)
                    .order_by(events.c[cfg.event_id])
                    .limit(backfill.chunk_size)
                )
                if input.after_event_id is not None:
                    query = query.where(events.c[cfg.event_id] > input.after_event_id)
                rows = (await conn.execute(query)).all()
            chunk = [Event(str(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4], str(r[5])) for r in rows]
            if not chunk:
                return BackfillChunkResult(
                    counts=BackfillCounts(), last_event_id=input.after_event_id, done=True
                )
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
        except OperationalError as exc:
            raise _unreachable(exc, backfill) from exc
        return BackfillChunkResult(
            counts=counts, last_event_id=chunk[-1].event_id, done=len(chunk) < backfill.chunk_size
        )

    def _engine(self, url: str) -> AsyncEngine:
        return self._engines.get(url)

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


async def _write(
    conn: AsyncConnection, backfill: BackfillInput, found: list[tuple[Event, ConsentEntry]]
) -> tuple[int, int]:
    """Insert corrections and outbox rows; conflicts (already written by an earlier attempt) are skipped."""
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
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
                "status": "pending",
                "attempts": 0,
                "created_at": now,
            }
            for destination, subject_id in outbox_keys
        ],
    )
    return len(written.all()), len(queued.all())


def _missing_columns(conn: object, config: EventTableConfig) -> str | None:
    inspector = inspect(conn)
    if not inspector.has_table(config.table):
        return f"no table {config.table!r} in the events database"
    present = {col["name"] for col in inspector.get_columns(config.table)}
    wanted = [
        config.event_id,
        config.subject_id,
        config.purpose,
        config.jurisdiction,
        config.processed_at,
        config.destination,
    ]
    missing = [name for name in wanted if name not in present]
    if missing:
        return f"table {config.table!r} has no column(s) {', '.join(missing)}"
    return None


def _unreachable(exc: DBAPIError, backfill: BackfillInput) -> ApplicationError:
    # Connection problems are retried by the workflow's policy; the message names the database, not its secret.
    return ApplicationError(
        f"database error ({redact_url(backfill.events_url)} / {redact_url(backfill.ledger_url)}): "
        f"{str(exc.orig).splitlines()[0] if exc.orig else exc}",
        type="DatabaseUnavailable",
    )
