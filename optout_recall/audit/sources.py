"""What the report reads besides the recall's own state: the events database, the consent ledger, the rules.

Every read here is a SELECT. A database that is missing or unreachable becomes a note in the report, never a
crash: an auditor still gets every other section, and the gap is visible.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.audit.deadlines import CorrectionRow, DeadlineTally
from optout_recall.audit.model import (
    CorrectionSample,
    DeadlinesSection,
    DeliveryCount,
    DownstreamSection,
    LedgerHead,
    LedgerSection,
    RulesUsed,
)
from optout_recall.backfill.corrections import recall_corrections, recall_outbox
from optout_recall.db import DatabaseURLError, create_engine, redact_url
from optout_recall.ledger import Ledger
from optout_recall.ledger.schema import consent_ledger
from optout_recall.ledger.signing import signature_is_valid
from optout_recall.rules import JurisdictionRules, RulesError, load_rules

SAMPLE_SIZE = 20
MAX_LEDGER_PROBLEMS = 10
_PAGE = 10_000
_SEQS_PER_QUERY = 500


@dataclass(frozen=True)
class Sources:
    """Where the report reads from; each defaults to what the recall's own input named."""

    events_url: str | None = None
    ledger_url: str | None = None
    artifacts_dir: Path | None = None


class SourceUnavailable(Exception):
    """A database the report wanted to read is not there; str() says which and why, without secrets."""


@dataclass
class EventsSnapshot:
    """The incident's rows in the user's events database, read once for the report."""

    available: bool
    note: str = ""
    corrections: int | None = None
    sample: list[CorrectionSample] = field(default_factory=list)
    downstream: DownstreamSection = field(default_factory=lambda: DownstreamSection(available=False))
    deadlines: DeadlinesSection = field(
        default_factory=lambda: DeadlinesSection(available=False, note="no ledger given")
    )


async def read_events(
    events_url: str, incident_id: str, sample_size: int = SAMPLE_SIZE, *, ledger_url: str | None = None
) -> EventsSnapshot:
    """Correction count, a deterministic sample (lowest event ids) and outbox delivery state; with the ledger,
    every correction held to its opt-out deadline."""
    snapshot = await _read_events(events_url, incident_id, sample_size)
    if snapshot.available and ledger_url:
        snapshot.deadlines = await read_deadlines(events_url, ledger_url, incident_id)
    elif snapshot.available:
        snapshot.deadlines = DeadlinesSection(
            available=False, note="no ledger given: the deadlines run from the opt-outs' observed_at"
        )
    else:
        snapshot.deadlines = DeadlinesSection(available=False, note=snapshot.note)
    return snapshot


async def _read_events(events_url: str, incident_id: str, sample_size: int) -> EventsSnapshot:
    if not events_url:
        return EventsSnapshot(available=False, note="no events database given")
    try:
        engine = create_engine(events_url, read_only=True)  # a missing SQLite file is not created
    except DatabaseURLError as exc:
        return EventsSnapshot(available=False, note=str(exc))
    try:
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
            if recall_corrections.name not in tables:
                return EventsSnapshot(
                    available=True,
                    note="no recall_corrections table: the backfill never wrote",
                    corrections=0,
                )
            c = recall_corrections.c
            count = await conn.scalar(
                select(func.count()).select_from(recall_corrections).where(c.incident_id == incident_id)
            )
            rows = await conn.execute(
                select(c.event_id, c.subject_id, c.purpose, c.jurisdiction, c.destination, c.processed_at)
                .add_columns(c.ledger_seq)
                .where(c.incident_id == incident_id)
                .order_by(c.event_id)
                .limit(sample_size)
            )
            sample = [CorrectionSample.model_validate(dict(row._mapping)) for row in rows]
            downstream = DownstreamSection(available=False, note="no recall_outbox table")
            if recall_outbox.name in tables:
                o = recall_outbox.c
                grouped = await conn.execute(
                    select(o.destination, o.status, func.count())
                    .where(o.incident_id == incident_id)
                    .group_by(o.destination, o.status)
                    .order_by(o.destination, o.status)
                )
                counts = [DeliveryCount(destination=d, status=s, count=int(n)) for d, s, n in grouped]
                by_status = {status: 0 for status in ("delivered", "failed", "pending")}
                for row in counts:
                    by_status[row.status] = by_status.get(row.status, 0) + row.count
                downstream = DownstreamSection(
                    available=True,
                    requests=sum(row.count for row in counts),
                    delivered=by_status["delivered"],
                    failed=by_status["failed"],
                    pending=by_status["pending"],
                    by_destination=counts,
                )
    except (OSError, SQLAlchemyError) as exc:
        reason = str(exc).splitlines()[0]
        return EventsSnapshot(available=False, note=f"{redact_url(events_url)}: {reason}")
    finally:
        await engine.dispose()
    return EventsSnapshot(available=True, corrections=int(count or 0), sample=sample, downstream=downstream)


