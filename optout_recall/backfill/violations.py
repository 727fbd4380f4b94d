"""The exact violation rule as one set-based statement, decided by the database where the events are.

An entry binds for an event unless it is a GPC signal and, under the `where_required` policy, the event's
jurisdiction did not require honouring a universal opt-out signal at the event's `processed_at`. An event in
the window `[start, end)` is a violation when the latest binding entry for its (subject, purpose) observed at
or before `processed_at` (ledger order breaking ties) is an opt-out.

`candidates` finds that entry for each event with one correlated lookup over the consent index (subject,
purpose, observed_at, seq) and yields its seq only when it is an opt-out, so no event needs a second probe.
The oracle tests hold it to the issue's wording on SQLite and PostgreSQL, in every layout.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    TableClause,
    and_,
    case,
    column,
    false,
    func,
    inspect,
    literal,
    or_,
    select,
    table,
    true,
    union_all,
)

from optout_recall.db import UTCDateTime, check_identifier
from optout_recall.payloads import Choice, ConsentSource, EventTableConfig, GpcPolicy
from optout_recall.rules import AppliesTo, JurisdictionRules

# What Python's str.strip() removes from ASCII text, for the SQL twin of `JurisdictionRules.rule_for`.
_WHITESPACE = " \t\n\r\x0b\x0c"


def events_table(config: EventTableConfig, *system_columns: str) -> TableClause:
    """The user's events table; every configured name is checked as an identifier (then quoted, never pasted).

    `system_columns` (rowid, ctid, xmin) are the database's own, named by the scan, never by the user. Raises
    ValueError for a name that is not a plain identifier.
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
        *(column(name) for name in system_columns),
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


def in_consent_collation(consent_column: ColumnElement[Any], value: ColumnElement[Any]) -> ColumnElement[Any]:
    """`value`, to compare with `consent_column`, in that column's collation if it has one (PostgreSQL's staged
    consent compares bytes, "C"): named explicitly, it wins over the value's, so the staged index serves."""
    collation = getattr(consent_column.type, "collation", None)
    return value.collate(collation) if collation else value


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


def candidates(
    events: TableClause,
    config: EventTableConfig,
    consent: TableClause,
    *,
    window_start: datetime,
    window_end: datetime,
    policy: GpcPolicy,
    rules: JurisdictionRules,
    ledger_head: int | None,
    pairs: TableClause | None = None,
) -> Select[tuple[object, ...]]:
    """Every event of the window with the seq of the opt-out it ignored, NULL where it ignored none.

    Columns: event_id, subject_id, purpose, jurisdiction, destination, processed_at, ledger_seq. `consent`
    has the ledger's columns (seq, subject_id, purpose, observed_at, choice, source) and lives in the events'
    database; entries after `ledger_head` (the head when the backfill was planned) are not read. The caller
    narrows the events (a partition's range) with `.where(...)`. With `pairs` (staged identity links, see
    `links.py`) the entries of the identifiers linked to the event's at processed_at count as its own.
    """
    e = events.c
    processed_at = e[config.processed_at]

    def binding(c: Any) -> list[ColumnElement[bool]]:
        terms = [
            c.purpose == in_consent_collation(c.purpose, e[config.purpose]),
            c.observed_at <= processed_at,
        ]
        if ledger_head is not None:
            terms.append(c.seq <= ledger_head)
        if policy != GpcPolicy.EVERYWHERE:
            terms.append(
                or_(
                    c.source != ConsentSource.GPC.value,
                    gpc_binds(e[config.jurisdiction], processed_at, rules, window_start, window_end),
                )
            )
        return terms

    c = consent.alias("c").c
    latest = (c.observed_at.desc(), c.seq.desc())
    if pairs is None:
        ignored = (
            select(case((c.choice == Choice.OPT_OUT.value, c.seq)))
            .where(c.subject_id == in_consent_collation(c.subject_id, e[config.subject_id]), *binding(c))
            .order_by(*latest)
            .limit(1)
            .scalar_subquery()
        )
    else:
        ignored = _ignored_with_links(events, e[config.subject_id], processed_at, consent, pairs, binding)
    return select(
        e[config.event_id].label("event_id"),
        e[config.subject_id].label("subject_id"),
        e[config.purpose].label("purpose"),
        e[config.jurisdiction].label("jurisdiction"),
        e[config.destination].label("destination"),
        processed_at.label("processed_at"),
        ignored.label("ledger_seq"),
    ).where(processed_at >= window_start, processed_at < window_end)


