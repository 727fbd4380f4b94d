"""Jurisdiction rules as versioned data: who must honor a universal opt-out signal, from when, for what.

The shipped `jurisdictions.yaml` is validated by pydantic on load; its SHA-256 (`content_hash`) is recorded
in every recall and report so a finding can be traced to the exact rules it was judged by.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from functools import cached_property
from hashlib import sha256
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, ValidationError, field_validator, model_validator

from optout_recall.ledger.models import JURISDICTION_PATTERN, PURPOSE_PATTERN
from optout_recall.rules.deadlines import due_at

# libyaml's parser where PyYAML was built with it, with the safe constructor: 45 ms -> 5 ms for the shipped
# rules, which every worker and backfill loads at start.
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DEFAULT_RULES_PATH = Path(__file__).with_name("jurisdictions.yaml")


class RulesError(ValueError):
    """A rules file that cannot be used; the message is one line for the user."""


class AppliesTo(StrEnum):
    BUSINESSES = "businesses"
    BROWSERS = "browsers"


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Deadline(_Rule):
    what: str = Field(min_length=1)
    days: int = Field(gt=0)
    business_days: bool = Field(default=False, description="counted over weekends and US federal holidays")
    extension_days: int = Field(default=0, ge=0)
    citation: str = Field(min_length=1)
    opt_out: bool = Field(default=False, description="the deadline for honoring a request to opt out")
    third_parties_citation: str | None = Field(
        default=None,
        description="where the law asks that the third parties the data went to be told of the opt-out; "
        "they are told by the same deadline",
    )
    unverified: str = Field(default="", description="what is not yet checked against the primary text")


class Duty(_Rule):
    """An obligation a probe scenario checks, from the day it binds (e.g. showing that a signal was honored)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    effective: date
    what: str = Field(min_length=1)
    citation: str = Field(min_length=1)
    source_url: HttpUrl
    unverified: str = ""


class Requirement(_Rule):
    effective: date
    applies_to: AppliesTo = AppliesTo.BUSINESSES
    requires_universal_opt_out: bool
    gpc_purposes: list[str] = Field(default_factory=list)
    citation: str = Field(min_length=1)
    source_url: HttpUrl

    @field_validator("gpc_purposes")
    @classmethod
    def _purposes_are_names(cls, purposes: list[str]) -> list[str]:
        import re

        for purpose in purposes:
            if not re.match(PURPOSE_PATTERN, purpose):
                raise ValueError(f"purpose {purpose!r} is not a lower_snake_case name")
        return purposes

    @model_validator(mode="after")
    def _mandate_names_purposes(self) -> Requirement:
        if self.requires_universal_opt_out and not self.gpc_purposes:
            raise ValueError("a universal opt-out requirement must list the purposes a GPC signal covers")
        return self


class JurisdictionRule(_Rule):
    code: str = Field(pattern=JURISDICTION_PATTERN)
    name: str
    law: str
    timezone: str
    covers: list[str] = Field(default_factory=list, description="member codes that fall under this entry")
    requirements: list[Requirement] = Field(min_length=1)
    deadlines: list[Deadline] = Field(default_factory=list)
    duties: list[Duty] = Field(default_factory=list)
    unverified: str = Field(
        default="", description="what of this entry is not yet checked against the primary text, and why"
    )

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str) -> str:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {name!r}") from exc
        return name

    @field_validator("requirements")
    @classmethod
    def _in_date_order(cls, requirements: list[Requirement]) -> list[Requirement]:
        dates = [requirement.effective for requirement in requirements]
        if dates != sorted(dates):
            raise ValueError("requirements must be listed in order of effective date")
        return requirements

    @field_validator("deadlines")
    @classmethod
    def _one_opt_out_deadline(cls, deadlines: list[Deadline]) -> list[Deadline]:
        if sum(deadline.opt_out for deadline in deadlines) > 1:
            raise ValueError("at most one deadline is the opt-out deadline (opt_out: true)")
        return deadlines

    def takes_effect_at(self, requirement: Requirement | Duty) -> datetime:
        """Local midnight of the effective date, as a UTC instant."""
        return datetime.combine(requirement.effective, time(), ZoneInfo(self.timezone)).astimezone(UTC)

    @property
    def opt_out_deadline(self) -> Deadline | None:
        return next((deadline for deadline in self.deadlines if deadline.opt_out), None)

    @property
    def unverified_parts(self) -> list[str]:
        """Every note of something not yet checked against the primary text: the entry's, its deadlines'."""
        notes = [self.unverified] if self.unverified else []
        notes += [f"deadline ({d.what}): {d.unverified}" for d in self.deadlines if d.unverified]
        notes += [f"duty {d.name}: {d.unverified}" for d in self.duties if d.unverified]
        return notes

    def duty_at(self, name: str, at: datetime) -> Duty | None:
        """The duty `name` if it binds here at `at`."""
        return next(
            (duty for duty in self.duties if duty.name == name and self.takes_effect_at(duty) <= at), None
        )

    def requirement_at(
        self, at: datetime, applies_to: AppliesTo = AppliesTo.BUSINESSES
    ) -> Requirement | None:
        current = None
        for requirement in self.requirements:
            if requirement.applies_to == applies_to and self.takes_effect_at(requirement) <= at:
                current = requirement
        return current


