"""Checking an audit bundle offline: everything an auditor relies on, each failure named.

`verify_bundle` checks the manifest's signature, every digest, the report against the histories it claims to
summarise, every approval signature, the ledger head, and has every history replayed against the current
workflow code. Replaying needs the worker's workflows, so the caller passes the replay in (the CLI passes
`workers.replay.replay_histories`); nothing here knows how workflows are run.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
from pydantic import BaseModel, ValidationError
from temporalio.client import WorkflowHistory

from optout_recall.audit import history as hist
from optout_recall.audit.build import build_report, file_sha256
from optout_recall.audit.manifest import MANIFEST, SIGNATURE, BundleError, Manifest, ManifestHistory
from optout_recall.audit.model import SCHEMA_PATH, AuditReport
from optout_recall.audit.sources import EventsSnapshot
from optout_recall.gates.approvals import signature_valid, verify_recorded_decision
from optout_recall.ledger import SignedHead
from optout_recall.ledger.signing import signature_is_valid
from optout_recall.payloads import RecallInput

# Replays each history against the current workflow code: its replay failure, or None where it replays.
ReplayHistories = Callable[[Sequence[WorkflowHistory]], Awaitable[list[Exception | None]]]

# Sections of the report that come from the workflow's recorded state, so must equal a rebuild from history.
_STATE_SECTIONS = (
    "incident",
    "rules",
    "counters",
    "freezes",
    "reproduction",
    "verification",
    "probe_runs",
    "approvals",
    "deploys",
    "open_items",
    "timeline",
)
_BACKFILL_FROM_STATE = (
    "ran",
    "applied",
    "scanned",
    "violations",
    "corrections_written",
    "outbox_written",
    "by_jurisdiction",
    "by_purpose",
    "by_destination",
)


@dataclass(frozen=True)
class Check:
    what: str
    ok: bool
    detail: str = ""


@dataclass
class VerifyOutcome:
    checks: list[Check] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(check.ok for check in self.checks)

    def add(self, what: str, ok: bool, detail: str = "") -> None:
        self.checks.append(Check(what, ok, detail))


def load_manifest(bundle: Path) -> tuple[bytes, str]:
    if not bundle.is_dir():
        raise BundleError(f"{bundle}: no such directory")
    manifest_path, signature_path = bundle / MANIFEST, bundle / SIGNATURE
    if not manifest_path.is_file() or not signature_path.is_file():
        raise BundleError(f"{bundle} is not an audit bundle (no {MANIFEST} and {SIGNATURE})")
    return manifest_path.read_bytes(), signature_path.read_text().strip()


async def verify_bundle(
    bundle: Path, pinned_public_key: str | None = None, *, replay: ReplayHistories
) -> VerifyOutcome:
    """Every check an auditor relies on; a failed check names the file or record and says what differs."""
    manifest_bytes, signature = load_manifest(bundle)
    outcome = VerifyOutcome()
    try:
        manifest = Manifest.model_validate_json(manifest_bytes)
    except ValidationError as exc:
        outcome.add("manifest", False, f"{MANIFEST} is not a valid manifest: {exc.errors()[0]['msg']}")
        return outcome

    key_ok = signature_valid(manifest.public_key, manifest_bytes, signature)
    outcome.add(
        "manifest signature",
        key_ok,
        f"Ed25519 key {manifest.public_key}" + ("" if key_ok else ": does not verify"),
    )
    if pinned_public_key is not None:
        pinned = pinned_public_key.strip().lower()
        outcome.add(
            "signing key pinned",
            pinned == manifest.public_key,
            "matches --public-key"
            if pinned == manifest.public_key
            else f"manifest key {manifest.public_key} is not {pinned}",
        )

    _check_digests(bundle, manifest, outcome)
    histories = _load_histories(bundle, manifest, outcome)
    report = _load_report(bundle, outcome)
    parent = next(
        (h for m, h in histories if m.workflow_id == manifest.workflow_id and m.run_id == manifest.run_id),
        None,
    )
    if parent is None:
        outcome.add(
            "histories", False, f"no history of {manifest.workflow_id} run {manifest.run_id} in the bundle"
        )
    if report is not None and parent is not None:
        _check_report_against_history(bundle, report, parent, histories, outcome)
        _check_approvals(report, parent, outcome)
        _check_transcripts(bundle, report, outcome)
        _check_corrections(bundle, report, outcome)
        _check_ledger_head(bundle, report, outcome)
    await _replay(histories, replay, outcome)
    return outcome


def _check_digests(bundle: Path, manifest: Manifest, outcome: VerifyOutcome) -> None:
    listed = {entry.path for entry in manifest.files}
    bad = 0
    for entry in manifest.files:
        path = bundle / entry.path
        if not path.is_file():
            outcome.add(f"file {entry.path}", False, "listed in the manifest but missing")
            bad += 1
        elif file_sha256(path) != entry.sha256:
            outcome.add(f"file {entry.path}", False, "SHA-256 differs from the manifest (file changed)")
            bad += 1
    for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
        relative = path.relative_to(bundle).as_posix()
        if relative not in listed and relative not in (MANIFEST, SIGNATURE):
            outcome.add(f"file {relative}", False, "not in the manifest (added after export)")
            bad += 1
    if not bad:
        outcome.add("file digests", True, f"{len(manifest.files)} files match the manifest")


def _load_histories(
    bundle: Path, manifest: Manifest, outcome: VerifyOutcome
) -> list[tuple[ManifestHistory, WorkflowHistory]]:
    loaded = []
    for entry in manifest.histories:
        path = bundle / entry.path
        try:
            history = WorkflowHistory.from_json(entry.workflow_id, path.read_text())
            started = hist.started_attributes(history)
        except (OSError, ValueError, KeyError) as exc:
            outcome.add(f"history {entry.path}", False, f"unreadable: {exc}")
            continue
        recorded_id = started.workflow_id or entry.workflow_id
        if recorded_id != entry.workflow_id or started.original_execution_run_id != entry.run_id:
            outcome.add(
                f"history {entry.path}",
                False,
                f"is the history of {recorded_id} run {started.original_execution_run_id}, "
                f"the manifest says {entry.workflow_id} run {entry.run_id} (history swapped)",
            )
            continue
        loaded.append((entry, history))
    return loaded


def _load_report(bundle: Path, outcome: VerifyOutcome) -> AuditReport | None:
    try:
        document = json.loads((bundle / "report.json").read_text())
    except (OSError, ValueError) as exc:
        outcome.add("report.json", False, f"unreadable: {exc}")
        return None
    schema = json.loads(SCHEMA_PATH.read_text())
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    if errors:
        where = "/".join(str(part) for part in errors[0].absolute_path) or "(top)"
        outcome.add("report.json schema", False, f"{where}: {errors[0].message}")
        return None
    outcome.add("report.json schema", True, "valid against report.schema.json")
    return AuditReport.model_validate(document)


def _check_report_against_history(
    bundle: Path,
    report: AuditReport,
    parent: WorkflowHistory,
    histories: list[tuple[ManifestHistory, WorkflowHistory]],
    outcome: VerifyOutcome,
) -> None:
    """The report must say what the workflow recorded; rebuild the state sections from history and compare."""
    recorded = hist.report_input(parent)
    if recorded is None:
        outcome.add(
            "report vs history", True, "the recall was still running at export; approvals checked only"
        )
        return
    expected = build_report(
        recorded,
        events=EventsSnapshot(available=False),
        ledger=report.ledger,
        generated_at=report.generated_at,
        generated_by=report.generated_by,
        temporal_status=report.incident.temporal_status,
        artifacts_dir=bundle / "artifacts",
    )
    mismatches = []
    for section in _STATE_SECTIONS:
        ours, theirs = _comparable(getattr(expected, section)), _comparable(getattr(report, section))
        if ours != theirs:
            mismatches.append(f"{section}: {_first_difference(section, ours, theirs)}")
    for name in _BACKFILL_FROM_STATE:
        ours, theirs = getattr(expected.backfill, name), getattr(report.backfill, name)
        if ours != theirs:
            mismatches.append(f"backfill.{name}: the report says {theirs}, history says {ours}")
    for entry, history in histories:
        if "/backfill-apply" in entry.workflow_id and (result := hist.backfill_result(history)) is not None:
            if result.counts.corrections_written != report.backfill.corrections_written:
                mismatches.append(
                    f"backfill.corrections_written: the report says {report.backfill.corrections_written}, "
                    f"{entry.workflow_id} completed with {result.counts.corrections_written}"
                )
    for mismatch in mismatches:
        outcome.add("report vs history", False, mismatch)
    if not mismatches:
        outcome.add(
            "report vs history", True, "every recorded section of the report matches the workflow's history"
        )


def _comparable(value: Any) -> Any:
    dumped = value.model_dump(mode="json") if isinstance(value, BaseModel) else value
    if isinstance(value, list):
        dumped = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
    if isinstance(dumped, dict):
        dumped.pop("transcript_check", None)
    if isinstance(dumped, list):
        for item in dumped:
            if isinstance(item, dict):
                item.pop("transcript_check", None)
    return dumped


def _first_difference(section: str, ours: Any, theirs: Any) -> str:
    if isinstance(ours, list) and isinstance(theirs, list):
        if len(ours) != len(theirs):
            missing = [item for item in ours if item not in theirs]
            extra = [item for item in theirs if item not in ours]
            what = _describe(missing[0]) if missing else _describe(extra[0]) if extra else ""
            verb = "is in history but not in the report" if missing else "is in the report but not in history"
            return f"{len(theirs)} in the report, {len(ours)} in history; {what} {verb}"
        for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            if a != b:
                return f"entry {index + 1} differs ({_describe(a)}): {_dict_difference(a, b)}"
    if isinstance(ours, dict) and isinstance(theirs, dict):
        return _dict_difference(ours, theirs)
    return f"the report says {theirs!r}, history says {ours!r}"


def _dict_difference(ours: Any, theirs: Any) -> str:
    if not isinstance(ours, dict) or not isinstance(theirs, dict):
        return f"the report says {theirs!r}, history says {ours!r}"
    for key in sorted(set(ours) | set(theirs)):
        if ours.get(key) != theirs.get(key):
            return f"{key}: the report says {theirs.get(key)!r}, history says {ours.get(key)!r}"
    return "differs"


def _describe(item: Any) -> str:
    if not isinstance(item, dict):
        return repr(item)
    if "actor" in item and "decision" in item:
        return f"{item['actor']}'s {item['decision']} of {item['step']} (request {item['request_id']})"
    if "scenario" in item:
        return f"scenario {item['scenario']} on {item['channel']}"
    return ", ".join(f"{k}={v}" for k, v in list(item.items())[:2])


def _check_approvals(report: AuditReport, parent: WorkflowHistory, outcome: VerifyOutcome) -> None:
    """Every decision that entered history verifies under the roster's key, and the report lists all of them."""
    recall_input: RecallInput = hist.recall_input(parent)
    roster = {person.name: person.public_key for person in recall_input.people}
    workflow_id = report.incident.workflow_id
    decisions = hist.recorded_decisions(parent)
    in_report = {a.request_id for a in report.approvals}
    good = 0
    for decision in decisions:
        label = f"approval {decision.actor} {decision.step} ({'approve' if decision.approve else 'reject'})"
        if not verify_recorded_decision(decision, workflow_id):
            outcome.add(label, False, "signature does not verify")
        elif roster.get(decision.actor) != decision.public_key:
            outcome.add(label, False, f"signed with a key that is not {decision.actor}'s key in the roster")
        elif decision.request_id not in in_report:
            outcome.add(
                label, False, f"in history (request {decision.request_id}) but missing from the report"
            )
        else:
            good += 1
    for approval in report.approvals:
        if approval.request_id not in {d.request_id for d in decisions}:
            outcome.add(
                f"approval {approval.actor} {approval.step}", False, "in the report but not in history"
            )
    if good == len(decisions):
        outcome.add("approval signatures", True, f"{good} decisions verify under the roster's Ed25519 keys")


