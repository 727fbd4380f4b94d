"""Activities that freeze deploys on git hosts (plain git, GitHub, GitLab) and undo the freeze exactly.

A thin adapter over the providers in `optout_recall.freeze`: it hands them `activity.heartbeat`, the last
attempt's heartbeat details and the activity's scheduled time, and turns their `RecallError`s into
`ApplicationError(type=ErrorType.X)`. Each activity is idempotent: the freeze is found by a business key (the
incident id, in the hook marker, the ruleset name or the saved state) before anything is created, so a retry
after a crash mid-call does not freeze twice or lose what was there before. What unfreeze needs is returned
in `RepoFreeze.restore_state` and kept by the workflow. Tokens are read from the environment variable or
file the spec names and never enter payloads, history or logs.

The workflow (`workflows/recall.py`) owns the timeouts and retry policies of these activities; which
failures are permanent is decided where they are raised, in `optout_recall.freeze`.

Freezing an already-frozen GitHub (branch protection) or GitLab repository again must pass the first
freeze's restore_state in the input, since those hosts cannot tell our freeze from the settings before it;
a retry of the same activity needs nothing (the previous settings are heartbeated before the first write).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime

import httpx
from temporalio import activity

from activities.errors import core_errors
from optout_recall.freeze import RepoFreezer
from optout_recall.freeze.git import GitHookFreezer
from optout_recall.freeze.github import GitHubFreezer
from optout_recall.freeze.gitlab import GitLabFreezer
from optout_recall.freeze.rest import RestClient
from optout_recall.payloads import (
    HotfixCommit,
    HotfixCommitInput,
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoUnfreezeInput,
    RepoUnfreezeResult,
)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class GitHostActivities:
    """Freeze, hotfix and unfreeze activities for every supported git host.

    `http` is shared by the GitHub and GitLab providers (the caller owns and closes it); `env` is where
    token environment variables are read (default `os.environ`); `ssh_command` runs commands on SSH git
    hosts; `max_concurrent_requests` bounds requests in flight per API host, so freezing hundreds of
    repositories at once stays under the hosts' secondary rate limits; a rate limit shorter than
    `max_inline_wait` seconds is waited out in the activity, a longer one is handed to Temporal's retry.
    """

    def __init__(
        self,
        http: httpx.AsyncClient | None = None,
        *,
        env: Mapping[str, str] | None = None,
        ssh_command: Sequence[str] = ("ssh",),
        max_concurrent_requests: int = 8,
        max_inline_wait: float = 10.0,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self._owns_http = http is None
        self._http = http or httpx.AsyncClient(timeout=httpx.Timeout(30.0))
        rest = RestClient(
            self._http,
            env=env,
            max_concurrent_requests=max_concurrent_requests,
            max_inline_wait=max_inline_wait,
            heartbeat=activity.heartbeat,
        )
        self._providers: dict[RepoProvider, RepoFreezer] = {
            RepoProvider.GIT: GitHookFreezer(ssh_command=ssh_command, heartbeat=activity.heartbeat),
            RepoProvider.GITHUB: GitHubFreezer(rest, heartbeat=activity.heartbeat),
            RepoProvider.GITLAB: GitLabFreezer(rest, heartbeat=activity.heartbeat),
        }
        self._clock = clock

    @activity.defn(name="freeze_repo")
    async def freeze_repo(self, input: RepoFreezeInput) -> RepoFreeze:
        """Freeze one repository (or, for a GitHub org ruleset, every repository it names)."""
        info = activity.info()
        with core_errors():
            restore_state = await self._providers[input.repo.provider].freeze(
                input, resume_details=info.heartbeat_details, scheduled_at=info.scheduled_time
            )
        return RepoFreeze(
            repo=input.repo,
            frozen_at=self._clock(),
            restore_state=restore_state,
            allowed_commits=list(input.allowed_commits),
        )

    @activity.defn(name="allow_hotfix")
    async def allow_hotfix(self, input: RepoFreezeInput) -> RepoFreeze:
        """Keep the freeze but let the approved hotfix through.

        git: the hook's allow-list becomes `input.allowed_commits` (only those exact commits may land).
        GitHub and GitLab cannot allow-list commits: they let the release automation named by
        `repo.hotfix_bypass` push (a ruleset bypass actor, a push restriction, or a GitLab allowed_to_push
        entry). Pass the freeze's `restore_state` in `input.restore_state` so it is kept.
        """
        info = activity.info()
        with core_errors():
            restore_state = await self._providers[input.repo.provider].allow_hotfix(
                input, resume_details=info.heartbeat_details, scheduled_at=info.scheduled_time
            )
        return RepoFreeze(
            repo=input.repo,
            frozen_at=self._clock(),
            restore_state=restore_state,
            allowed_commits=list(input.allowed_commits),
        )

    @activity.defn(name="unfreeze_repo")
    async def unfreeze_repo(self, input: RepoUnfreezeInput) -> RepoUnfreezeResult:
        """Put back exactly what was there before the freeze; already-undone parts count as done."""
        with core_errors():
            await self._providers[input.freeze.repo.provider].unfreeze(input.incident_id, input.freeze)
        return RepoUnfreezeResult(repo_name=input.freeze.repo.name, unfrozen_at=self._clock())

    @activity.defn(name="find_hotfix_commit")
    async def find_hotfix_commit(self, input: HotfixCommitInput) -> HotfixCommit:
        """Whether the repository's host has the hotfix commit, and who wrote it, as the host says."""
        with core_errors():
            return await self._providers[input.repo.provider].find_commit(input.repo, input.sha)

    async def aclose(self) -> None:
        """Close the HTTP client if this instance made it."""
        if self._owns_http:
            await self._http.aclose()
