"""The GitHub freeze against GitHub's official description: what it sends, and what it puts back.

The local GitHub validates every request and answer against the schemas extracted from `@octokit/openapi`
(`tests/fakes/github_openapi.json`); the fixture fails a test that strayed from them. Round trips start from
the package's own example responses (`components/examples/branch-protection` and its neighbours).
"""

from __future__ import annotations

import copy
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze.github import GitHubFreezer
from optout_recall.freeze.rest import RestClient
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    GitHubFreezeMode,
    RepoFreeze,
    RepoFreezeInput,
    RepoProvider,
    RepoTarget,
)
from tests.fakes import serve
from tests.fakes.github_api import FakeGitHub, FakeToken
from tests.fakes.github_branches import from_response

TOKEN = "ghp_description_test"
INCIDENT = "INC-16"
NOW = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
HEADERS = {
    "Authorization": f"Bearer {TOKEN}",
    "Accept": "application/vnd.github+json",
    "X-GitHub-Api-Version": "2022-11-28",
}
UNPROTECTED = {
    "required_status_checks": None,
    "enforce_admins": False,
    "required_pull_request_reviews": None,
    "restrictions": None,
}


@pytest.fixture
async def github() -> AsyncIterator[tuple[FakeGitHub, str, httpx.AsyncClient]]:
    fake = FakeGitHub()
    fake.tokens[TOKEN] = FakeToken(admin=True)
    async with serve(fake.app) as url, httpx.AsyncClient(base_url=url, headers=HEADERS, timeout=10) as http:
        yield fake, url, http
    fake.assert_conforming()


def spec(url: str, location: str, **kwargs: Any) -> RepoTarget:
    defaults: dict[str, Any] = {
        "github_mode": GitHubFreezeMode.BRANCH_PROTECTION,
        "hotfix_bypass": BypassActor(kind=BypassKind.APP, id=4242, slug="release-bot"),
    }
    return RepoTarget(
        name=location.split("/")[-1],
        provider=RepoProvider.GITHUB,
        location=location,
        api_url=url,
        token_env="T",
        **{**defaults, **kwargs},
    )


def freeze_input(
    repo: RepoTarget, restore_state: str = "", allowed: list[str] | None = None
) -> RepoFreezeInput:
    return RepoFreezeInput(
        incident_id=INCIDENT,
        commander="dana",
        repo=repo,
        restore_state=restore_state,
        allowed_commits=allowed or [],
    )


async def freeze_and_restore(http: httpx.AsyncClient, repo: RepoTarget, during: Any = None) -> str:
    """Freeze, let the hotfix through, (optionally change something meanwhile), unfreeze."""
    freezer = GitHubFreezer(RestClient(http, env={"T": TOKEN}))
    state = await freezer.freeze(freeze_input(repo))
    await freezer.allow_hotfix(freeze_input(repo, state, ["9f72a02f6a5596b91380ed30eadd15cf36e5d294"]))
    if during is not None:
        during()
    await freezer.unfreeze(INCIDENT, RepoFreeze(repo=repo, frozen_at=NOW, restore_state=state))
    return state


async def shown(http: httpx.AsyncClient, full_name: str, branch: str) -> dict[str, Any]:
    """Everything GitHub reports about a branch's protection, through its documented GETs."""
    base = f"/repos/{full_name}/branches/{branch}/protection"
    whole = (await http.get(base)).json()
    checks = await http.get(f"{base}/required_status_checks")
    signatures = await http.get(f"{base}/required_signatures")
    return {"protection": whole, "status_checks": checks.json(), "signatures": signatures.json()}


# --------------------------------------------------------------------------- item 1: the PUT body


