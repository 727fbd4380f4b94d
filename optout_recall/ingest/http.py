"""HTTP ingestion for product services, reading Global Privacy Control as the specification says.

`Sec-GPC: 1` is an opt-out; any other value, or no header, is no signal at all. A GPC signal becomes one
opt-out entry per purpose GPC covers in the subject's jurisdiction at that moment (from the rules file), or,
with GpcPolicy.EVERYWHERE, for the default purposes wherever the subject is.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.models import JURISDICTION_PATTERN
from optout_recall.payloads import Choice, ConsentSource, GpcPolicy
from optout_recall.rules import JurisdictionRules

GPC_HEADER = "sec-gpc"
DEFAULT_GPC_PURPOSES = ("sale", "sharing", "targeted_advertising")


def gpc_opt_out(header_value: str | None) -> bool:
    """True only for the exact value `1` (GPC spec: any other value means no preference expressed)."""
    return header_value == "1"


class SignalInput(BaseModel):
    """What a product service posts when it sees a request from a subject."""

    model_config = ConfigDict(extra="forbid")

    subject_id: str = Field(min_length=1, max_length=512)
    jurisdiction: str = Field(pattern=JURISDICTION_PATTERN)
    request_id: str | None = Field(default=None, max_length=200, description="dedupes retried posts")
    channel_metadata: dict[str, str] | None = None


def create_app(
    ledger: Ledger,
    rules: JurisdictionRules,
    *,
    gpc_policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED,
    gpc_last_update: date = date(2026, 11, 27),
) -> Starlette:
    async def well_known_gpc(_request: Request) -> JSONResponse:
        return JSONResponse({"gpc": True, "lastUpdate": gpc_last_update.isoformat()})

    async def record_signal(request: Request) -> JSONResponse:
        try:
            signal = SignalInput.model_validate_json(await request.body())
        except ValidationError as exc:
            return JSONResponse({"error": "invalid body", "detail": _errors(exc)}, status_code=422)
        if not gpc_opt_out(request.headers.get(GPC_HEADER)):
            return JSONResponse({"gpc": False, "recorded": []})
        now = datetime.now(UTC)
        purposes = rules.gpc_purposes(signal.jurisdiction, now)
        if not purposes and gpc_policy == GpcPolicy.EVERYWHERE:
            purposes = list(DEFAULT_GPC_PURPOSES)
        entries = [
            LedgerEntryInput(
                subject_id=signal.subject_id,
                purpose=purpose,
                choice=Choice.OPT_OUT,
                source=ConsentSource.GPC,
                jurisdiction=signal.jurisdiction,
                observed_at=now,
                idempotency_key=f"gpc:{signal.request_id}:{purpose}" if signal.request_id else None,
                channel_metadata={**(signal.channel_metadata or {}), "sec_gpc": "1"},
            )
            for purpose in purposes
        ]
        seqs = await ledger.append(entries)
        return JSONResponse(
            {
                "gpc": True,
                "rules_hash": rules.content_hash,
                "recorded": [
                    {"seq": seq, "purpose": item.purpose} for seq, item in zip(seqs, entries, strict=True)
                ],
            }
        )

    async def record_choice(request: Request) -> JSONResponse:
        try:
            entry = LedgerEntryInput.model_validate_json(await request.body())
        except ValidationError as exc:
            return JSONResponse({"error": "invalid body", "detail": _errors(exc)}, status_code=422)
        [seq] = await ledger.append([entry])
        return JSONResponse({"seq": seq}, status_code=201)

    return Starlette(
        routes=[
            Route("/.well-known/gpc.json", well_known_gpc, methods=["GET"]),
            Route("/v1/signals", record_signal, methods=["POST"]),
            Route("/v1/entries", record_choice, methods=["POST"]),
        ]
    )


def _errors(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": ".".join(str(part) for part in error["loc"]) or "(body)", "message": error["msg"]}
        for error in exc.errors(include_url=False)
    ]
