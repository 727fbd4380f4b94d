"""report.json re-derived, every field, from the histories and the bundle's own files, then compared.

The report is rebuilt with the same `build_report` the exporter ran: the recall's state from the input of its
`write_report` step, Temporal's status from the end of the parent's history, the correction count and sample
from `backfill/corrections.jsonl`, the ledger head from `ledger/head.json`, transcript checks against the
bundle's transcripts, and the refused attempts (which no history holds) from the worker's `refusals.jsonl`. The backfill's numbers are held to what the children returned as well. Whatever cannot
be derived offline is named as unverifiable, with why, instead of being taken on trust.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from optout_recall import names
from optout_recall.audit import history as hist
from optout_recall.audit.build import build_report, refusals_section
from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.deadlines import rule_record
from optout_recall.audit.lineage import Run, temporal_status
from optout_recall.audit.model import (
    AuditReport,
    CorrectionSample,
    DeadlinesSection,
    LateCorrection,
    LedgerHead,
    LedgerSection,
)
from optout_recall.audit.sources import SAMPLE_SIZE, EventsSnapshot
from optout_recall.gates.refusals import REFUSALS_FILE
from optout_recall.ledger import SignedHead
from optout_recall.ledger.signing import signature_is_valid
from optout_recall.payloads import BackfillCounts
from optout_recall.rules import RulesError, load_rules

CORRECTIONS = "backfill/corrections.jsonl"
LEDGER_HEAD = "ledger/head.json"
REFUSALS = f"artifacts/{REFUSALS_FILE}"
_WORKER_KEPT = (
    "worker-kept evidence that no history can confirm: a refused statement never enters history, so a "
    "refusal removed from both this file and report.json is beyond an offline check"
)
# What `sources.read_events` notes when the events database has no recall_corrections table at all; the
# bundle's (empty) correction list cannot tell that apart from a table with no rows for the incident.
_NO_TABLE_NOTE = "no recall_corrections table: the backfill never wrote"
_MISSING = "(absent)"
_MAX_DIFFERENCES = 20


@dataclass(frozen=True)
class Unverifiable:
    fields: tuple[str, ...]
    why: str


_ALWAYS_UNVERIFIABLE = (
    Unverifiable(
        ("generated_at", "generated_by"),
        "when and by which command the report was made; no history records it",
    ),
    Unverifiable(
        ("downstream",),
        "delivery state of recall_outbox: needs the live events database (the bundle holds no outbox rows)",
    ),
    Unverifiable(
        (
            "deadlines.after_deadline",
            "deadlines.without_deadline",
            "deadlines.notices_required",
            "deadlines.notices_overdue",
            "deadlines.notices",
            "deadlines.note",
        ),
        "every correction held to its deadline: needs the observed_at of every opt-out the corrections name, "
        "from the live ledger; each listed late correction is checked against the correction list, and its "
        "deadline recomputed from the rules",
    ),
    Unverifiable(
        ("ledger.verified", "ledger.summary", "ledger.entries_checked", "ledger.problems"),
        "the whole chain recomputed: needs the live ledger database (the bundle holds only its signed head); "
        "run `recall ledger verify`",
    ),
)


def check_report_fields(
    bundle: Path, report: AuditReport, parent: Run, runs: Sequence[Run], outcome: VerifyOutcome
) -> None:
    entry, history = parent
    recorded = hist.report_input(history)
    status = temporal_status(history)
    if recorded is None:
        theirs = report.incident.temporal_status
        outcome.add(
            "report vs history",
            theirs == status,
            f"incident.temporal_status: the report says {theirs!r}, history says {status!r}"
            if theirs != status
            else f"incident.temporal_status {status!r} matches the end of {entry.path}",
        )
        outcome.unverified(
            "report.json fields",
            "the recall had not reached its report step at export, so its final state is not in history; only "
            "incident.temporal_status, the approvals, the transcripts' digests and the ledger head are checked",
        )
        return
    unverifiable = list(_ALWAYS_UNVERIFIABLE)
    events = _events_from_bundle(bundle, report, unverifiable, outcome)
    ledger = _ledger_from_bundle(bundle, report, unverifiable)
    expected = build_report(
        recorded,
        events=events,
        ledger=ledger,
        generated_at=report.generated_at,
        generated_by=report.generated_by,
        temporal_status=status,
        artifacts_dir=bundle / "artifacts",
    )
    # The refused attempts come from no history but the worker's file: check_refusals holds them to it.
    expected = expected.model_copy(update={"refusals": report.refusals})
    differences: list[str] = []
    _differences("", expected.model_dump(mode="json"), report.model_dump(mode="json"), differences)
    differences.extend(_against_children(report, entry.workflow_id, runs))
    for difference in differences[:_MAX_DIFFERENCES]:
        outcome.add("report vs history", False, difference)
    if len(differences) > _MAX_DIFFERENCES:
        outcome.add("report vs history", False, f"and {len(differences) - _MAX_DIFFERENCES} more differences")
    if not differences:
        outcome.add(
            "report vs history",
            True,
            "every field of report.json matches its re-derivation from the histories and the bundle's files",
        )
    for item in unverifiable:
        outcome.unverified("report.json fields", f"{', '.join(item.fields)}: {item.why}")


def check_refusals(report: AuditReport, bundle: Path, runs: Sequence[Run], outcome: VerifyOutcome) -> None:
    """The report's refused attempts, re-derived from the worker's file in the bundle and compared."""
    workflow_id = report.incident.workflow_id
    derived = refusals_section(bundle / "artifacts", workflow_id)
    differences: list[str] = []
    _differences(
        "refusals", derived.model_dump(mode="json"), report.refusals.model_dump(mode="json"), differences
    )
    run_ids = {entry.run_id for entry, _ in runs if entry.workflow_id == workflow_id}
    for number, attempt in enumerate(report.refusals.attempts, start=1):
        if attempt.run_id not in run_ids:
            described = _describe(attempt.model_dump(mode="json"))
            differences.append(
                f"refusals.attempts[{number}] ({described}): refused in run {attempt.run_id}, "
                f"which is not a run of {workflow_id} in the bundle"
            )
    for difference in differences[:_MAX_DIFFERENCES]:
        outcome.add("refused statements", False, difference)
    if len(differences) > _MAX_DIFFERENCES:
        outcome.add(
            "refused statements", False, f"and {len(differences) - _MAX_DIFFERENCES} more differences"
        )
    if not differences:
        count = len(report.refusals.attempts)
        outcome.add(
            "refused statements",
            True,
            f"the {count} refused attempts in report.json are {REFUSALS} re-derived; that file is "
            "worker-kept evidence, which no history can confirm"
            if derived.available
            else "report.json says they are not available, and the bundle has no artifacts directory",
        )
    outcome.unverified(f"file {REFUSALS}", _WORKER_KEPT)


def _events_from_bundle(
    bundle: Path, report: AuditReport, unverifiable: list[Unverifiable], outcome: VerifyOutcome
) -> EventsSnapshot:
    """The incident's corrections as the exporter read them: its full list is in the bundle."""
    path = bundle / CORRECTIONS
    downstream = report.downstream  # unverifiable offline, listed as such
    rows: list[dict[str, Any]] | None = None
    if path.is_file():
        try:
            rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            sample = [
                CorrectionSample.model_validate(
                    {k: v for k, v in row.items() if k in CorrectionSample.model_fields}
                )
                for row in rows[:SAMPLE_SIZE]
            ]
        except (OSError, ValueError, AttributeError) as exc:  # ValidationError is a ValueError
            reason = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            outcome.add(f"file {CORRECTIONS}", False, f"unreadable: {reason}")
            rows = None
    if rows is None:
        unverifiable.append(
            Unverifiable(
                ("backfill.corrections_in_database", "backfill.sample", "backfill.note"),
                f"needs the live events database (no readable {CORRECTIONS} in the bundle)",
            )
        )
        unverifiable.append(Unverifiable(("deadlines",), f"no readable {CORRECTIONS} in the bundle"))
        return EventsSnapshot(
            available=False,
            note=report.backfill.note,
            corrections=report.backfill.corrections_in_database,
            sample=report.backfill.sample,
            downstream=downstream,
            deadlines=report.deadlines,
        )
    note = _NO_TABLE_NOTE if not rows and report.backfill.note == _NO_TABLE_NOTE else ""
    return EventsSnapshot(
        available=True,
        note=note,
        corrections=len(rows),
        sample=sample,
        downstream=downstream,
        deadlines=_deadlines_from_bundle(rows, report.deadlines, unverifiable),
    )


