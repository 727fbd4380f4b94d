"""Queue ingestion: consent messages from RabbitMQ or NATS JetStream into the ledger, at least once, no twice.

A message body is one JSON entry, the same fields as a line of a ledger import file: an entry, or a GPP
string (`gpp` in place of `purpose` and `choice`) that becomes one opt-out per consent field that reads 1 and
per purpose its GPC bit covers, all of one message in one transaction, keyed by the message's key. The consumer takes a
batch (up to `batch_size` messages, waiting at most `linger` seconds after the first), appends the valid ones
in one ledger transaction, and acknowledges every message of the batch only after that transaction has
committed. A worker that dies before the commit leaves its messages unacknowledged, so the broker delivers
them again; a worker that dies after the commit but before the acks gets them again too, and the ledger
records them once because every entry carries an idempotency key:

- the message's own `idempotency_key` when it has one;
- otherwise one derived from the broker, stable across redeliveries: on NATS JetStream
  `nats:<stream>:<stream sequence>`; on RabbitMQ `amqp:message-id:<message_id>` when the publisher set the
  AMQP message-id property, else `amqp:sha256:<SHA-256 of the body>` (RabbitMQ assigns no id of its own, so
  two byte-identical bodies without a key or message id are taken as one signal).

A message that cannot become an entry (not UTF-8 JSON, not a valid entry, or whatever else goes wrong in
turning it into one) is published, body unchanged, to a dead-letter queue with the reason (RabbitMQ: header
`x-recall-dead-letter-reason` on a durable queue; NATS: header `Recall-Dead-Letter-Reason` on a subject
captured by a stream), and acknowledged on the source once the dead-letter broker confirmed it. A crash
between those two steps dead-letters it twice, never loses it; the messages behind it flow either way.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import urlsplit

import aio_pika
import nats
import nats.errors
import nats.js.errors
from aio_pika.abc import AbstractChannel, AbstractConnection, AbstractIncomingMessage, AbstractQueue
from nats.aio.client import Client as NatsClient
from nats.aio.msg import Msg as NatsMsg
from nats.js.api import AckPolicy, ConsumerConfig, DeliverPolicy, StreamConfig
from pydantic import BaseModel, ValidationError

from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.importer import describe_validation_error, shipped_rules
from optout_recall.ledger.models import GppEntriesInput
from optout_recall.ledger.store import PendingRow, pending_row

logger = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 500
DEFAULT_LINGER_SECONDS = 0.05
DEFAULT_NATS_CONSUMER = "recall-ledger"
DEFAULT_NATS_ACK_WAIT_SECONDS = 30.0
AMQP_REASON_HEADER = "x-recall-dead-letter-reason"
AMQP_SOURCE_HEADER = "x-recall-source-queue"
NATS_REASON_HEADER = "Recall-Dead-Letter-Reason"
NATS_SOURCE_HEADER = "Recall-Source-Stream"
NATS_SEQUENCE_HEADER = "Recall-Source-Sequence"
_MAX_REASON_LENGTH = 1000
_POLL_SECONDS = 0.5
_PLAIN_KEY = re.compile(r"^[^\x00-\x1f\x7f]{1,200}$")
_MAX_KEY_LENGTH = 256  # the ledger's idempotency_key column


class Broker(StrEnum):
    RABBITMQ = "amqp"
    NATS = "nats"


class BrokerError(Exception):
    """A broker that cannot be reached or used; the message is one line for the user."""


@dataclass(frozen=True)
class Delivery:
    """One received message: its body, the key it gets when its body has none, the handle that settles it."""

    body: bytes
    fallback_key: str
    tag: int  # RabbitMQ delivery tag or JetStream stream sequence: what the source acks by
    label: str  # for logs: "<queue> delivery <tag>" or "<stream> sequence <n>"


class ConsumeResult(BaseModel):
    received: int = 0
    recorded: int = 0
    duplicates: int = 0
    dead_lettered: int = 0
    batches: int = 0

    def summary(self) -> str:
        return (
            f"consumed {self.received} messages: {self.recorded} recorded, {self.duplicates} already in the "
            f"ledger, {self.dead_lettered} dead-lettered"
        )


class MessageSource(Protocol):
    """A broker queue seen as batches of deliveries that are settled only when told."""

    async def next_batch(self, max_count: int, wait_seconds: float, linger: float) -> list[Delivery]: ...

    async def dead_letter(self, delivery: Delivery, reason: str) -> None: ...

    async def ack(self, deliveries: Sequence[Delivery]) -> None: ...

    async def close(self) -> None: ...


def parse_message(body: bytes, fallback_key: str) -> list[PendingRow] | str:
    """The ledger rows in `body` (keyed by `fallback_key` when it has no key), or why it is dead-lettered.

    An entry is one row; a GPP string is its opt-outs (none when no field reads 1), each key the message's
    with `:SECTION:PURPOSE` appended, as in an import.

    Whatever goes wrong here is the message's fault, not the consumer's: any exception becomes the reason
    it is dead-lettered, so one message that breaks validation in a way nobody foresaw cannot stop the
    queue behind it (it would be redelivered, and crash the consumer, for ever).
    """
    try:
        if _is_gpp(body):
            gpp = GppEntriesInput.model_validate_json(body)
            if gpp.idempotency_key is None:
                gpp = gpp.model_copy(update={"idempotency_key": fallback_key})
            rules = shipped_rules()
            return [pending_row(entry) for entry in gpp.entries(gpc_purposes=rules.gpc_purposes)]
        entry = LedgerEntryInput.model_validate_json(body)
        if entry.idempotency_key is None:
            entry = entry.model_copy(update={"idempotency_key": fallback_key})
        return [pending_row(entry)]
    except ValidationError as error:
        problems = describe_validation_error(0, error)
        return "; ".join(f"{problem.field}: {problem.message}" for problem in problems)
    except Exception as error:  # deliberately broad: see the docstring
        logger.warning("message refused by an unexpected %s", type(error).__name__, exc_info=True)
        return f"cannot be made into a ledger entry: {type(error).__name__}: {error}"


def _is_gpp(body: bytes) -> bool:
    """A message whose top-level object has a `gpp` field (one in channel_metadata does not count)."""
    if b'"gpp"' not in body:
        return False
    try:
        value = json.loads(body)
    except ValueError:
        return False
    return isinstance(value, dict) and "gpp" in value


def amqp_fallback_key(message_id: str | None, body: bytes) -> str:
    if message_id and _PLAIN_KEY.match(message_id):
        return f"amqp:message-id:{message_id}"
    if message_id:
        return f"amqp:message-id-sha256:{hashlib.sha256(message_id.encode()).hexdigest()}"
    return f"amqp:sha256:{hashlib.sha256(body).hexdigest()}"


def nats_fallback_key(stream: str, stream_sequence: int) -> str:
    key = f"nats:{stream}:{stream_sequence}"
    if len(key) <= _MAX_KEY_LENGTH:
        return key
    return f"nats:stream-sha256:{hashlib.sha256(stream.encode()).hexdigest()}:{stream_sequence}"


def _one_line(reason: str) -> str:
    return " ".join(reason.split())[:_MAX_REASON_LENGTH]


class QueueConsumer:
    """Moves messages from one source into the ledger, batch by batch, acknowledging after each commit.

    `pause_before_commit` holds each batch's transaction open (rows written, nothing committed, nothing
    acknowledged) for that many seconds: a test hook that makes "killed between receive and commit" certain.
    """

    def __init__(
        self,
        ledger: Ledger,
        source: MessageSource,
        *,
        batch_size: int = DEFAULT_BATCH_SIZE,
        linger: float = DEFAULT_LINGER_SECONDS,
        pause_before_commit: float = 0.0,
    ) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.ledger = ledger
        self.source = source
        self.batch_size = batch_size
        self.linger = linger
        self.pause_before_commit = pause_before_commit
        self.result = ConsumeResult()

    async def run(self, stop: asyncio.Event, *, max_messages: int | None = None) -> ConsumeResult:
        """Consume until `stop` is set (the batch in hand is finished first) or `max_messages` were settled."""
        while not stop.is_set():
            if max_messages is not None and self.result.received >= max_messages:
                break
            wanted = self.batch_size
            if max_messages is not None:
                wanted = min(wanted, max_messages - self.result.received)
            batch = await self.source.next_batch(wanted, _POLL_SECONDS, self.linger)
            if batch:
                await self.process(batch)
        return self.result

    async def process(self, batch: Sequence[Delivery]) -> None:
        """Commit the batch's valid entries, dead-letter the rest, then acknowledge the whole batch."""
        started = time.perf_counter()
        entries: list[PendingRow] = []
        rejected: list[tuple[Delivery, str]] = []
        for delivery in batch:
            parsed = parse_message(delivery.body, delivery.fallback_key)
            if isinstance(parsed, str):
                rejected.append((delivery, parsed))
            else:
                entries.extend(parsed)
        duplicates = 0
        if entries:
            async with self.ledger.append_session() as session:
                await session.add_rows(entries)
                if self.pause_before_commit:
                    await asyncio.sleep(self.pause_before_commit)
            duplicates = session.duplicates
        for delivery, reason in rejected:
            logger.warning("dead-lettering %s: %s", delivery.label, reason)
            await self.source.dead_letter(delivery, reason)
        await self.source.ack(batch)
        self.result.received += len(batch)
        self.result.recorded += len(entries) - duplicates
        self.result.duplicates += duplicates
        self.result.dead_lettered += len(rejected)
        self.result.batches += 1
        logger.info(
            "batch of %s committed and acknowledged: %s recorded, %s duplicates, %s dead-lettered in %.3fs",
            len(batch),
            len(entries) - duplicates,
            duplicates,
            len(rejected),
            time.perf_counter() - started,
        )


