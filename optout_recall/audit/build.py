"""Assemble the report model from a recall's final state, its artifacts and the databases it touched.

The workflow's `write_report` activity and `recall report` both call `build_report` with the same ReportInput
(the activity receives it; the CLI reads it back out of the workflow's history), so the two reports agree.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from optout_recall.audit.model import (
    ApprovalRecord,
    AuditReport,
    BackfillSection,
    DeployRecord,
    FreezeRecord,
    IncidentSummary,
    LedgerSection,
    ProbeRunRecord,
    RefusalsSection,
    RefusedAttempt,
    ScenarioRecord,
    TimelineEntry,
)
from optout_recall.audit.sources import EventsSnapshot, rules_used
from optout_recall.gates.approvals import verify_recorded_decision
from optout_recall.gates.refusals import REFUSALS_FILE
from optout_recall.payloads import Phase, RefusedStatement, ReportInput, ScenarioVerdict, StepOutcome

_DEPLOY_STEP = re.compile(r"^(?P<action>deploy|rollback) (?P<ref>\S+) to (?P<env>\S+)$")
_PROBE_STEP = re.compile(r"^probe (?P<label>\S+)$")


def relative_to_artifacts(path: str, artifacts_dir: str) -> str:
    """A path as stored by an activity, made relative to the recall's artifacts directory when it is inside."""
    try:
        return Path(path).resolve().relative_to(Path(artifacts_dir).resolve()).as_posix()
    except ValueError:
        return path


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def build_report(
    input: ReportInput,
    *,
    events: EventsSnapshot,
    ledger: LedgerSection,
    generated_at: datetime,
    generated_by: str,
    temporal_status: str | None = None,
    artifacts_dir: Path | None = None,
) -> AuditReport:
    """`artifacts_dir` is where the transcripts are now (default: where the workflow wrote them)."""
    state = input.state
    artifacts = artifacts_dir or Path(input.artifacts_dir)
    return AuditReport(
        generated_at=generated_at,
        generated_by=generated_by,
        incident=IncidentSummary(
            incident_id=state.incident_id,
            title=state.title,
            commander=state.commander,
            outcome=state.outcome,
            temporal_status=temporal_status,
            failure=state.failure,
            cancelled_by=state.cancel.actor if state.cancel else None,
            cancel_reason=state.cancel.reason if state.cancel else None,
            window_start=input.window_start,
            window_end=input.window_end,
            jurisdictions=input.jurisdictions,
            gpc_policy=input.gpc_policy,
            spec_sha256=input.spec_sha256,
            workflow_id=input.workflow_id,
            run_id=input.run_id,
            hotfix_ref=state.hotfix_ref,
            hotfix_attempts=state.hotfix_attempts,
            break_glass_approvals=sum(1 for d in state.decisions if d.break_glass),
        ),
        rules=rules_used(input.rules_hash or state.rules_hash),
        counters=state.counters,
        freezes=[
            FreezeRecord(
                repo=f.repo.name,
                provider=str(f.repo.provider),
                location=f.repo.location,
                branches=f.repo.branches,
                frozen_at=f.frozen_at,
                frozen_by=f"optout-recall for commander {state.commander}",
                unfrozen_at=f.unfrozen_at,
                unfrozen_by=f"optout-recall for commander {state.commander}" if f.unfrozen_at else None,
                hotfix_allowed=f.allowed_commits,
                still_frozen=f.unfrozen_at is None,
            )
            for f in state.freezes
        ],
        reproduction=[_scenario(v, input.artifacts_dir, artifacts) for v in state.reproduction],
        verification=[_scenario(v, input.artifacts_dir, artifacts) for v in state.verification],
        probe_runs=[
            ProbeRunRecord(
                label=match["label"],
                phase=str(step.phase),
                started_at=step.started_at,
                ended_at=step.ended_at,
                outcome=step.outcome,
                summary=step.detail,
            )
            for step in state.timeline
            if (match := _PROBE_STEP.match(step.step))
        ],
        approvals=[
            ApprovalRecord(
                request_id=d.request_id,
                step=str(d.step),
                decision="approve" if d.approve else "reject",
                actor=d.actor,
                role=d.role,
                reason=d.reason,
                hotfix_ref=d.hotfix_ref,
                decided_at=d.decided_at,
                signed_at=d.signed_at,
                nonce=d.nonce,
                break_glass=d.break_glass,
                public_key=d.public_key,
                signature=d.signature,
                signature_verified=verify_recorded_decision(d, input.workflow_id),
            )
            for d in state.decisions
        ],
        refusals=refusals_section(artifacts, input.workflow_id),
        deploys=_deploys(input, artifacts),
        backfill=_backfill(input, events),
        downstream=events.downstream,
        deadlines=events.deadlines,
        ledger=ledger,
        open_items=state.open_items,
        timeline=[
            TimelineEntry(
                step=t.step,
                phase=str(t.phase),
                started_at=t.started_at,
                ended_at=t.ended_at,
                outcome=t.outcome,
                actor=t.actor,
                detail=t.detail,
            )
            for t in state.timeline
        ],
    )


