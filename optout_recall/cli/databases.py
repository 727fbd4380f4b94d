"""A database named on the command line of a command that only reads must already be there.

The check goes through `db.existing_database`, as every read-only open does: a typo is one line and exit 2,
and nothing is created (no SQLite file, no table in a PostgreSQL schema).
"""

from __future__ import annotations

import asyncio

from sqlalchemy.exc import SQLAlchemyError

from optout_recall.cli.errors import fail
from optout_recall.db import DatabaseURLError, existing_database, redact_url
from optout_recall.ledger.schema import APPEND_ONLY_TABLES


def require_database(url: str, *tables: str, holding: str = "") -> None:
    """Exit 2 with one line unless `url` is a database that exists and holds `tables`."""

    async def check() -> None:
        async with existing_database(url, *tables, holding=holding):
            pass

    try:
        asyncio.run(check())
    except DatabaseURLError as exc:
        fail(str(exc))
    except (OSError, SQLAlchemyError) as exc:
        fail(f"cannot open {redact_url(url)}: {str(getattr(exc, 'orig', exc) or exc).splitlines()[0]}")


def require_ledger(url: str) -> None:
    """Exit 2 with one line unless `url` holds a consent ledger."""
    require_database(url, *APPEND_ONLY_TABLES, holding="consent ledger")
