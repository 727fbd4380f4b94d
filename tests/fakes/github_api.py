"""A local GitHub REST API for the freeze endpoints, strict about what the real one checks.

Every call must carry `Authorization: Bearer <token>` (or `token <token>`), `Accept: application/vnd.github+json`
and `X-GitHub-Api-Version: 2022-11-28`; bodies are validated like GitHub does (422 "Validation Failed").
Answers follow the documented shapes: 401 Bad credentials, 403 for tokens without admin rights and for
rulesets on private repositories of free plans, 404 Not Found / Branch not protected, 422 duplicate
ruleset names, and rate limits (403 with x-ratelimit-remaining 0 and x-ratelimit-reset, or 429 with
Retry-After) when a test queues them. `can_push` answers whether GitHub would accept a push, so tests
assert on the effect of a freeze rather than on the calls that made it.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

API_VERSION = "2022-11-28"
DOCS = "https://docs.github.com/rest"
RULE_TYPES = {
    "creation",
    "update",
    "deletion",
    "required_linear_history",
    "required_signatures",
    "non_fast_forward",
    "pull_request",
    "required_status_checks",
}
ACTOR_TYPES = {"Integration", "OrganizationAdmin", "RepositoryRole", "Team", "DeployKey"}
PUT_PROTECTION_REQUIRED = (
    "required_status_checks",
    "enforce_admins",
    "required_pull_request_reviews",
    "restrictions",
)


@dataclass
class FakeRepo:
    owner: str
    name: str
    private: bool = False
    rulesets_available: bool = True
    branches: dict[str, Any] = field(default_factory=lambda: {"main": None})  # name: protection or None
    rulesets: dict[int, dict[str, Any]] = field(default_factory=dict)
    commits: dict[str, dict[str, str]] = field(default_factory=dict)  # sha: {"name", "email"}


@dataclass
class FakeToken:
    admin: bool = True
    login: str = "release-bot"


class FakeGitHub:
    """State plus the Starlette app; tests reach into the state to set up and assert."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency  # seconds added to every answer, to stand in for the network in benches
        self.repos: dict[str, FakeRepo] = {}
        self.orgs: dict[str, dict[int, dict[str, Any]]] = {}
        self.tokens: dict[str, FakeToken] = {}
        self.calls: list[tuple[str, str]] = []
        self.queued_limits: list[Response] = []
        self.fail_next: dict[tuple[str, str], int] = {}
        self._ids = itertools.count(1000)
        self.app = Starlette(
            routes=[
                Route("/repos/{owner}/{repo}/rulesets", self.repo_rulesets, methods=["GET", "POST"]),
                Route(
                    "/repos/{owner}/{repo}/rulesets/{ruleset_id:int}",
                    self.repo_ruleset,
                    methods=["GET", "PUT", "DELETE"],
                ),
                Route(
                    "/repos/{owner}/{repo}/branches/{branch:path}/protection",
                    self.protection,
                    methods=["GET", "PUT", "DELETE"],
                ),
                Route("/repos/{owner}/{repo}/commits/{ref}", self.commit, methods=["GET"]),
                Route("/orgs/{org}/rulesets", self.org_rulesets, methods=["GET", "POST"]),
                Route(
                    "/orgs/{org}/rulesets/{ruleset_id:int}",
                    self.org_ruleset,
                    methods=["GET", "PUT", "DELETE"],
                ),
            ]
        )

    # ----- set-up helpers

    def add_repo(self, full_name: str, **kwargs: Any) -> FakeRepo:
        owner, name = full_name.split("/")
        repo = FakeRepo(owner, name, **kwargs)
        self.repos[full_name.lower()] = repo
        self.orgs.setdefault(owner.lower(), {})
        return repo

    def rate_limit_primary(self, reset_in: float) -> None:
        """Queue a primary rate limit answer: 403 with x-ratelimit-remaining 0."""
        self.queued_limits.append(
            JSONResponse(
                {"message": "API rate limit exceeded for user ID 1.", "documentation_url": DOCS},
                status_code=403,
                headers={
                    "x-ratelimit-limit": "5000",
                    "x-ratelimit-remaining": "0",
                    "x-ratelimit-reset": str(int(time.time() + reset_in + 0.999)),
                },
            )
        )

    def rate_limit_secondary(self, retry_after: int) -> None:
        """Queue a secondary rate limit answer: 429 with Retry-After."""
        self.queued_limits.append(
            JSONResponse(
                {"message": "You have exceeded a secondary rate limit.", "documentation_url": DOCS},
                status_code=429,
                headers={"retry-after": str(retry_after)},
            )
        )

    def can_push(self, full_name: str, branch: str, actor: dict[str, Any] | None = None) -> bool:
        """Would GitHub accept a push updating `branch`? `actor` is e.g. {"actor_type": "Integration", ...}."""
        repo = self.repos[full_name.lower()]
        ref = f"refs/heads/{branch}"
        for ruleset in self._rulesets_for(repo):
            if ruleset["enforcement"] != "active" or not _ref_matches(ruleset["conditions"], ref):
                continue
            if not {"update", "non_fast_forward"} & {r["type"] for r in ruleset["rules"]}:
                continue
            if actor and any(
                b["actor_type"] == actor["actor_type"] and b.get("actor_id") == actor.get("actor_id")
                for b in ruleset.get("bypass_actors", [])
            ):
                continue
            return False
        protection = repo.branches.get(branch)
        if protection:
            if protection.get("lock_branch"):
                return False
            restrictions = protection.get("restrictions")
            if restrictions is not None:
                slug = (actor or {}).get("slug")
                allowed = restrictions["users"] + restrictions["teams"] + restrictions["apps"]
                return slug in allowed
        return True

    def _rulesets_for(self, repo: FakeRepo) -> list[dict[str, Any]]:
        found = list(repo.rulesets.values())
        for ruleset in self.orgs.get(repo.owner.lower(), {}).values():
            names = ruleset["conditions"]["repository_name"]
            if any(fnmatch.fnmatch(repo.name, p) or p == "~ALL" for p in names["include"]) and not any(
                fnmatch.fnmatch(repo.name, p) for p in names.get("exclude", [])
            ):
                found.append(ruleset)
        return found

    # ----- the checks every real call goes through

    async def _check(self, request: Request, *, admin: bool) -> tuple[FakeToken | None, Response | None]:
        self.calls.append((request.method, request.url.path))
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.queued_limits:
            return None, self.queued_limits.pop(0)
        key = (request.method, request.url.path)
        if self.fail_next.get(key):
            self.fail_next[key] -= 1
            return None, JSONResponse({"message": "Server Error"}, status_code=502)
        if request.headers.get("x-github-api-version") != API_VERSION:
            return None, _error(400, f"Invalid API version. Supported: {API_VERSION}")
        if request.headers.get("accept") != "application/vnd.github+json":
            return None, _error(415, "Unsupported 'Accept' header; use application/vnd.github+json")
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        found = self.tokens.get(token) if scheme.lower() in ("bearer", "token") else None
        if found is None:
            return None, _error(401, "Bad credentials")
        if admin and not found.admin and request.method != "GET":
            return None, _error(403, "Resource not accessible by personal access token")
        return found, None

    def _repo(self, request: Request) -> FakeRepo | None:
        return self.repos.get(f"{request.path_params['owner']}/{request.path_params['repo']}".lower())

    # ----- rulesets

    async def commit(self, request: Request) -> Response:
        """GET /repos/{owner}/{repo}/commits/{ref}: 422 "No commit found for SHA" when there is none."""
        _, failure = await self._check(request, admin=False)
        if failure:
            return failure
        repo = self._repo(request)
        if repo is None:
            return _error(404, "Not Found")
        sha = request.path_params["ref"]
        author = repo.commits.get(sha)
        if author is None:
            return _error(422, f"No commit found for SHA: {sha}")
        return JSONResponse({"sha": sha, "commit": {"author": {**author, "date": "2026-11-30T12:00:00Z"}}})

    async def repo_rulesets(self, request: Request) -> Response:
        _, failure = await self._check(request, admin=True)
        if failure:
            return failure
        repo = self._repo(request)
        if repo is None:
            return _error(404, "Not Found")
        if not repo.rulesets_available:
            return _error(403, "Upgrade to GitHub Pro or make this repository public to enable this feature.")
        if request.method == "GET":
            return _page(
                request,
                [_summary(r, "Repository", f"{repo.owner}/{repo.name}") for r in repo.rulesets.values()],
            )
        body, problem = await _ruleset_body(request, org=False)
        if problem:
            return problem
        if any(r["name"] == body["name"] for r in repo.rulesets.values()):
            return _error(422, "Validation Failed", errors=["Name must be unique"])
        ruleset_id = next(self._ids)
        repo.rulesets[ruleset_id] = {**body, "id": ruleset_id}
        return JSONResponse(_full(repo.rulesets[ruleset_id], "Repository", f"{repo.owner}/{repo.name}"), 201)

    async def repo_ruleset(self, request: Request) -> Response:
        _, failure = await self._check(request, admin=True)
        if failure:
            return failure
        repo = self._repo(request)
        ruleset_id = request.path_params["ruleset_id"]
        if repo is None or ruleset_id not in repo.rulesets:
            return _error(404, "Not Found")
        return await self._one_ruleset(
            request, repo.rulesets, ruleset_id, "Repository", f"{repo.owner}/{repo.name}"
        )

    async def org_rulesets(self, request: Request) -> Response:
        _, failure = await self._check(request, admin=True)
        if failure:
            return failure
        org = request.path_params["org"].lower()
        if org not in self.orgs:
            return _error(404, "Not Found")
        rulesets = self.orgs[org]
        if request.method == "GET":
            return _page(request, [_summary(r, "Organization", org) for r in rulesets.values()])
        body, problem = await _ruleset_body(request, org=True)
        if problem:
            return problem
        if any(r["name"] == body["name"] for r in rulesets.values()):
            return _error(422, "Validation Failed", errors=["Name must be unique"])
        ruleset_id = next(self._ids)
        rulesets[ruleset_id] = {**body, "id": ruleset_id}
        return JSONResponse(_full(rulesets[ruleset_id], "Organization", org), 201)

    async def org_ruleset(self, request: Request) -> Response:
        _, failure = await self._check(request, admin=True)
        if failure:
            return failure
        org = request.path_params["org"].lower()
        ruleset_id = request.path_params["ruleset_id"]
        if ruleset_id not in self.orgs.get(org, {}):
            return _error(404, "Not Found")
        return await self._one_ruleset(request, self.orgs[org], ruleset_id, "Organization", org)

    async def _one_ruleset(
        self,
        request: Request,
        rulesets: dict[int, dict[str, Any]],
        ruleset_id: int,
        source_type: str,
        source: str,
    ) -> Response:
        if request.method == "GET":
            return JSONResponse(_full(rulesets[ruleset_id], source_type, source))
        if request.method == "DELETE":
            del rulesets[ruleset_id]
            return Response(status_code=204)
        body, problem = await _ruleset_body(request, org=source_type == "Organization")
        if problem:
            return problem
        if any(r["name"] == body["name"] and i != ruleset_id for i, r in rulesets.items()):
            return _error(422, "Validation Failed", errors=["Name must be unique"])
        rulesets[ruleset_id] = {**body, "id": ruleset_id}
        return JSONResponse(_full(rulesets[ruleset_id], source_type, source))

    # ----- branch protection

    async def protection(self, request: Request) -> Response:
        _, failure = await self._check(request, admin=True)
        if failure:
            return failure
        repo = self._repo(request)
        branch = request.path_params["branch"]
        if repo is None:
            return _error(404, "Not Found")
        if branch not in repo.branches:
            return _error(404, "Branch not found")
        current = repo.branches[branch]
        if request.method == "GET":
            if current is None:
                return _error(404, "Branch not protected")
            return JSONResponse(_protection_get_shape(current))
        if request.method == "DELETE":
            if current is None:
                return _error(404, "Branch not protected")
            repo.branches[branch] = None
            return Response(status_code=204)
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _error(400, "Problems parsing JSON")
        missing = [k for k in PUT_PROTECTION_REQUIRED if k not in body]
        if missing:
            return _error(422, f'Invalid request.\n\n"{missing[0]}" wasn\'t supplied.')
        restrictions = body.get("restrictions")
        if restrictions is not None and not all(k in restrictions for k in ("users", "teams")):
            return _error(
                422, "Invalid request.\n\nFor 'properties/restrictions', users and teams are required."
            )
        repo.branches[branch] = body
        return JSONResponse(_protection_get_shape(body))


