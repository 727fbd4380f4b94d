"""Recompute the hashes and links of one seq range of a SQLite ledger, in a process of its own.

`Ledger.verify` splits a large SQLite ledger into contiguous seq ranges and runs this file once per range,
as a script (`python -I chain_scan.py`, a job as JSON on stdin, the result as JSON on stdout), so the ranges
hash on every core at once. It imports the standard library only: a worker starts in milliseconds instead
of paying for the package's imports, which would cost as much as the scan saves. Each worker opens its
own read-only connection (WAL lets readers run side by side) and reads plain tuples, no SQLAlchemy.

A range checks the links between its own rows; the link into its first row crosses a range boundary, so
the parent checks it (`first` and `last` in the result).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from hashlib import sha256
from pathlib import Path
from typing import Any

# A suspect row: (seq, seq of the row before it, its prev_hash, entry_hash of the row before it,
# its stored entry_hash, the entry_hash recomputed from its fields).
Suspect = tuple[int, int, str, str, str, str]

_FETCH_ROWS = 20_000


def range_query(message_sql: str) -> str:
    """The rows of one range in seq order: seq, prev_hash, entry_hash and the message SQLite rebuilds."""
    return (
        f"SELECT seq, prev_hash, entry_hash, CAST({message_sql} AS BLOB) FROM consent_ledger "
        "WHERE seq >= ? AND seq <= ? ORDER BY seq"
    )


def scan_range(database: str, query: str, first_seq: int, last_seq: int, limit: int) -> dict[str, Any]:
    """Hash and link every row with `first_seq <= seq <= last_seq`; stop once more than `limit` rows fail.

    Returns `first` (seq, prev_hash, entry_hash, recomputed hash of the first row, whose link the caller
    checks), `last` (seq, entry_hash of the last row read), `suspects` after the first row, `checked`.
    """
    connection = sqlite3.connect(f"{Path(database).resolve().as_uri()}?mode=ro", uri=True)
    try:
        cursor = connection.execute(query, (first_seq, last_seq))
        cursor.arraysize = _FETCH_ROWS
        row = cursor.fetchone()
        if row is None:
            return {"first": None, "last": None, "suspects": [], "checked": 0}
        before_seq, prev_hash, before_hash, message = row
        first = (before_seq, prev_hash, before_hash, sha256(message).hexdigest())
        suspects: list[Suspect] = []
        checked = 1
        while rows := cursor.fetchmany():
            for seq, prev_hash, stored_hash, message in rows:
                computed = sha256(message).hexdigest()
                if computed != stored_hash or prev_hash != before_hash or seq != before_seq + 1:
                    suspects.append((seq, before_seq, prev_hash, before_hash, stored_hash, computed))
                before_seq = seq
                before_hash = stored_hash
            checked += len(rows)
            if len(suspects) > limit:
                break
        return {"first": first, "last": (before_seq, before_hash), "suspects": suspects, "checked": checked}
    finally:
        connection.close()


def main() -> None:
    job = json.load(sys.stdin)
    result = scan_range(job["database"], job["query"], job["first"], job["last"], job["limit"])
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
