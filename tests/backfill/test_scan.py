"""What happens to the data while a backfill runs: late events, moved rows, rewritten tables, lost staging.

Partitions read the events by physical position, and consent from a staged slice; each test changes the
world between the plan and the end, the way production does, and holds the result to the oracle over the
data as it is at the end.
"""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import timedelta
from pathlib import Path

import psycopg
import pytest
import sqlalchemy
from sqlalchemy import func, select, text

from optout_recall.backfill.consent import staging_file, staging_table
from optout_recall.backfill.corrections import recall_outbox
from optout_recall.backfill.partitions import PartitionWriter, plan_partitions
from optout_recall.backfill.scan import _cut
from optout_recall.db import EngineCache, create_engine
from optout_recall.demo.world import processing_events
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.payloads import (
    BackfillInput,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    GpcPolicy,
)
from optout_recall.payloads.backfill import BackfillFinishInput, ConsentPlace
from tests.backfill.layouts import collations, layout_params
from tests.backfill.oracle import (
    RULES,
    WINDOW_START,
    backfill_input,
    corrections,
    generate,
    generate_history,
    load,
    needed_for_window,
    observed_before_end,
    oracle,
)

POLICY = GpcPolicy.WHERE_REQUIRED


def partitions(backfill: BackfillInput, plan: BackfillPlanResult) -> list[BackfillPartitionInput]:
    bounds = plan.boundaries
    return [
        BackfillPartitionInput(
            backfill=backfill,
            index=i,
            lower=bounds[i - 1] if i else None,
            upper=bounds[i] if i < len(bounds) else None,
            scan=plan.scan,
        )
        for i in range(len(bounds) + 1)
    ]


async def write_partitions(
    writer: PartitionWriter, backfill: BackfillInput, plan: BackfillPlanResult
) -> list[BackfillPartitionResult]:
    """Every partition of the plan, in turn."""
    return [await writer.write_partition(partition) for partition in partitions(backfill, plan)]


async def write_and_finish(engines: EngineCache, backfill: BackfillInput, plan: BackfillPlanResult) -> None:
    """Every partition of the plan, then the finish, as the workflow runs them."""
    writer = PartitionWriter(engines, RULES)
    await write_partitions(writer, backfill, plan)
    await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))


async def execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:
            for statement in statements:
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


