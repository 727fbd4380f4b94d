"""The backfill survives what production does to it: killed workers, a restarted Temporal, two workers, reruns.

Workers run as separate processes (`python -c`), killed with SIGKILL at several points; the dev server with a
database file is killed and started again mid-run. Whatever happens, in every layout (the ledger in the events
database or in its own, on SQLite and PostgreSQL), the corrections equal an independent oracle, with no
duplicates and none missing, no workflow run's history grows past 2,000 events, and no staging is left.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import uuid
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, inspect, select
from temporalio.api.enums.v1 import EventType
from temporalio.client import Client, WorkflowHandle
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.backfill.consent import staging_key
from optout_recall.backfill.corrections import metadata as corrections_metadata
from optout_recall.backfill.corrections import recall_corrections, recall_outbox
from optout_recall.backfill.links import staging_file as links_file
from optout_recall.db import create_engine
from optout_recall.demo.world import events_metadata
from optout_recall.ledger import Ledger
from optout_recall.payloads import BackfillInput, BackfillResult, BackfillState, GpcPolicy, LinksTableConfig
from optout_recall.rules import load_rules
from optout_recall.runtime import temporal_cli_path
from tests.backfill.layouts import Databases, layout_params
from tests.backfill.test_links_at_scale import load_world as load_links_world
from tests.backfill.test_links_at_scale import oracle as links_oracle
from tests.backfill.test_links_at_scale import world as links_world
from tests.conftest import free_port

RULES = load_rules()
ROOT = Path(__file__).resolve().parents[2]
WINDOW_START = datetime(2024, 6, 1, tzinfo=UTC)
WINDOW_END = datetime(2024, 8, 1, tzinfo=UTC)
JURISDICTIONS = ("US-CA", "US-CO", "US-TX", "US-VA", "FR")
PURPOSES = ("sale", "sharing")
SOURCES = ("gpc", "web", "api")
DESTINATIONS = ("adnet", "broker", "crm")

Row = tuple[str, str, str, str, datetime, str]


def world(n_events: int, seed: int) -> tuple[list[tuple[str, str, str, str, str, datetime]], list[Row]]:
    """(ledger entries in ledger order, events): every subject has consent, a third of it GPC."""
    rng = random.Random(seed)
    subjects = n_events // 4
    span = (WINDOW_END - WINDOW_START).total_seconds()
    ledger = []
    for k in range(subjects):
        for purpose in PURPOSES:
            for _ in range(rng.randint(0, 2)):
                at = WINDOW_START + timedelta(
                    seconds=int(rng.uniform(-0.3, 1.0) * span)
                )  # whole seconds: ties
                choice = "opt_out" if rng.random() < 0.6 else "opt_in"
                ledger.append((f"s{k:06d}", purpose, choice, rng.choice(SOURCES), JURISDICTIONS[k % 5], at))
    rng.shuffle(ledger)  # ledger order is not time order
    events = []
    for i in range(n_events):
        k = rng.randrange(subjects)
        at = WINDOW_START + timedelta(seconds=int(rng.uniform(-0.05, 1.05) * span))
        events.append(
            (
                f"ev{i:07d}",
                f"s{k:06d}",
                rng.choice(PURPOSES),
                JURISDICTIONS[k % 5],
                at,
                rng.choice(DESTINATIONS),
            )
        )
    return ledger, events


def oracle(
    ledger: list[tuple[str, str, str, str, str, datetime]], events: list[Row], policy: GpcPolicy
) -> set[tuple[str, int]]:
    """Straight from the issue: the latest binding entry at or before processed_at (seq breaks ties) is opt_out."""
    by_key: dict[tuple[str, str], list[tuple[datetime, int, str, str]]] = defaultdict(list)
    for seq, (subject, purpose, choice, source, _, at) in enumerate(ledger, start=1):
        by_key[(subject, purpose)].append((at, seq, choice, source))
    for entries in by_key.values():
        entries.sort()
    expected = set()
    for event_id, subject, purpose, jurisdiction, processed_at, _ in events:
        if not WINDOW_START <= processed_at < WINDOW_END:
            continue
        entries = by_key.get((subject, purpose), [])
        gpc_binds = policy == GpcPolicy.EVERYWHERE or RULES.requires_universal_opt_out(
            jurisdiction, processed_at
        )
        for _at, seq, choice, source in reversed(entries[: bisect_right(entries, (processed_at, 1 << 62))]):
            if source != "gpc" or gpc_binds:
                if choice == "opt_out":
                    expected.add((event_id, seq))
                break
    return expected


def _ts(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


LEDGER_COLUMNS = (
    "seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at, prev_hash, entry_hash"
)
DURABLE_LAYOUTS = layout_params("sqlite", "sqlite-apart", "postgresql", "postgresql-apart")


@pytest.fixture
def layout_urls(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    databases = Databases(tmp_path)
    try:
        yield databases.pair(request.param)
    finally:
        databases.drop()


async def load_world(urls: tuple[str, str], ledger: list, events: list[Row]) -> tuple[str, str]:
    """The ledger and the events where the layout puts them, bulk-loaded with each driver's fast path."""
    events_url, ledger_url = urls
    for url, schema in ((ledger_url, "ledger"), (events_url, "events")):
        engine = create_engine(url)
        try:
            if schema == "ledger":
                await Ledger(engine).create_schema()
            else:
                async with engine.begin() as conn:
                    await conn.run_sync(events_metadata.create_all)
                    await conn.run_sync(corrections_metadata.create_all)
        finally:
            await engine.dispose()
    rows = [(seq, *row[:5], row[5], row[5], "0" * 64, "0" * 64) for seq, row in enumerate(ledger, start=1)]
    for url, table, data in ((ledger_url, "consent_ledger", rows), (events_url, "processing_events", events)):
        if url.startswith("sqlite"):
            db = sqlite3.connect(url.removeprefix("sqlite:///"))
            with db:
                if table == "consent_ledger":
                    db.executemany(
                        f"INSERT INTO consent_ledger ({LEDGER_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        [(*r[:6], _ts(r[6]), _ts(r[7]), *r[8:]) for r in data],
                    )
                else:
                    db.executemany(
                        "INSERT INTO processing_events VALUES (?,?,?,?,?,?)",
                        [(*e[:4], _ts(e[4]), e[5]) for e in data],
                    )
            db.close()
        else:
            with psycopg.connect(url) as pg, pg.cursor() as cur:
                columns = f" ({LEDGER_COLUMNS})" if table == "consent_ledger" else ""
                with cur.copy(f"COPY {table}{columns} FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
    return events_url, ledger_url


async def written(url: str, incident: str) -> tuple[set[tuple[str, int]], int, set[tuple[str, str]]]:
    """(corrections as (event_id, seq), number of correction rows, outbox keys) of an incident."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            r = recall_corrections.c
            rows = (
                await conn.execute(select(r.event_id, r.ledger_seq).where(r.incident_id == incident))
            ).all()
            total = await conn.scalar(
                select(func.count()).select_from(recall_corrections).where(r.incident_id == incident)
            )
            o = recall_outbox.c
            outbox = (
                await conn.execute(select(o.destination, o.subject_id).where(o.incident_id == incident))
            ).all()
        return {(a, int(b)) for a, b in rows}, int(total or 0), {(a, b) for a, b in outbox}
    finally:
        await engine.dispose()


async def staging_left(url: str) -> set[str]:
    """Tables the backfill stages while it runs (consent slices, indexes), left in the events database."""
    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            names = await conn.run_sync(lambda c: inspect(c).get_table_names())
        return {name for name in names if name.startswith(("recall_consent", "recall_ix", "recall_links"))}
    finally:
        await engine.dispose()


def outbox_oracle(events: list[Row], expected: set[tuple[str, int]]) -> set[tuple[str, str]]:
    hit = {event_id for event_id, _ in expected}
    return {(e[5], e[1]) for e in events if e[0] in hit}


WORKER = """
import asyncio, signal, sys
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from workers.main import running_worker

async def main(address, queue, identity):
    client = await Client.connect(address, data_converter=pydantic_data_converter, identity=identity)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    async with running_worker(client, queue):
        print("ready", flush=True)
        await stop.wait()

asyncio.run(main(*sys.argv[1:4]))
"""


class WorkerProcess:
    """A worker in its own process, so a test can SIGKILL it like the OOM killer would."""

    def __init__(self, address: str, queue: str, identity: str) -> None:
        self.identity = identity
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, address, queue, identity],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready", f"worker {identity} did not start"

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=25)
            except subprocess.TimeoutExpired:
                self.kill()


@pytest.fixture
def workers() -> Iterator[list[WorkerProcess]]:
    started: list[WorkerProcess] = []
    yield started
    for worker in started:
        worker.stop()


async def history_lengths(client: Client, workflow_id: str, run_id: str | None) -> tuple[list[int], set[str]]:
    """Events per run (following continue-as-new) and the identities of workers that ran partitions."""
    lengths, identities = [], set()
    while run_id is not None:
        history = await client.get_workflow_handle(workflow_id, run_id=run_id).fetch_history()
        lengths.append(len(history.events))
        scheduled = {
            e.event_id: e.activity_task_scheduled_event_attributes.activity_type.name
            for e in history.events
            if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
        }
        identities |= {
            e.activity_task_started_event_attributes.identity
            for e in history.events
            if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED
            and scheduled[e.activity_task_started_event_attributes.scheduled_event_id] == "backfill_partition"
        }
        last = history.events[-1]
        run_id = (
            last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else None
        )
    return lengths, identities


async def activities_run(client: Client, handle: WorkflowHandle) -> set[str]:
    """The activity types a workflow scheduled, over all its runs."""
    kinds, run_id = set(), handle.first_execution_run_id
    while run_id is not None:
        history = await client.get_workflow_handle(handle.id, run_id=run_id).fetch_history()
        kinds |= {
            e.activity_task_scheduled_event_attributes.activity_type.name
            for e in history.events
            if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
        }
        last = history.events[-1]
        run_id = (
            last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else None
        )
    return kinds


def backfill_input(urls: tuple[str, str], **extra: object) -> BackfillInput:
    return BackfillInput(
        incident_id=f"INC-{uuid.uuid4().hex[:8]}",
        events_url=urls[0],
        ledger_url=urls[1],
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        gpc_policy=GpcPolicy.WHERE_REQUIRED,
        **extra,
    )


async def start(
    client: Client, backfill: BackfillInput, queue: str
) -> WorkflowHandle[object, BackfillResult]:
    return await client.start_workflow(
        names.BACKFILL_WORKFLOW,
        BackfillState(input=backfill),
        id=f"bf-{uuid.uuid4().hex[:8]}",
        task_queue=queue,
        result_type=BackfillResult,
    )


async def wait_for_progress(
    handle: WorkflowHandle[object, BackfillResult], scanned: int, within: float = 40
) -> BackfillState:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        state = await handle.query(names.PROGRESS_QUERY, result_type=BackfillState)
        if state.counts.scanned >= scanned or state.finished:
            return state
        assert loop.time() < deadline, f"no progress past {state.counts.scanned} events"
        await asyncio.sleep(0.1)


@pytest.mark.devserver
@pytest.mark.timeout(180)
@pytest.mark.parametrize("layout_urls", DURABLE_LAYOUTS, indirect=True)
async def test_killed_workers_leave_exactly_the_oracle(
    dev_server_env: WorkflowEnvironment, layout_urls: tuple[str, str], workers: list[WorkerProcess]
) -> None:
    ledger, events = world(200_000, seed=1)
    urls = await load_world(layout_urls, ledger, events)
    url = urls[0]
    expected = oracle(ledger, events, GpcPolicy.WHERE_REQUIRED)
    client = dev_server_env.client
    address = client.service_client.config.target_host
    queue = f"crash-{uuid.uuid4().hex[:6]}"
    backfill = backfill_input(
        urls, partition_events=12_000, set_based_chunk_size=3_000, concurrency=4, heartbeat_timeout_seconds=2
    )
    workers.append(WorkerProcess(address, queue, "worker-0"))
    handle = await start(client, backfill, queue)
    in_window = sum(WINDOW_START <= e[4] < WINDOW_END for e in events)
    for kill, fraction in enumerate((0.15, 0.45, 0.75), start=1):
        # Kill mid-partition: chunks are committed and heartbeated, the partition is not finished.
        await wait_for_progress(handle, int(in_window * fraction))
        workers[-1].kill()
        await asyncio.sleep(0.5)
        workers.append(WorkerProcess(address, queue, f"worker-{kill}"))
    result = await asyncio.wait_for(handle.result(), timeout=60)

    corrections, rows, outbox = await written(url, backfill.incident_id)
    assert rows == len(corrections) == len(expected)  # one row per violation: no duplicates
    assert corrections == expected  # and none missing
    assert outbox == outbox_oracle(events, expected)
    assert result.counts.violations == result.counts.corrections_written == len(expected)
    assert result.counts.scanned == in_window
    lengths, identities = await history_lengths(client, handle.id, handle.first_execution_run_id)
    assert max(lengths) < 2_000
    assert len(identities) >= 2  # partitions moved to the restarted workers
    assert not await staging_left(url)


@pytest.mark.devserver
@pytest.mark.timeout(180)
@pytest.mark.parametrize("layout_urls", DURABLE_LAYOUTS, indirect=True)
async def test_a_restarted_temporal_server_resumes_the_backfill(
    tmp_path: Path, layout_urls: tuple[str, str], workers: list[WorkerProcess]
) -> None:
    ledger, events = world(60_000, seed=2)
    urls = await load_world(layout_urls, ledger, events)
    url = urls[0]
    expected = oracle(ledger, events, GpcPolicy.WHERE_REQUIRED)
    port = free_port()
    address = f"127.0.0.1:{port}"
    server_db = tmp_path / "temporal.db"

    def server() -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                temporal_cli_path(),
                "server",
                "start-dev",
                "--db-filename",
                str(server_db),
                "--port",
                str(port),
                "--headless",
                "--log-level",
                "error",
                "--ip",
                "127.0.0.1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    async def connect() -> Client:
        for _ in range(100):
            try:
                return await Client.connect(address, data_converter=pydantic_data_converter)
            except RuntimeError:
                await asyncio.sleep(0.2)
        raise AssertionError("the dev server did not come up")

    temporal = server()
    try:
        client = await connect()
        queue = f"restart-{uuid.uuid4().hex[:6]}"
        workers.append(WorkerProcess(address, queue, "worker-0"))
        backfill = backfill_input(urls, partition_events=3_000, set_based_chunk_size=1_000, concurrency=2)
        handle = await start(client, backfill, queue)
        await wait_for_progress(handle, 15_000)
        temporal.send_signal(signal.SIGKILL)
        temporal.wait(timeout=10)
        await asyncio.sleep(1)
        temporal = server()
        client = await connect()
        handle = client.get_workflow_handle(handle.id, result_type=BackfillResult)
        result = await asyncio.wait_for(handle.result(), timeout=90)
    finally:
        for worker in workers:
            worker.stop()
        temporal.send_signal(signal.SIGTERM)
        temporal.wait(timeout=20)

    corrections, rows, outbox = await written(url, backfill.incident_id)
    assert rows == len(corrections) == len(expected)
    assert corrections == expected
    assert outbox == outbox_oracle(events, expected)
    assert result.counts.corrections_written == len(expected)
    assert not await staging_left(url)


@pytest.mark.devserver
@pytest.mark.timeout(180)
@pytest.mark.parametrize("layout_urls", DURABLE_LAYOUTS, indirect=True)
async def test_two_workers_share_partitions_and_a_rerun_writes_nothing(
    dev_server_env: WorkflowEnvironment, layout_urls: tuple[str, str], workers: list[WorkerProcess]
) -> None:
    ledger, events = world(40_000, seed=3)
    urls = await load_world(layout_urls, ledger, events)
    url = urls[0]
    expected = oracle(ledger, events, GpcPolicy.WHERE_REQUIRED)
    client = dev_server_env.client
    address = client.service_client.config.target_host
    queue = f"pair-{uuid.uuid4().hex[:6]}"
    workers.extend(WorkerProcess(address, queue, f"worker-{n}") for n in range(2))
    backfill = backfill_input(
        urls, partition_events=800, set_based_chunk_size=400, concurrency=6, max_partitions_per_run=12
    )
    first = await start(client, backfill, queue)
    result = await first.result()
    assert result.counts.corrections_written == result.counts.violations == len(expected)
    lengths, identities = await history_lengths(client, first.id, first.first_execution_run_id)
    assert identities == {"worker-0", "worker-1"}  # both processes ran partitions
    assert len(lengths) > 1 and max(lengths) < 2_000  # continued as new; every run stays small
    keys = outbox_oracle(events, expected)
    assert result.counts.outbox_written == result.counts.delivery_pending == len(keys)
    assert sum(result.counts.by_jurisdiction.values()) == len(expected)
    # A first run counted every correction as it wrote it, and its finish the outbox rows: no second read.
    assert "tally_backfill" not in await activities_run(client, first)

    rerun = await start(client, backfill, queue)  # the same incident, a new workflow
    again = await rerun.result()
    assert again.counts.violations == len(expected)
    assert (again.counts.corrections_written, again.counts.outbox_written) == (0, 0)
    assert "tally_backfill" in await activities_run(client, rerun)  # corrections were there before it
    corrections, rows, outbox = await written(url, backfill.incident_id)
    assert corrections == expected and rows == len(expected) and outbox == keys
    assert not await staging_left(url)


async def partitions_per_worker(client: Client, handle: WorkflowHandle) -> dict[str, int]:
    """How many `backfill_partition` tasks each worker identity started, over all runs."""
    counts: dict[str, int] = defaultdict(int)
    run_id = handle.first_execution_run_id
    while run_id is not None:
        history = await client.get_workflow_handle(handle.id, run_id=run_id).fetch_history()
        scheduled = {
            e.event_id: e.activity_task_scheduled_event_attributes.activity_type.name
            for e in history.events
            if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED
        }
        for e in history.events:
            if e.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
                started = e.activity_task_started_event_attributes
                if scheduled[started.scheduled_event_id] == "backfill_partition":
                    counts[started.identity] += 1
        last = history.events[-1]
        run_id = (
            last.workflow_execution_continued_as_new_event_attributes.new_execution_run_id
            if last.event_type == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
            else None
        )
    return dict(counts)


@pytest.mark.devserver
@pytest.mark.timeout(180)
@pytest.mark.parametrize("layout_urls", layout_params("sqlite"), indirect=True)
async def test_two_workers_each_run_a_fair_share_of_the_partitions(
    dev_server_env: WorkflowEnvironment, layout_urls: tuple[str, str], workers: list[WorkerProcess]
) -> None:
    """Partitions go through the task queue to whichever worker polls, not eagerly to the worker that holds
    the workflow: with eager dispatch one of two workers ran 14 or 15 of 15 partitions at 3M events."""
    ledger, events = world(24_000, seed=5)
    urls = await load_world(layout_urls, ledger, events)
    client = dev_server_env.client
    address = client.service_client.config.target_host
    queue = f"fair-{uuid.uuid4().hex[:6]}"
    workers.extend(WorkerProcess(address, queue, f"worker-{n}") for n in range(2))
    backfill = backfill_input(urls, partition_events=1_000, set_based_chunk_size=500, concurrency=4)
    handle = await start(client, backfill, queue)
    result = await handle.result()
    per_worker = await partitions_per_worker(client, handle)

    assert result.counts.corrections_written == len(oracle(ledger, events, GpcPolicy.WHERE_REQUIRED))
    assert sum(per_worker.values()) >= 20
    # Eager dispatch left the other worker 0 or 1. Polling is not a fair coin when the machine is loaded (one
    # worker's pollers come back later): 4 or more of 24 each failed here once under `-n 2`; 2 or more still
    # fails on eager dispatch.
    assert set(per_worker) == {"worker-0", "worker-1"} and min(per_worker.values()) >= 2, per_worker


@pytest.mark.devserver
@pytest.mark.timeout(180)
@pytest.mark.parametrize("layout_urls", layout_params("sqlite", "postgresql"), indirect=True)
async def test_killed_workers_with_links_leave_exactly_the_oracle_and_a_rerun_writes_nothing(
    dev_server_env: WorkflowEnvironment, layout_urls: tuple[str, str], workers: list[WorkerProcess]
) -> None:
    """Identity links staged at plan survive killed workers (the partitions read them again) and a rerun."""
    url = layout_urls[0]
    ledger, events, links = links_world(100_000, seed=5, linked=0.1)
    await load_links_world(url, ledger, events, links)
    expected, through = links_oracle(ledger, events, GpcPolicy.WHERE_REQUIRED, links)
    assert len(through) > 100
    client = dev_server_env.client
    address = client.service_client.config.target_host
    queue = f"links-{uuid.uuid4().hex[:6]}"
    backfill = backfill_input(
        (url, url),
        links=LinksTableConfig(),
        partition_events=6_000,
        set_based_chunk_size=1_500,
        concurrency=4,
        heartbeat_timeout_seconds=2,
    )
    workers.append(WorkerProcess(address, queue, "worker-0"))
    handle = await start(client, backfill, queue)
    in_window = sum(WINDOW_START <= e[4] < WINDOW_END for e in events)
    for kill, fraction in enumerate((0.3, 0.7), start=1):
        await wait_for_progress(handle, int(in_window * fraction))
        workers[-1].kill()
        await asyncio.sleep(0.5)
        workers.append(WorkerProcess(address, queue, f"worker-{kill}"))
    result = await asyncio.wait_for(handle.result(), timeout=60)
    corrections, rows, _ = await written(url, backfill.incident_id)
    assert rows == len(corrections) == len(expected) and corrections == expected
    assert (result.counts.violations, result.counts.through_links) == (len(expected), len(through))

    again = await (await start(client, backfill, queue)).result()
    assert (again.counts.violations, again.counts.through_links) == (len(expected), len(through))
    assert again.counts.corrections_written == 0
    assert not await staging_left(url)
    assert not links_file(staging_key(backfill)).exists()
