"""The GitLab freeze called directly: what it heartbeats and resumes from, its tiers, what it puts back.

The local GitLab checks every request against GitLab's documented parameters and models the Free and Premium
tiers (Premium parameters dropped on Free, as GitLab drops them); the fixture fails a test that sent an
undocumented parameter or left out a required one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze.gitlab import GitLabFreezer, freeze_period_crons
from optout_recall.freeze.gitlab_protection import settings_of
from optout_recall.freeze.rest import RestClient
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
)
from tests.fakes import serve
from tests.fakes.gitlab_api import FakeGitLab
from tests.fakes.gitlab_params import FREE

TOKEN = "glpat-core-test"
INCIDENT = "INC-9"
PROJECT = "acme/payments"
SCHEDULED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)


@pytest.fixture
async def gitlab() -> AsyncIterator[tuple[FakeGitLab, str]]:
    fake = FakeGitLab()
    fake.tokens[TOKEN] = 40
    async with serve(fake.app) as url:
        yield fake, f"{url}/api/v4"
    fake.assert_conforming()


def freeze_input(url: str) -> RepoFreezeInput:
    repo = RepoTarget(
        name="payments", provider=RepoProvider.GITLAB, location=PROJECT, api_url=url, token_env="T"
    )
    return RepoFreezeInput(incident_id=INCIDENT, commander="dana", repo=repo)


async def test_a_retry_resumes_from_what_the_first_attempt_heartbeated(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    heartbeats: list[Any] = []
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(
            RestClient(http, env={"T": TOKEN}), heartbeat=lambda *details: heartbeats.extend(details)
        )
        await freezer.freeze(freeze_input(url), scheduled_at=SCHEDULED)  # its result is lost in a crash
        assert heartbeats == [{"gitlab_project": PROJECT, "previous": {"main": None}}]

        # Without the heartbeat a blind repeat would save our frozen branch as "previous": it is refused.
        with pytest.raises(RecallError) as blind:
            await freezer.freeze(freeze_input(url), scheduled_at=SCHEDULED)
        assert blind.value.type == ErrorType.ALREADY_FROZEN

        restore_state = await freezer.freeze(
            freeze_input(url), resume_details=heartbeats[-1:], scheduled_at=SCHEDULED
        )
        start, end = freeze_period_crons(SCHEDULED)
        assert [(p["freeze_start"], p["freeze_end"]) for p in project.freeze_periods.values()] == [
            (start, end)
        ]

        repo = freeze_input(url).repo
        await freezer.unfreeze(
            INCIDENT, RepoFreeze(repo=repo, frozen_at=SCHEDULED, restore_state=restore_state)
        )
    assert project.protected == {}
    assert project.freeze_periods == {}


# --------------------------------------------------------------------------- tiers (item 3)


def level_settings(fake: FakeGitLab, branch: str) -> dict[str, Any]:
    """A branch as GitLab shows it, without the ids a re-protect renews."""
    shown = fake.shown(PROJECT, branch)
    return settings_of(shown)


def spec(url: str, **kwargs: Any) -> RepoFreezeInput:
    repo = RepoTarget(
        name="payments",
        provider=RepoProvider.GITLAB,
        location=PROJECT,
        api_url=url,
        token_env="T",
        branches=["main", "release"],
        hotfix_bypass=BypassActor(kind=BypassKind.DEPLOY_KEY, id=77),
        **kwargs,
    )
    return RepoFreezeInput(incident_id=INCIDENT, commander="dana", repo=repo)


async def test_free_freezes_a_protected_branch_by_protecting_it_again_and_restores_it_exactly(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT, tier=FREE)
    fake.protect(
        PROJECT, "release", push=[{"access_level": 30}], merge=[{"access_level": 40}], allow_force_push=True
    )
    before = level_settings(fake, "release")
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        state = await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
        assert not fake.can_push(PROJECT, "release", access_level=40)
        assert not fake.can_push(PROJECT, "main", access_level=40)
        saved = json.loads(state)
        assert (saved["tier"], saved["mechanisms"]) == ("free", {"release": "reprotect", "main": "protect"})

        await freezer.unfreeze(
            INCIDENT, RepoFreeze(repo=spec(url).repo, frozen_at=SCHEDULED, restore_state=state)
        )
    assert level_settings(fake, "release") == before
    assert fake.can_push(PROJECT, "release", access_level=30)
    assert "main" not in project.protected
    assert fake.dropped == []  # nothing was sent that Free ignores


async def test_an_instance_that_looks_premium_but_drops_the_patch_is_frozen_the_free_way(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    fake.add_project(PROJECT, tier=FREE).shows_actor_ids = True  # EE without a licence
    fake.protect(PROJECT, "release", push=[{"access_level": 30}], merge=[{"access_level": 30}])
    before = level_settings(fake, "release")
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        state = await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
        assert (
            "PATCH",
            f"/api/v4/projects/{PROJECT.replace('/', '%2F')}/protected_branches/release",
        ) in fake.calls
        assert not fake.can_push(PROJECT, "release", access_level=40)
        assert json.loads(state)["mechanisms"]["release"] == "reprotect"
        await freezer.unfreeze(
            INCIDENT, RepoFreeze(repo=spec(url).repo, frozen_at=SCHEDULED, restore_state=state)
        )
    assert level_settings(fake, "release") == before


async def test_free_refuses_before_writing_a_protection_it_could_not_recreate(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT, tier=FREE)
    fake.protect(
        PROJECT, "release", push=[{"access_level": 40}, {"deploy_key_id": 5}], merge=[{"access_level": 40}]
    )
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        with pytest.raises(RecallError) as refused:
            await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
    assert refused.value.type == ErrorType.FREEZE_NOT_RESTORABLE
    assert "release: push access" in str(refused.value)
    assert [c for c in fake.calls if c[0] != "GET"] == []
    assert list(project.protected) == ["release"] and project.freeze_periods == {}


async def test_free_says_the_hotfix_cannot_be_let_through_and_stays_frozen(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    fake.add_project(PROJECT, tier=FREE)
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        state = await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
        hotfix = spec(url).model_copy(update={"restore_state": state, "allowed_commits": ["9f72a02"]})
        with pytest.raises(RecallError) as refused:
            await freezer.allow_hotfix(hotfix, scheduled_at=SCHEDULED)
    assert refused.value.type == ErrorType.NO_HOTFIX_MECHANISM
    assert "Free tier" in str(refused.value)
    assert not fake.can_push(PROJECT, "main", access_level=0, deploy_key_id=77)
    assert not fake.can_push(PROJECT, "main", access_level=40)


# --------------------------------------------------------------------------- what the restore puts back (item 4)


async def test_unprotect_levels_come_back_when_the_branch_is_protected_again(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    fake.protect(
        PROJECT,
        "release",
        push=[{"access_level": 30}],
        merge=[{"access_level": 40}],
        unprotect=[{"access_level": 60}, {"group_id": 9}],
    )
    before = level_settings(fake, "release")
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        state = await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
        del project.protected["release"]  # someone unprotected it during the freeze
        await freezer.unfreeze(
            INCIDENT, RepoFreeze(repo=spec(url).repo, frozen_at=SCHEDULED, restore_state=state)
        )
    assert level_settings(fake, "release") == before
    assert before["unprotect"] == [{"access_level": 60}, {"group_id": 9}]
    assert json.loads(state)["mechanisms"]["release"] == "patch"


async def test_a_blind_refreeze_is_refused_when_our_period_is_past_the_first_page(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    project = fake.add_project(PROJECT)
    for n in range(100):  # a project with a long history of weekend freezes
        project.freeze_periods[10_000 + n] = {
            "id": 10_000 + n,
            "freeze_start": "0 23 * * 5",
            "freeze_end": "0 7 * * 1",
            "cron_timezone": "UTC",
            "created_at": "2020-05-15T17:03:35.702Z",
            "updated_at": "2020-05-15T17:03:35.702Z",
        }
    async with httpx.AsyncClient(timeout=10) as http:
        freezer = GitLabFreezer(RestClient(http, env={"T": TOKEN}))
        await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
        with pytest.raises(RecallError) as blind:
            await freezer.freeze(spec(url), scheduled_at=SCHEDULED)
    assert blind.value.type == ErrorType.ALREADY_FROZEN
    assert len(project.freeze_periods) == 101


# --------------------------------------------------------------------------- the fake holds to the docs


async def test_the_local_gitlab_refuses_undocumented_parameters_and_drops_premium_ones_on_free(
    gitlab: tuple[FakeGitLab, str],
) -> None:
    fake, url = gitlab
    fake.add_project(PROJECT, tier=FREE)
    path = f"{url}/projects/{PROJECT.replace('/', '%2F')}/protected_branches"
    async with httpx.AsyncClient(timeout=10, headers={"PRIVATE-TOKEN": TOKEN}) as http:
        unknown = await http.post(path, json={"name": "main", "push_level": 0})
        nameless = await http.post(path, json={"push_access_level": 0})
        premium = await http.post(
            path, json={"name": "main", "push_access_level": 0, "allowed_to_push": [{"deploy_key_id": 77}]}
        )
    assert [unknown.status_code, nameless.status_code, premium.status_code] == [400, 400, 201]
    assert fake.violations[0].endswith("push_level is not a documented parameter")
    assert fake.violations[1].endswith("name is missing")
    assert [level.get("deploy_key_id") for level in premium.json()["push_access_levels"]] == [None]
    assert [name for _, name in fake.dropped] == ["allowed_to_push"]
    fake.violations.clear()
