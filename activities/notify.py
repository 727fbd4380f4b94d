"""Reminders and escalations for gates that wait on people."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import httpx
from temporalio import activity

from activities.errors import core_errors
from optout_recall.escalation import post_webhook, resolve_webhook
from optout_recall.payloads import EscalationInput, EscalationResult


class NotifyActivities:
    """Posts a Slack-compatible message to the spec's webhook and keeps a local record of every escalation.

    The webhook is read here, where the worker runs, from the variable or file the spec names; the record and
    the result show its host only.
    """

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
        with core_errors():
            hook = resolve_webhook(
                webhook=input.webhook_url,
                webhook_env=input.webhook_env,
                webhook_file=input.webhook_file,
                token_env=input.token_env,
                token_file=input.token_file,
            )
            if hook is not None:
                delivered.append(
                    await post_webhook(
                        self._http, hook, body, what="escalation webhook", refused="refused the message"
                    )
                )
        record = Path(input.outbox_dir) / "escalations.jsonl"
        record.parent.mkdir(parents=True, exist_ok=True)
        with record.open("a", encoding="utf-8") as out:
            out.write(
                json.dumps({**payload, "sent_at": datetime.now(UTC).isoformat(), "delivered": delivered})
                + "\n"
            )
        delivered.append(f"log {record}")
        return EscalationResult(delivered_to=delivered)
