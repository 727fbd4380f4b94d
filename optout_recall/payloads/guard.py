"""Payloads of the guard: a scheduled run's input, what it found, its alerts, decisions and rehearsals.

Verdicts and transcript digests stay in the guard's state directory; these carry references (run ids, paths,
digests) and the few scenarios a person must see.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import AwareDatetime, Field

from optout_recall.payloads import ChannelTarget, HookSpec, RecallInput
from optout_recall.payloads.core import Payload


class GuardTask(StrEnum):
    CHECK = "check"
    REHEARSE = "rehearse"


class OpenRecall(StrEnum):
    NEVER = "never"
    ASK = "ask"
    AUTO = "auto"


class GuardStaging(Payload):
    """Where the rollback is rehearsed: the staging channels and the hooks that deploy and roll back."""

    channels: list[ChannelTarget] = Field(min_length=1)
    deploy: HookSpec
    rollback: HookSpec
    release: str = Field(
        default="current", description="the release the rehearsal deploys (RECALL_HOTFIX_REF)"
    )


class GuardInput(Payload):
    """A guard as its schedule starts it (paths already resolved); the same input for every run."""

    name: str
    task: GuardTask = GuardTask.CHECK
    channels: list[ChannelTarget]
    scenarios: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    watch_days: int = 60
    rules_path: str = ""
    state_dir: str
    webhook: str | None = None
    webhook_format: str = "slack"
    webhook_env: str | None = Field(default=None, description="variable holding the webhook URL")
    webhook_file: str | None = Field(default=None, description="file holding the webhook URL")
    token_env: str | None = Field(default=None, description="variable holding the webhook's bearer token")
    token_file: str | None = Field(default=None, description="file holding the webhook's bearer token")
    contacts: list[str] = Field(default_factory=list)
    open_recall: OpenRecall = OpenRecall.NEVER
    ask_timeout_seconds: float = 3600.0
    commander: str = ""
    commander_public_key: str = ""
    template: RecallInput | None = None
    staging: GuardStaging | None = None


class FlippedScenario(Payload):
    """A scenario that passed last run and fails now, with what it takes to see it again."""

    scenario: str
    channel: str
    reason: str
    transcript_path: str
    transcript_sha256: str
    reproduction: str


class GuardCheckInput(Payload):
    guard: GuardInput
    run_id: str
    started_at: AwareDatetime


class GuardCheckResult(Payload):
    run_id: str
    record_path: str = Field(description="the JSONL file holding this run's verdicts and digests")
    scenario_runs: int
    passed: int
    failing: list[str] = Field(default_factory=list, description="scenario names failing this run")
    regressions: list[FlippedScenario] = Field(default_factory=list)
    flaky: list[str] = Field(default_factory=list, description="channel/scenario that failed, then passed")


class UpcomingFinding(Payload):
    """A requirement that takes effect soon, and whether the service passes its scenarios as of that day."""

    key: str
    jurisdiction: str
    citation: str
    takes_effect_at: AwareDatetime
    days_left: int
    scenarios: list[str]
    complies: bool
    failing: list[str] = Field(default_factory=list)


class WatchInput(Payload):
    guard: GuardInput
    run_id: str
    now: AwareDatetime


class WatchResult(Payload):
    findings: list[UpcomingFinding] = Field(default_factory=list)


class GuardAlertInput(Payload):
    guard: str
    key: str = Field(description="an alert is sent once per key, however often the activity runs")
    kind: str
    text: str
    details: dict[str, str | int | bool | list[str]] = Field(default_factory=dict)
    webhook: str | None = None
    webhook_format: str = "slack"
    webhook_env: str | None = Field(default=None, description="variable holding the webhook URL")
    webhook_file: str | None = Field(default=None, description="file holding the webhook URL")
    token_env: str | None = Field(default=None, description="variable holding the webhook's bearer token")
    token_file: str | None = Field(default=None, description="file holding the webhook's bearer token")
    state_dir: str


class GuardAlertResult(Payload):
    sent: bool
    delivered_to: list[str] = Field(default_factory=list)


class OpenRecallDecision(Payload):
    """The commander's signed answer to "open a recall for these regressions?" (open_recall: ask)."""

    request_id: str = Field(min_length=1)
    approve: bool
    actor: str = Field(min_length=1)
    reason: str = ""
    run_id: str
    nonce: str
    signed_at: AwareDatetime
    signature: str


class RehearsalInput(Payload):
    guard: str
    state_dir: str
    started_at: AwareDatetime
    finished_at: AwareDatetime
    deploy_ok: bool
    rollback_ok: bool
    detail: str
    baseline_failing: list[str] = Field(default_factory=list)
    after_failing: list[str] = Field(default_factory=list)


class RehearsalRecord(Payload):
    guard: str
    started_at: datetime
    duration_seconds: float
    passed: bool
    detail: str


class GuardRunSummary(Payload):
    name: str
    task: GuardTask
    run_id: str
    check: GuardCheckResult | None = None
    upcoming: list[UpcomingFinding] = Field(default_factory=list)
    recall_workflow_id: str | None = None
    decision: str = ""
    pending_request: str | None = Field(
        default=None, description="the request a commander's decision answers"
    )
    rehearsal: RehearsalRecord | None = None