def _check_transcripts(bundle: Path, report: AuditReport, outcome: VerifyOutcome) -> None:
    bad = 0
    scenarios = [*report.reproduction, *report.verification]
    for scenario in scenarios:
        path = bundle / "artifacts" / scenario.transcript
        if not path.is_file():
            outcome.add(f"transcript {scenario.transcript}", False, "missing from the bundle")
            bad += 1
        elif file_sha256(path) != scenario.transcript_sha256:
            outcome.add(
                f"transcript {scenario.transcript}",
                False,
                "SHA-256 differs from the one the probe recorded in history",
            )
            bad += 1
    if not bad:
        outcome.add(
            "transcripts", True, f"{len(scenarios)} transcripts match the digests recorded in history"
        )


def _check_corrections(bundle: Path, report: AuditReport, outcome: VerifyOutcome) -> None:
    path = bundle / "backfill" / "corrections.jsonl"
    if not report.backfill.applied:
        return
    if not path.is_file():
        outcome.add("correction list", False, "backfill/corrections.jsonl is missing")
        return
    rows = [line for line in path.read_text().splitlines() if line.strip()]
    ok = len(rows) == report.backfill.corrections_written
    outcome.add(
        "correction list",
        ok,
        f"{len(rows)} corrections listed"
        + ("" if ok else f", the backfill reported {report.backfill.corrections_written}"),
    )


