"""Payload types shared by workflows, activities, the worker and the CLI.

Everything that crosses a workflow boundary is one of these pydantic models or enums, so history is typed
and readable in the Web UI. Names end in Input, Result, State or Decision. Big data (transcripts, row sets,
reports) never travels here: only references (paths, ids, digests) and counts.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, Field

from optout_recall.payloads.backfill import (
    BackfillCounts,
    BackfillInput,
    BackfillPartitionCursor,
    BackfillPartitionInput,
    BackfillPartitionResult,
    BackfillPlanResult,
    BackfillResult,
    BackfillState,
    BackfillTally,
    Destinations,
    EventTableConfig,
    LinksTableConfig,
    OutboxDeliveryResult,
    WebhookTarget,
)
from optout_recall.payloads.core import (
    COMMIT_SHA_PATTERN,
    BypassKind,
    Choice,
    ConsentSource,
    GateStep,
    GitHubFreezeMode,
    GpcPolicy,
    Outcome,
    Payload,
    Phase,
    RepoProvider,
    Role,
    StepOutcome,
    Verdict,
)

__all__ = [
    "COMMIT_SHA_PATTERN",
    "BackfillCounts",
    "BackfillInput",
    "BackfillPartitionCursor",
    "BackfillPartitionInput",
    "BackfillPartitionResult",
    "BackfillPlanResult",
    "BackfillResult",
    "BackfillState",
    "BackfillTally",
    "BypassActor",
    "BypassKind",
    "CancelDecision",
    "ChannelKind",
    "ChannelTarget",
    "Choice",
    "ConsentSource",
    "DeployAction",
    "DeployInput",
    "DeployResult",
    "Destinations",
    "EscalationInput",
    "EscalationResult",
    "EventTableConfig",
    "GateDecision",
    "GateStep",
    "GitHubFreezeMode",
    "GpcPolicy",
    "HookKind",
    "HookSpec",
    "HotfixCommit",
    "HotfixCommitInput",
    "HotfixProposal",
    "LinksTableConfig",
    "OutboxDeliveryResult",
    "Outcome",
    "Payload",
    "PendingApproval",
    "Person",
    "Phase",
    "ProbeRunInput",
    "ProbeRunResult",
    "RecallCounters",
    "RecallInput",
    "RecallResult",
    "RecallState",
    "RecordedDecision",
    "RefusedStatement",
    "RepoFreeze",
    "RepoFreezeInput",
    "RepoProvider",
    "RepoTarget",
    "RepoUnfreezeInput",
    "RepoUnfreezeResult",
    "ReportInput",
    "ReportResult",
    "Role",
    "ScenarioVerdict",
    "StagingTarget",
    "StepOutcome",
    "TimelineStep",
    "Verdict",
    "WebhookTarget",
]


# --------------------------------------------------------------------------- freeze


class BypassActor(Payload):
    """The release automation that may push an approved hotfix while a hosted repository is frozen.

    GitHub rulesets take `id` (an app, team or repository-role id); GitHub branch protection push
    restrictions take `slug` (app slug, user login or team slug); GitLab takes `id` (user, group or deploy key).
    """

    kind: BypassKind
    id: int | None = None
    slug: str | None = None


class RepoTarget(Payload):
    """A repository to freeze. Credentials are named (env var or file), never carried."""

    name: str
    provider: RepoProvider = RepoProvider.GIT
    location: str = Field(
        description="bare repo path for git; owner/repo for GitHub; project path for GitLab"
    )
    branches: list[str] = Field(default_factory=lambda: ["main"])
    api_url: str | None = None
    token_env: str | None = None
    token_file: str | None = None
    hotfix_bypass: BypassActor | None = Field(
        default=None, description="GitHub/GitLab: who may push the approved hotfix while frozen"
    )
    github_mode: GitHubFreezeMode = GitHubFreezeMode.AUTO
    repositories: list[str] = Field(
        default_factory=list,
        description="GitHub org ruleset: repository names or fnmatch patterns; location is then the org",
    )


class RepoFreezeInput(Payload):
    incident_id: str
    commander: str
    repo: RepoTarget
    allowed_commits: list[str] = Field(default_factory=list)
    restore_state: str = Field(
        default="", description="allow_hotfix: the RepoFreeze.restore_state of the freeze being relaxed"
    )


class RepoFreeze(Payload):
    """What a freeze changed, kept in the workflow so unfreeze can restore it exactly."""

    repo: RepoTarget
    frozen_at: datetime
    restore_state: str = Field(default="", description="provider-specific JSON needed to restore")
    allowed_commits: list[str] = Field(default_factory=list)
    unfrozen_at: datetime | None = None


class RepoUnfreezeInput(Payload):
    incident_id: str
    freeze: RepoFreeze


class RepoUnfreezeResult(Payload):
    repo_name: str
    unfrozen_at: datetime


class HotfixCommitInput(Payload):
    incident_id: str
    repo: RepoTarget
    sha: str = Field(pattern=COMMIT_SHA_PATTERN)


class HotfixCommit(Payload):
    """A hotfix commit as one repository's host reports it: there or not, who wrote it, what it changes.

    The diff stat is None where the host does not say (or the lookup predates it)."""

    repo_name: str
    sha: str
    found: bool
    author_name: str = ""
    author_email: str = ""
    detail: str = ""
    files_changed: int | None = None
    insertions: int | None = None
    deletions: int | None = None


# --------------------------------------------------------------------------- probes


class ChannelKind(StrEnum):
    HTTP = "http"
    QUEUE = "queue"
    SDK = "sdk"


class ChannelTarget(Payload):
    """A preference channel under test."""

    name: str
    kind: ChannelKind = ChannelKind.HTTP
    url: str = Field(description="base URL (http), broker URL (queue) or module:function (sdk)")
    queue: str | None = None
    timeout_seconds: float = 5.0
    readback_url: str | None = Field(
        default=None, description="HTTP base URL to read stored choices back from (queue); service URL (sdk)"
    )
    restart_command: list[str] = Field(
        default_factory=list, description="command that restarts the service under test (restart scenarios)"
    )
    token_env: str | None = Field(
        default=None,
        description="variable (where the worker runs) holding the bearer token its HTTP calls send",
    )
    token_file: str | None = Field(
        default=None, description="file holding the bearer token its HTTP calls send"
    )


class ProbeRunInput(Payload):
    incident_id: str
    label: str = Field(description="reproduce, verify, verify-rerun ...")
    channels: list[ChannelTarget]
    scenarios: list[str] = Field(default_factory=list, description="scenario names; empty means all built-in")
    artifacts_dir: str
    jurisdiction_rules_hash: str = ""


class ScenarioVerdict(Payload):
    scenario: str
    channel: str
    verdict: Verdict
    reason: str
    transcript_path: str
    transcript_sha256: str
    duration_ms: float = 0.0


class ProbeRunResult(Payload):
    label: str
    verdicts: list[ScenarioVerdict]

    @property
    def failing(self) -> list[ScenarioVerdict]:
        return [v for v in self.verdicts if v.verdict == Verdict.FAIL]

    @property
    def unreachable(self) -> list[ScenarioVerdict]:
        return [v for v in self.verdicts if v.verdict in (Verdict.UNREACHABLE, Verdict.ERROR)]


# --------------------------------------------------------------------------- deploys and notifications


class HookKind(StrEnum):
    COMMAND = "command"
    WEBHOOK = "webhook"


class HookSpec(Payload):
    """A deploy or rollback hook. It sees PATH, HOME, LANG, `env`, the worker variables `env_from` names and
    the RECALL_* variables, nothing else of the worker's. A webhook's bearer token is named, never carried."""

    kind: HookKind = HookKind.COMMAND
    command: list[str] = Field(default_factory=list)
    url: str | None = None
    timeout_seconds: float = 60.0
    env: dict[str, str] = Field(default_factory=dict, description="variables set for a command hook")
    env_from: list[str] = Field(
        default_factory=list, description="names of worker variables a command hook gets (a secret only here)"
    )
    token_env: str | None = Field(default=None, description="webhook: variable holding its bearer token")
    token_file: str | None = Field(default=None, description="webhook: file holding its bearer token")


class DeployAction(StrEnum):
    DEPLOY = "deploy"
    ROLLBACK = "rollback"


class DeployInput(Payload):
    incident_id: str
    environment: str
    action: DeployAction
    hotfix_ref: str
    hook: HookSpec
    log_dir: str
    secret_env: list[str] = Field(
        default_factory=list, description="variables whose values are redacted from the hook's output"
    )
    secret_files: list[str] = Field(
        default_factory=list, description="files whose contents are redacted from the hook's output"
    )


class DeployResult(Payload):
    ok: bool
    detail: str
    exit_code: int | None = None
    log_path: str = ""
    duration_ms: float = 0.0
    deploy_id: str = Field(default="", description="RECALL_DEPLOY_ID: the same on every retry of this deploy")
    runs: int = Field(default=0, description="times the hook was started for this deploy id (one at a time)")


class EscalationInput(Payload):
    incident_id: str
    step: str
    waiting_on: list[str]
    waiting_since: datetime
    contacts: list[str]
    webhook_url: str | None = None
    outbox_dir: str
    attempt: int = 1
    format: str = Field(default="slack", description="slack (incoming-webhook JSON) or json (generic)")
    # The webhook by name, read where the activity runs: its URL is its credential and never enters history.
    webhook_env: str | None = Field(default=None, description="variable holding the webhook URL")
    webhook_file: str | None = Field(default=None, description="file holding the webhook URL")
    token_env: str | None = Field(
        default=None, description="variable holding the bearer token posted with it"
    )
    token_file: str | None = Field(default=None, description="file holding the bearer token posted with it")


class EscalationResult(Payload):
    delivered_to: list[str]


# --------------------------------------------------------------------------- human gates


class GateDecision(Payload):
    """An approve or reject sent by a person through the `decide` update."""

    request_id: str = Field(min_length=1)
    step: GateStep
    approve: bool
    actor: str = Field(min_length=1)
    reason: str
    hotfix_ref: str | None = Field(default=None, pattern=COMMIT_SHA_PATTERN)
    nonce: str = Field(min_length=16, max_length=128)
    signed_at: AwareDatetime
    break_glass: bool = False
    signature: str = Field(
        description="Ed25519 signature (hex) over optout_recall.gates.approvals.message_for"
    )
    run_id: str = Field(
        default="", description="the recall's first execution run id, which the signature binds"
    )
    approval_signature: str = Field(
        default="",
        description="an approval's Ed25519 DSSE signature (hex) over gates.approvals.approval_statement",
    )


class RecordedDecision(Payload):
    """A decision as it entered history, with everything needed to verify its signature offline."""

    request_id: str
    step: GateStep
    approve: bool
    actor: str
    role: str
    reason: str
    hotfix_ref: str | None
    decided_at: datetime
    nonce: str
    signed_at: datetime
    signature: str
    public_key: str
    break_glass: bool = False
    pending_request_id: str = Field(default="", description="the pending request this decision answered")
    run_id: str = ""
    approval_signature: str = ""


class PendingApproval(Payload):
    step: GateStep
    prompt: str
    roles: list[str]
    waiting_on: list[str]
    since: datetime
    next_escalation_at: datetime | None = None
    escalations: int = 0
    hotfix_ref: str | None = None
    hotfix_author: str | None = None
    hotfix_authors: list[str] = Field(
        default_factory=list, description="roster people the git hosts name as the commit's author"
    )
    hotfix_commits: list[HotfixCommit] = Field(
        default_factory=list, description="the hotfix as each frozen repository's host reports it"
    )
    quorum: int = 1
    request_id: str = Field(default="", description="issued by the workflow for this one request")


class HotfixProposal(Payload):
    """A new hotfix commit offered after a rejection or a failed verification, signed by its proposer.

    Who wrote the commit is not a field: the workflow asks every frozen repo's git host.
    """

    request_id: str = Field(min_length=1, description="the pending request this proposal answers")
    hotfix_ref: str = Field(pattern=COMMIT_SHA_PATTERN, description="the full commit SHA")
    actor: str = Field(min_length=1)
    reason: str
    run_id: str = ""
    nonce: str = ""
    signed_at: AwareDatetime | None = None
    signature: str = ""


class CancelDecision(Payload):
    """A commander's signed request to cancel the recall."""

    actor: str = Field(min_length=1)
    reason: str = Field(min_length=1)
    run_id: str = ""
    nonce: str = ""
    signed_at: AwareDatetime | None = None
    signature: str = ""


