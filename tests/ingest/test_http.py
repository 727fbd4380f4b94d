"""The HTTP ingestion endpoint: Sec-GPC read exactly as the GPC specification says."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import pytest

from optout_recall.db import create_engine
from optout_recall.ingest.http import create_app, gpc_opt_out
from optout_recall.ledger import Ledger
from optout_recall.payloads import Choice, GpcPolicy
from optout_recall.rules import load_rules


@pytest.fixture
async def ledger(tmp_path: Path) -> AsyncIterator[Ledger]:
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    yield ledger
    await engine.dispose()


def client(ledger: Ledger, policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED, **options: Any) -> httpx.AsyncClient:
    app = create_app(ledger, load_rules(), gpc_policy=policy, **options)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest")


@pytest.mark.parametrize(
    ("value", "opted_out"), [("1", True), ("0", False), ("true", False), (" 1 ", False), (None, False)]
)
def test_only_the_exact_value_1_is_an_opt_out(value: str | None, opted_out: bool) -> None:
    assert gpc_opt_out(value) is opted_out


async def test_well_known_gpc_json(ledger: Ledger) -> None:
    async with client(ledger) as http:
        response = await http.get("/.well-known/gpc.json")

    assert response.json() == {"gpc": True, "lastUpdate": "2026-11-27"}


async def test_gpc_records_the_purposes_gpc_covers_there(ledger: Ledger) -> None:
    body = {"subject_id": "u1", "jurisdiction": "US-CA", "request_id": "r1"}
    async with client(ledger) as http:
        recorded = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})
        retried = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})
        ignored = await http.post(
            "/v1/signals", json={**body, "subject_id": "u2"}, headers={"Sec-GPC": "yes"}
        )

    assert [item["purpose"] for item in recorded.json()["recorded"]] == ["sale", "sharing"]
    assert retried.json()["recorded"] == recorded.json()["recorded"]
    assert ignored.json() == {"gpc": False, "recorded": []}
    history = await ledger.history("u1")
    assert [(item.purpose, item.choice, item.source.value) for item in history] == [
        ("sale", Choice.OPT_OUT, "gpc"),
        ("sharing", Choice.OPT_OUT, "gpc"),
    ]
    assert await ledger.history("u2") == []


async def test_gpc_without_a_mandate_records_nothing_unless_policy_is_everywhere(ledger: Ledger) -> None:
    body = {"subject_id": "u3", "jurisdiction": "US-VA"}
    async with client(ledger) as http:
        where_required = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})
    async with client(ledger, GpcPolicy.EVERYWHERE) as http:
        everywhere = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})

    assert where_required.json()["recorded"] == []
    assert len(everywhere.json()["recorded"]) == 3


async def test_invalid_body_names_the_field(ledger: Ledger) -> None:
    async with client(ledger) as http:
        response = await http.post("/v1/signals", json={"subject_id": "u", "jurisdiction": "California"})

    assert response.status_code == 422
    assert response.json()["detail"][0]["field"] == "jurisdiction"


def entry_body(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "subject_id": "u1",
        "purpose": "sale",
        "choice": "opt_out",
        "source": "api",
        "jurisdiction": "US-CA",
        "observed_at": "2026-03-01T10:00:00-08:00",
        "idempotency_key": "choice-1",
    }
    body.update(changes)
    return body


class CountingReceive:
    """An ASGI request body in chunks, counting how many the app took: what it held in memory at most."""

    def __init__(self, chunk: bytes, chunks: int) -> None:
        self.chunk = chunk
        self.left = chunks
        self.taken = 0

    async def __call__(self) -> dict[str, Any]:
        self.left -= 1
        self.taken += 1
        return {"type": "http.request", "body": self.chunk, "more_body": self.left > 0}


async def call_asgi(
    ledger: Ledger, receive: CountingReceive, headers: list[tuple[bytes, bytes]], **options: Any
) -> tuple[int, dict[str, Any]]:
    app = create_app(ledger, load_rules(), **options)
    sent: list[MutableMapping[str, Any]] = []

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/entries",
        "raw_path": b"/v1/entries",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"ingest"), *headers],
        "server": ("ingest", 80),
        "client": ("127.0.0.1", 1234),
    }
    await app(scope, receive, send)
    [start] = [message for message in sent if message["type"] == "http.response.start"]
    body = b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")
    return start["status"], json.loads(body)


async def test_a_declared_body_over_the_limit_gets_413_without_a_byte_of_it_read(ledger: Ledger) -> None:
    receive = CountingReceive(b"A" * 65_536, chunks=320)  # 20 MiB
    headers = [(b"content-type", b"application/json"), (b"content-length", str(20 * 2**20).encode())]

    status, body = await call_asgi(ledger, receive, headers)

    assert (status, body["error"]) == (413, "body too large")
    assert body["detail"] == "at most 65536 bytes are accepted"
    assert receive.taken == 0
    assert await ledger.chain_head() == (0, "0" * 64)


async def test_a_streamed_body_is_cut_off_as_soon_as_it_passes_the_limit(ledger: Ledger) -> None:
    receive = CountingReceive(b"A" * 4096, chunks=5120)  # 20 MiB, no Content-Length

    status, body = await call_asgi(ledger, receive, [(b"content-type", b"application/json")])

    assert (status, body["error"]) == (413, "body too large")
    assert receive.taken == 65_536 // 4096 + 1  # the chunk that crossed the limit, and not one more


async def test_the_body_limit_is_configurable(ledger: Ledger) -> None:
    body = json.dumps(entry_body()).encode()
    async with client(ledger, max_body_bytes=len(body) - 1) as http:
        refused = await http.post("/v1/entries", content=body, headers={"content-type": "application/json"})
    async with client(ledger, max_body_bytes=len(body)) as http:
        accepted = await http.post("/v1/entries", content=body, headers={"content-type": "application/json"})

    assert refused.status_code == 413
    assert accepted.status_code == 201


async def test_twenty_megabytes_of_channel_metadata_get_413_and_leave_the_ledger_as_it_was(
    ledger: Ledger,
) -> None:
    body = entry_body(channel_metadata={"blob": "A" * 20_000_000})
    async with client(ledger) as http:
        response = await http.post("/v1/entries", json=body)

    assert response.status_code == 413
    assert await ledger.chain_head() == (0, "0" * 64)


async def test_channel_metadata_over_its_limit_gets_422_even_under_a_larger_body_limit(
    ledger: Ledger,
) -> None:
    over = entry_body(channel_metadata={"blob": "A" * 8200})
    at_limit = entry_body(
        idempotency_key="fits", channel_metadata={"blob": "A" * (8192 - len('{"blob":""}'))}
    )
    async with client(ledger, max_body_bytes=2**25) as http:
        refused = await http.post("/v1/entries", json=over)
        accepted = await http.post("/v1/entries", json=at_limit)
        signal = await http.post(
            "/v1/signals",
            json={"subject_id": "u9", "jurisdiction": "US-CA", "channel_metadata": {"blob": "A" * 8200}},
            headers={"Sec-GPC": "1"},
        )

    assert refused.status_code == 422
    [problem] = refused.json()["detail"]
    assert problem["field"] == "channel_metadata"
    assert "is 8211 bytes as JSON; at most 8192 are accepted" in problem["message"]
    assert accepted.status_code == 201
    assert signal.status_code == 422
    assert signal.json()["detail"][0]["field"] == "channel_metadata"
    assert [entry.idempotency_key for entry in await ledger.history("u1")] == ["fits"]
    assert await ledger.history("u9") == []


async def test_a_lower_metadata_limit_can_be_set(ledger: Ledger) -> None:
    async with client(ledger, max_metadata_bytes=100) as http:
        response = await http.post("/v1/entries", json=entry_body(channel_metadata={"blob": "A" * 200}))

    assert response.status_code == 422
    assert "at most 100 are accepted" in response.json()["detail"][0]["message"]


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", None],
)
@pytest.mark.parametrize("path", ["/v1/entries", "/v1/signals"])
async def test_a_content_type_other_than_json_gets_415(
    ledger: Ledger, path: str, content_type: str | None
) -> None:
    headers = {"Sec-GPC": "1"} | ({"content-type": content_type} if content_type else {})
    body = entry_body() if path == "/v1/entries" else {"subject_id": "u1", "jurisdiction": "US-CA"}
    async with client(ledger) as http:
        response = await http.post(path, content=json.dumps(body).encode(), headers=headers)

    assert response.status_code == 415
    assert response.json()["error"] == "unsupported content type"
    assert await ledger.chain_head() == (0, "0" * 64)


@pytest.mark.parametrize(
    "content_type", ["application/json; charset=utf-8", "Application/JSON", "application/x+json"]
)
async def test_json_with_parameters_or_a_json_suffix_is_json(ledger: Ledger, content_type: str) -> None:
    async with client(ledger) as http:
        response = await http.post(
            "/v1/entries", content=json.dumps(entry_body()).encode(), headers={"content-type": content_type}
        )

    assert response.status_code == 201


async def test_the_same_key_with_another_choice_gets_409_naming_it_and_nothing_is_written(
    ledger: Ledger,
) -> None:
    async with client(ledger) as http:
        first = await http.post("/v1/entries", json=entry_body())
        changed = await http.post("/v1/entries", json=entry_body(choice="opt_in", jurisdiction="US-CO"))

    assert (first.status_code, first.json()) == (201, {"seq": 1})
    assert changed.status_code == 409
    conflict = changed.json()
    assert conflict["error"] == "idempotency key conflict"
    assert (conflict["idempotency_key"], conflict["seq"]) == ("choice-1", 1)
    assert conflict["conflicting_fields"] == ["choice", "jurisdiction"]
    assert "already recorded (seq 1) with a different choice, jurisdiction" in conflict["detail"]
    [stored] = await ledger.history("u1")
    assert stored.choice == Choice.OPT_OUT
    assert (await ledger.chain_head())[0] == 1


async def test_the_same_key_with_the_same_payload_gets_200_and_the_original_seq(ledger: Ledger) -> None:
    async with client(ledger) as http:
        first = await http.post("/v1/entries", json=entry_body())
        other = await http.post("/v1/entries", json=entry_body(idempotency_key="choice-2"))
        retried = await http.post("/v1/entries", json=entry_body())
        same_instant = await http.post("/v1/entries", json=entry_body(observed_at="2026-03-01T18:00:00Z"))
        later = await http.post("/v1/entries", json=entry_body(observed_at="2026-03-01T18:00:01Z"))

    assert (first.status_code, first.json()) == (201, {"seq": 1})
    assert (other.status_code, other.json()) == (201, {"seq": 2})
    assert (retried.status_code, retried.json()) == (200, {"seq": 1})
    assert (same_instant.status_code, same_instant.json()) == (200, {"seq": 1})
    assert (later.status_code, later.json()["conflicting_fields"]) == (409, ["observed_at"])
    assert (await ledger.chain_head())[0] == 2


async def test_concurrent_posts_of_one_key_with_two_choices_record_one_and_refuse_the_other(
    ledger: Ledger,
) -> None:
    choices = ["opt_out", "opt_in"] * 5
    async with client(ledger) as http:
        responses = await asyncio.gather(
            *(http.post("/v1/entries", json=entry_body(choice=choice)) for choice in choices)
        )

    [stored] = await ledger.history("u1")
    answers = list(zip(choices, responses, strict=True))
    same = [response for choice, response in answers if choice == stored.choice.value]
    other = [response for choice, response in answers if choice != stored.choice.value]
    assert sorted(response.status_code for response in same) == [200, 200, 200, 200, 201]
    assert all(response.json() == {"seq": stored.seq} for response in same)
    assert [response.status_code for response in other] == [409] * 5
    assert all(response.json()["conflicting_fields"] == ["choice"] for response in other)


async def test_a_retried_signal_for_another_subject_gets_409_and_nothing_is_written(ledger: Ledger) -> None:
    body = {"subject_id": "u1", "jurisdiction": "US-CA", "request_id": "r1"}
    async with client(ledger) as http:
        first = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})
        forged = await http.post("/v1/signals", json={**body, "subject_id": "u2"}, headers={"Sec-GPC": "1"})

    assert first.status_code == 200
    assert forged.status_code == 409
    assert forged.json()["conflicting_fields"] == ["subject_id"]
    assert await ledger.history("u2") == []
    assert (await ledger.chain_head())[0] == 2
