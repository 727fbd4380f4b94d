"""The HTTP ingestion endpoint: Sec-GPC read exactly as the GPC specification says."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

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


def client(ledger: Ledger, policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED) -> httpx.AsyncClient:
    app = create_app(ledger, load_rules(), gpc_policy=policy)
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
