"""HTTP ingestion for product services, reading Global Privacy Control as the specification says.

`Sec-GPC: 1` is an opt-out; any other value, or no header, is no signal at all. A GPC signal becomes one
opt-out entry per purpose GPC covers in the subject's jurisdiction at that moment (from the rules file), or,
with GpcPolicy.EVERYWHERE, for the default purposes wherever the subject is.

A signal may also carry the page's IAB GPP string (`gpp`): each consent field of its US sections that reads
1 becomes an opt-out entry (source `web`: the consent management platform's record of the person's choice),
keeping the string in its metadata; 2 (did not opt out) and 0 (not applicable) record nothing. A GPC
sub-section that reads true is a GPC signal like the header (recorded once when both say so).

What a request can do to the ledger is bounded at the door: a JSON content type or 415; a body of at most
`max_body_bytes` or 413, counted as it arrives, so an oversized body is never held in memory; channel
metadata within `max_metadata_bytes` or 422. An idempotency key is a promise about one payload: the same
key with the same payload answers 200 with the seq it already has, and with a different payload 409 naming
the fields that differ, with nothing written.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import select
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from optout_recall.ledger import Ledger, LedgerEntryInput
from optout_recall.ledger.chain import canonical_metadata, canonical_timestamp
from optout_recall.ledger.models import (
    JURISDICTION_PATTERN,
    MAX_CHANNEL_METADATA_BYTES,
    METADATA_LIMIT_CONTEXT,
    GppEntriesInput,
    GppString,
    check_channel_metadata,
)
from optout_recall.ledger.schema import consent_ledger
from optout_recall.payloads import Choice, ConsentSource, GpcPolicy
from optout_recall.rules import JurisdictionRules

GPC_HEADER = "sec-gpc"
DEFAULT_GPC_PURPOSES = ("sale", "sharing", "targeted_advertising")
DEFAULT_MAX_BODY_BYTES = 64 * 1024
DEFAULT_MAX_METADATA_BYTES = MAX_CHANNEL_METADATA_BYTES

# The fields an idempotency key promises, in the order a conflict names them.
_PROMISED_FIELDS = (
    "subject_id",
    "purpose",
    "choice",
    "source",
    "jurisdiction",
    "observed_at",
    "channel_metadata",
)


def gpc_opt_out(header_value: str | None) -> bool:
    """True only for the exact value `1` (GPC spec: any other value means no preference expressed)."""
    return header_value == "1"


class SignalInput(BaseModel):
    """What a product service posts when it sees a request from a subject."""

    model_config = ConfigDict(extra="forbid")

    subject_id: str = Field(min_length=1, max_length=512)
    jurisdiction: str = Field(pattern=JURISDICTION_PATTERN)
    request_id: str | None = Field(default=None, max_length=200, description="dedupes retried posts")
    channel_metadata: Annotated[dict[str, str] | None, AfterValidator(check_channel_metadata)] = None
    gpp: GppString | None = Field(default=None, description="the page's IAB GPP string, if it has one")


class Refused(Exception):
    """A request answered with an error status before (or instead of) anything reaching the ledger."""

    def __init__(self, status: int, error: str, **details: Any) -> None:
        super().__init__(error)
        self.status = status
        self.body = {"error": error, **details}


def is_json_media_type(content_type: str | None) -> bool:
    """`application/json` or a structured `application/*+json`, parameters (charset) ignored."""
    if not content_type:
        return False
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


async def read_json_body(request: Request, max_bytes: int) -> bytes:
    """The body of a JSON request, refused (415, 413) without reading more than `max_bytes` of it."""
    if not is_json_media_type(request.headers.get("content-type")):
        raise Refused(
            415,
            "unsupported content type",
            detail=f"send application/json, not {request.headers.get('content-type') or 'no content type'}",
        )
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise Refused(400, "bad Content-Length", detail=f"{declared[:40]!r} is not a byte count")
        if int(declared) > max_bytes:
            raise _too_large(max_bytes)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > max_bytes:
            raise _too_large(max_bytes)
    return bytes(body)


def _too_large(max_bytes: int) -> Refused:
    return Refused(413, "body too large", detail=f"at most {max_bytes} bytes are accepted")


def create_app(
    ledger: Ledger,
    rules: JurisdictionRules,
    *,
    gpc_policy: GpcPolicy = GpcPolicy.WHERE_REQUIRED,
    gpc_last_update: date = date(2026, 11, 27),
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_metadata_bytes: int = DEFAULT_MAX_METADATA_BYTES,
) -> Starlette:
    if max_body_bytes < 1:
        raise ValueError("max_body_bytes must be at least 1")
    if not 1 <= max_metadata_bytes <= MAX_CHANNEL_METADATA_BYTES:
        raise ValueError(
            f"max_metadata_bytes must be between 1 and the ledger's {MAX_CHANNEL_METADATA_BYTES}"
        )
    context = {METADATA_LIMIT_CONTEXT: max_metadata_bytes}

    async def well_known_gpc(_request: Request) -> JSONResponse:
        return JSONResponse({"gpc": True, "lastUpdate": gpc_last_update.isoformat()})

    async def record_signal(request: Request) -> JSONResponse:
        try:
            body = await read_json_body(request, max_body_bytes)
            signal = SignalInput.model_validate_json(body, context=context)
            gpc = gpc_opt_out(request.headers.get(GPC_HEADER))
            if not gpc and signal.gpp is None:
                return JSONResponse({"gpc": False, "recorded": []})
            now = datetime.now(UTC)

            def gpc_purposes(jurisdiction: str, at: datetime) -> list[str]:
                purposes = rules.gpc_purposes(jurisdiction, at)
                if not purposes and gpc_policy == GpcPolicy.EVERYWHERE:
                    return list(DEFAULT_GPC_PURPOSES)
                return purposes

            purposes = gpc_purposes(signal.jurisdiction, now) if gpc else []
            entries = [
                LedgerEntryInput.model_validate(
                    {
                        "subject_id": signal.subject_id,
                        "purpose": purpose,
                        "choice": Choice.OPT_OUT,
                        "source": ConsentSource.GPC,
                        "jurisdiction": signal.jurisdiction,
                        "observed_at": now,
                        "idempotency_key": f"gpc:{signal.request_id}:{purpose}"
                        if signal.request_id
                        else None,
                        "channel_metadata": {**(signal.channel_metadata or {}), "sec_gpc": "1"},
                    },
                    context=context,
                )
                for purpose in purposes
            ]
            if signal.gpp is not None:
                entries += GppEntriesInput.model_validate(
                    {
                        "subject_id": signal.subject_id,
                        "gpp": signal.gpp,
                        "source": ConsentSource.WEB,
                        "jurisdiction": signal.jurisdiction,
                        "observed_at": now,
                        "idempotency_key": f"gpp:{signal.request_id}" if signal.request_id else None,
                        "channel_metadata": signal.channel_metadata,
                    },
                    context=context,
                ).entries(context=context, gpc_purposes=None if gpc else gpc_purposes)
            # A retried signal is observed again, later: the time is ours, not the promise's.
            seqs, _ = await append_once(ledger, entries, compare_observed_at=False)
        except ValidationError as exc:
            return _invalid(exc)
        except Refused as refused:
            return _refusal(refused)
        return JSONResponse(
            {
                "gpc": gpc,
                "rules_hash": rules.content_hash,
                "recorded": [_recorded(seq, item) for seq, item in zip(seqs, entries, strict=True)],
            }
        )

    async def record_choice(request: Request) -> JSONResponse:
        try:
            body = await read_json_body(request, max_body_bytes)
            entry = LedgerEntryInput.model_validate_json(body, context=context)
            [seq], new = await append_once(ledger, [entry])
        except ValidationError as exc:
            return _invalid(exc)
        except Refused as refused:
            return _refusal(refused)
        return JSONResponse({"seq": seq}, status_code=201 if new else 200)

    return Starlette(
        routes=[
            Route("/.well-known/gpc.json", well_known_gpc, methods=["GET"]),
            Route("/v1/signals", record_signal, methods=["POST"]),
            Route("/v1/entries", record_choice, methods=["POST"]),
        ]
    )


def _recorded(seq: int, entry: LedgerEntryInput) -> dict[str, Any]:
    recorded: dict[str, Any] = {"seq": seq, "purpose": entry.purpose, "source": entry.source.value}
    if entry.source == ConsentSource.WEB and entry.channel_metadata:
        recorded["gpp_section"] = entry.channel_metadata.get("gpp_section")
        recorded["jurisdiction"] = entry.jurisdiction
    return recorded


async def append_once(
    ledger: Ledger, entries: Sequence[LedgerEntryInput], *, compare_observed_at: bool = True
) -> tuple[list[int], bool]:
    """Append `entries` in one transaction: (their seqs, whether any is new).

    An entry whose idempotency key the ledger already holds must be the payload recorded under it; if any
    differs, Refused(409) names the first such key and its differing fields, and nothing is written.
    """
    keys = [entry.idempotency_key for entry in entries if entry.idempotency_key is not None]
    async with ledger.append_session() as session:
        # Under the append lock no other writer can add these keys; rows are immutable, so a read on another
        # connection sees exactly what this transaction would.
        recorded = await _recorded_under(ledger, keys)
        for entry in entries:
            stored = recorded.get(entry.idempotency_key or "")
            if stored is None:
                continue
            differing = _differing_fields(stored, entry, compare_observed_at=compare_observed_at)
            if differing:
                raise Refused(
                    409,
                    "idempotency key conflict",
                    detail=(
                        f"idempotency key {entry.idempotency_key!r} is already recorded (seq {stored['seq']}) "
                        f"with a different {', '.join(differing)}; nothing was written"
                    ),
                    idempotency_key=entry.idempotency_key,
                    seq=stored["seq"],
                    conflicting_fields=differing,
                )
        before = session.head_seq
        seqs = await session.add(entries)
    return seqs, any(seq > before for seq in seqs)


async def _recorded_under(ledger: Ledger, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """What the ledger holds under each of `keys`, in the canonical form its hash covers."""
    if not keys:
        return {}
    query = select(
        consent_ledger.c.seq, consent_ledger.c.idempotency_key, *consent_ledger.c[_PROMISED_FIELDS]
    )
    async with ledger.engine.connect() as connection:
        rows = (await connection.execute(query.where(consent_ledger.c.idempotency_key.in_(keys)))).all()
    return {
        row.idempotency_key: {
            **row._asdict(),
            "observed_at": canonical_timestamp(row.observed_at),
        }
        for row in rows
    }


def _differing_fields(
    stored: dict[str, Any], entry: LedgerEntryInput, *, compare_observed_at: bool
) -> list[str]:
    given = {
        "subject_id": entry.subject_id,
        "purpose": entry.purpose,
        "choice": entry.choice.value,
        "source": entry.source.value,
        "jurisdiction": entry.jurisdiction,
        "observed_at": canonical_timestamp(entry.observed_at),
        "channel_metadata": canonical_metadata(entry.channel_metadata),
    }
    fields = [name for name in _PROMISED_FIELDS if compare_observed_at or name != "observed_at"]
    return [name for name in fields if stored[name] != given[name]]


def _invalid(exc: ValidationError) -> JSONResponse:
    return JSONResponse({"error": "invalid body", "detail": _errors(exc)}, status_code=422)


def _refusal(refused: Refused) -> JSONResponse:
    # A refused body may still be on the wire: close the connection rather than read the rest.
    headers = {"connection": "close"} if refused.status == 413 else None
    return JSONResponse(refused.body, status_code=refused.status, headers=headers)


def _errors(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": ".".join(str(part) for part in error["loc"]) or "(body)", "message": error["msg"]}
        for error in exc.errors(include_url=False)
    ]
