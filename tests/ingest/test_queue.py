"""Queue ingestion against the real brokers: RabbitMQ on 5672 and NATS JetStream on 4222.

Every test gets its own queue or stream. The crash tests run `recall ledger consume` in a subprocess, kill it
with SIGKILL while a batch is written but not committed, restart it and count what the ledger holds.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import aio_pika
import nats
import pytest
from aio_pika.abc import AbstractIncomingMessage
from typer.testing import CliRunner

from optout_recall.cli.ledger import app
from optout_recall.db import create_engine
from optout_recall.ingest import queue as queue_module
from optout_recall.ingest.queue import (
    AMQP_REASON_HEADER,
    NATS_REASON_HEADER,
    ConsumeResult,
    Delivery,
    MessageSource,
    QueueConsumer,
    amqp_fallback_key,
    nats_fallback_key,
    open_source,
)
from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.store import PendingRow

AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/"
NATS_URL = "nats://127.0.0.1:4222"


def message(index: int, *, key: bool = True, **changes: Any) -> bytes:
    body: dict[str, Any] = {
        "subject_id": f"subject-{index}",
        "purpose": "sale",
        "choice": "opt_out",
        "source": "queue",
        "jurisdiction": "US-CA",
        "observed_at": f"2026-03-01T10:{index % 60:02d}:00-08:00",
    }
    if key:
        body["idempotency_key"] = f"msg-{index}"
    body.update(changes)
    return json.dumps(body).encode()


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
async def ledger(ledger_path: Path) -> AsyncIterator[Ledger]:
    engine = create_engine(f"sqlite:///{ledger_path}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    yield ledger
    await engine.dispose()


def ledger_keys(path: Path) -> list[str]:
    with sqlite3.connect(path) as database:
        return [key for (key,) in database.execute("SELECT idempotency_key FROM consent_ledger ORDER BY seq")]


async def consume(
    ledger: Ledger, url: str, queue: str, count: int, **options: Any
) -> tuple[ConsumeResult, MessageSource]:
    async with asyncio.timeout(20), open_source(url, queue, **options) as source:
        result = await QueueConsumer(ledger, source, batch_size=10).run(asyncio.Event(), max_messages=count)
    return result, source


# ---------------------------------------------------------------------------------------------- RabbitMQ


@pytest.fixture
async def amqp() -> AsyncIterator[aio_pika.abc.AbstractChannel]:
    connection = await aio_pika.connect(AMQP_URL)
    channel = await connection.channel()
    yield channel
    await connection.close()


@pytest.fixture
async def amqp_queue(amqp: aio_pika.abc.AbstractChannel) -> AsyncIterator[str]:
    name = f"test-consent-{uuid.uuid4().hex[:12]}"
    await amqp.declare_queue(name, durable=True)
    yield name
    for queue in (name, f"{name}.dead-letter"):
        await amqp.queue_delete(queue)


async def publish(
    channel: aio_pika.abc.AbstractChannel,
    queue: str,
    bodies: Sequence[bytes],
    message_ids: Sequence[str] = (),
) -> None:
    for index, body in enumerate(bodies):
        message_id = message_ids[index] if index < len(message_ids) else None
        await channel.default_exchange.publish(
            aio_pika.Message(body, message_id=message_id), routing_key=queue
        )


async def ready_count(channel: aio_pika.abc.AbstractChannel, queue: str) -> int:
    declared = await channel.declare_queue(queue, passive=True)
    return int(declared.declaration_result.message_count or 0)


async def test_rabbitmq_messages_become_entries_and_leave_the_queue(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    bodies = [message(0), message(1), message(2, key=False)]
    await publish(amqp, amqp_queue, bodies, message_ids=["id-0", "id-1", "id-2"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 3)

    assert (result.received, result.recorded, result.duplicates, result.dead_lettered) == (3, 3, 0, 0)
    assert ledger_keys(ledger_path) == ["msg-0", "msg-1", "amqp:message-id:id-2"]
    [stored] = await ledger.history("subject-1")
    assert stored.observed_at.isoformat() == "2026-03-01T18:01:00+00:00"
    assert (await ledger.verify()).ok
    assert await ready_count(amqp, amqp_queue) == 0


class AckNeverArrives:
    """A worker that dies after its commit and before its acks: the broker keeps the messages."""

    def __init__(self, source: MessageSource) -> None:
        self.source = source

    async def next_batch(self, max_count: int, wait_seconds: float, linger: float) -> list[Delivery]:
        return await self.source.next_batch(max_count, wait_seconds, linger)

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        await self.source.dead_letter(delivery, reason)

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        raise ConnectionResetError("worker killed before acknowledging")

    async def close(self) -> None:
        await self.source.close()


async def test_rabbitmq_redelivery_after_commit_is_recorded_once(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    await publish(amqp, amqp_queue, [message(0), message(1, key=False)], message_ids=["a", "b"])
    with pytest.raises(ConnectionResetError, match="worker killed before acknowledging"):
        async with open_source(AMQP_URL, amqp_queue) as source:
            await QueueConsumer(ledger, AckNeverArrives(source)).run(asyncio.Event(), max_messages=2)
    assert len(ledger_keys(ledger_path)) == 2

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 2)

    assert (result.received, result.recorded, result.duplicates) == (2, 0, 2)
    assert ledger_keys(ledger_path) == ["msg-0", "amqp:message-id:b"]
    assert await ready_count(amqp, amqp_queue) == 0


async def test_rabbitmq_publisher_retries_are_recorded_once(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    retried = [message(0), message(0), message(1, key=False), message(1, key=False)]
    await publish(amqp, amqp_queue, retried, message_ids=["x", "y", "retry-1", "retry-1"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 4)

    assert (result.recorded, result.duplicates) == (2, 2)
    assert ledger_keys(ledger_path) == ["msg-0", "amqp:message-id:retry-1"]


def test_amqp_key_without_a_message_id_is_the_body_digest() -> None:
    body = message(1, key=False)

    assert amqp_fallback_key(None, body) == amqp_fallback_key(None, body)
    assert amqp_fallback_key(None, body).startswith("amqp:sha256:")
    assert amqp_fallback_key("\n" * 3, body).startswith("amqp:message-id-sha256:")


async def test_rabbitmq_malformed_messages_go_to_the_dead_letter_queue_with_the_reason(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    bad_json = b'{"subject_id": "s", '
    bad_field = message(1, jurisdiction="California")
    await publish(amqp, amqp_queue, [bad_json, message(0), bad_field], message_ids=["bad-0", "ok", "bad-1"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 3)

    assert (result.recorded, result.dead_lettered) == (1, 2)
    assert ledger_keys(ledger_path) == ["msg-0"]
    assert await ready_count(amqp, amqp_queue) == 0
    dead_queue = await amqp.declare_queue(f"{amqp_queue}.dead-letter", passive=True)
    dead: list[AbstractIncomingMessage] = []
    for _ in range(2):
        got = await dead_queue.get(timeout=5)
        assert got is not None
        dead.append(got)
        await got.ack()
    by_id = {item.message_id: item for item in dead}
    assert by_id["bad-0"].body == bad_json
    assert str(by_id["bad-0"].headers[AMQP_REASON_HEADER]).startswith("(json): not a JSON object")
    assert by_id["bad-1"].body == bad_field
    assert str(by_id["bad-1"].headers[AMQP_REASON_HEADER]).startswith("jurisdiction: String should match")


# usnat: SaleOptOut, SharingOptOut and TargetedAdvertisingOptOut 1, GPC sub-section true (iabgpp-es).
GPP_ALL_OPTED_OUT = "DBABLA~CVVVkkkkkpFY.YA"


def gpp_message(gpp: str, **changes: Any) -> bytes:
    body: dict[str, Any] = {
        "subject_id": "subject-gpp",
        "gpp": gpp,
        "source": "queue",
        "jurisdiction": "US-CO",
        "observed_at": "2026-03-01T10:00:00-07:00",
        "channel_metadata": {"cmp": "acme"},
    }
    body.update(changes)
    return json.dumps(body).encode()


async def test_a_gpp_message_becomes_its_opt_outs_once_even_when_redelivered(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    """Three fields that read 1 and the GPC bit's two Colorado purposes; a redelivery records nothing."""
    body = gpp_message(GPP_ALL_OPTED_OUT)
    await publish(amqp, amqp_queue, [body, body], message_ids=["cmp-7", "cmp-7"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 2)

    assert (result.received, result.recorded, result.duplicates, result.dead_lettered) == (2, 5, 5, 0)
    assert ledger_keys(ledger_path) == [
        "amqp:message-id:cmp-7:usnat:sale",
        "amqp:message-id:cmp-7:usnat:sharing",
        "amqp:message-id:cmp-7:usnat:targeted_advertising",
        "amqp:message-id:cmp-7:usnat:gpc:targeted_advertising",
        "amqp:message-id:cmp-7:usnat:gpc:sale",
    ]
    history = await ledger.history("subject-gpp")
    assert {(e.source, e.choice) for e in history} == {("queue", "opt_out"), ("gpc", "opt_out")}
    assert all(e.channel_metadata and e.channel_metadata["gpp"] == GPP_ALL_OPTED_OUT for e in history)


async def test_a_bad_gpp_message_is_dead_lettered_naming_the_string(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    bad = gpp_message("DBABLA~CVVVkk")
    metadata_only = message(0, channel_metadata={"gpp": "not read: it is metadata"})
    await publish(amqp, amqp_queue, [bad, metadata_only], message_ids=["bad-gpp", "ok"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 2)

    assert (result.recorded, result.dead_lettered) == (1, 1)
    assert ledger_keys(ledger_path) == ["msg-0"]
    dead_queue = await amqp.declare_queue(f"{amqp_queue}.dead-letter", passive=True)
    got = await dead_queue.get(timeout=5)
    assert got is not None and got.message_id == "bad-gpp"
    await got.ack()
    assert str(got.headers[AMQP_REASON_HEADER]).startswith("gpp: Value error, the usnat core segment ends")


def start_consumer(ledger_path: Path, broker: str, queue: str, *extra: str) -> subprocess.Popen[str]:
    command = [
        sys.executable, "-m", "optout_recall.cli.main", "ledger", "consume",
        "--ledger-url", f"sqlite:///{ledger_path}", "--broker", broker, "--queue", queue,
        "--batch-size", "40", *extra,
    ]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def ledger_count(path: Path) -> int:
    try:
        with sqlite3.connect(path) as database:
            return int(database.execute("SELECT count(*) FROM consent_ledger").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


async def wait_for(condition: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not await condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {seconds}s waiting for {what}")
        await asyncio.sleep(0.05)


async def kill_in_flight_then_finish(
    ledger: Ledger,
    ledger_path: Path,
    broker: str,
    queue: str,
    total: int,
    undelivered: Callable[[], Awaitable[int]],
    *extra: str,
) -> None:
    """SIGKILL the worker while a batch sits written but uncommitted, restart it, then stop it with SIGTERM."""
    worker = start_consumer(ledger_path, broker, queue, "--pause-before-commit", "1.5", *extra)
    # The log is read as it comes: a batch is in the ledger a moment before its "committed and
    # acknowledged" line (the ack comes in between), so waiting on the ledger alone could kill the worker
    # between the two and find one line fewer than batches.
    log_lines: list[str] = []

    def read_log() -> None:
        assert worker.stderr is not None
        for log_line in worker.stderr:
            log_lines.append(log_line)

    reader = threading.Thread(target=read_log, daemon=True)
    reader.start()

    def committed_lines() -> list[str]:
        return [log_line for log_line in list(log_lines) if "committed and acknowledged" in log_line]

    async def two_batches_committed() -> bool:
        assert worker.poll() is None, "".join(log_lines)
        return len(committed_lines()) >= 2

    async def next_batch_received() -> bool:
        return total - await undelivered() > ledger_count(ledger_path)

    await wait_for(two_batches_committed, 30, "the first worker to commit two batches")
    await wait_for(next_batch_received, 10, "the first worker to receive a batch it has not committed")
    worker.send_signal(signal.SIGKILL)  # inside that batch's pause: written, not committed, not acknowledged
    worker.wait(timeout=15)
    reader.join(timeout=10)  # stderr is the reader's alone: communicate() here could take its last lines
    assert worker.stdout is not None
    worker.stdout.close()
    log = "".join(log_lines)
    at_kill = ledger_count(ledger_path)
    committed_batches = [
        int(count) for count in re.findall(r"committed and acknowledged: (\d+) recorded", log)
    ]
    assert at_kill < total
    assert sum(committed_batches) == at_kill, "the ledger holds entries of a batch that never committed"

    restarted = start_consumer(ledger_path, broker, queue, *extra)

    async def all_recorded() -> bool:
        assert restarted.poll() is None, restarted.communicate()
        return ledger_count(ledger_path) >= total

    await wait_for(all_recorded, 30, f"all {total} messages in the ledger")
    await asyncio.sleep(0.5)  # let any redelivered duplicates arrive before stopping
    restarted.send_signal(signal.SIGTERM)
    output, errors = restarted.communicate(timeout=15)
    assert restarted.returncode == 0, errors
    assert output.startswith("consumed "), output

    keys = ledger_keys(ledger_path)
    assert len(keys) == total and len(set(keys)) == total
    report = await ledger.verify()
    assert report.ok and report.head_seq == total, report.summary()


async def test_rabbitmq_worker_killed_between_receive_and_commit_loses_nothing_and_doubles_nothing(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    total = 200
    bodies = [message(index, key=index % 4 != 0) for index in range(total)]
    await publish(amqp, amqp_queue, bodies, message_ids=[f"m-{index}" for index in range(total)])

    await kill_in_flight_then_finish(
        ledger, ledger_path, AMQP_URL, amqp_queue, total, lambda: ready_count(amqp, amqp_queue)
    )

    assert await ready_count(amqp, amqp_queue) == 0


# ---------------------------------------------------------------------------------------------- NATS


@pytest.fixture
async def jetstream() -> AsyncIterator[Any]:
    client = await nats.connect(NATS_URL)
    yield client.jetstream()
    await client.close()


@pytest.fixture
async def nats_stream(jetstream: Any) -> AsyncIterator[str]:
    name = f"TEST_CONSENT_{uuid.uuid4().hex[:12]}"
    await jetstream.add_stream(name=name, subjects=[f"consent.{name}"])
    yield name
    for stream in (name, f"dead-letter_{name}"):
        try:
            await jetstream.delete_stream(stream)
        except nats.js.errors.NotFoundError:
            pass


async def test_nats_entries_dedupe_by_stream_sequence_and_malformed_go_to_dead_letter(
    ledger: Ledger, ledger_path: Path, jetstream: Any, nats_stream: str
) -> None:
    subject = f"consent.{nats_stream}"
    for body in (message(0), message(0), message(1, key=False), b"not json"):
        await jetstream.publish(subject, body)

    result, _ = await consume(ledger, NATS_URL, nats_stream, 4)

    assert (result.recorded, result.duplicates, result.dead_lettered) == (2, 1, 1)
    assert ledger_keys(ledger_path) == ["msg-0", f"nats:{nats_stream}:3"]
    dead = await jetstream.get_last_msg(f"dead-letter_{nats_stream}", f"dead-letter.{nats_stream}")
    assert dead.data == b"not json"
    assert dead.headers[NATS_REASON_HEADER].startswith("(json): not a JSON object")
    info = await jetstream.consumer_info(nats_stream, "recall-ledger")
    assert (info.num_pending, info.num_ack_pending) == (0, 0)


async def test_nats_worker_killed_between_receive_and_commit_loses_nothing_and_doubles_nothing(
    ledger: Ledger, ledger_path: Path, jetstream: Any, nats_stream: str
) -> None:
    total = 200
    for index in range(total):
        await jetstream.publish(f"consent.{nats_stream}", message(index, key=index % 4 != 0))

    async def undelivered() -> int:
        info = await jetstream.consumer_info(nats_stream, "recall-ledger")
        return int(info.num_pending)

    await kill_in_flight_then_finish(
        ledger, ledger_path, NATS_URL, nats_stream, total, undelivered, "--nats-ack-wait", "1"
    )

    info = await jetstream.consumer_info(nats_stream, "recall-ledger")
    assert (info.num_pending, info.num_ack_pending) == (0, 0)


def test_consume_refuses_an_unknown_broker_url(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "consume",
            "--ledger-url",
            f"sqlite:///{tmp_path / 'l.db'}",
            "--broker",
            "kafka://x",
            "--queue",
            "q",
        ],
    )

    assert result.exit_code == 2
    assert result.stderr.startswith("recall: unsupported broker URL 'kafka://x'")


# ---------------------------------------------------------------------------------------------- poison pills

BEFORE_UTC = "0001-01-01T00:00:00+14:00"  # 0000-12-31T10:00Z: converting it to UTC overflows
AFTER_UTC = "9999-12-31T23:59:59-14:00"  # 10000-01-01T13:59:59Z


async def dead_letters(
    channel: aio_pika.abc.AbstractChannel, queue: str, count: int
) -> list[AbstractIncomingMessage]:
    dead_queue = await channel.declare_queue(f"{queue}.dead-letter", passive=True)
    dead: list[AbstractIncomingMessage] = []
    for _ in range(count):
        got = await dead_queue.get(timeout=5)
        assert got is not None
        dead.append(got)
        await got.ack()
    assert await ready_count(channel, f"{queue}.dead-letter") == 0
    return dead


async def test_rabbitmq_poison_pills_are_dead_lettered_and_the_messages_behind_them_flow(
    ledger: Ledger, ledger_path: Path, amqp: aio_pika.abc.AbstractChannel, amqp_queue: str
) -> None:
    huge = message(11, channel_metadata={"blob": "A" * 20_000_000})
    bodies = [
        message(10, observed_at=BEFORE_UTC),
        message(0),
        message(12, observed_at=AFTER_UTC),
        message(1),
        huge,
        message(2),
    ]
    await publish(amqp, amqp_queue, bodies, message_ids=["before", "ok-0", "after", "ok-1", "huge", "ok-2"])

    result, _ = await consume(ledger, AMQP_URL, amqp_queue, 6)

    assert (result.received, result.recorded, result.dead_lettered) == (6, 3, 3)
    assert ledger_keys(ledger_path) == ["msg-0", "msg-1", "msg-2"]
    assert await ready_count(amqp, amqp_queue) == 0
    reasons = {
        item.message_id: str(item.headers[AMQP_REASON_HEADER])
        for item in await dead_letters(amqp, amqp_queue, 3)
    }
    assert reasons["before"].startswith("observed_at: Input should be greater than or equal to 0001-01-01")
    assert reasons["after"].startswith("observed_at: Input should be less than or equal to 9999-12-31")
    assert reasons["huge"].startswith("channel_metadata: Value error, is 20000011 bytes as JSON")
    assert (await ledger.verify()).ok


async def test_nats_consume_command_gets_past_poison_pills_and_exits_cleanly(
    ledger: Ledger, ledger_path: Path, jetstream: Any, nats_stream: str
) -> None:
    subject = f"consent.{nats_stream}"
    for body in (
        message(10, observed_at=BEFORE_UTC),
        message(0),
        message(1),
        message(11, observed_at=AFTER_UTC),
    ):
        await jetstream.publish(subject, body)
    command = [
        sys.executable, "-m", "optout_recall.cli.main", "ledger", "consume",
        "--ledger-url", f"sqlite:///{ledger_path}", "--broker", NATS_URL, "--queue", nats_stream,
        "--max-messages", "4",
    ]  # fmt: skip

    finished = await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, timeout=60)

    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stderr
    assert finished.stdout == "consumed 4 messages: 2 recorded, 0 already in the ledger, 2 dead-lettered\n"
    assert ledger_keys(ledger_path) == ["msg-0", "msg-1"]
    dead_stream = f"dead-letter_{nats_stream}"
    first = await jetstream.get_msg(dead_stream, 1)
    second = await jetstream.get_msg(dead_stream, 2)
    assert json.loads(first.data)["observed_at"] == BEFORE_UTC
    assert first.headers[NATS_REASON_HEADER].startswith("observed_at: Input should be greater than or equal")
    assert json.loads(second.data)["observed_at"] == AFTER_UTC
    assert second.headers[NATS_REASON_HEADER].startswith("observed_at: Input should be less than or equal")
    info = await jetstream.consumer_info(nats_stream, "recall-ledger")
    assert (info.num_pending, info.num_ack_pending) == (0, 0)


class ListSource:
    """An in-memory queue: the consumer's side of the protocol, with what it dead-lettered and acked."""

    def __init__(self, bodies: Sequence[bytes]) -> None:
        self.waiting = [
            Delivery(body=body, fallback_key=f"list:{index}", tag=index, label=f"list {index}")
            for index, body in enumerate(bodies)
        ]
        self.dead: list[tuple[int, str]] = []
        self.acked: list[int] = []

    async def next_batch(self, max_count: int, wait_seconds: float, linger: float) -> list[Delivery]:
        batch, self.waiting = self.waiting[:max_count], self.waiting[max_count:]
        return batch

    async def dead_letter(self, delivery: Delivery, reason: str) -> None:
        self.dead.append((delivery.tag, reason))

    async def ack(self, deliveries: Sequence[Delivery]) -> None:
        self.acked += [delivery.tag for delivery in deliveries]

    async def close(self) -> None:
        pass


async def test_a_message_that_fails_in_a_way_nobody_foresaw_is_dead_lettered_with_the_reason(
    ledger: Ledger, ledger_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_pending_row = queue_module.pending_row

    def cursed(entry: LedgerEntryInput) -> PendingRow:
        if entry.subject_id == "subject-1":
            raise RecursionError("maximum recursion depth exceeded")
        return real_pending_row(entry)

    monkeypatch.setattr(queue_module, "pending_row", cursed)
    source = ListSource([message(0), message(1), message(2)])

    result = await QueueConsumer(ledger, source, batch_size=10).run(asyncio.Event(), max_messages=3)

    assert (result.recorded, result.dead_lettered) == (2, 1)
    assert source.dead == [
        (1, "cannot be made into a ledger entry: RecursionError: maximum recursion depth exceeded")
    ]
    assert source.acked == [0, 1, 2]
    assert ledger_keys(ledger_path) == ["msg-0", "msg-2"]


def test_a_nats_key_stays_within_the_ledger_column_for_a_long_stream_name() -> None:
    long_stream = "S" * 255

    key = nats_fallback_key(long_stream, 12)

    assert len(key) <= 256
    assert key == nats_fallback_key(long_stream, 12) != nats_fallback_key(long_stream, 13)
    assert nats_fallback_key("consent", 12) == "nats:consent:12"
