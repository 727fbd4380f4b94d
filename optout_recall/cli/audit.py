"""Auditors' commands: `recall report`, `recall audit export|verify`, `recall history`, `recall list`.

Read-only by construction: they reach Temporal only through `cli.audit_readonly.ReadOnlyClient`, which offers
describe, query, fetch_history and list and nothing that could change a recall.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from rich.console import Console
from rich.table import Table
from sqlalchemy.exc import SQLAlchemyError
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.audit import history as hist
from optout_recall.audit.export import ExportResult, export_bundle
from optout_recall.audit.manifest import WITNESS, BundleError, default_key_path, signing_key
from optout_recall.audit.render import ReportFormat, render
from optout_recall.audit.sources import Sources
from optout_recall.audit.verify import CheckStatus, verify_bundle
from optout_recall.audit.witness import log_bundle, witness_subject
from optout_recall.cli.audit_collect import (
    RecallNotFound,
    fetch_histories,
    recall_workflow_id,
    report_from_temporal,
    status_name,
)
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.cli.databases import require_database, require_ledger
from optout_recall.cli.errors import fail, one_line
from optout_recall.db import DatabaseURLError
from optout_recall.gates.keys import KeyFileError
from optout_recall.ledger import SigningKeyError, load_signing_key
from optout_recall.ledger.tree import TreeMismatch
from workers.connect import ConnectionSettings, TemporalUnreachable, connect

T = TypeVar("T")
console = Console() if sys.stdout.isatty() else Console(width=160)

AddressOpt = Annotated[
    str | None, typer.Option("--address", envvar="RECALL_TEMPORAL_ADDRESS", help="Temporal host:port")
]
NamespaceOpt = Annotated[str | None, typer.Option("--namespace", help="Temporal namespace")]
RecallIdArg = Annotated[str, typer.Argument(metavar="ID", help="incident id (or the recall's workflow id)")]
EventsUrlOpt = Annotated[
    str | None, typer.Option("--events-url", help="events database (default: the one the recall used)")
]
LedgerUrlOpt = Annotated[
    str | None, typer.Option("--ledger-url", help="consent ledger (default: the one the recall used)")
]
ArtifactsOpt = Annotated[
    Path | None,
    typer.Option("--artifacts-dir", help="where the recall's transcripts are (default: where it wrote them)"),
]

STATUSES = {
    "running": "Running",
    "completed": "Completed",
    "failed": "Failed",
    "canceled": "Canceled",
    "terminated": "Terminated",
    "timed-out": "TimedOut",
}
# The other spelling, which the recall itself used before it took Temporal's.
STATUS_ALIASES = {"cancelled": "canceled"}


def _run(coro: Awaitable[T]) -> T:
    try:
        return asyncio.run(coro)  # type: ignore[arg-type]
    except TemporalUnreachable as exc:
        fail(str(exc))
    except RecallNotFound as exc:
        fail(str(exc))
    except BundleError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        raise typer.Exit(130) from None


async def _client(address: str | None, namespace: str | None) -> ReadOnlyClient:
    client = await connect(
        ConnectionSettings(address=address, namespace=namespace), identity="recall-auditor"
    )
    return ReadOnlyClient(client)


def _sources(events_url: str | None, ledger_url: str | None, artifacts_dir: Path | None) -> Sources:
    if artifacts_dir is not None and not artifacts_dir.is_dir():
        fail(f"--artifacts-dir {artifacts_dir}: no such directory")
    # A URL typed here must name a database that is there (a typo is bad input and creates nothing); the
    # recall's own URLs, when none is given, may be gone by now and become a note in the report instead.
    if events_url is not None:
        require_database(events_url)
    if ledger_url is not None:
        require_ledger(ledger_url)
    return Sources(events_url=events_url, ledger_url=ledger_url, artifacts_dir=artifacts_dir)


# ---------------------------------------------------------------------------------------------- report


def report(
    recall_id: RecallIdArg,
    fmt: Annotated[ReportFormat, typer.Option("--format", help="html, md or json")] = ReportFormat.HTML,
    out: Annotated[
        Path | None, typer.Option("--out", help="file to write (default: standard output)")
    ] = None,
    events_url: EventsUrlOpt = None,
    ledger_url: LedgerUrlOpt = None,
    artifacts_dir: ArtifactsOpt = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """The evidence report of a recall, from its history, the ledger and its artifacts (read-only)."""
    sources = _sources(events_url, ledger_url, artifacts_dir)

    async def go() -> str:
        client = await _client(address, namespace)
        built, recall_input = await report_from_temporal(client, recall_id, sources)
        artifacts = (sources.artifacts_dir or Path(recall_input.artifacts_dir)).resolve()
        return render(built, fmt, artifacts_href=artifacts.as_uri())

    text = _run(go())
    if out is None:
        sys.stdout.write(text)
        return
    try:
        out.write_text(text)
    except OSError as exc:
        fail(f"cannot write {out}: {exc.strerror}")
    console.print(f"report written to {out}")


# ---------------------------------------------------------------------------------------------- audit


audit_app = typer.Typer(help="Signed audit bundles: export and verify.", no_args_is_help=True)


@audit_app.command("export")
def audit_export(
    recall_id: RecallIdArg,
    out: Annotated[Path, typer.Option("--out", help="new directory for the bundle")],
    key: Annotated[
        Path | None,
        typer.Option(
            "--key", help="Ed25519 key that signs the statement (default .recall/keys/recall-signing.key)"
        ),
    ] = None,
    events_url: EventsUrlOpt = None,
    ledger_url: LedgerUrlOpt = None,
    ledger_key_file: Annotated[
        Path | None,
        typer.Option(
            "--ledger-key-file",
            envvar="RECALL_LEDGER_KEY_FILE",
            help="the ledger's checkpoint key: sign a checkpoint covering the bundle and put its proof in it",
        ),
    ] = None,
    artifacts_dir: ArtifactsOpt = None,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Export report, histories, transcripts, corrections and ledger head as an in-toto Statement in a
    signed DSSE envelope, and log the statement's digest in the consent ledger."""
    sources = _sources(events_url, ledger_url, artifacts_dir)
    key_path = key or default_key_path()
    try:
        ledger_key = load_signing_key(ledger_key_file) if ledger_key_file else None
    except SigningKeyError as exc:
        fail(str(exc))

    async def go() -> tuple[ExportResult, str]:
        client = await _client(address, namespace)
        runs = await fetch_histories(client, recall_id)
        built, recall_input = await report_from_temporal(client, recall_id, sources, histories=runs)
        # The key is read (or made) only once there is a recall to sign: a wrong id writes nothing.
        try:
            private_key, created = signing_key(key_path)
        except KeyFileError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write the bundle signing key {key_path}: {exc.strerror}")
        if created:
            console.print(f"made a bundle signing key: {key_path} (mode 0600)")
        result = await export_bundle(runs, built, recall_input, out, private_key, sources)
        return result, await _witness(sources.ledger_url or recall_input.ledger_url, result, ledger_key)

    result, witnessed = _run(go())
    for note in result.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
    public = result.public_key
    console.print(f"bundle written to {out}: {result.files} files, {result.histories} histories")
    console.print(witnessed, highlight=False, soft_wrap=True)
    console.print(f"signing public key (pin it out of band): {public}")
    console.print(f"check it with: recall audit verify {out} --public-key {public}")


