"""Timeouts and retry policies of the recall's activities, one per kind of side effect."""

from __future__ import annotations

from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy

from optout_recall.errors import ErrorType

with workflow.unsafe.imports_passed_through():
    from optout_recall.payloads import RepoProvider, RepoTarget

# Retry policies, one per kind of side effect.
FREEZE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    maximum_interval=timedelta(seconds=30),
    maximum_attempts=8,
    non_retryable_error_types=[
        ErrorType.BAD_CREDENTIALS,
        ErrorType.FORBIDDEN,
        ErrorType.NOT_FOUND,
        ErrorType.INVALID_REQUEST,
    ],
)
UNFREEZE_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_interval=timedelta(seconds=60), maximum_attempts=12
)
PROBE_RETRY = RetryPolicy(initial_interval=timedelta(seconds=2), maximum_attempts=3)
# A deploy hook's own failure comes back as a result, not an exception; retries cover a lost worker only.
DEPLOY_RETRY = RetryPolicy(initial_interval=timedelta(seconds=5), maximum_attempts=3)
REPORT_RETRY = RetryPolicy(initial_interval=timedelta(seconds=1), maximum_attempts=5)

NOTIFY_RETRY = RetryPolicy(initial_interval=timedelta(seconds=2), maximum_attempts=5)


def freeze_heartbeat(repo: RepoTarget) -> timedelta | None:
    """A git hook freeze heartbeats every command, so a lost worker is noticed in seconds, not at 60 s.

    GitHub and GitLab freezes heartbeat only at their resume points, so they keep the plain timeout.
    """
    return timedelta(seconds=10) if repo.provider == RepoProvider.GIT else None