# ---------------------------------------------------------------------------------------------- RabbitMQ


class RabbitMQSource:
    """A durable RabbitMQ queue; prefetch is twice the batch so the next batch arrives during a commit."""

    def __init__(self, url: str, queue: str, dead_letter: str | None, *, batch_size: int) -> None:
        self.url = url
        self.queue_name = queue
        self.dead_letter_name = dead_letter or f"{queue}.dead-letter"
        self.batch_size = batch_size
        self._connection: AbstractConnection | None = None
        self._channel: AbstractChannel | None = None
        self._queue: AbstractQueue | None = None
        self._consumer_tag: str | None = None
        self._inbox: asyncio.Queue[AbstractIncomingMessage] = asyncio.Queue()
        self._messages: dict[int, AbstractIncomingMessage] = {}

    async def open(self) -> None:
        try:
            self._connection = await aio_pika.connect(self.url)
        except (OSError, aio_pika.exceptions.AMQPError) as exc:
            raise BrokerError(f"cannot connect to RabbitMQ at {redact_broker_url(self.url)}: {exc}") from exc
        self._channel = await self._connection.channel(publisher_confirms=True)
        await self._channel.set_qos(prefetch_count=2 * self.batch_size)
        await self._channel.declare_queue(self.dead_letter_name, durable=True)
        self._queue = await self._channel.declare_queue(self.queue_name, durable=True)
        self._consumer_tag = await self._queue.consume(self._inbox.put, no_ack=False)

    async def next_batch(self, max_count: int, wait_seconds: float, linger: float) -> list[Delivery]:
        try:
            first = await asyncio.wait_for(self._inbox.get(), wait_seconds)
        except TimeoutError:
            return []
        messages = [first]
        deadline = asyncio.get_running_loop().time() + linger
        while len(messages) < max_count:
            if not self._inbox.empty():
                messages.append(self._inbox.get_nowait())
                continue
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                break
            try:
                messages.append(await asyncio.wait_for(self._inbox.get(), remaining))
            except TimeoutError:
                break
        deliveries = []
        for message in messages:
            assert message.delivery_tag is not None
            self._messages[message.delivery_tag] = message
            deliveries.append(
                Delivery(
                    body=message.body,
                    fallback_key=amqp_fallback_key(message.message_id, message.body),
                    tag=message.delivery_tag,
                    label=f"{self.queue_name} delivery {message.delivery_tag}",
                )
            )
        return deliveries

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        assert self._channel is not None
        original = self._messages[delivery.tag]
        headers: dict[str, Any] = dict(original.headers or {})
        headers[AMQP_REASON_HEADER] = _one_line(reason)
        headers[AMQP_SOURCE_HEADER] = self.queue_name
        await self._channel.default_exchange.publish(
            aio_pika.Message(
                original.body,
                headers=headers,
                content_type=original.content_type,
                message_id=original.message_id,
                correlation_id=original.correlation_id,
                delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
            ),
            routing_key=self.dead_letter_name,
        )

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        for delivery in deliveries:
            await self._messages.pop(delivery.tag).ack()

    async def close(self) -> None:
        """Stop consuming; prefetched messages nobody acknowledged go back to the queue with the channel."""
        if self._queue is not None and self._consumer_tag is not None:
            await self._queue.cancel(self._consumer_tag)
        if self._connection is not None:
            await self._connection.close()


