"""Checking an audit bundle offline: everything an auditor relies on, each failure named.

`verify_bundle` checks the DSSE envelope's signature (securesystemslib's DSSE code) against a key pinned out
of band, that it holds an in-toto Statement v1 whose predicate fits the published schema, every subject's
digest, every quorum approval's envelope against the roster's keys and the quorum, that the
Markdown and HTML reports are report.json rendered again, that every run the recall started is in the bundle
and ended as recorded, every field of report.json against its re-derivation from the histories (naming what
cannot be derived offline), every approval signature, the refused attempts against the worker's file of them,
the ledger head, and has every history replayed
against the current workflow code. Replaying needs the worker's workflows, so the caller passes the replay in
(the CLI passes `workers.replay.replay_histories`); nothing here knows how workflows are run.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path

import jsonschema
from pydantic import ValidationError
from temporalio.client import WorkflowHistory

from optout_recall.audit import history as hist
from optout_recall.audit.attestation import LoadedStatement, check_digests, check_origin, load_statement
from optout_recall.audit.build import file_sha256
from optout_recall.audit.checks import Check, CheckStatus, VerifyOutcome
from optout_recall.audit.lineage import check_children, check_parent_closed
from optout_recall.audit.manifest import EvidencePredicate, ManifestHistory
from optout_recall.audit.model import SCHEMA_PATH, AuditReport
from optout_recall.audit.quorum import check_approval_envelopes
from optout_recall.audit.rederive import check_refusals, check_report_fields
from optout_recall.audit.render import render_html, render_json, render_markdown
from optout_recall.audit.witness import check_witness
from optout_recall.gates.approvals import verify_recorded_decision
from optout_recall.ledger import SignedHead
from optout_recall.ledger.signing import key_id as ledger_key_id
from optout_recall.ledger.signing import signature_is_valid
from optout_recall.payloads import RecallInput

__all__ = ["Check", "CheckStatus", "LoadedStatement", "ReplayHistories", "VerifyOutcome", "verify_bundle"]

# Replays each history against the current workflow code: its replay failure, or None where it replays.
ReplayHistories = Callable[[Sequence[WorkflowHistory]], Awaitable[list[Exception | None]]]


async def verify_bundle(
    bundle: Path,
    pinned_public_key: str | None = None,
    *,
    trust_bundle_key: bool = False,
    replay: ReplayHistories,
    ledger_checkpoint: Path | None = None,
    ledger_public_key: str | None = None,
) -> VerifyOutcome:
    """Every check an auditor relies on; a failed check names the file or record and says what differs.

    Without a pinned key the origin is unverified, which fails, since whoever edits a bundle can re-sign it
    with a key of their own; `trust_bundle_key` accepts the statement's own key and says UNVERIFIED ORIGIN.
    With `ledger_checkpoint` (proofs from `recall ledger prove`), the statement's digest must be in the ledger:
    a bundle re-signed after export, even with the exporter's key, is not.
    """
    outcome = VerifyOutcome()
    loaded = load_statement(bundle, outcome)
    if loaded is None:
        return outcome
    manifest = loaded.statement.predicate
    check_origin(loaded, pinned_public_key, trust_bundle_key, outcome)
    check_digests(bundle, loaded, outcome)
    if ledger_checkpoint is not None:
        check_witness(ledger_checkpoint, loaded.digest, manifest.workflow_id, ledger_public_key, outcome)
    histories = _load_histories(bundle, manifest, outcome)
    report = _load_report(bundle, outcome)
    if report is not None:
        _check_renderings(bundle, report, outcome)
    parent = next(
        (
            run
            for run in histories
            if run[0].workflow_id == manifest.workflow_id and run[0].run_id == manifest.run_id
        ),
        None,
    )
    if parent is None:
        outcome.add(
            "histories", False, f"no history of {manifest.workflow_id} run {manifest.run_id} in the bundle"
        )
    _guarded("child workflows", outcome, lambda: check_children(manifest.workflow_id, histories, outcome))
    if report is not None and parent is not None:
        _guarded("parent closed", outcome, lambda: check_parent_closed(report, parent, outcome))
        _guarded(
            "report vs history",
            outcome,
            lambda: check_report_fields(bundle, report, parent, histories, outcome),
        )
        _guarded("approval signatures", outcome, lambda: _check_approvals(report, parent[1], outcome))
        _guarded(
            "approval envelopes",
            outcome,
            lambda: check_approval_envelopes(bundle, manifest.approvals, parent[1], outcome),
        )
        check_refusals(report, bundle, histories, outcome)
        _guarded(
            "transcripts",
            outcome,
            lambda: _check_transcripts(bundle, report, hist.report_input(parent[1]) is not None, outcome),
        )
        _check_corrections(bundle, report, outcome)
        _check_ledger_head(bundle, report, ledger_public_key, outcome)
    await _replay(histories, replay, outcome)
    return outcome


def _guarded(what: str, outcome: VerifyOutcome, check: Callable[[], None]) -> None:
    """A check over recorded payloads; a payload edited so it no longer decodes fails that check, by name."""
    try:
        check()
    except (
        ValueError,
        TypeError,
        KeyError,
        RuntimeError,
    ) as exc:  # pydantic's ValidationError is a ValueError
        reason = " ".join(str(exc).split())
        outcome.add(what, False, f"a payload recorded in history does not decode: {reason[:200]}")


def _load_histories(
    bundle: Path, manifest: EvidencePredicate, outcome: VerifyOutcome
) -> list[tuple[ManifestHistory, WorkflowHistory]]:
    loaded = []
    for entry in manifest.histories:
        path = bundle / entry.path
        try:
            history = WorkflowHistory.from_json(entry.workflow_id, path.read_text())
            started = hist.started_attributes(history)
        except (OSError, ValueError, KeyError, IndexError) as exc:
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
    try:
        report = AuditReport.model_validate(document)
    except ValidationError as exc:  # what JSON Schema leaves unchecked, such as a date-time's format
        error = exc.errors()[0]
        where = "/".join(str(part) for part in error["loc"])
        outcome.add("report.json schema", False, f"{where}: {error['msg']}")
        return None
    outcome.add("report.json schema", True, "valid against report.schema.json")
    return report


def _check_renderings(bundle: Path, report: AuditReport, outcome: VerifyOutcome) -> None:
    """What people read (report.md, report.html) is report.json rendered again, byte for byte."""
    expected = {
        "report.json": render_json(report).encode(),
        "report.md": render_markdown(report).encode(),
        "report.html": render_html(report).encode(),
        "report.schema.json": SCHEMA_PATH.read_bytes(),
    }
    bad = 0
    for name, ours in expected.items():
        path = bundle / name
        what = (
            "the schema this optout-recall publishes"
            if name == "report.schema.json"
            else "report.json in canonical form"
            if name == "report.json"
            else "report.json rendered again"
        )
        if not path.is_file():
            outcome.add(f"file {name}", False, "missing from the bundle")
            bad += 1
        elif (theirs := path.read_bytes()) != ours:
            outcome.add(f"file {name}", False, f"is not {what}: {_first_line_difference(ours, theirs)}")
            bad += 1
    if not bad:
        outcome.add(
            "renderings",
            True,
            "report.md and report.html are report.json rendered again, byte for byte; the schema is this one's",
        )


def _first_line_difference(ours: bytes, theirs: bytes) -> str:
    mine, yours = ours.decode(errors="replace").splitlines(), theirs.decode(errors="replace").splitlines()
    for number, (a, b) in enumerate(zip(mine, yours, strict=False), start=1):
        if a != b:
            return f"line {number} reads {_clip(b)}, the rendering {_clip(a)}"
    if len(mine) != len(yours):
        return f"{len(yours)} lines, the rendering has {len(mine)}"
    return "the bytes differ (line endings or encoding)"


def _clip(line: str) -> str:
    line = line.strip()
    return repr(line if len(line) <= 100 else line[:97] + "...")


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


def _check_transcripts(bundle: Path, report: AuditReport, in_history: bool, outcome: VerifyOutcome) -> None:
    """`in_history`: the report's digests were held to history (its report step ran), not only stated."""
    where = "recorded in history" if in_history else "in report.json"
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
                f"SHA-256 differs from the one {where}",
            )
            bad += 1
    if not bad:
        outcome.add("transcripts", True, f"{len(scenarios)} transcripts match the digests {where}")


