"""Where the set-based statements read consent: in place, the ledger's own file attached, or a staged slice.

Whatever the layout, the violation statements run in the events database against one consent table:
- SQLite events, ledger in the same file: `consent_ledger` in place (its index on subject, purpose and
  observed_at ends in the rowid, which is `seq`); a missing index is created and dropped at the end.
- SQLite events, ledger in another SQLite file: that file is ATTACHed and read where it is.
- SQLite events, ledger on PostgreSQL: the slice is copied into a staging file in the temporary directory,
  attached the same way; nothing is written into the events file.
- PostgreSQL events, wherever the ledger is: the slice is copied into an UNLOGGED table
  `recall_consent_c_<key>` with the index the lookup needs (INSERT ... SELECT in the same database, binary
  COPY from another PostgreSQL database, COPY of the CSV a SQLite ledger file writes itself). The index
  covers what a probe reads and every page is all-visible from the start (COPY ... FREEZE; VACUUM after an
  INSERT), so each probe is an index-only scan that never visits nor dirties the heap (10M events, ledger
  apart: 36.5 -> 28.9 s; together: 37.8 -> 31.1 s). Its subject
  and purpose compare bytes (COLLATE "C", which the lookups name: `violations.in_consent_collation`), so the
  index build and every probe compare without strcoll (at 1M events: build 0.26 -> 0.20 CPU-s, probes 8%
  less). A table a previous version staged (`recall_consent_<key>`, in the database's collation, whose
  index a "C" probe could not use) is staged again under the new name; both names go at the end. Reading a
  PostgreSQL ledger in place through its own index costs more than staging it: its rows are wider and the
  index lacks seq, so every probe sorts (1.26 vs 1.01 CPU-s for 214k events).

The slice is what can decide an event of the window, as of the ledger's head when the plan ran
(`ledger_head`), so every partition decides against the same consent. From a PostgreSQL ledger: every entry
observed in the window, and of those observed before it only the latest GPC entry and the latest other entry
of each (subject, purpose), by (observed_at, seq). Every earlier entry was observed before any event of the
window, so the latest binding one is one of those two (whether a GPC entry binds depends on the event
alone); the entry with the highest seq is kept too, so the head is the one the whole slice has. A ledger
with years of history stages about one entry per subject and purpose, not its history. From a SQLite
ledger: every entry observed before the window ends (see `_SLICE_ALL`). The staging key derives from the
incident, the mode, the databases and the window: a retried activity finds the staging complete (it is built
in one transaction, or renamed into place) and reuses it; one lost with a crash (an UNLOGGED table is emptied
when PostgreSQL recovers) is built again with the same bound. `release_consent` removes it at the end.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    String,
    TableClause,
    TextualSelect,
    bindparam,
    column,
    func,
    inspect,
    make_url,
    select,
    table,
    text,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.db import EngineCache, UTCDateTime, redact_url
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import BackfillInput, ConsentSource
from optout_recall.payloads.backfill import BackfillScan, ConsentPlace

LEDGER_ALIAS = "recall_ledger"  # the attached ledger file
STAGING_ALIAS = "recall_consent"  # the attached staging file
_COLUMNS = ("seq", "subject_id", "purpose", "observed_at", "choice", "source")
_LOOKUP = ("subject_id", "purpose", "observed_at")
_BYTE_ORDER = ("subject_id", "purpose")  # staged on PostgreSQL as COLLATE "C"
_STAGED_LOOKUP = (*_LOOKUP, "seq")
# The slice's grouping prices high enough for PostgreSQL to JIT-compile it, which costs more than it saves
# (1.85M entries: 1.2 s of compiling in a 7.4 s statement); for the transaction only.
_NO_JIT = "SELECT set_config('jit', 'off', true)"
_COPY_BATCH = 10_000
_COPY_BYTES = 1 << 20
# SQLAlchemy's storage format for DateTime on SQLite, so staged instants compare with the events' as text.
_SQLITE_INSTANT = "%Y-%m-%d %H:%M:%S.%f"


@dataclass(frozen=True, slots=True)
class ConsentPlan:
    place: ConsentPlace
    staging: str
    ledger_head: int
    staged_rows: int = 0
    created_index: str = ""


def staging_key(backfill: BackfillInput) -> str:
    """Stable for one incident, mode, pair of databases and window; never derived from a secret in clear."""
    parts = (
        backfill.incident_id,
        "dry-run" if backfill.dry_run else "apply",
        redact_url(backfill.events_url),
        redact_url(backfill.ledger_url),
        backfill.window_start.isoformat(),
        backfill.window_end.isoformat(),
    )
    return sha256("\x1f".join(parts).encode()).hexdigest()[:16]


def staging_table(key: str) -> str:
    return f"recall_consent_c_{key}"


def _earlier_staging_table(key: str) -> str:
    """The name a previous version staged under, in the database's collation: removed at the end too."""
    return f"recall_consent_{key}"