def a_violation_of(entries: list, events: list[dict], expected: set[tuple[str, int]]) -> dict:
    """A new event that copies one known to ignore an opt-out: it ignores the same one."""
    source = next(e for e in events if any(e["event_id"] == x for x, _ in expected))
    return {**source, "event_id": "zz-late"}


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql-apart"), indirect=True)
async def test_an_event_written_after_the_plan_is_corrected(layout_urls: tuple[str, str]) -> None:
    """Partitions are cut at plan time; an event that arrives later lies past them and is read at the end."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=7, subjects=60)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=40, set_based_chunk_size=9)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        writer = PartitionWriter(engines, RULES)
        await write_partitions(writer, backfill, plan)
        late = a_violation_of(entries, events, expected)
        async with engines.get(events_url).begin() as conn:
            await conn.execute(processing_events.insert(), [late])
        caught = await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert caught.violations == caught.corrections_written == 1
        assert await corrections(events_url, backfill.incident_id) == oracle(entries, [*events, late], POLICY)
    finally:
        await engines.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql"), indirect=True)
async def test_rows_updated_or_reordered_while_partitions_run_are_corrected(
    layout_urls: tuple[str, str],
) -> None:
    """An UPDATE writes a new row version elsewhere; CLUSTER rewrites the table: positions move under the scan."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=9, subjects=120)
    await load(events_url, ledger_url, entries, events)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=30, set_based_chunk_size=7)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        work = partitions(backfill, plan)
        assert len(work) >= 3
        writer = PartitionWriter(engines, RULES)
        half = len(work) // 2
        for partition in work[:half]:
            await writer.write_partition(partition)
        # Move every event into the window's first day: many that were outside it are now in it.
        moved = WINDOW_START + timedelta(hours=20)
        await execute(
            events_url,
            f"UPDATE processing_events SET processed_at = '{moved.isoformat()}' WHERE event_id LIKE '%e1'",
        )
        for e in events:
            if e["event_id"].endswith("e1"):
                e["processed_at"] = moved
        await execute(events_url, "CLUSTER processing_events USING processing_events_pkey")
        for partition in work[half:]:
            await writer.write_partition(partition)
        await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert await corrections(events_url, backfill.incident_id) >= oracle(entries, events, POLICY)
        # Nothing that is not a violation now or then was corrected.
        assert await corrections(events_url, backfill.incident_id) <= oracle(
            entries, events, POLICY
        ) | oracle(*generate(seed=9, subjects=120), POLICY)
    finally:
        await engines.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_a_retried_plan_reuses_the_staging_and_a_lost_one_is_built_again(
    layout_urls: tuple[str, str],
) -> None:
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=13, subjects=80)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=50)
    engines = EngineCache()

    def staged_oid(plan: BackfillPlanResult) -> int | None:
        assert plan.scan is not None and plan.scan.consent == ConsentPlace.STAGED
        with psycopg.connect(events_url) as conn:
            row = conn.execute("SELECT to_regclass(%s)::oid", (staging_table(plan.scan.staging),)).fetchone()
        return row[0] if row else None

    try:
        first = await plan_partitions(backfill, engines, RULES)
        retried = await plan_partitions(backfill, engines, RULES)  # the activity ran again: same key
        assert staged_oid(first) is not None and staged_oid(retried) == staged_oid(first)
        assert first.scan is not None and retried.scan is not None
        assert (retried.scan.staging, retried.scan.ledger_head, retried.scan.staged_rows) == (
            first.scan.staging,
            first.scan.ledger_head,
            first.scan.staged_rows,
        )
        # Crash recovery empties an UNLOGGED table; an opt-in appended to the ledger since the plan, which
        # would clear a violation, must not be read when the staging is built again.
        await execute(events_url, f"TRUNCATE {staging_table(first.scan.staging)}")
        violated = next(e for e in events if any(e["event_id"] == x for x, _ in expected))
        await execute(
            ledger_url,
            "INSERT INTO consent_ledger (seq, subject_id, purpose, choice, source, jurisdiction, observed_at, "
            f"recorded_at, prev_hash, entry_hash) SELECT max(seq) + 1, '{violated['subject_id']}', "
            f"'{violated['purpose']}', 'opt_in', 'web', 'US-CA', '{violated['processed_at'].isoformat()}', "
            "now(), 'x', 'y' FROM consent_ledger",
        )
        await write_and_finish(engines, backfill, first)
        assert await corrections(events_url, backfill.incident_id) == expected  # as of the head at plan
        assert staged_oid(first) is None  # removed at the end
    finally:
        await engines.dispose()