# -------------------------------------------------------------------------------------------- NATS JetStream


class JetStreamSource:
    """A pull consumer (durable, explicit acks) on an existing JetStream stream; `queue` is the stream name.

    The dead-letter target is a subject (default `dead-letter.<stream>`); a stream named after it is created
    when no stream captures it, and a subject the source stream itself captures is refused (it would loop).
    """

    def __init__(
        self,
        url: str,
        stream: str,
        dead_letter: str | None,
        *,
        consumer: str = DEFAULT_NATS_CONSUMER,
        ack_wait: float = DEFAULT_NATS_ACK_WAIT_SECONDS,
        batch_size: int,
    ) -> None:
        self.url = url
        self.stream = stream
        self.dead_letter_subject = dead_letter or f"dead-letter.{stream}"
        self.consumer = consumer
        self.ack_wait = ack_wait
        self.batch_size = batch_size
        self._client: NatsClient | None = None
        self._subscription: Any = None
        self._messages: dict[int, NatsMsg] = {}

    async def open(self) -> None:
        try:
            self._client = await nats.connect(
                self.url, connect_timeout=5, max_reconnect_attempts=0, allow_reconnect=False
            )
        except (OSError, nats.errors.Error) as exc:
            raise BrokerError(f"cannot connect to NATS at {redact_broker_url(self.url)}: {exc}") from exc
        js = self._client.jetstream()
        try:
            await js.stream_info(self.stream)
        except nats.js.errors.NotFoundError:
            await self._client.close()
            raise BrokerError(
                f"no JetStream stream named {self.stream!r} at {redact_broker_url(self.url)}"
            ) from None
        await self._ensure_dead_letter_stream(js)
        await js.add_consumer(
            self.stream,
            ConsumerConfig(
                durable_name=self.consumer,
                ack_policy=AckPolicy.EXPLICIT,
                deliver_policy=DeliverPolicy.ALL,
                ack_wait=self.ack_wait,
                max_ack_pending=max(1000, 2 * self.batch_size),
            ),
        )
        self._subscription = await js.pull_subscribe_bind(durable=self.consumer, stream=self.stream)

    async def _ensure_dead_letter_stream(self, js: Any) -> None:
        try:
            owner = await js.find_stream_name_by_subject(self.dead_letter_subject)
        except nats.js.errors.NotFoundError:
            name = re.sub(r"[^A-Za-z0-9_-]", "_", self.dead_letter_subject)
            await js.add_stream(StreamConfig(name=name, subjects=[self.dead_letter_subject]))
            return
        if owner == self.stream:
            raise BrokerError(
                f"dead-letter subject {self.dead_letter_subject!r} belongs to the source stream {self.stream!r}"
            )

    async def next_batch(self, max_count: int, wait_seconds: float, linger: float) -> list[Delivery]:
        try:
            messages = await self._subscription.fetch(max_count, timeout=wait_seconds)
        except nats.errors.TimeoutError:
            return []
        deliveries = []
        for message in messages:
            sequence = message.metadata.sequence.stream
            self._messages[sequence] = message
            deliveries.append(
                Delivery(
                    body=message.data,
                    fallback_key=nats_fallback_key(self.stream, sequence),
                    tag=sequence,
                    label=f"{self.stream} sequence {sequence}",
                )
            )
        return deliveries

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        assert self._client is not None
        sequence = delivery.tag
        original = self._messages[sequence]
        headers = dict(original.headers or {})
        headers.update(
            {
                NATS_REASON_HEADER: _one_line(reason),
                NATS_SOURCE_HEADER: self.stream,
                NATS_SEQUENCE_HEADER: str(sequence),
            }
        )
        await self._client.jetstream().publish(self.dead_letter_subject, original.data, headers=headers)

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        for delivery in deliveries:
            await self._messages.pop(delivery.tag).ack()
        assert self._client is not None
        await self._client.flush()

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()


