"""Benchmark: the durable backfill against its floor, in the same run, on SQLite and PostgreSQL.

Floor: one set-based INSERT ... SELECT computing the same corrections in the events database, with the
consent rows copied there (the best a single statement can do, with no durability, no progress, no outbox).
Durable: `BackfillWorkflow` on an embedded dev server with one worker process, ledger in the events database
(the set-based path). Targets: durable within 2x the floor, history events per workflow run < 2,000, worker
peak memory < 500 MB.

    .venv/bin/python bench/backfill.py                        # 1,000,000 events on SQLite and PostgreSQL
    .venv/bin/python bench/backfill.py -n 200000 --db sqlite
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, literal, literal_column, select
from sqlalchemy.dialects import postgresql, sqlite
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client

from optout_recall import names
from optout_recall.backfill.corrections import CORRECTION_COLUMNS, recall_corrections
from optout_recall.backfill.corrections import metadata as corrections_metadata
from optout_recall.backfill.violations import violations_select
from optout_recall.db import UTCDateTime, create_engine
from optout_recall.demo.world import events_metadata
from optout_recall.ledger import Ledger
from optout_recall.payloads import BackfillInput, BackfillResult, BackfillState, EventTableConfig, GpcPolicy
from optout_recall.rules import load_rules
from optout_recall.runtime import embedded_dev_server

WINDOW_START = datetime(2024, 6, 1, tzinfo=UTC)
WINDOW_END = datetime(2024, 8, 1, tzinfo=UTC)
JURISDICTIONS = ("US-CA", "US-CO", "US-CT", "US-TX", "US-VA", "FR")
PURPOSES = ("sale", "sharing", "analytics")
SOURCES = ("gpc", "web", "api", "sdk")
DESTINATIONS = ("adnet", "broker", "crm", "warehouse")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"


def generate(n_events: int, seed: int = 7) -> tuple[list[tuple], list[tuple]]:
    """(ledger rows, event rows) as plain tuples; about one ledger entry per two events."""
    rng = random.Random(seed)
    subjects = max(n_events // 5, 1)
    span = (WINDOW_END - WINDOW_START).total_seconds()
    ledger: list[tuple] = []
    for k in range(subjects):
        jurisdiction = JURISDICTIONS[k % len(JURISDICTIONS)]
        for purpose in PURPOSES[: 1 + k % 3]:
            if rng.random() < 0.25:
                continue
            for _ in range(rng.randint(1, 2)):
                at = WINDOW_START + timedelta(seconds=rng.uniform(-0.3 * span, span))
                ledger.append(
                    (
                        f"subject-{k:07d}",
                        purpose,
                        "opt_out" if rng.random() < 0.7 else "opt_in",
                        SOURCES[rng.randrange(4)],
                        jurisdiction,
                        at,
                    )
                )
    ledger.sort(key=lambda row: row[5])  # ledger order is observation order, with ties in file order
    events = []
    for i in range(n_events):
        k = rng.randrange(subjects)
        events.append(
            (
                f"e{i:09d}",
                f"subject-{k:07d}",
                PURPOSES[rng.randrange(3)],
                JURISDICTIONS[k % len(JURISDICTIONS)],
                WINDOW_START + timedelta(seconds=rng.uniform(-0.05 * span, 1.05 * span)),
                DESTINATIONS[rng.randrange(4)],
            )
        )
    return ledger, events


def _sqlite_ts(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


async def load(url: str, ledger: list[tuple], events: list[tuple]) -> None:
    """The events table and the consent ledger in one database, loaded with the driver's fastest bulk path."""
    engine = create_engine(url)
    try:
        await Ledger(engine).create_schema()
        async with engine.begin() as conn:
            await conn.run_sync(events_metadata.create_all)
            await conn.run_sync(corrections_metadata.create_all)
    finally:
        await engine.dispose()
    ledger_rows = [
        (seq, s, p, c, src, j, at, at, None, None, "0" * 64, "0" * 64)
        for seq, (s, p, c, src, j, at) in enumerate(ledger, start=1)
    ]
    columns = (
        "seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at, idempotency_key, "
        "channel_metadata, prev_hash, entry_hash"
    )
    if url.startswith("sqlite"):
        import sqlite3

        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        with db:
            db.executemany(
                f"INSERT INTO consent_ledger ({columns}) VALUES ({','.join('?' * 12)})",
                [(*r[:6], _sqlite_ts(r[6]), _sqlite_ts(r[7]), *r[8:]) for r in ledger_rows],
            )
            db.executemany(
                "INSERT INTO processing_events VALUES (?,?,?,?,?,?)",
                [(*e[:4], _sqlite_ts(e[4]), e[5]) for e in events],
            )
        db.execute("ANALYZE")
        db.close()
    else:
        import psycopg

        with psycopg.connect(url) as db:
            with db.cursor() as cur:
                with cur.copy(f"COPY consent_ledger ({columns}) FROM STDIN") as copy:
                    for row in ledger_rows:
                        copy.write_row(row)
                with cur.copy("COPY processing_events FROM STDIN") as copy:
                    for row in events:
                        copy.write_row(row)
            db.commit()
            db.autocommit = True
            db.execute("VACUUM ANALYZE")


