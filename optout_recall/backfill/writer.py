"""Writing one chunk's corrections and outbox rows, each exactly once.

Every insert skips conflicts on the business key (`UNIQUE(incident_id, event_id)` for corrections,
`UNIQUE(incident_id, destination, subject_id)` for the outbox), so a retried, resumed or replayed chunk
doubles nothing and counts only what it wrote itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Subquery, literal, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.backfill.corrections import CORRECTION_COLUMNS, recall_corrections, recall_outbox
from optout_recall.backfill.outbox import DeliveryStatus
from optout_recall.backfill.violations import ConsentEntry, Event
from optout_recall.db import UTCDateTime


def corrections_in(incident_id: str, after: str | None, last: str) -> list[ColumnElement[bool]]:
    """The incident's corrections with `after < event_id <= last` (one chunk's keyset range)."""
    r = recall_corrections.c
    where = [r.incident_id == incident_id, r.event_id <= last]
    if after is not None:
        where.append(r.event_id > after)
    return where


def _insert(conn: AsyncConnection) -> Any:
    return postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert


async def write_set_based(
    conn: AsyncConnection, incident_id: str, found: Subquery, after: str | None, last: str
) -> tuple[int, int]:
    """INSERT ... SELECT the chunk's violations, then its outbox rows; conflicts (earlier attempts) are skipped."""
    insert = _insert(conn)
    now = literal(datetime.now(UTC), UTCDateTime())
    incident = literal(incident_id)
    f = found.c
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
            .where(*corrections_in(incident_id, after, last))
            .distinct(),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "destination", "subject_id"]),
        execution_options={"preserve_rowcount": True},
    )
    return max(written.rowcount, 0), max(queued.rowcount, 0)


async def write_found(
    conn: AsyncConnection, incident_id: str, found: list[tuple[Event, ConsentEntry]]
) -> tuple[int, int]:
    """Insert corrections and outbox rows; conflicts (already written by an earlier attempt) are skipped."""
    insert = _insert(conn)
    now = datetime.now(UTC)
    corrections = [
        {
            "incident_id": incident_id,
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
                "incident_id": incident_id,
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
