"""GitLab's documented parameters for the endpoints the freeze uses, with the tier each needs.

From GitLab's REST docs (doc/api/protected_branches.md, doc/api/freeze_periods.md, doc/api/commits.md and
the pagination section of doc/api/rest/_index.md) and, where the docs leave the tier unsaid, the Grape
source (`unprotect_access_level` is declared only in `ee/lib/ee/api/helpers/protected_branches_helpers.rb`).
A Premium parameter sent to a Free instance is dropped without an error, as GitLab drops parameters it does
not declare; a parameter GitLab does not document at all, or a missing required one, is a violation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FREE = "free"
PREMIUM = "premium"
LEVELS = {0: "No one", 30: "Developers + Maintainers", 40: "Maintainers", 60: "Admins"}
UNPROTECT_LEVELS = {30, 40, 60}  # "Access level No access is not available for this field"
PAGINATION: dict[str, type] = {"page": int, "per_page": int}


@dataclass(frozen=True)
class Param:
    kind: type | str  # a Python type, or "access" for an array of access-level hashes
    tier: str = FREE
    required: bool = False
    values: frozenset[int] | None = None
    actors: tuple[str, ...] = ()  # for "access": which of user_id, group_id, deploy_key_id it takes


_PUSH = ("user_id", "group_id", "deploy_key_id")
_OTHERS = ("user_id", "group_id")
PROTECT = {
    "name": Param(str, required=True),
    "push_access_level": Param(int, values=frozenset(LEVELS)),
    "merge_access_level": Param(int, values=frozenset(LEVELS)),
    "allow_force_push": Param(bool),
    "unprotect_access_level": Param(int, PREMIUM, values=frozenset(UNPROTECT_LEVELS)),
    "code_owner_approval_required": Param(bool, PREMIUM),
    "allowed_to_push": Param("access", PREMIUM, values=frozenset(LEVELS), actors=_PUSH),
    "allowed_to_merge": Param("access", PREMIUM, values=frozenset(LEVELS), actors=_OTHERS),
    "allowed_to_unprotect": Param("access", PREMIUM, values=frozenset(UNPROTECT_LEVELS), actors=_OTHERS),
}
UPDATE = {
    "allow_force_push": Param(bool),
    "code_owner_approval_required": Param(bool, PREMIUM),
    "allowed_to_push": PROTECT["allowed_to_push"],
    "allowed_to_merge": PROTECT["allowed_to_merge"],
    "allowed_to_unprotect": PROTECT["allowed_to_unprotect"],
}
CREATE_FREEZE_PERIOD = {
    "freeze_start": Param(str, required=True),
    "freeze_end": Param(str, required=True),
    "cron_timezone": Param(str),
}
# Attributes each answer documents (protected branch, access level entry) and the tier that shows them.
BRANCH_ATTRIBUTES = {
    "id": FREE,
    "name": FREE,
    "push_access_levels": FREE,
    "merge_access_levels": FREE,
    "unprotect_access_levels": FREE,
    "allow_force_push": FREE,
    "code_owner_approval_required": FREE,
}
LEVEL_ATTRIBUTES = {
    "id": FREE,
    "access_level": FREE,
    "access_level_description": FREE,
    "deploy_key_id": FREE,
    "user_id": PREMIUM,
    "group_id": PREMIUM,
}
FREEZE_PERIOD_ATTRIBUTES = {"id", "freeze_start", "freeze_end", "cron_timezone", "created_at", "updated_at"}


def check(
    params: dict[str, Param], body: dict[str, Any], tier: str, *, patch: bool = False
) -> tuple[dict[str, Any], list[str], list[str]]:
    """Split `body` into what `tier` keeps, what it drops, and what no tier documents (problems)."""
    kept: dict[str, Any] = {}
    dropped: list[str] = []
    problems = [f"{name} is missing" for name, p in params.items() if p.required and name not in body]
    for name, value in body.items():
        param = params.get(name)
        if param is None:
            problems.append(f"{name} is not a documented parameter")
            continue
        problem = _value_problem(name, param, value, patch=patch)
        if problem:
            problems.append(problem)
        elif param.tier == PREMIUM and tier == FREE:
            dropped.append(name)
        else:
            kept[name] = value
    return kept, dropped, problems


def check_query(names: dict[str, type], query: dict[str, str]) -> list[str]:
    problems = []
    for name, value in query.items():
        if name not in names:
            problems.append(f"query parameter {name} is not documented")
        elif names[name] is int and not value.isdigit():
            problems.append(f"{name} is invalid")
    return problems


def answer_problems(branch: dict[str, Any], tier: str) -> list[str]:
    """Whether a protected branch the fake answers shows only what the docs list for `tier`."""
    problems = [f"{key} is not a documented attribute" for key in branch if key not in BRANCH_ATTRIBUTES]
    for field in ("push_access_levels", "merge_access_levels", "unprotect_access_levels"):
        for level in branch.get(field, []):
            for key in level:
                shown = LEVEL_ATTRIBUTES.get(key)
                if shown is None or (shown == PREMIUM and tier == FREE):
                    problems.append(f"{field}[].{key} is not shown on {tier}")
    return problems


def _value_problem(name: str, param: Param, value: Any, *, patch: bool) -> str:
    if param.kind == "access":
        if not isinstance(value, list):
            return f"{name} is invalid"
        for entry in value:
            problem = _entry_problem(name, param, entry, patch=patch)
            if problem:
                return problem
        return ""
    kind = param.kind
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):  # type: ignore[arg-type]
        return f"{name} is invalid"
    if param.values is not None and value not in param.values:
        return f"{name} does not have a valid value"
    return ""


def _entry_problem(name: str, param: Param, entry: Any, *, patch: bool) -> str:
    """One hash of allowed_to_*: exactly one of access_level and the actors; on PATCH also id/_destroy."""
    if not isinstance(entry, dict):
        return f"{name} is invalid"
    allowed = {"access_level", *param.actors, *(("id", "_destroy") if patch else ())}
    if set(entry) - allowed:
        return f"{name} takes no {sorted(set(entry) - allowed)}"
    if entry.get("_destroy"):
        return "" if isinstance(entry.get("id"), int) else f"{name}: _destroy needs the id of the entry"
    given = [key for key in ("access_level", *param.actors) if key in entry]
    if len(given) != 1:
        return f"{name} entries take exactly one of access_level, {', '.join(param.actors)}"
    if "access_level" in entry and entry["access_level"] not in (param.values or ()):
        return f"{name}[][access_level] does not have a valid value"
    return ""
