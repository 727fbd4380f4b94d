"""The demo client SDK, as the SDK channel runs it: `optout_recall.demo.sdk:call` with one JSON request.

The service URL comes from the `RECALL_TARGET_URL` environment variable (the probe sets it from the channel's
`readback_url`). On start-up (`init`) the SDK sends its default consent, which must never overwrite a choice
the subject already made; that rule lives in the service, where the `sdk_override` defect breaks it.
"""

from __future__ import annotations

import os
from typing import Any

import httpx

DEFAULT_CONSENT = {"sale": "opt_in", "sharing": "opt_in"}


def call(request: dict[str, Any]) -> dict[str, Any]:
    """Run one SDK operation: set, init or get."""
    base_url = os.environ.get("RECALL_TARGET_URL", "").rstrip("/")
    if not base_url:
        raise RuntimeError("RECALL_TARGET_URL is not set")
    op = request["op"]
    with httpx.Client(base_url=base_url, timeout=5.0) as client:
        if op == "set":
            payload = {key: request[key] for key in ("subject_id", "purpose", "choice", "jurisdiction")}
            payload["source"] = "sdk"
            if request.get("observed_at"):
                payload["observed_at"] = request["observed_at"]
            response = client.post("/preferences", json=payload)
        elif op == "init":
            defaults = request.get("defaults") or DEFAULT_CONSENT
            body = {
                "subject_id": request["subject_id"],
                "jurisdiction": request["jurisdiction"],
                "defaults": defaults,
            }
            response = client.post("/sdk/init", json=body)
        elif op == "get":
            params = {key: request[key] for key in ("subject_id", "purpose", "jurisdiction")}
            response = client.get("/preferences", params=params)
        else:
            raise ValueError(f"unknown SDK operation {op!r}")
        response.raise_for_status()
        return dict(response.json())
