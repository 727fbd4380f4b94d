"""The backfill against an independent oracle, on SQLite and PostgreSQL, chunk by chunk and as a workflow."""

from __future__ import annotations

import random
import re
import uuid
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment, WorkflowEnvironment

from activities.backfill import BackfillActivities
from optout_recall import names
from optout_recall.corrections import recall_corrections, recall_outbox
from optout_recall.db import EngineCache, create_engine
from optout_recall.demo.world import events_metadata, processing_events
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.payloads import (
    BackfillChunkInput,
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillResult,
    BackfillState,
    Choice,
    ConsentSource,
    EventTableConfig,
    GpcPolicy,
)
from optout_recall.rules import load_rules
from workers.main import running_worker

RULES = load_rules()
# Colorado's universal opt-out duty starts 2024-07-01: a window around it puts GPC on both sides.
WINDOW_START = datetime(2024, 6, 1, tzinfo=UTC)
WINDOW_END = datetime(2024, 8, 1, tzinfo=UTC)
JURISDICTIONS = ["US-CA", "US-CO", "US-VA", "US-TX"]
PURPOSES = ["sale", "sharing"]
PACIFIC = timezone(timedelta(hours=-7))


def generate(seed: int, subjects: int = 120) -> tuple[list[LedgerEntryInput], list[dict]]:
    """Many subjects and all four edge kinds: ties, opt-in after opt-out, GPC across an effective date, offsets."""
    rng = random.Random(seed)
    entries: list[LedgerEntryInput] = []
    events: list[dict] = []
    for n in range(subjects):
        subject = f"s{n:04d}"
        jurisdiction = rng.choice(JURISDICTIONS)
        purpose = rng.choice(PURPOSES)
        base = WINDOW_START + timedelta(days=rng.randint(-10, 50), hours=rng.randint(0, 23))
        tz = PACIFIC if n % 3 == 0 else UTC  # offsets other than UTC in ledger input
        kind = n % 4
        if kind == 0:  # a tie: opt-out and opt-in at the same instant; ledger order decides
            first, second = (
                (Choice.OPT_OUT, Choice.OPT_IN) if rng.random() < 0.5 else (Choice.OPT_IN, Choice.OPT_OUT)
            )
            entries.append(
                _entry(subject, purpose, first, ConsentSource.WEB, jurisdiction, base.astimezone(tz))
            )
            entries.append(
                _entry(subject, purpose, second, ConsentSource.API, jurisdiction, base.astimezone(tz))
            )
        elif kind == 1:  # opt-in after opt-out
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.WEB, jurisdiction, base.astimezone(tz))
            )
            later = base + timedelta(days=rng.randint(1, 15))
            entries.append(
                _entry(subject, purpose, Choice.OPT_IN, ConsentSource.SDK, jurisdiction, later.astimezone(tz))
            )
        elif kind == 2:  # GPC only: binds or not depending on jurisdiction and date under where_required
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.GPC, jurisdiction, base.astimezone(tz))
            )
        else:  # GPC opt-out over an earlier site opt-in
            entries.append(
                _entry(
                    subject,
                    purpose,
                    Choice.OPT_IN,
                    ConsentSource.WEB,
                    jurisdiction,
                    (base - timedelta(days=20)).astimezone(tz),
                )
            )
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.GPC, jurisdiction, base.astimezone(tz))
            )
        for e in range(rng.randint(1, 5)):
            processed = base + timedelta(days=rng.uniform(-20, 40))
            if e == 0:
                processed = base  # exactly at the signal: observed_at <= processed_at counts
            events.append(
                {
                    "event_id": f"{subject}-e{e}",
                    "subject_id": subject,
                    # Another purpose than the consent's now and then: consent is per purpose.
                    "purpose": purpose if rng.random() < 0.9 else "analytics",
                    "jurisdiction": jurisdiction,
                    "processed_at": processed,
                    "destination": rng.choice(["adnet", "broker"]),
                }
            )
    # Edges of the window itself.
    events.append({**events[0], "event_id": "edge-start", "processed_at": WINDOW_START})
    events.append({**events[0], "event_id": "edge-end", "processed_at": WINDOW_END})
    return entries, events


def _entry(
    subject: str, purpose: str, choice: Choice, source: ConsentSource, jurisdiction: str, at: datetime
) -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=subject,
        purpose=purpose,
        choice=choice,
        source=source,
        jurisdiction=jurisdiction,
        observed_at=at,
    )


