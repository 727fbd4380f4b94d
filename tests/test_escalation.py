"""The escalation webhook read where the worker runs: from its variable or file, posted to, shown by host only."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from optout_recall.errors import ErrorType, RecallError
from optout_recall.escalation import capability_service, masked, post_webhook, resolve_webhook
from tests.fakes import serve


@pytest.mark.parametrize(
    ("url", "service"),
    [
        ("https://hooks.slack.com/services/T0/B0/x", "Slack"),
        ("https://HOOKS.SLACK.COM/workflows/T0/A0/1/x", "Slack"),
        ("https://discord.com/api/webhooks/1/x", "Discord"),
        ("https://canary.discord.com/api/v10/webhooks/1/x", "Discord"),
        ("https://discordapp.com/api/webhooks/1/x", "Discord"),
        ("https://acme.webhook.office.com/webhookb2/x", "Teams"),
        ("https://outlook.office.com/webhook/x", "Teams"),
        ("https://prod-01.westus.logic.azure.com/workflows/x/triggers/manual/paths/invoke?sig=x", "Teams"),
        ("https://alerts.internal/escalate", None),
        ("https://notdiscord.com/api/webhooks/1/x", None),
        ("https://discord.com/channels/1/2", None),
        ("https://hooks.slack.com/", None),
        ("http://[::1", None),
    ],
)
def test_capability_urls_are_known_by_host_and_path(url: str, service: str | None) -> None:
    found = capability_service(url)
    assert (found or "").startswith(service or "") and (found is None) == (service is None)


def test_a_mask_keeps_the_scheme_host_and_port_only() -> None:
    assert masked("https://hooks.slack.com/services/T0/B0/xyz?a=b") == "https://hooks.slack.com/***"
    assert masked("http://u:p@127.0.0.1:8080/hook/abc") == "http://127.0.0.1:8080/***"


def test_a_named_webhook_and_token_are_read_from_the_variable_or_file(tmp_path: Path) -> None:
    env = {"HOOK": " https://alerts.internal/x \n", "HOOK_TOKEN": "tok-123"}
    hook = resolve_webhook(webhook=None, webhook_env="HOOK", token_env="HOOK_TOKEN", environ=env)
    assert hook is not None and hook.url == "https://alerts.internal/x" and hook.host == "alerts.internal"
    assert hook.headers == {"Authorization": "Bearer tok-123"} and "alerts.internal/x" not in repr(hook)
    (tmp_path / "hook").write_text("https://hooks.slack.com/services/T/B/X\n")
    (tmp_path / "token").write_text("tok-456\n")
    hook = resolve_webhook(
        webhook=None, webhook_file=str(tmp_path / "hook"), token_file=str(tmp_path / "token"), environ={}
    )
    assert hook is not None and hook.host == "hooks.slack.com"
    assert hook.headers == {"Authorization": "Bearer tok-456"}
    assert resolve_webhook(webhook=None, environ=env) is None


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (
            {"webhook_env": "SLACK_ESCALATION_WEBHOOK"},
            "the worker has no SLACK_ESCALATION_WEBHOOK, named by escalation.webhook_env; set it to the webhook "
            "URL where the worker runs",
        ),
        (
            {"webhook_file": "/nonexistent/hook"},
            "cannot read the webhook URL file /nonexistent/hook named by ",
        ),
        ({"webhook_env": "NOT_A_URL"}, "NOT_A_URL, named by escalation.webhook_env, does not hold an http"),
        (
            {"webhook_env": "HOOK", "token_env": "HOOK_TOKEN"},
            "the worker has no HOOK_TOKEN, named by escalation.token_env",
        ),
    ],
)
def test_a_missing_variable_or_file_is_a_permanent_error_naming_it(
    named: dict[str, str], expected: str
) -> None:
    env = {
        "HOOK": "https://hooks.slack.com/services/T/B/secretpath",
        "NOT_A_URL": "hooks.slack.com/secretpath",
    }
    with pytest.raises(RecallError) as failed:
        resolve_webhook(webhook=None, environ=env, **named)
    assert expected in str(failed.value) and "\n" not in str(failed.value)
    assert "secretpath" not in str(failed.value)
    assert failed.value.type == ErrorType.BAD_WEBHOOK and not failed.value.retryable


async def test_a_post_logs_and_fails_with_the_host_only(caplog: pytest.LogCaptureFixture) -> None:
    received: list[tuple[str, str | None]] = []

    async def hook(request: Request) -> JSONResponse:
        received.append((request.url.path, request.headers.get("authorization")))
        return JSONResponse({"ok": True}, status_code=200 if request.url.path.endswith("ok") else 403)

    app = Starlette(routes=[Route("/services/{rest:path}", hook, methods=["POST"])])
    caplog.set_level(logging.INFO, logger="httpx")
    async with serve(app) as base, httpx.AsyncClient() as http:
        env = {"HOOK": f"{base}/services/T0/B0/secret-ok", "TOKEN": "tok-789"}
        named = resolve_webhook(webhook=None, webhook_env="HOOK", token_env="TOKEN", environ=env)
        assert named is not None
        assert await post_webhook(
            http, named, {"text": "hi"}, what="escalation webhook", refused="refused"
        ) == ("webhook 127.0.0.1")
        refusing = resolve_webhook(webhook=f"{base}/services/T0/B0/secret-no", environ={})
        assert refusing is not None
        with pytest.raises(RecallError, match=r"^escalation webhook 127.0.0.1 refused the message \(403\)"):
            await post_webhook(http, refusing, {}, what="escalation webhook", refused="refused the message")
        port = int(base.rsplit(":", 1)[1])
    unreachable = resolve_webhook(webhook=f"http://127.0.0.1:{port}/services/T0/B0/secret-gone", environ={})
    assert unreachable is not None
    async with httpx.AsyncClient() as http:
        with pytest.raises(RecallError) as failed:
            await post_webhook(http, unreachable, {}, what="guard webhook", refused="refused")
    assert failed.value.retryable and failed.value.type == ErrorType.WEBHOOK_UNREACHABLE
    assert str(failed.value).startswith("guard webhook 127.0.0.1 unreachable") and "secret" not in str(
        failed.value
    )
    assert received == [("/services/T0/B0/secret-ok", "Bearer tok-789"), ("/services/T0/B0/secret-no", None)]
    logged = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert len(logged) == 2 and all(f"POST {base}/***" in line for line in logged), logged
    assert "secret" not in caplog.text and "tok-789" not in caplog.text
