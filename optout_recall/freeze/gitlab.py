"""Freeze GitLab projects: protected branches nobody may push or merge to, plus a deploy freeze period.

GitLab's freeze period only sets CI_DEPLOY_FREEZE for pipelines (jobs that check it skip deploys); it does not
block pushes. So both are applied, with the parameters GitLab documents for each tier (`gitlab_protection`):

- each target branch becomes protected with push and merge access level 0 ("No access") and no force push.
  A branch that was unprotected is protected with POST and unprotected again on unfreeze (DELETE, 404 counts
  as done). A branch that was protected is changed in place with PATCH on Premium and Ultimate. On Free,
  which drops PATCH's access-level fields, it is saved, unprotected and protected again at level 0, and on
  unfreeze unprotected and protected again as it was (for a moment in between it is unprotected). The tier
  is told by the access levels a branch read shows, and a PATCH that comes back unchanged counts as Free.
  A Free branch whose protection a Free protect could not recreate (several roles, deploy keys) is refused
  before anything is written. The restore state says, per branch, which way it was frozen (`mechanisms`).
  The previous settings, unprotect levels included, are read before the first write and heartbeated, and
  read back from the next attempt's `resume_details`, so a retry after a crash mid-freeze restores them and
  not our frozen ones. Every write is checked against what GitLab answers, not taken on trust.
- one freeze period that is active from the minute the freeze was first scheduled until the same minute a
  year later (`freeze_start` "M H D Mon *", `freeze_end` one minute earlier, UTC). The crons derive from
  `scheduled_at`, which is the same on every retry, so a retry finds the period it made instead of adding
  another; unfreeze deletes it by id and by those crons. Freeze periods are read page by page to the end.

The approved hotfix goes through by adding the release automation named by `repo.hotfix_bypass` (a user,
group or deploy key id) to the branch's allowed_to_push; merges stay at "No access". `allowed_to_push` is
Premium and Ultimate only, so on Free the hotfix cannot be let through this way and allow_hotfix says so.
The freeze period stays, so a pipeline that deploys the hotfix must be run by the deploy hook (or allow it
explicitly). GitLab cannot allow-list individual commits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

import structlog

from optout_recall.errors import ErrorType, RecallError
from optout_recall.freeze import load_restore_state, no_heartbeat, reported_count
from optout_recall.freeze.gitlab_protection import (
    FREE,
    NO_ACCESS,
    free_cannot_recreate,
    matches,
    patch_body,
    protect_body,
    settings_of,
    shown_tier,
)
from optout_recall.freeze.rest import ApiCall, RestClient
from optout_recall.payloads import (
    BypassActor,
    BypassKind,
    HotfixCommit,
    RepoFreeze,
    RepoFreezeInput,
    RepoTarget,
)

_BYPASS_KEYS = {
    BypassKind.USER: "user_id",
    BypassKind.TEAM: "group_id",
    BypassKind.DEPLOY_KEY: "deploy_key_id",
}
_PER_PAGE = 100

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


def _bypass_entry(actor: BypassActor) -> dict[str, Any]:
    key = _BYPASS_KEYS.get(actor.kind)
    if key is None or actor.id is None:
        raise RecallError(
            f"GitLab lets a hotfix through by allowed_to_push, which needs hotfix_bypass of kind user, team "
            f"(a group) or deploy_key with an id; got {actor.kind} id={actor.id}",
            ErrorType.NO_HOTFIX_MECHANISM,
        )
    return {key: actor.id}


def _frozen(bypass: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "push": [{"access_level": NO_ACCESS}, *([bypass] if bypass else [])],
        "merge": [{"access_level": NO_ACCESS}],
        "unprotect": None,
        "allow_force_push": False,
        "code_owner_approval_required": False,
    }


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
        stats = body.get("stats") or {}
        # GitLab's commit reports lines added and deleted (stats), not how many files changed.
        return HotfixCommit(
            repo_name=repo.name,
            sha=sha,
            found=True,
            author_name=str(body.get("author_name") or ""),
            author_email=str(body.get("author_email") or ""),
            insertions=reported_count(stats.get("additions")),
            deletions=reported_count(stats.get("deletions")),
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
        return await self._apply(input, resume_details, scheduled_at, hotfix=True, must_bypass=True)

    async def unfreeze(self, incident_id: str, freeze: RepoFreeze) -> None:
        repo = freeze.repo
        state = _load_state(freeze.restore_state)
        project = project_path(repo)
        tier = state.get("tier")
        for branch, previous in state["branches"].items():
            path = f"{project}/protected_branches/{quote(branch, safe='')}"
            current = await self._rest.send(ApiCall(repo, "GET", path), allow={404})
            if previous is None:
                if current.status_code != 404:
                    await self._rest.send(ApiCall(repo, "DELETE", path), allow={404})
                continue
            if current.status_code == 404:
                self._check_restored(
                    repo, branch, settings_of(await self._protect(repo, branch, previous)), previous
                )
                continue
            existing = current.json()
            tier = tier or shown_tier(existing)
            if matches(settings_of(existing), previous):
                continue
            if tier != FREE:
                if matches(await self._patch(repo, branch, existing, previous), previous):
                    continue
                tier = FREE  # the PATCH came back unchanged: GitLab dropped its Premium fields
            if problem := free_cannot_recreate(previous):
                raise RecallError(
                    f"GitLab project {repo.location} is on the Free tier: branch {branch!r} ({problem}) cannot "
                    f"be put back through the Free API; restore it by hand to {json.dumps(previous)}",
                    ErrorType.FREEZE_NOT_RESTORABLE,
                )
            self._check_restored(repo, branch, await self._reprotect(repo, branch, previous), previous)
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
        must_bypass: bool = False,
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
                previous[branch] = None if existing is None else settings_of(existing)
        tier = (known or {}).get("tier") or next(
            (t for t in (shown_tier(b) for b in current.values() if b is not None) if t), None
        )
        if tier == FREE:
            self._refuse_what_free_cannot_restore(repo, previous, current)
            if must_bypass:
                raise _no_bypass_on_free(repo)
        if known is None and recorded is None:
            await self._refuse_unknown_refreeze(repo, previous)
            # Recorded before the first write, so a retry after a crash restores this, not our freeze.
            self._heartbeat({"gitlab_project": repo.location, "previous": previous})

        wanted, base = _frozen(bypass), _frozen(None)
        mechanisms: dict[str, str] = dict((known or {}).get("mechanisms", {}))
        bypass_dropped = False
        # Protected branches first: the first PATCH tells a Free instance before anything else is written.
        for branch in sorted(repo.branches, key=lambda b: current[b] is None):
            existing = current[branch]
            if existing is None:
                created = await self._protect(repo, branch, wanted)
                tier, answer = tier or shown_tier(created), settings_of(created)
                mechanisms.setdefault(branch, "protect")
            elif matches(settings_of(existing), wanted):
                mechanisms.setdefault(branch, "reprotect" if tier == FREE else "patch")
                continue
            else:
                answer = settings_of(existing)
                if tier != FREE:
                    answer = await self._patch(repo, branch, existing, wanted)
                    if not matches(answer, wanted) and not matches(answer, base):
                        # The access levels came back unchanged: GitLab dropped its Premium fields.
                        tier = FREE
                        log.info("GitLab ignored a PATCH of access levels: Free tier", project=repo.location)
                        await self._refuse_on_free(repo, branch, answer, previous, current, must_bypass)
                if tier == FREE:
                    answer = await self._reprotect(repo, branch, wanted)
                mechanisms.setdefault(branch, "reprotect" if tier == FREE else "patch")
            if not matches(answer, wanted):
                if not matches(answer, base):
                    raise RecallError(
                        f"GitLab protected branch {branch!r} of {repo.location} came back as {answer}, not frozen",
                        ErrorType.HOST_ERROR,
                    )
                tier, bypass_dropped = FREE, True  # allowed_to_push is Premium only: Free dropped it
        if bypass_dropped and must_bypass:
            raise _no_bypass_on_free(repo)

        period = await self._ensure_freeze_period(repo, known, scheduled_at)
        log.info("froze GitLab project", project=repo.location, tier=tier, mechanisms=mechanisms)
        state: dict[str, Any] = {
            "provider": "gitlab",
            "v": 2,
            "branches": previous,
            "freeze_period": period,
            "tier": tier,
            "mechanisms": mechanisms,
        }
        if bypass is not None:
            state["hotfix_bypass"] = "dropped by GitLab Free" if bypass_dropped else "allowed_to_push"
        return json.dumps(state, sort_keys=True)

    def _refuse_what_free_cannot_restore(
        self, repo: RepoTarget, previous: dict[str, Any], current: dict[str, dict[str, Any] | None]
    ) -> None:
        """On Free a protected branch is frozen by unprotecting it: refuse when it could not be put back."""
        problems = [
            f"{branch}: {problem}"
            for branch, settings in previous.items()
            if settings is not None
            and current.get(branch) is not None
            and (problem := free_cannot_recreate(settings))
        ]
        if problems:
            raise RecallError(
                f"GitLab project {repo.location} is on the Free tier, where a protected branch is frozen by "
                f"unprotecting and protecting it again, and these protections could not be recreated through "
                f"the Free API: {'; '.join(problems)}; freeze these branches by hand",
                ErrorType.FREEZE_NOT_RESTORABLE,
            )

    async def _refuse_on_free(
        self,
        repo: RepoTarget,
        branch: str,
        answer: dict[str, Any],
        previous: dict[str, Any],
        current: dict[str, dict[str, Any] | None],
        must_bypass: bool,
    ) -> None:
        """Free found by a PATCH that changed nothing else: refuse what Free cannot do, undoing that PATCH."""
        try:
            self._refuse_what_free_cannot_restore(repo, previous, current)
            if must_bypass:
                raise _no_bypass_on_free(repo)
        except RecallError:
            saved = previous[branch]
            if saved is not None and answer["allow_force_push"] != saved["allow_force_push"]:
                # allow_force_push is a Free field, so the PATCH may have changed it: put it back first.
                path = f"{project_path(repo)}/protected_branches/{quote(branch, safe='')}"
                flag = {"allow_force_push": saved["allow_force_push"]}
                await self._rest.send(ApiCall(repo, "PATCH", path, json=flag))
            raise

    async def _patch(
        self, repo: RepoTarget, branch: str, existing: dict[str, Any], settings: dict[str, Any]
    ) -> dict[str, Any]:
        """PATCH a protected branch towards `settings`; return the settings GitLab answers with."""
        body = patch_body(existing, settings)
        if not body:
            return settings_of(existing)
        path = f"{project_path(repo)}/protected_branches/{quote(branch, safe='')}"
        return settings_of(await self._rest.json(ApiCall(repo, "PATCH", path, json=body)))

    async def _reprotect(self, repo: RepoTarget, branch: str, settings: dict[str, Any]) -> dict[str, Any]:
        """Free's way to change a protected branch: unprotect it and protect it again with `settings`."""
        path = f"{project_path(repo)}/protected_branches/{quote(branch, safe='')}"
        await self._rest.send(ApiCall(repo, "DELETE", path), allow={404})
        return settings_of(await self._protect(repo, branch, settings))

    def _check_restored(
        self, repo: RepoTarget, branch: str, answer: dict[str, Any], wanted: dict[str, Any]
    ) -> None:
        if not matches(answer, wanted):
            raise RecallError(
                f"GitLab protected branch {branch!r} of {repo.location} came back as {answer}, not as it was "
                f"before the freeze ({wanted}); put it back by hand",
                ErrorType.FREEZE_NOT_RESTORABLE,
            )

    async def _refuse_unknown_refreeze(self, repo: RepoTarget, previous: dict[str, Any]) -> None:
        """Refuse to save our own freeze as "previous" when a freeze is repeated without its restore state."""
        looks_frozen = [
            branch
            for branch, settings in previous.items()
            if settings is not None
            and settings["merge"] == [{"access_level": NO_ACCESS}]
            and {"access_level": NO_ACCESS} in settings["push"]
        ]
        if not looks_frozen:
            return
        if any(_is_our_period(p) for p in await self._periods(repo)):
            raise RecallError(
                f"GitLab project {repo.location} is already frozen by optout-recall (branches "
                f"{', '.join(looks_frozen)}); repeat the freeze with its restore_state, or unfreeze it first",
                ErrorType.ALREADY_FROZEN,
            )

    async def _protect(self, repo: RepoTarget, branch: str, settings: dict[str, Any]) -> dict[str, Any]:
        """POST the protection; a branch protected meanwhile (409) is brought to `settings` in place."""
        created = await self._rest.send(
            ApiCall(
                repo, "POST", f"{project_path(repo)}/protected_branches", json=protect_body(branch, settings)
            ),
            allow={409},
        )
        if created.status_code != 409:
            return created.json()  # type: ignore[no-any-return]
        path = f"{project_path(repo)}/protected_branches/{quote(branch, safe='')}"
        existing = await self._rest.json(ApiCall(repo, "GET", path))
        body = patch_body(existing, settings)
        return await self._rest.json(ApiCall(repo, "PATCH", path, json=body)) if body else existing

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

    async def _periods(self, repo: RepoTarget) -> list[dict[str, Any]]:
        """Every freeze period of the project, following GitLab's pagination to the last page."""
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            response = await self._rest.send(
                ApiCall(
                    repo,
                    "GET",
                    f"{project_path(repo)}/freeze_periods",
                    params={"per_page": _PER_PAGE, "page": page},
                )
            )
            batch = response.json()
            found += batch
            next_page = response.headers.get("x-next-page")
            if next_page is not None:
                if not next_page.strip():
                    return found
                page = int(next_page)
            elif len(batch) < _PER_PAGE:
                return found
            else:
                page += 1

    async def _our_periods(self, repo: RepoTarget, start: str, end: str) -> list[int]:
        return [
            int(p["id"])
            for p in await self._periods(repo)
            if p["freeze_start"] == start and p["freeze_end"] == end and p.get("cron_timezone") == "UTC"
        ]


def _no_bypass_on_free(repo: RepoTarget) -> RecallError:
    return RecallError(
        f"GitLab project {repo.location} is on the Free tier, which drops allowed_to_push (Premium and Ultimate "
        "only), so the approved hotfix cannot be let through by hotfix_bypass; the branches stay frozen: push "
        "the hotfix by hand (a Maintainer can unprotect the branch for it) or use a Premium project",
        ErrorType.NO_HOTFIX_MECHANISM,
    )


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
            return detail["previous"]  # type: ignore[no-any-return]
    return None


def _load_state(restore_state: str) -> dict[str, Any]:
    return load_restore_state(
        restore_state, "gitlab", "GitLab", lambda state: "branches" in state and "freeze_period" in state
    )
