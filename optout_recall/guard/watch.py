"""The regulatory watch: requirements that take effect soon in the guard's jurisdictions, and the scenarios
that say whether the service will comply with them on day one.

"As of the effective date" means the rules in force that day: for a universal opt-out mandate, a scenario is
made from the requirement itself (a visit with `Sec-GPC: 1` in that jurisdiction must opt the subject out of
every purpose the requirement lists), and joined by the library's scenarios that act in that jurisdiction.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import yaml

from optout_recall.payloads import ChannelKind
from optout_recall.probes.scenarios import Scenario
from optout_recall.rules import AppliesTo, JurisdictionRules, UpcomingRequirement


def in_scope(
    rules: JurisdictionRules, jurisdictions: list[str], now: datetime, days: int
) -> list[UpcomingRequirement]:
    """Upcoming requirements of the rules entries the guard's jurisdictions fall under, soonest first."""
    codes = {rule.code for code in jurisdictions if (rule := rules.rule_for(code)) is not None}
    return [item for item in rules.upcoming(now, days) if item.jurisdiction.code in codes]


def requirement_key(item: UpcomingRequirement) -> str:
    """One key per requirement: its jurisdiction, effective date and citation (an edited citation is new)."""
    digest = hashlib.sha256(item.requirement.citation.encode()).hexdigest()[:12]
    return f"requirement:{item.jurisdiction.code}:{item.requirement.effective.isoformat()}:{digest}"


def day_one_name(item: UpcomingRequirement) -> str:
    return f"day-one-{item.jurisdiction.code.lower()}-{item.requirement.effective.strftime('%Y%m%d')}"


def day_one_scenario(item: UpcomingRequirement) -> dict[str, object] | None:
    """The scenario the requirement itself implies, or None when it asks nothing of the service."""
    requirement = item.requirement
    if requirement.applies_to != AppliesTo.BUSINESSES or not requirement.requires_universal_opt_out:
        return None
    code = item.jurisdiction.code
    return {
        "name": day_one_name(item),
        "description": f"From {requirement.effective}, a Sec-GPC: 1 visit in {code} opts out of "
        + ", ".join(requirement.gpc_purposes),
        "channels": ["http"],
        "catches": requirement.citation,
        "steps": [{"visit": {"jurisdiction": code, "headers": {"Sec-GPC": "1"}}}],
        "expect": [
            {"preference": {"purpose": purpose, "jurisdiction": code, "choice": "opt_out"}}
            for purpose in requirement.gpc_purposes
        ],
    }


def acts_in(scenario: Scenario, code: str) -> bool:
    """The scenario records, visits or checks something in `code`."""
    parts = [step.action for step in scenario.steps] + [expectation.check for expectation in scenario.expect]
    return any(getattr(part, "jurisdiction", None) == code for part in parts)


def write_day_one(item: UpcomingRequirement, folder: Path) -> Path | None:
    """Write the requirement's own scenario as a scenario file, for the probes to load with the library."""
    scenario = day_one_scenario(item)
    if scenario is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{scenario['name']}.yaml"
    path.write_text(yaml.safe_dump([scenario], sort_keys=False), encoding="utf-8")
    return path


def runnable(names: list[str], library: dict[str, Scenario], kinds: set[ChannelKind]) -> list[str]:
    """The scenarios some channel of the guard can run."""
    return [name for name in names if kinds & set(library[name].channels)]
