"""The consent ledger's table: append-only, hash-chained, one row per preference change."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, MetaData, String, Table, Text

from optout_recall.db import UTCDateTime

metadata = MetaData()

consent_ledger = Table(
    "consent_ledger",
    metadata,
    Column("seq", BigInteger().with_variant(BigInteger, "postgresql"), primary_key=True, autoincrement=False),
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

Index("ix_consent_ledger_subject_purpose", consent_ledger.c.subject_id, consent_ledger.c.purpose, consent_ledger.c.observed_at)
