"""A database URL that names nothing (a typo) is one line and exit 2 for the commands that only read it, and
nothing is created: `recall backfill` (its checks before a run, --dry-run, --deliveries), and what the report
and the bundle read."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from typer.testing import CliRunner

from optout_recall.audit.sources import SourceUnavailable, read_all_corrections, read_events, read_ledger
from optout_recall.cli.audit import app as audit_app
from optout_recall.cli.backfill import app as backfill_app
from tests.backfill.oracle import generate, load

runner = CliRunner()
POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture
def world(tmp_path: Path) -> tuple[str, str]:
    events_url, ledger_url = f"sqlite:///{tmp_path / 'events.db'}", f"sqlite:///{tmp_path / 'ledger.db'}"
    entries, events = generate(seed=3, subjects=5)
    asyncio.run(load(events_url, ledger_url, entries, events))
    return events_url, ledger_url


def backfill(events_url: str, ledger_url: str, *extra: str) -> list[str]:
    return [
        "--events-url", events_url, "--ledger-url", ledger_url, "--incident", "INC-RO",
        "--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-08-01T00:00:00Z", *extra,
    ]  # fmt: skip


def test_backfill_on_a_database_file_that_is_not_there_creates_nothing(
    world: tuple[str, str], tmp_path: Path
) -> None:
    events_url, ledger_url = world
    typo = tmp_path / "typo.db"
    for argv in (
        backfill(f"sqlite:///{typo}", ledger_url, "--dry-run"),
        backfill(events_url, f"sqlite:///{typo}", "--dry-run"),
        backfill(events_url, f"sqlite:///{typo}"),
        ["--deliveries", *backfill(f"sqlite:///{typo}", ledger_url)],
    ):
        result = runner.invoke(backfill_app, argv)

        assert result.exit_code == 2, (argv, result.output)
        assert (
            result.stderr.strip() == f"recall: sqlite:///{typo}: no database file {typo}; nothing was created"
        )
        assert not typo.exists(), argv


@pytest.mark.postgres
def test_backfill_on_a_postgresql_database_that_is_not_there_is_one_line(world: tuple[str, str]) -> None:
    events_url, _ = world
    missing = "postgresql://postgres@127.0.0.1:5432/no_such_database_here"

    result = runner.invoke(backfill_app, backfill(events_url, missing, "--dry-run"))

    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"recall: cannot open {missing}: ")
    assert 'database "no_such_database_here" does not exist' in lines[0]


async def test_the_report_notes_a_missing_database_and_creates_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    url = f"sqlite:///{typo}"

    events = await read_events(url, "INC-RO")
    ledger = await read_ledger(url)
    with pytest.raises(SourceUnavailable, match=f"no database file {typo}; nothing was created"):
        await read_all_corrections(url, "INC-RO")

    assert (events.available, events.note) == (False, f"{url}: no database file {typo}; nothing was created")
    assert (ledger.available, ledger.summary) == (
        False,
        f"{url}: no database file {typo}; nothing was created",
    )
    assert not typo.exists()


@pytest.mark.postgres
async def test_the_report_notes_a_schema_that_holds_no_ledger() -> None:
    url = f"{POSTGRES_URL}?options=-csearch_path%3Dno_such_schema_here"

    ledger = await read_ledger(url)

    assert not ledger.available
    assert ledger.summary.endswith(
        "holds no consent ledger (no table consent_ledger, ledger_checkpoints, ledger_tree); nothing was created"
    )


@pytest.mark.parametrize("command", ["report", "audit export"])
def test_a_url_given_to_the_report_or_the_bundle_must_be_there(
    world: tuple[str, str], tmp_path: Path, command: str
) -> None:
    """Checked before Temporal is asked anything: a URL the auditor typed is bad input, not a note."""
    events_url, _ = world
    argv = {"report": ["report", "INC-RO"], "audit export": ["audit", "export", "INC-RO"]}[command]
    argv += ["--out", str(tmp_path / "bundle")] if command == "audit export" else []
    typo = tmp_path / "typo.db"
    for flags, message in {
        (
            "--ledger-url",
            f"sqlite:///{typo}",
        ): f"sqlite:///{typo}: no database file {typo}; nothing was created",
        (
            "--events-url",
            f"sqlite:///{typo}",
        ): f"sqlite:///{typo}: no database file {typo}; nothing was created",
        ("--ledger-url", events_url): f"{events_url} holds no consent ledger (no table consent_ledger, "
        "ledger_checkpoints, ledger_tree); nothing was created",
    }.items():
        result = runner.invoke(audit_app, [*argv, *flags, "--address", "127.0.0.1:1"])

        assert result.exit_code == 2, (flags, result.output)
        assert result.stderr.strip() == f"recall: {message}"
        assert not typo.exists()
    assert not (tmp_path / "bundle").exists()
