"""Database plumbing shared by the ledger, the backfill and the demo world.

One code path for SQLite (the embedded default) and PostgreSQL (the scale target): URLs are accepted as users
write them and mapped to the async drivers; timestamps are stored and returned as timezone-aware UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, event
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.types import TypeDecorator

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
}


class DatabaseURLError(ValueError):
    """A database URL that cannot be used; the message is one line for the user."""


def check_identifier(name: str, what: str) -> str:
    """Refuse table or column names that are not plain identifiers (they are quoted, never pasted)."""
    if not _IDENTIFIER.match(name):
        raise ValueError(f"{what} {name!r} is not a valid SQL identifier")
    return name


def async_url(url: str) -> URL:
    """Map `sqlite:///x.db` or `postgresql://...` to the async driver SQLAlchemy should use."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseURLError(f"not a database URL: {redact_url(url)}") from exc
    backend = parsed.get_backend_name()
    if backend not in _ASYNC_DRIVERS:
        raise DatabaseURLError(
            f"unsupported database {backend!r} in {redact_url(url)} (use sqlite or postgresql)"
        )
    driver = parsed.drivername
    if "+" not in driver or driver.split("+", 1)[1] not in ("aiosqlite", "psycopg", "asyncpg"):
        parsed = parsed.set(drivername=_ASYNC_DRIVERS[backend])
    return parsed


_URL_PASSWORD = re.compile(r"(//[^:/@\s]+):[^@]*@")


def mask_url_passwords(text: str) -> str:
    """Any `scheme://user:password@` in free text, with the password replaced by ***."""
    return _URL_PASSWORD.sub(r"\1:***@", text)


def redact_url(url: str) -> str:
    """The URL with any password hidden, for logs and messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return mask_url_passwords(url)


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and enforced foreign keys."""
    target = async_url(url)
    if target.get_backend_name() == "sqlite":
        kwargs.setdefault("connect_args", {"timeout": 30})
    engine = create_async_engine(target, **kwargs)
    if target.get_backend_name() == "sqlite":

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def is_sqlite(engine: AsyncEngine) -> bool:
    return engine.dialect.name == "sqlite"


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC in and out, on SQLite (which has no timezone type) and PostgreSQL alike."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} refused: timestamps must carry an offset")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class EngineCache:
    """One engine per URL for the life of a worker, shared by its activities."""

    def __init__(self, **engine_kwargs: Any) -> None:
        self._engines: dict[str, AsyncEngine] = {}
        self._kwargs = engine_kwargs

    def get(self, url: str) -> AsyncEngine:
        engine = self._engines.get(url)
        if engine is None:
            engine = self._engines[url] = create_engine(url, **self._kwargs)
        return engine

    async def dispose(self) -> None:
        for engine in self._engines.values():
            await engine.dispose()
        self._engines.clear()
