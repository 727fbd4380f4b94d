"""The incident spec: the YAML file an incident commander writes to start a recall.

Loading is strict: an unknown key, a missing field or a window that ends before it starts is refused with
the file, the line and the field, so a typo never starts a recall against the wrong data.

Credentials are named, never written: the spec goes into workflow history for ever, so a URL with a password
in it (a database, a git host API, a hook or webhook) is refused with the way to name it instead, so is a Slack,
Discord or Teams webhook URL (the URL is the credential: `escalation.webhook_env` names it), and a hook's `env`
may not carry a secret-looking variable (`env_from` passes one by name).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import types
from pathlib import Path
from typing import Annotated, Any, Union, get_args, get_origin
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from optout_recall.db import (
    DatabaseURLError,
    async_url,
    check_identifier,
    mask_url_passwords,
    name_password,
    redact_url,
    url_password,
)
from optout_recall.escalation import WebhookSource, WebhookSpec, capability_refusal
from optout_recall.payloads import (
    COMMIT_SHA_PATTERN,
    ChannelKind,
    ChannelTarget,
    EventTableConfig,
    GateStep,
    GpcPolicy,
    HookKind,
    HookSpec,
    LinksTableConfig,
    Person,
    RecallInput,
    RepoProvider,
    RepoTarget,
    Role,
    StagingTarget,
    WebhookTarget,
)
from optout_recall.payloads.backfill import plain_urls
from optout_recall.probes.http import http_password_problem
from optout_recall.probes.queue import broker_password_problem, name_broker_password

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_PUBLIC_KEY = re.compile(r"^[0-9a-fA-F]{64}$")
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# The names the worker treats as secrets (optout_recall.deploys.secrets): never given a value in the spec.
_SECRET_NAME = re.compile(r"(TOKEN|KEY|PASSWORD|PASSWD|SECRET)$", re.IGNORECASE)
_IN_HISTORY = "and the spec is kept in workflow history for ever"


class SpecError(ValueError):
    """A spec that cannot be used; str() is the one line shown to the user."""


def refuse_url_password(url: str | None, instead: str) -> None:
    """Refuse a URL with a password in it, saying how to pass the credential instead."""
    if not url:
        return
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if password is not None:
        raise ValueError(f"{mask_url_passwords(url)} holds a password, {_IN_HISTORY}; {instead}")


def _name_destination(destination: str) -> str:
    return (
        f"name it instead in databases.destinations.{destination}: webhook_env: NAME or webhook_file: PATH (the "
        "URL, read where the worker runs), and token_env: NAME or token_file: PATH (a bearer token)"
    )


def check_destination_url(destination: str, url: str) -> str:
    """A destination's webhook URL as written (`databases.destinations`, `recall backfill --destination`),
    refused when it is itself a credential or holds a password: workflow history would keep it for ever."""
    if refusal := capability_refusal(url):
        raise ValueError(
            f"destination {destination}: {refusal}, {_IN_HISTORY}; {_name_destination(destination)}"
        )
    refuse_url_password(url, f"drop it from the URL and {_name_destination(destination)}")
    return url


def _refuse_channel_passwords(channels: list[ChannelTarget]) -> list[ChannelTarget]:
    for channel in channels:
        if channel.kind == ChannelKind.QUEUE and (problem := broker_password_problem(channel.url)):
            raise ValueError(f"{channel.name}: {problem}")
        if problem := http_password_problem(channel):
            raise ValueError(f"{channel.name}: {problem}")
        if channel.token_env is not None and not _VARIABLE.match(channel.token_env):
            raise ValueError(
                f"{channel.name}: token_env {channel.token_env!r} is not an environment variable name"
            )
    return channels


def check_hook(hook: HookSpec) -> HookSpec:
    """A hook that can run, whose credentials are named and whose environment holds no secret value."""
    if hook.kind == HookKind.COMMAND and not hook.command:
        raise ValueError("a command hook needs `command` (a list of arguments)")
    if hook.kind == HookKind.WEBHOOK and not hook.url:
        raise ValueError("a webhook hook needs `url`")
    refuse_url_password(
        hook.url, "name its credential with token_env: NAME or token_file: PATH (a bearer token)"
    )
    if hook.kind == HookKind.COMMAND and (hook.token_env or hook.token_file):
        raise ValueError(
            "token_env and token_file are for webhook hooks; a command hook gets variables by env_from"
        )
    for name in [*hook.env, *hook.env_from]:
        if not _VARIABLE.match(name):
            raise ValueError(f"{name!r} is not an environment variable name")
        if name.upper().startswith("RECALL_"):
            raise ValueError(f"{name}: RECALL_* variables are set by the recall for every hook")
    secret = next((name for name in hook.env if _SECRET_NAME.search(name)), None)
    if secret is not None:
        raise ValueError(
            f"env.{secret} looks like a secret, {_IN_HISTORY}; set it where the worker runs and pass it by "
            f"name: env_from: [{secret}]"
        )
    return hook


def parse_duration(value: Any) -> float:
    """Seconds from `90`, `90s`, `30m`, `4h` or `1d`."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif isinstance(value, str) and (match := _DURATION.match(value)):
        seconds = float(match.group(1)) * _UNITS[match.group(2)]
    else:
        raise ValueError(f"{value!r} is not a duration (use seconds or 30s, 15m, 4h, 1d)")
    if seconds <= 0:
        raise ValueError("a duration must be positive")
    return seconds


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class IncidentSection(_Strict):
    id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    title: str = Field(min_length=1)