# --------------------------------------------------------------------------- shapes and validation


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse(
        {"message": message, "documentation_url": DOCS, "status": str(status), **extra}, status
    )


def _page(request: Request, items: list[dict[str, Any]]) -> JSONResponse:
    per_page = int(request.query_params.get("per_page", 30))
    page = int(request.query_params.get("page", 1))
    return JSONResponse(items[(page - 1) * per_page : page * per_page])


def _summary(ruleset: dict[str, Any], source_type: str, source: str) -> dict[str, Any]:
    return {
        "id": ruleset["id"],
        "name": ruleset["name"],
        "target": ruleset["target"],
        "source_type": source_type,
        "source": source,
        "enforcement": ruleset["enforcement"],
    }


def _full(ruleset: dict[str, Any], source_type: str, source: str) -> dict[str, Any]:
    return {**ruleset, "source_type": source_type, "source": source, "node_id": f"RRS_{ruleset['id']}"}


async def _ruleset_body(request: Request, *, org: bool) -> tuple[dict[str, Any], Response | None]:
    try:
        body = await request.json()
    except json.JSONDecodeError:
        return {}, _error(400, "Problems parsing JSON")
    problems: list[str] = []
    if not isinstance(body.get("name"), str) or not body["name"]:
        problems.append("name is required")
    if body.get("target", "branch") not in ("branch", "tag", "push"):
        problems.append("target is not one of branch, tag, push")
    if body.get("enforcement") not in ("active", "disabled", "evaluate"):
        problems.append("enforcement is not one of active, disabled, evaluate")
    conditions = body.get("conditions") or {}
    include = (conditions.get("ref_name") or {}).get("include")
    if not isinstance(include, list) or not all(
        isinstance(p, str) and (p.startswith("refs/heads/") or p in ("~DEFAULT_BRANCH", "~ALL"))
        for p in include
    ):
        problems.append("conditions.ref_name.include must list refs/heads/... patterns")
    if org and not isinstance((conditions.get("repository_name") or {}).get("include"), list):
        problems.append("conditions.repository_name.include is required for organization rulesets")
    if not org and "repository_name" in conditions:
        problems.append("conditions.repository_name is not allowed on repository rulesets")
    rules = body.get("rules")
    if not isinstance(rules, list) or not all(
        isinstance(r, dict) and r.get("type") in RULE_TYPES for r in rules
    ):
        problems.append("rules must be a list of known rule types")
    for actor in body.get("bypass_actors", []):
        if actor.get("actor_type") not in ACTOR_TYPES or actor.get("bypass_mode") not in (
            "always",
            "pull_request",
            "exempt",
        ):
            problems.append(f"invalid bypass actor {actor}")
        elif actor["actor_type"] == "OrganizationAdmin" and actor.get("actor_id") != 1:
            problems.append("OrganizationAdmin actor_id must be 1")
    if problems:
        return body, _error(422, "Validation Failed", errors=problems)
    body.setdefault("target", "branch")
    body.setdefault("bypass_actors", [])
    return body, None


