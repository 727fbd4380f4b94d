"""A guard's alert goes to the webhook its spec names, read where the worker runs; records show the host only."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from optout_recall.errors import ErrorType, RecallError
from optout_recall.guard import runs
from optout_recall.guard.check import send_alert
from optout_recall.guard.spec import load_guard_spec, to_guard_input
from optout_recall.payloads.guard import GuardAlertInput
from tests.fakes import serve

SPEC = """name: g
channels:
  - {name: api, kind: http, url: 'http://127.0.0.1:9'}
escalation: {webhook_env: GUARD_ALERT_WEBHOOK, token_env: GUARD_ALERT_TOKEN, format: json}
"""


def alert_input(tmp_path: Path) -> GuardAlertInput:
    """The alert input the guard workflow builds from the guard's input (workflows/guard.py `_alert`)."""
    path = tmp_path / "guard.yaml"
    path.write_text(SPEC)
    guard = to_guard_input(load_guard_spec(path), path, tmp_path / "state")
    return GuardAlertInput(
        guard=guard.name,
        key="regression:api/gpc-honoured:run-1",
        kind="regression",
        text="gpc-honoured flipped",
        details={"scenario": "gpc-honoured"},
        webhook=guard.webhook,
        webhook_format=guard.webhook_format,
        webhook_env=guard.webhook_env,
        webhook_file=guard.webhook_file,
        token_env=guard.token_env,
        token_file=guard.token_file,
        state_dir=guard.state_dir,
    )


async def test_a_named_guard_webhook_gets_the_alert_and_only_its_name_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[tuple[str, str | None, dict]] = []

    async def hook(request: Request) -> JSONResponse:
        received.append((request.url.path, request.headers.get("authorization"), await request.json()))
        return JSONResponse({"ok": True})

    input = alert_input(tmp_path)
    async with (
        serve(Starlette(routes=[Route("/api/webhooks/{rest:path}", hook, methods=["POST"])])) as base,
        httpx.AsyncClient() as http,
    ):
        monkeypatch.setenv("GUARD_ALERT_WEBHOOK", f"{base}/api/webhooks/1234/discordsecret")
        monkeypatch.setenv("GUARD_ALERT_TOKEN", "tok-guard-1")
        result = await send_alert(http, input)
        again = await send_alert(http, input)
    assert result.sent and result.delivered_to == ["webhook 127.0.0.1"] and not again.sent
    [(path, auth, body)] = received
    assert (path, auth) == ("/api/webhooks/1234/discordsecret", "Bearer tok-guard-1")
    assert body["event"] == "optout_recall.guard.regression" and body["scenario"] == "gpc-honoured"
    kept = input.model_dump_json() + (Path(input.state_dir) / runs.ALERTS).read_text()
    assert input.webhook is None and "GUARD_ALERT_WEBHOOK" in kept and "127.0.0.1" in kept
    assert "discordsecret" not in kept and "tok-guard-1" not in kept


async def test_a_guard_webhook_variable_the_worker_lacks_fails_for_good_and_records_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GUARD_ALERT_WEBHOOK", raising=False)
    input = alert_input(tmp_path)
    async with httpx.AsyncClient() as http:
        with pytest.raises(RecallError) as failed:
            await send_alert(http, input)
    assert str(failed.value) == (
        "the worker has no GUARD_ALERT_WEBHOOK, named by escalation.webhook_env; set it to the webhook URL "
        "where the worker runs"
    )
    assert failed.value.type == ErrorType.BAD_WEBHOOK and not failed.value.retryable
    assert input.key not in runs.alerted_keys(input.state_dir)
