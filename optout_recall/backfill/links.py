"""Identity links (CCPA regulations § 7025(c)(1)): an opt-out of one identifier applies to the ones linked to it.

The optional links table in the events database holds (identifier, person_key, linked_at). An event of
identifier s at time t is judged against the consent entries of s and of every identifier s2 sharing a
person_key with s where both links have linked_at <= t; the latest binding entry over all of them decides.

The plan stages that relation once as pairs (identifier, other, active_from): one row per ordered pair of
distinct identifiers, active_from the earliest instant at which some person_key links both (the later of the
two linked_at). A self link or a duplicate link adds no pair, so nothing is judged or counted twice. The
staging is keyed like the consent's: an UNLOGGED `recall_links_<key>` table on PostgreSQL, a file
`recall-links-<key>.db` attached as `recall_links` on SQLite (nothing is written into the events file). The
violation lookup reads it through an index on (identifier, active_from, other); an event whose identifier has
no pair pays one membership test (hashed once per statement on PostgreSQL) and the plain lookup.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    TableClause,
    case,
    column,
    func,
    inspect,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.ext.asyncio import AsyncConnection

from optout_recall.backfill.violations import in_consent_collation
from optout_recall.db import EngineCache, UTCDateTime, check_identifier
from optout_recall.payloads import BackfillInput, LinksTableConfig
from optout_recall.payloads.backfill import BackfillScan

LINKS_ALIAS = "recall_links"  # the attached pairs file (SQLite)
_BUILD_ALIAS = "recall_links_build"
_PAIRS = "pairs"


def links_table(config: LinksTableConfig) -> TableClause:
    """The user's links table; every configured name is checked as an identifier (then quoted, never pasted)."""
    for field, name in config.model_dump().items():
        check_identifier(name, f"links.{field}")
    return table(
        config.table,
        column(config.identifier),
        column(config.person_key),
        column(config.linked_at, UTCDateTime()),
    )


def links_problem(conn: Any, config: LinksTableConfig) -> str | None:
    """One line naming what is wrong with the links table, or None (run with `conn.run_sync`).

    A row without an identifier, a person_key or a linked_at is refused rather than skipped: it would
    silently link nothing, or link since always.
    """
    inspector = inspect(conn)
    if not inspector.has_table(config.table):
        return f"no links table {config.table!r} in the events database"
    present = {col["name"] for col in inspector.get_columns(config.table)}
    missing = [n for n in (config.identifier, config.person_key, config.linked_at) if n not in present]
    if missing:
        return f"links table {config.table!r} has no column(s) {', '.join(missing)}"
    links = links_table(config)
    c = links.c
    empty = or_(c[config.identifier].is_(None), c[config.person_key].is_(None), c[config.linked_at].is_(None))
    bad = conn.execute(select(func.count()).select_from(links).where(empty)).scalar()
    if bad:
        return (
            f"links table {config.table!r} has {bad} row(s) without {config.identifier}, "
            f"{config.person_key} or {config.linked_at}: every link needs all three"
        )
    return None


def pairs_select(config: LinksTableConfig, window_end: datetime) -> Select[Any]:
    """(identifier, other, active_from) for every ordered pair of distinct identifiers sharing a person_key."""
    links = links_table(config)
    a, b = links.alias("a"), links.alias("b")
    ident, key, at = config.identifier, config.person_key, config.linked_at
    later = case((a.c[at] >= b.c[at], a.c[at]), else_=b.c[at])
    return (
        select(
            a.c[ident].label("identifier"),
            b.c[ident].label("other"),
            func.min(later).label("active_from"),
        )
        .select_from(a.join(b, a.c[key] == b.c[key]))
        .where(a.c[ident] != b.c[ident], a.c[at] < window_end, b.c[at] < window_end)
        .group_by(a.c[ident], b.c[ident])
    )


def staging_table(key: str) -> str:
    return f"recall_links_{key}"


def staging_file(key: str) -> Path:
    return Path(tempfile.gettempdir()) / f"recall-links-{key}.db"


def pairs_table(scan: BackfillScan, dialect: str) -> TableClause:
    """Where the violation statements read the pairs, for this scan and the events database's dialect."""
    name, schema = (_PAIRS, LINKS_ALIAS) if dialect == "sqlite" else (staging_table(scan.staging), None)
    return table(
        name, column("identifier"), column("other"), column("active_from", UTCDateTime()), schema=schema
    )


def through_link(consent: TableClause) -> Callable[..., ColumnElement[bool]]:
    """For a violation (subject, purpose, seq): the opt-out it ignored is not one of the subject's own entries."""
    c = consent.alias("winner").c

    def decided(subject: ColumnElement[Any], purpose: ColumnElement[Any], seq: ColumnElement[Any]) -> Any:
        # One correlated probe per violation (LIMIT 1): never planned as a hash of the whole consent table.
        own = (
            select(c.seq)
            .where(
                c.subject_id == in_consent_collation(c.subject_id, subject),
                c.purpose == in_consent_collation(c.purpose, purpose),
                c.seq == seq,
            )
            .limit(1)
        )
        return own.scalar_subquery().is_(None)

    return decided


# ---------------------------------------------------------------------------------------------- staging


