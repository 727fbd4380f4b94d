"""Whoever gets past the triggers still cannot hide: verify names the first bad seq and what is wrong."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncEngine

from optout_recall.ledger import Ledger, ProblemKind, verify
from optout_recall.ledger.chain import canonical_timestamp, entry_hash, entry_message, sql_entry_message
from optout_recall.ledger.schema import consent_ledger

from .conftest import entry, tamper


@pytest.fixture(
    autouse=True, params=["one scan", "parallel scan", "parallel scan in chunks", "threaded scan in chunks"]
)
def verify_scan(request: pytest.FixtureRequest, engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> str:
    """Every tampering test also runs on a SQLite ledger split over child processes (chain_scan.py run by
    path): over three in ranges of about one entry, so problems on a range boundary are caught there; and
    over two in one range each, read in joined chunks of two entries, so problems inside a chunk, on a
    chunk boundary and after intact chunks send the range to the row scan, which names them; and that last
    one again on threads, as a verify of up to THREAD_VERIFY_MAX_ENTRIES entries scans."""
    if request.param != "one scan":
        if engine.dialect.name != "sqlite":
            pytest.skip("the parallel scan is SQLite's; PostgreSQL verifies inside the database")
        monkeypatch.setattr(verify, "PARALLEL_VERIFY_MIN_ENTRIES", 0)
        monkeypatch.setattr(verify, "VERIFY_WORKERS", 3)
        threads = request.param.startswith("threaded")
        monkeypatch.setattr(verify, "scan_on_threads", lambda last_seq: threads)
    if request.param.endswith("in chunks"):
        monkeypatch.setattr(verify, "VERIFY_WORKERS", 2)
        monkeypatch.setattr(verify, "VERIFY_RANGES_PER_WORKER", 1)
        monkeypatch.setattr(verify, "VERIFY_CHUNK_ROWS", 2)
    return str(request.param)


async def ten_entries(ledger: Ledger) -> None:
    await ledger.append([entry(i) for i in range(10)])
    await ledger.checkpoint()


async def test_changed_field_is_named(ledger: Ledger) -> None:
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("UPDATE consent_ledger SET choice = 'opt_in' WHERE seq = 4"))

    report = await ledger.verify()

    assert not report.ok
    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (4, ProblemKind.CHANGED_ROW)
    assert report.summary().startswith("ledger tampered: first bad seq 4: changed row")


async def test_deleted_row_is_named(ledger: Ledger) -> None:
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq = 6"))

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (6, ProblemKind.MISSING_ROW)


async def test_reordered_rows_are_named(ledger: Ledger) -> None:
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("UPDATE consent_ledger SET seq = -1 WHERE seq = 3"))
        await connection.execute(text("UPDATE consent_ledger SET seq = 3 WHERE seq = 4"))
        await connection.execute(text("UPDATE consent_ledger SET seq = 4 WHERE seq = -1"))

    report = await ledger.verify()

    assert report.first_problem is not None
    assert report.first_problem.seq == 3
    assert report.first_problem.kind in (ProblemKind.BROKEN_LINK, ProblemKind.CHANGED_ROW)


async def test_truncated_tail_is_caught_by_the_signed_checkpoint(ledger: Ledger) -> None:
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq > 7"))

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (8, ProblemKind.MISSING_TAIL)


async def test_truncation_with_checkpoints_deleted_is_caught_by_a_saved_head(ledger: Ledger) -> None:
    await ten_entries(ledger)
    saved = await ledger.head()
    assert saved is not None
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq > 7"))
        await connection.execute(text("DELETE FROM ledger_checkpoints"))

    assert (await ledger.verify()).ok  # nothing inside the database betrays it ...
    report = await ledger.verify(expected_heads=[saved])  # ... the head pasted in a ticket does

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (8, ProblemKind.MISSING_TAIL)


async def test_rewritten_tail_with_recomputed_hashes_is_caught(ledger: Ledger) -> None:
    await ledger.append([entry(i) for i in range(5)])
    await ledger.checkpoint()
    await ledger.append([entry(i) for i in range(5, 10)])
    await ledger.checkpoint()
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq > 7"))
    forger = Ledger(ledger.engine)  # re-appends a different tail with a valid chain
    await forger.append([entry(i, choice="opt_in") for i in range(107, 110)])

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (6, ProblemKind.REWRITTEN_TAIL)


async def test_altered_checkpoint_signature_is_caught(ledger: Ledger) -> None:
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("UPDATE ledger_checkpoints SET seq = 9"))

    report = await ledger.verify()

    assert report.first_problem is not None
    assert report.first_problem.kind == ProblemKind.BAD_SIGNATURE


async def test_parallel_scan_reports_what_one_scan_reports(
    ledger: Ledger, verify_scan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if verify_scan == "one scan":
        pytest.skip("compares the parallel scan with the single one")
    await ledger.append([entry(i) for i in range(30)])
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text("UPDATE consent_ledger SET choice = 'opt_in' WHERE seq IN (10, 11, 25)")
        )
        await connection.execute(text("DELETE FROM consent_ledger WHERE seq IN (20, 21, 30)"))
        await connection.execute(text("UPDATE consent_ledger SET prev_hash = entry_hash WHERE seq = 1"))

    parallel = await ledger.verify()
    monkeypatch.setattr(verify, "PARALLEL_VERIFY_MIN_ENTRIES", 10**9)
    single = await ledger.verify()

    assert parallel.problems == single.problems
    assert parallel.entries_checked == single.entries_checked == 27
    assert [(problem.seq, problem.kind) for problem in parallel.problems] == [
        (1, ProblemKind.BROKEN_LINK),
        (1, ProblemKind.CHANGED_ROW),
        (10, ProblemKind.CHANGED_ROW),
        (11, ProblemKind.CHANGED_ROW),
        (20, ProblemKind.MISSING_ROW),
        (25, ProblemKind.CHANGED_ROW),
    ]


async def test_parallel_scan_of_an_intact_ledger_is_ok(ledger: Ledger, verify_scan: str) -> None:
    await ledger.append([entry(i) for i in range(50)])
    await ledger.checkpoint()

    report = await ledger.verify()

    assert report.ok, report.summary()
    assert (report.entries_checked, report.head_seq) == (50, 50)


async def test_intact_ledger_with_a_separator_in_a_field_still_verifies(
    ledger: Ledger, verify_scan: str
) -> None:
    """A row written around validation, its hash honest, holds the byte that joins a chunk's messages:
    the chunk cannot be split back, so the range is read row by row, and the ledger is found intact."""
    await ledger.append([entry(i) for i in range(9)])
    head_seq, head_hash = await ledger.chain_head()
    at = datetime(2026, 1, 1, tzinfo=UTC)
    subject = "subject\x1eodd"
    stamp = canonical_timestamp(at)
    message = entry_message(
        head_hash, head_seq + 1, subject, "sale", "opt_out", "api", "US-CA", stamp, stamp, None, None
    )
    async with ledger.engine.begin() as connection:
        await connection.execute(
            insert(consent_ledger).values(
                seq=head_seq + 1,
                subject_id=subject,
                purpose="sale",
                choice="opt_out",
                source="api",
                jurisdiction="US-CA",
                observed_at=at,
                recorded_at=at,
                prev_hash=head_hash,
                entry_hash=entry_hash(message),
            )
        )

    report = await ledger.verify()

    assert report.ok, report.summary()
    assert report.entries_checked == 10


async def test_a_prev_hash_that_is_not_hex_is_named_even_with_an_honest_entry_hash(ledger: Ledger) -> None:
    """Its 64th byte inside a character: the chunked read must look closer, not fail to decode it."""
    await ten_entries(ledger)
    message_sql = sql_entry_message(ledger.engine.dialect.name)
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text("UPDATE consent_ledger SET prev_hash = :odd WHERE seq = 5"), {"odd": "a" * 63 + "é"}
        )
        [message] = (
            await connection.execute(text(f"SELECT {message_sql} FROM consent_ledger WHERE seq = 5"))
        ).one()
        await connection.execute(
            text("UPDATE consent_ledger SET entry_hash = :honest WHERE seq = 5"),
            {"honest": entry_hash(message)},
        )

    report = await ledger.verify()

    assert [(problem.seq, problem.kind) for problem in report.problems[:2]] == [
        (5, ProblemKind.BROKEN_LINK),
        (6, ProblemKind.BROKEN_LINK),
    ]


async def test_entry_hashes_split_differently_across_two_rows_are_named(ledger: Ledger) -> None:
    """Joined, the chunked read sees the same characters: one hash a character short, the next one long
    (seq 3 and 4 share a chunk of two in the chunked modes)."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's varchar(64) refuses a 65-character entry_hash")
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        hashes = dict((await connection.execute(text("SELECT seq, entry_hash FROM consent_ledger"))).all())
        await connection.execute(
            text("UPDATE consent_ledger SET entry_hash = :h WHERE seq = 3"), {"h": hashes[3][:63]}
        )
        await connection.execute(
            text("UPDATE consent_ledger SET entry_hash = :h WHERE seq = 4"), {"h": hashes[3][63:] + hashes[4]}
        )

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (3, ProblemKind.CHANGED_ROW)


