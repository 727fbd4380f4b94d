"""The one place a domain error becomes a Temporal failure."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from temporalio.exceptions import ApplicationError

from optout_recall.errors import RecallError


def application_error(err: RecallError) -> ApplicationError:
    return ApplicationError(
        str(err), type=str(err.type), non_retryable=not err.retryable, next_retry_delay=err.retry_after
    )


@contextmanager
def core_errors() -> Iterator[None]:
    """Run domain code; a `RecallError` leaves as `ApplicationError(type=ErrorType.X)`, its message intact."""
    try:
        yield
    except RecallError as err:
        raise application_error(err) from None
