"""The demo preference service: the fixed build, or a defective build with chosen defects switched on.

Run it with `python -m optout_recall.demo.service --state-dir D --port P --build defective --defects a,b`
(usually through `optout_recall.demo.control`). Preferences live in `D/preferences.db` (SQLite), or in memory
under the `volatile` defect. With `--queue-url` the service also consumes opt-out events from RabbitMQ
(`amqp://...`, queue `--queue`) or NATS (`nats://...`, subject `--queue`).

`POST /admin/restart` really restarts the process: it answers 202, then re-executes itself (same pid, same
port), so anything held only in memory is gone, as after any restart.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sqlite3
import sys
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from optout_recall.demo import BUILDS, DEFECTS
from optout_recall.payloads import Choice

GPC_LAST_UPDATE = "2025-01-15"
# What the site shows a browser whose opt-out preference signal it processed (CCPA regs § 7025(c)(6)).
SIGNAL_HONORED = "Opt-Out Request Honored"
GPC_PURPOSES = ("sale", "sharing")
HARDCODED_STATE = "US-CA"
LEGACY_ID_LIMIT = 64
BURST_LIMIT_PER_SECOND = 500
MAX_SUBJECT_CHARS = 4096

_SCHEMA = """
CREATE TABLE IF NOT EXISTS preference_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT,
    subject_id TEXT NOT NULL,
    purpose TEXT NOT NULL,
    jurisdiction TEXT NOT NULL,
    choice TEXT NOT NULL,
    source TEXT NOT NULL,
    observed_at TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_preference_events_subject
    ON preference_events (subject_id, purpose, jurisdiction);