class WindowSection(_Strict):
    start: AwareDatetime
    end: AwareDatetime

    @model_validator(mode="after")
    def _ordered(self) -> WindowSection:
        if self.end <= self.start:
            raise ValueError("window.end must be after window.start")
        return self


class DatabasesSection(_Strict):
    events: str
    ledger: str
    # Where each database's password is read, by the worker and every command that opens it.
    events_password_env: str | None = None
    events_password_file: str | None = None
    ledger_password_env: str | None = None
    ledger_password_file: str | None = None
    event_table: EventTableConfig = Field(default_factory=EventTableConfig)
    # Identity links in the events database (CCPA regulations 7025(c)(1)); none: each identifier on its own.
    links: LinksTableConfig | None = None
    # Downstream systems' suppression/deletion webhooks, by the `destination` value in the events table: a
    # plain URL, or {webhook_env | webhook_file, token_env | token_file} naming what the worker reads.
    destinations: Annotated[dict[str, WebhookSpec], BeforeValidator(plain_urls)] = Field(default_factory=dict)

    @field_validator("events", "ledger")
    @classmethod
    def _url(cls, value: str, info: ValidationInfo) -> str:
        try:
            async_url(value)
        except DatabaseURLError as exc:
            raise ValueError(str(exc)) from exc
        if url_password(value) is not None:
            db = info.field_name
            raise ValueError(
                f"{redact_url(value)} holds a password, {_IN_HISTORY}; drop it from the URL and name it: "
                f"databases.{db}_password_env: NAME (a variable where the worker runs), "
                f"databases.{db}_password_file: PATH, or libpq's PGPASSWORD / ~/.pgpass"
            )
        return value

    @field_validator("events_password_env", "ledger_password_env")
    @classmethod
    def _variable(cls, value: str | None) -> str | None:
        if value is not None and not _VARIABLE.match(value):
            raise ValueError(f"{value!r} is not an environment variable name")
        return value

    @field_validator("destinations")
    @classmethod
    def _destination_urls(cls, value: dict[str, WebhookSpec]) -> dict[str, WebhookSpec]:
        for name, target in value.items():
            if not (target.webhook or target.webhook_env or target.webhook_file):
                raise ValueError(f"destination {name}: give webhook, webhook_env or webhook_file")
            if target.webhook:
                check_destination_url(name, target.webhook)
        return value

    @model_validator(mode="after")
    def _passwords_for_postgresql(self) -> DatabasesSection:
        for db in ("events", "ledger"):
            named = getattr(self, f"{db}_password_env") or getattr(self, f"{db}_password_file")
            if named and async_url(getattr(self, db)).get_backend_name() != "postgresql":
                raise ValueError(f"databases.{db}: only a PostgreSQL database takes a password")
        return self

    @field_validator("event_table")
    @classmethod
    def _identifiers(cls, value: EventTableConfig) -> EventTableConfig:
        for field, name in value.model_dump().items():
            check_identifier(name, f"event_table.{field}")
        return value

    @field_validator("links")
    @classmethod
    def _link_identifiers(cls, value: LinksTableConfig | None) -> LinksTableConfig | None:
        for field, name in (value.model_dump() if value is not None else {}).items():
            check_identifier(name, f"links.{field}")
        return value


