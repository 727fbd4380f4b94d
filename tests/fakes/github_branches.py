"""Branch protection in the local GitHub: stored as settings, shown in the shapes the description gives.

A protection is kept as the settings a PUT sets (`Protection.settings`), plus what GitHub keeps beside
them: each status check's app and whether signed commits are required. Reads render it as
`branch-protection` (GET .../protection), `protected-branch` (the PUT's answer), `status-check-policy` and
`protected-branch-admin-enforced`. `from_response` reads an official example response back into settings,
so a test can start from exactly what GitHub documents; the keys that example leaves out stay left out of
the whole-protection GET (`Protection.omitted`), as GitHub's own example shows it may.

People (users, teams, apps) are named by login or slug in a PUT and shown as objects in a GET; the objects
come from the official examples (`Directory`), made valid where the examples themselves are not (a team's
required `type`, an app owner shaped like a user).
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from typing import Any

FLAGS = (
    "required_linear_history",
    "allow_force_pushes",
    "allow_deletions",
    "block_creations",
    "required_conversation_resolution",
    "lock_branch",
    "allow_fork_syncing",
)
REVIEW_FIELDS = (
    "dismiss_stale_reviews",
    "require_code_owner_reviews",
    "required_approving_review_count",
    "require_last_push_approval",
)
PEOPLE = ("dismissal_restrictions", "bypass_pull_request_allowances")


@dataclass
class Protection:
    """What GitHub stores for a protected branch.

    `settings["required_status_checks"]` is None or `{"strict", "checks": [{"context", "app_id"}]}` with
    app_id None for any app; people are lists of logins and slugs; `required_signatures` is a bool.
    """

    settings: dict[str, Any]
    omitted: frozenset[str] = frozenset()


class Directory:
    """Users, teams and apps by login or slug, as the objects GitHub shows them."""

    def __init__(self, examples: dict[str, Any]) -> None:
        people = examples["branch-restriction-policy"]
        self._user = copy.deepcopy(people["users"][0])
        self._team = {**copy.deepcopy(people["teams"][0]), "type": "organization"}
        self._app = copy.deepcopy(people["apps"][0])
        self._app["owner"] = {**copy.deepcopy(self._user), "login": "github", "type": "Organization"}
        self._ids = itertools.count(100)
        self.users = {self._user["login"]: self._user}
        self.teams = {self._team["slug"]: self._team}
        self.apps = {self._app["slug"]: self._app}

    def user(self, login: str) -> dict[str, Any]:
        if login not in self.users:
            self.users[login] = {
                **self._user,
                "login": login,
                "id": next(self._ids),
                "url": f"https://api.github.com/users/{login}",
                "html_url": f"https://github.com/{login}",
            }
        return self.users[login]

    def team(self, slug: str) -> dict[str, Any]:
        if slug not in self.teams:
            self.teams[slug] = {**self._team, "slug": slug, "name": slug, "id": next(self._ids)}
        return self.teams[slug]

    def app(self, slug: str) -> dict[str, Any]:
        if slug not in self.apps:
            self.apps[slug] = {**self._app, "slug": slug, "name": slug, "id": next(self._ids)}
        return self.apps[slug]

    def objects(self, named: dict[str, list[str]], url: str, *, apps_url: bool) -> dict[str, Any]:
        shown: dict[str, Any] = {
            "url": url,
            "users_url": f"{url}/users",
            "teams_url": f"{url}/teams",
            "users": [self.user(login) for login in named.get("users", [])],
            "teams": [self.team(slug) for slug in named.get("teams", [])],
            "apps": [self.app(slug) for slug in named.get("apps", [])],
        }
        if apps_url:
            shown["apps_url"] = f"{url}/apps"
        return shown


def from_put(body: dict[str, Any], before: Protection | None, recent_apps: dict[str, int]) -> Protection:
    """A PUT .../protection body (already valid per the description) -> what GitHub stores."""
    checks_in = body["required_status_checks"]
    checks = None
    if checks_in is not None:
        previous = (before.settings.get("required_status_checks") or {}) if before else {}
        if "checks" in checks_in:
            listed = [(c["context"], c.get("app_id", "recent")) for c in checks_in["checks"]]
        elif "contexts" in checks_in:
            listed = [(context, "recent") for context in checks_in["contexts"]]
        else:
            listed = [(c["context"], c["app_id"]) for c in previous.get("checks", [])]
        checks = {
            "strict": bool(checks_in.get("strict", False)),
            "checks": [{"context": ctx, "app_id": app_id_of(ctx, app, recent_apps)} for ctx, app in listed],
        }
    reviews_in = body["required_pull_request_reviews"]
    reviews = None
    if reviews_in is not None:
        reviews = {key: reviews_in[key] for key in REVIEW_FIELDS if key in reviews_in}
        reviews.setdefault("require_last_push_approval", False)
        for key in PEOPLE:
            if key in reviews_in:
                reviews[key] = named(reviews_in[key])
    settings = {
        "required_status_checks": checks,
        "enforce_admins": bool(body["enforce_admins"]),
        "required_pull_request_reviews": reviews,
        "restrictions": None if body["restrictions"] is None else named(body["restrictions"]),
        **{flag: bool(body.get(flag)) for flag in FLAGS},
        "required_signatures": bool(before and before.settings["required_signatures"]),
    }
    return Protection(settings, before.omitted if before else frozenset())


def app_id_of(context: str, app: Any, recent_apps: dict[str, int]) -> int | None:
    """The description: omit app_id for "the app that recently provided this check"; -1 for any app."""
    if app == "recent":
        return recent_apps.get(context)
    return None if app == -1 else int(app)


def named(people: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        "users": list(people.get("users", [])),
        "teams": list(people.get("teams", [])),
        "apps": list(people.get("apps", [])),
    }


def from_response(shown: dict[str, Any], policy: dict[str, Any] | None = None) -> Protection:
    """An official example of GET .../protection -> what GitHub stores; `policy` fills a missing `strict`."""

    def people(value: dict[str, Any]) -> dict[str, list[str]]:
        return {
            "users": [u["login"] for u in value.get("users", [])],
            "teams": [t["slug"] for t in value.get("teams", [])],
            "apps": [a["slug"] for a in value.get("apps", [])],
        }

    checks_shown = shown.get("required_status_checks")
    checks = None
    if checks_shown is not None:
        listed = checks_shown.get("checks") or [
            {"context": c, "app_id": None} for c in checks_shown["contexts"]
        ]
        strict = checks_shown.get("strict", (policy or {}).get("strict", False))
        checks = {
            "strict": strict,
            "checks": [{"context": c["context"], "app_id": c["app_id"]} for c in listed],
        }
    reviews_shown = shown.get("required_pull_request_reviews")
    reviews = None
    if reviews_shown is not None:
        reviews = {key: reviews_shown[key] for key in REVIEW_FIELDS if key in reviews_shown}
        for key in PEOPLE:
            if key in reviews_shown:
                reviews[key] = people(reviews_shown[key])
    settings = {
        "required_status_checks": checks,
        "enforce_admins": bool((shown.get("enforce_admins") or {}).get("enabled")),
        "required_pull_request_reviews": reviews,
        "restrictions": None if shown.get("restrictions") is None else people(shown["restrictions"]),
        **{flag: bool((shown.get(flag) or {}).get("enabled")) for flag in FLAGS},
        "required_signatures": bool((shown.get("required_signatures") or {}).get("enabled")),
    }
    omitted = {key for key in (*FLAGS, "required_signatures") if key not in shown}
    if checks_shown is not None and "strict" not in checks_shown:
        omitted.add("strict")
    return Protection(settings, frozenset(omitted))


@dataclass
class Renderer:
    """Renders a protection for one branch URL."""

    url: str
    directory: Directory

    def status_check_policy(self, protection: Protection) -> dict[str, Any]:
        checks = protection.settings["required_status_checks"]
        url = f"{self.url}/required_status_checks"
        return {
            "url": url,
            "strict": checks["strict"],
            "contexts": [c["context"] for c in checks["checks"]],
            "contexts_url": f"{url}/contexts",
            "checks": [dict(c) for c in checks["checks"]],
        }

    def signatures(self, protection: Protection) -> dict[str, Any]:
        return {
            "url": f"{self.url}/required_signatures",
            "enabled": protection.settings["required_signatures"],
        }

    def protection(self, protection: Protection, *, whole: bool) -> dict[str, Any]:
        """`whole`: GET .../protection (may omit keys); else the PUT's answer, which shows everything."""
        settings = protection.settings
        omitted = protection.omitted if whole else frozenset()
        shown: dict[str, Any] = {"url": self.url}
        if settings["required_status_checks"] is not None:
            policy = self.status_check_policy(protection)
            if "strict" in omitted:
                del policy["strict"]
            shown["required_status_checks"] = policy
        shown["enforce_admins"] = {"url": f"{self.url}/enforce_admins", "enabled": settings["enforce_admins"]}
        reviews = settings["required_pull_request_reviews"]
        if reviews is not None:
            url = f"{self.url}/required_pull_request_reviews"
            shown["required_pull_request_reviews"] = {
                "url": url,
                **{key: reviews[key] for key in REVIEW_FIELDS if key in reviews},
                **{
                    key: self._people(
                        reviews[key], f"{self.url}/{key}", key == "bypass_pull_request_allowances"
                    )
                    for key in PEOPLE
                    if reviews.get(key) is not None
                },
            }
        if settings["restrictions"] is not None:
            shown["restrictions"] = self.directory.objects(
                settings["restrictions"], f"{self.url}/restrictions", apps_url=True
            )
        for flag in FLAGS:
            if flag not in omitted:
                shown[flag] = {"enabled": settings[flag]}
        if "required_signatures" not in omitted:
            shown["required_signatures"] = self.signatures(protection)
        return shown

    def _people(self, people: dict[str, list[str]], url: str, bare: bool) -> dict[str, Any]:
        shown = self.directory.objects(people, url, apps_url=False)
        if bare:  # bypass_pull_request_allowances carries no URLs in the description
            return {key: shown[key] for key in ("users", "teams", "apps")}
        return shown
