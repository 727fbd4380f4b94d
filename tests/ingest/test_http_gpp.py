"""HTTP ingestion of GPP strings: each consent field that reads 1 is an opt-out; 2 and 0 record nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from optout_recall.db import create_engine
from optout_recall.ingest.http import create_app
from optout_recall.ledger import Ledger
from optout_recall.payloads import Choice
from optout_recall.rules import load_rules

ALL_OPTED_OUT = "DBABLA~CVVVkkkkkpFY.YA"  # usnat: SaleOptOut, SharingOptOut, TargetedAdvertisingOptOut all 1
NOT_OPTED_OUT = "DBABLA~CVQqAAAACg"  # usnat: SaleOptOut 0, SharingOptOut and TargetedAdvertisingOptOut 2


@pytest.fixture
async def ledger(tmp_path: Path) -> AsyncIterator[Ledger]:
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    yield ledger
    await engine.dispose()


def client(ledger: Ledger) -> httpx.AsyncClient:
    app = create_app(ledger, load_rules())
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://ingest")


async def test_a_gpp_string_records_an_opt_out_per_field_that_reads_1(ledger: Ledger) -> None:
    body = {"subject_id": "u1", "jurisdiction": "US-VA", "request_id": "r1", "gpp": ALL_OPTED_OUT}
    async with client(ledger) as http:
        recorded = await http.post("/v1/signals", json=body)
        retried = await http.post("/v1/signals", json=body)

    assert recorded.status_code == 200
    assert recorded.json()["gpc"] is False
    assert [
        (item["purpose"], item["source"], item["gpp_section"]) for item in recorded.json()["recorded"]
    ] == [
        ("sale", "web", "usnat"),
        ("sharing", "web", "usnat"),
        ("targeted_advertising", "web", "usnat"),
    ]
    assert retried.json()["recorded"] == recorded.json()["recorded"]
    history = await ledger.history("u1")
    assert [(e.purpose, e.choice, e.jurisdiction) for e in history] == [
        ("sale", Choice.OPT_OUT, "US-VA"),
        ("sharing", Choice.OPT_OUT, "US-VA"),
        ("targeted_advertising", Choice.OPT_OUT, "US-VA"),
    ]
    assert all(e.channel_metadata and e.channel_metadata["gpp"] == ALL_OPTED_OUT for e in history)


async def test_did_not_opt_out_records_no_consent(ledger: Ledger) -> None:
    async with client(ledger) as http:
        response = await http.post(
            "/v1/signals", json={"subject_id": "u2", "jurisdiction": "US-VA", "gpp": NOT_OPTED_OUT}
        )

    assert response.status_code == 200
    assert response.json()["recorded"] == []
    assert await ledger.history("u2") == []


async def test_sec_gpc_and_a_gpp_string_both_count(ledger: Ledger) -> None:
    body = {"subject_id": "u3", "jurisdiction": "US-CA", "gpp": "DBABBg~BVWSSSVY.YA"}
    async with client(ledger) as http:
        response = await http.post("/v1/signals", json=body, headers={"Sec-GPC": "1"})

    assert response.json()["gpc"] is True
    assert [(item["purpose"], item["source"]) for item in response.json()["recorded"]] == [
        ("sale", "gpc"),
        ("sharing", "gpc"),
        ("sale", "web"),
        ("sharing", "web"),
    ]


async def test_the_gpc_bit_without_the_header_is_a_gpc_signal(ledger: Ledger) -> None:
    """usca with its GPC sub-section true, posted without Sec-GPC: California's GPC purposes, as source gpc."""
    body = {"subject_id": "u5", "jurisdiction": "US-CA", "request_id": "r5", "gpp": "DBABBg~BVWSSSVY.YA"}
    async with client(ledger) as http:
        response = await http.post("/v1/signals", json=body)

    assert [(item["purpose"], item["source"]) for item in response.json()["recorded"]] == [
        ("sale", "web"),
        ("sharing", "web"),
        ("sale", "gpc"),
        ("sharing", "gpc"),
    ]
    gpc = [e for e in await ledger.history("u5") if e.source == "gpc"]
    assert [e.idempotency_key for e in gpc] == ["gpp:r5:usca:gpc:sale", "gpp:r5:usca:gpc:sharing"]
    assert all(e.channel_metadata and e.channel_metadata["gpp_field"] == "Gpc" for e in gpc)


@pytest.mark.parametrize(
    ("gpp", "message"),
    [
        ("DBABLA~CVVVkk", "the usnat core segment ends inside"),
        ("CPSG_8APSG_8ANwAAAENAwCAAAAAAAAAAAAAAAAAAAAA", "TCF v2 TC string"),
        ("DBABLA~C___kkkkkpFY", "usnat.SharingNotice is 3"),
    ],
)
async def test_a_bad_gpp_string_gets_422_naming_it_and_writes_nothing(
    ledger: Ledger, gpp: str, message: str
) -> None:
    async with client(ledger) as http:
        response = await http.post(
            "/v1/signals",
            json={"subject_id": "u4", "jurisdiction": "US-CA", "gpp": gpp},
            headers={"Sec-GPC": "1"},
        )

    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["field"] == "gpp" and message in problem["message"]
    assert await ledger.history("u4") == []
