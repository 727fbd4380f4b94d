"""GitLab protected-branch settings as its documented API sets them, on Free and on Premium.

GitLab's docs (Protected branches API) mark `allowed_to_push`, `allowed_to_merge`, `allowed_to_unprotect` and
`code_owner_approval_required` "Premium and Ultimate only", and its Grape source declares
`unprotect_access_level` only in the EE parameters. A Free instance drops them without an error, so there a
PATCH of a protected branch's access levels answers 200 and changes nothing, and a protect (POST) can set
one push level, one merge level and force push, nothing more. The docs also say that only Premium and
Ultimate show `user_id` and `group_id` on access levels: that is how a branch read tells the tier.

Settings are kept as `{"push", "merge", "unprotect", "allow_force_push", "code_owner_approval_required"}`
with access entries as the API takes them (`{"access_level": 40}`, `{"user_id": 7}`, `{"group_id": 3}`,
`{"deploy_key_id": 5}`); `unprotect` is None when the instance does not show unprotect levels.
"""

from __future__ import annotations

import json
from typing import Any

FREE = "free"
PREMIUM = "premium"
NO_ACCESS = 0
MAINTAINER = 40
DEFAULT_UNPROTECT = [{"access_level": MAINTAINER}]
_ACTORS = ("user_id", "group_id", "deploy_key_id")
_LEVEL_FIELDS = {
    "push": "push_access_levels",
    "merge": "merge_access_levels",
    "unprotect": "unprotect_access_levels",
}


def entries(levels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Access levels without GitLab's ids and descriptions: what to send to recreate them."""
    kept = []
    for level in levels:
        entry = {key: level[key] for key in _ACTORS if level.get(key) is not None}
        kept.append(entry or {"access_level": level["access_level"]})
    return kept


def settings_of(branch: dict[str, Any]) -> dict[str, Any]:
    """A protected branch as GET/POST/PATCH answer it -> its settings."""
    unprotect = branch.get("unprotect_access_levels")
    return {
        "push": entries(branch.get("push_access_levels", [])),
        "merge": entries(branch.get("merge_access_levels", [])),
        "unprotect": None if unprotect is None else entries(unprotect),
        "allow_force_push": bool(branch.get("allow_force_push")),
        "code_owner_approval_required": bool(branch.get("code_owner_approval_required")),
    }


def shown_tier(branch: dict[str, Any]) -> str | None:
    """FREE or PREMIUM by the fields GitLab shows on access levels; None when there is nothing to tell by."""
    levels = [level for field in _LEVEL_FIELDS.values() for level in branch.get(field) or []]
    if not levels:
        return None
    return PREMIUM if any("user_id" in level or "group_id" in level for level in levels) else FREE


def matches(current: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """Whether `current` settings are `wanted` (entry order aside; unprotect only where both know it)."""
    for key, value in wanted.items():
        have = current.get(key)
        if key == "unprotect" and (value is None or have is None):
            continue
        if isinstance(value, list):
            if have is None or _canonical(have) != _canonical(value):
                return False
        elif have != value:
            return False
    return True


def free_cannot_recreate(settings: dict[str, Any]) -> str:
    """What a Free protect (one push level, one merge level, force push) could not put back; '' if nothing."""
    problems = []
    for key in ("push", "merge"):
        if len(settings[key]) != 1 or set(settings[key][0]) != {"access_level"}:
            problems.append(f"{key} access {settings[key]}")
    if settings.get("unprotect") not in (None, DEFAULT_UNPROTECT):
        problems.append(f"unprotect access {settings['unprotect']}")
    if settings["code_owner_approval_required"]:
        problems.append("code owner approval")
    return "; ".join(problems)


def protect_body(branch: str, settings: dict[str, Any]) -> dict[str, Any]:
    """POST /projects/:id/protected_branches for `settings`: documented Free fields where they suffice."""
    body: dict[str, Any] = {"name": branch, "allow_force_push": settings["allow_force_push"]}
    if settings["code_owner_approval_required"]:
        body["code_owner_approval_required"] = True
    for key in ("push", "merge", "unprotect"):
        wanted = settings.get(key)
        if wanted is None or (key == "unprotect" and wanted == DEFAULT_UNPROTECT):
            continue
        levels = [e["access_level"] for e in wanted if set(e) == {"access_level"}]
        if len(levels) == 1:
            body[f"{key}_access_level"] = levels[0]
            others = [e for e in wanted if set(e) != {"access_level"}]
        else:
            others = wanted  # no single role: every entry goes in allowed_to_*, so no default role is added
        if others:
            body[f"allowed_to_{key}"] = others
    return body


def patch_body(existing: dict[str, Any], settings: dict[str, Any]) -> dict[str, Any]:
    """PATCH /projects/:id/protected_branches/:name from `existing` (as GitLab answered it) to `settings`."""
    now = settings_of(existing)
    body: dict[str, Any] = {}
    for flag in ("allow_force_push", "code_owner_approval_required"):
        if now[flag] != settings[flag]:
            body[flag] = settings[flag]
    for key, field in _LEVEL_FIELDS.items():
        wanted = settings.get(key)
        if wanted is None or now[key] is None or _canonical(now[key]) == _canonical(wanted):
            continue
        body[f"allowed_to_{key}"] = [
            *({"id": level["id"], "_destroy": True} for level in existing.get(field, [])),
            *wanted,
        ]
    return body


def _canonical(levels: list[dict[str, Any]]) -> list[str]:
    return sorted(json.dumps(level, sort_keys=True) for level in levels)
