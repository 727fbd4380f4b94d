"""A destination's webhook URL and bearer token are named (a variable or file read where the worker delivers),
sent with every request, and never logged or kept in the outbox or the result; the first form, a plain URL per
destination, still decodes (running workflows hold it)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from typer.testing import CliRunner

from optout_recall.backfill.corrections import metadata, recall_outbox
from optout_recall.backfill.delivery import deliver_outbox
from optout_recall.backfill.outbox import DeliveryStatus, list_deliveries
from optout_recall.cli.backfill import app as backfill_app
from optout_recall.db import EngineCache
from optout_recall.payloads import BackfillInput, GpcPolicy, WebhookTarget
from tests.backfill.oracle import WINDOW_END, WINDOW_START
from tests.fakes import serve

TOKEN = "tok-adnet-s3cret"
SECRET_PATH = "hooks/k3ypath"


def backfill(events_url: str, destinations: dict[str, WebhookTarget]) -> BackfillInput:
    return BackfillInput(
        incident_id="INC-DELIVER",
        events_url=events_url,
        ledger_url=events_url,
        window_start=WINDOW_START,
        window_end=WINDOW_END,
        gpc_policy=GpcPolicy.EVERYWHERE,
        destinations=destinations,
        delivery_attempts=1,
    )


async def outbox_rows(engines: EngineCache, events_url: str, destinations: list[str]) -> None:
    async with engines.get(events_url).begin() as conn:
        await conn.run_sync(metadata.create_all)
        await conn.execute(
            recall_outbox.insert(),
            [
                {
                    "incident_id": "INC-DELIVER",
                    "destination": destination,
                    "subject_id": f"user-{n}",
                    "status": DeliveryStatus.PENDING.value,
                    "attempts": 0,
                    "created_at": datetime.now(UTC),
                }
                for destination in destinations
                for n in range(3)
            ],
        )


async def test_a_named_webhook_and_token_are_sent_and_never_kept_or_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[tuple[str, str | None]] = []

    async def receive(request: Request) -> JSONResponse:
        authorization = request.headers.get("authorization")
        received.append((request.url.path, authorization))
        return JSONResponse({}, status_code=200 if authorization == f"Bearer {TOKEN}" else 401)

    events_url = f"sqlite:///{tmp_path / 'events.db'}"
    engines = EngineCache()
    caplog.set_level(logging.INFO, logger="httpx")
    token_file = tmp_path / "adnet-token"
    token_file.write_text(TOKEN + "\n")
    monkeypatch.delenv("BROKER_WEBHOOK", raising=False)
    try:
        await outbox_rows(engines, events_url, ["adnet", "crm", "broker"])
        async with serve(Starlette(routes=[Route("/{rest:path}", receive, methods=["POST"])])) as base:
            monkeypatch.setenv("ADNET_WEBHOOK", f"{base}/{SECRET_PATH}")
            monkeypatch.setenv("CRM_TOKEN", TOKEN)
            input = backfill(
                events_url,
                {
                    "adnet": WebhookTarget(webhook_env="ADNET_WEBHOOK", token_file=str(token_file)),
                    "crm": WebhookTarget(webhook=f"{base}/crm", token_env="CRM_TOKEN"),
                    "broker": WebhookTarget(webhook_env="BROKER_WEBHOOK", token_env="CRM_TOKEN"),
                },
            )
            async with httpx.AsyncClient() as http:
                result = await deliver_outbox(input, engines, http)
        async with engines.get(events_url).connect() as conn:
            rows = await list_deliveries(conn, "INC-DELIVER")
    finally:
        await engines.dispose()

    assert (result.delivered, result.failed) == (6, 3)
    assert (
        sorted(received) == [("/crm", f"Bearer {TOKEN}")] * 3 + [(f"/{SECRET_PATH}", f"Bearer {TOKEN}")] * 3
    )
    # A variable the worker lacks fails its destination's rows with the reason, which names the variable.
    failed = [row for row in rows if row["status"] == DeliveryStatus.FAILED]
    assert {row["destination"] for row in failed} == {"broker"} and {row["attempts"] for row in failed} == {0}
    assert {row["last_error"] for row in failed} == {
        "the worker has no BROKER_WEBHOOK, named by databases.destinations.broker.webhook_env; set it to the "
        "webhook URL where the worker runs"
    }
    logged = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert len(logged) == 6 and all(f"POST {base}/***" in line for line in logged), logged
    kept = f"{rows}{result.model_dump_json()}{input.model_dump_json()}{caplog.text}"
    assert SECRET_PATH not in kept and TOKEN not in kept and "ADNET_WEBHOOK" in input.model_dump_json()


async def test_an_error_kept_on_a_row_has_the_named_url_scrubbed_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events_url = f"sqlite:///{tmp_path / 'events.db'}"
    engines = EngineCache()
    monkeypatch.setenv("ADNET_WEBHOOK", f"http://127.0.0.1:9/{SECRET_PATH}")
    try:
        await outbox_rows(engines, events_url, ["adnet"])
        input = backfill(events_url, {"adnet": WebhookTarget(webhook_env="ADNET_WEBHOOK")})

        def refuse(request: httpx.Request) -> httpx.Response:
            raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

        async with httpx.AsyncClient(transport=httpx.MockTransport(refuse)) as http:
            result = await deliver_outbox(input, engines, http)
        async with engines.get(events_url).connect() as conn:
            rows = await list_deliveries(conn, "INC-DELIVER")
    finally:
        await engines.dispose()
    assert result.failed == 3
    assert {row["last_error"] for row in rows} == {"ConnectError: cannot reach http://127.0.0.1:9/***"}


def test_the_first_form_a_plain_url_per_destination_still_decodes() -> None:
    held = backfill("sqlite:///x.db", {}).model_dump(mode="json")
    held["destinations"] = {"adnet": "https://adnet.example/suppress"}
    decoded = BackfillInput.model_validate_json(BackfillInput.model_validate(held).model_dump_json())
    assert decoded.destinations == {"adnet": WebhookTarget(webhook="https://adnet.example/suppress")}
    assert BackfillInput.model_validate(held).destinations == decoded.destinations


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://hooks.slack.com/services/T0/B0/k3ypath",
            "recall: destination adnet: https://hooks.slack.com/*** is a Slack webhook URL, which is itself "
            "the credential",
        ),
        ("https://u:hunter2@adnet.example/suppress", "recall: https://u:***@adnet.example/suppress holds a "),
    ],
)
def test_recall_backfill_refuses_a_credential_in_a_destination_url(
    tmp_path: Path, url: str, expected: str
) -> None:
    events_url = f"sqlite:///{tmp_path / 'events.db'}"
    result = CliRunner().invoke(
        backfill_app,
        [
            "--events-url", events_url, "--ledger-url", events_url, "--incident", "INC-CLI",
            "--window-start", "2024-06-01T00:00:00Z", "--window-end", "2024-08-01T00:00:00Z",
            "--destination", f"adnet={url}",
        ],
    )  # fmt: skip
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and len(lines) == 1 and lines[0].startswith(expected), result.output
    assert "k3ypath" not in result.output and "hunter2" not in result.output
    assert "name it instead in databases.destinations.adnet: webhook_env: NAME" in lines[0]
