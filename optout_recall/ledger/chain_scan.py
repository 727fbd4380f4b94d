"""Recompute the hashes and links of one seq range of a SQLite ledger, on a connection of its own.

`Ledger.verify` splits a large SQLite ledger into contiguous seq ranges and scans them at once, each on a
read-only connection of its own (WAL lets readers run side by side), reading plain tuples, no SQLAlchemy:
on threads of its own process for a ledger of a few tens of thousands of entries, and past that on child
processes that run this file by path (`python -I chain_scan.py`, see `serve`). A thread's SQLite builds the
messages with the GIL released but its hashing holds it; a child process hashes on a core of its own.
Standard library only (and sqlean, below), and everything the encoding defines (the message SQL, the leaf
prefix) comes with each job, so a child starts in a few tens of milliseconds and imports nothing of the
program.

A child reads through sqlean's SQLite (3.50) where it is installed: its concat_ws builds a message in
half the time the `||` of Python 3.11's bundled SQLite (3.40) takes, half the CPU of a chunk. Threads keep
to the `sqlite3` module: two SQLite libraries in one process drop each other's POSIX locks when one closes a
file the other has open (https://sqlite.org/howtocorrupt.html, 2.2.1), and this process may be writing
the same ledger.

A range checks the links between its own rows; the link into its first row crosses a range boundary, so
the caller checks it (`first` and `last` in the result).

Most ledgers are intact, so a range is first read in chunks: one row per chunk of entries, holding its
messages and its entry_hashes, each concatenated by SQLite. That spares the driver's per-row cost, and a
chunk is intact when the hashes of its messages, joined, equal its entry_hashes, joined, and the
prev_hashes its messages start with are those entry_hashes shifted by one. Anything else (a changed field,
a gap, rows out of order, even a separator smuggled into a field, or a field stored as another type than
TEXT, which reads the same bytes but no longer equals its value in SQL) fails a chunk, and the range is
then read again row by row, which names each problem. So the chunked read can only ever say "intact" or
"look closer".
"""

from __future__ import annotations

import json
import sqlite3
import sys
from hashlib import sha256
from operator import itemgetter
from pathlib import Path
from typing import IO, Any, NamedTuple

try:
    import sqlean as child_sqlite  # type: ignore[import-untyped]
except ImportError:  # the same scan, its messages built with `||`, twice the time
    child_sqlite = sqlite3

# A suspect row: (seq, seq of the row before it, its prev_hash, entry_hash of the row before it,
# its stored entry_hash, the entry_hash recomputed from its fields, its text fields stored as another type
# ('choice blob,subject_id integer'; '' for none)).
Suspect = tuple[int, int, str, str, str, str, str]

# The lowest and highest seq SQLite can store: bounds that take in every row.
LOWEST_SEQ, HIGHEST_SEQ = -(2**63), 2**63 - 1
_FETCH_ROWS = 20_000
# Joins the messages of a chunk. Entry fields refuse control characters and canonical metadata escapes
# them, so an intact chunk splits back into exactly its messages.
_RECORD_SEPARATOR = b"\x1e"
_prev_hash = itemgetter(slice(64))


class RangeScan(NamedTuple):
    """One range's result: `first` (seq, prev_hash, entry_hash, recomputed hash and mistyped fields of its
    first row, whose link the caller checks), `last` (seq, entry_hash of the last row read), the suspects
    after the first row, and how many rows were read."""

    first: tuple[int, str, str, str, str] | None
    last: tuple[int, str] | None
    suspects: list[Suspect]
    checked: int


class ScanSQL(NamedTuple):
    """What a scan reads, in SQL the caller gives (`chain.py` defines the encoding): the message with
    concat_ws and with `||` (for a SQLite before 3.44), the condition that a row's text fields are TEXT,
    and the expression naming those that are not."""

    messages: tuple[str, str]
    types_hold: str
    mistyped: str


def message_sql(sql: ScanSQL, sqlite_version: tuple[int, ...]) -> str:
    return sql.messages[0] if sqlite_version >= (3, 44) else sql.messages[1]


def range_query(sql: ScanSQL, sqlite_version: tuple[int, ...] = sqlite3.sqlite_version_info) -> str:
    """The rows of one range in seq order: seq, prev_hash, entry_hash, the message SQLite rebuilds and its
    mistyped fields."""
    return (
        "SELECT seq, CAST(prev_hash AS BLOB), CAST(entry_hash AS BLOB), "
        f"CAST({message_sql(sql, sqlite_version)} AS BLOB), "
        f"{sql.mistyped} FROM consent_ledger WHERE seq >= ? AND seq <= ? ORDER BY seq"
    )


