"""Deploy and rollback hooks as real processes and real HTTP calls; escalations to a real webhook."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.deploys import DeployActivities
from activities.notify import NotifyActivities
from optout_recall.payloads import DeployAction, DeployInput, EscalationInput, HookKind, HookSpec
from tests.fakes import serve


def command_hook(tmp_path: Path, body: str, timeout: float = 10) -> HookSpec:
    script = tmp_path / "hook.py"
    script.write_text(body)
    return HookSpec(kind=HookKind.COMMAND, command=[sys.executable, str(script)], timeout_seconds=timeout)


def deploy_input(tmp_path: Path, hook: HookSpec, action: DeployAction = DeployAction.DEPLOY) -> DeployInput:
    return DeployInput(
        incident_id="INC-9",
        environment="production",
        action=action,
        hotfix_ref="abc123def456",
        hook=hook,
        log_dir=str(tmp_path / "logs"),
    )


async def run(activity_input: DeployInput) -> object:
    async with httpx.AsyncClient() as http:
        return await ActivityEnvironment().run(DeployActivities(http).run_hook, activity_input)


async def test_command_hook_gets_the_ref_and_its_output_is_kept(tmp_path: Path) -> None:
    hook = command_hook(
        tmp_path,
        "import os\nprint('deploying', os.environ['RECALL_HOTFIX_REF'], os.environ['RECALL_INCIDENT_ID'], "
        "os.environ['RECALL_ACTION'])\n",
    )
    result = await run(deploy_input(tmp_path, hook))
    assert result.ok and result.exit_code == 0  # type: ignore[attr-defined]
    assert result.detail == "exit 0: deploying abc123def456 INC-9 deploy"  # type: ignore[attr-defined]
    assert "deploying abc123def456" in Path(result.log_path).read_text()  # type: ignore[attr-defined]


async def test_command_hook_failure_is_a_result_not_a_retry(tmp_path: Path) -> None:
    hook = command_hook(tmp_path, "import sys\nprint('health check failed on pod 3')\nsys.exit(3)\n")
    result = await run(deploy_input(tmp_path, hook, DeployAction.ROLLBACK))
    assert not result.ok and result.exit_code == 3  # type: ignore[attr-defined]
    assert result.detail == "exit 3: health check failed on pod 3"  # type: ignore[attr-defined]


async def test_command_hook_timeout_kills_the_process_group(tmp_path: Path) -> None:
    marker = tmp_path / "child-survived"
    child = f"import time; time.sleep(3); open({str(marker)!r}, 'w')"
    hook = command_hook(
        tmp_path,
        f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', {child!r}])\ntime.sleep(30)\n",
        timeout=1,
    )
    result = await run(deploy_input(tmp_path, hook))
    assert not result.ok and result.detail == "timed out after 1s"  # type: ignore[attr-defined]
    import asyncio

    await asyncio.sleep(3.5)
    assert not marker.exists()  # the hook's children went with it


async def test_missing_command_is_permanent(tmp_path: Path) -> None:
    hook = HookSpec(kind=HookKind.COMMAND, command=[str(tmp_path / "no-such-deploy.sh")])
    with pytest.raises(ApplicationError, match="cannot run") as failure:
        await run(deploy_input(tmp_path, hook))
    assert failure.value.non_retryable


async def test_webhook_hook_posts_an_idempotent_request(tmp_path: Path) -> None:
    received: list[dict] = []

    async def deploy(request: Request) -> JSONResponse:
        received.append(await request.json())
        return JSONResponse({"status": "rolled"}, status_code=200 if len(received) == 1 else 500)

    async with serve(Starlette(routes=[Route("/deploy", deploy, methods=["POST"])])) as base:
        hook = HookSpec(kind=HookKind.WEBHOOK, url=f"{base}/deploy")
        first = await run(deploy_input(tmp_path, hook))
        second = await run(deploy_input(tmp_path, hook))
    assert first.ok and not second.ok and second.detail == "HTTP 500"  # type: ignore[attr-defined]
    assert received[0] == {
        "incident_id": "INC-9",
        "action": "deploy",
        "hotfix_ref": "abc123def456",
        "environment": "production",
        "idempotency_key": "INC-9:deploy:abc123def456:production",
    }


@pytest.mark.parametrize("fmt", ["slack", "json"])
async def test_escalation_reaches_the_webhook_in_its_format(tmp_path: Path, fmt: str) -> None:
    received: list[dict] = []

    async def hook(request: Request) -> JSONResponse:
        received.append(await request.json())
        return JSONResponse({"ok": True})

    async with (
        serve(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as base,
        httpx.AsyncClient() as http,
    ):
        result = await ActivityEnvironment().run(
            NotifyActivities(http).escalate,
            EscalationInput(
                incident_id="INC-9",
                step="hotfix",
                waiting_on=["bob"],
                waiting_since="2026-11-27T00:00:00Z",
                contacts=["#privacy"],
                webhook_url=f"{base}/hook",
                outbox_dir=str(tmp_path),
                attempt=2,
                format=fmt,
            ),
        )
    body = received[0]
    if fmt == "slack":
        assert set(body) == {"text", "blocks"} and "waited" in body["text"] and "bob" in body["text"]
    else:
        assert (
            body["event"] == "optout_recall.escalation"
            and body["waiting_on"] == ["bob"]
            and body["escalation"] == 2
        )
    assert result.delivered_to[0] == "webhook 127.0.0.1"
    record = json.loads((tmp_path / "escalations.jsonl").read_text().splitlines()[0])
    assert record["step"] == "hotfix" and record["delivered"] == ["webhook 127.0.0.1"]


async def test_escalation_webhook_refusal_is_permanent(tmp_path: Path) -> None:
    async def hook(request: Request) -> JSONResponse:
        return JSONResponse({"error": "invalid_token"}, status_code=403)

    async with (
        serve(Starlette(routes=[Route("/hook", hook, methods=["POST"])])) as base,
        httpx.AsyncClient() as http,
    ):
        with pytest.raises(ApplicationError, match="refused the message") as failure:
            await ActivityEnvironment().run(
                NotifyActivities(http).escalate,
                EscalationInput(
                    incident_id="INC-9",
                    step="hotfix",
                    waiting_on=["bob"],
                    waiting_since="2026-11-27T00:00:00Z",
                    contacts=[],
                    webhook_url=f"{base}/hook",
                    outbox_dir=str(tmp_path),
                ),
            )
    assert failure.value.non_retryable
