"""The consent ledger's tables: append-only, hash-chained, one row per preference change.

`consent_ledger` holds the entries; `ledger_tree` the stored subtree hashes of its RFC 9162 Merkle tree
(`tree.py`); `ledger_checkpoints` the signed heads, each both a chain head and a C2SP checkpoint of the tree
(its origin, root and note signature). All three refuse UPDATE and DELETE inside the database (triggers on
SQLite and PostgreSQL), so no code path, ours or anyone's, can rewrite history without first dropping a
trigger, which `verify` then catches through the chain, the tree and the signed checkpoints.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, MetaData, SmallInteger, String, Table, Text

from optout_recall.db import UTCDateTime

metadata = MetaData()

consent_ledger = Table(
    "consent_ledger",
    metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("subject_id", String(512), nullable=False),
    Column("purpose", String(64), nullable=False),
    Column("choice", String(16), nullable=False),
    Column("source", String(16), nullable=False),
    Column("jurisdiction", String(16), nullable=False),
    Column("observed_at", UTCDateTime(), nullable=False),
    Column("recorded_at", UTCDateTime(), nullable=False),
    Column("idempotency_key", String(256), nullable=True, unique=True),
    Column("channel_metadata", Text, nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("entry_hash", String(64), nullable=False),
)

Index(
    "ix_consent_ledger_subject_purpose",
    consent_ledger.c.subject_id,
    consent_ledger.c.purpose,
    consent_ledger.c.observed_at,
)

ledger_checkpoints = Table(
    "ledger_checkpoints",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("seq", BigInteger, nullable=False),
    Column("entry_hash", String(64), nullable=False),
    Column("signed_at", UTCDateTime(), nullable=False),
    Column("key_id", String(32), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("signature", String(128), nullable=False),
    # The same head as a C2SP tlog-checkpoint (tree size = seq): absent on rows from before the tree.
    Column("origin", String(255), nullable=True),
    Column("root_hash", String(64), nullable=True),
    Column("note_signature", String(128), nullable=True),
)

# The latest checkpoint (the largest seq, the last written among equals) is read by every append session
# that may be due one, by `head` and by `prove`: without this index each read scans every checkpoint (on
# SQLite, 10,000 checkpoints, a 100M-entry ledger: 5.5 ms a read; 100,000: 36 ms).
CHECKPOINTS_BY_SEQ = Index("ix_ledger_checkpoints_seq", ledger_checkpoints.c.seq, ledger_checkpoints.c.id)

ledger_tree = Table(
    "ledger_tree",
    metadata,
    Column("level", SmallInteger, primary_key=True, autoincrement=False),
    Column("idx", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False),
    Column("hash", String(64), nullable=False),
)

LEDGER_COLUMNS = tuple(column.name for column in consent_ledger.columns)

APPEND_ONLY_TABLES = ("consent_ledger", "ledger_checkpoints", "ledger_tree")


def bulk_insert_sql(paramstyle: str) -> str:
    """A positional INSERT for executemany: rows go to the driver as tuples, with no per-row processing.

    On SQLite the timestamps are passed as canonical text, which is exactly how SQLAlchemy stores them
    there, so rows written this way and through the typed table read back the same.
    """
    marker = "?" if paramstyle == "qmark" else "%s"
    return (
        f"INSERT INTO consent_ledger ({', '.join(LEDGER_COLUMNS)}) "
        f"VALUES ({', '.join(marker for _ in LEDGER_COLUMNS)})"
    )


def tree_insert_sql(paramstyle: str) -> str:
    marker = "?" if paramstyle == "qmark" else "%s"
    return f"INSERT INTO ledger_tree (level, idx, hash) VALUES ({marker}, {marker}, {marker})"


def sqlite_trigger_ddl() -> list[str]:
    statements = []
    for table in APPEND_ONLY_TABLES:
        for operation in ("UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER IF NOT EXISTS {table}_refuse_{operation.lower()} "
                f"BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} is append-only: {operation} refused'); END"
            )
    return statements


def postgresql_trigger_ddl() -> list[str]:
    statements = [
        """
        CREATE OR REPLACE FUNCTION optout_recall_refuse_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '%% is append-only: %% refused', TG_TABLE_NAME, TG_OP
                USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    ]
    for table in APPEND_ONLY_TABLES:
        statements += [
            f"DROP TRIGGER IF EXISTS {table}_refuse_change ON {table}",
            f"CREATE TRIGGER {table}_refuse_change BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION optout_recall_refuse_change()",
            f"DROP TRIGGER IF EXISTS {table}_refuse_truncate ON {table}",
            f"CREATE TRIGGER {table}_refuse_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION optout_recall_refuse_change()",
        ]
    return statements