def refusals_section(artifacts: Path, workflow_id: str) -> RefusalsSection:
    """The statements this recall's validators refused, as the worker appended them to its refusals file.

    A line that does not decode (a worker killed mid-append leaves half a line) is named in the note, not
    dropped silently, and never stops the report.
    """
    if not artifacts.is_dir():
        return RefusalsSection(
            available=False,
            source=REFUSALS_FILE,
            note="the artifacts directory was not found, so the refused statements could not be read",
        )
    path = artifacts / REFUSALS_FILE
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines() if path.is_file() else []
    attempts: list[RefusedAttempt] = []
    notes: list[str] = []
    elsewhere = 0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            refused = RefusedStatement.model_validate_json(line)
        except ValidationError as exc:
            notes.append(
                f"line {number} of {REFUSALS_FILE} is not a refused statement ({exc.errors()[0]['msg']})"
            )
            continue
        if refused.workflow_id != workflow_id:
            elsewhere += 1
            continue
        attempts.append(_refused_attempt(refused))
    if elsewhere:
        notes.append(f"{elsewhere} refused statements in {REFUSALS_FILE} are for other workflows, not listed")
    return RefusalsSection(available=True, source=REFUSALS_FILE, attempts=attempts, note="; ".join(notes))


def _refused_attempt(refused: RefusedStatement) -> RefusedAttempt:
    statement = refused.statement

    def text(key: str) -> str | None:
        value = statement.get(key)
        return value if isinstance(value, str) and value else None

    approve = statement.get("approve")
    return RefusedAttempt(
        refused_at=refused.refused_at,
        update=refused.update,
        claimed_actor=refused.claimed_actor,
        reason=refused.reason,
        run_id=refused.run_id,
        step=text("step"),
        approve=approve if isinstance(approve, bool) else None,
        break_glass=statement.get("break_glass") is True,
        hotfix_ref=text("hotfix_ref"),
        request_id=text("request_id"),
        signed_for_run=text("run_id"),
        statement=statement,
    )


def _scenario(verdict: ScenarioVerdict, recorded_dir: str, artifacts: Path) -> ScenarioRecord:
    relative = relative_to_artifacts(verdict.transcript_path, recorded_dir)
    on_disk = artifacts / relative
    if not on_disk.is_file():
        check = "missing"
    else:
        check = "matches" if file_sha256(on_disk) == verdict.transcript_sha256 else "differs"
    return ScenarioRecord(
        scenario=verdict.scenario,
        channel=verdict.channel,
        verdict=verdict.verdict,
        reason=verdict.reason,
        transcript=relative,
        transcript_sha256=verdict.transcript_sha256,
        transcript_check=check,
    )


def _deploys(input: ReportInput, artifacts: Path) -> list[DeployRecord]:
    """Deploys and rollbacks as the timeline recorded them, each with its hook's output file."""
    records: list[DeployRecord] = []
    for step in input.state.timeline:
        match = _DEPLOY_STEP.match(step.step)
        if step.phase != Phase.DEPLOY or match is None:
            continue
        pattern = f"{match['action']}-{match['ref']}-{match['env']}-*.log"
        logs = sorted((artifacts / "deploys").glob(pattern))
        records.append(
            DeployRecord(
                action=match["action"],  # type: ignore[arg-type]
                environment=match["env"],
                hotfix_ref=match["ref"],
                started_at=step.started_at,
                ended_at=step.ended_at,
                outcome=step.outcome,
                detail=step.detail,
                log=logs[-1].relative_to(artifacts).as_posix() if logs else None,
            )
        )
    return records


def _backfill(input: ReportInput, events: EventsSnapshot) -> BackfillSection:
    counts = input.state.backfill
    applied = any(t.step == "backfill apply" and t.outcome == StepOutcome.OK for t in input.state.timeline)
    if counts is None:
        return BackfillSection(ran=False, applied=False, note="the backfill did not run")
    note = events.note
    if events.corrections is not None and applied and events.corrections != counts.corrections_written:
        note = (
            f"recall_corrections holds {events.corrections} rows for the incident, "
            f"the backfill reported {counts.corrections_written}"
        )
    return BackfillSection(
        ran=True,
        applied=applied,
        scanned=counts.scanned,
        violations=counts.violations,
        corrections_written=counts.corrections_written,
        outbox_written=counts.outbox_written,
        through_links=counts.through_links,
        by_jurisdiction=dict(sorted(counts.by_jurisdiction.items())),
        by_purpose=dict(sorted(counts.by_purpose.items())),
        by_destination=dict(sorted(counts.by_destination.items())),
        corrections_in_database=events.corrections,
        sample=events.sample,
        note=note,
    )
