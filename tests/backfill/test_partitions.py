"""The backfill core against the independent oracle, in every layout, on SQLite and PostgreSQL.

Plan, every partition, then the finishing catch-up, as the workflow runs them but without Temporal. Each
layout runs the same set-based statements (consent in place, attached or staged), so each is held to the
oracle, to idempotence, and to leaving nothing of its own behind but the recall's tables.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, String, Text, inspect, select

from optout_recall.backfill.consent import staging_file
from optout_recall.backfill.corrections import recall_corrections, recall_outbox
from optout_recall.backfill.outbox import tally as outbox_tally
from optout_recall.backfill.partitions import PartitionWriter, plan_partitions
from optout_recall.backfill.preflight import preflight
from optout_recall.db import EngineCache, create_engine
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import BackfillCounts, BackfillInput, BackfillPartitionInput, GpcPolicy
from optout_recall.payloads.backfill import BackfillFinishInput, ConsentPlace, ScanOrder
from tests.backfill.layouts import collations, layout_params
from tests.backfill.oracle import RULES, backfill_input, corrections, generate, load, oracle

EXPECTED_ORDER = {"sqlite": ScanOrder.ROWID, "postgresql": ScanOrder.PAGES}


async def run_backfill(
    engines: EngineCache, backfill: BackfillInput, *, concurrency: int = 1
) -> tuple[BackfillCounts, BackfillFinishInput]:
    """What the workflow does, in order and without Temporal: plan, every partition, then finish."""
    plan = await plan_partitions(backfill, engines, RULES)
    assert plan.scan is not None
    writer = PartitionWriter(engines, RULES)
    bounds = plan.boundaries
    partitions = [
        BackfillPartitionInput(
            backfill=backfill,
            index=index,
            lower=bounds[index - 1] if index else None,
            upper=bounds[index] if index < len(bounds) else None,
            scan=plan.scan,
        )
        for index in range(len(bounds) + 1)
    ]
    limit = asyncio.Semaphore(concurrency)

    async def one(partition: BackfillPartitionInput) -> BackfillCounts:
        async with limit:
            return (await writer.write_partition(partition)).counts

    counts = BackfillCounts()
    for partition_counts in await asyncio.gather(*(one(p) for p in partitions)):
        counts.add(partition_counts)
    finish = BackfillFinishInput(backfill=backfill, scan=plan.scan)
    counts.add(await writer.finish(finish))
    assert counts.scanned == plan.events_in_window  # small tables are read whole at plan: exact
    return counts, finish


async def tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
    finally:
        await engine.dispose()


@pytest.mark.parametrize("layout_urls", layout_params(), indirect=True)
@pytest.mark.parametrize("policy", [GpcPolicy.WHERE_REQUIRED, GpcPolicy.EVERYWHERE])
async def test_every_layout_matches_the_oracle_and_is_idempotent(
    layout_urls: tuple[str, str], policy: GpcPolicy
) -> None:
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=23, subjects=200)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, policy)
    assert len(expected) > 20  # the data exercises the rule, not a trivially empty case
    before = await tables(events_url)
    extra = {"partition_events": 60, "set_based_chunk_size": 11}
    engines = EngineCache()
    try:
        dry, finish = await run_backfill(
            engines, backfill_input(events_url, ledger_url, policy, dry_run=True, **extra)
        )
        assert (dry.violations, dry.corrections_written) == (len(expected), 0)
        assert await tables(events_url) == before  # a dry run writes nothing, staging included
        assert finish.scan is not None and finish.scan.order == EXPECTED_ORDER[events_url.split(":")[0]]

        backfill = backfill_input(events_url, ledger_url, policy, **extra)
        applied, finish = await run_backfill(engines, backfill, concurrency=3)
        assert applied.violations == applied.corrections_written == len(expected)
        assert applied.by_jurisdiction == dry.by_jurisdiction and applied.by_destination == dry.by_destination
        assert await corrections(events_url, backfill.incident_id) == expected
        hit = {event_id for event_id, _ in expected}
        async with engines.get(events_url).connect() as conn:
            outbox = (
                await conn.execute(select(recall_outbox.c.destination, recall_outbox.c.subject_id))
            ).all()
        assert sorted(outbox) == sorted(
            {(e["destination"], e["subject_id"]) for e in events if e["event_id"] in hit}
        )

        again, _ = await run_backfill(engines, backfill)
        assert (again.violations, again.corrections_written, again.outbox_written) == (len(expected), 0, 0)
        # Only the recall's own tables were added; no staging is left, in the events database or beside it.
        assert await tables(events_url) - before == {"recall_corrections", "recall_outbox"}
        assert finish.scan is not None and not staging_file(finish.scan.staging).exists()
    finally:
        await engines.dispose()


def test_where_required_differs_from_everywhere() -> None:
    entries, events = generate(seed=11)
    assert oracle(entries, events, GpcPolicy.WHERE_REQUIRED) < oracle(entries, events, GpcPolicy.EVERYWHERE)


@pytest.mark.parametrize(
    "layout_urls", layout_params("sqlite", "sqlite-apart", "sqlite-pg-ledger", "postgresql"), indirect=True
)
async def test_consent_is_read_where_the_layout_puts_it(layout_urls: tuple[str, str]) -> None:
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=3, subjects=20)
    await load(events_url, ledger_url, entries, events)
    engines = EngineCache()
    backfill = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE)
    plan = None
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        assert plan.scan is not None
        expected = {
            (True, True): ConsentPlace.EVENTS_DB,  # SQLite, one file
            (True, False): ConsentPlace.ATTACHED if ledger_url.startswith("sqlite") else ConsentPlace.STAGED,
        }.get((events_url.startswith("sqlite"), events_url == ledger_url), ConsentPlace.STAGED)
        assert plan.scan.consent == expected
        assert plan.scan.ledger_head == len(entries)
    finally:
        if plan is not None:  # the staging it made goes, as a run's finish removes it
            finish = BackfillFinishInput(backfill=backfill, scan=plan.scan, release_only=True)
            await PartitionWriter(engines, RULES).finish(finish)
        await engines.dispose()
    assert plan.scan is not None and not staging_file(plan.scan.staging).exists()


async def test_a_partition_resumed_from_a_cursor_ends_with_the_same_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    entries, events = generate(seed=3, subjects=60)
    await load(url, url, entries, events)
    engines = EngineCache()
    backfill = backfill_input(url, url, GpcPolicy.EVERYWHERE, set_based_chunk_size=10)
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        partition = BackfillPartitionInput(backfill=backfill, index=0, scan=plan.scan)
        beats: list[object] = []
        whole = await PartitionWriter(engines, RULES).write_partition(partition, heartbeat=beats.append)
        assert len(beats) == whole.chunks > 3 and not whole.resumed
        resumed = await PartitionWriter(engines, RULES).write_partition(partition, resume=beats[2])  # type: ignore[arg-type]
        assert resumed.resumed and resumed.chunks == whole.chunks
        assert resumed.counts.violations == whole.counts.violations
        assert resumed.counts.scanned == whole.counts.scanned == plan.events_in_window
    finally:
        await engines.dispose()


@pytest.mark.parametrize(
    "layout_urls", layout_params("sqlite", "sqlite-apart", "postgresql-apart"), indirect=True
)
async def test_a_partition_planned_before_scans_had_an_order_still_matches(
    layout_urls: tuple[str, str],
) -> None:
    """A workflow planned by the previous version hands partitions without a scan: event_id ranges."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=5, subjects=80)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, GpcPolicy.WHERE_REQUIRED)
    before = await tables(events_url)
    backfill = backfill_input(events_url, ledger_url, GpcPolicy.WHERE_REQUIRED, set_based_chunk_size=13)
    engines = EngineCache()
    try:
        await preflight(backfill, engines)
        writer = PartitionWriter(engines, RULES)
        legacy = BackfillPartitionInput(backfill=backfill, index=0, set_based=events_url == ledger_url)
        result = await writer.write_partition(legacy)
        assert result.counts.violations == result.counts.corrections_written == len(expected)
        assert await corrections(events_url, backfill.incident_id) == expected
        await writer.finish(BackfillFinishInput(backfill=backfill))  # what such a run does at its end now
        assert await tables(events_url) - before == {"recall_corrections", "recall_outbox"}
    finally:
        await engines.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
