"""Payloads of the backfill: its input, plan, partitions, counts and progress."""

from __future__ import annotations

from datetime import datetime

from pydantic import AwareDatetime, Field

from optout_recall.payloads.core import GpcPolicy, Payload

# --------------------------------------------------------------------------- backfill


class EventTableConfig(Payload):
    """Names in the user's events database; validated as identifiers, never pasted into SQL."""

    table: str = "processing_events"
    event_id: str = "event_id"
    subject_id: str = "subject_id"
    purpose: str = "purpose"
    jurisdiction: str = "jurisdiction"
    processed_at: str = "processed_at"
    destination: str = "destination"


class BackfillInput(Payload):
    incident_id: str
    events_url: str
    ledger_url: str
    window_start: AwareDatetime
    window_end: AwareDatetime
    gpc_policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED
    dry_run: bool = False
    table: EventTableConfig = Field(default_factory=EventTableConfig)
    chunk_size: int = Field(default=5000, ge=1, le=100_000)
    max_chunks_per_run: int = Field(default=500, ge=1, description="continue as new after this many chunks")
    destinations: dict[str, str] = Field(
        default_factory=dict, description="destination -> webhook URL that receives suppression requests"
    )
    concurrency: int = Field(default=4, ge=1, le=32, description="partition activities in flight")
    partition_events: int = Field(default=25_000, ge=1, description="events per partition (planned once)")
    set_based_chunk_size: int = Field(
        default=25_000,
        ge=1,
        le=1_000_000,
        description="events per chunk when the database decides (one commit each)",
    )
    max_partitions_per_run: int = Field(
        default=200, ge=1, description="continue as new after this many partitions (bounds history)"
    )
    heartbeat_timeout_seconds: float = Field(default=30.0, gt=0)
    delivery_attempts: int = Field(default=5, ge=1, le=50, description="tries per outbox row and run")


class BackfillCounts(Payload):
    scanned: int = 0
    violations: int = 0
    corrections_written: int = 0
    outbox_written: int = 0
    by_jurisdiction: dict[str, int] = Field(default_factory=dict)
    by_purpose: dict[str, int] = Field(default_factory=dict)
    by_destination: dict[str, int] = Field(default_factory=dict)
    delivered: int = 0
    delivery_failed: int = 0
    delivery_pending: int = 0

    def add(self, other: BackfillCounts) -> None:
        self.scanned += other.scanned
        self.violations += other.violations
        self.corrections_written += other.corrections_written
        self.outbox_written += other.outbox_written
        for mine, theirs in (
            (self.by_jurisdiction, other.by_jurisdiction),
            (self.by_purpose, other.by_purpose),
            (self.by_destination, other.by_destination),
        ):
            for key, value in theirs.items():
                mine[key] = mine.get(key, 0) + value


class BackfillPartitionCursor(Payload):
    """Heartbeated by a partition activity after each committed chunk; a retry resumes from it."""

    after_event_id: str | None = None
    counts: BackfillCounts = Field(default_factory=BackfillCounts)
    chunks: int = 0


class BackfillPartitionInput(Payload):
    """Events with `lower < event_id <= upper` (None: unbounded) in the window, walked by keyset chunks."""

    backfill: BackfillInput
    index: int
    lower: str | None = None
    upper: str | None = None
    jurisdictions: list[str] = Field(default_factory=list)
    set_based: bool = False


class BackfillPartitionResult(Payload):
    index: int
    counts: BackfillCounts
    chunks: int = 0
    resumed: bool = False


class BackfillPlanResult(Payload):
    rules_hash: str
    events_in_window: int
    boundaries: list[str] = Field(default_factory=list, description="sorted partition upper bounds")
    jurisdictions: list[str] = Field(default_factory=list)
    set_based: bool = False
    corrections_before: int = 0
    outbox_before: int = 0


class BackfillTally(Payload):
    """What the correction tables hold for an incident, counted at the end (exact whatever crashed)."""

    corrections: int = 0
    outbox: int = 0
    delivered: int = 0
    delivery_failed: int = 0
    delivery_pending: int = 0


class OutboxDeliveryResult(Payload):
    delivered: int = 0
    failed: int = 0
    skipped: int = 0


class BackfillState(Payload):
    """The whole state of a backfill run, carried across continue-as-new."""

    input: BackfillInput
    cursor: str | None = None
    counts: BackfillCounts = Field(default_factory=BackfillCounts)
    chunks_done: int = 0
    rules_hash: str = ""
    events_in_window: int = 0
    started_at: datetime | None = None
    finished: bool = False
    runs: int = 1
    # Partitioned backfill (patch "backfill-partitions"); empty for runs started before it.
    stage: str = ""
    planned: bool = False
    set_based: bool = False
    boundaries: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    partitions_total: int = 0
    partitions_done: list[int] = Field(default_factory=list)
    partitions_in_flight: int = 0
    corrections_before: int = 0
    outbox_before: int = 0
    events_per_second: float = 0.0
    eta_seconds: float | None = None
    updated_at: datetime | None = None


class BackfillResult(Payload):
    incident_id: str
    dry_run: bool
    counts: BackfillCounts
    rules_hash: str = ""
