"""`existing_database`: what commands that only read open their URLs with. It creates nothing, and a
read-only engine cannot write, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from optout_recall.db import DatabaseMissing, create_engine, existing_database

POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def url_with_a_table(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A database holding one table `kept` with one row."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'kept.db'}"
        schema = None
    else:
        schema = f"db_test_{uuid.uuid4().hex[:12]}"
        await _execute(POSTGRES_URL, f"CREATE SCHEMA {schema}")
        url = f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    await _execute(url, "CREATE TABLE kept (id INTEGER PRIMARY KEY)", "INSERT INTO kept VALUES (1)")
    try:
        yield url
    finally:
        if schema is not None:
            await _execute(POSTGRES_URL, f"DROP SCHEMA {schema} CASCADE")


async def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            for statement in statements:
                await connection.exec_driver_sql(statement)
    finally:
        await engine.dispose()


async def test_a_read_only_engine_reads_and_cannot_write(url_with_a_table: str) -> None:
    async with existing_database(url_with_a_table, "kept") as engine:
        async with engine.connect() as connection:
            assert (await connection.execute(text("SELECT count(*) FROM kept"))).scalar_one() == 1
        for statement in ("INSERT INTO kept VALUES (2)", "CREATE TABLE added (id INTEGER)"):
            with pytest.raises(DBAPIError, match=r"read-only transaction|readonly database"):
                async with engine.begin() as connection:
                    await connection.execute(text(statement))


async def test_missing_tables_are_named_and_not_created(url_with_a_table: str) -> None:
    with pytest.raises(
        DatabaseMissing, match=r"holds no consent ledger \(no table gone, lost\); nothing was"
    ):
        async with existing_database(url_with_a_table, "kept", "gone", "lost", holding="consent ledger"):
            pass
    async with existing_database(url_with_a_table, "kept") as engine, engine.connect() as connection:
        names = await connection.run_sync(lambda sync: sync.dialect.get_table_names(sync))
    assert names == ["kept"]


@pytest.mark.parametrize("form", ["sqlite:///{path}", "sqlite:///file:{path}?uri=true&mode=ro"])
async def test_a_sqlite_file_that_is_not_there_is_never_created(tmp_path: Path, form: str) -> None:
    missing = tmp_path / "typo.db"
    url = form.format(path=missing)

    with pytest.raises(DatabaseMissing, match=f"no database file {missing}; nothing was created"):
        async with existing_database(url):
            pass
    with pytest.raises(DatabaseMissing):
        create_engine(url, read_only=True)

    assert list(tmp_path.iterdir()) == []


async def test_an_in_memory_sqlite_database_is_not_a_missing_file() -> None:
    async with existing_database("sqlite://", read_only=False) as engine, engine.begin() as connection:
        await connection.execute(text("CREATE TABLE scratch (id INTEGER)"))
