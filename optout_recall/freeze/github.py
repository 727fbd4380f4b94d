"""Freeze GitHub repositories with a ruleset, or with branch protection where rulesets are unavailable.

Every request follows GitHub's official OpenAPI description (base version 2022-11-28); the tests hold each
one to the schemas extracted from it (`scripts/extract_github_schemas.py`).

Ruleset mode (the default): one ruleset named `optout-recall freeze <incident>` with the rules update,
creation, deletion and non_fast_forward on the target branches. Freeze looks it up by name before creating,
so a retry never makes two; unfreeze deletes it by id (404 counts as done). The approved hotfix goes through
by adding the spec's release automation (`repo.hotfix_bypass`) as a bypass actor: an app (Integration), team,
user, repository role, deploy key or the organization admins. With `github_mode: org_ruleset` the ruleset is
created on the organization (`location` is the org) and covers the repositories named by
`repo.repositories` (names or fnmatch patterns) in one call.

Branch-protection mode (`github_mode: branch_protection`, or `auto` when the rulesets endpoints answer 404,
the one failure their description documents, as on a GitHub Enterprise Server without rulesets): the
current protection of each branch is read and saved in the restore state (see `github_protection`), then
replaced by the same protection plus lock_branch, enforce_admins and no force pushes or deletions. A 403 is
not a reason to fall back: the description documents none for rulesets, and where GitHub refuses rulesets
for a plan it refuses branch protection too. Unfreeze puts the saved protection back, status-check apps and
required signatures included, or deletes protection the branch did not have. Whether a branch was protected
is told by the documented 404 of GET .../protection and GET .../branches/{branch}, not by the words of an
error message. The hotfix goes through by unlocking the branch with push restrictions naming only the release
automation (`hotfix_bypass.slug`; push restrictions exist only on organization-owned repositories). The
protection read before the first write is heartbeated, and read back from the next attempt's
`resume_details`, so a retry after a crash mid-freeze restores the original protection, not our frozen one.

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
from optout_recall.freeze import load_restore_state, no_heartbeat, reported_count
from optout_recall.freeze.github_protection import (
    from_v1,
    frozen_protection,
    needs_status_check_policy,
    saved_protection,
)
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
    BypassKind.USER: "User",
}
# The description: "actor_id ... Required for Integration, RepositoryRole, Team, and User actor types."
_ACTOR_ID_REQUIRED = {"Integration", "RepositoryRole", "Team", "User"}
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
            f"GitHub rulesets cannot name a {actor.kind} as bypass actor; use an app, team, user, repository "
            "role, deploy key or org admin in hotfix_bypass, or github_mode: branch_protection",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    actor_id: int | None = actor.id
    if actor.kind == BypassKind.ORG_ADMIN:
        actor_id = 1  # ignored by GitHub for OrganizationAdmin
    elif actor.kind == BypassKind.DEPLOY_KEY:
        actor_id = None  # the description: "If actor_type is DeployKey, this should be null"
    elif actor_type in _ACTOR_ID_REQUIRED and actor_id is None:
        raise RecallError(
            f"hotfix_bypass of kind {actor.kind} needs an id for a GitHub ruleset ({actor_type} actor_id)",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    return {"actor_id": actor_id, "actor_type": actor_type, "bypass_mode": "always"}


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
                files_changed=first.files_changed if first else None,
                insertions=first.insertions if first else None,
                deletions=first.deletions if first else None,
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
        body = response.json()
        author = body.get("commit", {}).get("author") or {}
        stats = body.get("stats") or {}
        files = body.get("files")
        # The files list is paged (300 a page); with a next page, its length is not the count.
        paged = 'rel="next"' in response.headers.get("link", "")
        return HotfixCommit(
            repo_name=repo.name,
            sha=sha,
            found=True,
            author_name=str(author.get("name") or ""),
            author_email=str(author.get("email") or ""),
            files_changed=len(files) if isinstance(files, list) and not paged else None,
            insertions=reported_count(stats.get("additions")),
            deletions=reported_count(stats.get("deletions")),
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
            for branch, previous in _previous(state).items():
                path = protection_path(owner, name, branch)
                if previous is None:
                    # DELETE documents 204 and 403 only: ask first whether there is a protection to delete.
                    current = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
                    if current.status_code != 404:
                        await self._rest.send(ApiCall(repo, "DELETE", path), allow={404})
                else:
                    await self._write_protection(repo, path, previous)
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
                ApiCall(repo, "POST", f"{scope}/rulesets", json=body), allow={422, 404} if probe else {422}
            )
            if created.status_code == 404:
                raise _RulesetsUnavailable(f"404 {created.text[:200]}")
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
                allow={404} if probe else (),
            )
            if response.status_code == 404:
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
            previous = _previous(previous_state)
        elif (recorded := _recorded_previous(key, resume_details)) is not None:
            previous = recorded
        else:
            previous = {
                branch: await self._read_protection(repo, owner, name, branch) for branch in repo.branches
            }
            # Recorded before the first write, so a retry after a crash restores this, not our freeze.
            self._heartbeat({"github_branch_protection": key, "previous": previous})
        for branch in repo.branches:
            frozen = frozen_protection(previous.get(branch), bypass)
            await self._write_protection(repo, protection_path(owner, name, branch), frozen)
        log.info("froze with branch protection", repository=key, bypass=bool(bypass))
        return json.dumps(
            {
                "provider": "github",
                "v": 2,
                "mode": "branch_protection",
                "owner": owner,
                "repo": name,
                "previous": previous,
            },
            sort_keys=True,
        )

    async def _read_protection(
        self, repo: RepoTarget, owner: str, name: str, branch: str
    ) -> dict[str, Any] | None:
        """The branch's protection as `github_protection.saved_protection` keeps it; None when unprotected."""
        path = protection_path(owner, name, branch)
        response = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
        if response.status_code == 404:
            # GET .../protection documents only 404 for "no protection"; the branch itself tells whether it
            # exists (404: no such branch or repository).
            branch_path = f"/repos/{owner}/{name}/branches/{quote(branch, safe='')}"
            found = await self._rest.send(ApiCall(repo, "GET", branch_path), allow={404})
            if found.status_code == 404:
                raise RecallError(
                    f"GitHub: branch {branch!r} of {owner}/{name} not found: {found.text[:200]}",
                    ErrorType.NOT_FOUND,
                )
            return None
        current = response.json()
        policy = None
        if needs_status_check_policy(current):
            policy = await self._rest.json(ApiCall(repo, "GET", f"{path}/required_status_checks"))
        signatures = current.get("required_signatures")
        if signatures is None:
            answer = await self._rest.send(ApiCall(repo, "GET", f"{path}/required_signatures"), allow={404})
            signatures = answer.json() if answer.is_success else {"enabled": False}
        return saved_protection(current, policy, bool(signatures.get("enabled")))

    async def _write_protection(self, repo: RepoTarget, path: str, saved: dict[str, Any]) -> None:
        """PUT the protection, then what a PUT cannot carry: the checks' apps and required signatures."""
        await self._rest.send(ApiCall(repo, "PUT", path, json=saved["protection"]))
        if saved["checks"] is not None and saved["protection"]["required_status_checks"] is not None:
            await self._rest.send(
                ApiCall(repo, "PATCH", f"{path}/required_status_checks", json={"checks": saved["checks"]})
            )
        if saved["required_signatures"] is True:
            await self._rest.send(ApiCall(repo, "POST", f"{path}/required_signatures"))
        elif saved["required_signatures"] is False:
            await self._rest.send(ApiCall(repo, "DELETE", f"{path}/required_signatures"), allow={404})


def protection_path(owner: str, name: str, branch: str) -> str:
    return f"/repos/{owner}/{name}/branches/{quote(branch, safe='')}/protection"


def _previous(state: dict[str, Any]) -> dict[str, Any]:
    """The saved protections of a restore state; the first version saved bare PUT bodies."""
    previous: dict[str, Any] = state["previous"]
    if state.get("v", 1) >= 2:
        return previous
    return {branch: None if body is None else from_v1(body) for branch, body in previous.items()}


class _RulesetsUnavailable(Exception):
    pass


def _recorded_previous(key: str, resume_details: Sequence[Any]) -> dict[str, Any] | None:
    for detail in resume_details:
        if isinstance(detail, dict) and detail.get("github_branch_protection") == key:
            return {
                branch: saved if saved is None or "protection" in saved else from_v1(saved)
                for branch, saved in detail["previous"].items()
            }
    return None


def _load_state(restore_state: str) -> dict[str, Any]:
    return load_restore_state(
        restore_state, "github", "GitHub", lambda state: state.get("mode") in ("ruleset", "branch_protection")
    )