def staging_file(key: str) -> Path:
    return Path(tempfile.gettempdir()) / f"recall-consent-{key}.db"


def consent_table(scan: BackfillScan, dialect: str) -> TableClause:
    """The table the statements read consent from, for this scan and the events database's dialect."""
    if scan.consent == ConsentPlace.EVENTS_DB:
        name, schema = consent_ledger.name, None
    elif scan.consent == ConsentPlace.ATTACHED:
        name, schema = consent_ledger.name, LEDGER_ALIAS
    elif dialect == "sqlite":
        name, schema = "consent", STAGING_ALIAS
    else:
        name, schema = staging_table(scan.staging), None
    staged_bytes = dialect == "postgresql" and scan.consent == ConsentPlace.STAGED

    def typed(name_: str) -> Any:
        if name_ == "observed_at":
            return column(name_, UTCDateTime())
        if staged_bytes and name_ in _BYTE_ORDER:
            return column(name_, String(collation="C"))
        return column(name_)

    return table(name, *(typed(name_) for name_ in _COLUMNS), schema=schema)


# ---------------------------------------------------------------------------------------------- at plan


async def prepare_consent(backfill: BackfillInput, engines: EngineCache) -> ConsentPlan:
    """Decides where consent is read and stages it if it must be; safe to run again (a retried plan)."""
    key = staging_key(backfill)
    events = engines.get(backfill.events_url)
    if events.dialect.name == "postgresql":
        head, rows = await _stage_postgresql(backfill, engines, key, bound=None)
        return ConsentPlan(ConsentPlace.STAGED, key, head, rows)
    ledger = engines.get(backfill.ledger_url)
    if backfill.ledger_url == backfill.events_url:
        async with events.begin() as conn:
            created = "" if await _has_lookup_index(conn) else await _create_lookup_index(conn, key)
            head = int(await conn.scalar(select(func.coalesce(func.max(consent_ledger.c.seq), 0))) or 0)
        return ConsentPlan(ConsentPlace.EVENTS_DB, key, head, created_index=created)
    if _sqlite_file(backfill.ledger_url) is not None:
        async with ledger.connect() as conn:
            if await _has_lookup_index(conn):
                head = int(await conn.scalar(select(func.coalesce(func.max(consent_ledger.c.seq), 0))) or 0)
                return ConsentPlan(ConsentPlace.ATTACHED, key, head)
    head, rows = await _stage_sqlite_file(backfill, engines, key, bound=None)
    return ConsentPlan(ConsentPlace.STAGED, key, head, rows)


async def _has_lookup_index(conn: AsyncConnection) -> bool:
    """An index on consent_ledger that starts with (subject_id, purpose, observed_at): SQLite appends the rowid."""

    def read(sync: object) -> bool:
        indexes = inspect(sync).get_indexes(consent_ledger.name)
        return any(tuple(index["column_names"][:3]) == _LOOKUP for index in indexes)

    return await conn.run_sync(read)


async def _create_lookup_index(conn: AsyncConnection, key: str) -> str:
    name = f"recall_ix_consent_{key}"
    await conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {name} ON {consent_ledger.name} ({', '.join(_LOOKUP)})"
    )
    return name


