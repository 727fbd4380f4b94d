"""Benchmark: `recall backfill` against its floor, in the same run, on SQLite and PostgreSQL, in both layouts.

The floor is one hand-written INSERT ... SELECT (written here, independently of `violations_select`) with the
consent ledger and the events in one database: each event's latest binding entry comes from a correlated
subquery (SQLite) or a JOIN LATERAL (PostgreSQL) over an index on (subject_id, purpose, observed_at, seq),
and the index build is timed with it. It has no durability, no progress, no outbox.

`recall backfill` runs as a user runs it, as a process, against a Temporal and a `recall worker` that are
already running (as with `recall dev`), in both layouts: the ledger in the events database, and the ledger in
a database of its own. `--embedded` also times it end to end with the embedded runtime (no `--address`).
Each run also prints its CPU-seconds beside the load average: the floor's (its PostgreSQL backend, or this
process on SQLite) and the run's (the PostgreSQL backends of its databases + the worker processes + the
command), because on a shared machine wall time moves with whatever else runs.
Targets (issue 15): at most 1.5x the floor at 1M events (aim 1.25x), the embedded run at most the floor + 1 s,
history events per workflow run < 2,000, worker peak RSS < 500 MB.

    .venv/bin/python bench/backfill.py                              # 1M events, both databases, both layouts
    .venv/bin/python bench/backfill.py -n 200000 --db sqlite --repeat 3
    .venv/bin/python bench/backfill.py --scale 1M,3M,10M --db postgresql --layout apart
    .venv/bin/python bench/backfill.py --linked 0.05 --layout together   # also with identity links (issue 18)
    .venv/bin/python bench/backfill.py --db postgresql --layout apart --history 20   # a long-lived ledger

`--linked F` puts an `identity_links` table (F of the subjects, two or three to a person_key) in the events
database and times every run again with `--links-table identity_links`, beside the run without.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from temporalio.api.enums.v1 import EventType
from temporalio.client import Client

from optout_recall import names
from optout_recall.backfill.violations import universal_opt_out_intervals
from optout_recall.db import create_engine
from optout_recall.demo.world import events_metadata
from optout_recall.ledger import Ledger
from optout_recall.payloads import GpcPolicy
from optout_recall.rules import load_rules
from optout_recall.runtime import embedded_dev_server

ROOT = Path(__file__).resolve().parents[1]
WINDOW_START = datetime(2024, 6, 1, tzinfo=UTC)
WINDOW_END = datetime(2024, 8, 1, tzinfo=UTC)
JURISDICTIONS = ("US-CA", "US-CO", "US-CT", "US-TX", "US-VA", "FR")
PURPOSES = ("sale", "sharing", "analytics")
SOURCES = ("gpc", "web", "api", "sdk")
DESTINATIONS = ("adnet", "broker", "crm", "warehouse")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
LEDGER_COLUMNS = (
    "seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at, idempotency_key, "
    "channel_metadata, prev_hash, entry_hash"
)
RECALL_TABLES = ("recall_corrections", "recall_outbox")

# ---------------------------------------------------------------------------------------------- data


def subjects_for(n_events: int) -> int:
    return max(n_events // 10, 1)


def ledger_rows(n_events: int, seed: int, history: int = 0) -> list[tuple]:
    """About 0.12 consent entries per event (the issue's 117k for 1M), in ledger (observation) order; with
    `history`, that many more for each (subject, purpose), spread over the three years before the window
    (a long-lived ledger: choices made and changed long ago, superseded before the window)."""
    rng = random.Random(seed)
    span = (WINDOW_END - WINDOW_START).total_seconds()
    entries = []
    for k in range(subjects_for(n_events)):
        for purpose in PURPOSES:
            if rng.random() >= 0.29:
                continue
            for _ in range(rng.choice((1, 1, 2))):
                at = WINDOW_START + timedelta(seconds=rng.uniform(-0.3 * span, span))
                choice = "opt_out" if rng.random() < 0.42 else "opt_in"
                entries.append((f"subject-{k:08d}", purpose, choice, SOURCES[rng.randrange(4)], k, at))
            for _ in range(history):
                at = WINDOW_START - timedelta(days=rng.uniform(20, 3 * 365))
                choice = "opt_out" if rng.random() < 0.42 else "opt_in"
                entries.append((f"subject-{k:08d}", purpose, choice, SOURCES[rng.randrange(4)], k, at))
    entries.sort(key=lambda row: row[5])
    return [
        (seq, s, p, c, src, JURISDICTIONS[k % len(JURISDICTIONS)], at, at, None, None, "0" * 64, "0" * 64)
        for seq, (s, p, c, src, k, at) in enumerate(entries, start=1)
    ]


def event_rows(n_events: int, seed: int) -> Iterator[tuple]:
    """Streamed, so 10M events never sit in memory; event ids are not in processing order."""
    rng = random.Random(seed + 1)
    subjects = subjects_for(n_events)
    span = (WINDOW_END - WINDOW_START).total_seconds()
    for i in range(n_events):
        k = rng.randrange(subjects)
        yield (
            f"e{(i * 7919) % n_events:010d}",
            f"subject-{k:08d}",
            PURPOSES[rng.randrange(3)],
            JURISDICTIONS[k % len(JURISDICTIONS)],
            WINDOW_START + timedelta(seconds=rng.uniform(-0.05 * span, 1.05 * span)),
            DESTINATIONS[rng.randrange(4)],
        )


LINKS_TABLE = "identity_links"


def link_rows(n_events: int, seed: int, fraction: float) -> list[tuple[str, str, datetime]]:
    """(identifier, person_key, linked_at): `fraction` of the subjects, two or three to a key."""
    rng = random.Random(seed + 2)
    span = (WINDOW_END - WINDOW_START).total_seconds()
    chosen = rng.sample(range(subjects_for(n_events)), int(subjects_for(n_events) * fraction))
    rows, at = [], 0
    while at + 1 < len(chosen):
        size = rng.choice((2, 2, 3))
        for k in chosen[at : at + size]:
            linked_at = WINDOW_START + timedelta(seconds=rng.uniform(-0.5 * span, span))
            rows.append((f"subject-{k:08d}", f"person-{at}", linked_at))
        at += size
    return rows


def load_links(url: str, rows: list[tuple[str, str, datetime]]) -> None:
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        with db:
            db.execute(f"CREATE TABLE {LINKS_TABLE} (identifier TEXT, person_key TEXT, linked_at DATETIME)")
            db.executemany(
                f"INSERT INTO {LINKS_TABLE} VALUES (?,?,?)", [(i, k, _sqlite_ts(at)) for i, k, at in rows]
            )
        db.close()
        return
    import psycopg

    with psycopg.connect(url) as pg, pg.cursor() as cur:
        cur.execute(f"CREATE TABLE {LINKS_TABLE} (identifier TEXT, person_key TEXT, linked_at TIMESTAMPTZ)")
        with cur.copy(f"COPY {LINKS_TABLE} FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)


def _sqlite_ts(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


async def create_schema(url: str, *, ledger: bool, events: bool) -> None:
    engine = create_engine(url)
    try:
        if ledger:
            await Ledger(engine).create_schema()
        if events:
            async with engine.begin() as conn:
                await conn.run_sync(events_metadata.create_all)
    finally:
        await engine.dispose()


async def load(url: str, n_events: int, seed: int, *, ledger: bool, events: bool, history: int = 0) -> None:
    """The chosen tables, loaded with the driver's fastest bulk path, then analyzed."""
    await create_schema(url, ledger=ledger, events=events)
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        with db:
            if ledger:
                db.executemany(
                    f"INSERT INTO consent_ledger ({LEDGER_COLUMNS}) VALUES ({','.join('?' * 12)})",
                    (
                        (*r[:6], _sqlite_ts(r[6]), _sqlite_ts(r[7]), *r[8:])
                        for r in ledger_rows(n_events, seed, history)
                    ),
                )
            if events:
                db.executemany(
                    "INSERT INTO processing_events VALUES (?,?,?,?,?,?)",
                    ((*e[:4], _sqlite_ts(e[4]), e[5]) for e in event_rows(n_events, seed)),
                )
        db.execute("ANALYZE")
        db.close()
        return
    import psycopg

    with psycopg.connect(url) as pg:
        with pg.cursor() as cur:
            if ledger:
                with cur.copy(f"COPY consent_ledger ({LEDGER_COLUMNS}) FROM STDIN") as copy:
                    for row in ledger_rows(n_events, seed, history):
                        copy.write_row(row)
            if events:
                with cur.copy("COPY processing_events FROM STDIN") as copy:
                    for row in event_rows(n_events, seed):
                        copy.write_row(row)
        pg.commit()
        pg.autocommit = True
        pg.execute("VACUUM ANALYZE")


# ---------------------------------------------------------------------------------------------- CPU-seconds

_TICK = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """User + system CPU-seconds of a process so far (0 once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / _TICK


class BackendCpu:
    """CPU-seconds the PostgreSQL backends of some databases spend while it runs (a local server: /proc).

    Backends are found by their process title (`postgres: <user> <database> ...`) and sampled every 20 ms,
    so one that exits meanwhile (a CLI's connection) still counts up to its last sample. On a shared machine
    this is the comparison that holds still: wall time moves with whatever else runs.
    """

    def __init__(self, databases: list[str]) -> None:
        self._names = [f" {name} " for name in databases]
        self._start = self._sample()
        self._last = dict(self._start)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def _sample(self) -> dict[int, float]:
        found = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                title = (entry / "cmdline").read_bytes().decode(errors="replace")
            except OSError:
                continue
            if title.startswith("postgres:") and any(name in title for name in self._names):
                found[int(entry.name)] = process_cpu(int(entry.name))
        return found

    def _poll(self) -> None:
        while not self._stop.wait(0.02):
            for pid, cpu in self._sample().items():
                self._last[pid] = max(cpu, self._last.get(pid, 0.0))

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        for pid, cpu in self._sample().items():
            self._last[pid] = max(cpu, self._last.get(pid, 0.0))
        return sum(cpu - self._start.get(pid, 0.0) for pid, cpu in self._last.items())


def database_names(*urls: str) -> list[str]:
    return sorted({url.rsplit("/", 1)[1] for url in urls if url.startswith("postgresql")})


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


# ---------------------------------------------------------------------------------------------- the floor


def gpc_binds_sql(dialect: str, policy: GpcPolicy) -> str:
    """Where a GPC signal binds the event `e`, as literal SQL from the rules file's effective dates."""
    if policy == GpcPolicy.EVERYWHERE:
        return "TRUE" if dialect == "postgresql" else "1"
    rules = load_rules()

    def instant(at: datetime) -> str:
        return f"TIMESTAMPTZ '{at.isoformat()}'" if dialect == "postgresql" else f"'{_sqlite_ts(at)}'"

    terms = []
    for code in JURISDICTIONS:
        for start, end in universal_opt_out_intervals(rules, code):
            term = f"(e.jurisdiction = '{code}' AND e.processed_at >= {instant(start)}"
            terms.append(term + (f" AND e.processed_at < {instant(end)})" if end else ")"))
    return "(" + " OR ".join(terms) + ")" if terms else ("FALSE" if dialect == "postgresql" else "0")


FLOOR_TABLE = """CREATE TABLE bench_floor (
    incident_id VARCHAR(128) NOT NULL, event_id VARCHAR(256) NOT NULL, subject_id VARCHAR(512) NOT NULL,
    purpose VARCHAR(64) NOT NULL, jurisdiction VARCHAR(16) NOT NULL, destination VARCHAR(256) NOT NULL,
    processed_at {ts} NOT NULL, ledger_seq BIGINT NOT NULL, UNIQUE (incident_id, event_id))"""

FLOOR_SQLITE = """INSERT INTO bench_floor
SELECT 'FLOOR', v.event_id, v.subject_id, v.purpose, v.jurisdiction, v.destination, v.processed_at, v.seq
FROM (
    SELECT e.event_id, e.subject_id, e.purpose, e.jurisdiction, e.destination, e.processed_at,
        (SELECT c.seq FROM consent_ledger c
         WHERE c.subject_id = e.subject_id AND c.purpose = e.purpose AND c.observed_at <= e.processed_at
           AND (c.source <> 'gpc' OR {binds})
         ORDER BY c.observed_at DESC, c.seq DESC LIMIT 1) AS seq
    FROM processing_events e
    WHERE e.processed_at >= '{start}' AND e.processed_at < '{end}'
) v JOIN consent_ledger c ON c.seq = v.seq
WHERE c.choice = 'opt_out'"""

FLOOR_POSTGRESQL = """INSERT INTO bench_floor
SELECT 'FLOOR', e.event_id, e.subject_id, e.purpose, e.jurisdiction, e.destination, e.processed_at, l.seq
FROM processing_events e
CROSS JOIN LATERAL (
    SELECT c.seq, c.choice FROM consent_ledger c
    WHERE c.subject_id = e.subject_id AND c.purpose = e.purpose AND c.observed_at <= e.processed_at
      AND (c.source <> 'gpc' OR {binds})
    ORDER BY c.observed_at DESC, c.seq DESC LIMIT 1
) l
WHERE e.processed_at >= TIMESTAMPTZ '{start}' AND e.processed_at < TIMESTAMPTZ '{end}' AND l.choice = 'opt_out'"""

FLOOR_INDEX = "CREATE INDEX bench_floor_consent ON consent_ledger (subject_id, purpose, observed_at, seq)"


def floor(url: str, policy: GpcPolicy) -> tuple[float, float, int]:
    """Seconds and CPU-seconds (SQLite: this process; PostgreSQL: its backend) for the index build and the one
    statement (committed), and the rows it wrote; then cleaned up."""
    if url.startswith("sqlite"):
        insert = FLOOR_SQLITE.format(
            binds=gpc_binds_sql("sqlite", policy), start=_sqlite_ts(WINDOW_START), end=_sqlite_ts(WINDOW_END)
        )
        db = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("DROP TABLE IF EXISTS bench_floor")
        db.execute(FLOOR_TABLE.format(ts="DATETIME"))
        started, cpu = time.perf_counter(), time.process_time()
        db.execute("BEGIN")
        db.execute(FLOOR_INDEX)
        db.execute(insert)
        db.execute("COMMIT")
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        rows = db.execute("SELECT count(*) FROM bench_floor").fetchone()[0]
        db.execute("DROP INDEX bench_floor_consent")
        db.execute("DROP TABLE bench_floor")
        db.close()
        return elapsed, cpu, int(rows)
    import psycopg

    insert = FLOOR_POSTGRESQL.format(
        binds=gpc_binds_sql("postgresql", policy), start=WINDOW_START.isoformat(), end=WINDOW_END.isoformat()
    )
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("DROP TABLE IF EXISTS bench_floor")
        pg.execute(FLOOR_TABLE.format(ts="TIMESTAMPTZ"))
        backend = pg.info.backend_pid
        started, cpu = time.perf_counter(), process_cpu(backend)
        with pg.transaction():
            pg.execute(FLOOR_INDEX)
            pg.execute(insert)
        elapsed, cpu = time.perf_counter() - started, process_cpu(backend) - cpu
        row = pg.execute("SELECT count(*) FROM bench_floor").fetchone()
        pg.execute("DROP INDEX bench_floor_consent")
        pg.execute("DROP TABLE bench_floor")
    return elapsed, cpu, int(row[0]) if row else 0


# ---------------------------------------------------------------------------------------------- the project

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


class Workers:
    """`recall worker` stand-ins: processes polling the task queue `recall backfill --address` uses."""

    def __init__(self, address: str, count: int) -> None:
        self.processes = [
            subprocess.Popen(
                [sys.executable, "-c", WORKER, address, names.TASK_QUEUE],
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )
            for _ in range(count)
        ]
        for process in self.processes:
            assert process.stdout is not None and process.stdout.readline().strip() == "ready"

    def cpu(self) -> float:
        return sum(process_cpu(process.pid) for process in self.processes)

    def stop(self) -> float:
        """Stops them; the highest peak RSS of any, in MB."""
        peaks = []
        for process in self.processes:
            process.send_signal(signal.SIGTERM)
            out, _ = process.communicate(timeout=60)
            peaks += [float(x.split()[1]) for x in out.splitlines() if x.startswith("peak_rss_mb")]
        return max(peaks, default=0.0)


def recall_command(
    events_url: str, ledger_url: str, incident: str, address: str | None, *, links: bool = False
) -> list[str]:
    command = [
        str(Path(sys.executable).parent / "recall"),
        *("backfill", "--incident", incident, "--events-url", events_url, "--ledger-url", ledger_url),
        *("--window-start", WINDOW_START.isoformat(), "--window-end", WINDOW_END.isoformat(), "--json"),
        *(("--links-table", LINKS_TABLE) if links else ()),
    ]
    # Embedded: a runtime of its own, even if someone's `recall dev` is running on this machine.
    return command + (["--address", address] if address else ["--embedded"])


def run_recall(command: list[str]) -> tuple[float, float, dict]:
    """Seconds, the command's own CPU-seconds, and its JSON report."""
    started, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    elapsed, cpu = time.perf_counter() - started, children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"recall backfill failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return elapsed, cpu, json.loads(done.stdout)


async def history(client: Client, workflow_id: str) -> tuple[list[int], float]:
    """Events in each run (following continue-as-new) and the seconds from the first event to the last."""
    handle = client.get_workflow_handle(workflow_id)
    run_id = (await handle.describe()).raw_description.workflow_execution_info.first_run_id
    lengths, first, last_at = [], None, None
    while run_id:
        events = (await client.get_workflow_handle(workflow_id, run_id=run_id).fetch_history()).events
        lengths.append(len(events))
        first = first or events[0].event_time.ToDatetime()
        last_at = events[-1].event_time.ToDatetime()
        last = events[-1]
        run_id = (
            last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else ""
        )
    assert first is not None and last_at is not None
    return lengths, (last_at - first).total_seconds()


def clear_recall_tables(url: str) -> None:
    """Each measured run starts without the recall's tables, as a first backfill of an incident does."""
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        with db:
            for table in RECALL_TABLES:
                db.execute(f"DROP TABLE IF EXISTS {table}")
        db.close()
        return
    import psycopg

    with psycopg.connect(url, autocommit=True) as pg:
        for table in RECALL_TABLES:
            pg.execute(f"DROP TABLE IF EXISTS {table}")


def user_tables(url: str) -> set[str]:
    """What the events database holds besides the recall's tables: the bench checks nothing else is left."""
    if url.startswith("sqlite"):
        db = sqlite3.connect(url.removeprefix("sqlite:///"))
        found = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
        db.close()
    else:
        import psycopg

        with psycopg.connect(url) as pg:
            found = {
                r[0]
                for r in pg.execute(
                    "SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'u')"
                )
            }
    return {name for name in found if not name.startswith(("recall_", "uq_recall_", "ix_recall_", "sqlite_"))}


# ---------------------------------------------------------------------------------------------- one layout


@dataclass
class Measure:
    db: str
    layout: str
    events: int
    floors: list[float] = field(default_factory=list)
    runs: list[float] = field(default_factory=list)
    floor_cpus: list[float] = field(default_factory=list)
    # CPU-seconds of a run: PostgreSQL backends (0 on SQLite) + worker processes + the recall command.
    run_cpus: list[float] = field(default_factory=list)
    works: list[float] = field(default_factory=list)
    embedded: list[float] = field(default_factory=list)
    max_history: int = 0
    peak_mb: float = 0.0
    violations: int = 0
    exact: bool = True
    linked: list[float] = field(default_factory=list)
    linked_violations: int = 0
    through_links: int = 0

    def row(self) -> str:
        floor_s, run_s = statistics.median(self.floors), statistics.median(self.runs)
        line = (
            f"| {self.db}, ledger {'in the events DB' if self.layout == 'together' else 'in its own DB'} "
            f"| {floor_s:.2f} s | {run_s:.2f} s | {run_s / floor_s:.2f}x |"
        )
        floor_cpu, run_cpu = statistics.median(self.floor_cpus), statistics.median(self.run_cpus)
        line += f" {floor_cpu:.2f} / {run_cpu:.2f} ({run_cpu / max(floor_cpu, 0.01):.2f}x) |"
        if self.embedded:
            embedded = statistics.median(self.embedded)
            line += f" {embedded:.2f} s (floor + {embedded - floor_s:.2f} s) |"
        if self.linked:
            linked = statistics.median(self.linked)
            line += f" {linked:.2f} s ({linked / run_s:.2f}x without links) |"
        return line

    def spread(self) -> str:
        def one(values: list[float]) -> str:
            return f"{min(values):.2f}-{max(values):.2f}" if len(values) > 1 else f"{values[0]:.2f}"

        parts = [f"floor {one(self.floors)} s", f"recall backfill {one(self.runs)} s"]
        parts.append(f"CPU-s floor {one(self.floor_cpus)}, recall backfill {one(self.run_cpus)}")
        parts.append(f"workflow alone {one(self.works)} s")
        if self.embedded:
            parts.append(f"embedded {one(self.embedded)} s")
        return (
            f"[{self.db}/{self.layout}] {self.events:,} events, {self.violations:,} violations; "
            + ", ".join(parts)
            + f"; history events per run <= {self.max_history}; worker peak RSS {self.peak_mb:.0f} MB"
            + ("" if self.exact else "; MISMATCH with the floor")
            + (
                f"; with links {one(self.linked)} s, {self.linked_violations:,} violations, "
                f"{self.through_links:,} through a link"
                if self.linked
                else ""
            )
        )


async def measure(db: str, layout: str, urls: dict[str, str], args: argparse.Namespace) -> Measure:
    events_url, ledger_url = (
        (urls["together"], urls["together"]) if layout == "together" else (urls["events"], urls["ledger"])
    )
    result = Measure(db, layout, args.n_events)
    before = user_tables(events_url)
    async with embedded_dev_server(None) as env:
        address = env.client.service_client.config.target_host
        workers = Workers(address, args.workers)
        try:
            for attempt in range(args.repeat):
                floor_s, floor_cpu, floor_rows = floor(urls["together"], args.policy)
                result.floors.append(floor_s)
                result.floor_cpus.append(floor_cpu)
                clear_recall_tables(events_url)
                incident = f"BENCH-{uuid.uuid4().hex[:8]}"
                backends, worker_cpu = BackendCpu(database_names(events_url, ledger_url)), workers.cpu()
                seconds, cli_cpu, report = run_recall(
                    recall_command(events_url, ledger_url, incident, address)
                )
                pg_cpu, worker_cpu = backends.stop(), workers.cpu() - worker_cpu
                result.runs.append(seconds)
                result.run_cpus.append(pg_cpu + worker_cpu + cli_cpu)
                lengths, work = await history(env.client, f"backfill-{incident}-apply")
                result.works.append(work)
                result.max_history = max(result.max_history, *lengths)
                counts = report["counts"]
                result.violations = counts["violations"]
                result.exact &= counts["corrections_written"] == counts["violations"] == floor_rows
                print(
                    f"  [{db}/{layout} #{attempt + 1}] floor {floor_s:.2f} s ({floor_rows:,} rows); "
                    f"recall backfill {seconds:.2f} s (workflow {work:.2f} s, {len(lengths)} run(s), "
                    f"max {max(lengths)} history events); {counts['corrections_written']:,} written; "
                    f"CPU-s floor {floor_cpu:.2f}, recall: postgres {pg_cpu:.2f} + worker {worker_cpu:.2f} "
                    f"+ command {cli_cpu:.2f}; load average {os.getloadavg()[0]:.2f}",
                    flush=True,
                )
                if args.linked:
                    clear_recall_tables(events_url)
                    incident = f"BENCH-{uuid.uuid4().hex[:8]}"
                    command = recall_command(events_url, ledger_url, incident, address, links=True)
                    seconds, _, report = run_recall(command)
                    result.linked.append(seconds)
                    lengths, _ = await history(env.client, f"backfill-{incident}-apply")
                    result.max_history = max(result.max_history, *lengths)
                    counts = report["counts"]
                    result.linked_violations, result.through_links = (
                        counts["violations"],
                        counts["through_links"],
                    )
                    result.exact &= counts["corrections_written"] == counts["violations"]
                    print(
                        f"  [{db}/{layout} #{attempt + 1}] with links {seconds:.2f} s: "
                        f"{counts['violations']:,} violations, {counts['through_links']:,} through a link",
                        flush=True,
                    )
        finally:
            result.peak_mb = workers.stop()
    if args.embedded:
        for _ in range(args.repeat):
            clear_recall_tables(events_url)
            seconds, _, _ = run_recall(
                recall_command(events_url, ledger_url, f"BENCH-{uuid.uuid4().hex[:8]}", None)
            )
            result.embedded.append(seconds)
            print(
                f"  [{db}/{layout}] embedded {seconds:.2f} s; load average {os.getloadavg()[0]:.2f}",
                flush=True,
            )
    left = user_tables(events_url) - before
    if left:
        print(f"  [{db}/{layout}] LEFT IN THE EVENTS DATABASE: {sorted(left)}")
        result.exact = False
    return result


@dataclass
class Databases:
    """The together database and the apart pair for one data set, dropped (or deleted) afterwards."""

    db: str
    tmp: Path
    created: list[str] = field(default_factory=list)

    def url(self, role: str) -> str:
        if self.db == "sqlite":
            return f"sqlite:///{self.tmp / f'{role}.db'}"
        return self._new_postgres(role, "")

    def copy(self, url: str, role: str) -> str:
        """A new database holding what `url` holds (its tables, data and indexes)."""
        if self.db == "sqlite":
            target = self.tmp / f"{role}.db"
            shutil.copyfile(url.removeprefix("sqlite:///"), target)
            return f"sqlite:///{target}"
        return self._new_postgres(role, f' TEMPLATE "{url.rsplit("/", 1)[1]}"')

    def _new_postgres(self, role: str, template: str) -> str:
        import psycopg

        name = f"bench_{role}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'CREATE DATABASE "{name}"{template}')
        self.created.append(name)
        return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"

    def drop(self) -> None:
        if not self.created:
            return
        import psycopg

        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            for name in self.created:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


async def bench(db: str, n_events: int, args: argparse.Namespace) -> list[Measure]:
    args.n_events = n_events
    layouts = ["together", "apart"] if args.layout == "both" else [args.layout]
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        dbs = Databases(db, Path(tmp))
        try:
            started = time.perf_counter()
            # The events are loaded once; the together database starts as a copy of them (a file copy, or
            # CREATE DATABASE ... TEMPLATE), then gets the ledger.
            urls = {"events": dbs.url("events")}
            await load(urls["events"], n_events, args.seed, ledger=False, events=True)
            if args.linked:
                load_links(urls["events"], link_rows(n_events, args.seed, args.linked))
            urls["together"] = dbs.copy(urls["events"], "together")
            await load(urls["together"], n_events, args.seed, ledger=True, events=False, history=args.history)
            if "apart" in layouts:
                urls["ledger"] = dbs.url("ledger")
                await load(
                    urls["ledger"], n_events, args.seed, ledger=True, events=False, history=args.history
                )
            history = f", {args.history} older entries per subject and purpose" if args.history else ""
            print(
                f"[{db}] loaded {n_events:,} events{history} in {time.perf_counter() - started:.1f} s",
                flush=True,
            )
            return [await measure(db, layout, urls, args) for layout in layouts]
        finally:
            dbs.drop()


def size(text: str) -> int:
    text = text.strip().upper()
    scale = {"K": 1_000, "M": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * scale)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--events", type=size, default=1_000_000)
    parser.add_argument("--scale", type=lambda s: [size(x) for x in s.split(",")], help="e.g. 1M,3M,10M")
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--layout", choices=["together", "apart", "both"], default="both")
    parser.add_argument("--policy", type=GpcPolicy, default=GpcPolicy.WHERE_REQUIRED)
    parser.add_argument("--workers", type=int, default=1, help="worker processes")
    parser.add_argument("--repeat", type=int, default=1, help="measure each layout this many times")
    parser.add_argument("--embedded", action="store_true", help="also time recall backfill end to end")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--history",
        type=int,
        default=0,
        help="entries more per (subject, purpose), observed in the three years before the window",
    )
    parser.add_argument(
        "--linked",
        type=float,
        default=0.0,
        help="fraction of subjects with identity links (also timed with them)",
    )
    parser.add_argument("--tmp", default=None, help="directory for the SQLite files")
    args = parser.parse_args()
    if shutil.which("nproc"):
        print(f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f}", flush=True)
    sizes = args.scale or [args.events]
    measures = []
    for n_events in sizes:
        for db in ["sqlite", "postgresql"] if args.db == "both" else [args.db]:
            measures += asyncio.run(bench(db, n_events, args))
    print()
    header = (
        "| layout | floor | recall backfill | ratio | CPU-s floor / recall |"
        + (" embedded |" if args.embedded else "")
        + (f" with links ({args.linked:.0%} of subjects) |" if args.linked else "")
    )
    for n_events in sizes:
        print(f"{n_events:,} events (medians of {args.repeat}):")
        print(header)
        print("|---|---|---|---|---|" + ("---|" if args.embedded else "") + ("---|" if args.linked else ""))
        for m in (m for m in measures if m.events == n_events):
            print(m.row())
    print()
    for m in measures:
        print(m.spread())
    if args.scale:
        print("\nscale curve:")
        for m in measures:
            print(
                f"  {m.db}/{m.layout} {m.events:>11,} events: {statistics.median(m.runs):7.2f} s "
                f"({statistics.median(m.runs) / statistics.median(m.floors):.2f}x floor), history <= "
                f"{m.max_history} events per run, worker peak RSS {m.peak_mb:.0f} MB"
            )
    sys.exit(0 if all(m.exact for m in measures) else 1)


if __name__ == "__main__":
    main()