class UpcomingRequirement(BaseModel):
    jurisdiction: JurisdictionRule
    requirement: Requirement
    takes_effect_at: datetime


class JurisdictionRules(_Rule):
    version: str = Field(min_length=1)
    reviewed_on: date
    jurisdictions: list[JurisdictionRule] = Field(min_length=1)
    content_hash: str = Field(default="", description="SHA-256 hex of the file's bytes")
    source_path: str = ""

    @field_validator("jurisdictions")
    @classmethod
    def _unique_codes(cls, jurisdictions: list[JurisdictionRule]) -> list[JurisdictionRule]:
        seen: set[str] = set()
        for rule in jurisdictions:
            for code in (rule.code, *rule.covers):
                if code in seen:
                    raise ValueError(f"jurisdiction {code} is listed twice")
                seen.add(code)
        return jurisdictions

    @property
    def entries(self) -> list[JurisdictionRule]:
        return self.jurisdictions

    @cached_property
    def _by_code(self) -> dict[str, JurisdictionRule]:
        index: dict[str, JurisdictionRule] = {}
        for rule in self.jurisdictions:
            index[rule.code] = rule
            for code in rule.covers:
                index.setdefault(code, rule)
        return index

    def rule_for(self, jurisdiction: str) -> JurisdictionRule | None:
        """Exact code first, then its country (FR-75 -> FR), then a group that covers it (FR -> EU)."""
        code = jurisdiction.strip().upper()
        return self._by_code.get(code) or self._by_code.get(code.split("-", 1)[0])

    def requirement_at(self, jurisdiction: str, at: datetime) -> Requirement | None:
        rule = self.rule_for(jurisdiction)
        return None if rule is None else rule.requirement_at(_aware(at))

    def requires_universal_opt_out(self, jurisdiction: str, at: datetime) -> bool:
        """True when businesses had to honor a universal opt-out signal (GPC) there at `at`."""
        requirement = self.requirement_at(jurisdiction, at)
        return requirement is not None and requirement.requires_universal_opt_out

    def gpc_purposes(self, jurisdiction: str, at: datetime) -> list[str]:
        """The purposes a GPC signal opts out of there at `at`; empty where no mandate applies."""
        requirement = self.requirement_at(jurisdiction, at)
        if requirement is None or not requirement.requires_universal_opt_out:
            return []
        return list(requirement.gpc_purposes)

    def opt_out_due_at(self, jurisdiction: str, received_at: datetime) -> tuple[datetime, Deadline] | None:
        """When an opt-out received at `received_at` had to be honored there, and the deadline that says so."""
        rule = self.rule_for(jurisdiction)
        deadline = None if rule is None else rule.opt_out_deadline
        if rule is None or deadline is None:
            return None
        due = due_at(
            _aware(received_at), deadline.days, business_days=deadline.business_days, timezone=rule.timezone
        )
        return due, deadline

    def duty_at(self, name: str, jurisdiction: str, at: datetime) -> Duty | None:
        rule = self.rule_for(jurisdiction)
        return None if rule is None else rule.duty_at(name, _aware(at))

    def upcoming(self, now: datetime, days: int) -> list[UpcomingRequirement]:
        """Requirements that take effect after `now` and within `days` days, soonest first."""
        now = _aware(now)
        horizon = now + timedelta(days=days)
        found = [
            UpcomingRequirement(jurisdiction=rule, requirement=requirement, takes_effect_at=instant)
            for rule in self.jurisdictions
            for requirement in rule.requirements
            if now < (instant := rule.takes_effect_at(requirement)) <= horizon
        ]
        return sorted(found, key=lambda item: (item.takes_effect_at, item.jurisdiction.code))


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError(f"naive datetime {value.isoformat()} refused: pass a timezone-aware instant")
    return value.astimezone(UTC)


def load_rules(path: str | Path | None = None) -> JurisdictionRules:
    """Load and validate a rules file (default: the one shipped with optout-recall)."""
    source = Path(path) if path is not None else DEFAULT_RULES_PATH
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise RulesError(f"cannot read rules file {source}: {exc.strerror}") from exc
    try:
        document: Any = yaml.load(data, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise RulesError(f"{source} is not valid YAML: {' '.join(str(exc).split())}") from exc
    if not isinstance(document, dict):
        raise RulesError(f"{source} must be a mapping with version, reviewed_on and jurisdictions")
    try:
        return JurisdictionRules.model_validate(
            {**document, "content_hash": sha256(data).hexdigest(), "source_path": str(source)}
        )
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(part) for part in first["loc"])
        raise RulesError(f"{source}: {where}: {first['msg']} ({exc.error_count()} problem(s))") from exc


__all__ = [
    "DEFAULT_RULES_PATH",
    "AppliesTo",
    "Deadline",
    "Duty",
    "JurisdictionRule",
    "JurisdictionRules",
    "Requirement",
    "RulesError",
    "UpcomingRequirement",
    "load_rules",
]