async def stage_links(backfill: BackfillInput, engines: EngineCache, key: str, expected: int = 0) -> int:
    """The pairs staged under `key` unless they are there already (a retried plan or partition); their count.

    `expected` > 0: pairs were staged at plan; a table found empty (crash recovery empties UNLOGGED tables)
    is built again.
    """
    assert backfill.links is not None
    engine = engines.get(backfill.events_url)
    if engine.dialect.name == "postgresql":
        return await _stage_postgresql(backfill, engines, key, expected)
    path = staging_file(key)
    if path.exists():
        return await _count_file(backfill, engines, path)
    partial = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        async with engine.connect() as conn:
            await conn.exec_driver_sql(f"ATTACH DATABASE ? AS {_BUILD_ALIAS}", (str(partial),))
            try:
                await conn.exec_driver_sql(
                    f"CREATE TABLE {_BUILD_ALIAS}.{_PAIRS} (identifier TEXT NOT NULL, other TEXT NOT NULL, "
                    "active_from DATETIME NOT NULL)"
                )
                built = table(
                    _PAIRS, column("identifier"), column("other"), column("active_from"), schema=_BUILD_ALIAS
                )
                await conn.execute(
                    built.insert().from_select(
                        ["identifier", "other", "active_from"],
                        pairs_select(backfill.links, backfill.window_end),
                    )
                )
                await conn.exec_driver_sql(
                    f"CREATE INDEX {_BUILD_ALIAS}.{_PAIRS}_lookup ON {_PAIRS} (identifier, active_from, other)"
                )
                rows = int(await conn.scalar(text(f"SELECT count(*) FROM {_BUILD_ALIAS}.{_PAIRS}")) or 0)
                await conn.commit()
            finally:
                await conn.rollback()  # a failed build leaves no transaction open: DETACH needs none
                await conn.exec_driver_sql(f"DETACH DATABASE {_BUILD_ALIAS}")
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return rows


async def _count_file(backfill: BackfillInput, engines: EngineCache, path: Path) -> int:
    async with engines.get(backfill.events_url).connect() as conn:
        await attach_links(conn, path)
        return int(await conn.scalar(text(f"SELECT count(*) FROM {LINKS_ALIAS}.{_PAIRS}")) or 0)


async def _stage_postgresql(backfill: BackfillInput, engines: EngineCache, key: str, expected: int) -> int:
    assert backfill.links is not None
    name = staging_table(key)
    async with engines.get(backfill.events_url).begin() as conn:
        await conn.execute(select(func.pg_advisory_xact_lock(func.hashtext(name))))
        if await conn.scalar(select(func.to_regclass(name))) is not None:
            rows = int(await conn.scalar(text(f"SELECT count(*) FROM {name}")) or 0)
            if rows or not expected:
                return rows
            await conn.exec_driver_sql(f"DROP TABLE {name}")
        await conn.exec_driver_sql(
            f"CREATE UNLOGGED TABLE {name} (identifier TEXT NOT NULL, other TEXT NOT NULL, "
            "active_from TIMESTAMP WITH TIME ZONE NOT NULL)"
        )
        staged = table(name, column("identifier"), column("other"), column("active_from"))
        await conn.execute(
            staged.insert().from_select(
                ["identifier", "other", "active_from"], pairs_select(backfill.links, backfill.window_end)
            )
        )
        await conn.exec_driver_sql(f"CREATE INDEX {name}_lookup ON {name} (identifier, active_from, other)")
        await conn.exec_driver_sql(f"ANALYZE {name}")
        return int(await conn.scalar(text(f"SELECT count(*) FROM {name}")) or 0)


async def ensure_links(backfill: BackfillInput, engines: EngineCache, scan: BackfillScan) -> None:
    """Before a partition's first chunk (or the catch-up): the pairs are there, built again if they were lost."""
    if backfill.links is not None:
        await stage_links(backfill, engines, scan.staging, scan.link_pairs)


async def attach_links(conn: AsyncConnection, path: Path) -> None:
    """SQLite: attach the pairs file to this connection (outside any transaction), once."""
    listed = (await conn.exec_driver_sql("PRAGMA database_list")).all()
    attached = {str(name): str(file or "") for _, name, file, *_ in (tuple(row) for row in listed)}
    if attached.get(LINKS_ALIAS) and Path(attached[LINKS_ALIAS]) == path.resolve():
        return
    if LINKS_ALIAS in attached:
        await conn.exec_driver_sql(f"DETACH DATABASE {LINKS_ALIAS}")
    await conn.exec_driver_sql(f"ATTACH DATABASE ? AS {LINKS_ALIAS}", (str(path),))
    await conn.exec_driver_sql(f"PRAGMA {LINKS_ALIAS}.mmap_size = {1 << 30}")  # as the consent's attach


async def release_links(backfill: BackfillInput, engines: EngineCache, scan: BackfillScan) -> None:
    """Drops the staged pairs; the user's links table is left as it was. Safe to run again."""
    if backfill.links is None:
        return
    engine = engines.get(backfill.events_url)
    if engine.dialect.name == "postgresql":
        async with engine.begin() as conn:
            await conn.exec_driver_sql(f"DROP TABLE IF EXISTS {staging_table(scan.staging)}")
        return
    await engine.dispose()  # pooled connections hold the attached file open
    path = staging_file(scan.staging)
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()
