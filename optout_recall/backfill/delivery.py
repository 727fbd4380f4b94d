"""Delivering outbox rows to the destinations' webhooks, page by page, resumable from the last page done.

Each request carries an idempotency key derived from the row's business key; a row is retried
`delivery_attempts` times with backoff, then marked failed with its last error. Destinations without a
webhook stay pending.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime

import httpx
from sqlalchemy import bindparam, select, update

from optout_recall.backfill import outbox
from optout_recall.backfill.corrections import recall_outbox
from optout_recall.backfill.databases import database_errors
from optout_recall.backfill.outbox import DeliveryStatus
from optout_recall.db import EngineCache, UTCDateTime
from optout_recall.payloads import BackfillInput, OutboxDeliveryResult

_DELIVERY_PAGE = 200
_DELIVERY_CONCURRENCY = 16


async def deliver_outbox(
    backfill: BackfillInput,
    engines: EngineCache,
    http: httpx.AsyncClient,
    *,
    after_id: int = 0,
    totals: OutboxDeliveryResult | None = None,
    heartbeat: Callable[..., None] = lambda *_: None,
) -> OutboxDeliveryResult:
    """Posts every undelivered outbox row with an id above `after_id`; heartbeats (last id, totals) per page."""
    totals = totals if totals is not None else OutboxDeliveryResult()
    engine = engines.get(backfill.events_url)
    o = recall_outbox.c
    limit = asyncio.Semaphore(_DELIVERY_CONCURRENCY)

    async def one(row_id: int, destination: str, subject_id: str) -> dict[str, object]:
        async with limit:
            status, tries, error = await _deliver(
                http, backfill, backfill.destinations[destination], destination, subject_id
            )
        return {
            "row_id": row_id,
            "new_status": status.value,
            "tries": tries,
            "error": error,
            "at": datetime.now(UTC) if status == DeliveryStatus.DELIVERED else None,
        }

    with database_errors(backfill):
        while True:
            async with engine.connect() as conn:
                page = (
                    await conn.execute(
                        select(o.id, o.destination, o.subject_id)
                        .where(o.incident_id == backfill.incident_id, o.id > after_id)
                        .where(o.status != DeliveryStatus.DELIVERED.value)
                        .order_by(o.id)
                        .limit(_DELIVERY_PAGE)
                    )
                ).all()
            if not page:
                break
            wanted = [row for row in page if row[1] in backfill.destinations]
            totals.skipped += len(page) - len(wanted)
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
            heartbeat(after_id, totals.model_copy())
    return totals


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
