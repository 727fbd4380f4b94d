"""The evidence report as data: one pydantic model, rendered to HTML, Markdown and JSON.

The JSON rendering is this model dumped as is; its JSON Schema ships beside it as `report.schema.json`
(regenerate with `python -m optout_recall.audit.model`), so machines can validate a report without this code.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from optout_recall.payloads import GpcPolicy, Outcome, RecallCounters, StepOutcome, Verdict

REPORT_FORMAT: Final = "optout-recall/audit-report"
REPORT_FORMAT_VERSION: Final = 3
SCHEMA_PATH = Path(__file__).with_name("report.schema.json")


class ReportPart(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IncidentSummary(ReportPart):
    incident_id: str
    title: str
    commander: str
    outcome: Outcome
    temporal_status: str | None = Field(
        default=None, description="Temporal's own status of the recall workflow when the report was made"
    )
    failure: str | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None
    window_start: datetime
    window_end: datetime = Field(description="exclusive")
    jurisdictions: list[str]
    gpc_policy: GpcPolicy
    spec_sha256: str
    workflow_id: str
    run_id: str
    hotfix_ref: str | None = None
    hotfix_attempts: int = 0
    break_glass_approvals: int = Field(
        default=0,
        description="decisions in `approvals` a commander made by break-glass, past the gate's roles",
    )


class RulesUsed(ReportPart):
    sha256: str = Field(description="SHA-256 of the jurisdiction rules file the backfill applied")
    version: str | None = Field(default=None, description="the rules file's `version`, when it is known here")
    reviewed_on: str | None = None
    note: str = ""


class FreezeRecord(ReportPart):
    repo: str
    provider: str
    location: str
    branches: list[str]
    frozen_at: datetime
    frozen_by: str
    unfrozen_at: datetime | None = None
    unfrozen_by: str | None = None
    hotfix_allowed: list[str] = Field(default_factory=list)
    still_frozen: bool


class ScenarioRecord(ReportPart):
    scenario: str
    channel: str
    verdict: Verdict
    reason: str
    transcript: str = Field(description="path relative to the artifacts directory")
    transcript_sha256: str
    transcript_check: Literal["matches", "differs", "missing", "not_checked"] = "not_checked"


class ProbeRunRecord(ReportPart):
    label: str
    phase: str
    started_at: datetime
    ended_at: datetime | None = None
    outcome: StepOutcome | None = None
    summary: str = ""


class ApprovalRecord(ReportPart):
    request_id: str
    step: str
    decision: Literal["approve", "reject"]
    actor: str
    role: str
    reason: str
    hotfix_ref: str | None = None
    decided_at: datetime
    signed_at: datetime
    nonce: str
    break_glass: bool = False
    public_key: str = Field(description="Ed25519 public key (hex) the roster held for the signer")
    signature: str = Field(
        description="Ed25519 signature (hex) over optout_recall.gates.approvals.message_for"
    )
    signature_verified: bool


class RefusedAttempt(ReportPart):
    """A signed statement an update validator refused: it never entered history, the worker kept it."""

    refused_at: datetime
    update: str = Field(description="the update it was sent through: decide, propose_hotfix or cancel")
    claimed_actor: str = Field(description="who the statement claimed to come from; nothing proves it did")
    reason: str = Field(description="why the update validator refused it")
    run_id: str = Field(description="the run whose validator refused it")
    step: str | None = None
    approve: bool | None = None
    break_glass: bool = False
    hotfix_ref: str | None = Field(default=None, description="the commit the statement named")
    request_id: str | None = None
    signed_for_run: str | None = Field(
        default=None, description="the run id the statement was signed for; null when it names none"
    )
    statement: dict[str, object] = Field(description="the statement as it was sent")


class RefusalsSection(ReportPart):
    available: bool = Field(description="false when the artifacts directory holding the file was not there")
    source: str = Field(description="the worker's file of refused statements, relative to the artifacts")
    attempts: list[RefusedAttempt] = Field(default_factory=list)
    note: str = ""


class DeployRecord(ReportPart):
    action: Literal["deploy", "rollback"]
    environment: str
    hotfix_ref: str = Field(description="first 12 characters of the commit")
    started_at: datetime
    ended_at: datetime | None = None
    outcome: StepOutcome | None = None
    detail: str = ""
    log: str | None = Field(default=None, description="hook output, relative to the artifacts directory")


class CorrectionSample(ReportPart):
    event_id: str
    subject_id: str
    purpose: str
    jurisdiction: str
    destination: str
    processed_at: datetime
    ledger_seq: int


class BackfillSection(ReportPart):
    ran: bool
    applied: bool
    scanned: int = 0
    violations: int = 0
    corrections_written: int = 0
    outbox_written: int = 0
    through_links: int = Field(
        default=0,
        description="violations whose ignored opt-out was a linked identifier's (identity links, "
        "CCPA regulations 7025(c)(1))",
    )
    by_jurisdiction: dict[str, int] = Field(default_factory=dict)
    by_purpose: dict[str, int] = Field(default_factory=dict)
    by_destination: dict[str, int] = Field(default_factory=dict)
    corrections_in_database: int | None = Field(
        default=None, description="rows of recall_corrections for the incident; null when not read"
    )
    sample: list[CorrectionSample] = Field(default_factory=list)
    note: str = ""


class OptOutDeadlineRule(ReportPart):
    """A jurisdiction's deadline for honoring an opt-out, as the rules data holds it."""

    jurisdiction: str
    days: int
    business_days: bool = Field(description="counted over weekends and US federal holidays (5 U.S.C. 6103)")
    citation: str
    third_parties_citation: str | None = Field(
        default=None, description="where the law asks that the third parties the data went to be told"
    )
    unverified: str = Field(default="", description="what of it is not yet checked against the primary text")


