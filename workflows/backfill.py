"""The backfill: find every event processed while a binding opt-out was ignored and correct it exactly once.

A plan activity splits the incident window into event_id ranges once; partitions then run as activities, a
bounded number in flight, spread over every worker polling the task queue. Each partition walks its range by
chunks, heartbeats its cursor and resumes from it after a crash, and writes idempotently
(UNIQUE(incident_id, event_id)), so a retried or replayed partition doubles nothing. A finishing activity
reads again what changed since the plan and removes the consent staging (also when the run fails). Then the
outbox is delivered to the destinations' webhooks and the tables are tallied, which makes the final counts exact
(a first SQLite run that wrote every violation it found has exact counts already, and skips the tally). All
state lives in one model that survives continue-as-new, which keeps each run's history bounded whatever the
number of events.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError

with workflow.unsafe.imports_passed_through():
    from activities.backfill import BackfillActivities
    from optout_recall import names
    from optout_recall.errors import ErrorType
    from optout_recall.payloads import (
        BackfillCounts,
        BackfillPartitionInput,
        BackfillPartitionResult,
        BackfillResult,
        BackfillState,
    )
    from optout_recall.payloads.backfill import BackfillFinishInput, ScanOrder

PREPARE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_attempts=5,
    non_retryable_error_types=[ErrorType.BAD_BACKFILL_INPUT],
)
# A partition survives lost workers (heartbeat timeout) and database outages for a while, then fails the run.
PARTITION_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=50,
    non_retryable_error_types=[ErrorType.BAD_BACKFILL_INPUT],
)
# Per-row retries happen inside the activity; these cover a lost worker or an unreachable database.
DELIVERY_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=2), maximum_interval=timedelta(seconds=60), maximum_attempts=20
)

# Retired: the chunked path it guarded is gone. Its deprecation stays while any history (tests/histories/
# included) holds the marker: without the call, those replay with a non-determinism error.
PARTITIONS_PATCH = "backfill-partitions"
# Runs planned with a scan (physical ranges, staged consent) close with `finish_backfill`: a catch-up over what
# changed since the plan, and the staging removed. Histories recorded before it replay without that command.
FINISH_PATCH = "backfill-finish"
# A first apply run on SQLite (nothing recorded for the incident before, no webhooks) whose every violation
# found was written by it has its counts already: it skips `tally_backfill`, a second read of every correction.
COUNTED_PATCH = "backfill-counted"
# On PostgreSQL the finish queues the outbox; told the outbox rows at plan, it counts what the incident holds
# now less those, which a finish retried after its commit counts again the same. Such a first apply run whose
# every violation found was written by it skips `tally_backfill` too.
FINISH_COUNTS_OUTBOX_PATCH = "backfill-finish-counts-outbox"


@workflow.defn(name=names.BACKFILL_WORKFLOW)
class BackfillWorkflow:
    """Runs as a child of a recall or on its own (`recall backfill`)."""

    @workflow.init
    def __init__(self, state: BackfillState) -> None:
        self._state = state
        self._outbox_counted_at_finish = False  # this run's finish counted the incident's outbox rows

    @workflow.run
    async def run(self, state: BackfillState) -> BackfillResult:
        # Every run is partitioned now; runs that recorded this patch's marker still replay past it.
        workflow.deprecate_patch(PARTITIONS_PATCH)
        await self._run_partitioned()
        return BackfillResult(
            incident_id=self._state.input.incident_id,
            dry_run=self._state.input.dry_run,
            counts=self._state.counts,
            rules_hash=self._state.rules_hash,
        )

    @workflow.query(name=names.PROGRESS_QUERY)
    def progress(self) -> BackfillState:
        return self._state

    async def _run_partitioned(self) -> None:
        backfill = self._state.input
        if not self._state.planned:
            self._state.stage = "planning"
            plan = await workflow.execute_activity_method(
                BackfillActivities.plan_backfill,
                backfill,
                start_to_close_timeout=timedelta(minutes=30),
                retry_policy=PREPARE_RETRY,
                summary="check tables, plan partitions",
            )
            self._state.rules_hash = plan.rules_hash
            self._state.events_in_window = plan.events_in_window
            self._state.boundaries = plan.boundaries
            self._state.jurisdictions = plan.jurisdictions
            self._state.set_based = plan.set_based
            self._state.scan = plan.scan
            self._state.partitions_total = len(plan.boundaries) + 1
            self._state.corrections_before = plan.corrections_before
            self._state.outbox_before = plan.outbox_before
            self._state.started_at = workflow.now()
            self._state.planned = True

        self._state.stage = "scanning"
        done = set(self._state.partitions_done)
        waiting = [i for i in range(self._state.partitions_total) if i not in done]
        running: dict[int, workflow.ActivityHandle[BackfillPartitionResult]] = {}
        try:
            await self._scan(waiting, running)
        except (ActivityError, asyncio.CancelledError):
            if workflow.patched(FINISH_PATCH):
                for handle in running.values():
                    handle.cancel()
                await self._finish(release_only=True)
            raise
        self._state.partitions_in_flight = 0

        if waiting:
            await workflow.wait_condition(workflow.all_handlers_finished)
            self._state.runs += 1
            workflow.continue_as_new(self._state)

        if workflow.patched(FINISH_PATCH):
            self._state.stage = "catching up"
            self._state.counts.add(await self._finish(release_only=False))
            self._state.events_in_window = self._state.counts.scanned

        if not backfill.dry_run:
            if backfill.destinations:
                self._state.stage = "delivering"
                await workflow.execute_activity_method(
                    BackfillActivities.deliver_outbox,
                    backfill,
                    start_to_close_timeout=timedelta(hours=6),
                    heartbeat_timeout=timedelta(seconds=max(backfill.heartbeat_timeout_seconds, 60.0)),
                    retry_policy=DELIVERY_RETRY,
                    summary=f"deliver outbox to {len(backfill.destinations)} destination(s)",
                )
            if workflow.patched(COUNTED_PATCH) and self._counted_exactly():
                self._state.counts.delivery_pending = self._state.counts.outbox_written
            else:
                await self._count_from_tables()
        self._state.finished = True
        self._state.stage = "done"
        self._state.eta_seconds = 0.0
        await workflow.wait_condition(workflow.all_handlers_finished)

    async def _scan(
        self, waiting: list[int], running: dict[int, workflow.ActivityHandle[BackfillPartitionResult]]
    ) -> None:
        """Partitions, a bounded number in flight, until all are done or this run has started its share."""
        backfill = self._state.input
        started = 0
        while waiting or running:
            while (
                waiting
                and len(running) < backfill.concurrency
                and started < backfill.max_partitions_per_run
                and not workflow.info().is_continue_as_new_suggested()
            ):
                index = waiting.pop(0)
                running[index] = self._start_partition(index)
                started += 1
            self._state.partitions_in_flight = len(running)
            if not running:
                break  # this run's share is done: continue as new below
            await workflow.wait_condition(lambda: any(handle.done() for handle in running.values()))
            for index in [i for i, handle in running.items() if handle.done()]:
                result = running.pop(index).result()
                self._state.counts.add(result.counts)
                self._state.partitions_done.append(index)
                self._state.chunks_done += result.chunks
            self._update_rate()

    async def _finish(self, *, release_only: bool) -> BackfillCounts:
        outbox_before = None
        if not release_only and workflow.patched(FINISH_COUNTS_OUTBOX_PATCH):
            outbox_before = self._state.outbox_before
            self._outbox_counted_at_finish = True
        return await workflow.execute_activity_method(
            BackfillActivities.finish_backfill,
            BackfillFinishInput(
                backfill=self._state.input,
                scan=self._state.scan,
                release_only=release_only,
                outbox_before=outbox_before,
            ),
            start_to_close_timeout=timedelta(hours=1),
            retry_policy=PREPARE_RETRY,
            summary="remove the consent staging"
            if release_only
            else "read again what changed; remove the staging",
        )

    def _start_partition(self, index: int) -> workflow.ActivityHandle[BackfillPartitionResult]:
        state = self._state
        bounds = state.boundaries
        backfill = state.input
        return workflow.start_activity_method(
            BackfillActivities.backfill_partition,
            BackfillPartitionInput(
                backfill=backfill,
                index=index,
                lower=bounds[index - 1] if index > 0 else None,
                upper=bounds[index] if index < len(bounds) else None,
                jurisdictions=state.jurisdictions,
                set_based=state.set_based,
                scan=state.scan,
            ),
            start_to_close_timeout=timedelta(hours=6),
            heartbeat_timeout=timedelta(seconds=backfill.heartbeat_timeout_seconds),
            retry_policy=PARTITION_RETRY,
            summary=f"partition {index + 1}/{state.partitions_total}",
        )

    async def _count_from_tables(self) -> None:
        state = self._state
        tally = await workflow.execute_activity_method(
            BackfillActivities.tally_backfill,
            state.input,
            start_to_close_timeout=timedelta(minutes=10),
            retry_policy=PREPARE_RETRY,
            summary="count corrections and deliveries",
        )
        counts = state.counts
        if state.scan is not None:
            # The table is the truth: a catch-up or a resumed chunk may read an event twice, never write
            # it twice, so violations and their tallies are what the incident's corrections are.
            counts.violations = tally.corrections
            counts.through_links = tally.through_links
            counts.by_jurisdiction = tally.by_jurisdiction
            counts.by_purpose = tally.by_purpose
            counts.by_destination = tally.by_destination
        counts.corrections_written = tally.corrections - state.corrections_before
        counts.outbox_written = tally.outbox - state.outbox_before
        counts.delivered = tally.delivered
        counts.delivery_failed = tally.delivery_failed
        counts.delivery_pending = tally.delivery_pending

    def _counted_exactly(self) -> bool:
        """The counts are what the tables hold: nothing for the incident before this run, nothing delivered,
        and every violation it found written by it (an event read twice, by a chunk done again after a crash
        or by the catch-up, is found again but not written again, and would break the equality). For SQLite
        scans (rowid order), whose chunks count their outbox rows in the transaction that writes them, and
        PostgreSQL's (page order) when the finish that queued the outbox counted the incident's rows, which
        it does again the same when retried after its commit."""
        state = self._state
        counts = state.counts
        outbox_counted = state.scan is not None and (
            state.scan.order == ScanOrder.ROWID
            or (state.scan.order == ScanOrder.PAGES and self._outbox_counted_at_finish)
        )
        return (
            outbox_counted
            and not state.input.destinations
            and state.corrections_before == 0
            and state.outbox_before == 0
            and counts.violations == counts.corrections_written
        )

    def _update_rate(self) -> None:
        state = self._state
        now = workflow.now()
        state.updated_at = now
        if state.started_at is None:
            return
        elapsed = (now - state.started_at).total_seconds()
        if elapsed > 0 and state.counts.scanned:
            state.events_per_second = state.counts.scanned / elapsed
            remaining = max(state.events_in_window - state.counts.scanned, 0)
            state.eta_seconds = remaining / state.events_per_second
