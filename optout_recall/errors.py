"""The failure kinds a recall can meet, named once.

Domain code raises `RecallError(message, ErrorType.X)`; the activity adapters turn it into
`ApplicationError(type=ErrorType.X)`, and every retry policy names the same members. Domain code never
imports Temporal, so the error carries what Temporal needs (retryable or not, how long to wait) as plain data.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum


class ErrorType(StrEnum):
    # git hosts
    ALREADY_FROZEN = "AlreadyFrozen"
    BAD_CREDENTIALS = "BadCredentials"
    BAD_RESTORE_STATE = "BadRestoreState"
    FORBIDDEN = "Forbidden"
    FREEZE_NESTED = "FreezeNested"
    FREEZE_NOT_RESTORABLE = "FreezeNotRestorable"
    GIT_HOOK_COMMAND_FAILED = "GitHookCommandFailed"
    GIT_HOST_TIMEOUT = "GitHostTimeout"
    GIT_HOST_UNREACHABLE = "GitHostUnreachable"
    HOOK_CHANGED = "HookChanged"
    HOST_ERROR = "HostError"
    HOST_UNREACHABLE = "HostUnreachable"
    INVALID_COMMIT = "InvalidCommit"
    INVALID_REQUEST = "InvalidRequest"
    NO_HOTFIX_MECHANISM = "NoHotfixMechanism"
    NOT_FOUND = "NotFound"
    RATE_LIMITED = "RateLimited"
    REPO_NOT_FOUND = "RepoNotFound"
    # probes
    BAD_CHANNELS = "BadChannels"
    SCENARIO_FILE_ERROR = "ScenarioFileError"
    TARGET_UNREACHABLE = "TargetUnreachable"
    UNKNOWN_SCENARIO = "UnknownScenario"
    # deploy hooks
    BAD_HOOK = "BadHook"
    HOOK_INTERRUPTED = "HookInterrupted"
    HOOK_UNREACHABLE = "HookUnreachable"
    # notifications
    BAD_WEBHOOK = "BadWebhook"  # the webhook a spec names cannot be read where the worker runs
    WEBHOOK_BUSY = "WebhookBusy"
    WEBHOOK_REFUSED = "WebhookRefused"
    WEBHOOK_UNREACHABLE = "WebhookUnreachable"
    # backfill and databases
    BAD_BACKFILL_INPUT = "BadBackfillInput"
    DATABASE_UNAVAILABLE = "DatabaseUnavailable"
    # the consent ledger
    LEDGER_WORKER_DIED = "LedgerWorkerDied"
    # the guard
    BAD_GUARD = "BadGuard"
    # the recall itself
    APPROVAL_DEADLINE = "ApprovalDeadline"
    HOTFIX_EXHAUSTED = "HotfixExhausted"
    RECALL_FAILED = "RecallFailed"


class RecallError(Exception):
    """A failure a person can act on. Permanent unless `retryable`; `retry_after` asks for a later retry."""

    def __init__(
        self,
        message: str,
        type: ErrorType,
        *,
        retryable: bool = False,
        retry_after: timedelta | None = None,
    ) -> None:
        super().__init__(message)
        self.type = type
        self.retryable = retryable or retry_after is not None
        self.retry_after = retry_after
