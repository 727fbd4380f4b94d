"""The backfill activities as Temporal runs them: refusals, heartbeat resume, and the workflow end to end.

The rule itself is held to the oracle in `tests/backfill/`; these tests hold the adapters.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest
from sqlalchemy import inspect
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment, WorkflowEnvironment

from activities.backfill import BackfillActivities
from optout_recall import names
from optout_recall.backfill.consent import staging_table
from optout_recall.db import EngineCache
from optout_recall.errors import ErrorType
from optout_recall.payloads import (
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillResult,
    BackfillState,
    EventTableConfig,
    GpcPolicy,
)
from optout_recall.payloads.backfill import BackfillFinishInput
from tests.backfill.oracle import (
    RULES,
    WINDOW_END,
    WINDOW_START,
    backfill_input,
    corrections,
    generate,
    load,
    oracle,
)
from workers.main import running_worker


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
                await activities.plan_backfill(
                    backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE).model_copy(update=change)
                )
            assert refused.value.non_retryable and refused.value.type == ErrorType.BAD_BACKFILL_INPUT
        reversed_window = backfill_input(events_url, ledger_url, GpcPolicy.EVERYWHERE).model_copy(
            update={"window_start": WINDOW_END, "window_end": WINDOW_START}
        )
        with pytest.raises(ApplicationError, match="window end must be after window start"):
            await activities.plan_backfill(reversed_window)
        async with engines.get(events_url).connect() as conn:
            tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
        assert "recall_corrections" not in tables
    finally:
        await engines.dispose()


async def test_an_unreachable_database_is_a_retryable_failure(tmp_path: Path) -> None:
    missing = f"sqlite:///{tmp_path / 'no' / 'such' / 'events.db'}"
    engines = EngineCache()
    try:
        with pytest.raises(ApplicationError, match=re.escape("database error (")) as lost:
            await BackfillActivities(engines, RULES).tally_backfill(
                backfill_input(missing, missing, GpcPolicy.EVERYWHERE)
            )
        assert not lost.value.non_retryable and lost.value.type == ErrorType.DATABASE_UNAVAILABLE
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
        partition = BackfillPartitionInput(backfill=backfill, index=0, scan=plan.scan)
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


@pytest.mark.postgres
async def test_finishing_removes_the_staging_and_a_retry_finds_nothing_to_remove(
    tmp_path: Path, pg_url: str
) -> None:
    """The staged consent lives in the user's events database only while the backfill runs."""
    ledger_url = f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=4, subjects=30)
    await load(pg_url, ledger_url, entries, events)
    engines = EngineCache()
    activities = BackfillActivities(engines, RULES)
    backfill = backfill_input(pg_url, ledger_url, GpcPolicy.WHERE_REQUIRED, dry_run=True)
    try:
        plan = await ActivityEnvironment().run(activities.plan_backfill, backfill)
        assert plan.scan is not None and plan.scan.staged_rows == len(entries)
        staged = staging_table(plan.scan.staging)
        assert staged in await _tables(engines, pg_url)
        finish = BackfillFinishInput(backfill=backfill, scan=plan.scan)
        for _ in range(2):  # a retried finish is harmless
            await ActivityEnvironment().run(activities.finish_backfill, finish)
            assert not {t for t in await _tables(engines, pg_url) if t.startswith("recall_")}
    finally:
        await engines.dispose()


async def _tables(engines: EngineCache, url: str) -> set[str]:
    async with engines.get(url).connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
