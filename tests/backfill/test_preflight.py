"""The checks before a backfill: bad input is refused with one line, before anything is written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import inspect

from optout_recall.backfill.corrections import recall_corrections, recall_outbox
from optout_recall.backfill.preflight import preflight
from optout_recall.db import EngineCache
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import EventTableConfig, GpcPolicy, WebhookTarget
from tests.backfill.layouts import layout_params
from tests.backfill.oracle import WINDOW_END, WINDOW_START, backfill_input, generate, load


async def test_bad_tables_and_windows_are_refused_before_writing(tmp_path: Path) -> None:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=2, subjects=4)
    await load(events_url, ledger_url, entries, events)
    engines = EngineCache()
    try:
        good = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE)
        cases: dict[str, dict[str, object]] = {
            "no table 'events'": {"table": EventTableConfig(table="events")},
            "has no column(s) happened_at": {"table": EventTableConfig(processed_at="happened_at")},
            "is not a valid SQL identifier": {"table": EventTableConfig(table="events; DROP TABLE x")},
            "window end must be after window start": {"window_start": WINDOW_END, "window_end": WINDOW_START},
            "webhook for destination 'adnet' is not an http(s) URL": {
                "destinations": {"adnet": WebhookTarget(webhook="ftp://x")}
            },
            f"no consent_ledger table in sqlite:///{tmp_path / 'events.db'}": {"ledger_url": events_url},
        }
        for message, change in cases.items():
            with pytest.raises(RecallError, match=re.escape(message)) as refused:
                await preflight(good.model_copy(update=change), engines)
            assert refused.value.type == ErrorType.BAD_BACKFILL_INPUT and not refused.value.retryable
        async with engines.get(events_url).connect() as conn:
            tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
        assert "recall_corrections" not in tables
        await preflight(good.model_copy(update={"dry_run": True}), engines)
        async with engines.get(events_url).connect() as conn:
            assert "recall_corrections" not in await conn.run_sync(lambda c: inspect(c).get_table_names())
        await preflight(good, engines)
        async with engines.get(events_url).connect() as conn:
            assert "recall_corrections" in await conn.run_sync(lambda c: inspect(c).get_table_names())
    finally:
        await engines.dispose()


async def test_an_unreachable_database_is_retryable_and_named(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'no' / 'such' / 'events.db'}"
    backfill = backfill_input(missing, missing, GpcPolicy.EVERYWHERE)
    engines = EngineCache()
    try:
        with pytest.raises(RecallError, match=re.escape(f"database error ({missing} / {missing}): ")) as lost:
            await preflight(backfill, engines)
        assert lost.value.type == ErrorType.DATABASE_UNAVAILABLE and lost.value.retryable
    finally:
        await engines.dispose()


async def test_a_sqlite_file_that_is_not_there_is_not_created(tmp_path: Path) -> None:
    """A worker whose spec names a SQLite file it cannot see waits for it (retryable) and makes no empty one."""
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=2, subjects=4)
    await load(events_url, ledger_url, entries, events)
    missing = tmp_path / "typo.db"
    engines = EngineCache()
    try:
        for backfill in (
            backfill_input(f"sqlite:///{missing}", ledger_url, GpcPolicy.EVERYWHERE),
            backfill_input(events_url, f"sqlite:///{missing}", GpcPolicy.EVERYWHERE),
        ):
            with pytest.raises(
                RecallError, match=re.escape(f"no database file {missing}; nothing was created")
            ) as lost:
                await preflight(backfill, engines)
            assert lost.value.type == ErrorType.DATABASE_UNAVAILABLE and lost.value.retryable
            assert "\n" not in str(lost.value)
        assert not missing.exists()
    finally:
        await engines.dispose()


@pytest.mark.parametrize(
    ("tamper", "what"),
    [
        ("UPDATE recall_corrections SET event_id = CAST(event_id AS BLOB)", "recall_corrections"),
        ("UPDATE recall_outbox SET subject_id = CAST(subject_id AS BLOB)", "recall_outbox"),
        ("UPDATE recall_outbox SET status = 'DELIVERED'", "recall_outbox"),
        # The incident's own bytes as a BLOB: a row the apply's TEXT key never meets.
        ("UPDATE recall_corrections SET incident_id = CAST(incident_id AS BLOB)", "recall_corrections"),
        ("UPDATE recall_outbox SET incident_id = CAST(incident_id AS BLOB)", "recall_outbox"),
    ],
)
async def test_recall_tables_whose_exactly_once_key_no_longer_holds_are_refused_before_an_apply(
    tmp_path: Path, tamper: str, what: str
) -> None:
    """A correction's event_id stored as a BLOB never equals the TEXT the next apply writes, so UNIQUE let it
    write that event's correction again; a status none of ours was sent again and counted nowhere."""
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=2, subjects=4)
    await load(events_url, ledger_url, entries, events)
    engines = EngineCache()
    try:
        backfill = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE)
        await preflight(backfill, engines)  # the tables, as an apply makes them
        async with engines.get(events_url).begin() as conn:
            await conn.execute(
                recall_corrections.insert(),
                [
                    {
                        "incident_id": backfill.incident_id,
                        "event_id": "e-1",
                        "subject_id": "s-1",
                        "purpose": "sale",
                        "jurisdiction": "US-CA",
                        "destination": "adnet",
                        "processed_at": WINDOW_START,
                        "ledger_seq": 1,
                        "created_at": WINDOW_START,
                    }
                ],
            )
            await conn.execute(
                recall_outbox.insert(),
                [
                    {
                        "incident_id": backfill.incident_id,
                        "destination": "adnet",
                        "subject_id": "s-1",
                        "status": "pending",
                        "attempts": 0,
                        "created_at": WINDOW_START,
                    }
                ],
            )
        await preflight(backfill, engines)  # our own rows: fine
        async with engines.get(events_url).begin() as conn:
            await conn.exec_driver_sql(tamper)

        with pytest.raises(RecallError, match=f"{what} in .* holds 1 row") as refused:
            await preflight(backfill, engines)
        assert refused.value.type == ErrorType.BAD_BACKFILL_INPUT and not refused.value.retryable
        await preflight(backfill.model_copy(update={"dry_run": True}), engines)  # a dry run writes nothing
    finally:
        await engines.dispose()


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql"), indirect=True)
async def test_the_recall_tables_check_reads_the_incidents_rows_not_every_earlier_incidents(
    layout_urls: tuple[str, str],
) -> None:
    """Another incident's tampered row does not stop this apply (its keys never meet this one's), and is
    refused when that incident is applied: the check reads the incident's rows, not every earlier one's."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=2, subjects=4)
    await load(events_url, ledger_url, entries, events)
    engines = EngineCache()
    try:
        backfill = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE)
        other = backfill.model_copy(update={"incident_id": "INC-EARLIER"})
        await preflight(backfill, engines)
        async with engines.get(events_url).begin() as conn:
            await conn.execute(
                recall_outbox.insert(),
                [
                    {
                        "incident_id": "INC-EARLIER",
                        "destination": "adnet",
                        "subject_id": "s-1",
                        "status": "DELIVERED",
                        "attempts": 1,
                        "created_at": WINDOW_START,
                    }
                ],
            )
        await preflight(backfill, engines)
        with pytest.raises(RecallError, match=r"recall_outbox in .* holds 1 row.* a status none of ours"):
            await preflight(other, engines)
    finally:
        await engines.dispose()