@pytest.mark.parametrize("tables_from", ["this version", "an earlier version"])
async def test_postgresql_recall_tables_compare_bytes_and_older_ones_still_work(
    layout_urls: tuple[str, str], tables_from: str
) -> None:
    """New recall tables key on byte-order ("C") text, so unique checks, the outbox's sort and the tallies
    skip strcoll; tables an earlier version made (the database's collation) are used as they are."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=29, subjects=150)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, GpcPolicy.WHERE_REQUIRED)
    engines = EngineCache()
    try:
        if tables_from == "an earlier version":
            earlier = MetaData()
            for table in (recall_corrections, recall_outbox):
                copy = table.to_metadata(earlier)
                for col in copy.columns:
                    if isinstance(col.type, String) and not isinstance(col.type, Text):
                        col.type = String(col.type.length)
            async with engines.get(events_url).begin() as conn:
                await conn.run_sync(earlier.create_all)
        backfill = backfill_input(events_url, ledger_url, GpcPolicy.WHERE_REQUIRED, set_based_chunk_size=17)
        applied, _ = await run_backfill(engines, backfill, concurrency=2)
        assert applied.violations == applied.corrections_written == len(expected)
        assert await corrections(events_url, backfill.incident_id) == expected
        again, _ = await run_backfill(engines, backfill)
        assert (again.corrections_written, again.outbox_written) == (0, 0)
        async with engines.get(events_url).connect() as conn:
            tally = await outbox_tally(conn, backfill.incident_id, by_kind=True)
        assert tally.corrections == len(expected) and tally.by_purpose == applied.by_purpose
        outbox, written = (
            collations(events_url, recall_outbox.name),
            collations(events_url, recall_corrections.name),
        )
        keys = ("incident_id", "destination", "subject_id")
        want = "C" if tables_from == "this version" else "default"
        assert {outbox[k] for k in keys} == {written[k] for k in (*keys, "event_id")} == {want}
    finally:
        await engines.dispose()


@pytest.mark.parametrize("layout_urls", layout_params("postgresql-sqlite-ledger"), indirect=True)
async def test_a_sqlite_ledger_is_staged_on_postgresql_exactly_whatever_its_values_hold(
    layout_urls: tuple[str, str],
) -> None:
    """SQLite writes the slice as CSV for COPY: quotes, commas and backslashes in a subject, and a row
    written by hand whose subject holds a newline and a whole CSV line, stage as they are stored, one
    staged row each, none made up."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=5, subjects=8)
    for index, subject in enumerate(['quo"te', "com,ma", "back\\slash", '"', "", "\\N"]):
        entries.append(entries[index].model_copy(update={"subject_id": subject or "x"}))
    await load(events_url, ledger_url, entries, events)
    ledger = create_engine(ledger_url)
    crafted = 'a"\n999999,"evil","sale","2024-06-01 00:00:00+00","opt_out","web'
    try:
        async with ledger.begin() as conn:
            await conn.exec_driver_sql(
                "INSERT INTO consent_ledger SELECT seq + 1000, ?, purpose, choice, source, jurisdiction, "
                "observed_at, recorded_at, NULL, NULL, prev_hash, entry_hash FROM consent_ledger WHERE seq = 1",
                (crafted,),
            )
            stored = {tuple(row) for row in (await conn.execute(select(*slice_columns()))).all()}
    finally:
        await ledger.dispose()
    backfill = backfill_input(events_url, ledger_url, GpcPolicy.WHERE_REQUIRED)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        assert plan.scan is not None and plan.scan.consent == ConsentPlace.STAGED
        staged_table = f"recall_consent_c_{plan.scan.staging}"
        async with engines.get(events_url).connect() as conn:
            staged = (await conn.exec_driver_sql(f"SELECT {', '.join(SLICE)} FROM {staged_table}")).all()
        assert len(staged) == len(stored) == plan.scan.staged_rows == len(entries) + 1
        assert {tuple(row) for row in staged} == stored
        assert any(row.subject_id == crafted for row in staged) and 999999 not in {row.seq for row in staged}
        await PartitionWriter(engines, RULES).finish(
            BackfillFinishInput(backfill=backfill, scan=plan.scan, release_only=True)
        )
    finally:
        await engines.dispose()


SLICE = ("seq", "subject_id", "purpose", "observed_at", "choice", "source")


def slice_columns() -> list[Any]:
    return [consent_ledger.c[name] for name in SLICE]
