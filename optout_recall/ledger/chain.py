"""The canonical encoding behind every entry hash and every signed head.

An entry's message is its fields joined by the ASCII unit separator (0x1F), starting with the previous
entry's hash: prev_hash, seq, subject_id, purpose, choice, source, jurisdiction, observed_at, recorded_at,
idempotency_key (empty when absent), channel_metadata (sorted compact JSON, empty when absent). Timestamps
are UTC as `YYYY-MM-DD HH:MM:SS.ffffff`. Free-text fields refuse control characters and JSON escapes them,
so the encoding is unambiguous. entry_hash is the hex RFC 9162 leaf hash of the UTF-8 message,
SHA-256(0x00 || message): the message is the entry's leaf in the ledger's Merkle tree (`merkle.py`), and since
it starts with the previous entry's hash the same hashes also form a linear chain. The database can rebuild the
same message in SQL, which is what makes verify fast.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from hashlib import sha256
from typing import Any

GENESIS_HASH = "0" * 64
SEPARATOR = "\x1f"
HEAD_DOMAIN = "optout-recall/ledger-head/v1"
LEAF_PREFIX = b"\x00"  # RFC 9162 §2.1.1: a leaf hash is SHA-256(0x00 || leaf input)


def canonical_timestamp(value: datetime) -> str:
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def canonical_metadata(metadata: dict[str, Any] | None) -> str | None:
    if metadata is None:
        return None
    return json.dumps(metadata, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def entry_message(
    prev_hash: str,
    seq: int,
    subject_id: str,
    purpose: str,
    choice: str,
    source: str,
    jurisdiction: str,
    observed_at: str,
    recorded_at: str,
    idempotency_key: str | None,
    channel_metadata: str | None,
) -> str:
    return (
        f"{prev_hash}\x1f{seq}\x1f{subject_id}\x1f{purpose}\x1f{choice}\x1f{source}\x1f{jurisdiction}"
        f"\x1f{observed_at}\x1f{recorded_at}\x1f{idempotency_key or ''}\x1f{channel_metadata or ''}"
    )


def entry_hash(message: str) -> str:
    """The entry's RFC 9162 leaf hash, hex."""
    return sha256(LEAF_PREFIX + message.encode()).hexdigest()


def head_message(seq: int, head_hash: str, signed_at: datetime) -> bytes:
    return f"{HEAD_DOMAIN}\x1f{seq}\x1f{head_hash}\x1f{canonical_timestamp(signed_at)}".encode()


# The columns a SQLite ledger keeps as TEXT, the nullable ones last. SQLite keeps whatever type a value
# is written with (a BLOB anywhere; a number where the declared type has no TEXT affinity, which
# writable_schema can arrange), and a value of another type that renders the same bytes hashes the same:
# verify checks the types too (`sqlite_types_hold`, `sqlite_mistyped`).
_MESSAGE_COLUMNS = (
    "prev_hash",
    "seq",
    "subject_id",
    "purpose",
    "choice",
    "source",
    "jurisdiction",
    "observed_at",
    "recorded_at",
)
SQLITE_NULLABLE_TEXT_COLUMNS = ("idempotency_key", "channel_metadata")
SQLITE_TEXT_COLUMNS = ("entry_hash", *(column for column in _MESSAGE_COLUMNS if column != "seq"))
# The message's fields in order; the nullable ones are '' when absent.
_MESSAGE_FIELDS = (*_MESSAGE_COLUMNS, *(f"COALESCE({column}, '')" for column in SQLITE_NULLABLE_TEXT_COLUMNS))


def sqlite_entry_messages() -> tuple[str, str]:
    """The same message as `entry_message`, built by SQLite from a stored row: with concat_ws (SQLite 3.44
    and later) and with `||` (earlier), whichever the reading library has.

    Both keep every byte of every field. printf('%s'), which built it before, stops at a NUL, so
    `choice = 'opt_out' || char(0) || 'x'` rebuilt the old message: the row hashed as intact, yet no
    longer equalled 'opt_out' in SQL. A NULL where the ledger keeps a value drops out of concat_ws (one
    separator short) and makes the `||` message NULL: either way the hash no longer matches.
    """
    return (
        f"concat_ws(char(31), {', '.join(_MESSAGE_FIELDS)})",
        f" || '{SEPARATOR}' || ".join(_MESSAGE_FIELDS),
    )


def sqlite_types_hold() -> str:
    """SQL true for a row whose text fields are all stored as TEXT (the nullable ones may be NULL)."""
    required = [f"typeof({column}) = 'text'" for column in SQLITE_TEXT_COLUMNS]
    nullable = [f"typeof(COALESCE({column}, '')) = 'text'" for column in SQLITE_NULLABLE_TEXT_COLUMNS]
    return f"({' AND '.join(required + nullable)})"


def sqlite_mistyped() -> str:
    """SQL naming a row's text fields stored as another type ('choice blob,subject_id integer'), '' when
    none is. Read only when a row is looked at closely, so it may be slow; SQLite 3.32 and later."""
    required = [
        f"iif(typeof({column}) = 'text', '', '{column} ' || typeof({column}) || ',')"
        for column in SQLITE_TEXT_COLUMNS
    ]
    nullable = [
        f"iif(typeof({column}) IN ('text', 'null'), '', '{column} ' || typeof({column}) || ',')"
        for column in SQLITE_NULLABLE_TEXT_COLUMNS
    ]
    return f"rtrim({' || '.join(required + nullable)}, ',')"


def sql_entry_message(dialect: str) -> str:
    """The same message as `entry_message`, built by the database from a stored row.

    On PostgreSQL the message is right only under DateStyle ISO (its timestamps are their text output).
    On SQLite it is the `||` form, which every SQLite has (`sqlite_entry_messages`).
    """
    if dialect == "sqlite":
        return sqlite_entry_messages()[1]
    # One concat_ws builds the message in one pass, where ten `||` would copy the string so far ten times
    # (a third of the hash pass). concat_ws leaves out NULL arguments, separator and all, so the nullable
    # fields go in as COALESCE(field, ''); every other column is NOT NULL.
    #
    # A timestamp is its own text output at UTC: 'YYYY-MM-DD HH:MM:SS' and the fraction with its trailing
    # zeros dropped ('.5'), or no fraction at all when it is 0; the tail of '.000000' that the text's length
    # short of 26 calls for puts them back. That is ISO output, which only DateStyle ISO gives: whoever runs
    # this SQL sets it (verify sets it for its transaction). The year has 4 digits for every year the ledger
    # accepts (1-9999). AT TIME ZONE INTERVAL '0' is arithmetic where a zone name is parsed again on every
    # row. The same bytes through to_char cost a third more for the whole hash pass (1M rows, one backend:
    # 3.6 CPU-s with to_char, 3.05 with the text output at zone 'UTC', 2.6 with it at INTERVAL '0').
    utc_text = "({0} AT TIME ZONE INTERVAL '0')::text"
    stamp = f"{utc_text} || substr('.000000', octet_length({utc_text}) - 18)"
    timestamps = {"observed_at", "recorded_at"}
    parts = [stamp.format(field) if field in timestamps else field for field in _MESSAGE_FIELDS]
    return f"concat_ws(chr(31), {', '.join(parts)})"
