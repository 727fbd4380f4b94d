"""How partitions walk the events table, and what the closing catch-up reads again.

Where the database has a physical order, partitions are ranges of it, so every chunk reads its events
sequentially whatever the order of their ids (the floor's own sequential scan, cut into pieces):
- SQLite: rowid ranges of a table that has a rowid (an UPDATE never moves a row to another rowid);
- PostgreSQL 14 and later: ranges of heap pages (TID range scans) of a plain table.
Otherwise (a view, a WITHOUT ROWID or partitioned table, an older PostgreSQL) partitions are event_id ranges.

The plan samples where the window's events lie (rowid probes on SQLite, TABLESAMPLE SYSTEM pages on
PostgreSQL) and cuts partitions of about `partition_events` window events each; a small table is read whole,
so its cut is exact. Rows that arrive or move after the plan (past the last rowid on SQLite; any row version
written since the plan's snapshot on PostgreSQL, or every row if the table was rewritten) are read again by
the catch-up at the end, so the backfill is exact as of its end. Writes are idempotent: a row read twice is
corrected once.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    TableClause,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    select,
    text,
)
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.types import UserDefinedType

from optout_recall.backfill.violations import events_table
from optout_recall.db import UTCDateTime
from optout_recall.payloads import BackfillInput, EventTableConfig
from optout_recall.payloads.backfill import BackfillScan, ScanOrder

# Tables up to this size are read whole at plan time: exact partitions, and cheap.
_EXACT_ROWIDS = 200_000
_EXACT_PAGES = 2_000
# Larger ones are sampled: about this many rows, in probes of this many consecutive rowids.
_SAMPLE_ROWS = 20_000
_PROBE_WIDTH = 64
_WITHOUT_ROWID = re.compile(r"\bWITHOUT\s+ROWID\b", re.IGNORECASE)
_XID_MODULUS = 1 << 32


class _Tid(UserDefinedType[str]):
    """PostgreSQL's tid, for binding page bounds as parameters."""

    cache_ok = True

    def get_col_spec(self, **_: object) -> str:
        return "tid"


@dataclass(frozen=True, slots=True)
class ScanPlan:
    scan: BackfillScan
    boundaries: list[str]
    events_in_window: int


async def plan_scan(conn: AsyncConnection, backfill: BackfillInput) -> ScanPlan | None:
    """Partitions by physical position, or None where the table has no usable one (cut by event_id instead)."""
    if conn.dialect.name == "sqlite":
        return await _plan_rowids(conn, backfill)
    return await _plan_pages(conn, backfill)


def position_column(scan: BackfillScan) -> str:
    return "ctid" if scan.order == ScanOrder.PAGES else scan.rowid_name


def scan_events(config: EventTableConfig, scan: BackfillScan) -> TableClause:
    """The events table with the system columns this scan's predicates use."""
    if scan.order == ScanOrder.PAGES:
        return events_table(config, "ctid", "xmin")
    return events_table(config, position_column(scan))


def positions(events: TableClause, scan: BackfillScan, after: int, upto: int) -> list[ColumnElement[bool]]:
    """Rows whose rowid, or page, is in `(after, upto]`."""
    if scan.order == ScanOrder.PAGES:
        ctid = events.c.ctid
        # Bound, so every chunk sends the same statement (prepared once by the driver, planned once).
        return [
            ctid >= cast(literal(f"({int(after) + 1},0)"), _Tid()),
            ctid < cast(literal(f"({int(upto) + 1},0)"), _Tid()),
        ]
    position = events.c[position_column(scan)]
    return [position > after, position <= upto]


async def catch_up(
    conn: AsyncConnection, events: TableClause, scan: BackfillScan
) -> list[ColumnElement[bool]]:
    """What the partitions may have missed: rows written since the plan (all rows if the table was rewritten)."""
    if scan.order == ScanOrder.ROWID:
        return [events.c[position_column(scan)] > scan.last_position]
    version = await conn.scalar(select(func.pg_relation_filenode(func.to_regclass(_regclass(conn, events)))))
    if version != scan.table_version:  # VACUUM FULL, CLUSTER, TRUNCATE: positions mean nothing any more
        return []
    horizon: ColumnElement[object] = literal_column(f"'{int(scan.snapshot_xmin) % _XID_MODULUS}'::xid")
    # age() counts back from the next transaction id: rows written at or after the horizon are younger.
    return [func.age(events.c.xmin) <= func.age(horizon)]


def _regclass(conn: AsyncConnection, events: TableClause) -> str:
    return conn.dialect.identifier_preparer.quote(events.name)


def _window(backfill: BackfillInput) -> dict[str, object]:
    return {"start": backfill.window_start, "end": backfill.window_end}