class ApprovalsSection(_Strict):
    timeout: float = 3600.0
    escalation_interval: float = 1800.0
    deadline: float = 4 * 3600.0
    max_decision_age: float = 900.0
    quorum: dict[GateStep, int] = Field(default_factory=dict)

    @field_validator("quorum")
    @classmethod
    def _positive(cls, value: dict[GateStep, int]) -> dict[GateStep, int]:
        if any(n < 1 for n in value.values()):
            raise ValueError("a quorum is at least 1")
        return value

    @field_validator("timeout", "escalation_interval", "deadline", "max_decision_age", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float:
        return parse_duration(value)

    @model_validator(mode="after")
    def _ordered(self) -> ApprovalsSection:
        if self.deadline < self.timeout:
            raise ValueError("approvals.deadline must not be shorter than approvals.timeout")
        return self


class EscalationSection(WebhookSource):
    """Who hears of a gate left waiting; the webhook by name (`webhook_env`, `webhook_file`) or a plain URL."""

    contacts: list[str] = Field(default_factory=list)

    @field_validator("webhook")
    @classmethod
    def _no_password(cls, value: str | None) -> str | None:
        refuse_url_password(value, "the escalation webhook URL cannot carry a password")
        return value


class HotfixSection(_Strict):
    ref: str
    author: str | None = None
    deploy: HookSpec
    rollback: HookSpec

    @field_validator("ref")
    @classmethod
    def _full_commit_sha(cls, value: str) -> str:
        if not re.fullmatch(COMMIT_SHA_PATTERN, value):
            raise ValueError(
                f"{value!r} is not a full commit SHA (40 or 64 lowercase hex digits); name the commit, "
                "not a prefix, branch or tag"
            )
        return value

    @field_validator("deploy", "rollback")
    @classmethod
    def _hook_complete(cls, value: HookSpec) -> HookSpec:
        return check_hook(value)


class IncidentSpec(_Strict):
    """The whole spec file."""

    incident: IncidentSection
    window: WindowSection
    jurisdictions: list[str] = Field(min_length=1)
    gpc_policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED
    repos: list[RepoTarget] = Field(default_factory=list)
    channels: list[ChannelTarget] = Field(min_length=1)
    scenarios: list[str] = Field(default_factory=list)
    databases: DatabasesSection
    people: list[Person] = Field(min_length=1)
    commander: str
    approvals: ApprovalsSection = Field(default_factory=ApprovalsSection)
    escalation: EscalationSection = Field(default_factory=EscalationSection)
    hotfix: HotfixSection
    staging: StagingTarget | None = None
    artifacts_dir: str | None = None

    @field_validator("channels", mode="before")
    @classmethod
    def _broker_passwords_by_name(cls, value: Any) -> Any:
        return [name_broker_password(channel) for channel in value] if isinstance(value, list) else value

    @field_validator("channels")
    @classmethod
    def _no_channel_password(cls, value: list[ChannelTarget]) -> list[ChannelTarget]:
        return _refuse_channel_passwords(value)

    @field_validator("repos")
    @classmethod
    def _repo_credentials_by_name(cls, value: list[RepoTarget]) -> list[RepoTarget]:
        for repo in value:
            for url in (repo.location, repo.api_url):
                refuse_url_password(
                    url, f"name repo {repo.name!r}'s credential with token_env: NAME or token_file: PATH"
                )
        return value

    @field_validator("staging", mode="before")
    @classmethod
    def _staging_broker_passwords_by_name(cls, value: Any) -> Any:
        if isinstance(value, dict) and isinstance(value.get("channels"), list):
            return {**value, "channels": [name_broker_password(channel) for channel in value["channels"]]}
        return value

    @field_validator("staging")
    @classmethod
    def _staging_hook(cls, value: StagingTarget | None) -> StagingTarget | None:
        if value is not None:
            check_hook(value.deploy)
            _refuse_channel_passwords(value.channels)
        return value

    @field_validator("jurisdictions")
    @classmethod
    def _iso_3166(cls, value: list[str]) -> list[str]:
        for code in value:
            if not _JURISDICTION.match(code):
                raise ValueError(f"{code!r} is not an ISO 3166 code such as US-CA or EU")
        return value

    @model_validator(mode="after")
    def _roster(self) -> IncidentSpec:
        names = [p.name for p in self.people]
        if len(set(names)) != len(names):
            raise ValueError("people: each name may appear once")
        by_name = {p.name: p for p in self.people}
        commander = by_name.get(self.commander)
        if commander is None:
            raise ValueError(f"commander {self.commander!r} is not listed in people")
        if Role.COMMANDER not in commander.roles:
            raise ValueError(f"commander {self.commander!r} does not have the commander role")
        if not any(Role.ON_CALL in p.roles for p in self.people):
            raise ValueError("people: at least one person needs the on-call role to approve the hotfix")
        for person in self.people:
            deciders = {Role.COMMANDER, Role.ON_CALL}
            if deciders & set(person.roles) and not person.public_key:
                raise ValueError(
                    f"people: {person.name} decides gates but has no public_key (make one: recall keys new {person.name})"
                )
            if person.public_key and not _PUBLIC_KEY.match(person.public_key):
                raise ValueError(f"people: {person.name}'s public_key is not 64 hex digits (an Ed25519 key)")
        quorum = self.approvals.quorum.get(GateStep.HOTFIX, 1)
        approvers = [
            p
            for p in self.people
            if Role.ON_CALL in p.roles and p.name not in (self.commander, self.hotfix.author)
        ]
        if quorum > len(approvers):
            raise ValueError(
                f"approvals.quorum.hotfix is {quorum} but only {len(approvers)} on-call people may approve"
            )
        repo_names = [r.name for r in self.repos]
        if len(set(repo_names)) != len(repo_names):
            raise ValueError("repos: each name may appear once")
        for repo in self.repos:
            if repo.provider != RepoProvider.GIT and not (repo.token_env or repo.token_file):
                raise ValueError(f"repo {repo.name!r}: {repo.provider} needs token_env or token_file")
        return self


def _line_of(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location, as deep as it can be found."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            key = next((k for k, v in node.value if getattr(k, "value", None) == part), None)
            if match is None:
                break
            line = (key or match).start_mark.line + 1
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _keys_at(loc: tuple[int | str, ...]) -> list[str]:
    """The keys the spec allows at a location: the fields of the model found by walking the loc."""
    annotation: Any = IncidentSpec
    for part in loc:
        annotation = _model_or_container(annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return []
            annotation = field.annotation
        elif get_origin(annotation) is list and isinstance(part, int):
            annotation = get_args(annotation)[0]
        elif get_origin(annotation) is dict:
            annotation = get_args(annotation)[1]
        else:
            return []
    annotation = _model_or_container(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _model_or_container(annotation: Any) -> Any:
    """`X | None` and `Annotated[X, ...]` as X."""
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            members = [a for a in get_args(annotation) if a is not type(None)]
            if len(members) != 1:
                return annotation
            annotation = members[0]
        else:
            return annotation


def _did_you_mean(key: str, allowed: list[str]) -> str:
    close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]}?"
    return f" (allowed: {', '.join(allowed)})" if allowed else ""


def _resolve(path_like: str, base: Path) -> str:
    path = Path(path_like).expanduser()
    return str(path if path.is_absolute() else (base / path).resolve())


def _resolve_sqlite(url: str, base: Path) -> str:
    """Relative SQLite paths are relative to the spec file, not to wherever the worker runs."""
    for prefix in ("sqlite:///", "sqlite+aiosqlite:///"):
        if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
            return prefix + _resolve(url[len(prefix) :], base)
    return url


def _database_url(databases: DatabasesSection, db: str, base: Path) -> str:
    """The URL as history keeps it: no password, only where to read it (a variable or a file)."""
    url = _resolve_sqlite(getattr(databases, db), base)
    password_file = getattr(databases, f"{db}_password_file")
    return name_password(
        url,
        env=getattr(databases, f"{db}_password_env"),
        file=_resolve(password_file, base) if password_file else None,
    )


def load_spec(path: str | Path) -> tuple[IncidentSpec, str]:
    """Parse and validate a spec file; returns the spec and the SHA-256 of its bytes."""
    spec_path = Path(path)
    try:
        raw = spec_path.read_bytes()
    except OSError as exc:
        raise SpecError(f"{spec_path}: cannot read: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except UnicodeDecodeError as exc:
        raise SpecError(f"{spec_path}: not UTF-8 text") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"{spec_path}{where}: not valid YAML: {problem}") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{spec_path}: a spec is a YAML mapping with incident, window, repos, channels, ...")
    try:
        spec = IncidentSpec.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        field = ".".join(str(p) for p in loc) or "(top level)"
        line = _line_of(root, loc)
        where = f":{line}" if line else ""
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden" and loc:
            message = f"unknown key{_did_you_mean(str(loc[-1]), _keys_at(loc[:-1]))}"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise SpecError(f"{spec_path}{where}: {field}: {message}{more}") from exc
    return spec, hashlib.sha256(raw).hexdigest()


def to_recall_input(
    spec: IncidentSpec, spec_path: str | Path, spec_sha256: str, artifacts_root: Path
) -> RecallInput:
    """The workflow's input: relative paths resolved against the spec's folder."""
    base = Path(spec_path).resolve().parent
    repos = [
        repo.model_copy(update={"location": _resolve(repo.location, base)})
        if repo.provider == RepoProvider.GIT and not repo.location.startswith(("ssh://", "git@"))
        else repo
        for repo in spec.repos
    ]
    artifacts = (
        _resolve(spec.artifacts_dir, base)
        if spec.artifacts_dir
        else str((artifacts_root / spec.incident.id).resolve())
    )
    return RecallInput(
        incident_id=spec.incident.id,
        title=spec.incident.title,
        window_start=spec.window.start,
        window_end=spec.window.end,
        jurisdictions=spec.jurisdictions,
        gpc_policy=spec.gpc_policy,
        repos=repos,
        channels=spec.channels,
        scenarios=spec.scenarios,
        events_url=_database_url(spec.databases, "events", base),
        ledger_url=_database_url(spec.databases, "ledger", base),
        event_table=spec.databases.event_table,
        links=spec.databases.links,
        destinations={
            name: WebhookTarget.model_validate(target.model_dump())
            for name, target in spec.databases.destinations.items()
        },
        people=spec.people,
        commander=spec.commander,
        approval_timeout_seconds=spec.approvals.timeout,
        escalation_interval_seconds=spec.approvals.escalation_interval,
        approval_deadline_seconds=spec.approvals.deadline,
        escalation_contacts=spec.escalation.contacts,
        escalation_webhook=spec.escalation.webhook,
        hotfix_ref=spec.hotfix.ref,
        hotfix_author=spec.hotfix.author,
        quorum={str(step): n for step, n in spec.approvals.quorum.items()},
        max_decision_age_seconds=spec.approvals.max_decision_age,
        escalation_format=spec.escalation.format,
        escalation_webhook_env=spec.escalation.webhook_env,
        escalation_webhook_file=spec.escalation.webhook_file,
        escalation_token_env=spec.escalation.token_env,
        escalation_token_file=spec.escalation.token_file,
        deploy=spec.hotfix.deploy,
        rollback=spec.hotfix.rollback,
        staging=spec.staging,
        artifacts_dir=artifacts,
        spec_sha256=spec_sha256,
    )
