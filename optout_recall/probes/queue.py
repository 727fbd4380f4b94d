"""The queue channel: opt-out events onto RabbitMQ or NATS, stored choices read back over HTTP.

Before checking, `settle` sends a barrier event and waits until the readback shows it, so every event sent
before it has been consumed.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import httpx

from optout_recall.credentials import read_secret
from optout_recall.db import PASSWORD_ENV_PARAM, PASSWORD_FILE_PARAM, redact_url
from optout_recall.payloads import Choice
from optout_recall.probes.driver import ProbeError, Unreachable
from optout_recall.probes.http import ReadbackMixin, restart_target
from optout_recall.probes.scenarios import BurstAction, PublishAction, SetAction, Step

BROKER_PASSWORD_KEYS = {"password_env": PASSWORD_ENV_PARAM, "password_file": PASSWORD_FILE_PARAM}
"""A channel's spec keys naming where its broker password is, and the URL parameter each travels as."""


def name_broker_password(channel: Any) -> Any:
    """A channel as written in a spec, its `password_env` / `password_file` moved into the URL by name.

    The spec goes into workflow history, so a broker password is named, never written: the URL carries
    `?recall_password_env=NAME` (or `recall_password_file=PATH`), as a database URL does, and the driver reads
    it where it connects.
    """
    if not isinstance(channel, dict) or not any(key in channel for key in BROKER_PASSWORD_KEYS):
        return channel
    channel = dict(channel)
    url = str(channel.get("url", ""))
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for key, param in BROKER_PASSWORD_KEYS.items():
        if key in channel:
            query.append((param, str(channel.pop(key))))
    channel["url"] = urlunsplit(parts._replace(query=urlencode(query)))
    return channel


def broker_password_problem(url: str) -> str | None:
    """Why a broker URL may not be used as written (a password in it), or None."""
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    if password is None:
        return None
    return (
        f"{redact_url(url)} holds a password, and the spec is kept in workflow history for ever; drop it from "
        "the URL and name it: password_env: NAME (a variable where the worker runs) or password_file: PATH"
    )


