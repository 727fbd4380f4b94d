"""GitHub freezes against a local API that enforces method, path, headers and bodies like the real one."""

from __future__ import annotations

import copy
import dataclasses
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.git_hosts import GitHostActivities
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    GitHubFreezeMode,
    HotfixCommitInput,
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
    RepoUnfreezeInput,
)
from tests.fakes import serve
from tests.fakes.github_api import FakeGitHub, FakeToken

TOKEN = "ghp_test_token_never_logged"
INCIDENT = "INC-2024-017"
RELEASE_APP = {"actor_type": "Integration", "actor_id": 4242}


@pytest.fixture
async def github() -> AsyncIterator[tuple[FakeGitHub, str]]:
    fake = FakeGitHub()
    fake.tokens[TOKEN] = FakeToken(admin=True)
    async with serve(fake.app) as url:
        yield fake, url
    fake.assert_conforming()


@pytest.fixture
async def activities() -> AsyncIterator[GitHostActivities]:
    async with httpx.AsyncClient(timeout=10) as http:
        yield GitHostActivities(http, env={"GITHUB_TOKEN": TOKEN}, max_inline_wait=3)


def target(url: str, location: str = "acme/payments", **kwargs: Any) -> RepoTarget:
    return RepoTarget(
        name=location.split("/")[-1],
        provider=RepoProvider.GITHUB,
        location=location,
        api_url=url,
        token_env="GITHUB_TOKEN",
        hotfix_bypass=BypassActor(kind=BypassKind.APP, id=4242, slug="release-bot"),
        **kwargs,
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
    await ActivityEnvironment().run(
        acts.unfreeze_repo, RepoUnfreezeInput(incident_id=INCIDENT, freeze=frozen)
    )


async def test_ruleset_freeze_blocks_pushes_lets_the_release_app_through_and_is_undone(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    repo = fake.add_repo("acme/payments", branches={"main": None, "dev": None})
    frozen = await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url)))

    [ruleset] = repo.rulesets.values()
    assert ruleset["name"] == f"optout-recall freeze {INCIDENT}"
    assert ruleset["conditions"]["ref_name"]["include"] == ["refs/heads/main"]
    assert {r["type"] for r in ruleset["rules"]} == {"update", "creation", "deletion", "non_fast_forward"}
    assert not fake.can_push("acme/payments", "main", RELEASE_APP)
    assert fake.can_push("acme/payments", "dev")

    again = await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url)))
    assert again.restore_state == frozen.restore_state
    assert len(repo.rulesets) == 1

    relaxed = await ActivityEnvironment().run(
        activities.allow_hotfix, freeze_input(target(url), ["abc1234"], frozen.restore_state)
    )
    assert fake.can_push("acme/payments", "main", RELEASE_APP)
    assert not fake.can_push("acme/payments", "main", {"actor_type": "Integration", "actor_id": 1})

    await unfreeze(activities, relaxed)
    assert repo.rulesets == {}
    assert fake.can_push("acme/payments", "main")
    await unfreeze(activities, relaxed)  # already undone: the 404 counts as done


