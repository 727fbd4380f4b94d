"""The exact violation rule, as pure functions the backfill applies chunk by chunk.

An entry binds for an event unless it is a GPC signal and, under the `where_required` policy, the event's
jurisdiction did not require honouring a universal opt-out signal at the event's `processed_at`. An event in
the window `[start, end)` is a violation when the latest binding entry for its (subject, purpose) observed at
or before `processed_at` (ledger order breaking ties) is an opt-out.

The same rule exists twice: in Python (`ignored_opt_out`, used when the ledger lives in another database than
the events) and as one set-based SELECT (`violations_select`, used when both share a database). The oracle
tests hold both to the issue's wording.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Select,
    TableClause,
    and_,
    case,
    column,
    false,
    inspect,
    literal,
    or_,
    select,
    table,
)

from optout_recall.db import UTCDateTime, check_identifier
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import Choice, ConsentSource, EventTableConfig, GpcPolicy
from optout_recall.rules import AppliesTo, JurisdictionRules


@dataclass(frozen=True, slots=True)
class ConsentEntry:
    seq: int
    observed_at: datetime
    choice: str
    source: str


@dataclass(frozen=True, slots=True)
class Event:
    event_id: str
    subject_id: str
    purpose: str
    jurisdiction: str
    processed_at: datetime
    destination: str


RequiresUniversalOptOut = Callable[[str, datetime], bool]


def binds(entry: ConsentEntry, event: Event, policy: GpcPolicy, requires: RequiresUniversalOptOut) -> bool:
    if entry.source != ConsentSource.GPC or policy == GpcPolicy.EVERYWHERE:
        return True
    return requires(event.jurisdiction, event.processed_at)


def ignored_opt_out(
    event: Event,
    entries: Sequence[ConsentEntry],
    observed: Sequence[datetime],
    policy: GpcPolicy,
    requires: RequiresUniversalOptOut,
) -> ConsentEntry | None:
    """The opt-out an event ignored, or None. `entries` are sorted by (observed_at, seq); `observed` mirrors them."""
    index = bisect_right(observed, event.processed_at)
    while index > 0:
        index -= 1
        entry = entries[index]
        if binds(entry, event, policy, requires):
            return entry if entry.choice == Choice.OPT_OUT else None
    return None


def find_violations(
    chunk: Sequence[Event],
    consent: Mapping[tuple[str, str], Sequence[ConsentEntry]],
    policy: GpcPolicy,
    requires: RequiresUniversalOptOut,
) -> list[tuple[Event, ConsentEntry]]:
    """Every event of `chunk` that ignored an opt-out, with that opt-out; `consent` is keyed by (subject, purpose)."""
    observed = {key: [entry.observed_at for entry in entries] for key, entries in consent.items()}
    found = []
    for event in chunk:
        key = (event.subject_id, event.purpose)
        entries = consent.get(key)
        if not entries:
            continue
        entry = ignored_opt_out(event, entries, observed[key], policy, requires)
        if entry is not None:
            found.append((event, entry))
    return found


# --------------------------------------------------------------------------- the same rule in SQL


def events_table(config: EventTableConfig) -> TableClause:
    """The user's events table; every configured name is checked as an identifier (then quoted, never pasted).

    Raises ValueError for a name that is not a plain identifier.
    """
    for field, name in config.model_dump().items():
        check_identifier(name, f"event_table.{field}")
    return table(
        config.table,
        column(config.event_id),
        column(config.subject_id),
        column(config.purpose),
        column(config.jurisdiction),
        column(config.processed_at, UTCDateTime()),
        column(config.destination),
    )


def missing_columns(conn: object, config: EventTableConfig) -> str | None:
    """One line naming what the events database lacks, or None (run with `conn.run_sync`)."""
    inspector = inspect(conn)
    if not inspector.has_table(config.table):
        return f"no table {config.table!r} in the events database"
    present = {col["name"] for col in inspector.get_columns(config.table)}
    wanted = [
        config.event_id,
        config.subject_id,
        config.purpose,
        config.jurisdiction,
        config.processed_at,
        config.destination,
    ]
    missing = [name for name in wanted if name not in present]
    if missing:
        return f"table {config.table!r} has no column(s) {', '.join(missing)}"
    return None


def universal_opt_out_intervals(
    rules: JurisdictionRules, jurisdiction: str
) -> list[tuple[datetime, datetime | None]]:
    """The instants `[from, to)` (None: open-ended) at which `requires_universal_opt_out(jurisdiction, at)` holds.

    Mirrors `JurisdictionRule.requirement_at`: the last business requirement in effect wins.
    """
    rule = rules.rule_for(jurisdiction)
    if rule is None:
        return []
    steps = [
        (rule.takes_effect_at(requirement), requirement.requires_universal_opt_out)
        for requirement in rule.requirements
        if requirement.applies_to == AppliesTo.BUSINESSES
    ]
    intervals: list[tuple[datetime, datetime | None]] = []
    for index, (start, required) in enumerate(steps):
        end = steps[index + 1][0] if index + 1 < len(steps) else None
        if not required or (end is not None and end <= start):
            continue
        if intervals and intervals[-1][1] == start:
            intervals[-1] = (intervals[-1][0], end)
        else:
            intervals.append((start, end))
    return intervals


def violations_select(
    config: EventTableConfig,
    *,
    window_start: datetime,
    window_end: datetime,
    lower: str | None,
    upper: str | None,
    policy: GpcPolicy,
    rules: JurisdictionRules,
    jurisdictions: Sequence[str],
) -> Select[tuple[object, ...]]:
    """Events in `(lower, upper]` and the window that ignored an opt-out, with the seq of that opt-out.

    Columns: event_id, subject_id, purpose, jurisdiction, destination, processed_at, ledger_seq. Needs the
    events table and `consent_ledger` in one database. `jurisdictions` must list every jurisdiction value in
    the range (the plan collects them), so GPC binding is decided by the same rules as `binds`.
    """
    events = events_table(config)
    e = events.c
    processed_at = e[config.processed_at]

    def latest(*, gpc: bool) -> ColumnElement[int]:
        c = consent_ledger.alias("c").c
        query = select(c.seq).where(
            c.subject_id == e[config.subject_id],
            c.purpose == e[config.purpose],
            c.observed_at <= processed_at,
        )
        if not gpc:
            query = query.where(c.source != ConsentSource.GPC.value)
        return query.order_by(c.observed_at.desc(), c.seq.desc()).limit(1).scalar_subquery()

    if policy == GpcPolicy.EVERYWHERE:
        seq: ColumnElement[int] = latest(gpc=True)
    else:
        binds_gpc = _gpc_binds(e[config.jurisdiction], processed_at, rules, jurisdictions)
        seq = case((binds_gpc, latest(gpc=True)), else_=latest(gpc=False))
    candidates = select(
        e[config.event_id].label("event_id"),
        e[config.subject_id].label("subject_id"),
        e[config.purpose].label("purpose"),
        e[config.jurisdiction].label("jurisdiction"),
        e[config.destination].label("destination"),
        processed_at.label("processed_at"),
        seq.label("ledger_seq"),
    ).where(processed_at >= window_start, processed_at < window_end)
    if lower is not None:
        candidates = candidates.where(e[config.event_id] > lower)
    if upper is not None:
        candidates = candidates.where(e[config.event_id] <= upper)
    found = candidates.subquery("candidates")
    entry = consent_ledger.alias("entry")
    return (
        select(*found.c)
        .join_from(found, entry, entry.c.seq == found.c.ledger_seq)
        .where(entry.c.choice == Choice.OPT_OUT.value)
    )


def _gpc_binds(
    jurisdiction: ColumnElement[str],
    processed_at: ColumnElement[datetime],
    rules: JurisdictionRules,
    jurisdictions: Sequence[str],
) -> ColumnElement[bool]:
    """True where a GPC signal bound the event: its jurisdiction required universal opt-out at processed_at."""
    terms = []
    for code in sorted(set(jurisdictions)):
        for start, end in universal_opt_out_intervals(rules, code):
            term = and_(jurisdiction == literal(code), processed_at >= literal(start, UTCDateTime()))
            if end is not None:
                term = and_(term, processed_at < literal(end, UTCDateTime()))
            terms.append(term)
    return or_(*terms) if terms else false()