async def floor(url: str, policy: GpcPolicy, jurisdictions: list[str]) -> tuple[float, int]:
    """One INSERT ... SELECT over the whole window; seconds and rows written."""
    engine = create_engine(url)
    incident = f"FLOOR-{uuid.uuid4().hex[:6]}"
    found = violations_select(
        EventTableConfig(),
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        lower=None,
        upper=None,
        policy=policy,
        rules=load_rules(),
        jurisdictions=jurisdictions,
    ).subquery()
    insert = postgresql.insert if url.startswith("postgresql") else sqlite.insert
    now = literal(datetime.now(UTC), UTCDateTime())
    statement = (
        insert(recall_corrections)
        .from_select(
            CORRECTION_COLUMNS,
            select(literal(incident), *list(found.c), now).where(literal_column("1") == 1),
        )
        .on_conflict_do_nothing(index_elements=["incident_id", "event_id"])
    )
    try:
        started = time.perf_counter()
        async with engine.begin() as conn:
            await conn.execute(statement)
        elapsed = time.perf_counter() - started
        async with engine.connect() as conn:
            written = await conn.scalar(
                select(func.count())
                .select_from(recall_corrections)
                .where(recall_corrections.c.incident_id == incident)
            )
    finally:
        await engine.dispose()
    return elapsed, int(written or 0)


async def history_lengths(client: Client, workflow_id: str, run_id: str | None) -> list[int]:
    """Events in each run of a workflow, following continue-as-new."""
    lengths = []
    while run_id is not None:
        history = await client.get_workflow_handle(workflow_id, run_id=run_id).fetch_history()
        lengths.append(len(history.events))
        last = history.events[-1]
        run_id = (
            last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else None
        )
    return lengths


