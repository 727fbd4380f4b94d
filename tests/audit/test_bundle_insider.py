"""An insider holding the bundle's signing key edits a bundle and re-signs it: verify still names each edit.

Every bundle here is re-signed with the real key, so the statement's signature and the pin hold; what catches the
edit is the bundle disagreeing with itself: renderings with report.json, report.json with the histories, the
histories with the runs the parent says it started and how it says they ended.
"""

from __future__ import annotations

import base64
import json
import shutil
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.manifest import EvidencePredicate, ManifestHistory
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import (
    edit_json,
    edit_report,
    failures,
    history_file,
    replace_once,
    resign,
    unverified,
    verify,
)

pytestmark = pytest.mark.devserver


async def pinned(bundle: Path, recall: FinishedRecall) -> tuple[int, str]:
    return await verify(bundle, "--public-key", recall.public_key)


def _violations(recall: FinishedRecall) -> int:
    return recall.state.counters.violations


# ---------------------------------------------------------------------------------------------- renderings


@pytest.mark.parametrize(
    ("name", "count_text", "approver_text"),
    [
        ("report.md", "violations {n},", "| bob (on-call) |"),
        ("report.html", "<strong>{n}</strong> violations", "<td>bob (on-call)</td>"),
    ],
)
async def test_an_edited_rendering_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall, name: str, count_text: str, approver_text: str
) -> None:
    n = _violations(finished_recall)
    replace_once(bundle_copy / name, count_text.format(n=n), count_text.format(n=7))
    replace_once(bundle_copy / name, approver_text, approver_text.replace("bob", "carol"))
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    assert any(
        f.startswith(f"FAILS  file {name}: is not report.json rendered again") for f in failures(output)
    ), output


async def test_a_deleted_rendering_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    (bundle_copy / "report.md").unlink()
    resign(bundle_copy, finished_recall.key)  # the statement no longer lists it

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert "FAILS  file report.md: missing from the bundle" in failures(output), output


async def test_a_report_json_with_two_values_for_one_field_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    """JSON readers disagree on duplicate keys: Python keeps the last value, others the first one."""
    n = _violations(finished_recall)
    path = bundle_copy / "report.json"
    text = path.read_text()
    counters = text.index('"counters"')
    at = text.index(f'"violations": {n}', counters)
    path.write_text(text[:at] + '"violations": 7,\n    ' + text[at:])
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any("file report.json: is not report.json in canonical form" in f for f in failures(output)), (
        output
    )


# ---------------------------------------------------------------------------------------------- runs


def _drop_histories(bundle: Path, marker: str) -> Callable[[EvidencePredicate], None]:
    for path in (bundle / "histories").glob(f"*{marker}*"):
        path.unlink()

    def change(manifest: EvidencePredicate) -> None:
        manifest.histories = [h for h in manifest.histories if marker not in h.workflow_id]

    return change


async def test_deleted_backfill_children_are_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    resign(bundle_copy, finished_recall.key, _drop_histories(bundle_copy, "/backfill-"))

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    found = failures(output)
    for child in ("backfill-dry-run", "backfill-apply"):
        assert any(
            f"child recall-{finished_recall.world.incident_id}/{child}:" in f
            and "its history is not in the bundle" in f
            for f in found
        ), output


def _cut(path: Path, keep: Callable[[list[dict[str, Any]]], int]) -> None:
    document = json.loads(path.read_text())
    document["events"] = document["events"][: keep(document["events"])]
    path.write_text(json.dumps(document))


async def test_a_child_history_cut_before_its_end_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    _cut(history_file(bundle_copy, "backfill-apply"), lambda events: len(events) - 1)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(
        "backfill-apply: its history ends at event" in f and "but the parent recorded it completed" in f
        for f in failures(output)
    ), output