def _ignored_with_links(
    events: TableClause,
    subject: ColumnElement[Any],
    processed_at: ColumnElement[datetime],
    consent: TableClause,
    pairs: TableClause,
    binding: Callable[[Any], list[ColumnElement[bool]]],
) -> Any:
    """For a subject with pairs, the better of two lookups (each LIMIT 1 over an index): its own latest binding
    entry and the latest over the identifiers linked to it by then. Any other subject takes the plain lookup
    of the unlinked case, after one membership test against the linked identifiers."""
    own_table, linked_table, pairs_alias = consent.alias("own"), consent.alias("linked"), pairs.alias("p")
    own, linked, p = own_table.c, linked_table.c, pairs_alias.c
    mine = (
        select(own.observed_at, own.seq, own.choice)
        .where(own.subject_id == in_consent_collation(own.subject_id, subject), *binding(own))
        .order_by(own.observed_at.desc(), own.seq.desc())
        .limit(1)
        .correlate(events)
    )
    theirs = (
        select(linked.observed_at, linked.seq, linked.choice)
        .select_from(
            pairs_alias.join(
                linked_table, linked.subject_id == in_consent_collation(linked.subject_id, p.other)
            )
        )
        .where(p.identifier == subject, p.active_from <= processed_at, *binding(linked))
        .order_by(linked.observed_at.desc(), linked.seq.desc())
        .limit(1)
        .correlate(events)
    )
    both = union_all(select(mine.subquery()), select(theirs.subquery())).subquery("best")
    b = both.c
    best = (
        select(case((b.choice == Choice.OPT_OUT.value, b.seq)))
        .order_by(b.observed_at.desc(), b.seq.desc())
        .limit(1)
        .scalar_subquery()
    )
    only_own = (
        select(case((own.choice == Choice.OPT_OUT.value, own.seq)))
        .where(own.subject_id == in_consent_collation(own.subject_id, subject), *binding(own))
        .order_by(own.observed_at.desc(), own.seq.desc())
        .limit(1)
        .scalar_subquery()
    )
    # Uncorrelated: PostgreSQL hashes the linked identifiers once per statement, SQLite probes their index.
    has_pairs = subject.in_(select(pairs.alias("linked_ids").c.identifier))
    return case((has_pairs, best), else_=only_own)


def gpc_binds(
    jurisdiction: ColumnElement[str],
    processed_at: ColumnElement[datetime],
    rules: JurisdictionRules,
    window_start: datetime,
    window_end: datetime,
) -> ColumnElement[bool]:
    """True where a GPC signal bound the event: its jurisdiction required universal opt-out at processed_at.

    The jurisdiction is matched as `JurisdictionRules.rule_for` does (trimmed and upper-cased; its exact code
    or a code a rule covers, else the country before the first '-'), so no pass over the events has to list
    the values first. Only events of `[window_start, window_end)` are asked about: a rule whose duty does not
    meet the window drops out, and one that holds all through it needs no date test. A value spelled as a
    code is decided by list membership alone; only other spellings pay for the normalization.
    """
    keys = {code: rule.code for rule in rules.entries for code in (rule.code, *rule.covers)}
    by_rule: dict[str, list[str]] = {}
    for key, owner in sorted(keys.items()):
        by_rule.setdefault(owner, []).append(key)

    def decided(value: ColumnElement[str], *, normalized: bool) -> ColumnElement[bool]:
        terms = []
        for owner, members in by_rule.items():
            during = _during(
                universal_opt_out_intervals(rules, owner), processed_at, window_start, window_end
            )
            if during is None:
                continue
            matches: ColumnElement[bool] = value.in_(members)
            if normalized:  # a subdivision no rule names falls under its country's rule
                matches = or_(
                    matches,
                    *(
                        func.substr(value, 1, len(member) + 1) == literal(f"{member}-")
                        for member in members
                        if "-" not in member
                    ),
                )
            terms.append(and_(matches, during))
        return or_(*terms) if terms else false()

    if not keys:
        return false()
    norm = func.upper(func.trim(jurisdiction, literal(_WHITESPACE)))
    return case(
        (jurisdiction.in_(sorted(keys)), decided(jurisdiction, normalized=False)),
        else_=and_(norm.not_in(sorted(keys)), decided(norm, normalized=True))
        | decided(norm, normalized=False),
    )


def _during(
    intervals: list[tuple[datetime, datetime | None]],
    processed_at: ColumnElement[datetime],
    window_start: datetime,
    window_end: datetime,
) -> ColumnElement[bool] | None:
    """The intervals as a test on processed_at, for events of the window; None where none meets the window."""
    tests: list[ColumnElement[bool]] = []
    for start, end in intervals:
        if start >= window_end or (end is not None and end <= window_start):
            continue
        bounds = []
        if start > window_start:
            bounds.append(processed_at >= literal(start, UTCDateTime()))
        if end is not None and end < window_end:
            bounds.append(processed_at < literal(end, UTCDateTime()))
        if not bounds:
            return true()
        tests.append(and_(*bounds))
    return or_(*tests) if tests else None
