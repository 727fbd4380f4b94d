"""Database plumbing shared by the ledger, the backfill and the demo world.

One code path for SQLite (the embedded default) and PostgreSQL (the scale target): URLs are accepted as users
write them and mapped to the async drivers; timestamps are stored and returned as timezone-aware UTC.

A URL that travels (workflow history, reports) never holds a password. It names where the password is
instead (`?recall_password_env=NAME` or `?recall_password_file=PATH`, added by the spec loader from
`databases.<db>_password_env` / `_password_file`), and `create_engine` reads it where the engine is made; or
libpq finds it itself (PGPASSWORD, ~/.pgpass).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import DateTime, event, inspect
from sqlalchemy.engine import URL, Dialect, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.types import TypeDecorator

from optout_recall.credentials import read_secret

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")

PASSWORD_ENV_PARAM = "recall_password_env"
PASSWORD_FILE_PARAM = "recall_password_file"

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
}


class DatabaseURLError(ValueError):
    """A database URL that cannot be used; the message is one line for the user."""


class DatabaseMissing(DatabaseURLError):
    """The database, or a table a command reads, is not where the URL points; nothing was created."""


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


def url_password(url: str) -> str | None:
    """The password written into a database URL, if any."""
    try:
        return make_url(url).password
    except ArgumentError:
        return None


def name_password(url: str, *, env: str | None = None, file: str | None = None) -> str:
    """`url` with where its password is read from (a variable or a file), never the password itself."""
    if not env and not file:
        return url
    parsed = make_url(url)
    query = dict(parsed.query)
    if env:
        query[PASSWORD_ENV_PARAM] = env
    if file:
        query[PASSWORD_FILE_PARAM] = file
    return parsed.set(query=query).render_as_string(hide_password=False)


def with_named_password(url: URL, environ: Mapping[str, str] | None = None) -> URL:
    """Read the password a URL names (`name_password`) and put it into the URL an engine connects with."""
    query = dict(url.query)
    env_name = query.pop(PASSWORD_ENV_PARAM, None)
    file_name = query.pop(PASSWORD_FILE_PARAM, None)
    if env_name is None and file_name is None:
        return url
    shown = redact_url(url.set(query=query).render_as_string())
    password = read_secret(
        "database password",
        PASSWORD_ENV_PARAM.removesuffix("_env"),
        env=str(env_name) if env_name else None,
        file=str(file_name) if file_name else None,
        environ=environ,
        error=lambda message: DatabaseURLError(f"{shown}: {message}"),
        reader="this process",
    )
    if password is None:  # `?recall_password_env=` with no name
        raise DatabaseURLError(f"{shown}: names no password variable or file")
    return url.set(query=query, password=password)


def create_engine(url: str, *, read_only: bool = False, **kwargs: Any) -> AsyncEngine:
    """An async engine; SQLite gets WAL, a busy timeout and enforced foreign keys.

    `read_only`: every connection refuses writes (SQLite's query_only, PostgreSQL read-only transactions),
    and a SQLite file that is not there raises DatabaseMissing instead of being created by the first connect.
    """
    target = with_named_password(async_url(url))
    sqlite = target.get_backend_name() == "sqlite"
    if read_only and sqlite:
        _require_sqlite_file(url, target)
    elif read_only:
        kwargs["execution_options"] = {**kwargs.get("execution_options", {}), "postgresql_readonly": True}
    if sqlite:
        kwargs.setdefault("connect_args", {"timeout": 30})
    engine = create_async_engine(target, **kwargs)
    if sqlite:

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            if read_only:  # switching to WAL would be a write
                cursor.execute("PRAGMA query_only=ON")
            else:
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


@asynccontextmanager
async def existing_database(
    url: str, *tables: str, holding: str = "", read_only: bool = True, **kwargs: Any
) -> AsyncIterator[AsyncEngine]:
    """An engine on a database that is already there and holds `tables`; disposed on exit.

    Every command that only reads (and every one that must not start a database, such as signing a ledger
    checkpoint) opens its URL here, so a typo is DatabaseMissing, one line, and creates nothing: a SQLite
    file that is not there is never connected to (connecting would create it), and a PostgreSQL database or
    schema without the tables is refused before any work. `holding` names what the tables are, for the
    message ("consent ledger").
    """
    target = async_url(url)
    if target.get_backend_name() == "sqlite":
        _require_sqlite_file(url, target)
    engine = create_engine(url, read_only=read_only, **kwargs)
    try:
        if tables:
            async with engine.connect() as connection:
                missing = await connection.run_sync(
                    lambda sync: [table for table in tables if not inspect(sync).has_table(table)]
                )
            if missing:
                what = (
                    f"{holding} (no table {', '.join(missing)})" if holding else f"table {', '.join(missing)}"
                )
                raise DatabaseMissing(f"{redact_url(url)} holds no {what}; nothing was created")
        yield engine
    finally:
        await engine.dispose()


def require_sqlite_file(url: str) -> None:
    """A SQLite URL must name a file that is there (connecting would create it); other URLs pass."""
    target = async_url(url)
    if target.get_backend_name() == "sqlite":
        _require_sqlite_file(url, target)


def _require_sqlite_file(url: str, target: URL) -> None:
    """Connecting to a SQLite file that is not there creates it: a command that must not create refuses."""
    database = target.database or ""
    if database.startswith("file:"):  # a URI filename (`?uri=true`): its path, unless it is in memory
        if "mode=memory" in database or target.query.get("mode") == "memory":
            return
        database = urlsplit(database).path
    if not database or database == ":memory:":
        return
    if not Path(database).is_file():
        raise DatabaseMissing(f"{redact_url(url)}: no database file {database}; nothing was created")


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
