"""A local GitHub REST API for the freeze endpoints, held to GitHub's official OpenAPI description.

Every request is matched to an operation of the description extracted from `@octokit/openapi`
(`github_openapi.json`, see `openapi.py`): an undocumented operation, query parameter or body field, or a
missing required one, is answered 422 and recorded in `violations`; every answer is checked against the
schema documented for its status before it leaves, so the fake cannot drift from the description either.
Statuses every endpoint may give (401 Bad credentials, 403 for tokens without admin rights or plans
without the feature, 429 and 5xx) are checked against `basic-error`.

Beyond the schemas, it enforces what the description says in prose: `actor_id` for Integration,
RepositoryRole, Team and User bypass actors and null for DeployKey; an omitted `app_id` binds a check to
"the app that recently provided it" (`FakeRepo.recent_apps`), -1 to any app. Rulesets on a host without
them (`rulesets_available=False`) answer 404, the one failure their operations document. Rate limits (403
with x-ratelimit-remaining 0, or 429 with Retry-After) are answered when a test queues them. `can_push`
answers whether GitHub would accept a push, so tests assert on the effect of a freeze, not on its calls.
"""

from __future__ import annotations

import asyncio
import fnmatch
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.fakes.github_branches import Directory, Protection, Renderer, from_put
from tests.fakes.openapi import Operation, github_description

API_VERSION = "2022-11-28"
DOCS = "https://docs.github.com/rest"
ANY_ENDPOINT = {401, 403, 429, 500, 502, 503}  # GitHub's REST docs: statuses any endpoint may answer
UPGRADE = "Upgrade to GitHub Pro or make this repository public to enable this feature."
_ACTOR_ID_REQUIRED = {"Integration", "RepositoryRole", "Team", "User"}
Answer = tuple[int, Any]


@dataclass
class FakeRepo:
    owner: str
    name: str
    rulesets_available: bool = True  # False: a host without the rulesets API (404)
    plan_allows_protection: bool = True  # False: a private repository on a free plan (403)
    branches: dict[str, Protection | None] = field(default_factory=lambda: {"main": None})
    rulesets: dict[int, dict[str, Any]] = field(default_factory=dict)
    commits: dict[str, dict[str, str]] = field(default_factory=dict)  # sha: {"name", "email"}
    recent_apps: dict[str, int] = field(default_factory=dict)  # check context: app that last reported it


@dataclass
class FakeToken:
    admin: bool = True
    login: str = "release-bot"


