"""Ledgers on SQLite (a fresh file per test) and PostgreSQL (a fresh schema per test)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from optout_recall.db import create_engine
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.schema import sqlite_trigger_ddl

POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/test"
T0 = datetime(2026, 1, 1, tzinfo=UTC)


def entry(
    index: int, *, subject: str | None = None, choice: str = "opt_out", key: bool = True
) -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=subject or f"subject-{index % 5}",
        purpose="sale",
        choice=choice,
        source="web",
        jurisdiction="US-CA",
        observed_at=T0 + timedelta(minutes=index),
        idempotency_key=f"key-{index}" if key else None,
        channel_metadata={"index": index},
    )


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def engine(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    if request.param == "sqlite":
        engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
        yield engine
        await engine.dispose()
        return
    async with postgres_engine() as engine:
        yield engine


@asynccontextmanager
async def postgres_engine(options: str = "") -> AsyncIterator[AsyncEngine]:
    """An engine on a fresh PostgreSQL schema, its connections started with `options` as well; the schema
    is dropped afterwards."""
    schema = f"ledger_test_{uuid.uuid4().hex[:12]}"
    await _admin(f"CREATE SCHEMA {schema}")
    engine = create_engine(
        POSTGRES_URL, connect_args={"options": f"-csearch_path={schema} {options}".strip()}
    )
    try:
        yield engine
    finally:
        await engine.dispose()
        await _admin(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL for the CLI: a SQLite file not yet created, or an empty PostgreSQL schema named in the URL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    schema = f"ledger_test_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{POSTGRES_URL}?options=-csearch_path%3D{schema}"
    finally:
        asyncio.run(_admin(f"DROP SCHEMA {schema} CASCADE"))


async def _admin(statement: str) -> None:
    admin = create_engine(POSTGRES_URL)
    try:
        async with admin.begin() as connection:
            await connection.exec_driver_sql(statement)
    finally:
        await admin.dispose()


@asynccontextmanager
async def tamper(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """An attacker with database access: the append-only triggers switched off for one transaction."""
    async with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            for table in ("consent_ledger", "ledger_checkpoints", "ledger_tree"):
                for operation in ("update", "delete"):
                    await connection.exec_driver_sql(f"DROP TRIGGER {table}_refuse_{operation}")
        else:
            await connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        yield connection
        if engine.dialect.name == "sqlite":
            for statement in sqlite_trigger_ddl():
                await connection.exec_driver_sql(statement)


def drop_tree_from(seq: int) -> str:
    """SQL an attacker who deletes seq >= `seq` also runs, to re-append a tail: the stored tree nodes over
    those entries go too."""
    return f"DELETE FROM ledger_tree WHERE (idx + 1) * (CAST(1 AS BIGINT) << level) > {seq - 1}"


@pytest.fixture
def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
async def ledger(engine: AsyncEngine, signing_key: Ed25519PrivateKey) -> Ledger:
    ledger = Ledger(engine, signing_key, checkpoint_every=None)
    await ledger.create_schema()
    return ledger
