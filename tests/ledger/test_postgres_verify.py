"""PostgreSQL's verify rebuilds every message in SQL: byte for byte the message Python hashed on append."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from optout_recall.ledger import Ledger, LedgerEntryInput, ProblemKind, verify
from optout_recall.ledger.chain import sql_entry_message
from optout_recall.ledger.models import EARLIEST_UTC, LATEST_UTC
from optout_recall.ledger.proofs import leaf_input
from optout_recall.ledger.schema import consent_ledger

from .conftest import postgres_engine, tamper

pytestmark = pytest.mark.postgres

# Every shape of fraction the text output trims (none, one to five trailing zeros, none trimmed), the
# day's bounds, leap days, the years the ledger accepts at both ends, years of fewer than 4 digits, and
# both sides of the Unix epoch.
EDGE_INSTANTS = [
    EARLIEST_UTC,
    LATEST_UTC,
    datetime(1, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime(9, 9, 9, 9, 9, 9, 90, tzinfo=UTC),
    datetime(999, 12, 31, 23, 59, 59, 999_990, tzinfo=UTC),
    datetime(1969, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
    datetime(1970, 1, 1, tzinfo=UTC),
    datetime(2000, 2, 29, 12, 0, 0, 100_000, tzinfo=UTC),
    datetime(2024, 2, 29, 23, 59, 59, 120_000, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 123_000, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 123_400, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 123_450, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 123_456, tzinfo=UTC),
    datetime(2026, 6, 30, 0, 0, 0, 999_999, tzinfo=UTC),
    datetime(2026, 6, 30, 10, 0, 0, 1, tzinfo=timezone(timedelta(hours=14))),
    datetime(2026, 6, 30, 10, 0, 0, 10, tzinfo=timezone(timedelta(hours=-12))),
    datetime(2026, 12, 31, 23, 59, 59, tzinfo=timezone(timedelta(hours=-5, minutes=-30))),
]


@pytest.fixture(params=["ISO, MDY", "SQL, DMY", "German", "Postgres, MDY"])
async def pg_engine(request: pytest.FixtureRequest) -> AsyncIterator[AsyncEngine]:
    """A fresh schema, on connections whose DateStyle is the one given (the server's default is ISO)."""
    async with postgres_engine(f"-cDateStyle={request.param.replace(' ', '')}") as engine:
        yield engine


def edge_entry(index: int, observed_at: datetime) -> LedgerEntryInput:
    return LedgerEntryInput(
        subject_id=f"subject-{index}",
        purpose="sale",
        choice="opt_out",
        source="web",
        jurisdiction="US-CA",
        observed_at=observed_at,
        idempotency_key=f"key-{index}" if index % 2 else None,
        channel_metadata={"index": index, "note": 'é \\ "'} if index % 3 else None,
    )


async def test_sql_message_is_the_python_message_byte_for_byte(pg_engine: AsyncEngine) -> None:
    """Each edge instant as observed_at and as recorded_at: the SQL message's UTF-8 bytes are exactly
    the bytes `entry_message` gives, as `proofs.leaf_input` rebuilds them from a stored row."""
    await Ledger(pg_engine).create_schema()
    pairs = list(zip(EDGE_INSTANTS, reversed(EDGE_INSTANTS), strict=True))
    rows = [
        {
            "seq": seq,
            "subject_id": f"subject-{seq}",
            "purpose": "sale",
            "choice": "opt_out",
            "source": "web",
            "jurisdiction": "US-CA",
            "observed_at": observed,
            "recorded_at": recorded,
            "idempotency_key": f"key-{seq}" if seq % 2 else None,
            "channel_metadata": '{"note":"é \\\\ \\""}' if seq % 3 else None,
            "prev_hash": f"{seq:064x}",
            "entry_hash": "f" * 64,
        }
        for seq, (observed, recorded) in enumerate(pairs, 1)
    ]
    async with pg_engine.begin() as connection:
        await connection.execute(insert(consent_ledger), rows)
        await connection.exec_driver_sql("SET LOCAL DateStyle = 'ISO'")
        result = await connection.execute(
            text(
                f"SELECT seq, convert_to({sql_entry_message('postgresql')}, 'UTF8') FROM consent_ledger "
                "ORDER BY seq"
            )
        )
        built = {int(seq): bytes(message) for seq, message in result.all()}

    expected = {row["seq"]: leaf_input(row) for row in rows}
    assert built == expected


async def test_verify_holds_whatever_the_connection_datestyle(pg_engine: AsyncEngine) -> None:
    """Appended under the connection's DateStyle, verified under it: intact, then exactly the row changed."""
    ledger = Ledger(pg_engine, checkpoint_every=None)
    await ledger.create_schema()
    await ledger.append([edge_entry(index, instant) for index, instant in enumerate(EDGE_INSTANTS)])

    report = await ledger.verify()
    assert report.ok, report.summary()
    assert report.entries_checked == len(EDGE_INSTANTS)

    async with tamper(pg_engine) as connection:
        await connection.execute(
            text(
                "UPDATE consent_ledger SET observed_at = observed_at + interval '1 microsecond' WHERE seq = 3"
            )
        )
    report = await ledger.verify()
    assert [(problem.seq, problem.kind) for problem in report.problems] == [(3, ProblemKind.CHANGED_ROW)]


async def test_links_are_counted_in_seq_order_when_rows_are_stored_out_of_it(ledger: Ledger) -> None:
    """An intact chain whose rows are stored out of seq order (a row deleted and inserted again as it was)
    is out of step in the link pass over the rows as stored; the count then comes from the pass in seq
    order, which finds no link broken (rather than sending verify to the query that names problems)."""
    if ledger.engine.dialect.name != "postgresql":
        pytest.skip("SQLite links rows in its own scan")
    await ledger.append([edge_entry(index, instant) for index, instant in enumerate(EDGE_INSTANTS)])
    async with tamper(ledger.engine) as connection:
        await connection.exec_driver_sql(
            "CREATE TEMPORARY TABLE moved AS SELECT * FROM consent_ledger WHERE seq = 4"
        )
        await connection.exec_driver_sql("DELETE FROM consent_ledger WHERE seq = 4")
        await connection.exec_driver_sql("INSERT INTO consent_ledger SELECT * FROM moved")

    async with ledger.engine.connect() as connection:
        await connection.execution_options(isolation_level="REPEATABLE READ")
        await verify.in_table_order(connection)
        out_of_step = (await connection.exec_driver_sql(verify._UNLINKED_IN_TABLE_ORDER_SQL)).scalar_one()
        snapshot = (await connection.exec_driver_sql("SELECT pg_export_snapshot()")).scalar_one()
        unlinked = await verify._count_unlinked(ledger.engine, snapshot)
    report = await ledger.verify()

    assert out_of_step == 2  # seq 5 right after seq 3, then seq 4 after the last seq
    assert unlinked == 0
    assert report.ok, report.summary()
    assert report.entries_checked == len(EDGE_INSTANTS)


async def test_the_first_link_pass_reads_the_table_as_stored(ledger: Ledger) -> None:
    """One plain scan in one process: no index, no sort, no parallel workers."""
    if ledger.engine.dialect.name != "postgresql":
        pytest.skip("SQLite links rows in its own scan")
    await ledger.append([edge_entry(index, instant) for index, instant in enumerate(EDGE_INSTANTS)])
    async with ledger.engine.begin() as connection:
        await verify.in_table_order(connection)
        plan = "\n".join(
            str(row[0])
            for row in await connection.exec_driver_sql(f"EXPLAIN {verify._UNLINKED_IN_TABLE_ORDER_SQL}")
        )

    assert "Seq Scan on consent_ledger" in plan, plan
    assert not any(step in plan for step in ("Index", "Sort", "Gather")), plan