@pytest.mark.parametrize(
    "layout_urls",
    layout_params(
        "postgresql", "postgresql-apart", "postgresql-sqlite-ledger", "sqlite-pg-ledger", "sqlite-apart"
    ),
    indirect=True,
)
@pytest.mark.parametrize("policy", [GpcPolicy.WHERE_REQUIRED, GpcPolicy.EVERYWHERE])
async def test_a_long_history_stages_only_what_can_decide_the_window(
    layout_urls: tuple[str, str], policy: GpcPolicy
) -> None:
    """Years of superseded consent are not copied from a PostgreSQL ledger, and what is staged decides every
    event as the whole ledger would, built again after a loss with the head at plan (a backdated opt-in
    appended since, which would clear a violation, is not read)."""
    events_url, ledger_url = layout_urls
    entries, events = generate_history(seed=29)
    await load(events_url, ledger_url, entries, events)
    if events_url.startswith("sqlite") and ledger_url.startswith("sqlite"):  # no lookup index: staged
        with sqlite3.connect(ledger_url.removeprefix("sqlite:///")) as db:
            db.execute("DROP INDEX ix_consent_ledger_subject_purpose")
    expected = oracle(entries, events, policy)
    needed = needed_for_window(entries)
    assert len(expected) > 20 and len(needed) < len(entries) / 3  # most of the history is superseded
    if ledger_url.startswith("sqlite"):  # a SQLite ledger gives every entry observed before the end
        needed = observed_before_end(entries)
    backfill = backfill_input(events_url, ledger_url, policy, partition_events=40)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        assert plan.scan is not None and plan.scan.consent == ConsentPlace.STAGED
        assert plan.scan.staged_rows == len(needed)
        assert plan.scan.ledger_head == max(observed_before_end(entries))
        violated = next(e for e in events if any(e["event_id"] == x for x, _ in expected))
        ledger = create_engine(ledger_url)
        try:
            await Ledger(ledger).append(
                [
                    LedgerEntryInput(
                        subject_id=violated["subject_id"],
                        purpose=violated["purpose"],
                        choice="opt_in",
                        source="web",
                        jurisdiction=violated["jurisdiction"],
                        observed_at=WINDOW_START - timedelta(minutes=1),
                    )
                ]
            )
        finally:
            await ledger.dispose()
        if events_url.startswith("postgresql"):
            await execute(events_url, f"TRUNCATE {staging_table(plan.scan.staging)}")
        else:
            staging_file(plan.scan.staging).unlink()
        await write_and_finish(engines, backfill, plan)
        assert await corrections(events_url, backfill.incident_id) == expected
    finally:
        await engines.dispose()


def index_only_heap_fetches(url: str, name: str) -> int | None:
    """Heap fetches of an index-only scan over the whole staging (every page), or None if its index cannot
    answer the probe's columns alone."""
    with psycopg.connect(url) as conn:
        conn.execute("SET enable_seqscan = off")
        conn.execute("SET enable_bitmapscan = off")
        (plan,) = conn.execute(
            f"EXPLAIN (ANALYZE, FORMAT JSON) SELECT seq, choice, source FROM {name} "
            "ORDER BY subject_id, purpose, observed_at, seq"
        ).fetchone()  # type: ignore[misc]
    node = plan[0]["Plan"]
    return node["Heap Fetches"] if node["Node Type"] == "Index Only Scan" else None