def _check_corrections(bundle: Path, report: AuditReport, outcome: VerifyOutcome) -> None:
    path = bundle / "backfill" / "corrections.jsonl"
    if not report.backfill.applied:
        return
    if not path.is_file():
        outcome.add("correction list", False, "backfill/corrections.jsonl is missing")
        return
    rows = [line for line in path.read_text().splitlines() if line.strip()]
    if problem := _not_one_row_an_event(rows):
        outcome.add("correction list", False, problem)
        return
    ok = len(rows) == report.backfill.corrections_written
    outcome.add(
        "correction list",
        ok,
        f"{len(rows)} corrections listed, one per event"
        + ("" if ok else f", the backfill reported {report.backfill.corrections_written}"),
    )


def _not_one_row_an_event(rows: Sequence[str]) -> str | None:
    """Each row a correction of its own event, as the backfill's exactly-once key (incident, event) keeps them:
    a count alone would hold with one correction dropped and another listed twice."""
    times: Counter[str] = Counter()
    for number, line in enumerate(rows, start=1):
        try:
            row = json.loads(line)
        except ValueError:
            return f"row {number} is not JSON"
        event_id = row.get("event_id") if isinstance(row, dict) else None
        if not isinstance(event_id, str):
            return f"row {number} has no event_id"
        times[event_id] += 1
    twice = [(event_id, count) for event_id, count in times.items() if count > 1]
    if twice:
        event_id, count = twice[0]
        more = f" (and {len(twice) - 1} more events)" if len(twice) > 1 else ""
        return f"the correction of event {event_id!r} is listed {count} times{more}"
    return None


