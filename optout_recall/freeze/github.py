"""Freeze GitHub repositories with a ruleset, or with branch protection where rulesets are unavailable.

Ruleset mode (the default): one ruleset named `optout-recall freeze <incident>` with the rules update,
creation, deletion and non_fast_forward on the target branches. Freeze looks it up by name before creating,
so a retry never makes two; unfreeze deletes it by id (404 counts as done). The approved hotfix goes through
by adding the spec's release automation (`repo.hotfix_bypass`) as a bypass actor. With
`github_mode: org_ruleset` the ruleset is created on the organization (`location` is the org) and covers the
repositories named by `repo.repositories` (names or fnmatch patterns) in one call.

Branch-protection mode (`github_mode: branch_protection`, or `auto` when the rulesets API answers 403/404,
e.g. a private repository on a free plan): the current protection of each branch is read and saved in the
restore state, then replaced by the same protection plus lock_branch, enforce_admins and no force pushes or
deletions. Unfreeze puts the saved protection back with PUT, or deletes protection the branch did not have.
The hotfix goes through by unlocking the branch with push restrictions naming only the release automation
(`hotfix_bypass.slug`; push restrictions exist only on organization-owned repositories). The protection read
before the first write is heartbeated, and read back from the next attempt's `resume_details`, so a retry
after a crash mid-freeze restores the original protection, not our frozen one.

GitHub cannot allow-list individual commits: `allowed_commits` is recorded, and the bypass actor may push.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

import structlog

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import load_restore_state, no_heartbeat
from optout_recall.freeze.rest import ApiCall, RestClient
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    GitHubFreezeMode,
    HotfixCommit,
    RepoFreeze,
    RepoFreezeInput,
    RepoTarget,
)

RULESET_ACTOR_TYPES = {
    BypassKind.APP: "Integration",
    BypassKind.TEAM: "Team",
    BypassKind.REPOSITORY_ROLE: "RepositoryRole",
    BypassKind.ORG_ADMIN: "OrganizationAdmin",
    BypassKind.DEPLOY_KEY: "DeployKey",
}
FREEZE_RULES = [{"type": "update"}, {"type": "creation"}, {"type": "deletion"}, {"type": "non_fast_forward"}]
_PAGE = 100

log = structlog.get_logger(__name__)


def ruleset_name(incident_id: str) -> str:
    return f"optout-recall freeze {incident_id}"


def ref_patterns(branches: list[str]) -> list[str]:
    return [b if b.startswith(("refs/", "~")) else f"refs/heads/{b}" for b in branches]


def owner_and_repo(repo: RepoTarget) -> tuple[str, str]:
    owner, _, name = repo.location.strip("/").partition("/")
    if not owner or not name or "/" in name:
        raise RecallError(
            f"repo {repo.name!r}: location {repo.location!r} must be owner/repo for GitHub",
            ErrorType.INVALID_REQUEST,
        )
    return owner, name


def ruleset_bypass(actor: BypassActor) -> dict[str, Any]:
    actor_type = RULESET_ACTOR_TYPES.get(actor.kind)
    if actor_type is None:
        raise RecallError(
            f"GitHub rulesets cannot name a {actor.kind} as bypass actor; use an app, team or repository "
            "role in hotfix_bypass, or github_mode: branch_protection",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    actor_id: int | None = actor.id
    if actor.kind == BypassKind.ORG_ADMIN:
        actor_id = 1
    elif actor.kind == BypassKind.DEPLOY_KEY:
        actor_id = None
    elif actor_id is None:
        raise RecallError(
            f"hotfix_bypass of kind {actor.kind} needs an id for a GitHub ruleset",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    return {"actor_id": actor_id, "actor_type": actor_type, "bypass_mode": "always"}


def protection_for_put(current: dict[str, Any] | None) -> dict[str, Any] | None:
    """Turn GET .../protection (objects with `enabled`, users as objects) into the body PUT accepts."""
    if current is None:
        return None

    def enabled(key: str) -> bool:
        value = current.get(key)
        return bool(value and value.get("enabled"))

    def actors(value: dict[str, Any] | None) -> dict[str, list[str]] | None:
        if value is None:
            return None
        return {
            "users": [u["login"] for u in value.get("users", [])],
            "teams": [t["slug"] for t in value.get("teams", [])],
            "apps": [a["slug"] for a in value.get("apps", [])],
        }

    checks = current.get("required_status_checks")
    reviews = current.get("required_pull_request_reviews")
    body: dict[str, Any] = {
        "required_status_checks": None
        if checks is None
        else {
            "strict": bool(checks.get("strict")),
            "checks": [
                {"context": c["context"], **({"app_id": c["app_id"]} if c.get("app_id") is not None else {})}
                for c in checks.get("checks", [{"context": ctx} for ctx in checks.get("contexts", [])])
            ],
        },
        "enforce_admins": enabled("enforce_admins"),
        "required_pull_request_reviews": None,
        "restrictions": actors(current.get("restrictions")),
        "required_linear_history": enabled("required_linear_history"),
        "allow_force_pushes": enabled("allow_force_pushes"),
        "allow_deletions": enabled("allow_deletions"),
        "block_creations": enabled("block_creations"),
        "required_conversation_resolution": enabled("required_conversation_resolution"),
        "lock_branch": enabled("lock_branch"),
        "allow_fork_syncing": enabled("allow_fork_syncing"),
    }
    if reviews is not None:
        review_body = {
            key: reviews[key]
            for key in (
                "dismiss_stale_reviews",
                "require_code_owner_reviews",
                "required_approving_review_count",
                "require_last_push_approval",
            )
            if key in reviews
        }
        for key in ("dismissal_restrictions", "bypass_pull_request_allowances"):
            if reviews.get(key) is not None:
                review_body[key] = actors(reviews[key])
        body["required_pull_request_reviews"] = review_body
    return body


def frozen_protection(previous: dict[str, Any] | None, hotfix: BypassActor | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "required_status_checks": None,
        "required_pull_request_reviews": None,
        "restrictions": None,
    }
    body.update(previous or {})
    body.update(enforce_admins=True, allow_force_pushes=False, allow_deletions=False, lock_branch=True)
    if hotfix is not None:
        if not hotfix.slug:
            raise RecallError(
                "branch protection lets a hotfix through by push restrictions, which name the actor by slug: "
                "set hotfix_bypass.slug (app slug, user login or team slug)",
                ErrorType.NO_HOTFIX_MECHANISM,
            )
        key = {BypassKind.APP: "apps", BypassKind.TEAM: "teams", BypassKind.USER: "users"}.get(hotfix.kind)
        if key is None:
            raise RecallError(
                f"branch protection push restrictions cannot name a {hotfix.kind}; use an app, team or user",
                ErrorType.NO_HOTFIX_MECHANISM,
            )
        restrictions: dict[str, list[str]] = {"users": [], "teams": [], "apps": []}
        restrictions[key] = [hotfix.slug]
        body.update(lock_branch=False, restrictions=restrictions)
    return body


class GitHubFreezer:
    """See the module docstring; `heartbeat` receives the branch protection saved before the first write."""

    def __init__(self, rest: RestClient, *, heartbeat: Callable[..., None] = no_heartbeat) -> None:
        self._rest = rest
        self._heartbeat = heartbeat

    async def freeze(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        return await self._apply(input, resume_details, hotfix=bool(input.allowed_commits))

    async def find_commit(self, repo: RepoTarget, sha: str) -> HotfixCommit:
        """GET /repos/{owner}/{repo}/commits/{ref}; an org ruleset checks each repository it names literally."""
        if repo.repositories:
            names = [n for n in repo.repositories if not any(c in n for c in "*?[")]
            found = [await self._find(repo, f"{repo.location.strip('/')}/{name}", sha) for name in names]
            missing = [f.detail for f in found if not f.found]
            first = next((f for f in found if f.found), None)
            return HotfixCommit(
                repo_name=repo.name,
                sha=sha,
                found=bool(found) and not missing,
                author_name=first.author_name if first else "",
                author_email=first.author_email if first else "",
                detail="; ".join(missing) if missing else ("" if found else "no repository named literally"),
            )
        return await self._find(repo, repo.location.strip("/"), sha)

    async def _find(self, repo: RepoTarget, full_name: str, sha: str) -> HotfixCommit:
        response = await self._rest.send(
            ApiCall(repo, "GET", f"/repos/{full_name}/commits/{sha}"), allow={404, 422}
        )
        if not response.is_success:
            return HotfixCommit(
                repo_name=repo.name, sha=sha, found=False, detail=f"no commit {sha} in {full_name}"
            )
        author = response.json().get("commit", {}).get("author") or {}
        return HotfixCommit(
            repo_name=repo.name,
            sha=sha,
            found=True,
            author_name=str(author.get("name") or ""),
            author_email=str(author.get("email") or ""),
        )

    async def allow_hotfix(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        if input.repo.hotfix_bypass is None:
            raise RecallError(
                f"repo {input.repo.name!r}: GitHub cannot allow-list commits; name the release automation in "
                "hotfix_bypass so the approved hotfix can be pushed",
                ErrorType.NO_HOTFIX_MECHANISM,
            )
        return await self._apply(input, resume_details, hotfix=True)

    async def unfreeze(self, incident_id: str, freeze: RepoFreeze) -> None:
        state = _load_state(freeze.restore_state)
        repo = freeze.repo
        if state["mode"] == "branch_protection":
            owner, name = state["owner"], state["repo"]
            for branch, previous in state["previous"].items():
                path = f"/repos/{owner}/{name}/branches/{quote(branch, safe='')}/protection"
                if previous is None:
                    await self._rest.send(ApiCall(repo, "DELETE", path), allow={404})
                else:
                    await self._rest.send(ApiCall(repo, "PUT", path, json=previous))
            log.info("restored branch protection", repository=f"{owner}/{name}")
            return
        scope = state["scope"]
        deleted = await self._rest.send(
            ApiCall(repo, "DELETE", f"{scope}/rulesets/{state['ruleset_id']}"), allow={404}
        )
        if deleted.status_code == 404:
            # Already deleted (a retry), or recreated under another id: delete ours by name if it is there.
            found = await self._find_ruleset(repo, scope, ruleset_name(incident_id))
            if found is not None:
                await self._rest.send(ApiCall(repo, "DELETE", f"{scope}/rulesets/{found}"), allow={404})
        log.info("deleted freeze ruleset", ruleset_id=state["ruleset_id"], scope=scope)

    # ----- freeze

    async def _apply(self, input: RepoFreezeInput, resume_details: Sequence[Any], *, hotfix: bool) -> str:
        repo = input.repo
        previous_state = _load_state(input.restore_state) if input.restore_state else None
        mode = repo.github_mode
        if previous_state is not None:
            mode = GitHubFreezeMode(previous_state["mode"]) if previous_state["mode"] != "ruleset" else mode
        bypass = repo.hotfix_bypass if hotfix else None
        if mode == GitHubFreezeMode.ORG_RULESET:
            return await self._freeze_with_ruleset(input, bypass, org=True)
        if mode in (GitHubFreezeMode.RULESET, GitHubFreezeMode.AUTO):
            try:
                return await self._freeze_with_ruleset(
                    input, bypass, org=False, probe=mode == GitHubFreezeMode.AUTO
                )
            except _RulesetsUnavailable as unavailable:
                log.info(
                    "rulesets unavailable; using branch protection",
                    location=repo.location,
                    reason=str(unavailable),
                )
        return await self._freeze_with_branch_protection(input, bypass, previous_state, resume_details)

    async def _freeze_with_ruleset(
        self, input: RepoFreezeInput, bypass: BypassActor | None, *, org: bool, probe: bool = False
    ) -> str:
        repo = input.repo
        conditions: dict[str, Any] = {"ref_name": {"include": ref_patterns(repo.branches), "exclude": []}}
        if org:
            owner, _, pattern = repo.location.strip("/").partition("/")
            names = list(repo.repositories) or ([pattern] if pattern else [])
            if not names:
                raise RecallError(
                    f"repo {repo.name!r}: an org ruleset needs repositories (names or patterns) to cover",
                    ErrorType.INVALID_REQUEST,
                )
            conditions["repository_name"] = {"include": names, "exclude": [], "protected": False}
            scope = f"/orgs/{owner}"
        else:
            owner, name = owner_and_repo(repo)
            scope = f"/repos/{owner}/{name}"
        body: dict[str, Any] = {
            "name": ruleset_name(input.incident_id),
            "target": "branch",
            "enforcement": "active",
            "bypass_actors": [ruleset_bypass(bypass)] if bypass else [],
            "conditions": conditions,
            "rules": FREEZE_RULES,
        }
        ruleset_id = await self._find_ruleset(repo, scope, body["name"], probe=probe)
        if ruleset_id is None:
            created = await self._rest.send(
                ApiCall(repo, "POST", f"{scope}/rulesets", json=body), allow={422, 403} if probe else {422}
            )
            if created.status_code == 403:
                raise _RulesetsUnavailable(f"403 {created.text[:200]}")
            if created.is_success:
                ruleset_id = int(created.json()["id"])
            else:
                # A concurrent attempt created it first ("Name must be unique"): update that one.
                ruleset_id = await self._find_ruleset(repo, scope, body["name"])
                if ruleset_id is None:
                    raise RecallError(
                        f"GitHub refused the freeze ruleset for {repo.location}: {created.text[:300]}",
                        ErrorType.INVALID_REQUEST,
                    )
                await self._rest.send(ApiCall(repo, "PUT", f"{scope}/rulesets/{ruleset_id}", json=body))
        else:
            await self._rest.send(ApiCall(repo, "PUT", f"{scope}/rulesets/{ruleset_id}", json=body))
        log.info("froze with ruleset", scope=scope, ruleset_id=ruleset_id, bypass=bool(bypass))
        return json.dumps(
            {"provider": "github", "v": 1, "mode": "ruleset", "scope": scope, "ruleset_id": ruleset_id},
            sort_keys=True,
        )

    async def _find_ruleset(
        self, repo: RepoTarget, scope: str, name: str, *, probe: bool = False
    ) -> int | None:
        params: dict[str, str | int] = {"per_page": _PAGE}
        if scope.startswith("/repos/"):
            params["includes_parents"] = "false"
        page = 1
        while True:
            response = await self._rest.send(
                ApiCall(repo, "GET", f"{scope}/rulesets", params={**params, "page": page}),
                allow={403, 404} if probe else (),
            )
            if response.status_code in (403, 404):
                raise _RulesetsUnavailable(f"{response.status_code} {response.text[:200]}")
            rulesets = response.json()
            for ruleset in rulesets:
                if ruleset.get("name") == name:
                    return int(ruleset["id"])
            if len(rulesets) < _PAGE:
                return None
            page += 1

    async def _freeze_with_branch_protection(
        self,
        input: RepoFreezeInput,
        bypass: BypassActor | None,
        previous_state: dict[str, Any] | None,
        resume_details: Sequence[Any],
    ) -> str:
        repo = input.repo
        owner, name = owner_and_repo(repo)
        key = f"{owner}/{name}"
        if previous_state is not None and previous_state["mode"] == "branch_protection":
            previous: dict[str, Any] = previous_state["previous"]
        elif (recorded := _recorded_previous(key, resume_details)) is not None:
            previous = recorded
        else:
            previous = {}
            for branch in repo.branches:
                path = f"/repos/{owner}/{name}/branches/{quote(branch, safe='')}/protection"
                response = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
                if response.status_code == 404:
                    if "not protected" not in response.text.lower():
                        raise RecallError(
                            f"GitHub: branch {branch!r} of {key} not found: {response.text[:200]}",
                            ErrorType.NOT_FOUND,
                        )
                    previous[branch] = None
                else:
                    previous[branch] = protection_for_put(response.json())
            # Recorded before the first write, so a retry after a crash restores this, not our freeze.
            self._heartbeat({"github_branch_protection": key, "previous": previous})
        for branch in repo.branches:
            path = f"/repos/{owner}/{name}/branches/{quote(branch, safe='')}/protection"
            await self._rest.send(
                ApiCall(repo, "PUT", path, json=frozen_protection(previous.get(branch), bypass))
            )
        log.info("froze with branch protection", repository=key, bypass=bool(bypass))
        return json.dumps(
            {
                "provider": "github",
                "v": 1,
                "mode": "branch_protection",
                "owner": owner,
                "repo": name,
                "previous": previous,
            },
            sort_keys=True,
        )


class _RulesetsUnavailable(Exception):
    pass


def _recorded_previous(key: str, resume_details: Sequence[Any]) -> dict[str, Any] | None:
    for detail in resume_details:
        if isinstance(detail, dict) and detail.get("github_branch_protection") == key:
            return detail["previous"]
    return None


def _load_state(restore_state: str) -> dict[str, Any]:
    return load_restore_state(
        restore_state, "github", "GitHub", lambda state: state.get("mode") in ("ruleset", "branch_protection")
    )