def _payload_json(payload: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> None:
    value = json.loads(base64.b64decode(payload["data"]))
    change(value)
    payload["data"] = base64.b64encode(json.dumps(value).encode()).decode()


async def test_a_child_result_other_than_the_parent_recorded_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    def lower_count(history: dict[str, Any]) -> None:
        last = history["events"][-1]["workflowExecutionCompletedEventAttributes"]
        _payload_json(last["result"]["payloads"][0], lambda result: result["counts"].update(violations=7))

    edit_json(history_file(bundle_copy, "backfill-apply"), lower_count)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(
        "backfill-apply: it completed with a result that is not the one the parent recorded" in f
        for f in failures(output)
    ), output


async def test_a_history_of_a_run_nobody_started_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    source = history_file(bundle_copy, "backfill-dry-run")
    stray_run = str(uuid.uuid4())
    stray = source.with_name(f"stray__{stray_run}.json")
    shutil.copyfile(source, stray)
    edit_json(
        stray,
        lambda h: h["events"][0]["workflowExecutionStartedEventAttributes"].update(
            originalExecutionRunId=stray_run
        ),
    )
    workflow_id = f"recall-{finished_recall.world.incident_id}/backfill-dry-run"

    def add(manifest: EvidencePredicate) -> None:
        path = stray.relative_to(bundle_copy).as_posix()
        manifest.histories.append(ManifestHistory(path=path, workflow_id=workflow_id, run_id=stray_run))

    resign(bundle_copy, finished_recall.key, add)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(
        f"history histories/{stray.name}: {workflow_id} is neither the recall nor a child it started" in f
        for f in failures(output)
    ), output


def _report_step(events: list[dict[str, Any]]) -> int:
    return next(
        index
        for index, event in enumerate(events)
        if event.get("activityTaskScheduledEventAttributes", {}).get("activityType", {}).get("name")
        == "write_report"
    )


@pytest.mark.parametrize(
    "keep",
    [
        pytest.param(_report_step, id="before-the-report-step"),
        pytest.param(lambda e: len(e) - 1, id="at-the-end"),
    ],
)
async def test_a_parent_history_cut_while_the_report_says_completed_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall, keep: Callable[[list[dict[str, Any]]], int]
) -> None:
    _cut(history_file(bundle_copy, "parent"), keep)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(
        f.startswith("FAILS  parent closed: report.json says the recall is completed, but the history of")
        and "not completed (history cut" in f
        for f in failures(output)
    ), output


async def test_a_report_step_input_edited_in_history_is_held_to_the_children(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    """The state handed to write_report is a claim in history too; the backfill children returned the counts."""
    n = _violations(finished_recall)

    def lower_violations(history: dict[str, Any]) -> None:
        event = history["events"][_report_step(history["events"])]
        payload = event["activityTaskScheduledEventAttributes"]["input"]["payloads"][0]

        def change(report_input: dict[str, Any]) -> None:
            report_input["state"]["backfill"]["violations"] = 7
            report_input["state"]["counters"]["violations"] = 7

        _payload_json(payload, change)

    edit_json(history_file(bundle_copy, "parent"), lower_violations)
    edit_report(
        bundle_copy, lambda d: (d["backfill"].update(violations=7), d["counters"].update(violations=7))
    )
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    found = failures(output)
    apply_id = f"recall-{finished_recall.world.incident_id}/backfill-apply"
    assert any(f"backfill.violations: the report says 7, {apply_id} returned {n}" in f for f in found), output
    assert any(f"counters.violations: the report says 7, {apply_id} returned {n}" in f for f in found), output
    assert any("report.json's counters are not the ones the workflow returned" in f for f in found), output


async def test_a_history_payload_that_no_longer_decodes_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    def garble(history: dict[str, Any]) -> None:
        event = history["events"][_report_step(history["events"])]
        payload = event["activityTaskScheduledEventAttributes"]["input"]["payloads"][0]
        payload["data"] = base64.b64encode(b"{not json").decode()

    edit_json(history_file(bundle_copy, "parent"), garble)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(
        f.startswith("FAILS  report vs history: a payload recorded in history does not decode")
        for f in failures(output)
    ), output


# ---------------------------------------------------------------------------------------------- every field


def _set(path: str, value: object) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[last] = value

    return change


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            "backfill.corrections_in_database",
            7,
            "backfill.corrections_in_database: the report says 7, "
            "backfill/corrections.jsonl says {corrections}",
        ),
        (
            "backfill.sample.0.subject_id",
            "user-99999",
            ".subject_id: the report says 'user-99999', backfill/corrections.jsonl says",
        ),
        (
            "backfill.note",
            "all rows accounted for",
            "backfill.note: the report says 'all rows accounted for', backfill/corrections.jsonl says ''",
        ),
        (
            "ledger.head_signature_valid",
            None,
            "ledger.head_signature_valid: the report says None, ledger/head.json says True",
        ),
        ("ledger.available", False, "ledger.available: the report says False, ledger/head.json says True"),
        (
            "incident.temporal_status",
            "running",
            "incident.temporal_status: the report says 'running', history says 'completed'",
        ),
        (
            "reproduction.0.transcript_check",
            "missing",
            ".transcript_check: the report says 'missing', the bundle's transcript says 'matches'",
        ),
        (
            "rules.note",
            "reviewed by counsel",
            "rules.note: the report says 'reviewed by counsel', history says",
        ),
    ],
)
async def test_a_field_verify_used_to_take_on_trust_is_re_derived(
    bundle_copy: Path, finished_recall: FinishedRecall, path: str, value: object, expected: str
) -> None:
    edit_report(bundle_copy, _set(path, value))
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1, output
    corrections = finished_recall.state.counters.corrections_written
    assert any(expected.format(corrections=corrections) in f for f in failures(output)), output