def _sqlite_file(url: str) -> str | None:
    """The file behind a SQLite URL, or None (another database, or one only in memory)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    if parsed.database.startswith("file:"):
        return None
    return parsed.database


# The slice, for every way it is read (SQLAlchemy, a PostgreSQL COPY, SQLite writing CSV): `{start}`, `{end}`
# and `{bound}` are the window's bounds and the head at plan. A PostgreSQL ledger groups the earlier entries
# by bytes (COLLATE "C"), so no collation merges two subjects the staging's byte comparison keeps apart. A
# SQLite ledger gives every entry observed before the window ends: its window function costs more than the
# rows it saves, even reading the table in order (116k entries: 0.60 -> 0.78 s to read; 1.85M, 1.76M of them
# earlier: 6.9-8.6 -> 8.8-9.6 s).
_SLICE_ALL = f"SELECT {', '.join(_COLUMNS)} FROM {consent_ledger.name} WHERE observed_at < {{end}}{{bound}}"
_SLICE = (
    f"SELECT {', '.join(_COLUMNS)} FROM {consent_ledger.name} "
    "WHERE observed_at >= {start} AND observed_at < {end}{bound} "
    f"UNION ALL SELECT {', '.join(_COLUMNS)} FROM ("
    f'SELECT {", ".join(_COLUMNS)}, row_number() OVER (PARTITION BY subject_id COLLATE "C", '
    f"purpose COLLATE \"C\", source = '{ConsentSource.GPC.value}' ORDER BY observed_at DESC, seq DESC) "
    f"AS recall_rank FROM {consent_ledger.name} WHERE observed_at < {{start}}{{bound}}"
    f") AS earlier WHERE recall_rank = 1 OR seq = (SELECT seq FROM {consent_ledger.name} "
    "WHERE observed_at < {end}{bound} ORDER BY seq DESC LIMIT 1)"
)


def slice_sql(dialect: str, start: str, end: str, bound: str | None) -> str:
    """The slice of a ledger on `dialect` ("postgresql" or "sqlite"), with these SQL expressions for its
    values; `start` is not read from a SQLite ledger."""
    template = _SLICE if dialect == "postgresql" else _SLICE_ALL
    clause = "" if bound is None else f" AND seq <= {bound}"
    return template.format(start=start, end=end, bound=clause)


def _slice(dialect: str, bound: int | None, window_start: datetime, window_end: datetime) -> TextualSelect:
    """The slice (as of `bound`, the head at plan, once there is one), as a typed SQLAlchemy statement."""
    statement = text(slice_sql(dialect, ":start", ":end", None if bound is None else ":bound"))
    params = [
        *((bindparam("start", window_start, type_=UTCDateTime()),) if dialect == "postgresql" else ()),
        bindparam("end", window_end, type_=UTCDateTime()),
        *(() if bound is None else (bindparam("bound", bound, type_=BigInteger()),)),
    ]
    typed = (column(name, UTCDateTime()) if name == "observed_at" else column(name) for name in _COLUMNS)
    return statement.bindparams(*params).columns(*typed)


# ---------------------------------------------------------------------------------------------- PostgreSQL


async def _stage_postgresql(
    backfill: BackfillInput, engines: EngineCache, key: str, bound: int | None, expected: int = 0
) -> tuple[int, int]:
    """The slice in `recall_consent_c_<key>`, built in one transaction unless it is there; (head, rows).

    At plan (`bound` None) an existing table is reused as it is. Later (`bound` the head at plan), one that is
    missing, or empty though `expected` rows were staged (crash recovery empties UNLOGGED tables), is built
    again with the same bound.
    """
    name = staging_table(key)
    async with engines.get(backfill.events_url).begin() as conn:
        if bound is not None and await _staged_here(conn, name, expected):
            return bound, expected
        await conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(name))))
        if await conn.scalar(select(func.to_regclass(name))) is not None:
            if bound is None:
                head, rows = (
                    await conn.execute(text(f"SELECT coalesce(max(seq), 0), count(*) FROM {name}"))
                ).one()
                return int(head), int(rows)
            if await _staged_here(conn, name, expected):
                return bound, expected
            await conn.exec_driver_sql(f"DROP TABLE {name}")
        await conn.exec_driver_sql(
            f"CREATE UNLOGGED TABLE {name} (seq BIGINT NOT NULL, "
            'subject_id VARCHAR(512) COLLATE "C" NOT NULL, purpose VARCHAR(64) COLLATE "C" NOT NULL, '
            "observed_at TIMESTAMP WITH TIME ZONE NOT NULL, "
            "choice VARCHAR(16) NOT NULL, source VARCHAR(16) NOT NULL)"
        )
        inserted = backfill.ledger_url == backfill.events_url
        if inserted:
            await conn.exec_driver_sql(_NO_JIT)
            staged = table(name, *(column(n) for n in _COLUMNS))
            await conn.execute(
                staged.insert().from_select(
                    list(_COLUMNS), _slice("postgresql", bound, backfill.window_start, backfill.window_end)
                )
            )
        elif make_url(backfill.ledger_url).get_backend_name() == "postgresql":
            await _copy_between_postgresql(engines, backfill, conn, name, bound)
        else:
            await _copy_rows_into_postgresql(engines, backfill, conn, name, bound)
        # The lookup's index, covering what the probe reads, so every probe is an index-only scan once the
        # pages are all-visible; no ANALYZE: it is the only plan for a correlated equality-and-range probe.
        await conn.exec_driver_sql(
            f"CREATE INDEX {name}_lookup ON {name} ({', '.join(_STAGED_LOOKUP)}) INCLUDE (choice, source)"
        )
        head, rows = (await conn.execute(text(f"SELECT coalesce(max(seq), 0), count(*) FROM {name}"))).one()
    if inserted:
        # COPY wrote its rows frozen and all-visible; rows INSERTed are marked so by VACUUM, which must run
        # outside a transaction. Without it every probe visits the heap too, and the first probes of each
        # page dirty it setting hint bits.
        async with engines.get(backfill.events_url).connect() as conn:
            autocommit = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await autocommit.exec_driver_sql(f"VACUUM {name}")
    return int(head), int(rows)


async def _staged_here(conn: AsyncConnection, name: str, expected: int) -> bool:
    """The table exists and, if rows were staged, still holds some (without counting them)."""
    if await conn.scalar(select(func.to_regclass(name))) is None:
        return False
    return expected == 0 or bool(await conn.scalar(text(f"SELECT EXISTS (SELECT 1 FROM {name})")))


async def _copy_between_postgresql(
    engines: EngineCache, backfill: BackfillInput, into: AsyncConnection, name: str, bound: int | None
) -> None:
    """Binary COPY from the ledger's database straight into the staging table, block by block."""
    # Imported here: psycopg costs a SQLite run (which never copies) a tenth of a second of start-up.
    from psycopg import sql

    query = sql.SQL(
        "COPY ("
        + slice_sql("postgresql", "{start}", "{end}", None if bound is None else "{bound}")
        + ") TO STDOUT (FORMAT BINARY)"
    ).format(
        start=sql.Literal(backfill.window_start),
        end=sql.Literal(backfill.window_end),
        bound=sql.Literal(bound),
    )
    ledger = engines.get(backfill.ledger_url).url.set(drivername="postgresql")
    source = await asyncio.to_thread(
        _PostgresqlSliceCopy, ledger.render_as_string(hide_password=False), query
    )
    await _copy_blocks(into, name, "binary", source)


