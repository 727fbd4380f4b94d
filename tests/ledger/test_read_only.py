"""A ledger URL that holds no ledger (a typo) is one line and exit 2 for every command that does not add
entries, and nothing is created: no SQLite file, no table in the PostgreSQL schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import inspect
from typer.testing import CliRunner

from optout_recall.cli.ledger import app
from optout_recall.db import create_engine

from .conftest import POSTGRES_URL

runner = CliRunner()

PUBLIC_KEY = "ab" * 32


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.key"
    assert runner.invoke(app, ["keygen", str(path)]).exit_code == 0
    return path


def commands(url: str, key_file: Path) -> dict[str, list[str]]:
    return {
        "verify --public-key": ["verify", "--ledger-url", url, "--public-key", PUBLIC_KEY],
        "verify --trust-any-key": ["verify", "--ledger-url", url, "--trust-any-key"],
        "verify": ["verify", "--ledger-url", url],
        "head": ["head", "--ledger-url", url],
        "head --json": ["head", "--ledger-url", url, "--json"],
        "head --sign": ["head", "--ledger-url", url, "--sign", "--key-file", str(key_file)],
        "checkpoint": ["checkpoint", "--ledger-url", url, "--key-file", str(key_file)],
        "history": ["history", "subject-1", "--ledger-url", url],
    }


def tables(url: str) -> list[str]:
    async def read() -> list[str]:
        engine = create_engine(url)
        try:
            async with engine.connect() as connection:
                return await connection.run_sync(lambda sync: inspect(sync).get_table_names())
        finally:
            await engine.dispose()

    return asyncio.run(read())


def test_a_url_that_holds_no_ledger_is_one_line_and_creates_nothing(ledger_url: str, key_file: Path) -> None:
    """`ledger_url` is a SQLite file not yet there, or an empty PostgreSQL schema: as a typo would be."""
    sqlite_file = Path(ledger_url.removeprefix("sqlite:///")) if ledger_url.startswith("sqlite") else None
    for name, argv in commands(ledger_url, key_file).items():
        result = runner.invoke(app, argv)

        assert result.exit_code == 2, (name, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (name, lines)
        if sqlite_file is not None:
            assert lines[0] == f"recall: {ledger_url}: no database file {sqlite_file}; nothing was created"
            assert not sqlite_file.exists(), name
        else:
            assert lines[0].startswith("recall: postgresql://postgres@127.0.0.1:5432/test?options=")
            assert lines[0].endswith(
                "holds no consent ledger (no table consent_ledger, ledger_checkpoints, ledger_tree); nothing was created"
            )
            assert tables(ledger_url) == [], name


def test_a_sqlite_file_that_is_not_a_ledger_is_refused_and_left_alone(tmp_path: Path, key_file: Path) -> None:
    events = tmp_path / "events.db"
    url = f"sqlite:///{events}"
    asyncio.run(_make_table(url))
    before = events.read_bytes()

    for name, argv in commands(url, key_file).items():
        result = runner.invoke(app, argv)

        assert result.exit_code == 2, (name, result.output)
        assert result.stderr.strip() == (
            f"recall: {url} holds no consent ledger (no table consent_ledger, ledger_checkpoints, ledger_tree); "
            "nothing was created"
        ), name
    assert tables(url) == ["processing_events"]
    assert events.read_bytes() == before


async def _make_table(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.exec_driver_sql("CREATE TABLE processing_events (id INTEGER PRIMARY KEY)")
    finally:
        await engine.dispose()


@pytest.mark.postgres
def test_a_postgresql_schema_or_database_that_is_not_there_is_one_line(key_file: Path) -> None:
    for url, message in {
        f"{POSTGRES_URL}?options=-csearch_path%3Dno_such_schema_here": "holds no consent ledger",
        "postgresql://postgres@127.0.0.1:5432/no_such_database_here": 'database "no_such_database_here" does not exist',
    }.items():
        for name, argv in commands(url, key_file).items():
            result = runner.invoke(app, argv)

            assert result.exit_code == 2, (name, result.output)
            lines = result.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("recall: postgresql://") and message in lines[0], (
                lines
            )


def test_commands_that_add_entries_still_start_a_ledger(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"

    result = runner.invoke(
        app,
        [
            "record", "--ledger-url", url, "--subject", "u1", "--purpose", "sale", "--choice", "opt_out",
            "--jurisdiction", "US-CA",
        ],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    assert sorted(tables(url)) == ["consent_ledger", "ledger_checkpoints", "ledger_tree"]
