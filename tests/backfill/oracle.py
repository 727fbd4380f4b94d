"""Synthetic ledgers and event tables with every edge of the rule, and an independent oracle for them.

Shared by the backfill's tests at every tier (core, activities, workflow, CLI): the oracle is plain Python
straight from the issue's wording, so it shares no code with either implementation of the rule.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta, timezone

from sqlalchemy import Column, MetaData, String, Table, select

from optout_recall.backfill.corrections import recall_corrections
from optout_recall.db import UTCDateTime, create_engine
from optout_recall.demo.world import events_metadata, processing_events
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.payloads import BackfillInput, Choice, ConsentSource, GpcPolicy
from optout_recall.rules import load_rules

RULES = load_rules()
# Colorado's universal opt-out duty starts 2024-07-01: a window around it puts GPC on both sides.
WINDOW_START = datetime(2024, 6, 1, tzinfo=UTC)
WINDOW_END = datetime(2024, 8, 1, tzinfo=UTC)
JURISDICTIONS = ["US-CA", "US-CO", "US-VA", "US-TX"]
PURPOSES = ["sale", "sharing"]
PACIFIC = timezone(timedelta(hours=-7))


def generate(seed: int, subjects: int = 120) -> tuple[list[LedgerEntryInput], list[dict]]:
    """Many subjects and all four edge kinds: ties, opt-in after opt-out, GPC across an effective date, offsets."""
    rng = random.Random(seed)
    entries: list[LedgerEntryInput] = []
    events: list[dict] = []
    for n in range(subjects):
        subject = f"s{n:04d}"
        jurisdiction = rng.choice(JURISDICTIONS)
        purpose = rng.choice(PURPOSES)
        base = WINDOW_START + timedelta(days=rng.randint(-10, 50), hours=rng.randint(0, 23))
        tz = PACIFIC if n % 3 == 0 else UTC  # offsets other than UTC in ledger input
        kind = n % 4
        if kind == 0:  # a tie: opt-out and opt-in at the same instant; ledger order decides
            first, second = (
                (Choice.OPT_OUT, Choice.OPT_IN) if rng.random() < 0.5 else (Choice.OPT_IN, Choice.OPT_OUT)
            )
            entries.append(
                _entry(subject, purpose, first, ConsentSource.WEB, jurisdiction, base.astimezone(tz))
            )
            entries.append(
                _entry(subject, purpose, second, ConsentSource.API, jurisdiction, base.astimezone(tz))
            )
        elif kind == 1:  # opt-in after opt-out
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.WEB, jurisdiction, base.astimezone(tz))
            )
            later = base + timedelta(days=rng.randint(1, 15))
            entries.append(
                _entry(subject, purpose, Choice.OPT_IN, ConsentSource.SDK, jurisdiction, later.astimezone(tz))
            )
        elif kind == 2:  # GPC only: binds or not depending on jurisdiction and date under where_required
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.GPC, jurisdiction, base.astimezone(tz))
            )
        else:  # GPC opt-out over an earlier site opt-in
            entries.append(
                _entry(
                    subject,
                    purpose,
                    Choice.OPT_IN,
                    ConsentSource.WEB,
                    jurisdiction,
                    (base - timedelta(days=20)).astimezone(tz),
                )
            )
            entries.append(
                _entry(subject, purpose, Choice.OPT_OUT, ConsentSource.GPC, jurisdiction, base.astimezone(tz))
            )
        for e in range(rng.randint(1, 5)):
            processed = base + timedelta(days=rng.uniform(-20, 40))
            if e == 0:
                processed = base  # exactly at the signal: observed_at <= processed_at counts
            events.append(
                {
                    "event_id": f"{subject}-e{e}",
                    "subject_id": subject,
                    # Another purpose than the consent's now and then: consent is per purpose.
                    "purpose": purpose if rng.random() < 0.9 else "analytics",
                    "jurisdiction": jurisdiction,
                    "processed_at": processed,
                    "destination": rng.choice(["adnet", "broker"]),
                }
            )
    # Edges of the window itself.
    events.append({**events[0], "event_id": "edge-start", "processed_at": WINDOW_START})
    events.append({**events[0], "event_id": "edge-end", "processed_at": WINDOW_END})
    return entries, events


def generate_history(seed: int, subjects: int = 60) -> tuple[list[LedgerEntryInput], list[dict]]:
    """Years of consent before the window, appended out of observed order (imports of old records, ties on
    an instant), every source and choice over one another, a few entries in and after the window; events
    through the window. Most entries are superseded long before it: what a long-lived ledger looks like."""
    rng = random.Random(seed)
    sources = [ConsentSource.WEB, ConsentSource.API, ConsentSource.SDK, ConsentSource.GPC]
    entries: list[LedgerEntryInput] = []
    events: list[dict] = []
    for n in range(subjects):
        subject = f"h{n:04d}"
        jurisdiction = rng.choice(JURISDICTIONS)
        for purpose in rng.sample(PURPOSES, rng.randint(1, 2)):
            instants = [
                WINDOW_START - timedelta(days=rng.randint(1, 3 * 365), hours=rng.randint(0, 23))
                for _ in range(rng.randint(3, 25))
            ]
            instants += rng.sample(instants, min(2, len(instants)))  # ties: ledger order decides
            instants += [
                WINDOW_START + timedelta(days=rng.uniform(0, 61)) for _ in range(rng.choice([0, 0, 1, 2]))
            ]
            instants.append(WINDOW_END + timedelta(days=rng.randint(0, 30)))  # after: never read
            rng.shuffle(instants)  # appended out of observed order
            for at in instants:
                entries.append(
                    _entry(
                        subject,
                        purpose,
                        rng.choice([Choice.OPT_OUT, Choice.OPT_IN]),
                        rng.choice(sources),
                        jurisdiction,
                        at.astimezone(PACIFIC if n % 3 == 0 else UTC),
                    )
                )
            for e in range(rng.randint(1, 4)):
                events.append(
                    {
                        "event_id": f"{subject}-{purpose}-e{e}",
                        "subject_id": subject,
                        "purpose": purpose,
                        "jurisdiction": jurisdiction,
                        "processed_at": WINDOW_START + timedelta(days=rng.uniform(0, 60.9)),
                        "destination": rng.choice(["adnet", "broker"]),
                    }
                )
    return entries, events


def observed_before_end(entries: list[LedgerEntryInput]) -> set[int]:
    """The seqs of the entries observed before the window ends: what a SQLite ledger stages; its highest is
    the head at plan."""
    return {seq for seq, e in enumerate(entries, start=1) if e.observed_at < WINDOW_END}


def needed_for_window(entries: list[LedgerEntryInput]) -> set[int]:
    """The seqs that can decide an event of the window: those observed in it, and of each earlier (subject,
    purpose, GPC or not) the latest by (observed_at, seq); with the highest seq observed before the end."""
    ledger = list(enumerate(entries, start=1))
    needed = {seq for seq, e in ledger if WINDOW_START <= e.observed_at < WINDOW_END}
    latest: dict[tuple[str, str, bool], tuple[datetime, int]] = {}
    for seq, e in ledger:
        if e.observed_at < WINDOW_START:
            key = (e.subject_id, e.purpose, e.source == ConsentSource.GPC)
            latest[key] = max(latest.get(key, (e.observed_at, seq)), (e.observed_at, seq))
    needed |= {seq for _, seq in latest.values()}
    return needed | {max(observed_before_end(entries))}


def _entry(
    subject: str, purpose: str, choice: Choice, source: ConsentSource, jurisdiction: str, at: datetime
) -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=subject,
        purpose=purpose,
        choice=choice,
        source=source,
        jurisdiction=jurisdiction,
        observed_at=at,
    )


Link = tuple[str, str, datetime]  # (identifier, person_key, linked_at)


def linked_to(subject: str, at: datetime, links: list[Link]) -> set[str]:
    """The identifiers sharing a person_key with `subject` where both links have linked_at <= at (issue 18)."""
    keys = {key for identifier, key, linked_at in links if identifier == subject and linked_at <= at}
    return {identifier for identifier, key, linked_at in links if key in keys and linked_at <= at}


def judge(
    entries: list[LedgerEntryInput], events: list[dict], policy: GpcPolicy, links: list[Link] | None = None
) -> dict[str, tuple[int, str]]:
    """Plain Python, straight from the issues' wording: event_id -> (seq of the ignored opt-out, its subject).

    An event of identifier s at time t is judged against the consent entries of s and of every identifier
    linked to s at t; the latest binding entry over all of them decides (a tie: the later ledger seq).
    """
    ledger = [(seq, e) for seq, e in enumerate(entries, start=1)]  # file order is ledger order
    by_subject: dict[str, list[tuple[int, LedgerEntryInput]]] = {}
    for seq, e in ledger:
        by_subject.setdefault(e.subject_id, []).append((seq, e))
    expected: dict[str, tuple[int, str]] = {}
    for event in events:
        if not (WINDOW_START <= event["processed_at"] < WINDOW_END):
            continue
        subjects = {event["subject_id"]}
        if links:
            subjects |= linked_to(event["subject_id"], event["processed_at"], links)
        binding = [
            (e.observed_at, seq, e)
            for subject in subjects
            for seq, e in by_subject.get(subject, [])
            if e.purpose == event["purpose"]
            and e.observed_at <= event["processed_at"]
            and (
                e.source != ConsentSource.GPC
                or policy == GpcPolicy.EVERYWHERE
                or RULES.requires_universal_opt_out(event["jurisdiction"], event["processed_at"])
            )
        ]
        if binding:
            _, seq, latest = max(binding, key=lambda item: (item[0], item[1]))
            if latest.choice == Choice.OPT_OUT:
                expected[event["event_id"]] = (seq, latest.subject_id)
    return expected


def oracle(
    entries: list[LedgerEntryInput], events: list[dict], policy: GpcPolicy, links: list[Link] | None = None
) -> set[tuple[str, int]]:
    """(event_id, seq of the ignored opt-out) for every violation."""
    return {(event_id, seq) for event_id, (seq, _) in judge(entries, events, policy, links).items()}


def through_links(
    entries: list[LedgerEntryInput], events: list[dict], policy: GpcPolicy, links: list[Link]
) -> set[str]:
    """The violations whose ignored opt-out belonged to another identifier than the event's."""
    subject = {e["event_id"]: e["subject_id"] for e in events}
    return {
        event_id
        for event_id, (_, owner) in judge(entries, events, policy, links).items()
        if owner != subject[event_id]
    }