def _ref_matches(conditions: dict[str, Any], ref: str) -> bool:
    names = conditions["ref_name"]
    include = any(p == "~ALL" or fnmatch.fnmatch(ref, p) for p in names["include"])
    return include and not any(fnmatch.fnmatch(ref, p) for p in names.get("exclude", []))


def _protection_get_shape(body: dict[str, Any]) -> dict[str, Any]:
    """The GET shape: booleans as {"enabled": ...}, people as objects."""

    def people(value: dict[str, list[str]] | None) -> dict[str, Any] | None:
        if value is None:
            return None
        return {
            "users": [{"login": u} for u in value.get("users", [])],
            "teams": [{"slug": t} for t in value.get("teams", [])],
            "apps": [{"slug": a} for a in value.get("apps", [])],
        }

    shape: dict[str, Any] = {"url": "https://api.github.com/repos/x/y/branches/z/protection"}
    checks = body.get("required_status_checks")
    if checks is not None:
        contexts = checks.get("contexts") or [c["context"] for c in checks.get("checks", [])]
        shape["required_status_checks"] = {
            "strict": checks.get("strict", False),
            "contexts": contexts,
            "checks": checks.get("checks") or [{"context": c, "app_id": None} for c in contexts],
        }
    reviews = body.get("required_pull_request_reviews")
    if reviews is not None:
        shape["required_pull_request_reviews"] = {
            **{
                k: v
                for k, v in reviews.items()
                if k not in ("dismissal_restrictions", "bypass_pull_request_allowances")
            },
            **{
                k: people(reviews[k])
                for k in ("dismissal_restrictions", "bypass_pull_request_allowances")
                if reviews.get(k) is not None
            },
        }
    if body.get("restrictions") is not None:
        shape["restrictions"] = people(body["restrictions"])
    for key in (
        "enforce_admins",
        "required_linear_history",
        "allow_force_pushes",
        "allow_deletions",
        "block_creations",
        "required_conversation_resolution",
        "lock_branch",
        "allow_fork_syncing",
    ):
        shape[key] = {"enabled": bool(body.get(key))}
    shape["required_signatures"] = {"enabled": False}
    return shape
