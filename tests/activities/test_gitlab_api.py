"""GitLab freezes against a local API that enforces paths, PRIVATE-TOKEN and bodies like the real one."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.git_hosts import GitHostActivities
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    HotfixCommitInput,
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
    RepoUnfreezeInput,
)
from tests.fakes import serve
from tests.fakes.gitlab_api import FakeGitLab

TOKEN = "glpat-test-token-never-logged"
INCIDENT = "INC-2024-017"
PROJECT = "acme/platform/payments"
DEPLOY_KEY = 77


@pytest.fixture
async def gitlab() -> AsyncIterator[tuple[FakeGitLab, str]]:
    fake = FakeGitLab()
    fake.tokens[TOKEN] = 40
    async with serve(fake.app) as url:
        yield fake, f"{url}/api/v4"
    fake.assert_conforming()


@pytest.fixture
async def activities() -> AsyncIterator[GitHostActivities]:
    async with httpx.AsyncClient(timeout=10) as http:
        yield GitHostActivities(http, env={"GITLAB_TOKEN": TOKEN}, max_inline_wait=3)


def env() -> ActivityEnvironment:
    """An activity context scheduled now (the freeze period starts when the freeze was scheduled)."""
    environment = ActivityEnvironment()
    environment.info = dataclasses.replace(environment.info, scheduled_time=datetime.now(UTC))
    return environment


def target(url: str, location: str = PROJECT, **kwargs: Any) -> RepoTarget:
    defaults: dict[str, Any] = {
        "token_env": "GITLAB_TOKEN",
        "branches": ["main", "release"],
        "hotfix_bypass": BypassActor(kind=BypassKind.DEPLOY_KEY, id=DEPLOY_KEY),
    }
    return RepoTarget(
        name="payments",
        provider=RepoProvider.GITLAB,
        location=location,
        api_url=url,
        **{**defaults, **kwargs},
    )


def freeze_input(
    repo: RepoTarget, allowed: list[str] | None = None, restore_state: str = ""
) -> RepoFreezeInput:
    return RepoFreezeInput(
        incident_id=INCIDENT,
        commander="dana",
        repo=repo,
        allowed_commits=allowed or [],
        restore_state=restore_state,
    )


async def unfreeze(acts: GitHostActivities, frozen: RepoFreeze) -> None:
    await env().run(acts.unfreeze_repo, RepoUnfreezeInput(incident_id=INCIDENT, freeze=frozen))


def protect_release(fake: FakeGitLab, project: str = PROJECT) -> dict[str, Any]:
    return fake.protect(
        project, "release", push=[{"access_level": 30}], merge=[{"access_level": 40}], allow_force_push=True
    )


def settings(branch: dict[str, Any]) -> tuple[Any, ...]:
    return (
        [(level["access_level"], level["deploy_key_id"]) for level in branch["push_access_levels"]],
        [(level["access_level"], level["deploy_key_id"]) for level in branch["merge_access_levels"]],
        branch["allow_force_push"],
    )


async def test_freeze_blocks_pushes_and_deploys_hotfix_by_deploy_key_and_restores_levels(
    gitlab: tuple[FakeGitLab, str], activities: GitHostActivities
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    before = settings(protect_release(fake))

    frozen = await env().run(activities.freeze_repo, freeze_input(target(url)))
    assert not fake.can_push(PROJECT, "main", access_level=40)
    assert not fake.can_push(PROJECT, "release", access_level=40)
    assert settings(project.protected["release"]) == ([(0, None)], [(0, None)], False)
    assert fake.deploy_frozen(PROJECT)
    assert all("%2F" in path for _, path in fake.calls)  # the project path is URL-encoded

    # Freezing again keeps what was there first: with the restore state the workflow holds, or refused.
    again = await env().run(
        activities.freeze_repo, freeze_input(target(url), restore_state=frozen.restore_state)
    )
    assert again.restore_state == frozen.restore_state
    assert len(project.freeze_periods) == 1
    with pytest.raises(ApplicationError) as blind:
        await env().run(activities.freeze_repo, freeze_input(target(url)))
    assert blind.value.type == "AlreadyFrozen"
    assert "restore_state" in blind.value.message

    relaxed = await env().run(
        activities.allow_hotfix, freeze_input(target(url), ["abc1234"], frozen.restore_state)
    )
    assert fake.can_push(PROJECT, "main", access_level=0, deploy_key_id=DEPLOY_KEY)
    assert not fake.can_push(PROJECT, "main", access_level=40)
    assert [lvl["access_level"] for lvl in project.protected["main"]["merge_access_levels"]] == [0]

    await unfreeze(activities, relaxed)
    assert "main" not in project.protected
    assert settings(project.protected["release"]) == before
    assert project.freeze_periods == {}
    assert not fake.deploy_frozen(PROJECT)
    assert fake.can_push(PROJECT, "main", access_level=30)
    await unfreeze(activities, relaxed)  # idempotent
    assert settings(project.protected["release"]) == before


async def test_retry_after_a_crash_restores_what_was_there_before_the_first_attempt(
    gitlab: tuple[FakeGitLab, str], activities: GitHostActivities
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    before = settings(protect_release(fake))
    heartbeats: list[Any] = []
    first = env()
    first.on_heartbeat = lambda *details: heartbeats.extend(details)
    await first.run(activities.freeze_repo, freeze_input(target(url)))  # its result is lost in the crash

    retry = env()
    retry.info = dataclasses.replace(first.info, attempt=2, heartbeat_details=heartbeats[-1:])
    frozen = await retry.run(activities.freeze_repo, freeze_input(target(url)))
    assert len(project.freeze_periods) == 1  # same scheduled time, same period: found, not duplicated

    await unfreeze(activities, frozen)
    assert settings(project.protected["release"]) == before
    assert "main" not in project.protected
    assert project.freeze_periods == {}


async def test_credentials_permissions_and_missing_projects_fail_permanently(
    gitlab: tuple[FakeGitLab, str], tmp_path: Path
) -> None:
    fake, url = gitlab
    fake.add_project(PROJECT)
    async with httpx.AsyncClient() as http:
        wrong = GitHostActivities(http, env={"GITLAB_TOKEN": "glpat-revoked"})
        with pytest.raises(ApplicationError) as rejected:
            await env().run(wrong.freeze_repo, freeze_input(target(url)))
        assert rejected.value.type == "BadCredentials"
        assert rejected.value.non_retryable
        assert "401 Unauthorized" in rejected.value.message
        assert "set env GITLAB_TOKEN named by token_env" in rejected.value.message
        assert "glpat-revoked" not in rejected.value.message

        no_file = GitHostActivities(http, env={})
        spec = target(url, token_env=None, token_file=str(tmp_path / "missing-token"))
        with pytest.raises(ApplicationError) as unreadable:
            await env().run(no_file.freeze_repo, freeze_input(spec))
        assert unreadable.value.type == "BadCredentials"
        assert f"cannot read the gitlab token file {tmp_path / 'missing-token'} named by token_file" in (
            unreadable.value.message
        )

        (tmp_path / "token").write_text(TOKEN + "\n")
        from_file = GitHostActivities(http, env={})
        spec = target(url, "acme/unknown", token_env=None, token_file=str(tmp_path / "token"))
        with pytest.raises(ApplicationError) as missing:
            await env().run(from_file.freeze_repo, freeze_input(spec))
        assert missing.value.type == "NotFound"
        assert "404 Project Not Found" in missing.value.message

        fake.tokens[TOKEN] = 30  # a Developer cannot protect branches
        developer = GitHostActivities(http, env={"GITLAB_TOKEN": TOKEN})
        with pytest.raises(ApplicationError) as forbidden:
            await env().run(developer.freeze_repo, freeze_input(target(url)))
        assert forbidden.value.type == "Forbidden"
        assert forbidden.value.non_retryable


async def test_rate_limit_is_waited_out_and_hotfix_needs_a_named_bypass(
    gitlab: tuple[FakeGitLab, str], activities: GitHostActivities
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    fake.rate_limit(retry_after=1)
    frozen = await env().run(activities.freeze_repo, freeze_input(target(url)))
    assert "main" in project.protected

    with pytest.raises(ApplicationError) as no_bypass:
        await env().run(
            activities.allow_hotfix,
            freeze_input(target(url, hotfix_bypass=None), ["abc1234"], frozen.restore_state),
        )
    assert no_bypass.value.type == "NoHotfixMechanism"
    assert no_bypass.value.non_retryable
    await unfreeze(activities, frozen)
    assert project.protected == {}


async def test_the_hotfix_commit_and_its_author_come_from_gitlab(
    gitlab: tuple[FakeGitLab, str], activities: GitHostActivities
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    sha = "9f72a02f6a5596b91380ed30eadd15cf36e5d294"
    project.commits[sha] = {"name": "Dana", "email": "dana@acme.example"}
    found = await env().run(
        activities.find_hotfix_commit, HotfixCommitInput(incident_id=INCIDENT, repo=target(url), sha=sha)
    )
    assert (found.found, found.author_email) == (True, "dana@acme.example")
    missing = await env().run(
        activities.find_hotfix_commit, HotfixCommitInput(incident_id=INCIDENT, repo=target(url), sha="e" * 40)
    )
    assert not missing.found and "no commit" in missing.detail