class LateCorrection(ReportPart):
    """A corrected event processed after the deadline for honoring the opt-out it ignored."""

    event_id: str
    subject_id: str
    purpose: str
    jurisdiction: str
    destination: str
    processed_at: datetime
    ledger_seq: int
    opt_out_observed_at: datetime
    due_at: datetime = Field(
        description="the instant the deadline passed (midnight after its last day, local)"
    )


class ThirdPartyNotice(ReportPart):
    """A downstream request that is also a notice the law asks for, with the deadline it had to meet."""

    destination: str
    subject_id: str
    jurisdiction: str
    due_at: datetime = Field(description="the earliest deadline of the opt-outs the notice answers")
    status: str
    delivered_at: datetime | None = None
    overdue: bool = Field(description="not delivered before due_at")
    citation: str


class DeadlinesSection(ReportPart):
    """Each correction held to its jurisdiction's deadline, counted from the observed_at of its opt-out.

    Computed here from recall_corrections, recall_outbox and the ledger's entries; the outbox itself carries
    no deadlines.
    """

    available: bool
    note: str = ""
    rules: list[OptOutDeadlineRule] = Field(default_factory=list)
    corrections_checked: int = 0
    after_deadline: int = Field(default=0, description="corrections whose event came after the deadline")
    without_deadline: int = Field(
        default=0, description="corrections with no opt-out deadline in the rules, or no ledger entry"
    )
    late: list[LateCorrection] = Field(
        default_factory=list,
        description="the corrections after the deadline, lowest event ids first (capped)",
    )
    notices_required: int = 0
    notices_overdue: int = 0
    notices: list[ThirdPartyNotice] = Field(
        default_factory=list, description="the notices the law asks for, soonest deadline first (capped)"
    )


class DeliveryCount(ReportPart):
    destination: str
    status: str
    count: int


class DownstreamSection(ReportPart):
    available: bool
    requests: int = 0
    delivered: int = 0
    failed: int = 0
    pending: int = 0
    by_destination: list[DeliveryCount] = Field(default_factory=list)
    note: str = ""


class LedgerHead(ReportPart):
    seq: int
    entry_hash: str
    signed_at: datetime
    key_id: str
    public_key: str
    signature: str


class LedgerSection(ReportPart):
    available: bool
    head: LedgerHead | None = None
    head_signature_valid: bool | None = None
    verified: bool | None = Field(
        default=None, description="the whole chain recomputed and held to its heads"
    )
    summary: str = ""
    entries_checked: int | None = None
    problems: list[str] = Field(default_factory=list)


class TimelineEntry(ReportPart):
    step: str
    phase: str
    started_at: datetime
    ended_at: datetime | None = None
    outcome: StepOutcome | None = None
    actor: str
    detail: str = ""


class AuditReport(ReportPart):
    """Everything an auditor needs to judge one recall."""

    format: Literal["optout-recall/audit-report"] = REPORT_FORMAT
    format_version: Literal[3] = REPORT_FORMAT_VERSION
    generated_at: datetime
    generated_by: str = Field(description="`write_report activity` or `recall report`")
    incident: IncidentSummary
    rules: RulesUsed
    counters: RecallCounters
    freezes: list[FreezeRecord]
    reproduction: list[ScenarioRecord]
    verification: list[ScenarioRecord]
    probe_runs: list[ProbeRunRecord]
    approvals: list[ApprovalRecord]
    refusals: RefusalsSection
    deploys: list[DeployRecord]
    backfill: BackfillSection
    downstream: DownstreamSection
    deadlines: DeadlinesSection = Field(
        default_factory=lambda: DeadlinesSection(available=False, note="not computed by this version")
    )
    ledger: LedgerSection
    open_items: list[str]
    timeline: list[TimelineEntry]


def report_schema() -> dict[str, object]:
    schema = AuditReport.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://optout-recall.invalid/schemas/audit-report-v3.json",
        **schema,
    }


def schema_text() -> str:
    return json.dumps(report_schema(), indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    SCHEMA_PATH.write_text(schema_text())
    print(f"wrote {SCHEMA_PATH}")