def _check_ledger_head(
    bundle: Path, report: AuditReport, pinned_ledger_key: str | None, outcome: VerifyOutcome
) -> None:
    path = bundle / "ledger" / "head.json"
    if report.ledger.head is None:
        return
    try:
        head = SignedHead.model_validate_json(path.read_text())
    except (OSError, ValidationError) as exc:
        outcome.add("ledger head", False, f"ledger/head.json unreadable: {exc}")
        return
    # The signature verifies under the public key the head carries itself: its key_id, which is what a
    # reader compares, is held to that key, and the key to the ledger's when one is pinned.
    signer = ledger_key_id(head.public_key) if _is_public_key(head.public_key) else None
    if not signature_is_valid(head):
        outcome.add("ledger head", False, f"signature of head seq {head.seq} does not verify")
    elif head.key_id != signer:
        outcome.add(
            "ledger head", False, f"head seq {head.seq} names key id {head.key_id}, its key's id is {signer}"
        )
    elif head.model_dump(mode="json") != report.ledger.head.model_dump(mode="json"):
        outcome.add("ledger head", False, "ledger/head.json is not the head in the report")
    elif pinned_ledger_key is not None and head.public_key != pinned_ledger_key:
        outcome.add(
            "ledger head",
            False,
            f"head seq {head.seq} is signed by key {signer}, not the pinned ledger key {ledger_key_id(pinned_ledger_key)}",
        )
    else:
        outcome.add("ledger head", True, f"seq {head.seq} signed by key {head.key_id}, signature valid")
        if pinned_ledger_key is not None:
            outcome.add("ledger head key pinned", True, f"signed by the pinned ledger key {signer}")
        else:
            outcome.unverified(
                "ledger head key pinned",
                f"UNVERIFIED: checked against the key ledger/head.json names, {signer}; anyone can sign a head "
                "with a key of their own: pin the ledger's key with --ledger-public-key",
            )


def _is_public_key(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


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