async def _copy_rows_into_postgresql(
    engines: EngineCache, backfill: BackfillInput, into: AsyncConnection, name: str, bound: int | None
) -> None:
    """COPY of rows read from a ledger that is not on PostgreSQL (SQLite), streamed in batches: from a
    file, as CSV that SQLite writes itself (`_SqliteSliceCsv`); else row by row through the engine."""
    path = _sqlite_file(backfill.ledger_url)
    if path is not None:
        source = await asyncio.to_thread(_SqliteSliceCsv, path, backfill.window_end, bound)
        await _copy_blocks(into, name, "csv", source)
        return
    target = await _driver(into)
    async with engines.get(backfill.ledger_url).connect() as ledger, target.cursor() as cursor:
        result = await ledger.stream(
            _slice(ledger.dialect.name, bound, backfill.window_start, backfill.window_end)
        )
        async with cursor.copy(f"COPY {name} ({', '.join(_COLUMNS)}) FROM STDIN (FREEZE)") as copy:
            async for rows in result.partitions(_COPY_BATCH):
                for row in rows:
                    await copy.write_row(tuple(row))


def _csv_field(column: str, suffix: str = "") -> str:
    """SQLite SQL for one CSV field: the value quoted, its quotes doubled, so no byte of it (a comma, a
    quote, a newline in a row someone wrote by hand) can end the field or the line; a NULL stays an
    unquoted empty field, which COPY reads as NULL and the staging's NOT NULL refuses."""
    return f"""ifnull('"' || replace({column}, '"', '""') || '{suffix}"', '')"""


