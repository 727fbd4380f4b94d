"""GitHub branch protection as the official description states it: what is saved, frozen and put back.

A saved protection is what a PUT needs to recreate it, plus what that PUT cannot carry:

- `protection`: the body of `PUT .../branches/{branch}/protection`. Its `required_status_checks` is
  `{"strict", "contexts"}`, the two fields the description requires.
- `checks`: the status checks with the app each must come from, put back with
  `PATCH .../protection/required_status_checks`, since `contexts` alone would bind each check to "the app
  that recently provided it". A check open to any app (`app_id: null` in a GET) is sent as `app_id: -1`,
  the value the description gives for "any app".
- `required_signatures`: whether signed commits were required, which no PUT field sets; it is put back with
  `POST`/`DELETE .../protection/required_signatures`.

Fields a GET of the whole protection leaves out (the description makes `strict` optional there, and an
example response omits it and `required_signatures`) are read from their own endpoints instead of guessed.
"""

from __future__ import annotations

from typing import Any

from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import BypassActor, BypassKind

ANY_APP = -1
_FLAGS = (
    "required_linear_history",
    "allow_force_pushes",
    "allow_deletions",
    "block_creations",
    "required_conversation_resolution",
    "lock_branch",
    "allow_fork_syncing",
)
_REVIEW_FIELDS = (
    "dismiss_stale_reviews",
    "require_code_owner_reviews",
    "required_approving_review_count",
    "require_last_push_approval",
)


def actors(value: dict[str, Any] | None) -> dict[str, list[str]] | None:
    """Users, teams and apps of a GET (as objects) the way a PUT names them (logins and slugs)."""
    if value is None:
        return None
    return {
        "users": [u["login"] for u in value.get("users", [])],
        "teams": [t["slug"] for t in value.get("teams", [])],
        "apps": [a["slug"] for a in value.get("apps", [])],
    }


def status_checks(policy: dict[str, Any]) -> tuple[list[str], list[dict[str, Any]] | None]:
    """The contexts and the app-bound checks of a GET's `required_status_checks` (or status-check-policy)."""
    if "checks" in policy:
        checks = [
            {"context": c["context"], "app_id": ANY_APP if c.get("app_id") is None else c["app_id"]}
            for c in policy["checks"]
        ]
        return [c["context"] for c in checks], checks
    return list(policy.get("contexts", [])), None


def saved_protection(
    current: dict[str, Any], policy: dict[str, Any] | None, required_signatures: bool
) -> dict[str, Any]:
    """Turn GET .../protection into what recreates it; `policy` is GET .../required_status_checks."""

    def enabled(key: str) -> bool:
        value = current.get(key)
        return bool(value and value.get("enabled"))

    checks_now = current.get("required_status_checks")
    checks: list[dict[str, Any]] | None = None
    required_status_checks: dict[str, Any] | None = None
    if checks_now is not None:
        source = policy if policy is not None else checks_now
        contexts, checks = status_checks(source)
        required_status_checks = {"strict": bool(source["strict"]), "contexts": contexts}
    reviews = current.get("required_pull_request_reviews")
    body: dict[str, Any] = {
        "required_status_checks": required_status_checks,
        "enforce_admins": enabled("enforce_admins"),
        "required_pull_request_reviews": None,
        "restrictions": actors(current.get("restrictions")),
        **{flag: enabled(flag) for flag in _FLAGS},
    }
    if reviews is not None:
        review_body = {key: reviews[key] for key in _REVIEW_FIELDS if key in reviews}
        for key in ("dismissal_restrictions", "bypass_pull_request_allowances"):
            if reviews.get(key) is not None:
                review_body[key] = actors(reviews[key])
        body["required_pull_request_reviews"] = review_body
    return {"protection": body, "checks": checks, "required_signatures": required_signatures}


def needs_status_check_policy(current: dict[str, Any]) -> bool:
    """Whether the GET left out what only GET .../required_status_checks says for sure."""
    checks = current.get("required_status_checks")
    return checks is not None and ("strict" not in checks or "checks" not in checks)


def from_v1(body: dict[str, Any]) -> dict[str, Any]:
    """A protection saved by the first version of this module (a PUT body with `checks` inside)."""
    protection = dict(body)
    checks_now = body.get("required_status_checks")
    checks = None
    if checks_now is not None:
        checks = [
            {"context": c["context"], **({"app_id": c["app_id"]} if "app_id" in c else {})}
            for c in checks_now.get("checks", [])
        ]
        protection["required_status_checks"] = {
            "strict": bool(checks_now.get("strict")),
            "contexts": [c["context"] for c in checks],
        }
    return {"protection": protection, "checks": checks, "required_signatures": None}


def frozen_protection(previous: dict[str, Any] | None, hotfix: BypassActor | None) -> dict[str, Any]:
    """The previous protection, locked: no pushes, force pushes or deletions, admins included."""
    body: dict[str, Any] = {
        "required_status_checks": None,
        "enforce_admins": True,
        "required_pull_request_reviews": None,
        "restrictions": None,
    }
    if previous is not None:
        body.update(previous["protection"])
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
    return {
        "protection": body,
        "checks": None if previous is None else previous["checks"],
        "required_signatures": None if previous is None else previous["required_signatures"],
    }
