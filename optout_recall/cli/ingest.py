"""`recall ingest serve`: the HTTP ingestion endpoint on uvicorn, in front of a consent ledger that exists.

A ledger URL that names nothing (a SQLite file that is not there, a database without the ledger's tables) is
refused with one line and nothing is created, so a typo cannot start a second, empty ledger that services
then write to; `--create` starts a new ledger on purpose.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette

from optout_recall.cli.errors import fail
from optout_recall.cli.ledger import KeyFile, LedgerUrl
from optout_recall.cli.rules import RulesFile
from optout_recall.db import DatabaseURLError, async_url, create_engine, redact_url
from optout_recall.ingest.http import DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_METADATA_BYTES, create_app
from optout_recall.ledger import Ledger, SigningKeyError, load_signing_key
from optout_recall.ledger.models import MAX_CHANNEL_METADATA_BYTES
from optout_recall.ledger.schema import consent_ledger
from optout_recall.logs import configure_logging
from optout_recall.payloads import GpcPolicy
from optout_recall.rules import RulesError, load_rules

app = typer.Typer(help="Ways into the consent ledger for product services.", no_args_is_help=True)

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
_GRACEFUL_SHUTDOWN_SECONDS = 10


@app.command()
def serve(
    ledger_url: LedgerUrl,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="port to listen on (0: any free one)")] = 8080,
    create: Annotated[
        bool, typer.Option("--create", help="start a new, empty ledger when the URL holds none")
    ] = False,
    gpc_policy: Annotated[
        GpcPolicy, typer.Option(help="where a GPC signal counts: where the rules require it, or everywhere")
    ] = GpcPolicy.WHERE_REQUIRED,
    max_body_bytes: Annotated[
        int, typer.Option(min=1, help="larger request bodies get 413")
    ] = DEFAULT_MAX_BODY_BYTES,
    max_metadata_bytes: Annotated[
        int,
        typer.Option(
            min=1, max=MAX_CHANNEL_METADATA_BYTES, help="larger channel_metadata (as stored JSON) gets 422"
        ),
    ] = DEFAULT_MAX_METADATA_BYTES,
    rules_file: RulesFile = None,
    key_file: KeyFile = None,
    log_level: Annotated[str, typer.Option(envvar="RECALL_LOG_LEVEL")] = "INFO",
) -> None:
    """Serve POST /v1/entries, POST /v1/signals (Sec-GPC) and /.well-known/gpc.json until SIGINT or SIGTERM."""
    try:
        missing = _missing_sqlite_file(ledger_url)
        rules = load_rules(rules_file)
        key = load_signing_key(key_file) if key_file else None
    except (DatabaseURLError, RulesError, SigningKeyError) as exc:
        fail(str(exc))
    if log_level.upper() not in logging.getLevelNamesMapping():
        fail(f"--log-level {log_level!r} is not a logging level (DEBUG, INFO, WARNING, ERROR)")
    if missing is not None and not create:
        fail(f"{redact_url(ledger_url)}: no ledger at {missing}; pass --create to start a new one")
    listener = _listen(host, port)
    configure_logging(log_level, json_output=False)
    stopped_by: list[int] = []

    def note_stop(signum: int, _frame: FrameType | None) -> None:
        stopped_by.append(signum)

    # uvicorn stops gracefully on these, then raises them again once it has: they land here, and the
    # command exits 0 instead of dying by the signal.
    previous = {signum: signal.signal(signum, note_stop) for signum in STOP_SIGNALS}

    def make_app(ledger: Ledger) -> Starlette:
        return create_app(
            ledger,
            rules,
            gpc_policy=gpc_policy,
            max_body_bytes=max_body_bytes,
            max_metadata_bytes=max_metadata_bytes,
        )

    try:
        asyncio.run(_serve(ledger_url, key, listener, make_app, create=create, stopped_by=stopped_by))
    except (OSError, SQLAlchemyError) as exc:
        fail(f"{redact_url(ledger_url)}: {str(exc).splitlines()[0]}")
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        listener.close()
    how = f" on {signal.Signals(stopped_by[0]).name}" if stopped_by else ""
    print(f"recall: ingestion endpoint stopped{how}", file=sys.stderr)


async def _serve(
    ledger_url: str,
    key: Ed25519PrivateKey | None,
    listener: socket.socket,
    make_app: Callable[[Ledger], Starlette],
    *,
    create: bool,
    stopped_by: list[int],
) -> None:
    engine = create_engine(ledger_url)
    try:
        ledger = Ledger(engine, key)
        if create:
            await ledger.create_schema()
        else:
            async with engine.connect() as connection:
                present = await connection.run_sync(lambda sync: inspect(sync).has_table(consent_ledger.name))
            if not present:
                fail(f"{redact_url(ledger_url)}: holds no consent ledger; pass --create to start a new one")
        config = uvicorn.Config(
            make_app(ledger),
            log_config=None,  # ours: stderr, one format, secrets dropped
            lifespan="off",
            timeout_graceful_shutdown=_GRACEFUL_SHUTDOWN_SECONDS,
        )
        if stopped_by:  # told to stop while the ledger was being opened
            return
        address, bound_port = listener.getsockname()[:2]
        print(
            f"recall: ingestion endpoint listening on http://{_url_host(address)}:{bound_port} "
            f"into {redact_url(ledger_url)}",
            file=sys.stderr,
            flush=True,
        )
        await uvicorn.Server(config).serve(sockets=[listener])
    finally:
        await engine.dispose()


def _missing_sqlite_file(url: str) -> Path | None:
    """The SQLite file a URL names when it is not there (connecting would create it); None otherwise."""
    parsed = async_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        raise DatabaseURLError(f"{redact_url(url)}: name the ledger's file (sqlite:///path/ledger.db)")
    path = Path(database)
    return None if path.is_file() else path


def _listen(host: str, port: int) -> socket.socket:
    """A bound listening socket, so a taken port or an unknown host is one line, before anything starts."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
        listener = socket.socket(family, kind, proto)
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    try:
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(address)
        listener.listen(2048)
    except OSError as exc:
        listener.close()
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
    return listener


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address
