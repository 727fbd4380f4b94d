"""`recall backfill`: bad input exits 2 with one line and writes nothing; a run reports and corrects once."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect
from temporalio.testing import WorkflowEnvironment
from typer.testing import CliRunner

from optout_recall import names
from optout_recall.cli import backfill as backfill_cli
from optout_recall.cli.backfill import app
from optout_recall.db import create_engine
from optout_recall.payloads import BackfillInput, GpcPolicy
from tests.backfill.oracle import generate, load, oracle
from workers.main import running_worker

runner = CliRunner()


@pytest.fixture
def world(tmp_path: Path) -> tuple[str, str, set[tuple[str, int]]]:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=11, subjects=40)
    asyncio.run(load(events_url, ledger_url, entries, events))
    return events_url, ledger_url, oracle(entries, events, GpcPolicy.WHERE_REQUIRED)


def args(events_url: str, ledger_url: str, *extra: str) -> list[str]:
    return [
        "--events-url", events_url, "--ledger-url", ledger_url, "--incident", "INC-CLI",
        "--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-08-01T00:00:00+00:00", *extra,
    ]  # fmt: skip


def tables(url: str) -> list[str]:
    async def read() -> list[str]:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                return await conn.run_sync(lambda c: inspect(c).get_table_names())
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    world: tuple[str, str, set[tuple[str, int]]], tmp_path: Path
) -> None:
    events_url, ledger_url, _ = world
    cases = {
        "no table 'events' in the events database": args(events_url, ledger_url, "--events-table", "events"),
        "is not a valid SQL identifier": args(events_url, ledger_url, "--events-table", "x; DROP TABLE y"),
        "must be after --window-start": [
            *args(events_url, ledger_url)[:8], "--window-start", "2024-08-01T00:00:00Z",
            "--window-end", "2024-06-01T00:00:00Z",
        ],
        "has no UTC offset": [*args(events_url, ledger_url)[:6], "--window-start", "2024-06-01T00:00:00",
                              "--window-end", "2024-08-01T00:00:00Z"],
        "not a database URL": args("not a url", ledger_url),
        "unsupported database 'mysql'": args("mysql://db/x", ledger_url),
        "cannot open postgresql://u:***@127.0.0.1:9/x": args("postgresql://u:secret@127.0.0.1:9/x", ledger_url),
        "no consent_ledger table": args(events_url, events_url),
        "is not an http(s) URL": args(events_url, ledger_url, "--destination", "adnet=ftp://x"),
        "must be NAME=URL": args(events_url, ledger_url, "--destination", "adnet"),
        "no links table 'nope' in the events database": args(events_url, ledger_url, "--links-table", "nope"),
        "links.table 'x;y' is not a valid SQL identifier": args(events_url, ledger_url, "--links-table", "x;y"),
    }  # fmt: skip
    for message, argv in cases.items():
        result = runner.invoke(app, argv)
        assert result.exit_code == 2, (message, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("recall: ") and message in lines[0], (message, lines)
        assert "secret" not in result.stderr
    assert "recall_corrections" not in tables(events_url)


@pytest.mark.devserver
@pytest.mark.timeout(120)
def test_dry_run_reports_then_apply_corrects_once(world: tuple[str, str, set[tuple[str, int]]]) -> None:
    events_url, ledger_url, expected = world
    # --embedded: a `recall dev` someone runs on this machine must not take the test's work.
    dry = runner.invoke(app, [*args(events_url, ledger_url), "--dry-run", "--json", "--embedded"])
    assert dry.exit_code == 0, dry.output
    report = json.loads(dry.stdout)
    assert report["dry_run"] and report["counts"]["violations"] == len(expected)
    assert sum(report["counts"]["by_jurisdiction"].values()) == len(expected)
    assert set(report["counts"]["by_destination"]) <= {"adnet", "broker"}
    assert "recall_corrections" not in tables(events_url)  # a dry run writes nothing

    applied = json.loads(runner.invoke(app, [*args(events_url, ledger_url), "--json", "--embedded"]).stdout)
    assert applied["counts"]["corrections_written"] == len(expected)
    again = runner.invoke(app, [*args(events_url, ledger_url), "--embedded"])
    assert again.exit_code == 0 and "corrected 0" in again.stdout

    listing = runner.invoke(
        app, ["--events-url", events_url, "--incident", "INC-CLI", "--deliveries", "--json"]
    )
    rows = json.loads(listing.stdout)
    assert rows and {row["status"] for row in rows} == {"pending"}  # no webhooks configured


@pytest.mark.devserver
@pytest.mark.timeout(120)
async def test_a_running_recall_dev_does_the_work(
    dev_server_env: WorkflowEnvironment,
    world: tuple[str, str, set[tuple[str, int]]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without --address, a `recall dev` (a Temporal at the default address with a worker on the task queue)
    runs the backfill: no runtime of its own to start; with no worker polling, it is not used."""
    events_url, ledger_url, expected = world
    address = dev_server_env.client.service_client.config.target_host
    monkeypatch.setattr(names, "DEFAULT_ADDRESS", address)
    monkeypatch.setattr(names, "DEFAULT_NAMESPACE", dev_server_env.client.namespace)
    # A queue of its own: the server lists an earlier test's worker as a poller of the default queue for a
    # while after it stopped, which would read as a `recall dev` already running.
    monkeypatch.setattr(names, "TASK_QUEUE", f"optout-recall-dev-{uuid.uuid4().hex[:8]}")
    assert await backfill_cli._running_dev() is None  # a server, but nobody polls the task queue
    backfill = BackfillInput(
        incident_id=f"INC-DEV-{uuid.uuid4().hex[:6]}",
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=datetime(2024, 6, 1, tzinfo=UTC),
        window_end=datetime(2024, 8, 1, tzinfo=UTC),
    )
    async with running_worker(dev_server_env.client, names.TASK_QUEUE):
        for _ in range(50):  # the worker's first polls reach the server
            if await backfill_cli._running_dev() is not None:
                break
            await asyncio.sleep(0.1)
        result = await backfill_cli._run(backfill, None, None, False)
        history = await dev_server_env.client.get_workflow_handle(
            f"backfill-{backfill.incident_id}-apply"
        ).fetch_history()
    assert result.counts.corrections_written == len(expected)
    assert history.events  # the run is on the dev server, where its worker took it


def test_a_recalls_child_backfill_plans_partitions_as_recall_backfill_does(
    world: tuple[str, str, set[tuple[str, int]]],
) -> None:
    """The child a recall starts builds its input from the payload's defaults (workflows/recall.py); the CLI's
    input is the same, so both plan 250k-event partitions of 50k-event chunks."""
    events_url, ledger_url, _ = world
    checked = backfill_cli._checked_input(
        incident="INC-CLI",
        events_url=events_url,
        ledger_url=ledger_url,
        window_start="2024-06-01T00:00:00Z",
        window_end="2024-08-01T00:00:00Z",
        gpc_policy=GpcPolicy.WHERE_REQUIRED,
        dry_run=True,
        destinations=[],
        table="processing_events",
    )
    child = BackfillInput(
        incident_id="INC-CLI",
        events_url=events_url,
        ledger_url=ledger_url,
        window_start=checked.window_start,
        window_end=checked.window_end,
        dry_run=True,
    )

    assert (child.partition_events, child.set_based_chunk_size) == (250_000, 50_000)
    assert (checked.partition_events, checked.set_based_chunk_size) == (
        child.partition_events,
        child.set_based_chunk_size,
    )
