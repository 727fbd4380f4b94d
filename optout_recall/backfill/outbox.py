"""The downstream outbox: one suppression request per (incident, destination, subject) and its delivery state.

Rows are written by the backfill (`recall_outbox`, status `pending`) and delivered to each destination's
webhook with an `Idempotency-Key` header derived from the row's business key, so a request sent twice (a
retried activity, a crashed worker) is recognised as one by the receiver.
"""

from __future__ import annotations

from enum import StrEnum
from hashlib import sha256
from urllib.parse import urlsplit

from sqlalchemy import func, inspect, select
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.backfill.corrections import recall_corrections, recall_outbox
from optout_recall.payloads import BackfillTally

IDEMPOTENCY_HEADER = "Idempotency-Key"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    DELIVERED = "delivered"
    FAILED = "failed"


def idempotency_key(incident_id: str, destination: str, subject_id: str) -> str:
    """Stable per business key; hashed so a subject id never travels in a header as is."""
    return sha256(f"{incident_id}\x1f{destination}\x1f{subject_id}".encode()).hexdigest()


def suppression_request(incident_id: str, destination: str, subject_id: str) -> dict[str, str]:
    return {
        "incident_id": incident_id,
        "destination": destination,
        "subject_id": subject_id,
        "action": "suppress_and_delete",
    }


def check_webhook_url(destination: str, url: str) -> str:
    """Refuse anything but an absolute http(s) URL; the message is one line for the user."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"webhook for destination {destination!r} is not an http(s) URL: {url!r}")
    return url


async def tally(conn: AsyncConnection, incident_id: str, *, by_kind: bool = False) -> BackfillTally:
    """Corrections and outbox rows an incident has, by delivery status (zeros before the tables exist).

    `by_kind`: corrections by jurisdiction, purpose and destination too, and those through an identity link,
    counted from the table, so they are exact however often a partition or the catch-up read an event.
    """
    if not await conn.run_sync(lambda c: inspect(c).has_table(recall_outbox.name)):
        return BackfillTally()
    r = recall_corrections.c
    kinds: dict[str, dict[str, int]] = {"by_jurisdiction": {}, "by_purpose": {}, "by_destination": {}}
    corrections = through_links = 0
    if by_kind:
        through_links = int(
            await conn.scalar(
                select(func.count())
                .select_from(recall_corrections)
                .where(r.incident_id == incident_id, r.through_link.is_(True))
            )
            or 0
        )
        for jurisdiction, purpose, destination, n in await conn.execute(
            select(r.jurisdiction, r.purpose, r.destination, func.count())
            .where(r.incident_id == incident_id)
            .group_by(r.jurisdiction, r.purpose, r.destination)
        ):
            corrections += int(n)
            for name, key in (
                ("by_jurisdiction", jurisdiction),
                ("by_purpose", purpose),
                ("by_destination", destination),
            ):
                kinds[name][str(key)] = kinds[name].get(str(key), 0) + int(n)
    else:
        corrections = int(
            await conn.scalar(
                select(func.count()).select_from(recall_corrections).where(r.incident_id == incident_id)
            )
            or 0
        )
    result = await conn.execute(
        select(recall_outbox.c.status, func.count())
        .where(recall_outbox.c.incident_id == incident_id)
        .group_by(recall_outbox.c.status)
    )
    statuses: dict[str, int] = {status: count for status, count in result.all()}
    return BackfillTally(
        corrections=corrections,
        through_links=through_links,
        **kinds,
        outbox=sum(int(v) for v in statuses.values()),
        delivered=int(statuses.get(DeliveryStatus.DELIVERED, 0)),
        delivery_failed=int(statuses.get(DeliveryStatus.FAILED, 0)),
        delivery_pending=int(statuses.get(DeliveryStatus.PENDING, 0)),
    )


async def list_deliveries(
    conn: AsyncConnection, incident_id: str, status: DeliveryStatus | None = None, limit: int = 1000
) -> list[dict[str, object]]:
    """Outbox rows of an incident in id order, for `recall backfill --deliveries`."""
    o = recall_outbox.c
    query = (
        select(o.id, o.destination, o.subject_id, o.status, o.attempts, o.last_error, o.delivered_at)
        .where(o.incident_id == incident_id)
        .order_by(o.id)
        .limit(limit)
    )
    if status is not None:
        query = query.where(o.status == status.value)
    return [dict(row._mapping) for row in await conn.execute(query)]