def broker_url(url: str, environ: Mapping[str, str] | None = None) -> str:
    """The URL to connect with: the password the URL names read from its variable or file, put in."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    named = {name: value for name, value in query if name in BROKER_PASSWORD_KEYS.values()}
    if not named:
        return url
    env, file = named.get(PASSWORD_ENV_PARAM), named.get(PASSWORD_FILE_PARAM)
    password = read_secret(
        "broker password", "password", env=env, file=file, environ=environ, error=ProbeError
    )
    if password is None:  # `?recall_password_env=` with no name
        raise ProbeError(f"{redact_url(url)} names no broker password variable or file")
    rest = [(name, value) for name, value in query if name not in BROKER_PASSWORD_KEYS.values()]
    user = quote(parts.username or "", safe="")
    host = parts.netloc.rsplit("@", 1)[-1]
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(rest)))


class QueueDriver(ReadbackMixin):
    """Opt-out events onto RabbitMQ (amqp://) or NATS (nats://); choices read back over the readback URL."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.readback = (self.channel.readback_url or "").rstrip("/")
        self.publisher: Publisher | None = None
        self.sent: dict[str, bytes] = {}
        self.published = False

    async def step(self, index: int, step: Step) -> None:
        action = step.action
        note = f"step {index} ({step.kind})"
        if isinstance(action, PublishAction):
            for event in action.events:
                if event.repeat:
                    body = self.sent[event.event]
                else:
                    body = self._event(
                        f"{self.run.base}-{event.event}",
                        self.run.subject,
                        event.purpose,
                        event.choice or Choice.OPT_OUT,
                        event.jurisdiction,
                        event.observed_offset_seconds,
                    )
                    self.sent[event.event] = body
                await self._publish([body], note, {"event": event.event, "repeat": event.repeat})
        elif isinstance(action, SetAction):
            body = self._event(
                f"{self.run.base}-set-{index}",
                self.run.subject,
                action.purpose,
                action.choice,
                action.jurisdiction,
                action.observed_offset_seconds,
            )
            await self._publish([body], note, {})
        elif isinstance(action, BurstAction):
            bodies = [
                self._event(
                    f"{self.run.base}-burst-{number}",
                    f"{self.run.burst_prefix}{number:06d}",
                    action.purpose,
                    action.choice,
                    action.jurisdiction,
                    0.0,
                )
                for number in range(action.count)
            ]
            await self._publish(bodies, note, {"count": action.count})
        elif step.restart is not None:
            if not self.channel.restart_command:
                raise ProbeError(
                    f"set restart_command on channel {self.channel.name} to run restart scenarios"
                )
            await restart_target(self, self.channel, self.settings, note)
        else:
            raise ProbeError(f"step {step.kind} cannot run on a queue channel")

    def _event(
        self, event_id: str, subject: str, purpose: str, choice: Choice, jurisdiction: str, offset: float
    ) -> bytes:
        event = {
            "event_id": event_id,
            "subject_id": subject,
            "purpose": purpose,
            "choice": str(choice),
            "jurisdiction": jurisdiction,
            "source": "queue",
            "observed_at": self.run.observed(offset),
        }
        return json.dumps(event, ensure_ascii=False).encode()

    async def _connect(self) -> Publisher:
        if self.publisher is None:
            url = self.channel.url
            publisher: Publisher = NatsPublisher() if url.startswith("nats") else RabbitPublisher()
            try:
                await asyncio.wait_for(
                    publisher.connect(broker_url(url), self.channel.queue or ""), self.timeout
                )
            except (OSError, TimeoutError, ConnectionError) as exc:
                raise Unreachable(
                    f"broker {redact_url(url)} could not be reached ({type(exc).__name__})"
                ) from exc
            except Exception as exc:
                if "connect" in type(exc).__name__.lower() or "Connection" in type(exc).__name__:
                    raise Unreachable(f"broker {redact_url(url)} could not be reached ({exc})") from exc
                raise
            self.publisher = publisher
        return self.publisher

    async def _publish(self, bodies: list[bytes], note: str, detail: dict[str, Any]) -> None:
        publisher = await self._connect()
        started = time.monotonic()
        await publisher.publish(bodies)
        self.published = True
        entry: dict[str, Any] = {
            "kind": "publish",
            "note": note,
            "broker": self.channel.url,
            "queue": self.channel.queue,
            "messages": len(bodies),
            **detail,
            "duration_ms": round((time.monotonic() - started) * 1000, 3),
        }
        if len(bodies) <= 3:
            entry["bodies"] = [json.loads(body) for body in bodies]
        else:
            entry["first_body"] = json.loads(bodies[0])
        self.run.record(entry)

    async def settle(self) -> None:
        """Send a barrier event and wait until it is recorded, so everything sent before it was consumed."""
        if not self.published:
            return
        barrier = self._event(
            f"{self.run.base}-barrier", self.run.barrier_subject, "sale", Choice.OPT_OUT, "US-CA", 0
        )
        publisher = await self._connect()
        await publisher.publish([barrier])
        started = time.monotonic()
        deadline = started + self.settings.settle_seconds
        polls = 0
        params = {"subject_id": self.run.barrier_subject, "purpose": "sale", "jurisdiction": "US-CA"}
        while time.monotonic() < deadline:
            polls += 1
            try:
                response = await self.client.get(
                    f"{self.readback}/preferences", params=params, timeout=self.timeout, headers=self.auth
                )
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                raise Unreachable(f"readback {redact_url(self.readback)} could not connect") from exc
            if response.status_code == 200 and response.json().get("events", 0) > 0:
                break
            await asyncio.sleep(0.05)
        seen = time.monotonic() < deadline
        self.run.record(
            {
                "kind": "barrier",
                "seen": seen,
                "polls": polls,
                "waited_ms": round((time.monotonic() - started) * 1000, 3),
            }
        )

    async def close(self) -> None:
        if self.publisher is not None:
            await self.publisher.close()


class Publisher(Protocol):
    async def connect(self, url: str, queue: str) -> None: ...

    async def publish(self, bodies: list[bytes]) -> None: ...

    async def close(self) -> None: ...


class RabbitPublisher:
    """Publishes persistent messages to a durable queue through the default exchange, with confirms."""

    def __init__(self) -> None:
        self._connection: Any = None
        self._channel: Any = None
        self._queue = ""

    async def connect(self, url: str, queue: str) -> None:
        import aio_pika

        self._connection = await aio_pika.connect(url, timeout=5)
        self._channel = await self._connection.channel(publisher_confirms=True)
        await self._channel.declare_queue(queue, durable=True)
        self._queue = queue

    async def publish(self, bodies: list[bytes]) -> None:
        import aio_pika

        exchange = self._channel.default_exchange
        for start in range(0, len(bodies), 500):
            await asyncio.gather(
                *(
                    exchange.publish(
                        aio_pika.Message(
                            body,
                            content_type="application/json",
                            delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                        ),
                        routing_key=self._queue,
                    )
                    for body in bodies[start : start + 500]
                )
            )

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()


class NatsPublisher:
    """Publishes to a NATS subject and flushes, so the server has every message before we move on."""

    def __init__(self) -> None:
        self._connection: Any = None
        self._subject = ""

    async def connect(self, url: str, queue: str) -> None:
        import nats

        self._connection = await nats.connect(
            url, connect_timeout=5, max_reconnect_attempts=0, allow_reconnect=False
        )
        self._subject = queue

    async def publish(self, bodies: list[bytes]) -> None:
        for body in bodies:
            await self._connection.publish(self._subject, body)
        await self._connection.flush()

    async def close(self) -> None:
        if self._connection is not None:
            await self._connection.close()
