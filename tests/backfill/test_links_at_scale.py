"""Identity links at 1M events (issue 18's "done when"): the backfill equals the oracle on SQLite and PostgreSQL.

About 5% of the subjects share a person_key with one or two others, linked before and during the window.
The world is bulk-loaded with each driver's fast path; the oracle is plain Python over sorted lists.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import time
from bisect import bisect_right
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from optout_recall.backfill.corrections import metadata as corrections_metadata
from optout_recall.backfill.partitions import PartitionWriter, plan_partitions
from optout_recall.db import EngineCache, create_engine
from optout_recall.demo.world import events_metadata
from optout_recall.ledger import Ledger
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillPartitionInput,
    GpcPolicy,
    LinksTableConfig,
)
from optout_recall.payloads.backfill import BackfillFinishInput
from tests.backfill.layouts import layout_params
from tests.backfill.oracle import RULES, WINDOW_END, WINDOW_START, backfill_input, corrections, load_links

PURPOSES = ("sale", "sharing")
SOURCES = ("gpc", "web", "api")
JURISDICTIONS = ("US-CA", "US-CO", "US-TX", "US-VA", "FR")
LEDGER_COLUMNS = (
    "seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at, prev_hash, entry_hash"
)
Entry = tuple[
    str, str, str, str, str, datetime
]  # subject, purpose, choice, source, jurisdiction, observed_at
Event = tuple[
    str, str, str, str, datetime, str
]  # event_id, subject, purpose, jurisdiction, processed_at, dest
Link = tuple[str, str, datetime]


def world(n_events: int, seed: int, linked: float = 0.05) -> tuple[list[Entry], list[Event], list[Link]]:
    """(ledger in ledger order, events, links): a tenth as many subjects as events, `linked` of them linked."""
    rng = random.Random(seed)
    subjects = max(n_events // 10, 4)
    span = (WINDOW_END - WINDOW_START).total_seconds()

    def instant(low: float, high: float) -> datetime:
        return WINDOW_START + timedelta(seconds=int(rng.uniform(low, high) * span))  # whole seconds: ties

    ledger: list[Entry] = []
    for k in range(subjects):
        for purpose in PURPOSES:
            for _ in range(rng.choice((0, 0, 1, 2))):
                choice = "opt_out" if rng.random() < 0.5 else "opt_in"
                ledger.append(
                    (
                        f"s{k:07d}",
                        purpose,
                        choice,
                        rng.choice(SOURCES),
                        JURISDICTIONS[k % 5],
                        instant(-0.3, 1),
                    )
                )
    rng.shuffle(ledger)  # ledger order is not time order
    events = [
        (
            f"ev{i:08d}",
            f"s{(k := rng.randrange(subjects)):07d}",
            rng.choice(PURPOSES),
            JURISDICTIONS[k % 5],
            instant(-0.05, 1.05),
            rng.choice(("adnet", "broker", "crm")),
        )
        for i in range(n_events)
    ]
    links: list[Link] = []
    chosen = rng.sample(range(subjects), int(subjects * linked))
    at = 0
    while at + 1 < len(chosen):
        size = rng.choice((2, 2, 3))
        for k in chosen[at : at + size]:
            links.append((f"s{k:07d}", f"person-{at}", instant(-0.5, 1)))
        at += size
    return ledger, events, links


def oracle(
    ledger: list[Entry], events: list[Event], policy: GpcPolicy, links: list[Link]
) -> tuple[set[tuple[str, int]], set[str]]:
    """(violations as (event_id, seq), those through a link), straight from the wording, over sorted lists."""
    by_key: dict[tuple[str, str], list[tuple[datetime, int, str, str]]] = defaultdict(list)
    for seq, (subject, purpose, choice, source, _, at) in enumerate(ledger, start=1):
        by_key[(subject, purpose)].append((at, seq, choice, source))
    for entries in by_key.values():
        entries.sort()
    members: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
    for identifier, key, linked_at in links:
        members[key].append((identifier, linked_at))
    # s2 is linked to s from the moment both links of some shared person_key exist.
    linked_from: dict[str, dict[str, datetime]] = defaultdict(dict)
    for group in members.values():
        for a, at_a in group:
            for b, at_b in group:
                if a != b:
                    since = max(at_a, at_b)
                    linked_from[a][b] = min(since, linked_from[a].get(b, since))
    violations: set[tuple[str, int]] = set()
    through: set[str] = set()
    for event_id, subject, purpose, jurisdiction, processed_at, _ in events:
        if not WINDOW_START <= processed_at < WINDOW_END:
            continue
        gpc_binds = policy == GpcPolicy.EVERYWHERE or RULES.requires_universal_opt_out(
            jurisdiction, processed_at
        )
        whose = [
            subject,
            *(s2 for s2, since in linked_from.get(subject, {}).items() if since <= processed_at),
        ]
        best: tuple[datetime, int, str, str] | None = None
        for s2 in whose:
            entries = by_key.get((s2, purpose), [])
            for at, seq, choice, source in reversed(
                entries[: bisect_right(entries, (processed_at, 1 << 62))]
            ):
                if source != "gpc" or gpc_binds:
                    if best is None or (at, seq) > best[:2]:
                        best = (at, seq, choice, s2)
                    break
        if best is not None and best[2] == "opt_out":
            violations.add((event_id, best[1]))
            if best[3] != subject:
                through.add(event_id)
    return violations, through


def _ts(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


async def load_world(url: str, ledger: list[Entry], events: list[Event], links: list[Link]) -> None:
    """Ledger and events in one database, bulk-loaded (sqlite3 executemany, psycopg COPY)."""
    engine = create_engine(url)
    try:
        await Ledger(engine).create_schema()
        async with engine.begin() as conn:
            await conn.run_sync(events_metadata.create_all)
            await conn.run_sync(corrections_metadata.create_all)
    finally:
        await engine.dispose()
    rows = [(seq, *e[:5], e[5], e[5], "0" * 64, "0" * 64) for seq, e in enumerate(ledger, start=1)]
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        with db:
            db.executemany(
                f"INSERT INTO consent_ledger ({LEDGER_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(*r[:6], _ts(r[6]), _ts(r[7]), *r[8:]) for r in rows],
            )
            db.executemany(
                "INSERT INTO processing_events VALUES (?,?,?,?,?,?)",
                [(*e[:4], _ts(e[4]), e[5]) for e in events],
            )
        db.close()
    else:
        with psycopg.connect(url) as pg, pg.cursor() as cur:
            with cur.copy(f"COPY consent_ledger ({LEDGER_COLUMNS}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            with cur.copy("COPY processing_events FROM STDIN") as copy:
                for event in events:
                    copy.write_row(event)
    await load_links(url, links)


async def run_backfill(engines: EngineCache, backfill: BackfillInput, concurrency: int) -> BackfillCounts:
    """Plan, the partitions `concurrency` at a time, finish: as the workflow runs them, without Temporal."""
    plan = await plan_partitions(backfill, engines, RULES)
    writer = PartitionWriter(engines, RULES)
    bounds = plan.boundaries
    waiting = [
        BackfillPartitionInput(
            backfill=backfill,
            index=i,
            lower=bounds[i - 1] if i else None,
            upper=bounds[i] if i < len(bounds) else None,
            scan=plan.scan,
        )
        for i in range(len(bounds) + 1)
    ]
    counts = BackfillCounts()

    async def drain() -> None:
        while waiting:
            counts.add((await writer.write_partition(waiting.pop())).counts)

    await asyncio.gather(*(drain() for _ in range(concurrency)))
    counts.add(await writer.finish(BackfillFinishInput(backfill=backfill, scan=plan.scan)))
    return counts


@pytest.mark.timeout(600)
@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql"), indirect=True)
async def test_links_at_1m_events_match_the_oracle(layout_urls: tuple[str, str]) -> None:
    url, _ = layout_urls
    ledger, events, links = world(1_000_000, seed=18)
    await load_world(url, ledger, events, links)
    policy = GpcPolicy.WHERE_REQUIRED
    expected, through = oracle(ledger, events, policy, links)
    assert len(through) > 1_000  # the links decide a share of the violations
    backfill = backfill_input(
        url, url, policy, links=LinksTableConfig(), partition_events=100_000, set_based_chunk_size=25_000
    )
    engines = EngineCache()
    try:
        began = time.perf_counter()
        counts = await run_backfill(engines, backfill, concurrency=2)
        elapsed = time.perf_counter() - began
        print(f"\n1M events with links on {url.split(':')[0]}: backfill {elapsed:.1f} s")
        assert counts.scanned == sum(WINDOW_START <= e[4] < WINDOW_END for e in events)
        assert (counts.violations, counts.through_links) == (len(expected), len(through))
        assert await corrections(url, backfill.incident_id) == expected
    finally:
        await engines.dispose()