class FakeGitHub:
    """State plus the Starlette app; tests reach into the state to set up and assert."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency  # seconds added to every answer, to stand in for the network in benches
        self.description = github_description()
        self.directory = Directory(self.description.examples)
        self.repos: dict[str, FakeRepo] = {}
        self.orgs: dict[str, dict[int, dict[str, Any]]] = {}
        self.tokens: dict[str, FakeToken] = {}
        self.calls: list[tuple[str, str]] = []
        self.violations: list[str] = []
        self.queued_limits: list[Response] = []
        self.fail_next: dict[tuple[str, str], int] = {}
        self._ids = itertools.count(1000)
        self._handlers: dict[str, Callable[[dict[str, str], dict[str, str], Any], Answer]] = {
            "GET /repos/{owner}/{repo}/rulesets": self.list_rulesets,
            "POST /repos/{owner}/{repo}/rulesets": self.create_ruleset,
            "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}": self.get_ruleset,
            "PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}": self.update_ruleset,
            "DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}": self.delete_ruleset,
            "GET /orgs/{org}/rulesets": self.list_rulesets,
            "POST /orgs/{org}/rulesets": self.create_ruleset,
            "GET /orgs/{org}/rulesets/{ruleset_id}": self.get_ruleset,
            "PUT /orgs/{org}/rulesets/{ruleset_id}": self.update_ruleset,
            "DELETE /orgs/{org}/rulesets/{ruleset_id}": self.delete_ruleset,
            "GET /repos/{owner}/{repo}/branches/{branch}": self.get_branch,
            "GET /repos/{owner}/{repo}/branches/{branch}/protection": self.get_protection,
            "PUT /repos/{owner}/{repo}/branches/{branch}/protection": self.put_protection,
            "DELETE /repos/{owner}/{repo}/branches/{branch}/protection": self.delete_protection,
            "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks": self.get_checks,
            "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks": self.patch_checks,
            "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures": self.get_signatures,
            "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures": self.require_signatures,
            "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures": self.drop_signatures,
            "GET /repos/{owner}/{repo}/commits/{ref}": self.commit,
        }
        methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        self.app = Starlette(routes=[Route("/{path:path}", self.dispatch, methods=methods)])

    # ----- set-up helpers

    def add_repo(self, full_name: str, **kwargs: Any) -> FakeRepo:
        owner, name = full_name.split("/")
        repo = FakeRepo(owner, name, **kwargs)
        self.repos[full_name.lower()] = repo
        self.orgs.setdefault(owner.lower(), {})
        return repo

    def protect(self, full_name: str, branch: str, body: dict[str, Any]) -> Protection:
        """Protect `branch` as a PUT .../protection with `body` would (the body must fit the description)."""
        operation = self.description.find("PUT", f"/repos/{full_name}/branches/{branch}/protection")
        assert operation is not None
        problems = self.description.request_problems(operation, {}, body)
        assert problems == [], problems
        repo = self.repos[full_name.lower()]
        repo.branches[branch] = from_put(body, repo.branches.get(branch), repo.recent_apps)
        return repo.branches[branch]  # type: ignore[return-value]

    def assert_conforming(self) -> None:
        """Fail the test if anything sent or answered strayed from the description."""
        assert self.violations == [], "\n".join(self.violations)

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
            settings = protection.settings
            if settings["lock_branch"]:
                return False
            restrictions = settings["restrictions"]
            if restrictions is not None:
                slug = (actor or {}).get("slug")
                return slug in restrictions["users"] + restrictions["teams"] + restrictions["apps"]
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

    # ----- every call goes through here

    async def dispatch(self, request: Request) -> Response:
        method, path = request.method, request.url.path
        self.calls.append((method, path))
        if self.latency:
            await asyncio.sleep(self.latency)
        if self.queued_limits:
            return self.queued_limits.pop(0)
        if self.fail_next.get((method, path)):
            self.fail_next[(method, path)] -= 1
            return JSONResponse({"message": "Server Error", "documentation_url": DOCS}, status_code=502)
        if request.headers.get("x-github-api-version") != API_VERSION:
            return _error(400, f"Invalid API version. Supported: {API_VERSION}")
        if request.headers.get("accept") != "application/vnd.github+json":
            return _error(415, "Unsupported 'Accept' header; use application/vnd.github+json")
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        found = self.tokens.get(token) if scheme.lower() in ("bearer", "token") else None
        if found is None:
            return _error(401, "Bad credentials")
        operation = self.description.find(method, path)
        if operation is None:
            self.violations.append(f"{method} {path}: not an operation of the description")
            return _error(404, "Not Found")
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except json.JSONDecodeError:
            return _error(400, "Problems parsing JSON")
        query = dict(request.query_params)
        problems = self.description.request_problems(operation, query, body)
        if problems:
            self.violations += [f"{operation.key} request: {p}" for p in problems]
            return self._invalid(operation, problems)
        if method != "GET" and not found.admin:
            return _error(403, "Resource not accessible by personal access token")
        match = operation.pattern.fullmatch(path)
        assert match is not None
        status, payload = self._handlers[operation.key](match.groupdict(), query, body)
        problems = self._answer_problems(operation, status, payload)
        if problems:
            self.violations += [f"{operation.key} answer {status}: {p}" for p in problems]
            return _error(500, "the fake's answer does not fit the description")
        if payload is None:
            return Response(status_code=status)
        return JSONResponse(payload, status)

    def _answer_problems(self, operation: Operation, status: int, payload: Any) -> list[str]:
        if str(status) in operation.responses:
            return self.description.response_problems(operation, status, payload)
        if status in ANY_ENDPOINT:
            return [str(e.message) for e in self.description.schema("basic-error").iter_errors(payload)]
        return [f"status {status} is not documented for {operation.key}"]

    def _invalid(self, operation: Operation, problems: list[str]) -> Response:
        """422 in the shape this operation documents (validation-error-simple or validation-error)."""
        simple = {"message": "Invalid request.", "documentation_url": DOCS, "errors": problems}
        if "422" not in operation.responses or not self.description.response_problems(operation, 422, simple):
            return JSONResponse(simple, 422)
        errors = [{"resource": operation.key, "code": "invalid", "message": p} for p in problems]
        return JSONResponse(
            {"message": "Validation Failed", "documentation_url": DOCS, "errors": errors}, 422
        )

    def _repo(self, params: dict[str, str]) -> FakeRepo | None:
        return self.repos.get(f"{params['owner']}/{params['repo']}".lower())

    # ----- rulesets

    def _rulesets(
        self, params: dict[str, str]
    ) -> tuple[dict[int, dict[str, Any]] | None, str, str, Answer | None]:
        if "org" in params:
            org = params["org"].lower()
            return self.orgs.get(org), "Organization", org, None if org in self.orgs else _not_found()
        repo = self._repo(params)
        if repo is None or not repo.rulesets_available:
            return None, "", "", _not_found()
        if not repo.plan_allows_protection:
            return None, "", "", (403, _body(403, UPGRADE))
        return repo.rulesets, "Repository", f"{repo.owner}/{repo.name}", None

    def list_rulesets(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        rulesets, source_type, source, failure = self._rulesets(params)
        if failure or rulesets is None:
            return failure or _not_found()
        per_page, page = int(query.get("per_page", 30)), int(query.get("page", 1))
        items = [_summary(r, source_type, source) for r in rulesets.values()]
        return 200, items[(page - 1) * per_page : page * per_page]

    def create_ruleset(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        rulesets, source_type, source, failure = self._rulesets(params)
        if failure or rulesets is None:
            return failure or _not_found()
        if problem := self._ruleset_problem(body, org=source_type == "Organization"):
            return problem
        if any(r["name"] == body["name"] for r in rulesets.values()):
            return 422, {
                "message": "Validation Failed",
                "documentation_url": DOCS,
                "errors": [{"code": "custom", "message": "Name must be unique"}],
            }
        ruleset_id = next(self._ids)
        rulesets[ruleset_id] = {"target": "branch", "bypass_actors": [], **body, "id": ruleset_id}
        return 201, _full(rulesets[ruleset_id], source_type, source)

    def get_ruleset(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        rulesets, source_type, source, failure = self._rulesets(params)
        ruleset_id = int(params["ruleset_id"])
        if failure or rulesets is None or ruleset_id not in rulesets:
            return failure or _not_found()
        return 200, _full(rulesets[ruleset_id], source_type, source)

    def update_ruleset(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        rulesets, source_type, source, failure = self._rulesets(params)
        ruleset_id = int(params["ruleset_id"])
        if failure or rulesets is None or ruleset_id not in rulesets:
            return failure or _not_found()
        if problem := self._ruleset_problem(body, org=source_type == "Organization"):
            return problem
        rulesets[ruleset_id] = {**rulesets[ruleset_id], **body, "id": ruleset_id}
        return 200, _full(rulesets[ruleset_id], source_type, source)

    def delete_ruleset(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        rulesets, _, _, failure = self._rulesets(params)
        ruleset_id = int(params["ruleset_id"])
        if failure or rulesets is None or ruleset_id not in rulesets:
            return failure or _not_found()
        del rulesets[ruleset_id]
        return 204, None

    def _ruleset_problem(self, body: dict[str, Any], *, org: bool) -> Answer | None:
        """What the description says in words about rulesets, beyond what its schemas check."""
        problems = []
        for actor in body.get("bypass_actors", []):
            kind, actor_id = actor["actor_type"], actor.get("actor_id")
            if kind in _ACTOR_ID_REQUIRED and not isinstance(actor_id, int):
                problems.append(f"actor_id is required for {kind} bypass actors")
            if kind == "DeployKey" and actor_id is not None:
                problems.append("actor_id should be null for DeployKey bypass actors")
        include = ((body.get("conditions") or {}).get("ref_name") or {}).get("include", [])
        if not all(p.startswith("refs/heads/") or p in ("~DEFAULT_BRANCH", "~ALL") for p in include):
            problems.append("conditions.ref_name.include must list refs/heads/... patterns")
        if org and "repository_name" not in (body.get("conditions") or {}):
            problems.append("organization branch rulesets need conditions.repository_name")
        if not problems:
            return None
        self.violations += [f"ruleset: {p}" for p in problems]
        return 422, {
            "message": "Validation Failed",
            "documentation_url": DOCS,
            "errors": [{"code": "invalid", "message": p} for p in problems],
        }

    # ----- branches and their protection

    def _branch(self, params: dict[str, str]) -> tuple[FakeRepo | None, str, Answer | None]:
        repo, branch = self._repo(params), params["branch"]
        if repo is None or branch not in repo.branches:
            return None, branch, _not_found()
        if not repo.plan_allows_protection:
            return None, branch, (403, _body(403, UPGRADE))
        return repo, branch, None

    def _renderer(self, repo: FakeRepo, branch: str) -> Renderer:
        return Renderer(
            f"https://api.github.com/repos/{repo.owner}/{repo.name}/branches/{branch}/protection",
            self.directory,
        )

    def get_branch(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo = self._repo(params)
        branch = params["branch"]
        if repo is None or branch not in repo.branches:
            return _not_found("Branch not found")
        protection = repo.branches[branch]
        template = self.description.examples["branch-with-protection"]
        base = f"https://api.github.com/repos/{repo.owner}/{repo.name}/branches/{branch}"
        shown = (
            {
                "enabled": False,
                "required_status_checks": {"enforcement_level": "off", "contexts": [], "checks": []},
            }
            if protection is None
            else {"enabled": True, **self._renderer(repo, branch).protection(protection, whole=True)}
        )
        return 200, {
            **template,
            "name": branch,
            "_links": {"html": f"https://github.com/{repo.owner}/{repo.name}/tree/{branch}", "self": base},
            "protected": protection is not None,
            "protection": shown,
            "protection_url": f"{base}/protection",
        }

    def get_protection(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo, branch, failure = self._branch(params)
        if failure or repo is None:
            return failure or _not_found()
        protection = repo.branches[branch]
        if protection is None:
            return _not_found("Branch not protected")
        return 200, self._renderer(repo, branch).protection(protection, whole=True)

    def put_protection(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo, branch, failure = self._branch(params)
        if failure or repo is None:
            return failure or _not_found()
        repo.branches[branch] = protection = from_put(body, repo.branches[branch], repo.recent_apps)
        return 200, self._renderer(repo, branch).protection(protection, whole=False)

    def delete_protection(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo, branch, failure = self._branch(params)
        if failure or repo is None:
            return failure or _not_found()
        if repo.branches[branch] is None:
            return 403, _body(403, "Branch not protected")
        repo.branches[branch] = None
        return 204, None

    def get_checks(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo, branch, failure = self._branch(params)
        protection = None if repo is None else repo.branches[branch]
        if (
            failure
            or repo is None
            or protection is None
            or protection.settings["required_status_checks"] is None
        ):
            return failure or _not_found("Required status checks not enabled")
        return 200, self._renderer(repo, branch).status_check_policy(protection)

    def patch_checks(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        repo, branch, failure = self._branch(params)
        protection = None if repo is None else repo.branches[branch]
        if (
            failure
            or repo is None
            or protection is None
            or protection.settings["required_status_checks"] is None
        ):
            return failure or _not_found("Required status checks not enabled")
        checks = protection.settings["required_status_checks"]
        body = body or {}
        if "strict" in body:
            checks["strict"] = body["strict"]
        if "checks" in body:
            listed = [(c["context"], c.get("app_id", "recent")) for c in body["checks"]]
        elif "contexts" in body:
            listed = [(c, "recent") for c in body["contexts"]]
        else:
            listed = [(c["context"], c["app_id"]) for c in checks["checks"]]
        checks["checks"] = [
            {
                "context": ctx,
                "app_id": repo.recent_apps.get(ctx)
                if app == "recent"
                else (None if app in (-1, None) else app),
            }
            for ctx, app in listed
        ]
        return 200, self._renderer(repo, branch).status_check_policy(protection)

    def _signed(self, params: dict[str, str], required: bool | None) -> Answer:
        repo, branch, failure = self._branch(params)
        protection = None if repo is None else repo.branches[branch]
        if failure or repo is None or protection is None:
            return failure or _not_found("Branch not protected")
        if required is not None:
            protection.settings["required_signatures"] = required
        return 200, self._renderer(repo, branch).signatures(protection)

    def get_signatures(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        return self._signed(params, None)

    def require_signatures(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        return self._signed(params, True)

    def drop_signatures(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        status, payload = self._signed(params, False)
        return (204, None) if status == 200 else (status, payload)

    def commit(self, params: dict[str, str], query: dict[str, str], body: Any) -> Answer:
        """GET /repos/{owner}/{repo}/commits/{ref}: 422 "No commit found for SHA" when there is none."""
        repo = self._repo(params)
        if repo is None:
            return _not_found()
        sha = params["ref"]
        author = repo.commits.get(sha)
        if author is None:
            return 422, {"message": f"No commit found for SHA: {sha}", "documentation_url": DOCS}
        template = self.description.examples["commit"]
        signed = {**author, "date": "2026-11-30T12:00:00Z"}
        return 200, {
            **template,
            "sha": sha,
            "commit": {**template["commit"], "author": signed, "committer": signed},
            "files": [],
        }


# --------------------------------------------------------------------------- shapes


def _body(status: int, message: str) -> dict[str, Any]:
    return {"message": message, "documentation_url": DOCS, "status": str(status)}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse(_body(status, message), status)


def _not_found(message: str = "Not Found") -> Answer:
    return 404, _body(404, message)


def _summary(ruleset: dict[str, Any], source_type: str, source: str) -> dict[str, Any]:
    return {
        "id": ruleset["id"],
        "name": ruleset["name"],
        "target": ruleset["target"],
        "source_type": source_type,
        "source": source,
        "enforcement": ruleset["enforcement"],
        "node_id": f"RRS_{ruleset['id']}",
    }


def _full(ruleset: dict[str, Any], source_type: str, source: str) -> dict[str, Any]:
    return {**ruleset, "source_type": source_type, "source": source, "node_id": f"RRS_{ruleset['id']}"}


def _ref_matches(conditions: dict[str, Any], ref: str) -> bool:
    names = conditions["ref_name"]
    include = any(p == "~ALL" or fnmatch.fnmatch(ref, p) for p in names["include"])
    return include and not any(fnmatch.fnmatch(ref, p) for p in names.get("exclude", []))