def _deadlines_from_bundle(
    rows: list[dict[str, Any]], reported: DeadlinesSection, unverifiable: list[Unverifiable]
) -> DeadlinesSection:
    """What of the deadlines section the correction list and the rules re-derive: how many corrections were
    checked, the deadline rules, and each listed late correction (its row, its deadline recomputed)."""
    if not reported.available:
        return reported
    try:
        rules = load_rules()
    except RulesError as exc:
        unverifiable.append(Unverifiable(("deadlines",), f"the shipped rules cannot be read: {exc}"))
        return reported
    by_event = {str(row.get("event_id")): row for row in rows}
    late: list[LateCorrection] = []
    for item in reported.late:
        row = by_event.get(item.event_id)
        found = rules.opt_out_due_at(str(row.get("jurisdiction")), item.opt_out_observed_at) if row else None
        if row is None or found is None:
            continue
        fields = {k: v for k, v in row.items() if k in LateCorrection.model_fields}
        recomputed = LateCorrection.model_validate(
            {**fields, "opt_out_observed_at": item.opt_out_observed_at, "due_at": found[0]}
        )
        if recomputed.processed_at >= recomputed.due_at:
            late.append(recomputed)
    derived_rules = []
    for record in reported.rules:
        rule = rules.rule_for(record.jurisdiction)
        deadline = None if rule is None else rule.opt_out_deadline
        if deadline is not None:
            derived_rules.append(rule_record(record.jurisdiction, deadline))
    return reported.model_copy(
        update={"corrections_checked": len(rows), "late": late, "rules": derived_rules}
    )