@pytest.mark.parametrize(
    "layout_urls", layout_params("postgresql", "postgresql-apart", "postgresql-sqlite-ledger"), indirect=True
)
async def test_every_probe_of_the_staging_is_answered_by_its_index_alone(
    layout_urls: tuple[str, str],
) -> None:
    """The staging's index covers what the probe reads, and every page is all-visible from the start (rows
    COPYed frozen, rows INSERTed vacuumed), also when it is built again after a loss: no probe visits the
    heap, nor dirties it setting hint bits (10M events: 36.5 -> 28.9 s)."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=37, subjects=80)
    await load(events_url, ledger_url, entries, events)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=50)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        assert plan.scan is not None and plan.scan.staged_rows > 0
        name = staging_table(plan.scan.staging)
        assert index_only_heap_fetches(events_url, name) == 0
        await execute(events_url, f"TRUNCATE {name}")  # what crash recovery does to an UNLOGGED table
        writer = PartitionWriter(engines, RULES)
        await write_partitions(writer, backfill, plan)
        assert index_only_heap_fetches(events_url, name) == 0  # built again the same way
        await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert await corrections(events_url, backfill.incident_id) == oracle(entries, events, POLICY)
    finally:
        await engines.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_the_staging_compares_bytes_and_an_earlier_versions_staging_is_replaced(
    layout_urls: tuple[str, str],
) -> None:
    """The staged subject and purpose are COLLATE "C" (the lookups name it); a partition planned by a version
    that staged in the database's collation, under the old name, stages again rather than probe an index
    it could not use; the finish removes both."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=31, subjects=80)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=50)
    engines = EngineCache()

    def keys(name: str) -> dict[str, str]:
        found = collations(events_url, name)
        return {column_: found[column_] for column_ in ("subject_id", "purpose")}

    try:
        plan = await plan_partitions(backfill, engines, RULES)
        assert plan.scan is not None
        staged, earlier = staging_table(plan.scan.staging), f"recall_consent_{plan.scan.staging}"
        assert keys(staged) == {"subject_id": "C", "purpose": "C"}
        # What the previous version left: the slice under the old name, in the database's collation.
        await execute(events_url, f"ALTER TABLE {staged} RENAME TO {earlier}")
        await execute(events_url, f"ALTER INDEX {staged}_lookup RENAME TO {earlier}_lookup")
        for column_, length in (("subject_id", 512), ("purpose", 64)):
            await execute(
                events_url,
                f'ALTER TABLE {earlier} ALTER COLUMN {column_} TYPE VARCHAR({length}) COLLATE "default"',
            )
        writer = PartitionWriter(engines, RULES)
        await write_partitions(writer, backfill, plan)
        assert keys(staged) == {"subject_id": "C", "purpose": "C"}  # staged again, same bound
        await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert await corrections(events_url, backfill.incident_id) == expected
        assert collations(events_url, staged) == collations(events_url, earlier) == {}  # both removed
    finally:
        await engines.dispose()


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql"), indirect=True)
async def test_jurisdictions_spelled_otherwise_bind_gpc_as_the_rules_read_them(
    layout_urls: tuple[str, str],
) -> None:
    """'us-ca ', 'FR-75' and 'de' are matched as `JurisdictionRules.rule_for` matches them, in SQL."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=17, subjects=160)
    spellings = {"US-CA": " us-ca", "US-CO": "US-CO ", "US-VA": "us-va", "US-TX": "tx-99"}
    for n, event in enumerate(events):
        if n % 2:
            event["jurisdiction"] = spellings.get(event["jurisdiction"], event["jurisdiction"])
    events[0]["jurisdiction"], events[1]["jurisdiction"] = "FR-75", "de"
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    assert RULES.requires_universal_opt_out(" us-ca", WINDOW_START)
    engines = EngineCache()
    try:
        backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=1000)
        plan = await plan_partitions(backfill, engines, RULES)
        await write_and_finish(engines, backfill, plan)
        assert await corrections(events_url, backfill.incident_id) == expected
    finally:
        await engines.dispose()


async def test_a_sampled_table_is_cut_into_partitions_of_about_the_asked_size(tmp_path: Path) -> None:
    """Past the size read whole, the plan samples rowid probes; bounds fall between probes, evenly."""
    url = f"sqlite:///{tmp_path / 'events.db'}"
    entries, _ = generate(seed=1, subjects=4)
    await load(url, url, entries, [])
    in_window = WINDOW_START + timedelta(days=3)
    db = sqlite3.connect(tmp_path / "events.db")
    with db:
        db.executemany(
            "INSERT INTO processing_events VALUES (?, 's', 'sale', 'US-CA', ?, 'adnet')",
            ((f"ev{n:07d}", in_window.strftime("%Y-%m-%d %H:%M:%S.%f")) for n in range(300_000)),
        )
    db.close()
    engines = EngineCache()
    try:
        plan = await plan_partitions(
            backfill_input(url, url, POLICY, partition_events=2_000, dry_run=True), engines, RULES
        )
    finally:
        await engines.dispose()
    assert 270_000 <= plan.events_in_window <= 330_000  # an estimate from the sample
    bounds = [int(b) for b in plan.boundaries]
    assert len(bounds) + 1 >= 135 and bounds == sorted(set(bounds))  # more partitions than sampled clusters
    sizes = [b - a for a, b in zip([0, *bounds], [*bounds, 300_000], strict=True)]
    assert max(sizes) < 2 * min(sizes)  # even, though the sample is 125 clusters of 64 rowids


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_a_transaction_left_open_elsewhere_does_not_count_the_window_twice(
    layout_urls: tuple[str, str],
) -> None:
    """Another session's open transaction holds back the oldest running id; the catch-up must still read
    only what the plan could not see, or every event is counted again (seen once: 89,820 for 44,910)."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=21, subjects=120)
    idle = psycopg.connect(ledger_url)  # any database: transaction ids are the server's
    idle.execute("SELECT pg_current_xact_id()")  # begins a transaction and gives it an id
    try:
        await load(events_url, ledger_url, entries, events)
        expected = oracle(entries, events, POLICY)
        engines = EngineCache()
        try:
            for dry_run in (True, False):
                backfill = backfill_input(
                    events_url, ledger_url, POLICY, partition_events=40, dry_run=dry_run
                )
                plan = await plan_partitions(backfill, engines, RULES)
                writer = PartitionWriter(engines, RULES)
                violations = 0
                for partition in partitions(backfill, plan):
                    violations += (await writer.write_partition(partition)).counts.violations
                caught = await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
                assert (caught.scanned, caught.violations) == (0, 0)
                assert violations == len(expected)
        finally:
            await engines.dispose()
    finally:
        idle.close()


