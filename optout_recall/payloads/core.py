"""The base of every payload, and the enums both sides of a workflow boundary agree on."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

COMMIT_SHA_PATTERN = r"^([0-9a-f]{40}|[0-9a-f]{64})$"


class Payload(BaseModel):
    model_config = ConfigDict(frozen=False, extra="forbid")


# --------------------------------------------------------------------------- enums


class Phase(StrEnum):
    STARTING = "starting"
    FREEZE = "freeze"
    REPRODUCE = "reproduce"
    HOTFIX_GATE = "hotfix_gate"
    DEPLOY = "deploy"
    VERIFY = "verify"
    BACKFILL = "backfill"
    UNFREEZE = "unfreeze"
    AUDIT = "audit"
    DONE = "done"


class _CanceledAsTemporalSpellsIt(StrEnum):
    """`canceled`, as Temporal spells it; histories recorded before that still decode their `cancelled`."""

    @classmethod
    def _missing_(cls, value: object) -> _CanceledAsTemporalSpellsIt | None:
        return cls("canceled") if value == "cancelled" else None


class Outcome(_CanceledAsTemporalSpellsIt):
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "canceled"


class StepOutcome(_CanceledAsTemporalSpellsIt):
    OK = "ok"
    FAILED = "failed"
    REJECTED = "rejected"
    APPROVED = "approved"
    ESCALATED = "escalated"
    TIMED_OUT = "timed_out"
    CANCELLED = "canceled"
    SKIPPED = "skipped"


class GpcPolicy(StrEnum):
    WHERE_REQUIRED = "where_required"
    EVERYWHERE = "everywhere"


class Role(StrEnum):
    COMMANDER = "commander"
    ON_CALL = "on-call"
    AUDITOR = "auditor"


class GateStep(StrEnum):
    """Steps that wait on a person."""

    CONTINUE_WITHOUT_REPRODUCTION = "continue-without-reproduction"
    HOTFIX = "hotfix"
    BACKFILL_APPLY = "backfill-apply"


class Choice(StrEnum):
    OPT_OUT = "opt_out"
    OPT_IN = "opt_in"


class ConsentSource(StrEnum):
    GPC = "gpc"
    WEB = "web"
    API = "api"
    SDK = "sdk"
    QUEUE = "queue"
    IMPORT = "import"


class Verdict(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    UNREACHABLE = "unreachable"
    ERROR = "error"


class RepoProvider(StrEnum):
    GIT = "git"
    GITHUB = "github"
    GITLAB = "gitlab"


class GitHubFreezeMode(StrEnum):
    """How a GitHub repository is frozen; AUTO uses a ruleset and falls back to branch protection."""

    AUTO = "auto"
    RULESET = "ruleset"
    BRANCH_PROTECTION = "branch_protection"
    ORG_RULESET = "org_ruleset"


class BypassKind(StrEnum):
    """Who may push an approved hotfix through a hosted freeze (the release automation)."""

    APP = "app"
    TEAM = "team"
    USER = "user"
    DEPLOY_KEY = "deploy_key"
    REPOSITORY_ROLE = "repository_role"
    ORG_ADMIN = "org_admin"

    @classmethod
    def _missing_(cls, value: object) -> BypassKind | None:
        """GitHub's own actor_type names (Integration, OrganizationAdmin, DeployKey, …) mean the same kinds."""
        if not isinstance(value, str):
            return None
        key = value.replace("_", "").lower()
        official = {"integration": cls.APP, "organizationadmin": cls.ORG_ADMIN}
        return official.get(key) or next((kind for kind in cls if kind.value.replace("_", "") == key), None)