# ---------------------------------------------------------------------------------------------- wiring


def broker_kind(url: str) -> Broker:
    scheme = urlsplit(url).scheme
    if scheme in ("amqp", "amqps"):
        return Broker.RABBITMQ
    if scheme in ("nats", "tls"):
        return Broker.NATS
    raise BrokerError(f"unsupported broker URL {redact_broker_url(url)!r}: use amqp://... or nats://...")


@asynccontextmanager
async def open_source(
    url: str,
    queue: str,
    dead_letter: str | None = None,
    *,
    batch_size: int = DEFAULT_BATCH_SIZE,
    nats_consumer: str = DEFAULT_NATS_CONSUMER,
    nats_ack_wait: float = DEFAULT_NATS_ACK_WAIT_SECONDS,
) -> AsyncIterator[MessageSource]:
    """The broker queue named by `url` and `queue`, consuming until the block ends."""
    source: RabbitMQSource | JetStreamSource
    if broker_kind(url) is Broker.RABBITMQ:
        source = RabbitMQSource(url, queue, dead_letter, batch_size=batch_size)
    else:
        source = JetStreamSource(
            url, queue, dead_letter, consumer=nats_consumer, ack_wait=nats_ack_wait, batch_size=batch_size
        )
    await source.open()
    try:
        yield source
    except (aio_pika.exceptions.AMQPError, nats.errors.Error) as exc:
        raise BrokerError(
            f"lost the broker at {redact_broker_url(url)}: {type(exc).__name__}: {exc}"
        ) from exc
    finally:
        with suppress(aio_pika.exceptions.AMQPError, nats.errors.Error, OSError):  # already gone is closed
            await source.close()


def redact_broker_url(url: str) -> str:
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
