"""Delivering outbox rows to the destinations' webhooks, page by page, resumable from the last page done.

Each request carries an idempotency key derived from the row's business key; a row is retried
`delivery_attempts` times with backoff, then marked failed with its last error. Destinations without a
webhook stay pending.

A destination's webhook URL and bearer token may be named (a variable or file, read here, where the worker
runs, once per delivery run); they are sent and never logged or kept: the httpx log shows the URL's mask, an
error kept on a row has them scrubbed, and a name that cannot be read fails the destination's rows with the
reason, which names the variable or file.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, select, update

from optout_recall.backfill import outbox
from optout_recall.backfill.corrections import recall_outbox
from optout_recall.backfill.databases import database_errors
from optout_recall.backfill.outbox import DeliveryStatus
from optout_recall.db import EngineCache, UTCDateTime
from optout_recall.errors import RecallError
from optout_recall.escalation import Webhook, masked_in_logs, resolve_webhook, scrubbed
from optout_recall.payloads import BackfillInput, OutboxDeliveryResult, WebhookTarget

if TYPE_CHECKING:
    import httpx  # imported where a request is made: the backfill's worker starts without it (50-90 ms)

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
    hooks = {name: _webhook(name, target) for name, target in backfill.destinations.items()}

    async def one(row_id: int, destination: str, subject_id: str) -> dict[str, object]:
        hook = hooks[destination]
        outcome: tuple[DeliveryStatus, int, str | None] = (DeliveryStatus.FAILED, 0, str(hook))
        if not isinstance(hook, str):  # a str is why its variable or file cannot be read: nothing is sent
            async with limit:
                outcome = await _deliver(http, backfill, hook, destination, subject_id)
        status, tries, error = outcome
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


def _webhook(destination: str, target: WebhookTarget) -> Webhook | str:
    """The destination's webhook, read now from what its spec named, or why it cannot be read."""
    try:
        hook = resolve_webhook(**target.model_dump(), named_by=f"databases.destinations.{destination}")
    except RecallError as exc:
        return str(exc)
    return hook or f"databases.destinations.{destination} names no webhook"


async def _deliver(
    http: httpx.AsyncClient, backfill: BackfillInput, hook: Webhook, destination: str, subject_id: str
) -> tuple[DeliveryStatus, int, str | None]:
    """One suppression request with retries: (status, attempts made, last error, the webhook scrubbed out)."""
    import httpx

    headers = {
        outbox.IDEMPOTENCY_HEADER: outbox.idempotency_key(backfill.incident_id, destination, subject_id),
        **hook.headers,
    }
    body = outbox.suppression_request(backfill.incident_id, destination, subject_id)
    error: str | None = None
    for attempt in range(1, backfill.delivery_attempts + 1):
        try:
            with masked_in_logs(hook):
                response = await http.post(hook.url, json=body, headers=headers)
        except httpx.HTTPError as exc:
            error = scrubbed(f"{type(exc).__name__}: {exc}", hook)[:500]
        else:
            if response.is_success:
                return DeliveryStatus.DELIVERED, attempt, None
            error = scrubbed(f"HTTP {response.status_code}: {response.text[:200]}", hook)
            if 400 <= response.status_code < 500 and response.status_code not in (408, 409, 425, 429):
                return DeliveryStatus.FAILED, attempt, error
        if attempt < backfill.delivery_attempts:
            await asyncio.sleep(min(0.25 * 2 ** (attempt - 1), 5.0))
    return DeliveryStatus.FAILED, backfill.delivery_attempts, error
