"""The escalation webhook: named in the spec, read where the worker runs, shown only by its host.

A Slack, Discord or Teams incoming-webhook URL is itself the credential (whoever holds it can post), and an
incident or guard spec is kept in workflow history for ever, so such a URL is refused in the spec and named
instead (`webhook_env: NAME`, `webhook_file: PATH`). Only the name travels in workflow inputs; `resolve_webhook`
reads the URL (and an optional bearer token) where the activity runs, and `post_webhook` sends to it with
every message, log line and record showing `https://host/***` or the host alone. A backfill destination's
webhook (`databases.destinations`) is named and read the same way.
"""

from __future__ import annotations

import contextvars
import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal, Self
from urllib.parse import urlsplit

from pydantic import field_validator, model_validator

from optout_recall.credentials import read_secret
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import WebhookTarget

if TYPE_CHECKING:
    import httpx  # imported where a request is made: the backfill's worker starts without it (50-90 ms)

VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
NAME_IT = "set it where the worker runs and name it"
_DISCORD_PATH = re.compile(r"^/api(/v\d+)?/webhooks/")


def capability_service(url: str) -> str | None:
    """The service whose incoming-webhook URL this is (the URL being its credential), or None."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
    except ValueError:
        return None
    path, query = parts.path, parts.query
    if host == "hooks.slack.com" and path.strip("/"):
        return "Slack"
    discord = host in ("discord.com", "discordapp.com") or host.endswith((".discord.com", ".discordapp.com"))
    if discord and _DISCORD_PATH.match(path):
        return "Discord"
    if host.endswith(".webhook.office.com") or (host == "outlook.office.com" and path.startswith("/webhook")):
        return "Teams"
    if host.endswith(".logic.azure.com") and "sig=" in query:
        return "Teams (Power Automate)"
    if host == "chat.googleapis.com" and "token=" in query:
        return "Google Chat"
    return None


def masked(url: str) -> str:
    """`scheme://host[:port]/***`: where a webhook goes, without its path, query or credentials."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or "?"
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "(not a URL)"
    return f"{parts.scheme or '?'}://{host}{port}/***"


def host_of(url: str) -> str:
    try:
        return urlsplit(url).hostname or "?"
    except ValueError:
        return "?"


def capability_refusal(url: str) -> str | None:
    """Why `url` may not be written where workflow history keeps it (it is itself the credential), or None."""
    if service := capability_service(url):
        return (
            f"{masked(url)} is a {service} webhook URL, which is itself the credential (anyone holding it can "
            "post)"
        )
    return None


class WebhookSpec(WebhookTarget):
    """A webhook as a spec writes it: a capability URL refused, one source, variables that are names."""

    example_env: ClassVar[str] = "NAME"

    @field_validator("webhook")
    @classmethod
    def _not_a_capability_url(cls, value: str | None) -> str | None:
        if value is not None and (refusal := capability_refusal(value)):
            raise ValueError(
                f"{refusal}, and the spec is kept in workflow history for ever; {NAME_IT}: webhook_env: "
                f"{cls.example_env} (or webhook_file: PATH)"
            )
        return value

    @field_validator("webhook_env", "token_env")
    @classmethod
    def _variable_name(cls, value: str | None) -> str | None:
        if value is not None and not VARIABLE.match(value):
            raise ValueError(
                f"{value!r} is not an environment variable name (the variable holds the value, where the "
                "worker runs)"
            )
        return value

    @model_validator(mode="after")
    def _one_source(self) -> Self:
        given = [name for name in ("webhook", "webhook_env", "webhook_file") if getattr(self, name)]
        if len(given) > 1:
            raise ValueError(f"give one of webhook, webhook_env or webhook_file, not {' and '.join(given)}")
        if self.token_env and self.token_file:
            raise ValueError("give token_env or token_file, not both")
        if (self.token_env or self.token_file) and not given:
            raise ValueError(
                "token_env and token_file go with a webhook (webhook, webhook_env or webhook_file)"
            )
        return self


class WebhookSource(WebhookSpec):
    """The spec's `escalation` webhook fields, shared by the incident and the guard spec."""

    example_env: ClassVar[str] = "SLACK_ESCALATION_WEBHOOK"

    format: Literal["slack", "json"] = "slack"