async def _witness(ledger_url: str, result: ExportResult, ledger_key: Ed25519PrivateKey | None) -> str:
    """Log the bundle's statement digest in the ledger; say where, or why not."""
    subject = witness_subject(result.statement.predicate.workflow_id)
    if not ledger_url:
        return "[yellow]note:[/yellow] no ledger: the bundle's digest is not logged anywhere"
    try:
        logged = await log_bundle(
            ledger_url, result.statement, result.statement_digest, ledger_key, result.out_dir
        )
    except (DatabaseURLError, OSError, SQLAlchemyError, TreeMismatch) as exc:
        reason = one_line(getattr(exc, "orig", None) or exc).split(". ")[0]
        return f"[yellow]note:[/yellow] the bundle's digest is not logged in the ledger: {reason}"
    where = f"statement sha256 {result.statement_digest} logged in the ledger at seq {logged.seq}"
    if logged.proofs is not None:
        return f"{where}; its inclusion proof is in {WITNESS}"
    return f"{where}; prove it after the next checkpoint: recall ledger prove --subject {subject}"


@audit_app.command("verify")
def audit_verify(
    bundle: Annotated[Path, typer.Argument(help="a directory written by `recall audit export`")],
    public_key: Annotated[
        str | None, typer.Option("--public-key", help="the signing key (hex) you pinned out of band")
    ] = None,
    trust_bundle_key: Annotated[
        bool,
        typer.Option(
            "--trust-bundle-key",
            help="no pinned key: accept the manifest's own key and check the rest (prints UNVERIFIED ORIGIN)",
        ),
    ] = False,
    ledger_checkpoint: Annotated[
        Path | None,
        typer.Option(
            "--ledger-checkpoint",
            help="proofs from `recall ledger prove --subject bundle:<workflow id>` (or the bundle's "
            "ledger/witness.json): the bundle's digest must be in the ledger",
        ),
    ] = None,
    ledger_public_key: Annotated[
        str | None,
        typer.Option("--ledger-public-key", help="the ledger's checkpoint key (hex), pinned out of band"),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable checks")] = False,
) -> None:
    """Check a bundle offline: origin, digests, renderings, runs, every report field, approvals, replay;
    with --ledger-checkpoint, that the ledger logged this very bundle."""
    if public_key is not None and (len(public_key.strip()) != 64 or not _is_hex(public_key.strip())):
        fail("--public-key must be 64 hex digits (an Ed25519 public key)")
    if public_key is not None and trust_bundle_key:
        fail("give --public-key (the key you pinned) or --trust-bundle-key, not both")
    if ledger_checkpoint is not None and not ledger_checkpoint.is_file():
        fail(f"--ledger-checkpoint {ledger_checkpoint}: no such file")
    if ledger_public_key is not None and (
        len(ledger_public_key.strip()) != 64 or not _is_hex(ledger_public_key.strip())
    ):
        fail("--ledger-public-key must be 64 hex digits (an Ed25519 public key)")
    from workers.replay import replay_histories  # the worker's workflows, loaded only to replay them

    outcome = _run(
        verify_bundle(
            bundle,
            public_key,
            trust_bundle_key=trust_bundle_key,
            replay=replay_histories,
            ledger_checkpoint=ledger_checkpoint,
            ledger_public_key=ledger_public_key.strip().lower() if ledger_public_key else None,
        )
    )
    if as_json:
        checks = [
            {"check": c.what, "ok": c.ok, "status": str(c.status), "detail": c.detail} for c in outcome.checks
        ]
        document = {"ok": outcome.ok, "origin_verified": outcome.origin_verified, "checks": checks}
        sys.stdout.write(json.dumps(document, indent=2) + "\n")
        raise typer.Exit(0 if outcome.ok else 1)
    marks = {
        CheckStatus.HOLDS: "[green]holds[/green]",
        CheckStatus.FAILS: "[bold red]FAILS[/bold red]",
        CheckStatus.UNVERIFIED: "[yellow]UNVERIFIED[/yellow]",
    }
    for check in outcome.checks:
        console.print(f"{marks[check.status]}  {check.what}: {check.detail}", highlight=False, soft_wrap=True)
    failed = [c for c in outcome.checks if c.status == CheckStatus.FAILS]
    unverified = [c for c in outcome.checks if c.status == CheckStatus.UNVERIFIED]
    if failed:
        summary = f"[bold red]{len(failed)} of {len(outcome.checks)} checks fail[/bold red]"
    else:
        summary = f"[green]all {len(outcome.checks) - len(unverified)} checks hold[/green]"
        if unverified:
            summary += f"; {len(unverified)} UNVERIFIED (above: what this bundle cannot prove offline)"
    if not outcome.origin_verified:
        summary += "; [bold yellow]UNVERIFIED ORIGIN[/bold yellow] (no pinned key held)"
    console.print(summary, highlight=False, soft_wrap=True)
    raise typer.Exit(0 if outcome.ok else 1)


def _is_hex(text: str) -> bool:
    try:
        bytes.fromhex(text)
    except ValueError:
        return False
    return True


# ---------------------------------------------------------------------------------------------- history


def history(
    recall_id: RecallIdArg,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object per event")] = False,
    everything: Annotated[
        bool, typer.Option("--all", help="include workflow-task and activity-started bookkeeping")
    ] = False,
    children: Annotated[
        bool, typer.Option("--children/--no-children", help="include the backfill children's own events")
    ] = True,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """The timeline of one recall from Temporal's history: activities, updates, timers, children."""

    async def go() -> list[hist.HistoryLine]:
        client = await _client(address, namespace)
        runs = await fetch_histories(client, recall_id)
        parent_id = recall_workflow_id(recall_id)
        lines: list[hist.HistoryLine] = []
        for run in runs:
            if children or run.workflow_id == parent_id:
                lines.extend(hist.timeline(run.history, everything=everything))
        return sorted(lines, key=lambda line: line.at)  # children interleaved where they happened

    lines = _run(go())
    if as_json:
        for line in lines:
            sys.stdout.write(line.model_dump_json() + "\n")
        return
    table = Table(show_edge=False, header_style="bold")
    # Times and event names stay whole, however narrow the terminal: the other columns fold instead.
    whole = {"time (UTC)": 23, "event": max((len(line.event) for line in lines), default=5)}
    for column in ("time (UTC)", "workflow", "#", "event", "name", "status", "detail"):
        if column in whole:
            table.add_column(column, no_wrap=True, min_width=whole[column])
        else:
            table.add_column(column, overflow="fold")
    parent_id = recall_workflow_id(recall_id)
    for line in lines:
        workflow = "recall" if line.workflow_id == parent_id else line.workflow_id.rsplit("/", 1)[-1]
        table.add_row(
            line.at.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3],
            workflow,
            str(line.event_id),
            line.event,
            line.name,
            line.status,
            line.detail,
        )
    console.print(table)


# ---------------------------------------------------------------------------------------------- list


def _since(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        fail(f"--since {value!r} is not a date (YYYY-MM-DD) or an ISO timestamp")
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def list_query(status: str | None, since: datetime | None) -> str:
    """A visibility query over recalls; search attributes name the incident, phase and commander."""
    clauses = [f"WorkflowType = '{names.RECALL_WORKFLOW}'"]
    if status is not None:
        clauses.append(f"ExecutionStatus = '{STATUSES[status]}'")
    if since is not None:
        clauses.append(f"StartTime >= '{since.strftime('%Y-%m-%dT%H:%M:%SZ')}'")
    return " AND ".join(clauses)


def list_recalls(
    status: Annotated[
        str | None,
        typer.Option("--status", help="running, completed, failed or canceled (also terminated, timed-out)"),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="started on or after (YYYY-MM-DD or ISO time)")
    ] = None,
    limit: Annotated[int, typer.Option("--limit", min=1)] = 200,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    address: AddressOpt = None,
    namespace: NamespaceOpt = None,
) -> None:
    """Recalls on this Temporal, newest first, from visibility (search attributes and status)."""
    status = STATUS_ALIASES.get(status, status) if status is not None else None
    if status is not None and status not in STATUSES:
        fail(f"--status {status!r} is not one of: {', '.join(STATUSES)}")
    query = list_query(status, _since(since) if since else None)

    async def go() -> list[dict[str, object]]:
        client = await _client(address, namespace)
        rows: list[dict[str, object]] = []
        try:
            async for execution in client.list_workflows(query, limit=limit):
                attributes = execution.typed_search_attributes
                rows.append(
                    {
                        "incident_id": attributes.get(names.INCIDENT_ID_ATTRIBUTE)
                        or execution.id.removeprefix("recall-"),
                        "phase": attributes.get(names.PHASE_ATTRIBUTE),
                        "commander": attributes.get(names.COMMANDER_ATTRIBUTE),
                        "status": status_name(execution.status),
                        "started_at": execution.start_time.isoformat() if execution.start_time else None,
                        "closed_at": execution.close_time.isoformat() if execution.close_time else None,
                        "workflow_id": execution.id,
                        "run_id": execution.run_id,
                    }
                )
        except RPCError as exc:
            if exc.status == RPCStatusCode.INVALID_ARGUMENT:
                fail(
                    f"visibility refused the query ({exc.message}); are the Recall* search attributes "
                    "registered? (temporal operator search-attribute create ...)"
                )
            raise
        return rows

    rows = _run(go())
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    table = Table(title=f"recalls ({query})", header_style="bold")
    for column in ("incident", "status", "phase", "commander", "started", "closed"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            str(row["incident_id"]),
            str(row["status"]),
            str(row["phase"] or "—"),
            str(row["commander"] or "—"),
            str(row["started_at"] or "—")[:19],
            str(row["closed_at"] or "—")[:19],
        )
    console.print(table)


# One app with every auditor command, for tests and for mounting in one go.
app = typer.Typer(
    help="Read-only evidence for auditors.", no_args_is_help=True, pretty_exceptions_enable=False
)
app.command("report")(report)
app.command("history")(history)
app.command("list")(list_recalls)
app.add_typer(audit_app, name="audit")
