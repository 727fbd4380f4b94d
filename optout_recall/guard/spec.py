"""The guard spec: what to watch, how often, who hears about it and what happens next.

`load_guard_spec` refuses a bad file with one line, `FILE:LINE: field: reason`; `to_guard_input` resolves
paths and the template incident spec into the input every scheduled run gets.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from optout_recall.escalation import WebhookSource
from optout_recall.payloads import ChannelTarget, HookSpec
from optout_recall.payloads.guard import GuardInput, GuardStaging, GuardTask, OpenRecall
from optout_recall.probes.queue import name_broker_password
from optout_recall.probes.run import channel_problem
from optout_recall.probes.scenarios import load_library
from optout_recall.rules import RulesError, load_rules
from optout_recall.spec import SpecError, _line_of, check_hook, load_spec, parse_duration, to_recall_input

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_JURISDICTION = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")
_CRON_FIELD = re.compile(r"^[\d*/,\-A-Za-z?LW#]+$")
DEFAULT_EVERY = 3600.0
MAX_CATCHUP = 24 * 3600.0


class GuardSpecError(ValueError):
    """A guard spec that cannot be used; str() is one line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Timing(_Strict):
    """An interval (`every: 1h`) or a cron expression (`cron: "0 * * * *"`), never both; default hourly."""

    every: float | None = None
    cron: str | None = None
    catchup_window: float = 600.0

    @field_validator("every", "catchup_window", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> float | None:
        return None if value is None else parse_duration(value)

    @field_validator("cron")
    @classmethod
    def _cron(cls, value: str | None) -> str | None:
        if value is not None:
            fields = value.split()
            if len(fields) != 5 or not all(_CRON_FIELD.match(f) for f in fields):
                raise ValueError(f"{value!r} is not a five-field cron expression like '0 * * * *'")
        return value

    @model_validator(mode="after")
    def _one_and_bounded(self) -> Timing:
        if self.every is not None and self.cron is not None:
            raise ValueError("give every or cron, not both")
        if self.every is not None and self.every < 1:
            raise ValueError("every must be at least 1s")
        if self.catchup_window < 60 or self.catchup_window > MAX_CATCHUP:
            raise ValueError("catchup_window must be between 1m and 1d")
        return self

    @property
    def interval_seconds(self) -> float | None:
        return self.every if self.every is not None or self.cron is not None else DEFAULT_EVERY


class WatchSection(_Strict):
    days: int = Field(default=60, ge=1, le=730)
    rules: str | None = None


class EscalationSection(WebhookSource):
    """Who hears of a regression; the webhook by name (`webhook_env`, `webhook_file`) or a plain URL."""

    contacts: list[str] = Field(default_factory=list)

    @field_validator("webhook")
    @classmethod
    def _http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError(f"webhook must be an http:// or https:// URL, got {value!r}")
        if value is not None and "@" in value.split("//", 1)[1].split("/", 1)[0]:
            raise ValueError("the webhook URL cannot carry credentials")
        return value


class StagingSection(_Strict):
    channels: list[ChannelTarget] = Field(min_length=1)
    deploy: HookSpec
    rollback: HookSpec
    release: str = "current"
    rehearse: Timing = Field(default_factory=lambda: Timing(every=7 * 24 * 3600.0))

    @field_validator("deploy", "rollback")
    @classmethod
    def _hook(cls, value: HookSpec) -> HookSpec:
        return check_hook(value)

    @field_validator("channels", mode="before")
    @classmethod
    def _broker_passwords_by_name(cls, value: Any) -> Any:
        return [name_broker_password(channel) for channel in value] if isinstance(value, list) else value


class GuardSpec(_Strict):
    name: str
    schedule: Timing = Field(default_factory=Timing)
    channels: list[ChannelTarget] = Field(default_factory=list)
    scenarios: list[str] = Field(default_factory=list)
    jurisdictions: list[str] = Field(default_factory=list)
    watch: WatchSection = Field(default_factory=WatchSection)
    escalation: EscalationSection = Field(default_factory=EscalationSection)
    open_recall: OpenRecall = OpenRecall.NEVER
    ask_timeout: float = 3600.0
    template: str | None = None
    staging: StagingSection | None = None
    state_dir: str | None = None

    @field_validator("channels", mode="before")
    @classmethod
    def _broker_passwords_by_name(cls, value: Any) -> Any:
        return [name_broker_password(channel) for channel in value] if isinstance(value, list) else value

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError(f"{value!r} is not a lower-case name like preference-service")
        return value

    @field_validator("ask_timeout", mode="before")
    @classmethod
    def _ask_timeout(cls, value: Any) -> float:
        return parse_duration(value)

    @field_validator("jurisdictions")
    @classmethod
    def _iso_3166(cls, value: list[str]) -> list[str]:
        for code in value:
            if not _JURISDICTION.match(code):
                raise ValueError(f"{code!r} is not an ISO 3166 code such as US-CA or EU")
        return value

    @model_validator(mode="after")
    def _what_next_needs_a_template(self) -> GuardSpec:
        if self.open_recall != OpenRecall.NEVER and not self.template:
            raise ValueError(
                f"open_recall: {self.open_recall} needs template: an incident spec to start from"
            )
        if not self.channels and not self.template:
            raise ValueError("name the channels to watch, or a template incident spec that names them")
        return self


def load_guard_spec(path: str | Path) -> GuardSpec:
    """Parse and validate a guard spec; every refusal is one line naming the file and line."""
    spec_path = Path(path)
    try:
        text = spec_path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise GuardSpecError(f"{spec_path}: cannot read: {exc.strerror}") from exc
    except UnicodeDecodeError as exc:
        raise GuardSpecError(f"{spec_path}: not UTF-8 text") from exc
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise GuardSpecError(
            f"{spec_path}{where}: not valid YAML: {getattr(exc, 'problem', None) or exc}"
        ) from exc
    if not isinstance(data, dict):
        raise GuardSpecError(
            f"{spec_path}: a guard spec is a YAML mapping with name, channels, schedule, ..."
        )
    try:
        return GuardSpec.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        field = ".".join(str(p) for p in loc) or "(top level)"
        line = _line_of(root, loc)
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "extra_forbidden":
            message = "unknown key"
        raise GuardSpecError(
            f"{spec_path}{f':{line}' if line else ''}: {field}: {' '.join(message.split())}"
        ) from exc


def to_guard_input(spec: GuardSpec, spec_path: str | Path, state_root: Path) -> GuardInput:
    """The input every scheduled run gets: paths resolved, the template loaded and checked now, not at 3 a.m."""
    base = Path(spec_path).resolve().parent
    template = None
    commander, commander_key = "", ""
    if spec.template:
        template_path = (base / spec.template).resolve()
        try:
            incident, digest = load_spec(template_path)
        except SpecError as exc:
            raise GuardSpecError(f"{spec_path}: template: {exc}") from exc
        template = to_recall_input(incident, template_path, digest, (state_root / "artifacts").resolve())
        commander = incident.commander
        commander_key = next(p.public_key or "" for p in incident.people if p.name == incident.commander)
    channels = spec.channels or (template.channels if template else [])
    for channel in [*channels, *(spec.staging.channels if spec.staging else [])]:
        if problem := channel_problem(channel):
            raise GuardSpecError(f"{spec_path}: channels: {channel.name}: {problem}")
    library = load_library()
    unknown = [name for name in spec.scenarios if name not in library]
    if unknown:
        raise GuardSpecError(
            f"{spec_path}: scenarios: unknown {', '.join(unknown)} (known: {', '.join(sorted(library))})"
        )
    rules_path = str((base / spec.watch.rules).resolve()) if spec.watch.rules else ""
    try:
        load_rules(rules_path or None)
    except RulesError as exc:
        raise GuardSpecError(f"{spec_path}: watch.rules: {exc}") from exc
    state_dir = (
        (base / spec.state_dir).resolve() if spec.state_dir else (state_root / "guards" / spec.name).resolve()
    )
    staging = (
        GuardStaging(
            channels=spec.staging.channels,
            deploy=spec.staging.deploy,
            rollback=spec.staging.rollback,
            release=spec.staging.release,
        )
        if spec.staging
        else None
    )
    return GuardInput(
        name=spec.name,
        task=GuardTask.CHECK,
        channels=channels,
        scenarios=spec.scenarios,
        jurisdictions=spec.jurisdictions or (template.jurisdictions if template else []),
        watch_days=spec.watch.days,
        rules_path=rules_path,
        state_dir=str(state_dir),
        webhook=spec.escalation.webhook,
        webhook_format=spec.escalation.format,
        webhook_env=spec.escalation.webhook_env,
        webhook_file=spec.escalation.webhook_file,
        token_env=spec.escalation.token_env,
        token_file=spec.escalation.token_file,
        contacts=spec.escalation.contacts,
        open_recall=spec.open_recall,
        ask_timeout_seconds=spec.ask_timeout,
        commander=commander,
        commander_public_key=commander_key,
        template=template,
        staging=staging,
    )
