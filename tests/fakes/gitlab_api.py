"""A local GitLab REST API (v4) for protected branches and freeze periods, held to GitLab's documentation.

Calls must carry `PRIVATE-TOKEN`; the project id is a number or the URL-encoded full path (an unencoded
slash is a 404, as on GitLab). Every body and query is checked against the documented parameters in
`gitlab_params.py`: one no tier documents, or a missing required one, is answered 400 and recorded in
`violations`. Each project has a tier (`FakeProject.tier`, Free or Premium): on Free, Premium parameters
(`allowed_to_push`, `allowed_to_merge`, `allowed_to_unprotect`, `unprotect_access_level`,
`code_owner_approval_required`) are dropped without an error, as GitLab drops them (`dropped` records
them), and access levels show no `user_id`/`group_id`, as the docs say Free does. Answers are checked
against the attributes the docs list. Lists are paginated with GitLab's `x-*-page` headers. Answers follow
the documented shapes: 401 `{"message": "401 Unauthorized"}`, 403 for tokens below Maintainer, 404
`{"message": "404 Not found"}`, 409 for protecting a branch twice, 400 for bad values, and 429 with
Retry-After / RateLimit-Reset when a test queues it. `can_push` and `deploy_frozen` answer what a user relies
on: whether a push lands and whether pipelines see CI_DEPLOY_FREEZE.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes import gitlab_params
from tests.fakes.gitlab_params import FREE, LEVELS, PAGINATION, PREMIUM

_CRON_FIELD = re.compile(r"^(\*|\d{1,2})$")
_ACTORS = ("user_id", "group_id", "deploy_key_id")


@dataclass
class FakeProject:
    path: str
    id: int
    tier: str = PREMIUM
    # None: access levels show user_id/group_id as the docs say the tier does. True on a Free project: an EE
    # instance without a licence, which shows the EE fields yet drops the Premium parameters.
    shows_actor_ids: bool | None = None
    protected: dict[str, dict[str, Any]] = field(default_factory=dict)  # name: stored protected branch
    freeze_periods: dict[int, dict[str, Any]] = field(default_factory=dict)
    commits: dict[str, dict[str, str]] = field(default_factory=dict)  # sha: {"name", "email"}


class FakeGitLab:
    """State plus the Starlette app; tests reach into the state to set up and assert."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency  # seconds added to every answer, to stand in for the network in benches
        self.projects: dict[str, FakeProject] = {}
        self.tokens: dict[str, int] = {}  # token -> access level of its user on every project
        self.calls: list[tuple[str, str]] = []
        self.violations: list[str] = []
        self.dropped: list[tuple[str, str]] = []  # (call, parameter) a Free project dropped
        self.queued_limits: list[Response] = []
        self._ids = itertools.count(1)
        self.app = Starlette(
            routes=[
                Route("/api/v4/{rest:path}", self.dispatch, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
            ]
        )

    def add_project(self, path: str, tier: str = PREMIUM) -> FakeProject:
        project = FakeProject(path, next(self._ids), tier)
        self.projects[path] = project
        return project

    def protect(
        self,
        path: str,
        name: str,
        push: list[dict[str, Any]],
        merge: list[dict[str, Any]],
        *,
        unprotect: list[dict[str, Any]] | None = None,
        allow_force_push: bool = False,
        code_owner_approval_required: bool = False,
    ) -> dict[str, Any]:
        """Set up a protected branch directly (as a person could in the UI)."""
        project = self.projects[path]
        project.protected[name] = {
            "id": next(self._ids),
            "name": name,
            "push_access_levels": [self._level(e) for e in push],
            "merge_access_levels": [self._level(e) for e in merge],
            "unprotect_access_levels": [self._level(e) for e in unprotect or [{"access_level": 40}]],
            "allow_force_push": allow_force_push,
            "code_owner_approval_required": code_owner_approval_required,
        }
        return project.protected[name]

    def shown(self, path: str, name: str) -> dict[str, Any]:
        """The protected branch as GET /projects/:id/protected_branches/:name answers it."""
        project = self.projects[path]
        return _shown(project.protected[name], _shown_tier(project))

    def assert_conforming(self) -> None:
        assert self.violations == [], "\n".join(self.violations)

    def rate_limit(self, retry_after: int) -> None:
        self.queued_limits.append(
            JSONResponse(
                {"message": "Retry later"},
                status_code=429,
                headers={
                    "Retry-After": str(retry_after),
                    "RateLimit-Reset": str(int(time.time()) + retry_after),
                },
            )
        )

    def can_push(
        self, path: str, branch: str, access_level: int = 40, deploy_key_id: int | None = None
    ) -> bool:
        protected = self.projects[path].protected.get(branch)
        if protected is None:
            return access_level >= 30
        for level in protected["push_access_levels"]:
            if deploy_key_id is not None and level.get("deploy_key_id") == deploy_key_id:
                return True
            if all(level.get(key) is None for key in _ACTORS):
                if level["access_level"] != 0 and access_level >= level["access_level"]:
                    return True
        return False

    def deploy_frozen(self, path: str, now: datetime | None = None) -> bool:
        """Whether pipelines would see CI_DEPLOY_FREEZE, for fully specified "M H D Mon *" crons."""
        now = now or datetime.now(UTC)
        for period in self.projects[path].freeze_periods.values():
            if "*" in period["freeze_start"].split()[:4] or "*" in period["freeze_end"].split()[:4]:
                continue  # only the fully specified shape is modelled here
            end = _next_yearly(period["freeze_end"], now)
            start = _previous_yearly(period["freeze_start"], end)
            if start <= now < end:
                return True
        return False

    # ----- routing

    async def dispatch(self, request: Request) -> Response:
        raw = request.scope["raw_path"].decode()
        self.calls.append((request.method, raw))
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.queued_limits:
            return self.queued_limits.pop(0)
        token = request.headers.get("private-token")
        if token is None or token not in self.tokens:
            return JSONResponse({"message": "401 Unauthorized"}, 401)
        parts = raw.partition("?")[0].removeprefix("/api/v4/").split("/")
        if len(parts) < 3 or parts[0] != "projects":
            return self._undocumented(request, raw)
        project = self.projects.get(unquote(parts[1])) or next(
            (p for p in self.projects.values() if str(p.id) == parts[1]), None
        )
        if project is None:
            return _not_found("404 Project Not Found")
        if request.method != "GET" and self.tokens[token] < 40:
            return JSONResponse({"message": "403 Forbidden"}, 403)
        resource, rest = parts[2], [unquote(p) for p in parts[3:]]
        query = dict(request.query_params)
        if resource == "protected_branches" and len(rest) <= 1:
            return await self.protected_branches(request, project, rest[0] if rest else None, query)
        if resource == "repository" and len(rest) == 2 and rest[0] == "commits" and request.method == "GET":
            if problems := gitlab_params.check_query({"stats": str}, query):
                return self._invalid(request, problems)
            author = project.commits.get(rest[1])
            if author is None:
                return _not_found("404 Commit Not Found")
            return JSONResponse(
                {"id": rest[1], "author_name": author["name"], "author_email": author["email"]}
            )
        if resource == "freeze_periods" and len(rest) <= 1:
            return await self.freeze_periods(request, project, int(rest[0]) if rest else None, query)
        return self._undocumented(request, raw)

    def _undocumented(self, request: Request, raw: str) -> Response:
        self.violations.append(f"{request.method} {raw}: not an endpoint the fake models")
        return _not_found("404 Not found")

    def _invalid(self, request: Request, problems: list[str]) -> Response:
        self.violations += [f"{request.method} {request.url.path}: {p}" for p in problems]
        return JSONResponse({"error": ", ".join(problems)}, 400)

    def _documented(
        self,
        request: Request,
        params: dict[str, Any],
        body: dict[str, Any],
        tier: str,
        *,
        patch: bool = False,
    ) -> tuple[dict[str, Any], Response | None]:
        kept, dropped, problems = gitlab_params.check(params, body, tier, patch=patch)
        if problems:
            return {}, self._invalid(request, problems)
        self.dropped += [(f"{request.method} {request.url.path}", name) for name in dropped]
        return kept, None

    def _answer(self, branch: dict[str, Any], tier: str, status: int = 200) -> Response:
        shown = _shown(branch, tier)
        problems = gitlab_params.answer_problems(shown, tier)
        if problems:
            self.violations += [f"the fake's answer: {p}" for p in problems]
            return JSONResponse({"message": "500 the fake's answer is not documented"}, 500)
        return JSONResponse(shown, status)

    def _period_answer(self, period: dict[str, Any], status: int = 200) -> Response:
        undocumented = sorted(set(period) - gitlab_params.FREEZE_PERIOD_ATTRIBUTES)
        if undocumented:
            self.violations.append(f"the fake's freeze period shows {undocumented}")
            return JSONResponse({"message": "500 the fake's answer is not documented"}, 500)
        return JSONResponse(period, status)

    # ----- protected branches

    async def protected_branches(
        self, request: Request, project: FakeProject, name: str | None, query: dict[str, str]
    ) -> Response:
        method = request.method
        if problems := gitlab_params.check_query(
            {**PAGINATION, "search": str} if name is None and method == "GET" else {}, query
        ):
            return self._invalid(request, problems)
        if name is None and method == "GET":
            return _page(query, [_shown(b, _shown_tier(project)) for b in project.protected.values()])
        if name is None and method == "POST":
            body, problem = await _json(request)
            if problem:
                return problem
            kept, problem = self._documented(request, gitlab_params.PROTECT, body, project.tier)
            if problem:
                return problem
            branch = kept["name"]
            if branch in project.protected:
                return JSONResponse({"message": f"Protected branch '{branch}' already exists"}, 409)
            created = {
                "id": next(self._ids),
                "name": branch,
                "push_access_levels": self._levels(kept, "push"),
                "merge_access_levels": self._levels(kept, "merge"),
                "unprotect_access_levels": self._levels(kept, "unprotect"),
                "allow_force_push": bool(kept.get("allow_force_push", False)),
                "code_owner_approval_required": bool(kept.get("code_owner_approval_required", False)),
            }
            project.protected[branch] = created
            return self._answer(created, _shown_tier(project), 201)
        if name is None or name not in project.protected:
            return _not_found("404 Not found")
        current = project.protected[name]
        if method == "GET":
            return self._answer(current, _shown_tier(project))
        if method == "DELETE":
            del project.protected[name]
            return Response(status_code=204)
        if method != "PATCH":
            return JSONResponse({"error": "405 Method Not Allowed"}, 405)
        body, problem = await _json(request)
        if problem:
            return problem
        kept, problem = self._documented(request, gitlab_params.UPDATE, body, project.tier, patch=True)
        if problem:
            return problem
        for key in ("push", "merge", "unprotect"):
            field_name = f"{key}_access_levels"
            updated = list(current[field_name])
            for entry in kept.get(f"allowed_to_{key}", []):
                if entry.get("_destroy"):
                    if not any(level["id"] == entry["id"] for level in updated):
                        return JSONResponse({"message": f"{field_name} entry {entry['id']} not found"}, 404)
                    updated = [level for level in updated if level["id"] != entry["id"]]
                else:
                    updated.append(self._level(entry))
            current[field_name] = updated
        for flag in ("allow_force_push", "code_owner_approval_required"):
            if flag in kept:
                current[flag] = bool(kept[flag])
        return self._answer(current, _shown_tier(project))

    def _levels(self, body: dict[str, Any], key: str) -> list[dict[str, Any]]:
        """GitLab adds the default role (Maintainers) unless the level or allowed_to_* is given."""
        explicit = body.get(f"allowed_to_{key}", [])
        levels = []
        if f"{key}_access_level" in body or not explicit:
            levels.append(self._level({"access_level": body.get(f"{key}_access_level", 40)}))
        return levels + [self._level(entry) for entry in explicit]

    def _level(self, entry: dict[str, Any]) -> dict[str, Any]:
        made: dict[str, Any] = {"id": next(self._ids), "access_level": entry.get("access_level")}
        for key in _ACTORS:
            made[key] = entry.get(key)
        if made["deploy_key_id"] is not None:
            made["access_level"] = 40
        made["access_level_description"] = (
            "Deploy key"
            if made["deploy_key_id"]
            else f"User {made['user_id']}"
            if made["user_id"]
            else f"Group {made['group_id']}"
            if made["group_id"]
            else LEVELS.get(made["access_level"], "Maintainers")
        )
        return made

    # ----- freeze periods

    async def freeze_periods(
        self, request: Request, project: FakeProject, period_id: int | None, query: dict[str, str]
    ) -> Response:
        if problems := gitlab_params.check_query(PAGINATION if period_id is None else {}, query):
            return self._invalid(request, problems)
        if period_id is None and request.method == "GET":
            return _page(query, list(project.freeze_periods.values()))
        if period_id is None and request.method == "POST":
            body, problem = await _json(request)
            if problem:
                return problem
            kept, problem = self._documented(request, gitlab_params.CREATE_FREEZE_PERIOD, body, project.tier)
            if problem:
                return problem
            errors = {
                key: [" is invalid syntax"]
                for key in ("freeze_start", "freeze_end")
                if not _valid_cron(kept[key])
            }
            if kept.get("cron_timezone", "UTC") != "UTC" and "/" not in str(kept.get("cron_timezone")):
                errors["cron_timezone"] = [" is invalid syntax"]
            if errors:
                return JSONResponse({"message": errors}, 400)
            now = datetime.now(UTC).isoformat()
            made = {
                "id": next(self._ids),
                "freeze_start": kept["freeze_start"],
                "freeze_end": kept["freeze_end"],
                "cron_timezone": kept.get("cron_timezone", "UTC"),
                "created_at": now,
                "updated_at": now,
            }
            project.freeze_periods[made["id"]] = made
            return self._period_answer(made, 201)
        if period_id not in project.freeze_periods:
            return _not_found("404 Not found")
        if request.method == "GET":
            return self._period_answer(project.freeze_periods[period_id])
        if request.method == "DELETE":
            del project.freeze_periods[period_id]
            return Response(status_code=204)
        return JSONResponse({"error": "405 Method Not Allowed"}, 405)


def _shown_tier(project: FakeProject) -> str:
    """The tier whose fields the project's answers show."""
    if project.shows_actor_ids is None:
        return project.tier
    return PREMIUM if project.shows_actor_ids else FREE


def _shown(branch: dict[str, Any], tier: str) -> dict[str, Any]:
    """What GitLab shows of a stored branch: Free shows no user_id or group_id on access levels."""

    def level(stored: dict[str, Any]) -> dict[str, Any]:
        shown = {"id": stored["id"], "access_level": stored["access_level"]}
        shown["access_level_description"] = stored["access_level_description"]
        if stored["deploy_key_id"] is not None:
            shown["deploy_key_id"] = stored["deploy_key_id"]
        if tier != FREE:
            shown["user_id"], shown["group_id"] = stored["user_id"], stored["group_id"]
        return shown

    levels = ("push_access_levels", "merge_access_levels", "unprotect_access_levels")
    return {**branch, **{key: [level(entry) for entry in branch[key]] for key in levels}}


def _page(query: dict[str, str], items: list[Any]) -> JSONResponse:
    """GitLab's offset pagination: page, per_page (default 20, at most 100) and the x-* headers."""
    per_page = min(int(query.get("per_page", 20)), 100)
    page = int(query.get("page", 1))
    pages = max(1, -(-len(items) // per_page))
    headers = {
        "x-page": str(page),
        "x-per-page": str(per_page),
        "x-total": str(len(items)),
        "x-total-pages": str(pages),
        "x-next-page": str(page + 1) if page < pages else "",
        "x-prev-page": str(page - 1) if page > 1 else "",
    }
    return JSONResponse(items[(page - 1) * per_page : page * per_page], headers=headers)


def _not_found(message: str) -> JSONResponse:
    return JSONResponse({"message": message}, 404)


async def _json(request: Request) -> tuple[dict[str, Any], Response | None]:
    if request.headers.get("content-type", "").split(";")[0] != "application/json":
        return {}, JSONResponse({"error": "expected a JSON body"}, 415)
    try:
        return await request.json(), None
    except json.JSONDecodeError:
        return {}, JSONResponse({"error": "invalid JSON"}, 400)


def _valid_cron(value: Any) -> bool:
    return (
        isinstance(value, str)
        and len(value.split()) == 5
        and all(_CRON_FIELD.match(f) for f in value.split())
    )


def _yearly(cron: str, year: int) -> datetime:
    minute, hour, day, month = (int(f) for f in cron.split()[:4])
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def _next_yearly(cron: str, after: datetime) -> datetime:
    candidate = _yearly(cron, after.year)
    return candidate if candidate > after else _yearly(cron, after.year + 1)


def _previous_yearly(cron: str, before: datetime) -> datetime:
    candidate = _yearly(cron, before.year)
    return candidate if candidate <= before else _yearly(cron, before.year - 1)