async def test_auto_falls_back_to_branch_protection_and_restores_it_exactly(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    # A host without the rulesets API answers 404 there, the one failure the description documents.
    repo = fake.add_repo("acme/billing", rulesets_available=False, branches={"main": None, "release": None})
    repo.recent_apps["ci/test"] = 15368
    fake.protect(
        "acme/billing",
        "main",
        {
            "required_status_checks": {"strict": True, "contexts": ["ci/test"]},
            "enforce_admins": False,
            "required_pull_request_reviews": {
                "dismiss_stale_reviews": True,
                "require_code_owner_reviews": False,
                "required_approving_review_count": 2,
                "require_last_push_approval": False,
                "dismissal_restrictions": {"users": ["lead"], "teams": [], "apps": []},
            },
            "restrictions": {"users": ["dana"], "teams": ["platform"], "apps": []},
            "required_linear_history": True,
            "allow_force_pushes": False,
            "allow_deletions": False,
            "block_creations": False,
            "required_conversation_resolution": True,
            "lock_branch": False,
            "allow_fork_syncing": False,
        },
    )
    original = copy.deepcopy(repo.branches["main"])
    spec = target(url, "acme/billing", branches=["main", "release"])

    frozen = await ActivityEnvironment().run(activities.freeze_repo, freeze_input(spec))
    assert '"mode": "branch_protection"' in frozen.restore_state
    main, release = repo.branches["main"], repo.branches["release"]
    assert main is not None and release is not None
    assert main.settings["lock_branch"] and release.settings["lock_branch"]
    assert main.settings["enforce_admins"]
    assert not fake.can_push("acme/billing", "main", {"slug": "dana"})

    relaxed = await ActivityEnvironment().run(
        activities.allow_hotfix, freeze_input(spec, ["abc1234"], frozen.restore_state)
    )
    assert relaxed.restore_state == frozen.restore_state
    assert fake.can_push("acme/billing", "main", {"slug": "release-bot"})
    assert not fake.can_push("acme/billing", "main", {"slug": "dana"})

    await unfreeze(activities, relaxed)
    assert repo.branches["main"] == original
    assert repo.branches["release"] is None
    await unfreeze(activities, relaxed)
    assert repo.branches["main"] == original


async def test_auto_does_not_fall_back_on_a_403_the_description_does_not_document(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    # A private repository on a free plan: GitHub refuses rulesets and branch protection alike.
    repo = fake.add_repo("acme/private", plan_allows_protection=False)
    with pytest.raises(ApplicationError) as refused:
        await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url, "acme/private")))
    assert refused.value.type == "Forbidden"
    assert "Upgrade to GitHub Pro" in refused.value.message
    assert [c for c in fake.calls if "/branches/" in c[1]] == []
    assert repo.branches == {"main": None}


async def test_retry_after_a_crash_mid_freeze_restores_the_original_protection(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    repo = fake.add_repo("acme/ledger", branches={"main": None, "release": None})
    fake.protect(
        "acme/ledger",
        "main",
        {
            "required_status_checks": None,
            "enforce_admins": False,
            "required_pull_request_reviews": None,
            "restrictions": None,
        },
    )
    original = copy.deepcopy(repo.branches["main"])
    spec = target(
        url, "acme/ledger", branches=["main", "release"], github_mode=GitHubFreezeMode.BRANCH_PROTECTION
    )
    # The first attempt freezes main, then the host fails on release: the activity fails mid-call.
    fake.fail_next[("PUT", "/repos/acme/ledger/branches/release/protection")] = 1
    heartbeats: list[Any] = []
    first = ActivityEnvironment()
    first.on_heartbeat = lambda *details: heartbeats.extend(details)
    with pytest.raises(ApplicationError) as crashed:
        await first.run(activities.freeze_repo, freeze_input(spec))
    assert crashed.value.type == "HostError"
    assert not crashed.value.non_retryable
    main = repo.branches["main"]
    assert main is not None and main.settings["lock_branch"]

    # Temporal hands the next attempt the last heartbeat: it must not save our frozen main as "previous".
    retry = ActivityEnvironment()
    retry.info = dataclasses.replace(retry.info, attempt=2, heartbeat_details=heartbeats[-1:])
    frozen = await retry.run(activities.freeze_repo, freeze_input(spec))
    await unfreeze(activities, frozen)
    assert repo.branches["main"] == original
    assert repo.branches["release"] is None


async def test_org_ruleset_freezes_many_repositories_in_one_call(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    for name in ("payments-api", "payments-web", "payments-jobs", "marketing-site"):
        fake.add_repo(f"acme/{name}")
    spec = target(url, "acme", github_mode=GitHubFreezeMode.ORG_RULESET, repositories=["payments-*"])

    frozen = await ActivityEnvironment().run(activities.freeze_repo, freeze_input(spec))
    assert [c for c in fake.calls if c[0] == "POST"] == [("POST", "/orgs/acme/rulesets")]
    assert not any(fake.can_push(f"acme/payments-{n}", "main") for n in ("api", "web", "jobs"))
    assert fake.can_push("acme/marketing-site", "main")

    await unfreeze(activities, frozen)
    assert fake.orgs["acme"] == {}
    assert fake.can_push("acme/payments-api", "main")


async def test_bad_credentials_fail_fast_naming_the_setting_and_never_the_token(
    github: tuple[FakeGitHub, str], caplog: pytest.LogCaptureFixture
) -> None:
    fake, url = github
    fake.add_repo("acme/payments")
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient() as http:
        missing = GitHostActivities(http, env={})
        with pytest.raises(ApplicationError) as unset:
            await ActivityEnvironment().run(missing.freeze_repo, freeze_input(target(url)))
        assert unset.value.type == "BadCredentials"
        assert unset.value.non_retryable
        assert (
            "the worker has no GITHUB_TOKEN, named by token_env; set it to the github token"
            in unset.value.message
        )

        wrong = GitHostActivities(http, env={"GITHUB_TOKEN": "ghp_revoked_secret"})
        with pytest.raises(ApplicationError) as rejected:
            await ActivityEnvironment().run(wrong.freeze_repo, freeze_input(target(url)))
        assert rejected.value.type == "BadCredentials"
        assert rejected.value.non_retryable
        assert "Bad credentials" in rejected.value.message
        assert "set env GITHUB_TOKEN" in rejected.value.message
        assert "ghp_revoked_secret" not in rejected.value.message
    assert all("ghp_" not in record.getMessage() for record in caplog.records)


async def test_permission_and_missing_repository_are_permanent(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    fake.add_repo("acme/payments")
    with pytest.raises(ApplicationError) as missing:
        await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url, "acme/nope")))
    assert missing.value.type == "NotFound"
    assert missing.value.non_retryable

    fake.tokens[TOKEN] = FakeToken(admin=False)
    with pytest.raises(ApplicationError) as forbidden:
        await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url)))
    assert forbidden.value.type == "Forbidden"
    assert "Resource not accessible" in forbidden.value.message
    assert forbidden.value.non_retryable


