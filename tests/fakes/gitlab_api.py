"""A local GitLab REST API (v4) for protected branches and freeze periods, strict like the real one.

Calls must carry `PRIVATE-TOKEN`; the project id is a number or the URL-encoded full path (an unencoded
slash is a 404, as on GitLab). Answers follow the documented shapes: 401 `{"message": "401 Unauthorized"}`,
403 for tokens below Maintainer, 404 `{"message": "404 Not found"}`, 409 for protecting a branch twice, 400
for bad access levels or cron syntax, and 429 with Retry-After / RateLimit-Reset when a test queues it.
`can_push` and `deploy_frozen` answer what a user relies on: whether a push lands and whether pipelines see
CI_DEPLOY_FREEZE.
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

LEVELS = {0: "No one", 30: "Developers + Maintainers", 40: "Maintainers", 60: "Admins"}
_CRON_FIELD = re.compile(r"^(\*|\d{1,2})$")


@dataclass
class FakeProject:
    path: str
    id: int
    protected: dict[str, dict[str, Any]] = field(default_factory=dict)
    freeze_periods: dict[int, dict[str, Any]] = field(default_factory=dict)
    commits: dict[str, dict[str, str]] = field(default_factory=dict)  # sha: {"name", "email"}


class FakeGitLab:
    """State plus the Starlette app; tests reach into the state to set up and assert."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency  # seconds added to every answer, to stand in for the network in benches
        self.projects: dict[str, FakeProject] = {}
        self.tokens: dict[str, int] = {}  # token -> access level of its user on every project
        self.calls: list[tuple[str, str]] = []
        self.queued_limits: list[Response] = []
        self._ids = itertools.count(1)
        self.app = Starlette(
            routes=[
                Route("/api/v4/{rest:path}", self.dispatch, methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
            ]
        )

    def add_project(self, path: str) -> FakeProject:
        project = FakeProject(path, next(self._ids))
        self.projects[path] = project
        return project

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
            if (
                level.get("deploy_key_id") is None
                and level.get("user_id") is None
                and level.get("group_id") is None
            ):
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
        parts = raw.removeprefix("/api/v4/").split("/")
        if len(parts) < 3 or parts[0] != "projects":
            return _not_found("404 Not found")
        project = self.projects.get(unquote(parts[1])) or next(
            (p for p in self.projects.values() if str(p.id) == parts[1]), None
        )
        if project is None:
            return _not_found("404 Project Not Found")
        if request.method != "GET" and self.tokens[token] < 40:
            return JSONResponse({"message": "403 Forbidden"}, 403)
        resource, rest = parts[2], [unquote(p) for p in parts[3:]]
        if resource == "protected_branches" and len(rest) <= 1:
            return await self.protected_branches(request, project, rest[0] if rest else None)
        if resource == "repository" and len(rest) == 2 and rest[0] == "commits" and request.method == "GET":
            author = project.commits.get(rest[1])
            if author is None:
                return _not_found("404 Commit Not Found")
            return JSONResponse(
                {"id": rest[1], "author_name": author["name"], "author_email": author["email"]}
            )
        if resource == "freeze_periods" and len(rest) <= 1:
            return await self.freeze_periods(request, project, int(rest[0]) if rest else None)
        return _not_found("404 Not found")

    # ----- protected branches

    async def protected_branches(self, request: Request, project: FakeProject, name: str | None) -> Response:
        method = request.method
        if name is None and method == "GET":
            return JSONResponse(list(project.protected.values()))
        if name is None and method == "POST":
            body, problem = await _json(request)
            if problem:
                return problem
            branch = body.get("name")
            if not isinstance(branch, str) or not branch:
                return JSONResponse({"error": "name is missing"}, 400)
            if branch in project.protected:
                return JSONResponse({"message": f"Protected branch '{branch}' already exists"}, 409)
            push, problem = self._levels(body, "push")
            if problem:
                return problem
            merge, problem = self._levels(body, "merge")
            if problem:
                return problem
            project.protected[branch] = {
                "id": next(self._ids),
                "name": branch,
                "push_access_levels": push,
                "merge_access_levels": merge,
                "unprotect_access_levels": [],
                "allow_force_push": bool(body.get("allow_force_push", False)),
                "code_owner_approval_required": bool(body.get("code_owner_approval_required", False)),
            }
            return JSONResponse(project.protected[branch], 201)
        if name is None or name not in project.protected:
            return _not_found("404 Not found")
        current = project.protected[name]
        if method == "GET":
            return JSONResponse(current)
        if method == "DELETE":
            del project.protected[name]
            return Response(status_code=204)
        if method != "PATCH":
            return JSONResponse({"error": "405 Method Not Allowed"}, 405)
        body, problem = await _json(request)
        if problem:
            return problem
        for key in ("push", "merge"):
            field_name = f"{key}_access_levels"
            updated = list(current[field_name])
            for entry in body.get(f"allowed_to_{key}", []):
                if entry.get("_destroy"):
                    if not any(level["id"] == entry.get("id") for level in updated):
                        return JSONResponse(
                            {"message": f"{field_name} entry {entry.get('id')} not found"}, 404
                        )
                    updated = [level for level in updated if level["id"] != entry["id"]]
                    continue
                made, problem = self._entry(entry)
                if problem:
                    return problem
                updated.append(made)
            current[field_name] = updated
        for flag in ("allow_force_push", "code_owner_approval_required"):
            if flag in body:
                current[flag] = bool(body[flag])
        return JSONResponse(current)

    def _levels(self, body: dict[str, Any], key: str) -> tuple[list[dict[str, Any]], Response | None]:
        levels: list[dict[str, Any]] = []
        explicit = body.get(f"allowed_to_{key}", [])
        if f"{key}_access_level" in body or not explicit:
            made, problem = self._entry({"access_level": body.get(f"{key}_access_level", 40)})
            if problem:
                return [], JSONResponse({"error": f"{key}_access_level does not have a valid value"}, 400)
            levels.append(made)
        for entry in explicit:
            made, problem = self._entry(entry)
            if problem:
                return [], problem
            levels.append(made)
        return levels, None

    def _entry(self, entry: dict[str, Any]) -> tuple[dict[str, Any], Response | None]:
        made: dict[str, Any] = {
            "id": next(self._ids),
            "access_level": 40,
            "user_id": None,
            "group_id": None,
            "deploy_key_id": None,
        }
        known = {
            k: v for k, v in entry.items() if k in ("access_level", "user_id", "group_id", "deploy_key_id")
        }
        if len(known) != 1 or set(entry) - set(known):
            return {}, JSONResponse({"error": f"invalid access entry {entry}"}, 400)
        if "access_level" in known and known["access_level"] not in LEVELS:
            return {}, JSONResponse({"error": "access_level does not have a valid value"}, 400)
        made.update(known)
        made["access_level_description"] = (
            "Deploy key" if made["deploy_key_id"] else LEVELS.get(made["access_level"], "Maintainers")
        )
        return made, None

    # ----- freeze periods

    async def freeze_periods(self, request: Request, project: FakeProject, period_id: int | None) -> Response:
        if period_id is None and request.method == "GET":
            per_page = int(request.query_params.get("per_page", 20))
            page = int(request.query_params.get("page", 1))
            periods = list(project.freeze_periods.values())
            return JSONResponse(periods[(page - 1) * per_page : page * per_page])
        if period_id is None and request.method == "POST":
            body, problem = await _json(request)
            if problem:
                return problem
            errors = {
                key: [" is invalid syntax"]
                for key in ("freeze_start", "freeze_end")
                if not _valid_cron(body.get(key))
            }
            if body.get("cron_timezone", "UTC") != "UTC" and "/" not in str(body.get("cron_timezone")):
                errors["cron_timezone"] = [" is invalid syntax"]
            if errors:
                return JSONResponse({"message": errors}, 400)
            now = datetime.now(UTC).isoformat()
            made = {
                "id": next(self._ids),
                "freeze_start": body["freeze_start"],
                "freeze_end": body["freeze_end"],
                "cron_timezone": body.get("cron_timezone", "UTC"),
                "created_at": now,
                "updated_at": now,
            }
            project.freeze_periods[made["id"]] = made
            return JSONResponse(made, 201)
        if period_id not in project.freeze_periods:
            return _not_found("404 Not found")
        if request.method == "GET":
            return JSONResponse(project.freeze_periods[period_id])
        if request.method == "DELETE":
            del project.freeze_periods[period_id]
            return Response(status_code=204)
        return JSONResponse({"error": "405 Method Not Allowed"}, 405)


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
