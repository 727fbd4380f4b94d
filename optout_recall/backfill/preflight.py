"""The checks made before a backfill writes anything, shared by `recall backfill` and the plan activity.

Bad input is refused with one line a person can act on (`BadBackfillInput`, never retried): a window that
ends before it starts, a webhook that is not an http(s) URL, a name that is not an identifier, an events
table or column that is not there, a ledger database without the ledger, a links table that is not there,
lacks a column or has a row without identifier, person_key or linked_at; and, before an apply, recall tables
whose exactly-once keys no longer hold (`check_recall_tables`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager

from sqlalchemy import (
    ColumnElement,
    LargeBinary,
    Table,
    TableClause,
    and_,
    func,
    inspect,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.backfill import links, violations
from optout_recall.backfill.corrections import add_missing_columns, recall_corrections, recall_outbox
from optout_recall.backfill.corrections import metadata as corrections_metadata
from optout_recall.backfill.databases import database_errors
from optout_recall.backfill.outbox import DeliveryStatus, check_webhook_url
from optout_recall.db import DatabaseMissing, EngineCache, redact_url, require_sqlite_file
from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import BackfillInput, EventTableConfig, LinksTableConfig

Connect = Callable[[str], AbstractAsyncContextManager[AsyncConnection]]


def events_table(config: EventTableConfig) -> TableClause:
    """The user's events table, with every configured name checked as an identifier (then quoted by SQLAlchemy)."""
    try:
        return violations.events_table(config)
    except ValueError as exc:
        raise RecallError(str(exc), ErrorType.BAD_BACKFILL_INPUT) from exc


def check_input(backfill: BackfillInput) -> TableClause:
    """What can be refused without a database: the window, the webhooks, the configured names."""
    if backfill.window_end <= backfill.window_start:
        raise RecallError("window end must be after window start", ErrorType.BAD_BACKFILL_INPUT)
    for destination, target in backfill.destinations.items():
        if target.webhook is None:
            continue  # named: read and checked where it is delivered
        try:
            check_webhook_url(destination, target.webhook)
        except ValueError as exc:
            raise RecallError(str(exc), ErrorType.BAD_BACKFILL_INPUT) from exc
    if backfill.links is not None:
        check_links_names(backfill.links)
    return events_table(backfill.table)


def check_links_names(config: LinksTableConfig) -> None:
    try:
        links.links_table(config)
    except ValueError as exc:
        raise RecallError(str(exc), ErrorType.BAD_BACKFILL_INPUT) from exc


async def check_databases(
    connect: Connect,
    events_url: str,
    ledger_url: str,
    config: EventTableConfig,
    links_config: LinksTableConfig | None = None,
) -> None:
    """The events table has every configured column, and the ledger database holds the ledger.

    `connect(url)` opens a connection; the caller decides what an unreachable database means (the CLI exits
    with the URL, the activity retries).
    """
    async with connect(events_url) as conn:
        missing = await conn.run_sync(violations.missing_columns, config)
        if not missing and links_config is not None:
            missing = await conn.run_sync(links.links_problem, links_config)
    if missing:
        raise RecallError(missing, ErrorType.BAD_BACKFILL_INPUT)
    async with connect(ledger_url) as conn:
        has_ledger = await conn.run_sync(lambda c: inspect(c).has_table(consent_ledger.name))
    if not has_ledger:
        raise RecallError(
            f"no {consent_ledger.name} table in {redact_url(ledger_url)}", ErrorType.BAD_BACKFILL_INPUT
        )


def missing_files(backfill: BackfillInput) -> None:
    """A SQLite file the input names and the worker cannot see is not created: connecting would make an
    empty one. Retryable, as an unreachable server is (a volume not mounted yet)."""
    for url in dict.fromkeys((backfill.events_url, backfill.ledger_url)):
        try:
            require_sqlite_file(url)
        except DatabaseMissing as exc:
            raise RecallError(
                f"database error ({redact_url(backfill.events_url)} / {redact_url(backfill.ledger_url)}): {exc}",
                ErrorType.DATABASE_UNAVAILABLE,
                retryable=True,
            ) from None


async def preflight(backfill: BackfillInput, engines: EngineCache) -> TableClause:
    """Every check, then (on apply) the correction tables; returns the checked events table."""
    events = check_input(backfill)
    with database_errors(backfill):
        missing_files(backfill)
        await check_databases(
            lambda url: engines.get(url).connect(),
            backfill.events_url,
            backfill.ledger_url,
            backfill.table,
            backfill.links,
        )
        if not backfill.dry_run:
            async with engines.get(backfill.events_url).begin() as conn:
                await conn.run_sync(corrections_metadata.create_all)
                await conn.run_sync(add_missing_columns)
                await check_recall_tables(conn, backfill.events_url, backfill.incident_id)
    return events


async def check_recall_tables(conn: AsyncConnection, events_url: str, incident_id: str) -> None:
    """The recall's own tables still hold the incident's exactly-once keys. On SQLite a key stored as a BLOB
    never equals the TEXT an apply writes, so the UNIQUE key lets the apply write that event's
    correction, or that subject's request, a second time; and a status none of ours ('DELIVERED', 'delivered ')
    is sent again and counted nowhere. Whoever wrote that was not the backfill: refused, never retried.

    Only what this apply's keys can meet is read, through the unique indexes: the incident's rows, and (SQLite)
    rows whose incident_id is a BLOB, which may hold the incident's bytes. A full scan read every earlier
    incident's rows at every apply (3M corrections on SQLite: 1.2 s; now 2-7 ms).
    """
    c, o = recall_corrections.c, recall_outbox.c
    checks: list[tuple[Table, ColumnElement[bool], str]] = []
    if conn.dialect.name == "sqlite":
        checks += [
            (recall_corrections, _incident_not_text(c.incident_id), "a key not stored as text"),
            (
                recall_corrections,
                and_(c.incident_id == incident_id, _not_text(c.event_id)),
                "a key not stored as text",
            ),
            (recall_outbox, _incident_not_text(o.incident_id), "a key not stored as text"),
            (
                recall_outbox,
                and_(o.incident_id == incident_id, _not_text(o.destination, o.subject_id)),
                "a key not stored as text",
            ),
        ]
    checks.append(
        (
            recall_outbox,
            and_(o.incident_id == incident_id, o.status.not_in([str(status) for status in DeliveryStatus])),
            "a status none of ours",
        )
    )
    for table, condition, what in checks:
        found = (await conn.execute(select(func.count()).select_from(table).where(condition))).scalar_one()
        if found:
            raise RecallError(
                f"{table.name} in {redact_url(events_url)} holds {found} row(s) with {what}: the backfill did not "
                "write them, and its exactly-once key no longer holds; restore the table before applying",
                ErrorType.BAD_BACKFILL_INPUT,
            )


def _incident_not_text(incident: ColumnElement[str]) -> ColumnElement[bool]:
    """SQLite: an incident_id stored as a BLOB (a number given to its TEXT column is stored as text), as one
    range read of the unique index: SQLite orders every BLOB after every text, and x'' before every BLOB."""
    return incident >= literal(b"", LargeBinary())


def _not_text(*columns: ColumnElement[str]) -> ColumnElement[bool]:
    return or_(*(func.typeof(column) != "text" for column in columns))