def generate_links(seed: int, subjects: int = 120) -> list[Link]:
    """Pairs and triples of the generated subjects under one person_key, linked before, inside and after the
    window; one subject under two keys, a self link and a duplicate link (neither may double anything)."""
    rng = random.Random(seed + 1000)
    links: list[Link] = []
    n = 0
    while n + 1 < subjects:
        size = 3 if rng.random() < 0.25 else 2
        key = f"person-{n}"
        for k in range(n, min(n + size, subjects)):
            at = WINDOW_START + timedelta(days=rng.randint(-40, 70), hours=rng.randint(0, 23))
            links.append((f"s{k:04d}", key, at))
        n += size + rng.randint(0, 2)  # some subjects stay unlinked
    first = links[0]
    links.append((first[0], first[1], first[2] + timedelta(days=3)))  # a duplicate, later
    links.append((links[3][0], "person-self", WINDOW_START - timedelta(days=90)))  # alone under a key
    links.append((links[5][0], links[1][1], WINDOW_START))  # a second key for one subject
    return links


async def load_links(events_url: str, links: list[Link], name: str = "identity_links") -> None:
    """The links table in the events database (identifier, person_key, linked_at)."""
    metadata = MetaData()
    table = Table(
        name,
        metadata,
        Column("identifier", String(512), nullable=True),
        Column("person_key", String(512), nullable=True),
        Column("linked_at", UTCDateTime(), nullable=True),
    )
    engine = create_engine(events_url)
    try:
        async with engine.begin() as conn:
            await conn.run_sync(metadata.create_all)
            if links:
                await conn.execute(
                    table.insert(),
                    [{"identifier": i, "person_key": k, "linked_at": at} for i, k, at in links],
                )
    finally:
        await engine.dispose()


async def load(events_url: str, ledger_url: str, entries: list[LedgerEntryInput], events: list[dict]) -> None:
    ledger_engine, events_engine = create_engine(ledger_url), create_engine(events_url)
    try:
        ledger = Ledger(ledger_engine)
        await ledger.create_schema()
        await ledger.append(entries)
        async with events_engine.begin() as conn:
            await conn.run_sync(events_metadata.create_all)
            if events:
                await conn.execute(processing_events.insert(), events)
    finally:
        await ledger_engine.dispose()
        await events_engine.dispose()


async def corrections(events_url: str, incident: str) -> set[tuple[str, int]]:
    engine = create_engine(events_url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                select(recall_corrections.c.event_id, recall_corrections.c.ledger_seq).where(
                    recall_corrections.c.incident_id == incident
                )
            )
            return {(r[0], r[1]) for r in rows}
    finally:
        await engine.dispose()


def backfill_input(events_url: str, ledger_url: str, policy: GpcPolicy, **extra: object) -> BackfillInput:
    return BackfillInput(
        incident_id=f"INC-{uuid.uuid4().hex[:6]}",
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        gpc_policy=policy,
        **{"chunk_size": 17, **extra},
    )
