"""`recall`: start, watch, decide and cancel recalls; run the worker, the dev runtime and the demo.

Without --address/--namespace every command talks to the embedded runtime that `recall dev` runs at
127.0.0.1:7233; with them (or Temporal's TEMPORAL_* environment) it talks to any Temporal cluster.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table
from temporalio.api.enums.v1 import WorkflowExecutionStatus
from temporalio.client import Client
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.cli import audit as audit_cli
from optout_recall.cli import console as console_cli
from optout_recall.cli import decisions
from optout_recall.cli.backfill import app as backfill_app
from optout_recall.cli.entry import BACKFILL_HELP, new_app, run
from optout_recall.cli.errors import fail
from optout_recall.cli.gpp import app as gpp_app
from optout_recall.cli.guard import app as guard_app
from optout_recall.cli.ingest import app as ingest_app
from optout_recall.cli.ledger import app as ledger_app
from optout_recall.cli.options import KEYS_DIR, STATE_DIR, AddressOpt, NamespaceOpt
from optout_recall.cli.recalls import client as _client
from optout_recall.cli.recalls import existing as _existing
from optout_recall.cli.recalls import run as _run
from optout_recall.cli.recalls import state as _state
from optout_recall.cli.render import print_next_steps, print_state, render_state
from optout_recall.cli.rules import app as rules_app
from optout_recall.cli.start_details import static_details
from optout_recall.gates.keys import KeyFileError, new_key_pair
from optout_recall.logs import configure_logging
from optout_recall.payloads import BackfillState, Phase
from optout_recall.spec import SpecError, load_spec, to_recall_input
from workers.connect import ConnectionSettings

app = new_app()
# Piped output (CI logs, `| tee`) gets a width that keeps the timeline table readable.
console = Console() if sys.stdout.isatty() else Console(width=160)

# ---------------------------------------------------------------------------------------------- commands


@app.command()
def start(
    spec: Annotated[Path, typer.Argument(help="incident spec (YAML)")],
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
    watch: Annotated[bool, typer.Option("--watch", help="follow it after starting")] = False,
) -> None:
    """Start a recall from an incident spec (commander); registers the search attributes where it may."""
    from temporalio.exceptions import WorkflowAlreadyStartedError

    from optout_recall.runtime import SearchAttributesMissing, register_search_attributes

    try:
        parsed, digest = load_spec(spec)
    except SpecError as exc:
        fail(str(exc))
    recall_input = to_recall_input(parsed, spec, digest, (STATE_DIR / "artifacts").resolve())

    async def go() -> str:
        client = await _client(address, namespace, identity=f"recall-cli:{parsed.commander}")
        try:
            await register_search_attributes(client)
        except SearchAttributesMissing as exc:
            fail(str(exc))
        workflow_id = names.recall_workflow_id(parsed.incident.id)
        try:
            handle = await client.start_workflow(
                names.RECALL_WORKFLOW,
                recall_input,
                id=workflow_id,
                task_queue=names.TASK_QUEUE,
                static_summary=f"Recall {parsed.incident.id}: {parsed.incident.title}",
                static_details=static_details(recall_input),
            )
        except WorkflowAlreadyStartedError:
            fail(
                f"a recall {parsed.incident.id} is already running ({workflow_id}); "
                f"follow it with: recall status {parsed.incident.id} --watch"
            )
        except RPCError as exc:
            if exc.status == RPCStatusCode.ALREADY_EXISTS:
                fail(f"a recall {parsed.incident.id} is already running ({workflow_id})")
            raise
        return handle.id

    workflow_id = _run(go())
    console.print(
        f"started [bold]{workflow_id}[/bold]; follow it with: recall status {parsed.incident.id} --watch"
    )
    if watch:
        status(parsed.incident.id, address=address, namespace=namespace, watch=True)


@app.command()
def status(
    recall_id: Annotated[str, typer.Argument(metavar="ID", help="incident id")],
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable state")] = False,
    watch: Annotated[bool, typer.Option("--watch", help="refresh until the recall ends")] = False,
) -> None:
    """Phase, pending approval, counters and timeline of a recall (everyone)."""

    async def go() -> None:
        client = await _client(address, namespace)
        handle = await _existing(client, recall_id)
        if not watch:
            state = await _state(handle)
            description = await handle.describe()
            if as_json:
                sys.stdout.write(state.model_dump_json(indent=2) + "\n")
            else:
                print_state(console, state, _status_name(description.status), keys_dir=str(KEYS_DIR))
            return
        shown_request: str | None = None
        with Live(console=console, refresh_per_second=2) as live:
            while True:
                state = await _state(handle)
                description = await handle.describe()
                backfill = (
                    await _running_backfill(client, handle.id) if state.phase == Phase.BACKFILL else None
                )
                request = state.pending.request_id if state.pending else None
                if request != shown_request:  # each new request's commands, once, whole, above the live box
                    shown_request = request
                    print_next_steps(live.console, state, str(KEYS_DIR))
                live.update(
                    render_state(
                        state, _status_name(description.status), backfill, updated_at=datetime.now(UTC)
                    )
                )
                if description.status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING:
                    break
                await asyncio.sleep(1)

    _run(go())


async def _running_backfill(client: Client, recall_workflow_id: str) -> BackfillState | None:
    """The progress of whichever backfill child (apply, else dry run) is running now."""
    for dry_run in (False, True):
        child = client.get_workflow_handle(names.backfill_workflow_id(recall_workflow_id, dry_run))
        try:
            description = await child.describe()
            if description.status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING:
                continue
            return await child.query(
                names.PROGRESS_QUERY, result_type=BackfillState, rpc_timeout=timedelta(seconds=5)
            )
        except RPCError:
            continue
    return None


def _status_name(status_value: Any) -> str:
    name = getattr(status_value, "name", str(status_value))
    return name.removeprefix("WORKFLOW_EXECUTION_STATUS_").lower() if name else "unknown"


app.command()(decisions.approve)
app.command()(decisions.reject)
app.command("propose-hotfix")(decisions.propose_hotfix)
app.command()(decisions.cancel)


@app.command()
def worker(
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
    task_queue: Annotated[str, typer.Option("--task-queue", envvar="RECALL_TASK_QUEUE")] = names.TASK_QUEUE,
    log_level: Annotated[str, typer.Option("--log-level", envvar="RECALL_LOG_LEVEL")] = "INFO",
    health_file: Annotated[
        Path | None, typer.Option("--health-file", help="touched every 10 s while polling (container health)")
    ] = None,
    tls_client_cert: Annotated[
        Path | None, typer.Option("--tls-client-cert", envvar="RECALL_TLS_CLIENT_CERT")
    ] = None,
    tls_client_key: Annotated[
        Path | None, typer.Option("--tls-client-key", envvar="RECALL_TLS_CLIENT_KEY")
    ] = None,
    tls_server_ca: Annotated[
        Path | None, typer.Option("--tls-server-ca", envvar="RECALL_TLS_SERVER_CA")
    ] = None,
    tls_server_name: Annotated[str | None, typer.Option("--tls-server-name")] = None,
) -> None:
    """Run a worker against any Temporal (TLS and API key from Temporal's TEMPORAL_* environment).

    It registers the recall's search attributes where the server allows it, and stops on SIGINT, SIGTERM or
    SIGHUP once in-flight activities are done."""
    from optout_recall.runtime import SearchAttributesMissing
    from workers.main import serve

    configure_logging(log_level)
    settings = ConnectionSettings(
        address=address,
        namespace=namespace,
        task_queue=task_queue,
        tls_client_cert=tls_client_cert,
        tls_client_key=tls_client_key,
        tls_server_ca=tls_server_ca,
        tls_server_name=tls_server_name,
    )
    try:
        _run(serve(settings, health_file))
    except SearchAttributesMissing as exc:
        fail(str(exc))


@app.command()
def dev(
    port: Annotated[int, typer.Option("--port")] = 7233,
    ui_port: Annotated[int, typer.Option("--ui-port")] = names.UI_PORT,
) -> None:
    """Embedded Temporal dev server (Web UI at 127.0.0.1:8233, state in .recall/) plus a worker.

    SIGINT, SIGTERM or SIGHUP stops the worker, then the server; the server's own output is in
    .recall/temporal-server.log."""
    from optout_recall.runtime import RuntimeMissing, embedded_dev_server
    from workers.main import running_worker, until_stop_signal

    configure_logging("WARNING", json_output=False)

    async def go() -> None:
        async with embedded_dev_server(STATE_DIR.resolve(), port=port, ui=True, ui_port=ui_port) as env:
            async with running_worker(env.client, names.TASK_QUEUE):
                console.print(
                    f"Temporal dev server at {env.address}, Web UI at {env.ui_url}, state in {STATE_DIR}/ "
                    f"(server log {env.log_file}); worker on task queue {names.TASK_QUEUE}. Ctrl-C stops.",
                    soft_wrap=True,
                )
                await asyncio.Event().wait()

    try:
        _run(until_stop_signal(go()))
    except RuntimeMissing as exc:
        fail(str(exc))
    console.print("stopped the worker and the dev server")


@app.command()
def demo(
    keep: Annotated[
        bool,
        typer.Option("--keep/--no-keep", help="keep the demo world's files (report, histories) afterwards"),
    ] = True,
    serve: Annotated[
        bool,
        typer.Option(
            "--serve",
            help="build the demo world and keep it, Temporal and a worker running for your own recall",
        ),
    ] = False,
    port: Annotated[
        int, typer.Option("--port", help="Temporal's port (an embedded server starts if free)")
    ] = 7233,
    guard: Annotated[
        bool, typer.Option("--guard", help="show the guard catching a defect before any notice arrives")
    ] = False,
) -> None:
    """Run a whole recall against a demo world on the embedded runtime, acting as the on-call engineer; with
    --serve, leave the world running for you to drive. SIGINT, SIGTERM or SIGHUP stops everything it started."""
    from optout_recall.cli.demo import run_demo, serve_demo
    from optout_recall.cli.demo_guard import run_guard_demo
    from optout_recall.runtime import RuntimeMissing, SearchAttributesMissing
    from workers.main import until_stop_signal

    work: Any = run_guard_demo if guard else serve_demo if serve else run_demo
    try:
        outcome = _run(until_stop_signal(work(STATE_DIR.resolve(), console, port=port, keep=keep)))
    except (RuntimeMissing, SearchAttributesMissing) as exc:
        fail(str(exc))
    if outcome is None and not serve:
        fail("demo interrupted; everything it started is stopped", code=130)


keys_app = typer.Typer(help="Ed25519 keys for signing decisions.", no_args_is_help=True)


@keys_app.command("new")
def keys_new(
    name: Annotated[str, typer.Argument(help="your name as listed in the spec's people")],
    out: Annotated[
        Path | None, typer.Option("--out", help="private key file (default .recall/keys/NAME.key)")
    ] = None,
) -> None:
    """Make a key pair: the private key file is 0600; paste the public key into the spec's people."""
    path = out or KEYS_DIR / f"{name}.key"
    try:
        public = new_key_pair(path)
    except KeyFileError as exc:
        fail(f"{exc}; sign with it as it is, or pass --out for a new file")
    except OSError as exc:
        fail(f"cannot write {path}: {exc.strerror}; pass --out with a writable path")
    console.print(f"private key: {path} (mode 0600; keep it to yourself)")
    console.print(f"public key for the spec:  public_key: {public}")


freeze_app = typer.Typer(help="Deploy freezes of a recall.", no_args_is_help=True)


@freeze_app.command("status")
def freeze_status(
    recall_id: Annotated[str, typer.Argument(metavar="ID")],
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Every repository of a recall: provider, frozen since, unfrozen at, the hotfix allowed through."""

    async def go() -> None:
        client = await _client(address, namespace)
        state = await _state(await _existing(client, recall_id))
        if as_json:
            rows = [
                {
                    "repo": f.repo.name,
                    "provider": str(f.repo.provider),
                    "location": f.repo.location,
                    "branches": f.repo.branches,
                    "frozen_since": f.frozen_at.isoformat(),
                    "unfrozen_at": f.unfrozen_at.isoformat() if f.unfrozen_at else None,
                    "allowed_hotfix": f.allowed_commits,
                }
                for f in state.freezes
            ]
            sys.stdout.write(json.dumps(rows, indent=2) + "\n")
            return
        table = Table(title=f"freezes of {state.incident_id}")
        for column in ("repository", "provider", "branches", "frozen since", "unfrozen at", "hotfix allowed"):
            table.add_column(column)
        for f in state.freezes:
            table.add_row(
                f.repo.name,
                str(f.repo.provider),
                ", ".join(f.repo.branches),
                f.frozen_at.isoformat(),
                f.unfrozen_at.isoformat() if f.unfrozen_at else "[bold red]still frozen[/bold red]",
                ", ".join(c[:12] for c in f.allowed_commits) or "—",
            )
        console.print(table)
        for item in state.open_items:
            if item.startswith("UNFREEZE BY HAND"):
                console.print(f"[bold red]{item}[/bold red]")

    _run(go())


app.command("console")(console_cli.console)
app.command("report")(audit_cli.report)
app.command("history")(audit_cli.history)
app.command("list")(audit_cli.list_recalls)
app.add_typer(audit_cli.audit_app, name="audit", help="Evidence bundles for auditors: export, verify.")
app.add_typer(backfill_app, name="backfill", help=BACKFILL_HELP)
app.add_typer(freeze_app, name="freeze")
app.add_typer(guard_app, name="guard", help="Continuous validation on a schedule: apply, status, runs, ...")
app.add_typer(ingest_app, name="ingest", help="The HTTP ingestion endpoint: serve.")
app.add_typer(gpp_app, name="gpp", help="IAB Global Privacy Platform strings: decode.")
app.add_typer(keys_app, name="keys")
app.add_typer(ledger_app, name="ledger", help="The consent ledger: import, record, verify, head.")
app.add_typer(rules_app, name="rules", help="Jurisdiction rules: show, upcoming.")


def main() -> None:
    run(app)


if __name__ == "__main__":
    main()
