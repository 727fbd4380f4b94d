"""How partitions walk the events table, and what the closing catch-up reads again.

Where the database has a physical order, partitions are ranges of it, so every chunk reads its events
sequentially whatever the order of their ids (the floor's own sequential scan, cut into pieces):
- SQLite: rowid ranges of a table that has a rowid (an UPDATE never moves a row to another rowid);
- PostgreSQL 14 and later: ranges of heap pages (TID range scans) of a plain table.
Otherwise (a view, a WITHOUT ROWID or partitioned table, an older PostgreSQL) partitions are event_id ranges.

The plan samples where the window's events lie (rowid probes on SQLite, TABLESAMPLE SYSTEM pages on
PostgreSQL) and cuts partitions of about `partition_events` window events each; a small table is read whole,
so its cut is exact. Rows that arrive or move after the plan (past the last rowid on SQLite; any row version
the plan's snapshot could not see on PostgreSQL, or every row if the table was rewritten) are read again by
the catch-up at the end, so the backfill is exact as of its end. Writes are idempotent: a row read twice is
corrected once. (One SQLite case stays open: a row inserted after the table's last rows were deleted may be
given a rowid at or below the plan's last one; tables with AUTOINCREMENT never reuse rowids.)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import (
    ColumnElement,
    TableClause,
    bindparam,
    cast,
    func,
    literal,
    literal_column,
    or_,
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
_SAMPLE_ROWS = 8_000
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
    # A row version the plan's snapshot could not see: written by a transaction that began after it (age()
    # counts back from the next transaction id, so younger is smaller) or was still running then. Ids are
    # ints formatted here, never input.
    after: ColumnElement[object] = literal_column(f"'{int(scan.snapshot_xmax) % _XID_MODULUS}'::xid")
    unseen: list[ColumnElement[bool]] = [func.age(events.c.xmin) <= func.age(after)]
    if scan.snapshot_running:
        running = ",".join(str(int(xid) % _XID_MODULUS) for xid in scan.snapshot_running)
        unseen.append(events.c.xmin == func.any(literal_column(f"'{{{running}}}'::xid[]")))
    return [or_(*unseen)]


def _regclass(conn: AsyncConnection, events: TableClause) -> str:
    return conn.dialect.identifier_preparer.quote(events.name)


def _window(backfill: BackfillInput) -> dict[str, object]:
    return {"start": backfill.window_start, "end": backfill.window_end}


def _cut(
    window_positions: list[int], fraction: float, partition_events: int, before: int, in_flight: int = 1
) -> tuple[list[str], int]:
    """Upper bounds of partitions of about `partition_events` window events each, and the window's estimate.

    Their number is a multiple of `in_flight` (the partitions the workflow runs at once): one more, alone at
    the end, would take as long as the others with the rest of the machine idle.

    A sample holds positions in clusters (a sampled page, a probe of rowids), so a bound is placed by
    interpolating between the sampled positions around its share of the window, not on one of them.
    `before` is the position just before the first.
    """
    estimate = round(len(window_positions) / fraction) if fraction > 0 else 0
    parts = max(1, math.ceil(estimate / partition_events))
    if parts > 1 and in_flight > 1:
        parts = math.ceil(parts / in_flight) * in_flight
    if parts == 1:
        return [], estimate
    weights = Counter(window_positions)
    at = sorted(weights)
    cumulative = list(accumulate(weights[position] for position in at))
    bounds: list[int] = []
    index = 0
    for k in range(1, parts):
        share = k * cumulative[-1] / parts
        while cumulative[index] < share:
            index += 1
        low, done = (at[index - 1], cumulative[index - 1]) if index else (before, 0)
        position = low + round((share - done) / (cumulative[index] - done) * (at[index] - low))
        if position > (bounds[-1] if bounds else before) and position < at[-1]:
            bounds.append(position)
    return [str(bound) for bound in bounds], estimate


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
    # Each in a query of its own: SQLite reads min() or max() of the rowid off the end of the b-tree only when
    # it is the query's one aggregate; together they scan the whole table (0.26 s for 1M rows).
    low = await conn.scalar(select(func.min(position)))
    high = await conn.scalar(select(func.max(position)))
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
    start = int(low) - 1
    found = [int(r[0]) for r in rows if r[1]]
    if probed < span:  # a probe stands for its whole stride: spread its rows over it before cutting
        found = [
            start + (r - start) // stride * stride + (r - start) % stride * stride // _PROBE_WIDTH
            for r in found
        ]
    boundaries, estimate = _cut(found, probed / span, backfill.partition_events, start, backfill.concurrency)
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
                "pg_snapshot_xmax(s.snap)::text::bigint, "
                "ARRAY(SELECT x::text::bigint FROM pg_snapshot_xip(s.snap) AS x), "
                "current_setting('server_version_num')::int "
                "FROM pg_class c, (SELECT pg_current_snapshot() AS snap) AS s WHERE c.oid = to_regclass(:name)"
            ),
            {"name": _quote(conn, cfg.table)},
        )
    ).first()
    if info is None or info[0] != "r" or int(info[5]) < 140000:
        return None
    _, version, pages, xmax, running, _ = info
    pages = int(pages)
    base = BackfillScan(
        order=ScanOrder.PAGES,
        first_position=-1,
        last_position=max(pages - 1, 0),
        table_version=int(version),
        snapshot_xmax=int(xmax),
        snapshot_running=[int(xid) for xid in running or []],
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
    boundaries, estimate = _cut(
        [int(r[0]) for r in rows if r[1]], fraction, backfill.partition_events, -1, backfill.concurrency
    )
    base.chunk_positions = max(1, round(backfill.set_based_chunk_size / rows_per_page))
    return ScanPlan(base, boundaries, estimate)
