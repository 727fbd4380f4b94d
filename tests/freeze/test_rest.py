"""The hosted-API client on its own: rate limits, heartbeats and errors, with no Temporal around it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import resolve_token
from optout_recall.freeze.rest import ApiCall, RestClient
from optout_recall.payloads import RepoProvider, RepoTarget
from tests.fakes import serve
from tests.fakes.github_api import FakeGitHub, FakeToken

TOKEN = "ghp_rest_test_token"


@pytest.fixture
async def github() -> AsyncIterator[tuple[FakeGitHub, str]]:
    fake = FakeGitHub()
    fake.tokens[TOKEN] = FakeToken(admin=True)
    fake.add_repo("acme/payments")
    async with serve(fake.app) as url:
        yield fake, url
    fake.assert_conforming()


def rulesets_of(url: str) -> ApiCall:
    repo = RepoTarget(
        name="payments", provider=RepoProvider.GITHUB, location="acme/payments", api_url=url, token_env="T"
    )
    return ApiCall(repo, "GET", "/repos/acme/payments/rulesets")


async def test_a_short_rate_limit_is_waited_out_with_a_heartbeat(github: tuple[FakeGitHub, str]) -> None:
    fake, url = github
    fake.rate_limit_secondary(retry_after=1)
    heartbeats: list[tuple[Any, ...]] = []
    async with httpx.AsyncClient(timeout=10) as http:
        rest = RestClient(
            http, env={"T": TOKEN}, max_inline_wait=3, heartbeat=lambda *details: heartbeats.append(details)
        )
        assert await rest.json(rulesets_of(url)) == []
    assert heartbeats == [()]


async def test_a_long_rate_limit_asks_for_a_later_retry(github: tuple[FakeGitHub, str]) -> None:
    fake, url = github
    fake.rate_limit_secondary(retry_after=120)
    async with httpx.AsyncClient(timeout=10) as http:
        rest = RestClient(http, env={"T": TOKEN}, max_inline_wait=3)
        with pytest.raises(RecallError) as limited:
            await rest.send(rulesets_of(url))
    assert limited.value.type == ErrorType.RATE_LIMITED
    assert limited.value.retryable
    assert limited.value.retry_after == timedelta(seconds=120)
    assert "retrying in 120s" in str(limited.value)


async def test_rejected_credentials_are_permanent_and_name_the_setting(
    github: tuple[FakeGitHub, str],
) -> None:
    _, url = github
    async with httpx.AsyncClient(timeout=10) as http:
        rest = RestClient(http, env={"T": "ghp_revoked"})
        with pytest.raises(RecallError) as rejected:
            await rest.send(rulesets_of(url))
    assert rejected.value.type == ErrorType.BAD_CREDENTIALS
    assert not rejected.value.retryable
    assert "set env T named by token_env of repo 'payments'" in str(rejected.value)
    assert "ghp_revoked" not in str(rejected.value)


def repo_with(**token: str) -> RepoTarget:
    return RepoTarget(
        name="payments", provider=RepoProvider.GITHUB, location="acme/payments", api_url="https://x", **token
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00binary", "cannot read the github token file {path} named by token_file: not text"),
        (b" \n", "the github token file {path} named by token_file is empty"),
    ],
    ids=["not text", "empty"],
)
def test_a_token_file_that_holds_no_token_is_refused_in_one_line_naming_it(
    tmp_path: Path, content: bytes, message: str
) -> None:
    """A token file that is not text failed the freeze with a UnicodeDecodeError's traceback."""
    path = tmp_path / "token"
    path.write_bytes(content)
    with pytest.raises(RecallError) as refused:
        resolve_token(repo_with(token_file=str(path)), env={})
    assert refused.value.type == ErrorType.BAD_CREDENTIALS and not refused.value.retryable
    assert str(refused.value) == "repo 'payments': " + message.format(path=path)


def test_a_token_variable_is_read_stripped_and_one_not_set_is_named() -> None:
    assert resolve_token(repo_with(token_env="T"), env={"T": f" {TOKEN}\n"}) == TOKEN
    with pytest.raises(RecallError) as unset:
        resolve_token(repo_with(token_env="T"), env={"T": "  "})
    assert unset.value.type == ErrorType.BAD_CREDENTIALS
    assert str(unset.value) == (
        "repo 'payments': the worker has no T, named by token_env; set it to the github token where the worker runs"
    )
    with pytest.raises(RecallError, match="no github token for repo 'payments'; set token_env or token_file"):
        resolve_token(repo_with(), env={})