class RefusedStatement(Payload):
    """A statement the recall refused: kept outside history as evidence, never read back by the workflow."""

    workflow_id: str
    run_id: str
    update: str
    claimed_actor: str
    reason: str
    refused_at: datetime
    statement: dict[str, object]


# --------------------------------------------------------------------------- the recall


class TimelineStep(Payload):
    step: str
    phase: Phase
    started_at: datetime
    ended_at: datetime | None = None
    outcome: StepOutcome | None = None
    actor: str = "optout-recall"
    detail: str = ""


class Person(Payload):
    name: str
    roles: list[str]
    contact: str | None = None
    public_key: str | None = Field(default=None, description="Ed25519 public key, 64 hex digits")
    emails: list[str] = Field(default_factory=list, description="commit author emails that are this person")


class StagingTarget(Payload):
    """Where a hotfix must pass the reproduction scenarios before anyone is asked to approve it."""

    channels: list[ChannelTarget] = Field(min_length=1)
    deploy: HookSpec


class RecallInput(Payload):
    """The incident spec as the workflow sees it (paths already resolved)."""

    incident_id: str
    title: str
    window_start: AwareDatetime
    window_end: AwareDatetime
    jurisdictions: list[str]
    gpc_policy: GpcPolicy
    repos: list[RepoTarget]
    channels: list[ChannelTarget]
    scenarios: list[str] = Field(default_factory=list)
    events_url: str
    ledger_url: str
    event_table: EventTableConfig = Field(default_factory=EventTableConfig)
    links: LinksTableConfig | None = None
    destinations: Destinations = Field(default_factory=dict)
    people: list[Person]
    commander: str
    approval_timeout_seconds: float = 3600.0
    escalation_interval_seconds: float = 1800.0
    approval_deadline_seconds: float = 4 * 3600.0
    escalation_contacts: list[str] = Field(default_factory=list)
    escalation_webhook: str | None = None
    hotfix_ref: str = Field(pattern=COMMIT_SHA_PATTERN)
    hotfix_author: str | None = None
    deploy: HookSpec
    rollback: HookSpec
    staging: StagingTarget | None = None
    artifacts_dir: str
    spec_sha256: str = ""
    quorum: dict[str, int] = Field(default_factory=dict, description="approvals needed per step; default 1")
    max_decision_age_seconds: float = 900.0
    escalation_format: str = "slack"
    escalation_webhook_env: str | None = Field(default=None, description="variable holding the webhook URL")
    escalation_webhook_file: str | None = Field(default=None, description="file holding the webhook URL")
    escalation_token_env: str | None = Field(default=None, description="variable holding its bearer token")
    escalation_token_file: str | None = Field(default=None, description="file holding its bearer token")


