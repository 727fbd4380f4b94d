"""structlog JSON logs for the worker and CLI; secrets are dropped by key before anything is rendered.

structlog is imported when logging is first configured for it, or, for a command whose own code logs only
through the standard library (`recall backfill`), when the first record at the level is written: importing it
costs a command 60 ms (its console renderer imports rich's tracebacks and pygments), and at WARNING most runs
write none.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import TYPE_CHECKING, Any

from optout_recall.db import mask_url_passwords

if TYPE_CHECKING:
    import structlog

_URL_LOGGERS = ("httpx", "httpcore")
_SECRET_KEYS = re.compile(r"(token|secret|password|passwd|api[_-]?key|authorization|private[_-]?key)", re.I)


def _drop_secrets(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event):
        if _SECRET_KEYS.search(key):
            event[key] = "[redacted]"
        elif isinstance(event[key], str):
            event[key] = mask_url_passwords(event[key])
    return event


def configure_logging(level: str = "INFO", json_output: bool = True, *, stdlib_only: bool = False) -> None:
    """Route stdlib logging (Temporal's activity/workflow loggers included) through structlog.

    `stdlib_only`: the program logs through the standard library alone, so structlog's own loggers are not
    configured, and structlog is imported when the first record is written, not before.
    """
    if not stdlib_only:
        import structlog

        structlog.configure(
            processors=[*_shared_processors(), structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
            logger_factory=structlog.stdlib.LoggerFactory(),
            wrapper_class=structlog.stdlib.BoundLogger,
            cache_logger_on_first_use=True,
        )
    root = logging.getLogger()
    root.handlers[:] = [_FormattedOnFirstRecord(json_output)]
    root.setLevel(level.upper())
    # httpx logs every request's whole URL at INFO; a webhook's URL can be its credential (a Slack incoming
    # webhook, a signed delivery URL), so only its warnings reach the log.
    for name in _URL_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))


def _shared_processors() -> list[Any]:
    import structlog

    return [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _drop_secrets,
    ]


def _formatter(json_output: bool) -> structlog.stdlib.ProcessorFormatter:
    """Renders a stdlib record as structlog does its own (JSON, or the console's lines), secrets dropped."""
    import structlog

    renderer: Any = structlog.processors.JSONRenderer() if json_output else structlog.dev.ConsoleRenderer()
    return structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=_shared_processors(),
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, _drop_secrets, renderer],
    )


class _FormattedOnFirstRecord(logging.StreamHandler):  # type: ignore[type-arg]
    """A stderr handler that builds its structlog formatter when it first formats a record."""

    def __init__(self, json_output: bool) -> None:
        super().__init__(sys.stderr)
        self._json_output = json_output

    def format(self, record: logging.LogRecord) -> str:
        if self.formatter is None:
            self.setFormatter(_formatter(self._json_output))
        return super().format(record)