async def test_status_checks_are_put_with_contexts_as_the_description_requires(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, url, http = github
    repo = fake.add_repo("acme/web")
    repo.recent_apps["ci/test"] = 15368
    fake.protect(
        "acme/web",
        "main",
        {**UNPROTECTED, "required_status_checks": {"strict": True, "contexts": ["ci/test"]}},
    )
    before = await shown(http, "acme/web", "main")

    await freeze_and_restore(http, spec(url, "acme/web"))

    puts = [c for c in fake.calls if c[0] == "PUT"]
    assert len(puts) == 3  # freeze, hotfix, restore: each validated against the schema by the fake
    assert await shown(http, "acme/web", "main") == before


# --------------------------------------------------------------------------- item 2: bypass actors


async def test_a_user_can_be_the_ruleset_bypass_actor(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, url, http = github
    repo = fake.add_repo("acme/api")
    target = spec(
        url,
        "acme/api",
        github_mode=GitHubFreezeMode.RULESET,
        hotfix_bypass=BypassActor(kind=BypassKind.USER, id=5150),
    )
    freezer = GitHubFreezer(RestClient(http, env={"T": TOKEN}))
    state = await freezer.freeze(freeze_input(target))
    assert not fake.can_push("acme/api", "main", {"actor_type": "User", "actor_id": 5150})

    await freezer.allow_hotfix(freeze_input(target, state, ["9f72a02f6a5596b91380ed30eadd15cf36e5d294"]))
    [ruleset] = repo.rulesets.values()
    assert ruleset["bypass_actors"] == [{"actor_id": 5150, "actor_type": "User", "bypass_mode": "always"}]
    assert fake.can_push("acme/api", "main", {"actor_type": "User", "actor_id": 5150})
    assert not fake.can_push("acme/api", "main", {"actor_type": "User", "actor_id": 1})


@pytest.mark.parametrize(
    "kind", [BypassKind.USER, BypassKind.TEAM, BypassKind.APP, BypassKind.REPOSITORY_ROLE]
)
async def test_a_bypass_actor_that_needs_an_id_is_refused_without_one(
    github: tuple[FakeGitHub, str, httpx.AsyncClient], kind: BypassKind
) -> None:
    fake, url, http = github
    fake.add_repo("acme/api")
    target = spec(url, "acme/api", github_mode=GitHubFreezeMode.RULESET, hotfix_bypass=BypassActor(kind=kind))
    freezer = GitHubFreezer(RestClient(http, env={"T": TOKEN}))
    with pytest.raises(RecallError) as refused:
        await freezer.allow_hotfix(freeze_input(target))
    assert refused.value.type == ErrorType.NO_HOTFIX_MECHANISM
    assert "needs an id" in str(refused.value)
    assert [c for c in fake.calls if c[0] != "GET"] == []


# --------------------------------------------------------------------------- item 4: what the restore puts back


async def test_a_check_open_to_any_app_stays_open_to_any_app(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, url, http = github
    repo = fake.add_repo("acme/web")
    repo.recent_apps["ci/test"] = 15368
    fake.protect(
        "acme/web",
        "main",
        {**UNPROTECTED, "required_status_checks": {"strict": False, "contexts": ["ci/test", "lint"]}},
    )
    repo.recent_apps["lint"] = 999  # since protected, an app reported "lint": an omitted app_id would bind it

    await freeze_and_restore(http, spec(url, "acme/web"))

    checks = (await http.get("/repos/acme/web/branches/main/protection/required_status_checks")).json()
    assert checks["checks"] == [{"context": "ci/test", "app_id": 15368}, {"context": "lint", "app_id": None}]
    assert checks["strict"] is False


async def test_required_signatures_are_put_back(github: tuple[FakeGitHub, str, httpx.AsyncClient]) -> None:
    fake, url, http = github
    repo = fake.add_repo("acme/web")
    fake.protect("acme/web", "main", UNPROTECTED)
    assert (
        await http.post("/repos/acme/web/branches/main/protection/required_signatures")
    ).status_code == 200

    def an_admin_turns_signatures_off() -> None:
        protection = repo.branches["main"]
        assert protection is not None
        protection.settings["required_signatures"] = False

    await freeze_and_restore(http, spec(url, "acme/web"), during=an_admin_turns_signatures_off)

    signatures = (await http.get("/repos/acme/web/branches/main/protection/required_signatures")).json()
    assert signatures["enabled"] is True


async def test_a_strict_the_whole_protection_leaves_out_is_read_from_its_own_endpoint(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, url, http = github
    repo = fake.add_repo("octocat/Hello-World", branches={"master": None})
    examples = fake.description.examples
    # The official example of GET .../protection leaves out `strict`; its status-check-policy says true.
    assert "strict" not in examples["branch-protection"]["required_status_checks"]
    repo.branches["master"] = from_response(examples["branch-protection"], examples["status-check-policy"])

    await freeze_and_restore(http, spec(url, "octocat/Hello-World", branches=["master"]))

    checks = (
        await http.get("/repos/octocat/Hello-World/branches/master/protection/required_status_checks")
    ).json()
    assert checks["strict"] is True


async def test_a_restore_state_of_the_first_version_still_unfreezes(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, url, http = github
    repo = fake.add_repo("acme/web")
    fake.protect("acme/web", "main", {**UNPROTECTED, "lock_branch": True})
    repo.recent_apps["ci/test"] = 7
    v1_body = {
        **UNPROTECTED,
        "required_status_checks": {"strict": True, "checks": [{"context": "ci/test", "app_id": 7}]},
        "allow_force_pushes": False,
    }
    state = {
        "provider": "github",
        "v": 1,
        "mode": "branch_protection",
        "owner": "acme",
        "repo": "web",
        "previous": {"main": v1_body},
    }
    target = spec(url, "acme/web")
    freezer = GitHubFreezer(RestClient(http, env={"T": TOKEN}))
    await freezer.unfreeze(INCIDENT, RepoFreeze(repo=target, frozen_at=NOW, restore_state=json.dumps(state)))
    protection = repo.branches["main"]
    assert protection is not None
    assert protection.settings["required_status_checks"] == {
        "strict": True,
        "checks": [{"context": "ci/test", "app_id": 7}],
    }
    assert not protection.settings["lock_branch"]


# --------------------------------------------------------------------------- round trips from the examples


def _example_protection(examples: dict[str, Any], name: str) -> dict[str, Any]:
    value = examples[name]
    if name == "short-branch-with-protection-items":
        return value[0]["protection"]  # type: ignore[no-any-return]
    if name == "branch-with-protection":
        return value["protection"]  # type: ignore[no-any-return]
    return value  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    "example",
    [
        "branch-protection",
        "branch-protection-update",
        "branch-with-protection",
        "short-branch-with-protection-items",
    ],
)
async def test_protect_freeze_restore_from_an_official_example_gives_back_the_same_get(
    github: tuple[FakeGitHub, str, httpx.AsyncClient], example: str
) -> None:
    fake, url, http = github
    repo = fake.add_repo("octocat/Hello-World", branches={"master": None})
    examples = fake.description.examples
    documented = _example_protection(examples, example)
    repo.branches["master"] = from_response(documented, examples["status-check-policy"])
    original = await shown(http, "octocat/Hello-World", "master")
    # The fake shows every setting the example states, as the example states it.
    policy = original["status_checks"] if "strict" in original["status_checks"] else None
    assert from_response(original["protection"], policy).settings == {
        **from_response(documented, examples["status-check-policy"]).settings,
        "required_signatures": original["signatures"]["enabled"],
    }

    state = await freeze_and_restore(http, spec(url, "octocat/Hello-World", branches=["master"]))

    assert json.loads(state)["mode"] == "branch_protection"
    assert await shown(http, "octocat/Hello-World", "master") == original


# --------------------------------------------------------------------------- the fake holds to the description


async def test_the_local_github_refuses_what_the_description_does_not_allow(
    github: tuple[FakeGitHub, str, httpx.AsyncClient],
) -> None:
    fake, _, http = github
    fake.add_repo("acme/web")
    path = "/repos/acme/web/branches/main/protection"
    no_contexts = {**UNPROTECTED, "required_status_checks": {"strict": True, "checks": [{"context": "ci"}]}}
    unknown_field = {**UNPROTECTED, "required_signatures": True}
    missing = {key: value for key, value in UNPROTECTED.items() if key != "restrictions"}
    user_without_id = {
        "name": "x",
        "enforcement": "active",
        "bypass_actors": [{"actor_type": "User", "bypass_mode": "always"}],
        "conditions": {"ref_name": {"include": ["refs/heads/main"], "exclude": []}},
        "rules": [{"type": "update"}],
    }
    answers = [
        await http.put(path, json=no_contexts),
        await http.put(path, json=unknown_field),
        await http.put(path, json=missing),
        await http.post("/repos/acme/web/rulesets", json=user_without_id),
        await http.get("/repos/acme/web/rulesets", params={"per_page": 10, "pages": 2}),
    ]
    assert [a.status_code for a in answers] == [422] * 5
    said = "\n".join(fake.violations)
    assert "'contexts' is a required property" in said
    assert "'required_signatures' was unexpected" in said
    assert "'restrictions' is a required property" in said
    assert "actor_id is required for User bypass actors" in said
    assert "query parameter 'pages' is not documented" in said
    fake.violations.clear()
    assert fake.repos["acme/web"].branches == {"main": None}


def test_the_extracted_description_names_its_package_and_version() -> None:
    fake = FakeGitHub()
    source = fake.description.source
    assert (source["package"], source["version"], source["api_version"]) == (
        "@octokit/openapi",
        "23.0.2",
        "2022-11-28",
    )
    assert source["integrity"].startswith("sha512-")
    used = {operation.key for operation in fake.description.operations}
    assert "PUT /repos/{owner}/{repo}/branches/{branch}/protection" in used
    assert (
        copy.deepcopy(fake.description.examples["branch-protection"])
        == fake.description.examples["branch-protection"]
    )