async def test_a_report_field_json_schema_leaves_unchecked_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    edit_json(bundle_copy / "report.json", lambda d: d.update(generated_at="last tuesday"))
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 1
    assert any(f.startswith("FAILS  report.json schema: generated_at:") for f in failures(output)), output


async def test_fields_that_need_the_live_databases_are_listed_as_unverified(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    def change(document: dict[str, Any]) -> None:
        document["ledger"].update(summary="ledger intact", entries_checked=10**6)
        document["downstream"].update(delivered=999)
        document["generated_by"] = "the auditor's own tool"

    edit_report(bundle_copy, change)
    resign(bundle_copy, finished_recall.key)

    code, output = await pinned(bundle_copy, finished_recall)

    assert code == 0, output  # nothing offline contradicts these fields, and verify says it cannot check them
    listed = unverified(output)
    assert any(
        "ledger.summary" in u and "ledger.entries_checked" in u and "live ledger database" in u
        for u in listed
    )
    assert any("downstream" in u and "live events database" in u for u in listed), output
    assert any("generated_by" in u and "no history records it" in u for u in listed), output
    assert "UNVERIFIED (above: what this bundle cannot prove offline)" in output


# ---------------------------------------------------------------------------------------------- origin


async def test_without_a_pinned_key_the_origin_is_unverified(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    resign(bundle_copy, Ed25519PrivateKey.generate())  # an outsider's own key; nothing else changed

    code, output = await verify(bundle_copy)

    assert code == 1
    assert any(
        f.startswith("FAILS  signing key pinned: no --public-key, so the origin is unverified")
        for f in failures(output)
    ), output


async def test_trust_bundle_key_checks_the_rest_and_says_unverified_origin(
    finished_recall: FinishedRecall,
) -> None:
    code, output = await verify(finished_recall.bundle, "--trust-bundle-key")

    assert code == 0, output
    assert not failures(output)
    assert any("signing key pinned: UNVERIFIED ORIGIN" in u for u in unverified(output)), output
    assert output.rstrip().endswith("UNVERIFIED ORIGIN (no pinned key held)")

    code, output = await verify(finished_recall.bundle, "--trust-bundle-key", "--json")
    document = json.loads(output)
    assert (document["ok"], document["origin_verified"]) == (True, False)
    assert {"check": "signing key pinned", "ok": True, "status": "unverified"}.items() <= next(
        c for c in document["checks"] if c["check"] == "signing key pinned"
    ).items()


async def test_an_outsider_key_fails_the_pin_even_with_trust_bundle_key_absent(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    resign(bundle_copy, Ed25519PrivateKey.generate())

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)

    assert code == 1
    assert any("signing key pinned: the statement names key" in f for f in failures(output)), output
    assert "UNVERIFIED ORIGIN" in output


async def test_a_pinned_key_and_trust_bundle_key_together_are_refused(
    finished_recall: FinishedRecall,
) -> None:
    result_code, output = await verify(
        finished_recall.bundle, "--public-key", finished_recall.public_key, "--trust-bundle-key"
    )
    assert result_code == 2
    assert "--public-key (the key you pinned) or --trust-bundle-key, not both" in output