def _check_ledger_head(bundle: Path, report: AuditReport, outcome: VerifyOutcome) -> None:
    path = bundle / "ledger" / "head.json"
    if report.ledger.head is None:
        return
    try:
        head = SignedHead.model_validate_json(path.read_text())
    except (OSError, ValidationError) as exc:
        outcome.add("ledger head", False, f"ledger/head.json unreadable: {exc}")
        return
    if not signature_is_valid(head):
        outcome.add("ledger head", False, f"signature of head seq {head.seq} does not verify")
    elif head.model_dump(mode="json") != report.ledger.head.model_dump(mode="json"):
        outcome.add("ledger head", False, "ledger/head.json is not the head in the report")
    else:
        outcome.add("ledger head", True, f"seq {head.seq} signed by key {head.key_id}, signature valid")


async def _replay(
    histories: list[tuple[ManifestHistory, WorkflowHistory]],
    replay: ReplayHistories,
    outcome: VerifyOutcome,
) -> None:
    failures = await replay([history for _, history in histories])
    for (entry, _), failure in zip(histories, failures, strict=True):
        outcome.add(
            f"replay {entry.path}",
            failure is None,
            f"{entry.workflow_id} replays against the current workflow code"
            if failure is None
            else f"does not replay: {failure}",
        )