async def read_deadlines(
    events_url: str, ledger_url: str, incident_id: str, rules: JurisdictionRules | None = None
) -> DeadlinesSection:
    """Every correction of the incident held to its opt-out deadline; the outbox notices the law asks for."""
    try:
        rules = rules or load_rules()
        engine = create_engine(events_url, read_only=True)
    except (RulesError, DatabaseURLError) as exc:
        return DeadlinesSection(available=False, note=str(exc))
    try:
        async with engine.connect() as conn:
            tables = await conn.run_sync(lambda c: set(inspect(c).get_table_names()))
            if recall_corrections.name not in tables:
                return DeadlinesSection(
                    available=True, note="no recall_corrections table: the backfill never wrote"
                )
            c = recall_corrections.c
            seqs = (
                await conn.scalars(select(c.ledger_seq).where(c.incident_id == incident_id).distinct())
            ).all()
            observed = await _observed_at(ledger_url, [int(seq) for seq in seqs])
            tally = DeadlineTally(rules=rules, observed=observed)
            async for row in _corrections(conn, incident_id):
                tally.add(row)
            outbox: list[tuple[str, str, str, datetime | None]] = []
            if recall_outbox.name in tables:
                o = recall_outbox.c
                result = await conn.execute(
                    select(o.destination, o.subject_id, o.status, o.delivered_at).where(
                        o.incident_id == incident_id
                    )
                )
                outbox = [(row[0], row[1], row[2], row[3]) for row in result]
    except (OSError, SQLAlchemyError, SourceUnavailable) as exc:
        return DeadlinesSection(available=False, note=str(exc).splitlines()[0])
    finally:
        await engine.dispose()
    missing = len(set(int(seq) for seq in seqs) - set(observed))
    note = f"{missing} opt-out entries the corrections name are not in the ledger" if missing else ""
    return tally.section(outbox, note=note)


async def _corrections(conn: AsyncConnection, incident_id: str) -> AsyncIterator[CorrectionRow]:
    """The incident's corrections in event-id order, a page at a time (keyset on event_id)."""
    c = recall_corrections.c
    after: str | None = None
    while True:
        query = (
            select(
                c.event_id,
                c.subject_id,
                c.purpose,
                c.jurisdiction,
                c.destination,
                c.processed_at,
                c.ledger_seq,
            )
            .where(c.incident_id == incident_id)
            .order_by(c.event_id)
            .limit(_PAGE)
        )
        if after is not None:
            query = query.where(c.event_id > after)
        rows = (await conn.execute(query)).all()
        for row in rows:
            yield (row[0], row[1], row[2], row[3], row[4], row[5], int(row[6]))
        if len(rows) < _PAGE:
            return
        after = rows[-1][0]