@dataclass(frozen=True)
class Webhook:
    """A webhook resolved where the worker runs; its repr shows the host only."""

    url: str = field(repr=False)
    headers: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def host(self) -> str:
        return host_of(self.url)


def resolve_webhook(
    *,
    webhook: str | None,
    webhook_env: str | None = None,
    webhook_file: str | None = None,
    token_env: str | None = None,
    token_file: str | None = None,
    environ: Mapping[str, str] | None = None,
    named_by: str = "escalation",
) -> Webhook | None:
    """The webhook URL and its bearer token, read now from what the spec named; None when none is named.

    `named_by` is where the spec names them (`escalation`, `databases.destinations.crm`). A missing variable or
    unreadable file is a permanent `RecallError` naming it, never the URL.
    """

    def bad(message: str) -> RecallError:
        return RecallError(message, ErrorType.BAD_WEBHOOK)

    if webhook_env:
        named = f"{webhook_env}, named by {named_by}.webhook_env,"
    elif webhook_file:
        named = f"the file {webhook_file}, named by {named_by}.webhook_file,"
    elif webhook:
        named = f"{named_by}.webhook"
    else:
        return None
    url = webhook or read_secret(
        "webhook URL", f"{named_by}.webhook", env=webhook_env, file=webhook_file, environ=environ, error=bad
    )
    if not url or not url.startswith(("http://", "https://")):
        raise bad(f"{named} does not hold an http:// or https:// URL")
    token = read_secret(
        "bearer token", f"{named_by}.token", env=token_env, file=token_file, environ=environ, error=bad
    )
    return Webhook(url=url, headers={"Authorization": f"Bearer {token}"} if token else {})


# httpx logs every request's full URL at INFO; a webhook's path is its secret, so our posts log the mask.
_POSTING: contextvars.ContextVar[Webhook | None] = contextvars.ContextVar("escalation_posting", default=None)


class _MaskPostedURL(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        hook = _POSTING.get()
        if hook is not None and isinstance(record.args, tuple):
            import httpx  # a record of httpx's own: imported already

            record.args = tuple(
                masked(hook.url) if isinstance(a, httpx.URL) or a == hook.url else a for a in record.args
            )
            record.msg = str(record.msg).replace(hook.url, masked(hook.url))
        return True


_MASK_FILTER = _MaskPostedURL()


@contextmanager
def masked_in_logs(hook: Webhook) -> Iterator[None]:
    """While posting to `hook` (in this task), httpx's log lines show its mask instead of its URL."""
    logging.getLogger("httpx").addFilter(_MASK_FILTER)  # idempotent: a filter is added once
    posting = _POSTING.set(hook)
    try:
        yield
    finally:
        _POSTING.reset(posting)


def scrubbed(text: str, hook: Webhook) -> str:
    """`text` (an exception's message) with the webhook's URL, path and token replaced by their masks."""
    text = text.replace(hook.url, masked(hook.url))
    try:
        parts = urlsplit(hook.url)
        secret_part = parts.path + (f"?{parts.query}" if parts.query else "")
    except ValueError:
        secret_part = ""
    if secret_part.strip("/"):
        text = text.replace(secret_part, "/***")
    for value in hook.headers.values():
        text = text.replace(value, "[redacted]")
    return text


async def post_webhook(
    http: httpx.AsyncClient, hook: Webhook, body: dict[str, object], *, what: str, refused: str
) -> str:
    """POST `body`; returns `webhook HOST` for the record. Unreachable or busy is retryable, a 4xx is not."""
    import httpx

    try:
        with masked_in_logs(hook):
            response = await http.post(hook.url, json=body, headers=hook.headers or None, timeout=10)
    except httpx.TransportError as exc:
        raise RecallError(
            f"{what} {hook.host} unreachable: {scrubbed(str(exc), hook) or type(exc).__name__}",
            ErrorType.WEBHOOK_UNREACHABLE,
            retryable=True,
        ) from None
    if response.status_code >= 500 or response.status_code == 429:
        raise RecallError(
            f"{what} {hook.host} answered {response.status_code}", ErrorType.WEBHOOK_BUSY, retryable=True
        )
    if response.is_error:
        raise RecallError(
            f"{what} {hook.host} {refused} ({response.status_code}); check the spec's escalation webhook",
            ErrorType.WEBHOOK_REFUSED,
        )
    return f"webhook {hook.host}"