CREATE INDEX IF NOT EXISTS ix_preference_events_event ON preference_events (event_id);
"""


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PreferenceBody(_Body):
    subject_id: str = Field(min_length=1, max_length=MAX_SUBJECT_CHARS)
    purpose: str = Field(min_length=1, max_length=64)
    choice: Choice
    jurisdiction: str = Field(min_length=2, max_length=16)
    source: str = "web"
    observed_at: datetime | None = None
    event_id: str | None = Field(default=None, max_length=256)


class VisitBody(_Body):
    subject_id: str = Field(min_length=1, max_length=MAX_SUBJECT_CHARS)
    jurisdiction: str = Field(min_length=2, max_length=16)


class SdkInitBody(_Body):
    subject_id: str = Field(min_length=1, max_length=MAX_SUBJECT_CHARS)
    jurisdiction: str = Field(min_length=2, max_length=16)
    defaults: dict[str, Choice]


class PreferenceStore:
    """Append-only preference events; the effective choice is derived on read."""

    def __init__(self, path: Path | None, defects: frozenset[str]) -> None:
        self.defects = defects
        self._db = sqlite3.connect(":memory:" if path is None else str(path), check_same_thread=False)
        if path is not None:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def record(
        self,
        *,
        subject_id: str,
        purpose: str,
        jurisdiction: str,
        choice: Choice,
        source: str,
        observed_at: datetime | None = None,
        event_id: str | None = None,
        dedupe: bool = True,
    ) -> bool:
        """Store one choice; an event id already stored is not stored again (unless told not to dedupe)."""
        if event_id is not None and dedupe:
            seen = self._db.execute(
                "SELECT 1 FROM preference_events WHERE event_id = ?", (event_id,)
            ).fetchone()
            if seen is not None:
                return False
        now = datetime.now(UTC)
        observed = observed_at or now
        observed = observed.replace(tzinfo=UTC) if observed.tzinfo is None else observed.astimezone(UTC)
        self._db.execute(
            "INSERT INTO preference_events"
            " (event_id, subject_id, purpose, jurisdiction, choice, source, observed_at, recorded_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event_id,
                subject_id,
                purpose,
                jurisdiction,
                str(choice),
                source,
                observed.isoformat(),
                now.isoformat(),
            ),
        )
        self._db.commit()
        return True

    def effective(self, subject_id: str, purpose: str, jurisdiction: str) -> dict[str, Any]:
        rows = self._db.execute(
            "SELECT seq, choice, source, observed_at FROM preference_events"
            " WHERE subject_id = ? AND purpose = ? AND jurisdiction = ?",
            (subject_id, purpose, jurisdiction),
        ).fetchall()
        choice, source = self._decide(rows, jurisdiction)
        return {
            "subject_id": subject_id,
            "purpose": purpose,
            "jurisdiction": jurisdiction,
            "choice": choice,
            "source": source,
            "events": len(rows),
        }

    def count_prefix(self, prefix: str, purpose: str, jurisdiction: str) -> dict[str, int]:
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._db.execute(
            "SELECT subject_id, seq, choice, source, observed_at FROM preference_events"
            " WHERE subject_id LIKE ? ESCAPE '\\' AND purpose = ? AND jurisdiction = ?",
            (escaped + "%", purpose, jurisdiction),
        ).fetchall()
        by_subject: dict[str, list[tuple[Any, ...]]] = {}
        for subject, *rest in rows:
            by_subject.setdefault(subject, []).append(tuple(rest))
        opted_out = sum(
            1
            for subject_rows in by_subject.values()
            if self._decide(subject_rows, jurisdiction)[0] == "opt_out"
        )
        return {"subjects": len(by_subject), "opted_out": opted_out, "events": len(rows)}

    def _decide(self, rows: Iterable[tuple[Any, ...]], jurisdiction: str) -> tuple[str, str]:
        """Latest observed choice wins, except that a GPC opt-out beats any site setting that allows sale."""
        rows = list(rows)
        if not rows:
            return "opt_in", "default"
        if "hardcoded_state" in self.defects and jurisdiction != HARDCODED_STATE:
            return "opt_in", "default"
        if "queue_order" in self.defects:
            latest = max(rows, key=lambda row: row[0])
        else:
            latest = max(rows, key=lambda row: (row[3], row[0]))
        gpc = [row for row in rows if row[2] == "gpc" and row[1] == "opt_out"]
        if gpc and latest[1] != "opt_out":
            latest = max(gpc, key=lambda row: (row[3], row[0]))
        return str(latest[1]), str(latest[2])


class DemoService:
    """Request handlers and the queue consumer over one store, behaving as the build and defects say."""

    def __init__(self, build: str, defects: set[str], state_dir: Path, *, restartable: bool = False) -> None:
        if build not in BUILDS:
            raise ValueError(f"unknown build {build!r} (use {' or '.join(BUILDS)})")
        unknown = set(defects) - set(DEFECTS)
        if unknown:
            raise ValueError(f"unknown defects {sorted(unknown)} (known: {', '.join(DEFECTS)})")
        self.build = build
        self.defects = frozenset(defects) if build == "defective" else frozenset()
        self.state_dir = state_dir
        self.boot_id = uuid.uuid4().hex
        state_dir.mkdir(parents=True, exist_ok=True)
        self.store = PreferenceStore(
            None if "volatile" in self.defects else state_dir / "preferences.db", self.defects
        )
        self.restartable = restartable
        self._recent_deliveries: deque[float] = deque()

    # ------------------------------------------------------------------ http

    async def healthz(self, request: Request) -> Response:
        return JSONResponse(
            {"status": "ok", "build": self.build, "defects": sorted(self.defects), "boot_id": self.boot_id}
        )

    async def gpc_wellknown(self, request: Request) -> Response:
        if "gpc_ignored" in self.defects:
            return JSONResponse({"error": "not found"}, status_code=404)
        return JSONResponse({"gpc": True, "lastUpdate": GPC_LAST_UPDATE})

    async def visit(self, request: Request) -> Response:
        body = await _parse(request, VisitBody)
        if isinstance(body, Response):
            return body
        honoured = self._apply_gpc(request, body.subject_id, body.jurisdiction)
        answer: dict[str, Any] = {"subject_id": body.subject_id, "gpc": honoured}
        if self._shows_signal_status():
            answer["opt_out_preference_signal"] = {"honored": honoured, "status": _status_text(honoured)}
        return JSONResponse(answer)

    async def home(self, request: Request) -> Response:
        """The site's front page: it says whether it processed the browser's opt-out preference signal."""
        status = ""
        if self._shows_signal_status() and request.headers.getlist("sec-gpc"):
            honoured = self._gpc_signal(request)
            status = f'<p id="opt-out-status" class="privacy-status">{_status_text(honoured)}</p>'
        return HTMLResponse(
            "<!doctype html><html><head><title>Demo shop</title></head><body>"
            f'<h1>Demo shop</h1>{status}<footer><a href="/privacy">Your privacy choices</a></footer>'
            "</body></html>"
        )

    def _shows_signal_status(self) -> bool:
        return not {"gpc_display_missing", "gpc_ignored"} & self.defects

    async def set_preference(self, request: Request) -> Response:
        body = await _parse(request, PreferenceBody)
        if isinstance(body, Response):
            return body
        self.store.record(
            subject_id=body.subject_id,
            purpose=body.purpose,
            jurisdiction=body.jurisdiction,
            choice=body.choice,
            source=body.source,
            observed_at=body.observed_at,
            event_id=body.event_id,
        )
        self._apply_gpc(request, body.subject_id, body.jurisdiction)
        return JSONResponse(self.store.effective(body.subject_id, body.purpose, body.jurisdiction))

    async def get_preference(self, request: Request) -> Response:
        params = request.query_params
        subject = params.get("subject_id", "")
        purpose = params.get("purpose", "sale")
        jurisdiction = params.get("jurisdiction", "")
        if not subject or not jurisdiction:
            return JSONResponse({"error": "subject_id and jurisdiction are required"}, status_code=422)
        return JSONResponse(self.store.effective(subject, purpose, jurisdiction))

    async def count_preferences(self, request: Request) -> Response:
        params = request.query_params
        prefix = params.get("subject_prefix", "")
        if len(prefix) < 8:
            return JSONResponse(
                {"error": "subject_prefix of at least 8 characters is required"}, status_code=422
            )
        counts = self.store.count_prefix(
            prefix, params.get("purpose", "sale"), params.get("jurisdiction", "")
        )
        return JSONResponse(counts)

    async def sdk_init(self, request: Request) -> Response:
        body = await _parse(request, SdkInitBody)
        if isinstance(body, Response):
            return body
        effective = {}
        for purpose, default in body.defaults.items():
            if "sdk_override" in self.defects:
                # The defect: the SDK's default is stored as if the subject had chosen it.
                self.store.record(
                    subject_id=body.subject_id,
                    purpose=purpose,
                    jurisdiction=body.jurisdiction,
                    choice=default,
                    source="sdk",
                )
            current = self.store.effective(body.subject_id, purpose, body.jurisdiction)
            effective[purpose] = current["choice"] if current["events"] else str(default)
        return JSONResponse(
            {"subject_id": body.subject_id, "jurisdiction": body.jurisdiction, "choices": effective}
        )

    async def admin_restart(self, request: Request) -> Response:
        if not self.restartable:
            return JSONResponse({"error": "this process cannot restart itself"}, status_code=501)
        return JSONResponse(
            {"restarting": True, "boot_id": self.boot_id},
            status_code=202,
            background=BackgroundTask(self._reexec),
        )

    async def _reexec(self) -> None:
        await asyncio.sleep(0.05)
        self.store.close()
        argv = [sys.executable, "-m", "optout_recall.demo.service", *sys.argv[1:]]
        os.execv(sys.executable, argv)

    def _gpc_signal(self, request: Request) -> bool:
        """Whether this build reads the request's Sec-GPC header as an opt-out."""
        if "gpc_ignored" in self.defects:
            return False
        values = request.headers.getlist("sec-gpc")
        if not values:
            return False
        return "gpc_loose" in self.defects or (len(values) == 1 and values[0].strip() == "1")

    def _apply_gpc(self, request: Request, subject_id: str, jurisdiction: str) -> bool:
        if not self._gpc_signal(request):
            return False
        for purpose in GPC_PURPOSES:
            self.store.record(
                subject_id=subject_id,
                purpose=purpose,
                jurisdiction=jurisdiction,
                choice=Choice.OPT_OUT,
                source="gpc",
            )
        return True

    # ------------------------------------------------------------------ queue

    def consume(self, body: bytes) -> None:
        """Record one opt-out event from the queue; malformed events are logged and dropped."""
        try:
            event = PreferenceBody.model_validate_json(body)
        except ValidationError as exc:
            print(f"dropping malformed queue event: {exc.errors()[0]['msg']}", file=sys.stderr)
            return
        if "queue_drops" in self.defects:
            now = time.monotonic()
            self._recent_deliveries.append(now)
            while self._recent_deliveries and self._recent_deliveries[0] < now - 1.0:
                self._recent_deliveries.popleft()
            if len(self._recent_deliveries) > BURST_LIMIT_PER_SECOND:
                return
            if len(event.subject_id) > LEGACY_ID_LIMIT or not event.subject_id.isascii():
                return
        self.store.record(
            subject_id=event.subject_id,
            purpose=event.purpose,
            jurisdiction=event.jurisdiction,
            choice=event.choice,
            source=event.source or "queue",
            observed_at=event.observed_at,
            event_id=event.event_id,
            dedupe="queue_order" not in self.defects,
        )


