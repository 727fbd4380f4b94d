"""Tables the backfill writes into the user's events database: corrections and the downstream outbox."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    inspect,
)
from sqlalchemy.dialects import postgresql

from optout_recall.db import UTCDateTime

metadata = MetaData()


def _key(length: int) -> String:
    """A text column the recall's unique keys, anti-joins and tallies compare and sort: byte order ("C") on
    PostgreSQL, where a database's default collation (even C.UTF-8) compares through strcoll and sorts without
    abbreviated keys; equality is the same under any deterministic collation. SQLite compares bytes already.
    Tables created before keep their collation: nothing compares these columns with the user's."""
    return String(length).with_variant(postgresql.VARCHAR(length, collation="C"), "postgresql")


recall_corrections = Table(
    "recall_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", _key(128), nullable=False),
    Column("event_id", _key(256), nullable=False),
    Column("subject_id", _key(512), nullable=False),
    Column("purpose", _key(64), nullable=False),
    Column("jurisdiction", _key(16), nullable=False),
    Column("destination", _key(256), nullable=False),
    Column("processed_at", UTCDateTime(), nullable=False),
    Column("ledger_seq", BigInteger, nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    # True: the ignored opt-out was a linked identifier's (identity links); NULL: the run had no links.
    Column("through_link", Boolean, nullable=True),
    UniqueConstraint("incident_id", "event_id", name="uq_recall_corrections_incident_event"),
)

# What a correction row carries, in table order (the surrogate id aside): for INSERT ... SELECT.
CORRECTION_COLUMNS = [column.name for column in recall_corrections.columns if column.name != "id"]


def add_missing_columns(conn: Any) -> None:
    """Columns added since a recall_corrections table was created, added to it (run with `conn.run_sync`)."""
    present = {col["name"] for col in inspect(conn).get_columns(recall_corrections.name)}
    if "through_link" not in present:
        conn.exec_driver_sql(f"ALTER TABLE {recall_corrections.name} ADD COLUMN through_link BOOLEAN")


# One downstream suppression/deletion request per (destination, subject) and incident.
recall_outbox = Table(
    "recall_outbox",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("incident_id", _key(128), nullable=False),
    Column("destination", _key(256), nullable=False),
    Column("subject_id", _key(512), nullable=False),
    Column("status", String(16), nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", Text, nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("delivered_at", UTCDateTime(), nullable=True),
    UniqueConstraint(
        "incident_id", "destination", "subject_id", name="uq_recall_outbox_incident_dest_subject"
    ),
)
