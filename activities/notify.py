"""Reminders and escalations for gates that wait on people."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
from temporalio import activity
from temporalio.exceptions import ApplicationError

from optout_recall.errors import ErrorType
from optout_recall.payloads import EscalationInput, EscalationResult


class NotifyActivities:
    """Posts a Slack-compatible message to the spec's webhook and keeps a local record of every escalation."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self._http = http

    @activity.defn(name="escalate")
    async def escalate(self, input: EscalationInput) -> EscalationResult:
        waited = datetime.now(UTC) - input.waiting_since
        text = (
            f":rotating_light: Recall {input.incident_id}: step `{input.step}` has waited "
            f"{int(waited.total_seconds() // 60)} min for {', '.join(input.waiting_on) or 'nobody'} "
            f"(escalation #{input.attempt}). Contacts: {', '.join(input.contacts) or 'none listed'}."
        )
        details = {
            "incident_id": input.incident_id,
            "step": input.step,
            "waiting_on": input.waiting_on,
            "waiting_since": input.waiting_since.isoformat(),
            "contacts": input.contacts,
            "escalation": input.attempt,
        }
        if input.format == "slack":
            body: dict[str, object] = {
                "text": text,
                "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": text}}],
            }
        else:
            body = {"event": "optout_recall.escalation", "message": text, **details}
        payload = {"text": text, **details}
        delivered: list[str] = []
        if input.webhook_url:
            try:
                response = await self._http.post(input.webhook_url, json=body, timeout=10)
            except httpx.TransportError as exc:
                raise ApplicationError(
                    f"escalation webhook unreachable: {exc}", type=ErrorType.WEBHOOK_UNREACHABLE
                ) from exc
            if response.status_code >= 500 or response.status_code == 429:
                raise ApplicationError(
                    f"escalation webhook answered {response.status_code}", type=ErrorType.WEBHOOK_BUSY
                )
            if response.is_error:
                raise ApplicationError(
                    f"escalation webhook refused the message ({response.status_code}); check escalation.webhook",
                    type=ErrorType.WEBHOOK_REFUSED,
                    non_retryable=True,
                )
            delivered.append(f"webhook {httpx.URL(input.webhook_url).host}")
        record = Path(input.outbox_dir) / "escalations.jsonl"
        record.parent.mkdir(parents=True, exist_ok=True)
        with record.open("a", encoding="utf-8") as out:
            out.write(
                json.dumps({**payload, "sent_at": datetime.now(UTC).isoformat(), "delivered": delivered})
                + "\n"
            )
        delivered.append(f"log {record}")
        return EscalationResult(delivered_to=delivered)