def _ledger_from_bundle(bundle: Path, report: AuditReport, unverifiable: list[Unverifiable]) -> LedgerSection:
    """The ledger section as far as the signed head in the bundle goes; the chain itself is not in the bundle."""
    chain = {
        "verified": report.ledger.verified,
        "summary": report.ledger.summary,
        "entries_checked": report.ledger.entries_checked,
        "problems": report.ledger.problems,
    }
    path = bundle / LEDGER_HEAD
    if not path.is_file():
        unverifiable.append(Unverifiable(("ledger.available",), f"{LEDGER_HEAD} is not in the bundle"))
        return LedgerSection(available=report.ledger.available, head=None, head_signature_valid=None, **chain)
    try:
        head = SignedHead.model_validate_json(path.read_text())
    except (OSError, ValidationError):  # the ledger head check names the file; here the fields just differ
        return LedgerSection(available=True, head=None, head_signature_valid=False, **chain)
    return LedgerSection(
        available=True,
        head=LedgerHead.model_validate(head.model_dump()),
        head_signature_valid=signature_is_valid(head),
        **chain,
    )


def _source(path: str) -> str:
    if path.startswith("refusals"):
        return REFUSALS
    if path.startswith(("backfill.corrections_in_database", "backfill.sample", "backfill.note")):
        return CORRECTIONS
    if path.startswith("ledger."):
        return LEDGER_HEAD
    if path.startswith("deadlines"):
        return f"{CORRECTIONS} and the rules"
    if path.endswith(".transcript_check"):
        return "the bundle's transcript"
    if path.startswith("deploys") and path.endswith(".log"):
        return "the bundle's deploy logs"
    return "history"


