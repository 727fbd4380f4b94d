"""The one failure every backfill step shares: a database that cannot be reached right now."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import OperationalError

from optout_recall.db import redact_url
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import BackfillInput


@contextmanager
def database_errors(backfill: BackfillInput) -> Iterator[None]:
    """A lost or refused connection leaves as a retryable `DatabaseUnavailable` naming the databases, never a secret."""
    try:
        yield
    except OperationalError as exc:
        raise RecallError(
            f"database error ({redact_url(backfill.events_url)} / {redact_url(backfill.ledger_url)}): "
            f"{str(exc.orig).splitlines()[0] if exc.orig else exc}",
            ErrorType.DATABASE_UNAVAILABLE,
            retryable=True,
        ) from exc