def _status_text(honoured: bool) -> str:
    return SIGNAL_HONORED if honoured else "Opt-Out Preference Signal Not Processed"


async def _parse(request: Request, model: type[_Body]) -> Any:
    try:
        return model.model_validate_json(await request.body())
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        return JSONResponse({"error": f"{where}: {error['msg']}"}, status_code=422)


async def _consume_rabbitmq(service: DemoService, url: str, queue_name: str, ready: asyncio.Event) -> None:
    import aio_pika

    connection = await aio_pika.connect_robust(url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=200)
        queue = await channel.declare_queue(queue_name, durable=True)
        ready.set()
        async with queue.iterator() as messages:
            async for message in messages:
                service.consume(message.body)
                await message.ack()


async def _consume_nats(service: DemoService, url: str, subject: str, ready: asyncio.Event) -> None:
    import nats

    connection = await nats.connect(url)
    try:
        subscription = await connection.subscribe(subject, pending_msgs_limit=1_000_000)
        await connection.flush()
        ready.set()
        async for message in subscription.messages:
            service.consume(message.data)
    finally:
        await connection.drain()


def create_app(
    build: str,
    defects: set[str],
    state_dir: Path,
    *,
    queue_url: str | None = None,
    queue_name: str | None = None,
    restartable: bool = False,
) -> Starlette:
    """The demo service as an ASGI app; with queue_url it also consumes events while it runs."""
    service = DemoService(build, defects, state_dir, restartable=restartable)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        consumer: asyncio.Task[None] | None = None
        if queue_url:
            if not queue_name:
                raise ValueError("a queue url needs a queue name")
            ready = asyncio.Event()
            run = _consume_nats if queue_url.startswith("nats") else _consume_rabbitmq
            consumer = asyncio.create_task(run(service, queue_url, queue_name, ready))
            waiter = asyncio.create_task(ready.wait())
            await asyncio.wait({consumer, waiter}, timeout=15, return_when=asyncio.FIRST_COMPLETED)
            waiter.cancel()
            if consumer.done():
                consumer.result()
        try:
            yield
        finally:
            if consumer is not None:
                consumer.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await consumer
            service.store.close()

    app = Starlette(
        routes=[
            Route("/", service.home),
            Route("/healthz", service.healthz),
            Route("/.well-known/gpc.json", service.gpc_wellknown),
            Route("/visits", service.visit, methods=["POST"]),
            Route("/preferences", service.set_preference, methods=["POST"]),
            Route("/preferences", service.get_preference, methods=["GET"]),
            Route("/preferences/count", service.count_preferences, methods=["GET"]),
            Route("/sdk/init", service.sdk_init, methods=["POST"]),
            Route("/admin/restart", service.admin_restart, methods=["POST"]),
        ],
        lifespan=lifespan,
    )
    app.state.service = service
    return app


def parse_defects(text: str) -> set[str]:
    return {item.strip() for item in text.split(",") if item.strip()}


def main(argv: list[str] | None = None) -> None:
    import uvicorn

    parser = argparse.ArgumentParser(prog="python -m optout_recall.demo.service", description=__doc__)
    parser.add_argument("--state-dir", type=Path, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--build", choices=BUILDS, default="fixed")
    parser.add_argument("--defects", default="", help="comma-separated: " + ", ".join(DEFECTS))
    parser.add_argument("--queue-url", default=None)
    parser.add_argument("--queue", default=None)
    args = parser.parse_args(argv)
    app = create_app(
        args.build,
        parse_defects(args.defects),
        args.state_dir,
        queue_url=args.queue_url,
        queue_name=args.queue,
        restartable=True,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
