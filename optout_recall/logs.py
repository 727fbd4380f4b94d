"""structlog JSON logs for the worker and CLI; secrets are dropped by key before anything is rendered."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from optout_recall.db import mask_url_passwords

_URL_LOGGERS = ("httpx", "httpcore")
_SECRET_KEYS = re.compile(r"(token|secret|password|passwd|api[_-]?key|authorization|private[_-]?key)", re.I)


def _drop_secrets(_logger: Any, _name: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key in list(event):
        if _SECRET_KEYS.search(key):
            event[key] = "[redacted]"
        elif isinstance(event[key], str):
            event[key] = mask_url_passwords(event[key])
    return event


def configure_logging(level: str = "INFO", json_output: bool = True) -> None:
    """Route stdlib logging (Temporal's activity/workflow loggers included) through structlog."""
    renderer: Any = structlog.processors.JSONRenderer() if json_output else structlog.dev.ConsoleRenderer()
    shared: list[Any] = [
        structlog.contextvars.merge_contextvars,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _drop_secrets,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=shared,
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, _drop_secrets, renderer],
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs every request's whole URL at INFO; a webhook's URL can be its credential (a Slack incoming
    # webhook, a signed delivery URL), so only its warnings reach the log.
    for name in _URL_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