async def test_a_field_cut_short_by_a_nul_is_named(ledger: Ledger) -> None:
    """`choice = 'opt_out' || char(0) || 'x'` no longer equals 'opt_out' in SQL, so the backfill would skip the
    opt-out; SQLite's printf('%s') stops at the NUL and rebuilt the old message, and verify said intact."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's text refuses a NUL")
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text("UPDATE consent_ledger SET choice = choice || char(0) || 'x' WHERE seq = 4")
        )

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (4, ProblemKind.CHANGED_ROW)


@pytest.mark.parametrize(
    "column",
    [
        "choice",
        "subject_id",
        "jurisdiction",
        "observed_at",
        "idempotency_key",
        "channel_metadata",
        "entry_hash",
        "prev_hash",
    ],
)
async def test_a_field_stored_as_a_blob_is_named(ledger: Ledger, column: str) -> None:
    """The same bytes as a BLOB hash the same, but a BLOB never equals TEXT: `choice = 'opt_out'` no longer
    matches the row, and the opt-out is silently dropped from every query."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's columns keep their types")
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text(f"UPDATE consent_ledger SET {column} = CAST({column} AS BLOB) WHERE seq = 4")
        )
        [kind] = (
            await connection.execute(text(f"SELECT typeof({column}) FROM consent_ledger WHERE seq = 4"))
        ).one()
        assert kind == "blob"

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (4, ProblemKind.CHANGED_ROW)
    assert f"{column} is stored as a blob" in report.first_problem.detail


