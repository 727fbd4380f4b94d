"""The backfill core against the independent oracle, on SQLite and PostgreSQL, chunk by chunk and by partition."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from optout_recall.backfill.corrections import recall_outbox
from optout_recall.backfill.partitions import PartitionWriter, plan_partitions
from optout_recall.backfill.preflight import preflight
from optout_recall.db import EngineCache
from optout_recall.payloads import BackfillCounts, BackfillInput, BackfillPartitionInput, GpcPolicy
from tests.backfill.oracle import RULES, backfill_input, corrections, generate, load, oracle


async def run_chunks(engines: EngineCache, backfill: BackfillInput) -> tuple[int, int]:
    """Checks, then the whole window as one partition of Python-decided chunks: (violations, written)."""
    await preflight(backfill, engines)
    writer = PartitionWriter(engines, RULES)
    cursor, violations, written = None, 0, 0
    while True:
        counts, cursor, done = await writer.python_chunk(backfill, cursor, None)
        violations += counts.violations
        written += counts.corrections_written
        if done:
            return violations, written


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("policy", [GpcPolicy.WHERE_REQUIRED, GpcPolicy.EVERYWHERE])
async def test_backfill_matches_the_oracle_and_is_idempotent(
    tmp_path: Path, request: pytest.FixtureRequest, database: str, policy: GpcPolicy
) -> None:
    if database == "sqlite":
        events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    else:  # the ledger may live in another database than the events
        events_url, ledger_url = request.getfixturevalue("pg_url"), f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=11)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, policy)
    assert len(expected) > 20  # the data exercises the rule, not a trivially empty case

    engines = EngineCache()
    try:
        dry = backfill_input(events_url, ledger_url, policy, dry_run=True)
        assert await run_chunks(engines, dry) == (len(expected), 0)
        backfill = backfill_input(events_url, ledger_url, policy)
        assert await run_chunks(engines, backfill) == (len(expected), len(expected))
        assert await corrections(events_url, backfill.incident_id) == expected
        # The same incident again writes nothing: corrections are unique per (incident, event).
        assert await run_chunks(engines, backfill) == (len(expected), 0)
        assert await corrections(events_url, backfill.incident_id) == expected
        async with engines.get(events_url).connect() as conn:
            outbox = (
                await conn.execute(select(recall_outbox.c.destination, recall_outbox.c.subject_id))
            ).all()
        by_destination = {
            (e["destination"], e["subject_id"])
            for e in events
            if any(e["event_id"] == x for x, _ in expected)
        }
        assert sorted(outbox) == sorted(by_destination)
    finally:
        await engines.dispose()


def test_where_required_differs_from_everywhere() -> None:
    entries, events = generate(seed=11)
    assert oracle(entries, events, GpcPolicy.WHERE_REQUIRED) < oracle(entries, events, GpcPolicy.EVERYWHERE)


async def run_partitions(engines: EngineCache, backfill: BackfillInput) -> BackfillCounts:
    """What the workflow does, in order and without Temporal: plan, then every partition."""
    plan = await plan_partitions(backfill, engines, RULES)
    writer = PartitionWriter(engines, RULES)
    bounds = plan.boundaries
    counts = BackfillCounts()
    for index in range(len(bounds) + 1):
        partition = BackfillPartitionInput(
            backfill=backfill,
            index=index,
            lower=bounds[index - 1] if index else None,
            upper=bounds[index] if index < len(bounds) else None,
            jurisdictions=plan.jurisdictions,
            set_based=plan.set_based,
        )
        counts.add((await writer.write_partition(partition)).counts)
    assert counts.scanned == plan.events_in_window
    return counts


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("shared", [True, False], ids=["set-based", "ledger-apart"])
@pytest.mark.parametrize("policy", [GpcPolicy.WHERE_REQUIRED, GpcPolicy.EVERYWHERE])
async def test_partitions_match_the_oracle_set_based_and_apart(
    tmp_path: Path, request: pytest.FixtureRequest, database: str, shared: bool, policy: GpcPolicy
) -> None:
    events_url = (
        f"sqlite:///{tmp_path / 'events.db'}" if database == "sqlite" else request.getfixturevalue("pg_url")
    )
    ledger_url = events_url if shared else f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=23, subjects=200)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, policy)
    engines = EngineCache()
    try:
        extra = {"partition_events": 60, "chunk_size": 13, "set_based_chunk_size": 11}
        dry = await run_partitions(
            engines, backfill_input(events_url, ledger_url, policy, dry_run=True, **extra)
        )
        assert (dry.violations, dry.corrections_written) == (len(expected), 0)
        backfill = backfill_input(events_url, ledger_url, policy, **extra)
        applied = await run_partitions(engines, backfill)
        assert applied.violations == applied.corrections_written == len(expected)
        assert applied.by_jurisdiction == dry.by_jurisdiction and applied.by_destination == dry.by_destination
        assert await corrections(events_url, backfill.incident_id) == expected
        again = await run_partitions(engines, backfill)
        assert (again.violations, again.corrections_written, again.outbox_written) == (len(expected), 0, 0)
    finally:
        await engines.dispose()


async def test_a_partition_resumed_from_a_cursor_ends_with_the_same_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    entries, events = generate(seed=3, subjects=60)
    await load(url, url, entries, events)
    engines = EngineCache()
    backfill = backfill_input(url, url, GpcPolicy.EVERYWHERE, set_based_chunk_size=10)
    try:
        plan = await plan_partitions(backfill, engines, RULES)
        partition = BackfillPartitionInput(
            backfill=backfill, index=0, set_based=True, jurisdictions=plan.jurisdictions
        )
        beats: list[object] = []
        whole = await PartitionWriter(engines, RULES).write_partition(partition, heartbeat=beats.append)
        assert len(beats) == whole.chunks > 3 and not whole.resumed
        resumed = await PartitionWriter(engines, RULES).write_partition(partition, resume=beats[2])  # type: ignore[arg-type]
        assert resumed.resumed and resumed.chunks == whole.chunks
        assert resumed.counts.violations == whole.counts.violations
        assert resumed.counts.scanned == whole.counts.scanned == plan.events_in_window
    finally:
        await engines.dispose()
