"""Where the events and the consent ledger live: every layout the backfill supports, on real databases."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"

# (events, ledger): the ledger in the events database, in a database of its own, or on the other engine.
LAYOUTS = {
    "sqlite": ("sqlite", "same"),
    "sqlite-apart": ("sqlite", "sqlite"),
    "sqlite-pg-ledger": ("sqlite", "postgresql"),
    "postgresql": ("postgresql", "same"),
    "postgresql-apart": ("postgresql", "postgresql"),
    "postgresql-sqlite-ledger": ("postgresql", "sqlite"),
}


def layout_params(*names: str) -> list[object]:
    """pytest params for these layouts (all by default), marked when they need PostgreSQL."""
    chosen = names or tuple(LAYOUTS)
    return [
        pytest.param(name, marks=pytest.mark.postgres) if "postgresql" in LAYOUTS[name] else name
        for name in chosen
    ]


class Databases:
    """Fresh SQLite files and PostgreSQL databases for one test; `drop()` removes the PostgreSQL ones."""

    def __init__(self, tmp_path: Path) -> None:
        self._tmp = tmp_path
        self._created: list[str] = []

    def new(self, engine: str, name: str) -> str:
        if engine == "sqlite":
            return f"sqlite:///{self._tmp / f'{name}.db'}"
        import psycopg

        database = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5) as admin:
            admin.execute(f'CREATE DATABASE "{database}"')
        self._created.append(database)
        return f"postgresql://postgres@127.0.0.1:5432/{database}"

    def pair(self, layout: str) -> tuple[str, str]:
        """(events_url, ledger_url) for a layout."""
        events_engine, ledger_engine = LAYOUTS[layout]
        events_url = self.new(events_engine, "events")
        return events_url, events_url if ledger_engine == "same" else self.new(ledger_engine, "ledger")

    def drop(self) -> None:
        if not self._created:
            return
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
            for database in self._created:
                admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


def collations(url: str, table: str) -> dict[str, str]:
    """PostgreSQL: the collation of each text column of `table` ({} when there is no such table)."""
    import psycopg

    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT a.attname, c.collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation "
            "WHERE a.attrelid = to_regclass(%s) AND a.attnum > 0 AND NOT a.attisdropped",
            (table,),
        ).fetchall()
    return {str(column): str(collation) for column, collation in rows}
