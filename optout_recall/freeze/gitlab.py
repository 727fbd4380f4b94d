"""Freeze GitLab projects: protected branches nobody may push or merge to, plus a deploy freeze period.

GitLab's freeze period only sets CI_DEPLOY_FREEZE for pipelines (jobs that check it skip deploys); it does not
block pushes. So both are applied:

- each target branch becomes protected with push and merge access level 0 ("No access") and no force push.
  A branch that was unprotected is protected with POST and unprotected again on unfreeze (DELETE, 404 counts
  as done); a branch that was protected is changed in place with PATCH (its previous access entries are
  destroyed and replaced), and on unfreeze its previous entries, force-push and code-owner settings are put
  back the same way. The previous settings are read before the first write and heartbeated, and read back
  from the next attempt's `resume_details`, so a retry after a crash mid-freeze restores them and not our
  frozen ones.
- one freeze period that is active from the minute the freeze was first scheduled until the same minute a
  year later (`freeze_start` "M H D Mon *", `freeze_end` one minute earlier, UTC). The crons derive from
  `scheduled_at`, which is the same on every retry, so a retry finds the period it made instead of adding
  another; unfreeze deletes it by id and by those crons.

The approved hotfix goes through by adding the release automation named by `repo.hotfix_bypass` (a user,
group or deploy key id) to the branch's allowed_to_push; merges stay at "No access". User and group entries
need GitLab Premium; deploy keys work on every tier. The freeze period stays, so a pipeline that deploys the
hotfix must be run by the deploy hook (or allow it explicitly). GitLab cannot allow-list individual commits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import structlog

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import load_restore_state, no_heartbeat
from optout_recall.freeze.rest import ApiCall, RestClient
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    HotfixCommit,
    RepoFreeze,
    RepoFreezeInput,
    RepoTarget,
)

NO_ACCESS = 0
_ACCESS_KEYS = ("access_level", "user_id", "group_id", "deploy_key_id")
_BYPASS_KEYS = {
    BypassKind.USER: "user_id",
    BypassKind.TEAM: "group_id",
    BypassKind.DEPLOY_KEY: "deploy_key_id",
}

log = structlog.get_logger(__name__)


def project_path(repo: RepoTarget) -> str:
    """The project id as GitLab wants it in a URL: a numeric id, or the full path URL-encoded."""
    return f"/projects/{quote(repo.location.strip('/'), safe='')}"


def freeze_period_crons(started: datetime) -> tuple[str, str]:
    """A period active from `started` (to the minute, UTC) until a year later."""
    start = started.astimezone(UTC).replace(second=0, microsecond=0)
    end = start - timedelta(minutes=1)
    return (
        f"{start.minute} {start.hour} {start.day} {start.month} *",
        f"{end.minute} {end.hour} {end.day} {end.month} *",
    )


def _entries(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Access entries without GitLab's ids and descriptions: what to send to recreate them."""
    kept = []
    for level in levels:
        entry = {key: level[key] for key in _ACCESS_KEYS[1:] if level.get(key) is not None}
        kept.append(entry or {"access_level": level["access_level"]})
    return kept


def _summary(branch: dict[str, Any]) -> dict[str, Any]:
    return {
        "push": _entries(branch.get("push_access_levels", [])),
        "merge": _entries(branch.get("merge_access_levels", [])),
        "allow_force_push": bool(branch.get("allow_force_push")),
        "code_owner_approval_required": bool(branch.get("code_owner_approval_required")),
    }