WORKER = """
import asyncio, signal, sys
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from workers.main import running_worker

async def main(address, queue):
    client = await Client.connect(address, data_converter=pydantic_data_converter)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with running_worker(client, queue):
        print("ready", flush=True)
        await stop.wait()
    # VmHWM starts afresh at exec, unlike ru_maxrss, which would count the forking bench's own memory.
    hwm = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
    print("peak_rss_mb", int(hwm.split()[1]) / 1024, flush=True)

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def durable(url: str, policy: GpcPolicy, args: argparse.Namespace) -> dict[str, float]:
    root = Path(__file__).resolve().parents[1]
    async with embedded_dev_server(None) as env:
        address = env.client.service_client.config.target_host
        queue = f"bench-{uuid.uuid4().hex[:6]}"
        worker = subprocess.Popen(  # noqa: ASYNC220 - started once, before the timed part
            [sys.executable, "-c", WORKER, address, queue],
            cwd=root,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(root)},
        )
        try:
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
            backfill = BackfillInput(
                incident_id=f"BENCH-{uuid.uuid4().hex[:6]}",
                events_url=url,
                ledger_url=url,
                window_start=WINDOW_START,
                window_end=WINDOW_END,
                gpc_policy=policy,
                chunk_size=args.chunk_size,
                concurrency=args.concurrency,
                partition_events=args.partition_events,
            )
            workflow_id = f"bench-backfill-{uuid.uuid4().hex[:6]}"
            started = time.perf_counter()
            handle = await env.client.start_workflow(
                names.BACKFILL_WORKFLOW,
                BackfillState(input=backfill),
                id=workflow_id,
                task_queue=queue,
                result_type=BackfillResult,
            )
            result = await handle.result()
            elapsed = time.perf_counter() - started
            lengths = await history_lengths(env.client, workflow_id, handle.first_execution_run_id)
        finally:
            worker.send_signal(signal.SIGTERM)
            out, _ = worker.communicate(timeout=60)
        peak = next(float(line.split()[1]) for line in out.splitlines() if line.startswith("peak_rss_mb"))
    return {
        "seconds": elapsed,
        "written": result.counts.corrections_written,
        "violations": result.counts.violations,
        "scanned": result.counts.scanned,
        "runs": len(lengths),
        "max_history": max(lengths),
        "peak_mb": peak,
    }


async def bench(db: str, args: argparse.Namespace) -> bool:
    ledger, events = generate(args.events)
    jurisdictions = sorted(set(JURISDICTIONS))
    with tempfile.TemporaryDirectory() as tmp:
        if db == "sqlite":
            url = f"sqlite:///{Path(tmp) / 'events.db'}"
            drop = None
        else:
            import psycopg

            name = f"bench_{uuid.uuid4().hex[:10]}"
            with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
            url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
            drop = name
        try:
            started = time.perf_counter()
            await load(url, ledger, events)
            print(
                f"[{db}] loaded {len(events):,} events, {len(ledger):,} ledger entries in {time.perf_counter() - started:.1f}s"
            )
            del ledger, events
            floor_s, floor_rows = await floor(url, args.policy, jurisdictions)
            print(f"[{db}] floor   : {floor_s:7.2f}s  {floor_rows:,} corrections (one INSERT ... SELECT)")
            run = await durable(url, args.policy, args)
            ratio = run["seconds"] / floor_s
            print(
                f"[{db}] durable : {run['seconds']:7.2f}s  {run['written']:,} corrections, {run['scanned']:,} scanned, "
                f"{run['scanned'] / run['seconds']:,.0f} events/s"
            )
            print(
                f"[{db}] ratio durable/floor = {ratio:.2f}x (target < 2x); history events per run: max "
                f"{run['max_history']} over {run['runs']} run(s) (target < 2,000); worker peak RSS "
                f"{run['peak_mb']:.0f} MB (target < 500)"
            )
            ok = (
                ratio < 2
                and run["max_history"] < 2000
                and run["peak_mb"] < 500
                and run["written"] == floor_rows
            )
            if run["written"] != floor_rows:
                print(f"[{db}] MISMATCH: durable wrote {run['written']}, floor {floor_rows}")
            return ok
        finally:
            if drop:
                import psycopg

                with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{drop}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--events", type=int, default=1_000_000)
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--policy", type=GpcPolicy, default=GpcPolicy.WHERE_REQUIRED)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--partition-events", type=int, default=25_000)
    parser.add_argument("--chunk-size", type=int, default=5_000)  # the chunk for the ledger-apart path
    args = parser.parse_args()
    print(f"bench peak RSS so far (generator) ignored; machine has {os.cpu_count()} CPUs")
    results = [
        asyncio.run(bench(db, args)) for db in (["sqlite", "postgresql"] if args.db == "both" else [args.db])
    ]
    _ = resource
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
