"""`recall rules ...`: the jurisdiction rules in force, and what takes effect soon."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from optout_recall.cli.errors import fail
from optout_recall.rules import JurisdictionRules, RulesError, load_rules

app = typer.Typer(help="Jurisdiction rules for universal opt-out signals (GPC).", no_args_is_help=True)

RulesFile = Annotated[
    Path | None,
    typer.Option("--rules", envvar="RECALL_RULES_FILE", help="rules file; default: the shipped one"),
]


def _load(path: Path | None) -> JurisdictionRules:
    try:
        return load_rules(path)
    except RulesError as exc:
        fail(str(exc))


def _instant(value: str | None) -> datetime:
    if value is None:
        return datetime.now(UTC)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--at {value!r} is not a date (YYYY-MM-DD) or an RFC 3339 time")
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


@app.command()
def show(
    at: Annotated[
        str | None, typer.Option(help="date or RFC 3339 time (UTC if no offset); default now")
    ] = None,
    rules_file: RulesFile = None,
) -> None:
    """Each jurisdiction's universal opt-out requirement in force at --at, its opt-out deadline and duties.

    Whatever is not yet checked against its primary text is marked UNVERIFIED, and listed with why under the
    table.
    """
    rules = _load(rules_file)
    instant = _instant(at)
    table = Table(title=f"universal opt-out rules at {instant.isoformat()} (rules {rules.version})")
    for column in (
        "jurisdiction",
        "required",
        "since",
        "GPC covers",
        "opt-out deadline",
        "duties",
        "citation",
    ):
        table.add_column(column, overflow="fold")
    for rule in rules.jurisdictions:
        requirement = rule.requirement_at(instant)
        deadline = rule.opt_out_deadline
        duties = [duty for duty in rule.duties if rule.duty_at(duty.name, instant)]
        unverified = " [bold red]UNVERIFIED[/bold red]" if rule.unverified_parts else ""
        table.add_row(
            f"{rule.code} {rule.name}{unverified}",
            "yes" if requirement and requirement.requires_universal_opt_out else "no",
            requirement.effective.isoformat() if requirement else "not yet in force",
            ", ".join(requirement.gpc_purposes) if requirement else "",
            f"{deadline.days}{' business' if deadline.business_days else ''} days ({deadline.citation})"
            if deadline
            else "",
            "; ".join(f"{duty.name} since {duty.effective} ({duty.citation})" for duty in duties),
            requirement.citation if requirement else rule.law,
        )
    console = Console(width=200)
    console.print(table)
    for rule in rules.jurisdictions:
        for note in rule.unverified_parts:
            console.print(f"UNVERIFIED {rule.code}: {note}", markup=False, highlight=False)
    console.print(f"rules file {rules.source_path}\nsha256 {rules.content_hash}")


@app.command()
def upcoming(
    days: Annotated[int, typer.Option(min=1, help="look this many days ahead")] = 90,
    at: Annotated[str | None, typer.Option(help="start from this date instead of now")] = None,
    rules_file: RulesFile = None,
) -> None:
    """Requirements that take effect within --days."""
    rules = _load(rules_file)
    instant = _instant(at)
    found = rules.upcoming(instant, days)
    if not found:
        print(f"no requirement takes effect in the {days} days after {instant.date().isoformat()}")
        return
    for item in found:
        requirement = item.requirement
        required = "must honor" if requirement.requires_universal_opt_out else "no mandate"
        print(
            f"{requirement.effective.isoformat()} {item.jurisdiction.code} ({item.jurisdiction.name}), "
            f"{requirement.applies_to.value}: {required}; GPC covers "
            f"{', '.join(requirement.gpc_purposes) or 'nothing'}: {requirement.citation} <{requirement.source_url}>"
        )