def test_partitions_come_in_multiples_of_those_in_flight() -> None:
    """Five partitions with four in flight leave the fifth alone at the end, the machine idle around it."""
    positions = list(range(1_000))
    bounds, estimate = _cut(positions, 1.0, 200, -1, in_flight=4)
    assert estimate == 1_000 and len(bounds) + 1 == 8
    sizes = [b - a for a, b in zip([-1, *map(int, bounds)], [*map(int, bounds), 999], strict=True)]
    assert max(sizes) - min(sizes) <= 1
    assert _cut(positions, 1.0, 2_000, -1, in_flight=4) == ([], 1_000)  # one partition stays one


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_postgresql_queues_the_outbox_once_at_finish(layout_urls: tuple[str, str]) -> None:
    """Chunks that queued outbox keys waited on each other's uncommitted rows; the finish queues them all."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=7, subjects=60)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=40, set_based_chunk_size=9)
    engines = EngineCache()

    async def queued() -> int:
        async with engines.get(events_url).connect() as conn:
            return int(await conn.scalar(select(func.count()).select_from(recall_outbox)) or 0)

    try:
        plan = await plan_partitions(backfill, engines, RULES)
        writer = PartitionWriter(engines, RULES)
        for partition in partitions(backfill, plan):
            assert (await writer.write_partition(partition)).counts.outbox_written == 0
        assert await queued() == 0
        done = await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        keys = {(e["destination"], e["subject_id"]) for e in events if e["event_id"] in dict(expected)}
        assert done.outbox_written == await queued() == len(keys) > 0
        again = await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert again.outbox_written == 0 and await queued() == len(keys)
        # Told the rows the incident had at plan, a finish retried after its commit counts the run's again.
        retried = await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan, outbox_before=0))
        assert retried.outbox_written == len(keys) and await queued() == len(keys)
    finally:
        await engines.dispose()


@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "sqlite-apart"), indirect=True)
async def test_sqlite_chunks_read_through_a_memory_map(layout_urls: tuple[str, str]) -> None:
    """Concurrent chunks share the OS page cache instead of each connection caching the same pages."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=7, subjects=30)
    await load(events_url, ledger_url, entries, events)
    backfill = backfill_input(events_url, ledger_url, POLICY, dry_run=True)
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        await PartitionWriter(engines, RULES).write_partition(partitions(backfill, plan)[0])
        async with engines.get(events_url).connect() as conn:  # the pool hands back the chunk's connection
            schemas = [str(row[1]) for row in await conn.exec_driver_sql("PRAGMA database_list")]
            sizes = {name: await conn.scalar(text(f"PRAGMA {name}.mmap_size")) for name in schemas}
        assert sizes["main"] == 1 << 30
        assert all(size == 1 << 30 for name, size in sizes.items() if name.startswith("recall_"))
    finally:
        await engines.dispose()


