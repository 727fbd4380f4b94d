"""The console's pages and endpoints: list, recall (live over server-sent events), audit, signed statements.

Statements arrive as the JSON the browser signed; they are parsed into the update's payload type and passed
to the gateway as they are. The server adds nothing, signs nothing and holds no key, so a statement the
browser did not sign cannot become a decision.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, ValidationError
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from optout_recall.console.access import (
    ConsoleSettings,
    SecurityHeaders,
    csrf_token,
    current_user,
    keep_csrf_cookie,
    post_refusal,
)
from optout_recall.console.gateway import NoSuchRecall, RecallGateway, RecallView, Refused, Unavailable
from optout_recall.console.views import age, artifact_files, evidence, live_payload, verify_bundle_of
from optout_recall.payloads import CancelDecision, GateDecision, HotfixProposal

HERE = Path(__file__).resolve().parent
_templates = Environment(
    loader=FileSystemLoader(HERE / "templates"),
    autoescape=select_autoescape(["html", "j2"], default_for_string=True, default=True),
)
_templates.filters["age"] = age


def create_app(gateway: RecallGateway, settings: ConsoleSettings | None = None) -> Starlette:
    config = settings or ConsoleSettings()

    def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        token = csrf_token(request)
        html = _templates.get_template(template).render(
            csrf_token=token, user=current_user(request, config), **context
        )
        response = HTMLResponse(html, status_code=status_code)
        keep_csrf_cookie(response, token)
        return response

    def problem(request: Request, exc: Exception) -> HTMLResponse:
        code = 404 if isinstance(exc, NoSuchRecall) else 503
        return page(request, "problem.html.j2", status_code=code, message=str(exc))

    async def recall_list(request: Request) -> Response:
        try:
            rows = await gateway.recalls()
        except Unavailable as exc:
            return problem(request, exc)
        return page(request, "list.html.j2", rows=rows, now=datetime.now(UTC))

    async def recall_page(request: Request) -> Response:
        try:
            view = await gateway.view(request.path_params["recall_id"])
        except (NoSuchRecall, Unavailable) as exc:
            return problem(request, exc)
        return page(request, "recall.html.j2", **_recall_context(view))

    async def recall_events(request: Request) -> Response:
        recall_id = request.path_params["recall_id"]

        async def stream() -> AsyncIterator[str]:
            sent = ""
            while not await request.is_disconnected():
                try:
                    view = await gateway.view(recall_id)
                    payload = live_payload(
                        view, _templates.get_template("live.html.j2").render(**_recall_context(view))
                    )
                except (NoSuchRecall, Unavailable) as exc:
                    payload = {"error": str(exc)}
                    view = None
                text = json.dumps(payload)
                if text != sent:
                    sent = text
                    yield f"data: {text}\n\n"
                if view is not None and not view.running:
                    return
                await asyncio.sleep(config.refresh_seconds)

        return StreamingResponse(stream(), media_type="text/event-stream")

    async def audit_page(request: Request) -> Response:
        try:
            view = await gateway.view(request.path_params["recall_id"])
        except (NoSuchRecall, Unavailable) as exc:
            return problem(request, exc)
        report = view.artifacts_dir / "report.html" if view.artifacts_dir else None
        outcome, bundle = await verify_bundle_of(view, config)
        return page(
            request,
            "audit.html.j2",
            **_recall_context(view),
            report_ready=bool(report and report.is_file()),
            bundle=bundle,
            outcome=outcome,
            pinned=config.bundle_public_key is not None,
        )

    async def artifact(request: Request) -> Response:
        try:
            view = await gateway.view(request.path_params["recall_id"])
        except (NoSuchRecall, Unavailable) as exc:
            return problem(request, exc)
        wanted = request.path_params["path"]
        served = artifact_files(view)  # only the report and the transcripts the recall names, nothing else
        if wanted not in served:
            return page(
                request,
                "problem.html.j2",
                status_code=404,
                message=f"{wanted} is not an artifact of this recall",
            )
        return FileResponse(served[wanted])

    async def decide(request: Request) -> Response:
        return await _forward(request, GateDecision, gateway.decide)

    async def propose(request: Request) -> Response:
        return await _forward(request, HotfixProposal, gateway.propose)

    async def cancel(request: Request) -> Response:
        return await _forward(request, CancelDecision, gateway.cancel)

    async def _forward(request: Request, model: type[BaseModel], send: Any) -> Response:
        refusal = post_refusal(request)
        if refusal is not None:
            return JSONResponse({"refused": refusal}, status_code=403)
        try:
            statement = model.model_validate_json(await request.body())
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "statement"
            return JSONResponse(
                {"refused": f"not a signed statement: {where}: {first['msg']}"}, status_code=400
            )
        user = current_user(request, config)
        if config.user_header is not None and user != getattr(statement, "actor", None):
            who = user or "nobody"
            return JSONResponse(
                {
                    "refused": f"signed in as {who}; a statement by {getattr(statement, 'actor', '?')} is not yours"
                },
                status_code=403,
            )
        try:
            view = await gateway.view(request.path_params["recall_id"])
            recorded = await send(view.workflow_id, statement)
        except (NoSuchRecall, Unavailable) as exc:
            return JSONResponse(
                {"refused": str(exc)}, status_code=404 if isinstance(exc, NoSuchRecall) else 503
            )
        except Refused as exc:
            return JSONResponse({"refused": str(exc)}, status_code=409)
        body = recorded.model_dump(mode="json") if isinstance(recorded, BaseModel) else recorded
        return JSONResponse({"recorded": body})

    middleware = [Middleware(SecurityHeaders)]
    if config.allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(config.allowed_hosts)))
    return Starlette(
        routes=[
            Route("/", recall_list),
            Route("/recalls/{recall_id}", recall_page),
            Route("/recalls/{recall_id}/events", recall_events),
            Route("/recalls/{recall_id}/audit", audit_page),
            Route("/recalls/{recall_id}/artifacts/{path:path}", artifact),
            Route("/recalls/{recall_id}/decide", decide, methods=["POST"]),
            Route("/recalls/{recall_id}/propose", propose, methods=["POST"]),
            Route("/recalls/{recall_id}/cancel", cancel, methods=["POST"]),
            Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
        ],
        middleware=middleware,
    )


def _recall_context(view: RecallView) -> dict[str, Any]:
    state = view.state
    return {
        "view": view,
        "state": state,
        "evidence": evidence(view),
        "now": datetime.now(UTC),
        "client_data": {
            "workflow_id": view.workflow_id,
            "run_id": state.run_id,
            "incident_id": state.incident_id,
            "running": view.running,
            "people": [
                {"name": p.name, "roles": list(p.roles), "public_key": (p.public_key or "").lower()}
                for p in view.people
            ],
            "pending": state.pending.model_dump(mode="json") if state.pending else None,
        },
    }