async def test_rate_limits_are_waited_out_or_handed_to_temporal(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    repo = fake.add_repo("acme/payments")
    fake.rate_limit_primary(reset_in=1)
    fake.rate_limit_secondary(retry_after=1)
    frozen = await ActivityEnvironment().run(activities.freeze_repo, freeze_input(target(url)))
    assert len(repo.rulesets) == 1

    fake.rate_limit_secondary(retry_after=120)
    with pytest.raises(ApplicationError) as limited:
        await ActivityEnvironment().run(
            activities.unfreeze_repo, RepoUnfreezeInput(incident_id=INCIDENT, freeze=frozen)
        )
    assert limited.value.type == "RateLimited"
    assert not limited.value.non_retryable
    assert limited.value.next_retry_delay == timedelta(seconds=120)
    await unfreeze(activities, frozen)
    assert repo.rulesets == {}


async def test_the_hotfix_commit_and_its_author_come_from_github(
    github: tuple[FakeGitHub, str], activities: GitHostActivities
) -> None:
    fake, url = github
    repo = fake.add_repo("acme/payments")
    sha = "9f72a02f6a5596b91380ed30eadd15cf36e5d294"
    repo.commits[sha] = {"name": "Dana", "email": "dana@acme.example"}
    found = await ActivityEnvironment().run(
        activities.find_hotfix_commit, HotfixCommitInput(incident_id=INCIDENT, repo=target(url), sha=sha)
    )
    assert (found.found, found.author_name, found.author_email) == (True, "Dana", "dana@acme.example")
    missing = await ActivityEnvironment().run(
        activities.find_hotfix_commit, HotfixCommitInput(incident_id=INCIDENT, repo=target(url), sha="e" * 40)
    )
    assert not missing.found and missing.detail == f"no commit {'e' * 40} in acme/payments"
    assert fake.calls[-1] == ("GET", f"/repos/acme/payments/commits/{'e' * 40}")
