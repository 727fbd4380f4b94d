"""A webhook hook: one POST per run, keyed by the deploy id so the receiver can drop a retried delivery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx

from optout_recall.db import redact_url
from optout_recall.deploys.supervisor import Redactor
from optout_recall.errors import ErrorType, RecallError
from optout_recall.payloads import DeployInput


async def call_webhook(
    http: httpx.AsyncClient,
    input: DeployInput,
    deploy_id: str,
    *,
    token: str | None,
    redactor: Redactor,
    log_path: Path,
) -> dict[str, Any]:
    """POST the deploy request; returns the outcome to record. A host that cannot be reached is retried."""
    assert input.hook.url is not None
    url = input.hook.url
    body = {
        "incident_id": input.incident_id,
        "action": str(input.action),
        "hotfix_ref": input.hotfix_ref,
        "environment": input.environment,
        "deploy_id": deploy_id,
        # The same on every retry of this deploy, and only of this deploy.
        "idempotency_key": deploy_id,
    }
    headers = {"Idempotency-Key": deploy_id}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    try:
        response = await http.post(url, json=body, headers=headers, timeout=input.hook.timeout_seconds)
    except httpx.TimeoutException:
        return {"state": "ended", "ok": False, "exit_code": None, "timed_out": True,
                "detail": f"webhook timed out after {input.hook.timeout_seconds:g}s"}  # fmt: skip
    except httpx.TransportError as exc:
        raise RecallError(
            f"webhook {redact_url(url)} unreachable: {redactor.text(str(exc))}",
            ErrorType.HOOK_UNREACHABLE,
            retryable=True,
        ) from exc
    text = redactor.text(response.text[:4000])
    with log_path.open("a") as log:
        log.write(f"POST {redact_url(url)}\n{response.status_code}\n{text}\n")
    return {
        "state": "ended",
        "ok": response.is_success,
        "exit_code": response.status_code,
        "timed_out": False,
        "detail": f"HTTP {response.status_code}",
    }