async def _observed_at(ledger_url: str, seqs: list[int]) -> dict[int, datetime]:
    """observed_at of the ledger entries `seqs`, read-only."""
    observed: dict[int, datetime] = {}
    try:
        async with Ledger.open_existing(ledger_url) as ledger, ledger.engine.connect() as conn:
            for start in range(0, len(seqs), _SEQS_PER_QUERY):
                chunk = seqs[start : start + _SEQS_PER_QUERY]
                result = await conn.execute(
                    select(consent_ledger.c.seq, consent_ledger.c.observed_at).where(
                        consent_ledger.c.seq.in_(chunk)
                    )
                )
                observed.update({int(seq): at for seq, at in result})
    except DatabaseURLError as exc:
        raise SourceUnavailable(str(exc)) from exc
    except (OSError, SQLAlchemyError) as exc:
        raise SourceUnavailable(f"{redact_url(ledger_url)}: {str(exc).splitlines()[0]}") from exc
    return observed


async def read_all_corrections(events_url: str, incident_id: str) -> list[dict[str, object]]:
    """Every correction row of the incident in event-id order, for the audit bundle."""
    try:
        engine = create_engine(events_url, read_only=True)  # a missing SQLite file is not created
    except DatabaseURLError as exc:
        raise SourceUnavailable(str(exc)) from exc
    try:
        async with engine.connect() as conn:
            if not await conn.run_sync(lambda c: inspect(c).has_table(recall_corrections.name)):
                return []
            c = recall_corrections.c
            present = await conn.run_sync(
                lambda sync: {col["name"] for col in inspect(sync).get_columns(recall_corrections.name)}
            )
            # through_link: whether the ignored opt-out was a linked identifier's (tables from before lack it).
            linked = [c.through_link] if "through_link" in present else []
            result = await conn.execute(
                select(
                    c.event_id,
                    c.subject_id,
                    c.purpose,
                    c.jurisdiction,
                    c.destination,
                    c.processed_at,
                    c.ledger_seq,
                    c.created_at,
                    *linked,
                )
                .where(c.incident_id == incident_id)
                .order_by(c.event_id)
            )
            return [dict(row._mapping) for row in result]
    except (OSError, SQLAlchemyError) as exc:
        raise SourceUnavailable(f"{redact_url(events_url)}: {str(exc).splitlines()[0]}") from exc
    finally:
        await engine.dispose()


async def read_ledger(ledger_url: str) -> LedgerSection:
    """The latest signed head, its signature, and a full recomputation of the chain against every head."""
    if not ledger_url:
        return LedgerSection(available=False, summary="no ledger given")
    try:
        async with Ledger.open_existing(ledger_url) as ledger:  # read-only; a typo creates nothing
            head = await ledger.head()
            report = await ledger.verify()
    except DatabaseURLError as exc:
        return LedgerSection(available=False, summary=str(exc))
    except (OSError, SQLAlchemyError) as exc:
        return LedgerSection(available=False, summary=f"{redact_url(ledger_url)}: {str(exc).splitlines()[0]}")
    return LedgerSection(
        available=True,
        head=LedgerHead.model_validate(head.model_dump()) if head else None,
        head_signature_valid=signature_is_valid(head) if head else None,
        verified=report.ok,
        summary=report.summary(),
        entries_checked=report.entries_checked,
        problems=[problem.describe() for problem in report.problems[:MAX_LEDGER_PROBLEMS]],
    )


def rules_used(sha256: str) -> RulesUsed:
    """Name the rules version when the recorded hash is the rules file shipped here; otherwise say so."""
    if not sha256:
        return RulesUsed(sha256="", note="not recorded: the backfill did not run")
    try:
        shipped = load_rules()
    except RulesError as exc:
        return RulesUsed(sha256=sha256, note=f"cannot read the shipped rules: {exc}")
    if shipped.content_hash == sha256:
        return RulesUsed(
            sha256=sha256,
            version=shipped.version,
            reviewed_on=str(shipped.reviewed_on),
            note="matches the rules file shipped with this optout-recall",
        )
    return RulesUsed(
        sha256=sha256,
        note=f"differs from the shipped rules (version {shipped.version}); find the file by its SHA-256",
    )