def _cut(window_positions: list[int], fraction: float, partition_events: int) -> tuple[list[str], int]:
    """Upper bounds of partitions of about `partition_events` window events each, and the window's estimate."""
    window_positions.sort()
    estimate = round(len(window_positions) / fraction) if fraction > 0 else 0
    parts = max(1, math.ceil(estimate / partition_events))
    bounds: list[int] = []
    for k in range(1, parts):
        position = window_positions[k * len(window_positions) // parts - 1]
        if not bounds or position > bounds[-1]:
            bounds.append(position)
    return [str(b) for b in bounds], estimate


# ---------------------------------------------------------------------------------------------- SQLite


async def _plan_rowids(conn: AsyncConnection, backfill: BackfillInput) -> ScanPlan | None:
    cfg = backfill.table
    kind_sql = (
        await conn.execute(
            text("SELECT type, sql FROM sqlite_master WHERE name = :name"), {"name": cfg.table}
        )
    ).first()
    if kind_sql is None or kind_sql[0] != "table" or _WITHOUT_ROWID.search(kind_sql[1] or ""):
        return None
    names = {
        row[1].lower() for row in await conn.execute(text(f"PRAGMA table_info({_quote(conn, cfg.table)})"))
    }
    alias = next((a for a in ("rowid", "_rowid_", "oid") if a not in names), None)
    if alias is None:
        return None
    events = events_table(cfg, alias)
    position = events.c[alias]
    low, high = (await conn.execute(select(func.min(position), func.max(position)))).one()
    if low is None:
        return ScanPlan(BackfillScan(order=ScanOrder.ROWID, rowid_name=alias), [], 0)
    processed_at = events.c[cfg.processed_at]
    in_window = (processed_at >= bindparam("start", type_=UTCDateTime())) & (
        processed_at < bindparam("end", type_=UTCDateTime())
    )
    span = int(high) - int(low) + 1
    if span <= _EXACT_ROWIDS:
        rows = (await conn.execute(select(position, in_window), _window(backfill))).all()
        probed = span
    else:
        probes = max(1, _SAMPLE_ROWS // _PROBE_WIDTH)
        stride = max(_PROBE_WIDTH, span // probes)
        sample = text(
            f"WITH RECURSIVE probe(a) AS (SELECT :low UNION ALL SELECT a + :stride FROM probe "
            f"WHERE a + :stride <= :high) "
            f"SELECT e.{alias}, e.{_quote(conn, cfg.processed_at)} >= :start "
            f"AND e.{_quote(conn, cfg.processed_at)} < :end "
            f"FROM probe JOIN {_quote(conn, cfg.table)} AS e ON e.{alias} > probe.a "
            f"AND e.{alias} <= probe.a + :width"
        ).bindparams(bindparam("start", type_=UTCDateTime()), bindparam("end", type_=UTCDateTime()))
        params = {"low": int(low) - 1, "high": int(high), "stride": stride, "width": _PROBE_WIDTH}
        rows = (await conn.execute(sample, {**params, **_window(backfill)})).all()
        probed = min(span, math.ceil(span / stride) * _PROBE_WIDTH)
    density = max(len(rows) / probed, 1e-6)
    boundaries, estimate = _cut([int(r[0]) for r in rows if r[1]], probed / span, backfill.partition_events)
    return ScanPlan(
        BackfillScan(
            order=ScanOrder.ROWID,
            rowid_name=alias,
            first_position=int(low) - 1,
            last_position=int(high),
            chunk_positions=max(1, round(backfill.set_based_chunk_size / density)),
        ),
        boundaries,
        estimate,
    )


def _quote(conn: AsyncConnection, name: str) -> str:
    return conn.dialect.identifier_preparer.quote(name)


# ---------------------------------------------------------------------------------------------- PostgreSQL


async def _plan_pages(conn: AsyncConnection, backfill: BackfillInput) -> ScanPlan | None:
    cfg = backfill.table
    info = (
        await conn.execute(
            text(
                "SELECT c.relkind, pg_relation_filenode(c.oid), "
                "pg_relation_size(c.oid) / current_setting('block_size')::int, "
                "pg_snapshot_xmin(pg_current_snapshot())::text::bigint, "
                "current_setting('server_version_num')::int "
                "FROM pg_class c WHERE c.oid = to_regclass(:name)"
            ),
            {"name": _quote(conn, cfg.table)},
        )
    ).first()
    if info is None or info[0] != "r" or int(info[4]) < 140000:
        return None
    _, version, pages, xmin, _ = info
    pages = int(pages)
    base = BackfillScan(
        order=ScanOrder.PAGES,
        first_position=-1,
        last_position=max(pages - 1, 0),
        table_version=int(version),
        snapshot_xmin=int(xmin),
    )
    if pages == 0:
        return ScanPlan(base, [], 0)
    processed_at = _quote(conn, cfg.processed_at)
    sampling = ""
    fraction = 1.0
    if pages > _EXACT_PAGES:
        rows_estimate = await conn.scalar(
            text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:name)"),
            {"name": _quote(conn, cfg.table)},
        )
        rows_per_page = (float(rows_estimate) / pages) if rows_estimate and rows_estimate > 0 else 50.0
        percent = min(100.0, max(0.01, 100.0 * _SAMPLE_ROWS / (rows_per_page * pages)))
        sampling = f" TABLESAMPLE SYSTEM ({percent:.4f}) REPEATABLE (7)"
        fraction = percent / 100.0
    sample = text(
        f"SELECT (e.ctid::text::point)[0]::bigint, e.{processed_at} >= :start AND e.{processed_at} < :end "
        f"FROM {_quote(conn, cfg.table)} AS e{sampling}"
    ).bindparams(bindparam("start", type_=UTCDateTime()), bindparam("end", type_=UTCDateTime()))
    rows = (await conn.execute(sample, _window(backfill))).all()
    sampled_pages = len({int(r[0]) for r in rows}) or 1
    rows_per_page = max(len(rows) / sampled_pages, 1.0)
    boundaries, estimate = _cut([int(r[0]) for r in rows if r[1]], fraction, backfill.partition_events)
    base.chunk_positions = max(1, round(backfill.set_based_chunk_size / rows_per_page))
    return ScanPlan(base, boundaries, estimate)
