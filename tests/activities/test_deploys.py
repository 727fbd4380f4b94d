"""Deploy and rollback hooks as real processes and real HTTP calls; escalations to a real webhook."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
from pathlib import Path
from typing import Any

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
from optout_recall.payloads import (
    DeployAction,
    DeployInput,
    DeployResult,
    EscalationInput,
    HookKind,
    HookSpec,
)
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


def environment(activity_id: str = "1", attempt: int = 1) -> ActivityEnvironment:
    """An activity context as one attempt of one scheduled activity sees it."""
    env = ActivityEnvironment()
    env.info = dataclasses.replace(
        env.info,
        workflow_id="recall-INC-9",
        workflow_run_id="run-1",
        activity_id=activity_id,
        attempt=attempt,
    )
    return env


async def run(activity_input: DeployInput, activity_id: str = "1", attempt: int = 1) -> DeployResult:
    async with httpx.AsyncClient() as http:
        return await environment(activity_id, attempt).run(DeployActivities(http).run_hook, activity_input)


async def test_command_hook_gets_the_ref_and_its_output_is_kept(tmp_path: Path) -> None:
    hook = command_hook(
        tmp_path,
        "import os\nprint('deploying', os.environ['RECALL_HOTFIX_REF'], os.environ['RECALL_INCIDENT_ID'], "
        "os.environ['RECALL_ACTION'])\n",
    )
    result = await run(deploy_input(tmp_path, hook))
    assert result.ok and result.exit_code == 0
    assert result.detail == "exit 0: deploying abc123def456 INC-9 deploy"
    assert "deploying abc123def456" in Path(result.log_path).read_text()


async def test_command_hook_failure_is_a_result_not_a_retry(tmp_path: Path) -> None:
    hook = command_hook(tmp_path, "import sys\nprint('health check failed on pod 3')\nsys.exit(3)\n")
    result = await run(deploy_input(tmp_path, hook, DeployAction.ROLLBACK))
    assert not result.ok and result.exit_code == 3
    assert result.detail == "exit 3: health check failed on pod 3"


async def test_command_hook_timeout_kills_the_process_group(tmp_path: Path) -> None:
    marker = tmp_path / "child-survived"
    child = f"import time; time.sleep(3); open({str(marker)!r}, 'w')"
    hook = command_hook(
        tmp_path,
        f"import subprocess, sys, time\nsubprocess.Popen([sys.executable, '-c', {child!r}])\ntime.sleep(30)\n",
        timeout=1,
    )
    result = await run(deploy_input(tmp_path, hook))
    assert not result.ok and result.detail == "timed out after 1s"
    await asyncio.sleep(3.5)
    assert not marker.exists()  # the hook's children went with it


async def test_missing_command_is_permanent(tmp_path: Path) -> None:
    hook = HookSpec(kind=HookKind.COMMAND, command=[str(tmp_path / "no-such-deploy.sh")])
    with pytest.raises(ApplicationError, match="cannot run") as failure:
        await run(deploy_input(tmp_path, hook))
    assert failure.value.non_retryable


def counting_hook(tmp_path: Path, seconds: float = 0) -> tuple[HookSpec, Path]:
    """A hook that logs its own start and end (with its deploy id and pid) to a file of its own."""
    trace = tmp_path / "hook-trace.log"
    body = (
        "import os, sys, time\n"
        f"trace = open({str(trace)!r}, 'a', buffering=1)\n"
        "trace.write(f\"start {os.environ['RECALL_DEPLOY_ID']} {os.getpid()}\\n\")\n"
        f"time.sleep({seconds})\n"
        "trace.write(f\"end {os.environ['RECALL_DEPLOY_ID']} {os.getpid()}\\n\")\n"
        "print('deployed', os.environ['RECALL_DEPLOY_ID'])\n"
    )
    return command_hook(tmp_path, body), trace


def trace_lines(trace: Path) -> list[list[str]]:
    return [line.split() for line in trace.read_text().splitlines()] if trace.exists() else []


async def test_a_retry_takes_the_outcome_of_the_run_that_ended(tmp_path: Path) -> None:
    hook, trace = counting_hook(tmp_path)
    first = await run(deploy_input(tmp_path, hook))
    retried = await run(deploy_input(tmp_path, hook), attempt=2)
    assert [line[0] for line in trace_lines(trace)] == ["start", "end"]  # deployed once
    assert first.detail == retried.detail == f"exit 0: deployed {first.deploy_id}"
    assert first.deploy_id == retried.deploy_id and retried.runs == 1
    another = await run(deploy_input(tmp_path, hook), activity_id="2")
    assert another.deploy_id != first.deploy_id and len(trace_lines(trace)) == 4


async def test_a_retry_waits_for_the_run_still_going_instead_of_starting_another(tmp_path: Path) -> None:
    hook, trace = counting_hook(tmp_path, seconds=2)
    first = asyncio.create_task(run(deploy_input(tmp_path, hook)))
    while not trace_lines(trace):  # noqa: ASYNC110 - the hook is another process; its file is the signal
        await asyncio.sleep(0.05)
    # As when the server gave up on a worker that is in fact still deploying.
    retried = await run(deploy_input(tmp_path, hook), attempt=2)
    assert [line[0] for line in trace_lines(trace)] == ["start", "end"]
    assert retried.ok and retried.detail == (await first).detail


async def test_cancelling_ends_the_hook_and_a_retry_runs_it_again(tmp_path: Path) -> None:
    hook, trace = counting_hook(tmp_path, seconds=30)
    env = environment()
    async with httpx.AsyncClient() as http:
        task = asyncio.create_task(
            env.run(DeployActivities(http, kill_grace=1).run_hook, deploy_input(tmp_path, hook))
        )
        while not trace_lines(trace):  # noqa: ASYNC110 - as above
            await asyncio.sleep(0.05)
        pid = int(trace_lines(trace)[0][2])
        env.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    quick, _ = counting_hook(tmp_path)  # the same deploy, a hook that is quick this time
    again = await run(deploy_input(tmp_path, quick), attempt=2)
    assert again.ok and again.runs == 2
    assert [line[0] for line in trace_lines(trace)] == ["start", "start", "end"]
    assert "--- run 2 of deploy" in Path(again.log_path).read_text()


async def test_a_hook_sees_a_minimal_environment_never_the_worker_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", "ghp_worker0token0never0for0hooks")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-worker-secret-key-value")
    monkeypatch.setenv("DEPLOY_REGION", "eu-west-1")
    hook = command_hook(tmp_path, "import json, os\nprint(json.dumps(dict(os.environ), sort_keys=True))\n")
    hook.env = {"DEPLOY_TARGET": "prod-cluster"}
    hook.env_from = ["DEPLOY_REGION"]
    result = await run(deploy_input(tmp_path, hook))
    seen = json.loads(Path(result.log_path).read_text().splitlines()[-1])
    base = {name: os.environ[name] for name in ("PATH", "HOME", "LANG") if name in os.environ}
    assert seen == {
        **base,
        "DEPLOY_TARGET": "prod-cluster",
        "DEPLOY_REGION": "eu-west-1",
        "RECALL_INCIDENT_ID": "INC-9",
        "RECALL_HOTFIX_REF": "abc123def456",
        "RECALL_ACTION": "deploy",
        "RECALL_ENVIRONMENT": "production",
        "RECALL_DEPLOY_ID": result.deploy_id,
        "RECALL_LOG_PATH": result.log_path,
    }


async def test_a_token_the_hook_prints_is_redacted_from_result_and_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = "ghp_0123456789abcdefghijABCDEFGHIJ012345"
    repo_token = tmp_path / "gitlab-token"
    repo_token.write_text("glpat-repo-token-from-a-file\n")
    monkeypatch.setenv("GITHUB_TOKEN", token)
    body = (
        "import os, sys, time\n"
        "token = os.environ.get('GITHUB_TOKEN') or open(sys.argv[1]).read().strip()\n"
        "print('debug: inherited', os.environ.get('GITHUB_TOKEN'))\n"
        "sys.stdout.write('debug: split ' + token[:9]); sys.stdout.flush(); time.sleep(0.5)\n"
        "print(token[9:]); sys.stdout.flush()\n"
        f"print('debug: repo token', open({str(repo_token)!r}).read().strip())\n"
        "print('deploy failed, token was', token)\n"
        "sys.exit(1)\n"
    )
    secret_copy = tmp_path / "a-copy-the-hook-found"
    secret_copy.write_text(token)
    hook = command_hook(tmp_path, body)
    hook.command.append(str(secret_copy))
    activity_input = deploy_input(tmp_path, hook)
    activity_input.secret_files = [str(repo_token)]
    result = await run(activity_input)
    log = Path(result.log_path).read_bytes()
    assert result.detail == "exit 1: deploy failed, token was [REDACTED]"
    assert token.encode() not in log and token[9:].encode() not in log
    assert b"glpat-repo-token-from-a-file" not in log
    assert b"debug: inherited None" in log  # the hook never had it from the worker
    assert b"debug: split [REDACTED]" in log and b"debug: repo token [REDACTED]" in log


async def test_webhook_hook_posts_once_per_deploy_with_its_token_and_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[tuple[dict, str, str]] = []
    monkeypatch.setenv("DEPLOY_HOOK_BEARER", "whk-0123456789-secret")

    async def deploy(request: Request) -> JSONResponse:
        received.append(
            (await request.json(), request.headers["authorization"], request.headers["idempotency-key"])
        )
        # The receiver echoes what it got, token included: the log must not keep it.
        return JSONResponse(
            {"echo": request.headers["authorization"]}, status_code=200 if len(received) == 1 else 500
        )

    async with serve(Starlette(routes=[Route("/deploy", deploy, methods=["POST"])])) as base:
        hook = HookSpec(kind=HookKind.WEBHOOK, url=f"{base}/deploy", token_env="DEPLOY_HOOK_BEARER")
        first = await run(deploy_input(tmp_path, hook))
        retried = await run(deploy_input(tmp_path, hook), attempt=2)  # a retry of the same activity
        other = await run(deploy_input(tmp_path, hook), activity_id="7")  # another deploy
    assert first.ok and retried == first.model_copy(update={"duration_ms": retried.duration_ms})
    assert not other.ok and other.detail == "HTTP 500"
    assert len(received) == 2  # the retry took the recorded outcome instead of posting again
    body, authorization, key = received[0]
    assert authorization == "Bearer whk-0123456789-secret"
    assert body == {
        "incident_id": "INC-9",
        "action": "deploy",
        "hotfix_ref": "abc123def456",
        "environment": "production",
        "deploy_id": first.deploy_id,
        "idempotency_key": first.deploy_id,
    }
    assert key == first.deploy_id != other.deploy_id == received[1][2]
    log = Path(first.log_path).read_text()
    assert "Bearer [REDACTED]" in log and "whk-0123456789-secret" not in log


def escalation_input(**fields: Any) -> EscalationInput:
    """The hotfix gate of INC-9, waiting on bob since 2026-11-27, escalated with `fields`."""
    return EscalationInput(
        incident_id="INC-9",
        step="hotfix",
        waiting_on=["bob"],
        waiting_since="2026-11-27T00:00:00Z",
        **fields,
    )


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
            escalation_input(
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
                escalation_input(
                    contacts=[],
                    webhook_url=f"{base}/hook",
                    outbox_dir=str(tmp_path),
                ),
            )
    assert failure.value.non_retryable


async def test_a_named_escalation_webhook_is_read_where_the_worker_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received: list[tuple[str, str | None, dict]] = []

    async def hook(request: Request) -> JSONResponse:
        received.append((request.url.path, request.headers.get("authorization"), await request.json()))
        return JSONResponse({"ok": True})

    async with (
        serve(Starlette(routes=[Route("/services/{rest:path}", hook, methods=["POST"])])) as base,
        httpx.AsyncClient() as http,
    ):
        url = f"{base}/services/T0SECRET/B0SECRET/xoxsecret"
        monkeypatch.setenv("SLACK_ESCALATION_WEBHOOK", url)
        monkeypatch.setenv("ESCALATION_TOKEN", "tok-escalation-1")
        input = escalation_input(
            contacts=["#privacy"],
            webhook_env="SLACK_ESCALATION_WEBHOOK",
            token_env="ESCALATION_TOKEN",
            outbox_dir=str(tmp_path),
            format="json",
        )
        result = await ActivityEnvironment().run(NotifyActivities(http).escalate, input)
    assert [(path, auth) for path, auth, _ in received] == [
        ("/services/T0SECRET/B0SECRET/xoxsecret", "Bearer tok-escalation-1")
    ]
    assert received[0][2]["event"] == "optout_recall.escalation"
    assert result.delivered_to[0] == "webhook 127.0.0.1"
    # what history and the record hold: the variable's name, the host; never the URL or the token
    recorded = (
        input.model_dump_json() + result.model_dump_json() + (tmp_path / "escalations.jsonl").read_text()
    )
    assert "SLACK_ESCALATION_WEBHOOK" in recorded and "127.0.0.1" in recorded
    assert "SECRET" not in recorded and "xoxsecret" not in recorded and "tok-escalation-1" not in recorded


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        ({"webhook_env": "SLACK_ESCALATION_WEBHOOK"}, "the worker has no SLACK_ESCALATION_WEBHOOK"),
        (
            {"webhook_file": "/nonexistent/slack-webhook"},
            "cannot read the webhook URL file /nonexistent/slack-",
        ),
    ],
)
async def test_an_escalation_webhook_the_worker_cannot_read_fails_for_good(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, named: dict[str, str], expected: str
) -> None:
    monkeypatch.delenv("SLACK_ESCALATION_WEBHOOK", raising=False)
    async with httpx.AsyncClient() as http:
        with pytest.raises(ApplicationError) as failure:
            await ActivityEnvironment().run(
                NotifyActivities(http).escalate,
                escalation_input(
                    contacts=[],
                    outbox_dir=str(tmp_path),
                    **named,
                ),
            )
    assert failure.value.non_retryable and failure.value.type == "BadWebhook"
    assert failure.value.message.startswith(expected) and "\n" not in failure.value.message
    assert not (tmp_path / "escalations.jsonl").exists()  # nothing recorded as sent