def chunk_query(sql: ScanSQL, sqlite_version: tuple[int, ...] = sqlite3.sqlite_version_info) -> str:
    """One chunk of a range as one row: its entry_hashes and its messages, each joined (as bytes: a field
    that is not UTF-8 cannot fail the read), and how many of its rows are misfits: an entry_hash that is
    not 64 bytes long (joined without a separator, hashes of 63 and 65 characters would read as two good
    ones), a prev_hash that is not (the links are read off a message's first 64 bytes), or a text field stored as another type (1M entries: 0.55 CPU-s more, a quarter of the scan). A
    misfit sends the chunk to the row scan. octet_length (SQLite 3.43 and later) reads the stored size
    where length counts characters."""
    size = "octet_length" if sqlite_version >= (3, 43) else "length"
    return (
        f"SELECT CAST(group_concat(entry_hash, '') AS BLOB), "
        f"CAST(group_concat({message_sql(sql, sqlite_version)}, char(30)) AS BLOB), "
        f"count(*) FILTER (WHERE {size}(entry_hash) <> 64 OR {size}(prev_hash) <> 64 OR NOT {sql.types_hold}) "
        "FROM consent_ledger WHERE seq >= ? AND seq <= ?"
    )


def scan_range(
    database: str,
    sql: ScanSQL,
    leaf_prefix: bytes,
    first_seq: int,
    last_seq: int,
    limit: int,
    chunk_rows: int,
    sqlite: Any = sqlite3,
) -> RangeScan:
    """Hash and link every row with `first_seq <= seq <= last_seq`; stop once more than `limit` rows fail.
    An entry_hash is the hex SHA-256 of `leaf_prefix` and the message; `sqlite` is the DB-API module
    that reads."""
    connection = sqlite.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
    leaf = sha256(leaf_prefix)
    try:
        connection.execute("BEGIN")  # one snapshot for the chunked read and, if it comes to it, the row scan
        version = sqlite.sqlite_version_info
        intact = scan_chunks(connection, chunk_query(sql, version), leaf, first_seq, last_seq, chunk_rows)
        if intact is not None:
            return intact
        return scan_rows(connection, range_query(sql, version), leaf, first_seq, last_seq, limit)
    finally:
        connection.close()


def scan_chunks(
    connection: sqlite3.Connection, query: str, leaf: Any, first_seq: int, last_seq: int, chunk_rows: int
) -> RangeScan | None:
    """The range's result when every chunk of it is intact; None as soon as one is not."""
    low, high = connection.execute(
        "SELECT min(seq), max(seq) FROM consent_ledger WHERE seq >= ? AND seq <= ?", (first_seq, last_seq)
    ).fetchone()
    if low is None:
        return RangeScan(None, None, [], 0)
    first: tuple[int, str, str, str, str] | None = None
    before_hash = b""
    for start in range(low, high + 1, chunk_rows):
        end = min(high, start + chunk_rows - 1)
        entry_hashes, messages, misfits = connection.execute(query, (start, end)).fetchone()
        if messages is None or misfits:
            return None
        parts = messages.split(_RECORD_SEPARATOR)
        if len(parts) != end - start + 1:
            return None  # a gap (a deleted row), or a separator inside a field
        computed = joined_digests(leaf, parts).hex().encode()
        if computed != entry_hashes:
            return None
        # A message starts with its prev_hash, so the chunk's links are its messages' first 64 bytes.
        prev_hashes = b"".join(map(_prev_hash, parts))
        if prev_hashes[64:] != entry_hashes[:-64]:
            return None
        if first is None:
            # The caller links the first row to the range before: its prev_hash may be anything.
            first = (
                start,
                prev_hashes[:64].decode(errors="replace"),
                computed[:64].decode(),
                computed[:64].decode(),
                "",
            )
        elif prev_hashes[:64] != before_hash:
            return None
        before_hash = entry_hashes[-64:]
    return RangeScan(first, (high, before_hash.decode()), [], high - low + 1)


