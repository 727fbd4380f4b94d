"""Payloads of the backfill: its input, plan, partitions, counts and progress."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BeforeValidator, Field

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


class LinksTableConfig(Payload):
    """Names of the identity links table in the events database (`identifier` belongs to `person_key` from
    `linked_at`); validated as identifiers, never pasted into SQL."""

    table: str = "identity_links"
    identifier: str = "identifier"
    person_key: str = "person_key"
    linked_at: str = "linked_at"


class WebhookTarget(Payload):
    """Where a webhook is: its URL as written, or the variable or file holding it (read where the worker runs),
    and the variable or file holding the bearer token it is sent with. Only names travel in history."""

    webhook: str | None = None
    webhook_env: str | None = None
    webhook_file: str | None = None
    token_env: str | None = None
    token_file: str | None = None


def plain_urls(value: Any) -> Any:
    """`{destination: URL}`, the first form, as running workflows' history still holds it."""
    if not isinstance(value, dict):
        return value
    return {name: {"webhook": url} if isinstance(url, str) else url for name, url in value.items()}


Destinations = Annotated[dict[str, WebhookTarget], BeforeValidator(plain_urls)]
"""Destination -> the webhook that receives its suppression requests; a plain URL string is read as `webhook`."""


class BackfillInput(Payload):
    incident_id: str
    events_url: str
    ledger_url: str
    window_start: AwareDatetime
    window_end: AwareDatetime
    gpc_policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED
    dry_run: bool = False
    table: EventTableConfig = Field(default_factory=EventTableConfig)
    links: LinksTableConfig | None = Field(
        default=None,
        description="identity links: consent of linked identifiers applies too (CCPA 7025(c)(1))",
    )
    chunk_size: int = Field(default=5000, ge=1, le=100_000)
    max_chunks_per_run: int = Field(default=500, ge=1, description="continue as new after this many chunks")
    destinations: Destinations = Field(
        default_factory=dict, description="destination -> webhook that receives suppression requests"
    )
    concurrency: int = Field(default=4, ge=1, le=32, description="partition activities in flight")
    # A partition is an activity: a workflow task to start it and one to take its result, so a few large ones
    # (a 1M-event window fills the 4 in flight once; each still heartbeats and commits every chunk, so a
    # retried partition resumes from its last chunk). `recall backfill` and a recall's child both plan these.
    partition_events: int = Field(default=250_000, ge=1, description="events per partition (planned once)")
    set_based_chunk_size: int = Field(
        default=50_000,
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
    through_links: int = Field(default=0, description="violations whose opt-out was a linked identifier's")
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
        self.through_links += other.through_links
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


class ScanOrder(StrEnum):
    """How partitions walk the events table: by physical position where the database has one."""

    EVENT_ID = "event_id"
    ROWID = "rowid"  # SQLite tables with a rowid
    PAGES = "pages"  # PostgreSQL heap pages (TID range scans)


class ConsentPlace(StrEnum):
    """Where the set-based statements read consent from."""

    EVENTS_DB = "events_db"  # consent_ledger in the events database, read in place
    ATTACHED = "attached"  # SQLite: the ledger's own file, attached
    STAGED = "staged"  # a copy of the window's slice beside the events, dropped at the end


class BackfillScan(Payload):
    """Fixed by the plan: how partitions read events and consent, and what the closing catch-up looks for."""

    order: ScanOrder = ScanOrder.EVENT_ID
    consent: ConsentPlace = ConsentPlace.EVENTS_DB
    staging: str = Field(default="", description="key of the staged consent (table or file) and indexes")
    ledger_head: int = Field(default=0, description="consent as of this ledger seq")
    staged_rows: int = 0
    link_pairs: int = Field(default=0, description="staged pairs of linked identifiers (with links)")
    created_index: str = Field(default="", description="an index the plan created, dropped at the end")
    first_position: int = Field(default=0, description="just before the first rowid or page")
    last_position: int = Field(default=0, description="the last rowid or page at plan time")
    chunk_positions: int = Field(default=1, ge=1, description="rowids or pages per chunk")
    rowid_name: str = Field(
        default="rowid", description="SQLite: rowid, _rowid_ or oid, whichever no column takes"
    )
    table_version: int = Field(default=0, description="PostgreSQL: the events table's relfilenode")
    snapshot_xmax: int = Field(default=0, description="PostgreSQL: the first transaction id after the plan's")
    snapshot_running: list[int] = Field(
        default_factory=list, description="PostgreSQL: transactions running when the plan took its snapshot"
    )


class BackfillPartitionInput(Payload):
    """Events with `lower < position <= upper` (None: unbounded) in the window, walked by chunks; a position is
    an event_id, a rowid or a page, as `scan.order` says."""

    backfill: BackfillInput
    index: int
    lower: str | None = None
    upper: str | None = None
    jurisdictions: list[str] = Field(default_factory=list)
    set_based: bool = False
    scan: BackfillScan | None = None  # None: planned before scans had an order (event_id ranges)


class BackfillFinishInput(Payload):
    """After the last partition: read again what moved since the plan, then remove the staging."""

    backfill: BackfillInput
    scan: BackfillScan | None = None
    release_only: bool = Field(default=False, description="the run failed: only remove the staging")
    outbox_before: int | None = Field(
        default=None,
        ge=0,
        description="the incident's outbox rows at plan: on PostgreSQL, outbox_written is then the rows it "
        "holds now less these, the same when a finish is retried after its commit (None: the rows this "
        "finish inserted)",
    )


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
    scan: BackfillScan | None = None


class BackfillTally(Payload):
    """What the correction tables hold for an incident, counted at the end (exact whatever crashed)."""

    corrections: int = 0
    through_links: int = 0
    by_jurisdiction: dict[str, int] = Field(default_factory=dict)
    by_purpose: dict[str, int] = Field(default_factory=dict)
    by_destination: dict[str, int] = Field(default_factory=dict)
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
    scan: BackfillScan | None = None
    events_per_second: float = 0.0
    eta_seconds: float | None = None
    updated_at: datetime | None = None


class BackfillResult(Payload):
    incident_id: str
    dry_run: bool
    counts: BackfillCounts
    rules_hash: str = ""