def oracle(entries: list[LedgerEntryInput], events: list[dict], policy: GpcPolicy) -> set[tuple[str, int]]:
    """Plain Python, straight from the issue's wording: (event_id, seq of the ignored opt-out)."""
    ledger = [(seq, e) for seq, e in enumerate(entries, start=1)]  # file order is ledger order
    expected = set()
    for event in events:
        if not (WINDOW_START <= event["processed_at"] < WINDOW_END):
            continue
        binding = [
            (e.observed_at, seq, e)
            for seq, e in ledger
            if e.subject_id == event["subject_id"]
            and e.purpose == event["purpose"]
            and e.observed_at <= event["processed_at"]
            and (
                e.source != ConsentSource.GPC
                or policy == GpcPolicy.EVERYWHERE
                or RULES.requires_universal_opt_out(event["jurisdiction"], event["processed_at"])
            )
        ]
        if binding:
            _, seq, latest = max(binding, key=lambda item: (item[0], item[1]))
            if latest.choice == Choice.OPT_OUT:
                expected.add((event["event_id"], seq))
    return expected


async def load(events_url: str, ledger_url: str, entries: list[LedgerEntryInput], events: list[dict]) -> None:
    ledger_engine, events_engine = create_engine(ledger_url), create_engine(events_url)
    try:
        ledger = Ledger(ledger_engine)
        await ledger.create_schema()
        await ledger.append(entries)
        async with events_engine.begin() as conn:
            await conn.run_sync(events_metadata.create_all)
            await conn.execute(processing_events.insert(), events)
    finally:
        await ledger_engine.dispose()
        await events_engine.dispose()


async def run_chunks(activities: BackfillActivities, backfill: BackfillInput) -> tuple[int, int]:
    await activities.prepare_backfill(backfill)
    cursor, violations, written = None, 0, 0
    while True:
        chunk = await activities.backfill_chunk(BackfillChunkInput(backfill=backfill, after_event_id=cursor))
        violations += chunk.counts.violations
        written += chunk.counts.corrections_written
        cursor = chunk.last_event_id
        if chunk.done:
            return violations, written


async def corrections(events_url: str, incident: str) -> set[tuple[str, int]]:
    engine = create_engine(events_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(recall_corrections.c.event_id, recall_corrections.c.ledger_seq).where(
                    recall_corrections.c.incident_id == incident
                )
            )
            return {(r[0], r[1]) for r in rows}
    finally:
        await engine.dispose()


def backfill_input(events_url: str, ledger_url: str, policy: GpcPolicy, **extra: object) -> BackfillInput:
    return BackfillInput(
        incident_id=f"INC-{uuid.uuid4().hex[:6]}",
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        gpc_policy=policy,
        **{"chunk_size": 17, **extra},
    )


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
    activities = BackfillActivities(engines, RULES)
    try:
        dry = backfill_input(events_url, ledger_url, policy, dry_run=True)
        assert await run_chunks(activities, dry) == (len(expected), 0)
        backfill = backfill_input(events_url, ledger_url, policy)
        assert await run_chunks(activities, backfill) == (len(expected), len(expected))
        assert await corrections(events_url, backfill.incident_id) == expected
        # The same incident again writes nothing: corrections are unique per (incident, event).
        assert await run_chunks(activities, backfill) == (len(expected), 0)
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


async def test_bad_tables_and_windows_are_refused_before_writing(tmp_path: Path) -> None:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=2, subjects=4)
    await load(events_url, ledger_url, entries, events)
    engines = EngineCache()
    activities = BackfillActivities(engines, RULES)
    try:
        cases = {
            "no table 'events'": {"table": EventTableConfig(table="events")},
            "has no column(s) happened_at": {"table": EventTableConfig(processed_at="happened_at")},
            "is not a valid SQL identifier": {"table": EventTableConfig(table="events; DROP TABLE x")},
        }
        for message, change in cases.items():
            with pytest.raises(ApplicationError, match=re.escape(message)) as refused:
                await activities.prepare_backfill(
                    backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE).model_copy(update=change)
                )
            assert refused.value.non_retryable
        reversed_window = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE).model_copy(
            update={"window_start": WINDOW_END, "window_end": WINDOW_START}
        )
        with pytest.raises(ApplicationError, match="window end must be after window start"):
            await activities.prepare_backfill(reversed_window)
        async with engines.get(events_url).connect() as conn:
            tables = await conn.run_sync(lambda c: __import__("sqlalchemy").inspect(c).get_table_names())
        assert "recall_corrections" not in tables
    finally:
        await engines.dispose()