def joined_digests(leaf: Any, messages: list[bytes]) -> bytes:
    """The hashes of `messages` as one run of bytes: each a copy of `leaf` (a hash started on the leaf
    prefix, a quarter cheaper than starting one: OpenSSL 3 looks the algorithm up again on every start)
    updated with the message. Raw digests, turned to hex once for the whole run, not once a message."""
    copy = leaf.copy
    digests: list[bytes] = []
    append = digests.append
    for message in messages:
        digest = copy()
        digest.update(message)
        append(digest.digest())
    return b"".join(digests)


def scan_rows(
    connection: sqlite3.Connection, query: str, leaf: Any, first_seq: int, last_seq: int, limit: int
) -> RangeScan:
    """`scan_range` one row at a time, naming every suspect row (up to `limit` of them)."""
    cursor = connection.execute(query, (first_seq, last_seq))
    cursor.arraysize = _FETCH_ROWS
    row = cursor.fetchone()
    if row is None:
        return RangeScan(None, None, [], 0)
    first = read_row(row, leaf.copy)  # the caller links it to the range before
    before_seq, before_hash = first[0], first[2]
    suspects: list[Suspect] = []
    checked = 1
    while rows := cursor.fetchmany():
        before_seq, before_hash = check_rows(rows, leaf, before_seq, before_hash, suspects)
        checked += len(rows)
        if len(suspects) > limit:
            break
    return RangeScan(first, (before_seq, before_hash), suspects, checked)


Row = tuple[int, bytes, bytes, bytes | None, str]  # what `range_query` reads


def read_row(row: Row, copy: Any) -> tuple[int, str, str, str, str]:
    """A row as (seq, prev_hash, entry_hash, the entry_hash its fields give, its mistyped fields). The
    hashes are read as bytes, so a stored one that is not UTF-8 reads as a hash that matches nothing; a
    NULL message (a NULL where a field belongs) hashes as no message at all."""
    seq, prev_hash, stored_hash, message, mistyped = row
    digest = copy()
    digest.update(message or b"")
    return (
        seq,
        prev_hash.decode(errors="replace"),
        stored_hash.decode(errors="replace"),
        digest.hexdigest(),
        mistyped,
    )


def check_rows(
    rows: list[Row], leaf: Any, before_seq: int, before_hash: str, suspects: list[Suspect]
) -> tuple[int, str]:
    """Hash (each a copy of `leaf` updated with its message), type-check and link rows that follow the
    row (before_seq, before_hash), adding each one that fails to `suspects`; returns the last row's seq
    and entry_hash."""
    copy = leaf.copy
    for row in rows:
        fields = read_row(row, copy)
        if (suspect := suspect_of(fields, before_seq, before_hash)) is not None:
            suspects.append(suspect)
        before_seq, before_hash = fields[0], fields[2]
    return before_seq, before_hash


def suspect_of(fields: tuple[int, str, str, str, str], before_seq: int, before_hash: str) -> Suspect | None:
    """A row read (`read_row`) that follows (before_seq, before_hash) as a suspect, or None when its type,
    hash and link all hold: for the rows of a range here, and for each range's first row in the caller."""
    seq, prev_hash, stored_hash, computed, mistyped = fields
    if mistyped or computed != stored_hash or prev_hash != before_hash or seq != before_seq + 1:
        return (seq, before_seq, prev_hash, before_hash, stored_hash, computed, mistyped)
    return None


def serve(jobs: IO[bytes], results: IO[bytes]) -> None:
    """A child process's loop: one JSON job a line in (`scan_range`'s arguments, the leaf prefix in hex),
    one JSON `RangeScan` a line out, until its input closes. A job that fails ends the process (the
    traceback on stderr): the parent reports the worker died."""
    for line in jobs:
        database, sql, leaf_prefix, first_seq, last_seq, limit, chunk_rows = json.loads(line)
        messages, types_hold, mistyped = sql
        scan = scan_range(
            database,
            ScanSQL(tuple(messages), types_hold, mistyped),  # type: ignore[arg-type]
            bytes.fromhex(leaf_prefix),
            first_seq,
            last_seq,
            limit,
            chunk_rows,
            child_sqlite,
        )
        results.write(json.dumps(scan).encode() + b"\n")
        results.flush()


def range_scan_from_json(value: list[Any]) -> RangeScan:
    """A `RangeScan` as `serve` wrote it (JSON arrays back to tuples)."""
    first, last, suspects, checked = value
    return RangeScan(
        None if first is None else tuple(first),  # type: ignore[arg-type]
        None if last is None else tuple(last),  # type: ignore[arg-type]
        [tuple(suspect) for suspect in suspects],  # type: ignore[misc]
        checked,
    )


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
