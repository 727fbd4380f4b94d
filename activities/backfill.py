"""Backfill activities: thin adapters over `optout_recall.backfill`.

Each decodes its input, hands the core `activity.heartbeat` and the heartbeated resume cursor, and turns a
`RecallError` into `ApplicationError(type=ErrorType.X)`. Every write the core makes is idempotent by a
business key, so a retried, resumed or replayed activity doubles nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from temporalio import activity

from activities.errors import core_errors
from optout_recall.backfill.delivery import deliver_outbox
from optout_recall.backfill.partitions import PartitionWriter, plan_partitions, tally_incident
from optout_recall.db import EngineCache
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    BackfillTally,
    OutboxDeliveryResult,
)
from optout_recall.payloads.backfill import BackfillFinishInput
from optout_recall.rules import JurisdictionRules, load_rules

if TYPE_CHECKING:
    import httpx  # imported where a request is made: the backfill's worker starts without it (50-90 ms)


class BackfillActivities:
    """Activities of `BackfillWorkflow`; engines are shared per URL for the life of the worker."""

    def __init__(
        self,
        engines: EngineCache,
        rules: JurisdictionRules | None = None,
        http: httpx.AsyncClient | None = None,
    ) -> None:
        self._engines = engines
        self._rules = rules or load_rules()
        self._http = http
        self._owns_http = False
        self._partitions = PartitionWriter(engines, self._rules)

    @activity.defn(name="plan_backfill")
    async def plan_backfill(self, input: BackfillInput) -> BackfillPlanResult:
        """Checks the input, creates the correction tables on apply, splits the window into partitions."""
        with core_errors():
            plan = await plan_partitions(input, self._engines, self._rules)
        scan = plan.scan
        activity.logger.info(
            "backfill %s: about %s events in window, %s partitions by %s, consent %s",
            input.incident_id,
            plan.events_in_window,
            len(plan.boundaries) + 1,
            scan.order if scan else "event_id",
            scan.consent if scan else "in the events database",
        )
        return plan

    @activity.defn(name="backfill_partition")
    async def backfill_partition(self, input: BackfillPartitionInput) -> BackfillPartitionResult:
        """All events of one partition, chunk by chunk; resumes from the last heartbeated cursor."""
        details = activity.info().heartbeat_details
        resume = BackfillPartitionCursor.model_validate(details[0]) if details else None
        if resume is not None:
            activity.logger.info(
                "partition %s resumes after %s (%s chunks done)",
                input.index,
                resume.after_event_id,
                resume.chunks,
            )
        with core_errors():
            return await self._partitions.write_partition(input, resume, activity.heartbeat)

    @activity.defn(name="finish_backfill")
    async def finish_backfill(self, input: BackfillFinishInput) -> BackfillCounts:
        """Reads again what changed since the plan (idempotent writes), then removes the staging."""
        with core_errors():
            return await self._partitions.finish(input)

    @activity.defn(name="tally_backfill")
    async def tally_backfill(self, input: BackfillInput) -> BackfillTally:
        """What the tables hold for the incident now: exact even when a crash hid some writes from the counts."""
        with core_errors():
            return await tally_incident(input, self._engines)

    @activity.defn(name="deliver_outbox")
    async def deliver_outbox(self, input: BackfillInput) -> OutboxDeliveryResult:
        """Posts every undelivered outbox row to its destination's webhook, page by page (resumable)."""
        details = activity.info().heartbeat_details
        with core_errors():
            return await deliver_outbox(
                input,
                self._engines,
                self._client(),
                after_id=int(details[0]) if details else 0,
                totals=OutboxDeliveryResult.model_validate(details[1]) if details else None,
                heartbeat=activity.heartbeat,
            )

    async def aclose(self) -> None:
        """Closes the HTTP client this made for itself (one passed in belongs to whoever passed it)."""
        if self._owns_http and self._http is not None:
            await self._http.aclose()
            self._http = None

    def _client(self) -> httpx.AsyncClient:
        import httpx

        if self._http is None:
            self._http = httpx.AsyncClient(timeout=httpx.Timeout(10.0), follow_redirects=False)
            self._owns_http = True
        return self._http
