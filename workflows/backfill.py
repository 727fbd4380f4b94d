"""The backfill: find every event processed while a binding opt-out was ignored and correct it exactly once.

The workflow walks the events in the incident window by keyset chunks; each chunk is one activity that reads
events and consent, decides violations and writes corrections idempotently (UNIQUE(incident_id, event_id)), so
a retried or replayed chunk doubles nothing. All state lives in one model that survives continue-as-new, which
keeps each run's history bounded whatever the number of events.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

with workflow.unsafe.imports_passed_through():
    from activities.backfill import BackfillActivities
    from optout_recall import names
    from optout_recall.payloads import BackfillChunkInput, BackfillResult, BackfillState

CHUNK_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=20,
    non_retryable_error_types=["BadBackfillInput"],
)
PREPARE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_attempts=5, non_retryable_error_types=["BadBackfillInput"]
)


@workflow.defn(name=names.BACKFILL_WORKFLOW)
class BackfillWorkflow:
    """Runs as a child of a recall or on its own (`recall backfill`)."""

    @workflow.init
    def __init__(self, state: BackfillState) -> None:
        self._state = state

    @workflow.run
    async def run(self, state: BackfillState) -> BackfillResult:
        if self._state.started_at is None:
            prepared = await workflow.execute_activity_method(
                BackfillActivities.prepare_backfill,
                self._state.input,
                start_to_close_timeout=timedelta(minutes=5),
                retry_policy=PREPARE_RETRY,
                summary="check tables, create correction tables",
            )
            self._state.rules_hash = prepared.rules_hash
            self._state.events_in_window = prepared.events_in_window
            self._state.started_at = workflow.now()

        chunks_this_run = 0
        while not self._state.finished:
            chunk = await workflow.execute_activity_method(
                BackfillActivities.backfill_chunk,
                BackfillChunkInput(backfill=self._state.input, after_event_id=self._state.cursor),
                start_to_close_timeout=timedelta(minutes=10),
                retry_policy=CHUNK_RETRY,
                summary=f"chunk after {self._state.cursor or 'start'}",
            )
            self._state.counts.add(chunk.counts)
            self._state.cursor = chunk.last_event_id
            self._state.finished = chunk.done
            self._state.chunks_done += 1
            chunks_this_run += 1
            if not self._state.finished and (
                chunks_this_run >= self._state.input.max_chunks_per_run
                or workflow.info().is_continue_as_new_suggested()
            ):
                await workflow.wait_condition(workflow.all_handlers_finished)
                self._state.runs += 1
                workflow.continue_as_new(self._state)

        return BackfillResult(
            incident_id=self._state.input.incident_id,
            dry_run=self._state.input.dry_run,
            counts=self._state.counts,
            rules_hash=self._state.rules_hash,
        )

    @workflow.query(name=names.PROGRESS_QUERY)
    def progress(self) -> BackfillState:
        return self._state