class RecallCounters(Payload):
    repos_frozen: int = 0
    repos_unfrozen: int = 0
    scenarios_run: int = 0
    scenarios_failing: int = 0
    deploys: int = 0
    staging_deploys: int = 0
    rollbacks: int = 0
    events_scanned: int = 0
    violations: int = 0
    corrections_written: int = 0


class RecallState(Payload):
    incident_id: str
    title: str
    phase: Phase = Phase.STARTING
    outcome: Outcome = Outcome.RUNNING
    commander: str
    timeline: list[TimelineStep] = Field(default_factory=list)
    pending: PendingApproval | None = None
    decisions: list[RecordedDecision] = Field(default_factory=list)
    proposals: list[HotfixProposal] = Field(default_factory=list)
    run_id: str = Field(default="", description="the first execution run id every signed statement binds")
    counters: RecallCounters = Field(default_factory=RecallCounters)
    hotfix_ref: str | None = None
    hotfix_attempts: int = 0
    rules_hash: str = ""
    freezes: list[RepoFreeze] = Field(default_factory=list)
    reproduction: list[ScenarioVerdict] = Field(default_factory=list)
    verification: list[ScenarioVerdict] = Field(default_factory=list)
    backfill: BackfillCounts | None = None
    report_paths: list[str] = Field(default_factory=list)
    open_items: list[str] = Field(default_factory=list)
    cancel: CancelDecision | None = None
    failure: str | None = None


class ReportInput(Payload):
    state: RecallState
    window_start: AwareDatetime
    window_end: AwareDatetime
    jurisdictions: list[str]
    gpc_policy: GpcPolicy
    rules_hash: str
    spec_sha256: str
    artifacts_dir: str
    workflow_id: str
    run_id: str
    events_url: str = Field(default="", description="correction samples and outbox state; empty: skip")
    ledger_url: str = Field(default="", description="signed head and its verification; empty: skip")


class ReportResult(Payload):
    markdown_path: str
    json_path: str
    json_sha256: str


class RecallResult(Payload):
    incident_id: str
    outcome: Outcome
    report_paths: list[str]
    counters: RecallCounters
