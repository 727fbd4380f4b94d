"""What a hotfix changes, as each git host reports it: files changed, insertions, deletions, and its author.

The people asked to approve a hotfix see these numbers (the console's pending-hotfix view), so they come from
the host's own answer to the commit lookup, never from what a proposer typed; where a host does not say, the
count stays None rather than a made-up 0.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from optout_recall.freeze.git import GitHookFreezer, clone_commit, create_bare_repo_with_main
from optout_recall.freeze.github import GitHubFreezer
from optout_recall.freeze.gitlab import GitLabFreezer
from optout_recall.freeze.rest import RestClient
from optout_recall.payloads import HotfixCommit, RepoProvider, RepoTarget

SHA = "9f72a02f6a5596b91380ed30eadd15cf36e5d294"


def _stat(found: HotfixCommit) -> tuple[Any, ...]:
    return (
        found.found,
        found.author_name,
        found.author_email,
        found.files_changed,
        found.insertions,
        found.deletions,
    )


def _git(clone: Path, *args: str) -> str:
    env = {"GIT_AUTHOR_NAME": "Dana Q", "GIT_AUTHOR_EMAIL": "dana@acme.example"}
    env |= {"GIT_COMMITTER_NAME": "ci", "GIT_COMMITTER_EMAIL": "ci@acme.example", "PATH": "/usr/bin:/bin"}
    run = subprocess.run(["git", "-C", str(clone), *args], env=env, check=True, capture_output=True)
    return run.stdout.decode().strip()


async def test_a_plain_git_host_reports_the_diff_stat_of_the_commit_and_of_a_merge(tmp_path: Path) -> None:
    bare = tmp_path / "remote.git"
    create_bare_repo_with_main(bare)
    clone, _ = clone_commit(bare, "first", tmp_path / "clone")
    (clone / "CHANGES.md").write_text("one\ntwo\nthree\n")
    (clone / "app.py").write_text("print('gpc honoured')\n")
    _git(clone, "add", "CHANGES.md", "app.py")
    _git(clone, "commit", "-q", "-m", "hotfix")
    hotfix = _git(clone, "rev-parse", "HEAD")
    _git(clone, "checkout", "-q", "-b", "side", "HEAD~1")
    (clone / "side.txt").write_text("a\n")
    _git(clone, "add", "side.txt")
    _git(clone, "commit", "-q", "-m", "side")
    _git(clone, "checkout", "-q", "main")
    _git(clone, "merge", "-q", "--no-edit", "side")
    merge = _git(clone, "rev-parse", "HEAD")
    _git(clone, "commit", "-q", "--allow-empty", "-m", "empty")
    empty = _git(clone, "rev-parse", "HEAD")
    _git(clone, "push", "-q", "origin", "main")
    repo = RepoTarget(name="app", location=str(bare))
    freezer = GitHookFreezer()

    # CHANGES.md: "first" became three lines (1 deleted, 3 added); app.py is new (1 line).
    assert _stat(await freezer.find_commit(repo, hotfix)) == (True, "Dana Q", "dana@acme.example", 2, 4, 1)
    assert _stat(await freezer.find_commit(repo, merge))[3:] == (1, 1, 0)  # against its first parent
    assert _stat(await freezer.find_commit(repo, empty))[3:] == (0, 0, 0)
    missing = await freezer.find_commit(repo, "e" * 40)
    assert not missing.found and missing.files_changed is None


def _client(answer: httpx.Response) -> tuple[httpx.AsyncClient, list[str]]:
    paths: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        return answer

    return httpx.AsyncClient(transport=httpx.MockTransport(handle)), paths


def _target(provider: RepoProvider, location: str) -> RepoTarget:
    return RepoTarget(
        name="payments", provider=provider, location=location, api_url="https://git.test/api", token_env="T"
    )


@pytest.mark.parametrize(
    ("link", "files_changed"),
    [(None, 2), ('<https://git.test/api/repositories/1/commits/x?page=2>; rel="next"', None)],
)
async def test_github_reports_the_stats_and_the_files_of_the_commit(
    link: str | None, files_changed: int | None
) -> None:
    body = {
        "sha": SHA,
        "commit": {"author": {"name": "Dana Q", "email": "dana@acme.example"}},
        "author": {"login": "someone-else"},
        "stats": {"additions": 104, "deletions": 4, "total": 108},
        "files": [{"filename": "app.py", "additions": 100}, {"filename": "CHANGES.md", "additions": 4}],
    }
    http, paths = _client(httpx.Response(200, json=body, headers={"link": link} if link else {}))
    async with http:
        found = await GitHubFreezer(RestClient(http, env={"T": "t"})).find_commit(
            _target(RepoProvider.GITHUB, "acme/payments"), SHA
        )
    # A files list with a next page is only its first page: the count is not reported rather than wrong.
    assert _stat(found) == (True, "Dana Q", "dana@acme.example", files_changed, 104, 4)
    assert paths == [f"/api/repos/acme/payments/commits/{SHA}"]


async def test_gitlab_reports_lines_but_not_files() -> None:
    body = {
        "id": SHA,
        "author_name": "Dana Q",
        "author_email": "dana@acme.example",
        "stats": {"additions": 15, "deletions": 24, "total": 39},
    }
    http, _ = _client(httpx.Response(200, json=body))
    async with http:
        found = await GitLabFreezer(RestClient(http, env={"T": "t"})).find_commit(
            _target(RepoProvider.GITLAB, "acme/payments"), SHA
        )
    assert _stat(found) == (True, "Dana Q", "dana@acme.example", None, 15, 24)


async def test_a_host_answer_without_stats_reports_none_rather_than_zero() -> None:
    body = {
        "sha": SHA,
        "commit": {"author": {"name": "Dana Q", "email": "d@acme.example"}},
        "stats": {"additions": "x"},
    }
    http, _ = _client(httpx.Response(200, json=body))
    async with http:
        found = await GitHubFreezer(RestClient(http, env={"T": "t"})).find_commit(
            _target(RepoProvider.GITHUB, "acme/payments"), SHA
        )
    assert _stat(found)[3:] == (None, None, None)