def _differences(path: str, ours: Any, theirs: Any, out: list[str], label: str = "") -> None:
    """Each leaf where the report (theirs) is not the re-derivation (ours), named by its path."""
    label = label or path
    if isinstance(ours, dict) and isinstance(theirs, dict):
        for key in sorted(set(ours) | set(theirs)):
            child = f"{path}.{key}" if path else key
            _differences(
                child,
                ours.get(key, _MISSING),
                theirs.get(key, _MISSING),
                out,
                f"{label}.{key}" if label else key,
            )
    elif isinstance(ours, list) and isinstance(theirs, list) and len(ours) != len(theirs):
        missing = [item for item in ours if item not in theirs]
        extra = [item for item in theirs if item not in ours]
        what = _describe(missing[0]) if missing else _describe(extra[0]) if extra else ""
        verb = (
            f"is in {_source(path)} but not in the report"
            if missing
            else f"is in the report but not in {_source(path)}"
        )
        out.append(f"{label}: {len(theirs)} in the report, {len(ours)} in {_source(path)}; {what} {verb}")
    elif isinstance(ours, list) and isinstance(theirs, list):
        for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
            described = f" ({_describe(a)})" if isinstance(a, dict) else ""
            _differences(f"{path}[{index + 1}]", a, b, out, f"{label}[{index + 1}]{described}")
    elif ours != theirs:
        out.append(f"{label}: the report says {_short(theirs)}, {_source(path)} says {_short(ours)}")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 160 else text[:157] + "..."


def _describe(item: Any) -> str:
    if not isinstance(item, dict):
        return repr(item)
    if "claimed_actor" in item and "update" in item:
        return f"{item['claimed_actor']}'s {item['update']} refused at {item['refused_at']}"
    if "actor" in item and "decision" in item:
        return f"{item['actor']}'s {item['decision']} of {item['step']} (request {item['request_id']})"
    if "scenario" in item:
        return f"scenario {item['scenario']} on {item['channel']}"
    return ", ".join(f"{k}={v}" for k, v in list(item.items())[:2])


def _child_result(workflow_id: str, runs: Sequence[Run]) -> BackfillCounts | None:
    for entry, history in reversed(runs):  # the last run of a child that continued as new holds its result
        if entry.workflow_id == workflow_id and (result := hist.backfill_result(history)) is not None:
            return result.counts
    return None


def _against_children(report: AuditReport, workflow_id: str, runs: Sequence[Run]) -> list[str]:
    """The backfill section and counters the recall recorded, held to what its backfill children returned."""
    dry_id = names.backfill_workflow_id(workflow_id, dry_run=True)
    apply_id = names.backfill_workflow_id(workflow_id, dry_run=False)
    source_id = apply_id if report.backfill.applied else dry_id
    counts = _child_result(source_id, runs)
    if counts is None:
        return []  # no such child: the lineage check says whether one was started
    section = report.backfill.model_dump(mode="json")
    returned = counts.model_dump(mode="json")
    differences = [
        f"backfill.{name}: the report says {section[name]!r}, {source_id} returned {returned[name]!r}"
        for name in (
            "scanned",
            "violations",
            "corrections_written",
            "outbox_written",
            "through_links",
            "by_jurisdiction",
            "by_purpose",
            "by_destination",
        )
        if section[name] != returned[name]
    ]
    for counter, field in (("events_scanned", "scanned"), ("violations", "violations")):
        if getattr(report.counters, counter) != returned[field]:
            differences.append(
                f"counters.{counter}: the report says {getattr(report.counters, counter)}, "
                f"{source_id} returned {returned[field]}"
            )
    return differences
