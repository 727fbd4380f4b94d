"""The GitLab freeze called directly: what it heartbeats, what it resumes from, when its period starts."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze.gitlab import GitLabFreezer, freeze_period_crons
from optout_recall.freeze.rest import RestClient
from optout_recall.payloads import RepoFreeze, RepoFreezeInput, RepoProvider, RepoTarget
from tests.fakes import serve
from tests.fakes.gitlab_api import FakeGitLab

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