# A slice entry as one CSV line, in `_COLUMNS` order; observed_at is stored as UTC text without an offset.
_CSV_LINE = (
    " || ',' || ".join(_csv_field(name, "+00" if name == "observed_at" else "") for name in _COLUMNS)
    + " || char(10)"
)


class _SqliteSliceCsv:
    """The slice of a SQLite ledger file as CSV for COPY, a block at a time, read on a connection of its
    own in one snapshot. SQLite builds each line, so no row goes through Python's datetime or the driver's
    per-row formatting (116k entries: 0.9 s through the engine)."""

    def __init__(self, path: str, window_end: datetime, bound: int | None) -> None:
        self._db = sqlite3.connect(
            f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        try:
            self._db.execute("BEGIN")
            entries = slice_sql("sqlite", ":start", ":end", None if bound is None else ":bound")
            params = {"end": _sqlite_instant(window_end), "bound": bound}
            self._rows = self._db.execute(f"SELECT CAST({_CSV_LINE} AS BLOB) FROM ({entries})", params)
        except BaseException:
            self._db.close()
            raise

    def next_block(self) -> bytes:
        """The next lines, about `_COPY_BATCH` of them; b"" at the end."""
        return b"".join(line for (line,) in self._rows.fetchmany(_COPY_BATCH))

    def close(self) -> None:
        self._db.close()


class _PostgresqlSliceCopy:
    """The slice of a PostgreSQL ledger as binary COPY data, a block at a time, read on a synchronous
    connection of its own. The server sends one message a row, and psycopg's async read of each costs
    about 2 us of event-loop machinery where its sync read costs 0.85 (116k entries: 0.20-0.25 CPU-s of
    the worker against 0.10)."""

    def __init__(self, conninfo: str, query: Any) -> None:
        import psycopg

        self._db = psycopg.connect(conninfo)
        try:
            self._db.execute(_NO_JIT)
            # Held: the context manager, collected, would leave the copy and cancel it.
            self._copying = self._db.cursor().copy(query)
            self._messages = iter(self._copying.__enter__())
        except BaseException:
            self._db.close()
            raise

    def next_block(self) -> bytes:
        """The next rows, about `_COPY_BYTES` of them; b"" at the end."""
        block = bytearray()
        for message in self._messages:
            block += message
            if len(block) >= _COPY_BYTES:
                break
        return bytes(block)

    def close(self) -> None:
        # Read to its end, the copy's result came with the last read; left early (the staging failed), it
        # is cancelled, and that error is not the one to report.
        with contextlib.suppress(Exception):
            self._copying.__exit__(None, None, None)
        self._db.close()  # a read-only transaction, rolled back


async def _copy_blocks(
    into: AsyncConnection, name: str, copy_format: str, source: _SqliteSliceCsv | _PostgresqlSliceCopy
) -> None:
    """COPY into the staging table `name` the blocks `source` reads, each read on a thread of its own
    (one at a time), so the event loop does no per-row work; `source` is closed on the way out."""
    target = await _driver(into)
    try:
        async with (
            target.cursor() as cursor,
            cursor.copy(
                f"COPY {name} ({', '.join(_COLUMNS)}) FROM STDIN (FORMAT {copy_format}, FREEZE)"
            ) as copy,
        ):
            while block := await asyncio.to_thread(source.next_block):
                await copy.write(block)
    finally:
        source.close()


async def _driver(conn: AsyncConnection) -> Any:
    """The psycopg connection under a SQLAlchemy one (for COPY), in the same transaction."""
    driver = (await conn.get_raw_connection()).driver_connection
    assert driver is not None
    return driver


# ---------------------------------------------------------------------------------------------- SQLite


async def _stage_sqlite_file(
    backfill: BackfillInput, engines: EngineCache, key: str, bound: int | None
) -> tuple[int, int]:
    """The slice in a staging file beside no user file; written under another name, then renamed into place."""
    path = staging_file(key)
    if path.exists():
        return await asyncio.to_thread(_file_head, path)
    partial = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.partial")
    db = sqlite3.connect(partial, check_same_thread=False)
    try:
        db.execute(
            "CREATE TABLE consent (seq INTEGER PRIMARY KEY, subject_id TEXT NOT NULL, purpose TEXT NOT NULL, "
            "observed_at DATETIME NOT NULL, choice TEXT NOT NULL, source TEXT NOT NULL)"
        )
        async with engines.get(backfill.ledger_url).connect() as ledger:
            result = await ledger.stream(
                _slice(ledger.dialect.name, bound, backfill.window_start, backfill.window_end)
            )
            async for rows in result.partitions(_COPY_BATCH):
                batch = [(r[0], r[1], r[2], _sqlite_instant(r[3]), r[4], r[5]) for r in rows]
                await asyncio.to_thread(db.executemany, "INSERT INTO consent VALUES (?,?,?,?,?,?)", batch)
        await asyncio.to_thread(_index_and_close, db)
        os.replace(partial, path)
    except BaseException:
        db.close()
        partial.unlink(missing_ok=True)
        raise
    return await asyncio.to_thread(_file_head, path)


def _sqlite_instant(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).strftime(_SQLITE_INSTANT)


def _index_and_close(db: sqlite3.Connection) -> None:
    db.execute(f"CREATE INDEX consent_lookup ON consent ({', '.join(_LOOKUP)})")
    db.commit()
    db.close()


def _file_head(path: Path) -> tuple[int, int]:
    db = sqlite3.connect(path)
    try:
        head, rows = db.execute("SELECT coalesce(max(seq), 0), count(*) FROM consent").fetchone()
    finally:
        db.close()
    return int(head), int(rows)


# ---------------------------------------------------------------------------------------------- per partition


async def ensure_staged(
    backfill: BackfillInput, engines: EngineCache, scan: BackfillScan, head: int | None
) -> None:
    """Before a partition's first chunk: the staging is there (built again, same `head`, if it was lost).

    `head` None: a partition planned before staging existed builds it on first use, unbounded, as the plan
    would have.
    """
    if scan.consent != ConsentPlace.STAGED:
        return
    if engines.get(backfill.events_url).dialect.name == "postgresql":
        await _stage_postgresql(backfill, engines, scan.staging, head, scan.staged_rows)
    elif not staging_file(scan.staging).exists():
        await _stage_sqlite_file(backfill, engines, scan.staging, bound=head)


async def attach(conn: AsyncConnection, backfill: BackfillInput, scan: BackfillScan) -> None:
    """SQLite: attach the ledger file or the staging file to this connection, outside any transaction."""
    if conn.dialect.name != "sqlite" or scan.consent == ConsentPlace.EVENTS_DB:
        return
    alias, path = (
        (LEDGER_ALIAS, _sqlite_file(backfill.ledger_url) or "")
        if scan.consent == ConsentPlace.ATTACHED
        else (STAGING_ALIAS, str(staging_file(scan.staging)))
    )
    listed = (await conn.exec_driver_sql("PRAGMA database_list")).all()
    attached = {str(name): str(file or "") for _, name, file, *_ in (tuple(row) for row in listed)}
    if attached.get(alias) and Path(attached[alias]) == Path(path).resolve():
        return
    if alias in attached:
        await conn.exec_driver_sql(f"DETACH DATABASE {alias}")
    await conn.exec_driver_sql(f"ATTACH DATABASE ? AS {alias}", (path,))
    # Each schema has its own page cache; the default 2 MB makes every lookup in the attached index a read.
    await conn.exec_driver_sql(f"PRAGMA {alias}.cache_size = -65536")
    await conn.exec_driver_sql(f"PRAGMA {alias}.mmap_size = {1 << 30}")


# ---------------------------------------------------------------------------------------------- at the end


async def release_consent(backfill: BackfillInput, engines: EngineCache, scan: BackfillScan) -> None:
    """Drops what the plan made (staging, an index it created); the user's tables are left as they were."""
    events = engines.get(backfill.events_url)
    if events.dialect.name == "postgresql":
        if scan.consent == ConsentPlace.STAGED:
            async with events.begin() as conn:
                for name in (staging_table(scan.staging), _earlier_staging_table(scan.staging)):
                    await conn.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
        return
    if scan.created_index:
        async with events.begin() as conn:
            await conn.exec_driver_sql(f"DROP INDEX IF EXISTS {scan.created_index}")
    # Pooled connections hold attached files open; closing them lets the staging file go for good.
    await events.dispose()
    if scan.consent == ConsentPlace.STAGED:
        path = staging_file(scan.staging)
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
