"""Freeze mechanisms for git hosts: one module per provider behind one small interface.

Each provider freezes a repository, lets an approved hotfix through and undoes the freeze exactly. What it
needs to undo the freeze is returned as a JSON string (`RepoFreeze.restore_state`) that the workflow keeps;
providers keep nothing of their own between calls. Every call is safe to repeat after a crash mid-call: a
provider reports what a retry must know through its `heartbeat` callback and reads it back from the
`resume_details` of the next call. Nothing here knows about Temporal; `activities/git_hosts.py` adapts it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from optout_recall.credentials import read_secret
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import HotfixCommit, RepoFreeze, RepoFreezeInput, RepoTarget


def no_heartbeat(*details: Any) -> None:
    """The default heartbeat: nobody is listening for progress."""


class RepoFreezer(Protocol):
    """What the git-host activities ask of a provider.

    `resume_details` are the details the previous attempt of the same call heartbeated (empty on the first);
    `scheduled_at` is when the first attempt was scheduled, the same on every retry (None: now).
    """

    async def freeze(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        """Freeze `input.repo`, letting `input.allowed_commits` through; return the restore state."""
        ...

    async def allow_hotfix(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        """Keep the freeze and let the approved hotfix through; return the restore state."""
        ...

    async def unfreeze(self, incident_id: str, freeze: RepoFreeze) -> None:
        """Put back exactly what `freeze.restore_state` says was there before."""
        ...

    async def find_commit(self, repo: RepoTarget, sha: str) -> HotfixCommit:
        """Whether the host has commit `sha`, and its author as the host records it."""
        ...


def reported_count(value: Any) -> int | None:
    """A count a git host's API reported (lines added, deleted), or None where it said nothing usable."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def token_setting(repo: RepoTarget) -> str:
    """Where the token for `repo` is configured, said the way a person would fix it."""
    if repo.token_env:
        return f"set env {repo.token_env} named by token_env of repo {repo.name!r}"
    if repo.token_file:
        return f"fix the file {repo.token_file} named by token_file of repo {repo.name!r}"
    return f"set token_env or token_file on repo {repo.name!r}"


def resolve_token(repo: RepoTarget, env: Mapping[str, str] | None = None) -> str:
    """Read the token named by the spec (`credentials.read_secret`); the value never leaves this process. A
    variable not set, or a file that is unreadable, not text or empty, fails in one line naming it."""

    def refused(message: str) -> RecallError:
        return RecallError(f"repo {repo.name!r}: {message}", ErrorType.BAD_CREDENTIALS)

    token = read_secret(
        f"{repo.provider} token",
        "token",
        env=repo.token_env,
        file=repo.token_file,
        environ=env,
        error=refused,
    )
    if token is None:
        raise RecallError(
            f"no {repo.provider} token for repo {repo.name!r}; {token_setting(repo)}",
            ErrorType.BAD_CREDENTIALS,
        )
    return token


def load_restore_state(
    restore_state: str, provider: str, label: str, is_complete: Callable[[dict[str, Any]], bool]
) -> dict[str, Any]:
    """Parse a `RepoFreeze.restore_state`, refusing one that another provider (or nobody) wrote."""
    try:
        state = json.loads(restore_state)
        if state.get("provider") != provider or not is_complete(state):
            raise ValueError(f"not a {label} freeze")
        return state  # type: ignore[no-any-return]
    except (ValueError, AttributeError) as err:
        raise RecallError(
            f"restore_state is not from a {label} freeze: {err}", ErrorType.BAD_RESTORE_STATE
        ) from None
