"""Writing an audit bundle: a directory an auditor can check offline, with nothing to trust but one public key.

`export_bundle` writes the report (HTML, Markdown, JSON and its schema), every workflow history, the
transcripts and deploy logs, the worker's file of refused statements, the backfill's correction list, the
ledger's signed head and the quorum approvals' envelopes, then an in-toto Statement v1 listing every file's
SHA-256, in a DSSE envelope signed with Ed25519 (`attestation.dsse.json`). The caller gathers the histories
and the report (read-only, from Temporal); this module only writes them down.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.build import file_sha256, refusals_section
from optout_recall.audit.dsse import sign_envelope
from optout_recall.audit.history import RunHistory
from optout_recall.audit.manifest import (
    PREDICATE_SCHEMA,
    PREDICATE_SCHEMA_PATH,
    STATEMENT,
    BundleError,
    BundleStatement,
    EvidencePredicate,
    ManifestHistory,
    Subject,
    statement_digest,
)
from optout_recall.audit.model import SCHEMA_PATH, AuditReport
from optout_recall.audit.quorum import write_approval_envelopes
from optout_recall.audit.render import render_html, render_json, render_markdown
from optout_recall.audit.sources import Sources, SourceUnavailable, read_all_corrections
from optout_recall.gates.approvals import public_key_hex
from optout_recall.ledger import SignedHead
from optout_recall.payloads import RecallInput

SKIPPED_ARTIFACTS = {"histories"}  # fetched fresh from Temporal instead


@dataclass(frozen=True)
class ExportResult:
    out_dir: Path
    public_key: str
    files: int
    histories: int
    notes: list[str]
    statement: BundleStatement
    statement_digest: str  # SHA-256 of the signed statement: what the ledger logs


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)


def _history_path(workflow_id: str, run_id: str) -> str:
    return f"histories/{_safe(workflow_id)}__{run_id}.json"


async def export_bundle(
    runs: Sequence[RunHistory],
    report: AuditReport,
    recall_input: RecallInput,
    out_dir: Path,
    key: Ed25519PrivateKey,
    sources: Sources | None = None,
) -> ExportResult:
    """Write the bundle of a recall whose histories and report the caller has gathered, then sign it."""
    sources = sources or Sources()
    if out_dir.exists() and any(out_dir.iterdir()):
        raise BundleError(f"{out_dir} is not empty; export into a new directory")
    out_dir.mkdir(parents=True, exist_ok=True)
    notes: list[str] = []

    manifest_histories = []
    for run in runs:
        relative = _history_path(run.workflow_id, run.run_id)
        (out_dir / relative).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / relative).write_text(run.history.to_json())
        manifest_histories.append(
            ManifestHistory(path=relative, workflow_id=run.workflow_id, run_id=run.run_id)
        )

    artifacts = sources.artifacts_dir or Path(recall_input.artifacts_dir)
    if artifacts.is_dir():
        shutil.copytree(
            artifacts,
            out_dir / "artifacts",
            ignore=lambda folder, entries: [
                e
                for e in entries
                if (Path(folder) == artifacts and e in SKIPPED_ARTIFACTS) or e.endswith(".tmp")
            ],
        )
    else:
        notes.append(
            f"artifacts directory {artifacts} not found: transcripts, deploy logs and refused statements are "
            "not included"
        )
    # The worker may have refused another statement since the report was built: list what the bundle holds.
    refusals = refusals_section(out_dir / "artifacts", report.incident.workflow_id)
    report = report.model_copy(update={"refusals": refusals})
    (out_dir / "report.json").write_text(render_json(report))
    (out_dir / "report.md").write_text(render_markdown(report))
    (out_dir / "report.html").write_text(render_html(report))
    shutil.copyfile(SCHEMA_PATH, out_dir / "report.schema.json")

    events_url = recall_input.events_url if sources.events_url is None else sources.events_url
    try:
        corrections = await read_all_corrections(events_url, recall_input.incident_id)
    except SourceUnavailable as exc:
        notes.append(f"correction list not included: {exc}")
    else:
        (out_dir / "backfill").mkdir(exist_ok=True)
        with (out_dir / "backfill" / "corrections.jsonl").open("w") as out:
            for row in corrections:
                out.write(json.dumps(row, default=_json_default, sort_keys=True) + "\n")

    if report.ledger.head is not None:
        head = SignedHead.model_validate(report.ledger.head.model_dump())
        (out_dir / "ledger").mkdir(exist_ok=True)
        (out_dir / "ledger" / "head.json").write_text(head.model_dump_json(indent=2) + "\n")
        (out_dir / "ledger" / "head.txt").write_text(head.to_text() + "\n")
    else:
        notes.append(f"no signed ledger head: {report.ledger.summary}")

    parent = next(
        (
            run.history
            for run in runs
            if run.workflow_id == report.incident.workflow_id and run.run_id == report.incident.run_id
        ),
        None,
    )
    approvals = write_approval_envelopes(out_dir, parent, report.incident.workflow_id, notes)
    shutil.copyfile(PREDICATE_SCHEMA_PATH, out_dir / PREDICATE_SCHEMA)
    subjects = [
        Subject(name=path.relative_to(out_dir).as_posix(), digest={"sha256": file_sha256(path)})
        for path in sorted(p for p in out_dir.rglob("*") if p.is_file())
    ]
    statement = BundleStatement(
        subject=subjects,
        predicate=EvidencePredicate(
            incident_id=recall_input.incident_id,
            workflow_id=report.incident.workflow_id,
            run_id=report.incident.run_id,
            created_at=datetime.now(UTC),
            public_key=public_key_hex(key),
            notes=notes,
            histories=manifest_histories,
            approvals=approvals,
        ),
    )
    payload = statement.payload()
    envelope = sign_envelope(payload, [key])
    (out_dir / STATEMENT).write_text(json.dumps(envelope, indent=2) + "\n")
    return ExportResult(
        out_dir,
        statement.predicate.public_key,
        len(subjects),
        len(runs),
        notes,
        statement,
        statement_digest(payload),
    )


def _json_default(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")