async def test_a_sampled_plan_reads_no_table_whole(tmp_path: Path) -> None:
    """Past the size read whole, planning costs the sample, not a pass over the events (min and max rowid
    together in one query made SQLite scan the whole table)."""
    path = tmp_path / "events.db"
    url = f"sqlite:///{path}"
    entries, _ = generate(seed=1, subjects=4)
    await load(url, url, entries, [])
    in_window = WINDOW_START + timedelta(days=3)
    db = sqlite3.connect(path)
    with db:
        db.executemany(
            "INSERT INTO processing_events VALUES (?, 's', 'sale', 'US-CA', ?, 'adnet')",
            ((f"ev{n:07d}", in_window.strftime("%Y-%m-%d %H:%M:%S.%f")) for n in range(250_000)),
        )
    selects: list[tuple[str, object]] = []
    engines = EngineCache()

    def seen(_conn: object, _cursor: object, statement: str, parameters: object, *_: object) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")) and "processing_events" in statement:
            selects.append((statement, parameters))

    try:
        engine = engines.get(url)
        sqlalchemy.event.listen(engine.sync_engine, "before_cursor_execute", seen)
        await plan_partitions(backfill_input(url, url, POLICY, dry_run=True), engines, RULES)
    finally:
        await engines.dispose()
    assert selects
    for statement, parameters in selects:
        plan = [row[3] for row in db.execute(f"EXPLAIN QUERY PLAN {statement}", parameters or ())]  # type: ignore[arg-type]
        assert not any(step.startswith("SCAN") and "processing_events" in step for step in plan), (
            statement,
            plan,
        )
    db.close()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_the_outbox_queued_meanwhile_by_another_run_is_not_queued_twice(
    layout_urls: tuple[str, str],
) -> None:
    """The plain insert of the keys not yet queued meets a key another transaction queued meanwhile: it waits,
    fails on the unique key, and the keys go in again skipping conflicts."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=7, subjects=60)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=40, set_based_chunk_size=9)
    keys = sorted({(e["destination"], e["subject_id"]) for e in events if e["event_id"] in dict(expected)})
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        writer = PartitionWriter(engines, RULES)
        await write_partitions(writer, backfill, plan)
        other = psycopg.connect(events_url)  # another run of the incident, its key not yet committed
        other.execute(
            "INSERT INTO recall_outbox (incident_id, destination, subject_id, status, attempts, created_at) "
            "VALUES (%s, %s, %s, 'pending', 0, now())",
            (backfill.incident_id, *keys[-1]),
        )
        finishing = asyncio.ensure_future(
            writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        )
        await asyncio.sleep(1.0)
        assert not finishing.done()  # waiting on the other transaction's key
        other.commit()
        other.close()
        done = await finishing
        assert done.outbox_written == len(keys) - 1
        async with engines.get(events_url).connect() as conn:
            rows = (await conn.execute(select(recall_outbox.c.destination, recall_outbox.c.subject_id))).all()
        assert sorted(tuple(row) for row in rows) == keys
    finally:
        await engines.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("layout_urls", layout_params("postgresql-apart"), indirect=True)
async def test_a_correction_written_meanwhile_by_another_run_is_not_written_twice(
    layout_urls: tuple[str, str],
) -> None:
    """A chunk meets a correction that another transaction of the incident is writing: it waits for that
    transaction, then skips the key it committed (no error, no second row); every other correction is
    written and counted once."""
    events_url, ledger_url = layout_urls
    entries, events = generate(seed=7, subjects=60)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, POLICY)
    backfill = backfill_input(events_url, ledger_url, POLICY, partition_events=40)
    taken = next(e for e in events if e["event_id"] in dict(expected))
    engines = EngineCache()
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        other = psycopg.connect(events_url)  # another run of the incident, its correction not yet committed
        other.execute(
            "INSERT INTO recall_corrections (incident_id, event_id, subject_id, purpose, jurisdiction, "
            "destination, processed_at, ledger_seq, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, now())",
            (
                backfill.incident_id,
                *(taken[k] for k in ("event_id", "subject_id", "purpose", "jurisdiction", "destination")),
                taken["processed_at"],
                dict(expected)[taken["event_id"]],
            ),
        )
        writer = PartitionWriter(engines, RULES)

        writing = asyncio.ensure_future(write_partitions(writer, backfill, plan))
        await asyncio.sleep(1.0)
        assert not writing.done()  # waiting on the other transaction's key
        other.commit()
        other.close()
        assert sum(result.counts.corrections_written for result in await writing) == len(expected) - 1
        await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan))
        assert await corrections(events_url, backfill.incident_id) == expected
    finally:
        await engines.dispose()