@pytest.mark.devserver
async def test_backfill_workflow_continues_as_new_and_matches_oracle(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=5)
    await load(events_url, ledger_url, entries, events)
    expected = oracle(entries, events, GpcPolicy.WHERE_REQUIRED)
    backfill = backfill_input(
        events_url, ledger_url, GpcPolicy.WHERE_REQUIRED, partition_events=25, max_partitions_per_run=3
    )
    task_queue = f"backfill-{uuid.uuid4().hex[:6]}"
    async with running_worker(dev_server_env.client, task_queue):
        handle = await dev_server_env.client.start_workflow(
            names.BACKFILL_WORKFLOW,
            BackfillState(input=backfill),
            id=f"bf-{uuid.uuid4()}",
            task_queue=task_queue,
            result_type=BackfillResult,
        )
        result = await handle.result()
        progress = await handle.query(names.PROGRESS_QUERY, result_type=BackfillState)
    assert result.counts.corrections_written == result.counts.violations == len(expected)
    assert await corrections(events_url, backfill.incident_id) == expected
    assert progress.runs > 1  # continued as new: each run's history stays bounded
    assert progress.partitions_total > 6 and sorted(progress.partitions_done) == list(
        range(progress.partitions_total)
    )
    assert progress.counts.scanned == progress.events_in_window
    assert result.rules_hash == RULES.content_hash


async def run_partitions(activities: BackfillActivities, backfill: BackfillInput) -> BackfillCounts:
    """What the workflow does, in order and without Temporal: plan, every partition, tally."""
    env = ActivityEnvironment()
    plan = await env.run(activities.plan_backfill, backfill)
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
        counts.add((await env.run(activities.backfill_partition, partition)).counts)
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
    activities = BackfillActivities(engines, RULES)
    try:
        extra = {"partition_events": 60, "chunk_size": 13, "set_based_chunk_size": 11}
        dry = await run_partitions(
            activities, backfill_input(events_url, ledger_url, policy, dry_run=True, **extra)
        )
        assert (dry.violations, dry.corrections_written) == (len(expected), 0)
        backfill = backfill_input(events_url, ledger_url, policy, **extra)
        applied = await run_partitions(activities, backfill)
        assert applied.violations == applied.corrections_written == len(expected)
        assert applied.by_jurisdiction == dry.by_jurisdiction and applied.by_destination == dry.by_destination
        assert await corrections(events_url, backfill.incident_id) == expected
        again = await run_partitions(activities, backfill)
        assert (again.violations, again.corrections_written, again.outbox_written) == (len(expected), 0, 0)
    finally:
        await engines.dispose()


async def test_a_retried_partition_resumes_from_its_heartbeat(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'events.db'}"
    entries, events = generate(seed=3, subjects=60)
    await load(url, url, entries, events)
    engines = EngineCache()
    activities = BackfillActivities(engines, RULES)
    backfill = backfill_input(url, url, GpcPolicy.EVERYWHERE, set_based_chunk_size=10)
    beats: list[BackfillPartitionCursor] = []
    try:
        plan = await ActivityEnvironment().run(activities.plan_backfill, backfill)
        first = ActivityEnvironment()
        first.on_heartbeat = lambda *details: beats.append(details[0])
        partition = BackfillPartitionInput(
            backfill=backfill, index=0, set_based=True, jurisdictions=plan.jurisdictions
        )
        whole = await first.run(activities.backfill_partition, partition)
        assert len(beats) == whole.chunks > 3
        # A second attempt that saw the third heartbeat skips the chunks before it and ends with the same counts.
        retry = ActivityEnvironment()
        retry.info = retry.info.__class__(
            **{**retry.info.__dict__, "heartbeat_details": [beats[2].model_dump(mode="json")]}
        )
        resumed = await retry.run(activities.backfill_partition, partition)
        assert resumed.resumed and resumed.chunks == whole.chunks
        assert resumed.counts.violations == whole.counts.violations
        assert resumed.counts.scanned == whole.counts.scanned == plan.events_in_window
    finally:
        await engines.dispose()