async def test_a_field_stored_as_a_number_is_named(ledger: Ledger) -> None:
    """A subject id kept as the integer 1234 reads back as '1234' but never equals it in SQL. Only a column
    without TEXT affinity keeps a number as a number: whoever holds the file gets one with writable_schema,
    stores the number, and puts the declaration back."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's columns keep their types")
    await ledger.append([entry(i, subject="1234") for i in range(10)])
    await ledger.engine.dispose()
    path = ledger.engine.url.database
    assert path is not None
    declared = "subject_id VARCHAR(512) NOT NULL"
    for old, new in ((declared, "subject_id NUMERIC NOT NULL"), ("subject_id NUMERIC NOT NULL", declared)):
        with closing(sqlite3.connect(path)) as connection:
            connection.execute("PRAGMA writable_schema = ON")
            connection.execute(
                "UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE name = 'consent_ledger'", (old, new)
            )
            connection.commit()
        if new != declared:
            with closing(sqlite3.connect(path)) as connection:
                connection.execute("DROP TRIGGER consent_ledger_refuse_update")
                connection.execute("UPDATE consent_ledger SET subject_id = 1234 WHERE seq = 4")
                connection.commit()
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute(
            "SELECT typeof(subject_id) FROM consent_ledger WHERE seq = 4"
        ).fetchone() == ("integer",)

    report = await ledger.verify()

    assert report.first_problem is not None
    assert (report.first_problem.seq, report.first_problem.kind) == (4, ProblemKind.CHANGED_ROW)
    assert "subject_id is stored as an integer" in report.first_problem.detail


async def test_a_prev_hash_one_character_long_is_named_even_with_an_honest_entry_hash(ledger: Ledger) -> None:
    """Its first 64 characters are the right link: the chunked read, which reads the links off each
    message's first 64 bytes, must look closer."""
    await ten_entries(ledger)
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's varchar(64) refuses a 65-character prev_hash")
    message_sql = sql_entry_message("sqlite")
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text("UPDATE consent_ledger SET prev_hash = prev_hash || 'a' WHERE seq = 10")
        )
        [message] = (
            await connection.execute(text(f"SELECT {message_sql} FROM consent_ledger WHERE seq = 10"))
        ).one()
        await connection.execute(
            text("UPDATE consent_ledger SET entry_hash = :honest WHERE seq = 10"),
            {"honest": entry_hash(message)},
        )

    report = await ledger.verify()

    assert (10, ProblemKind.BROKEN_LINK) in [(problem.seq, problem.kind) for problem in report.problems]


@pytest.mark.parametrize("column", ["entry_hash", "prev_hash"])
async def test_a_hash_that_is_not_utf8_is_named_not_a_crash(ledger: Ledger, column: str) -> None:
    """TEXT that is not UTF-8 cannot be decoded by the driver: the scans read the hashes as bytes."""
    if ledger.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL refuses text that is not UTF-8")
    await ten_entries(ledger)
    async with tamper(ledger.engine) as connection:
        await connection.execute(
            text(
                f"UPDATE consent_ledger SET {column} = CAST(x'ff' || CAST({column} AS BLOB) AS TEXT) WHERE seq = 4"
            )
        )

    report = await ledger.verify()

    assert report.first_problem is not None
    assert report.first_problem.seq == 4