def _bypass_entry(actor: BypassActor) -> dict[str, Any]:
    key = _BYPASS_KEYS.get(actor.kind)
    if key is None or actor.id is None:
        raise RecallError(
            f"GitLab lets a hotfix through by allowed_to_push, which needs hotfix_bypass of kind user, team "
            f"(a group) or deploy_key with an id; got {actor.kind} id={actor.id}",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    return {key: actor.id}


class GitLabFreezer:
    """See the module docstring; `heartbeat` receives the branch settings saved before the first write."""

    def __init__(self, rest: RestClient, *, heartbeat: Callable[..., None] = no_heartbeat) -> None:
        self._rest = rest
        self._heartbeat = heartbeat

    async def find_commit(self, repo: RepoTarget, sha: str) -> HotfixCommit:
        """GET /projects/:id/repository/commits/:sha."""
        call = ApiCall(repo, "GET", f"{project_path(repo)}/repository/commits/{sha}")
        response = await self._rest.send(call, allow={404})
        if not response.is_success:
            return HotfixCommit(
                repo_name=repo.name, sha=sha, found=False, detail=f"no commit {sha} in {repo.location}"
            )
        body = response.json()
        return HotfixCommit(
            repo_name=repo.name,
            sha=sha,
            found=True,
            author_name=str(body.get("author_name") or ""),
            author_email=str(body.get("author_email") or ""),
        )

    async def freeze(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        return await self._apply(input, resume_details, scheduled_at, hotfix=bool(input.allowed_commits))

    async def allow_hotfix(
        self,
        input: RepoFreezeInput,
        *,
        resume_details: Sequence[Any] = (),
        scheduled_at: datetime | None = None,
    ) -> str:
        if input.repo.hotfix_bypass is None:
            raise RecallError(
                f"repo {input.repo.name!r}: GitLab cannot allow-list commits; name the release automation in "
                "hotfix_bypass (a deploy key, user or group id) so the approved hotfix can be pushed",
                ErrorType.NO_HOTFIX_MECHANISM,
            )
        return await self._apply(input, resume_details, scheduled_at, hotfix=True)

    async def unfreeze(self, incident_id: str, freeze: RepoFreeze) -> None:
        repo = freeze.repo
        state = _load_state(freeze.restore_state)
        project = project_path(repo)
        for branch, previous in state["branches"].items():
            path = f"{project}/protected_branches/{quote(branch, safe='')}"
            current = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
            if previous is None:
                if current.status_code != 404:
                    await self._rest.send(ApiCall(repo, "DELETE", path), allow={404})
            elif current.status_code == 404:
                await self._protect(repo, branch, previous)
            elif _summary(current.json()) != previous:
                await self._patch(repo, path, current.json(), previous)
        period = state["freeze_period"]
        await self._rest.send(
            ApiCall(repo, "DELETE", f"{project}/freeze_periods/{period['id']}"), allow={404}
        )
        for leftover in await self._our_periods(repo, period["freeze_start"], period["freeze_end"]):
            await self._rest.send(
                ApiCall(repo, "DELETE", f"{project}/freeze_periods/{leftover}"), allow={404}
            )
        log.info("unfroze GitLab project", project=repo.location)

    # ----- freeze

    async def _apply(
        self,
        input: RepoFreezeInput,
        resume_details: Sequence[Any],
        scheduled_at: datetime | None,
        *,
        hotfix: bool,
    ) -> str:
        repo = input.repo
        project = project_path(repo)
        bypass = _bypass_entry(repo.hotfix_bypass) if hotfix and repo.hotfix_bypass else None
        known = _load_state(input.restore_state) if input.restore_state else None
        recorded = _recorded(repo.location, resume_details)
        previous: dict[str, Any] = {}
        current: dict[str, dict[str, Any] | None] = {}
        for branch in repo.branches:
            path = f"{project}/protected_branches/{quote(branch, safe='')}"
            response = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
            current[branch] = None if response.status_code == 404 else response.json()
            if known is not None and branch in known["branches"]:
                previous[branch] = known["branches"][branch]
            elif recorded is not None and branch in recorded:
                previous[branch] = recorded[branch]
            else:
                existing = current[branch]
                previous[branch] = None if existing is None else _summary(existing)
        if known is None and recorded is None:
            await self._refuse_unknown_refreeze(repo, previous)
            # Recorded before the first write, so a retry after a crash restores this, not our freeze.
            self._heartbeat({"gitlab_project": repo.location, "previous": previous})

        frozen = {
            "push": [{"access_level": NO_ACCESS}, *([bypass] if bypass else [])],
            "merge": [{"access_level": NO_ACCESS}],
            "allow_force_push": False,
            "code_owner_approval_required": False,
        }
        for branch in repo.branches:
            existing = current[branch]
            path = f"{project}/protected_branches/{quote(branch, safe='')}"
            if existing is None:
                await self._protect(repo, branch, frozen)
            elif _summary(existing) != frozen:
                await self._patch(repo, path, existing, frozen)

        period = await self._ensure_freeze_period(repo, known, scheduled_at)
        log.info("froze GitLab project", project=repo.location, bypass=bool(bypass))
        return json.dumps(
            {"provider": "gitlab", "v": 1, "branches": previous, "freeze_period": period}, sort_keys=True
        )

    async def _refuse_unknown_refreeze(self, repo: RepoTarget, previous: dict[str, Any]) -> None:
        """Refuse to save our own freeze as "previous" when a freeze is repeated without its restore state."""
        looks_frozen = [
            branch
            for branch, summary in previous.items()
            if summary is not None
            and summary["merge"] == [{"access_level": NO_ACCESS}]
            and {"access_level": NO_ACCESS} in summary["push"]
        ]
        if not looks_frozen:
            return
        periods = await self._rest.json(
            ApiCall(repo, "GET", f"{project_path(repo)}/freeze_periods", params={"per_page": 100})
        )
        if any(_is_our_period(p) for p in periods):
            raise RecallError(
                f"GitLab project {repo.location} is already frozen by optout-recall (branches "
                f"{', '.join(looks_frozen)}); repeat the freeze with its restore_state, or unfreeze it first",
                ErrorType.ALREADY_FROZEN,
            )

    async def _protect(self, repo: RepoTarget, branch: str, settings: dict[str, Any]) -> None:
        body: dict[str, Any] = {
            "name": branch,
            "allow_force_push": settings["allow_force_push"],
            "code_owner_approval_required": settings["code_owner_approval_required"],
        }
        for key, entries in (("push", settings["push"]), ("merge", settings["merge"])):
            levels = [e["access_level"] for e in entries if set(e) == {"access_level"}]
            others = [e for e in entries if set(e) != {"access_level"}]
            if len(levels) == 1:
                body[f"{key}_access_level"] = levels[0]
            else:
                others = entries
            if others:
                body[f"allowed_to_{key}"] = others
        created = await self._rest.send(
            ApiCall(repo, "POST", f"{project_path(repo)}/protected_branches", json=body), allow={409}
        )
        if created.status_code == 409:
            # Protected meanwhile (a concurrent attempt): bring it to the wanted settings in place.
            path = f"{project_path(repo)}/protected_branches/{quote(branch, safe='')}"
            existing = await self._rest.json(ApiCall(repo, "GET", path))
            await self._patch(repo, path, existing, settings)

    async def _patch(
        self, repo: RepoTarget, path: str, existing: dict[str, Any], settings: dict[str, Any]
    ) -> None:
        """Replace a protected branch's access entries and flags in one PATCH."""
        body: dict[str, Any] = {
            "allow_force_push": settings["allow_force_push"],
            "code_owner_approval_required": settings["code_owner_approval_required"],
        }
        for key, field in (("push", "push_access_levels"), ("merge", "merge_access_levels")):
            body[f"allowed_to_{key}"] = [
                *({"id": level["id"], "_destroy": True} for level in existing.get(field, [])),
                *settings[key],
            ]
        await self._rest.send(ApiCall(repo, "PATCH", path, json=body))

    async def _ensure_freeze_period(
        self, repo: RepoTarget, known: dict[str, Any] | None, scheduled_at: datetime | None
    ) -> dict[str, Any]:
        if known is not None:
            start, end = known["freeze_period"]["freeze_start"], known["freeze_period"]["freeze_end"]
        else:
            start, end = freeze_period_crons(datetime.now(UTC) if scheduled_at is None else scheduled_at)
        ours = await self._our_periods(repo, start, end)
        if ours:
            period_id = ours[0]
        else:
            created = await self._rest.json(
                ApiCall(
                    repo,
                    "POST",
                    f"{project_path(repo)}/freeze_periods",
                    json={"freeze_start": start, "freeze_end": end, "cron_timezone": "UTC"},
                )
            )
            period_id = int(created["id"])
        return {"id": period_id, "freeze_start": start, "freeze_end": end, "cron_timezone": "UTC"}

    async def _our_periods(self, repo: RepoTarget, start: str, end: str) -> list[int]:
        found: list[int] = []
        page = 1
        while True:
            periods = await self._rest.json(
                ApiCall(
                    repo,
                    "GET",
                    f"{project_path(repo)}/freeze_periods",
                    params={"per_page": 100, "page": page},
                )
            )
            found += [
                int(p["id"])
                for p in periods
                if p["freeze_start"] == start and p["freeze_end"] == end and p.get("cron_timezone") == "UTC"
            ]
            if len(periods) < 100:
                return found
            page += 1


def _is_our_period(period: dict[str, Any]) -> bool:
    """Our periods end one minute before they start, a year later (see freeze_period_crons)."""
    try:
        start = [int(f) for f in period["freeze_start"].split()[:4]]
        end = [int(f) for f in period["freeze_end"].split()[:4]]
        begun = datetime(2000, start[3], start[2], start[1], start[0], tzinfo=UTC)
    except (ValueError, IndexError):
        return False
    before = begun - timedelta(minutes=1)
    return period.get("cron_timezone") == "UTC" and end == [
        before.minute,
        before.hour,
        before.day,
        before.month,
    ]


def _recorded(location: str, resume_details: Sequence[Any]) -> dict[str, Any] | None:
    for detail in resume_details:
        if isinstance(detail, dict) and detail.get("gitlab_project") == location:
            return detail["previous"]
    return None


def _load_state(restore_state: str) -> dict[str, Any]:
    return load_restore_state(
        restore_state, "gitlab", "GitLab", lambda state: "branches" in state and "freeze_period" in state
    )
