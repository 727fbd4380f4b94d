"""An exported audit bundle verifies; each tampering an auditor worries about is caught and named."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from temporalio.testing import WorkflowEnvironment

from optout_recall import names
from optout_recall.audit.export import export_bundle
from optout_recall.cli.audit_collect import fetch_histories, report_from_temporal
from optout_recall.cli.audit_readonly import ReadOnlyClient
from optout_recall.demo.world import build_world, tear_down
from optout_recall.gates.approvals import public_key_hex
from optout_recall.payloads import RecallState
from optout_recall.spec import load_spec, to_recall_input
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import edit_json, failures, read_statement, resign, unverified, verify
from workers.main import running_worker

pytestmark = pytest.mark.devserver


async def test_exported_bundle_verifies_with_the_pinned_key(finished_recall: FinishedRecall) -> None:
    bundle = finished_recall.bundle
    statement = read_statement(bundle)
    manifest = statement.predicate
    paths = set(statement.digests())
    assert {
        "report.html",
        "report.md",
        "report.json",
        "report.schema.json",
        "recall-evidence.schema.json",
        "ledger/head.json",
    } <= paths
    assert "backfill/corrections.jsonl" in paths
    assert any(p.startswith("artifacts/reproduce/") for p in paths)
    assert any(p.startswith("artifacts/verify-1/") for p in paths)
    assert any(p.startswith("artifacts/deploys/") for p in paths)
    workflow_ids = {h.workflow_id for h in manifest.histories}
    assert workflow_ids == {
        manifest.workflow_id,
        f"{manifest.workflow_id}/backfill-dry-run",
        f"{manifest.workflow_id}/backfill-apply",
    }

    code, output = await verify(bundle, "--public-key", finished_recall.public_key)

    assert code == 0, output
    assert not failures(output)
    for check in (
        "statement: in-toto Statement v1",
        "statement signature: DSSE envelope (securesystemslib) verifies under the pinned key",
        "signing key pinned: matches --public-key",
        "file digests",
        "report.json schema",
        "renderings: report.md and report.html are report.json rendered again, byte for byte",
        "child workflows: all 2 children the recall started are in the bundle",
        "parent closed: the history of",
        "report vs history: every field of report.json matches its re-derivation",
        "approval signatures: 2 decisions verify",
        "transcripts",
        "correction list",
        "ledger head",
        "replay histories/",
    ):
        assert check in output, check
    assert "all " in output and "checks hold" in output


async def test_an_edited_transcript_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    transcript = bundle_copy / "artifacts" / "reproduce" / "preference-api" / "gpc-honoured.json"
    edit_json(transcript, lambda d: d.update(verdict="pass", reason="all expectations met"))

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(
        "artifacts/reproduce/preference-api/gpc-honoured.json" in f and "SHA-256" in f
        for f in failures(output)
    )

    resign(bundle_copy, finished_recall.key)  # even with the signing key, history holds the probe's digest
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(
        "transcript reproduce/preference-api/gpc-honoured.json" in f and "recorded in history" in f
        for f in failures(output)
    ), output


async def test_a_removed_approval_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    edit_json(bundle_copy / "report.json", lambda d: d["approvals"].pop(0))

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any("file report.json" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    found = failures(output)
    assert any("bob's approve of hotfix" in f and "in history but not in the report" in f for f in found), (
        output
    )
    assert any("approval bob hotfix" in f and "missing from the report" in f for f in found), output


async def test_a_changed_count_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    written = finished_recall.state.backfill.corrections_written if finished_recall.state.backfill else 0
    edit_json(bundle_copy / "report.json", lambda d: d["backfill"].update(corrections_written=written - 7))

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any("file report.json" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    found = failures(output)
    assert any(
        f"backfill.corrections_written: the report says {written - 7}, history says {written}" in f
        for f in found
    ), output
    assert any("correction list" in f for f in found), output


async def test_a_swapped_history_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    histories = sorted((bundle_copy / "histories").glob("*.json"))
    dry_run = next(p for p in histories if "backfill-dry-run" in p.name)
    apply = next(p for p in histories if "backfill-apply" in p.name)
    dry_text, apply_text = dry_run.read_text(), apply.read_text()
    dry_run.write_text(apply_text)
    apply.write_text(dry_text)

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(dry_run.name in f and "SHA-256" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(dry_run.name in f and "history swapped" in f for f in failures(output)), output


async def test_a_bundle_resigned_with_another_key_fails_the_pin(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    edit_json(bundle_copy / "report.json", lambda d: d["incident"].update(title="nothing to see"))
    resign(bundle_copy, Ed25519PrivateKey.generate())

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)

    assert code == 1
    assert any("signing key pinned" in f for f in failures(output)), output


async def test_verify_refuses_what_is_not_a_bundle(tmp_path: Path) -> None:
    code, output = await verify(tmp_path / "nowhere")
    assert code == 2
    assert "no such directory" in output
    code, output = await verify(tmp_path)
    assert code == 2
    assert "not an audit bundle" in output


async def test_a_bundle_of_a_recall_still_at_a_gate_verifies_and_names_what_it_cannot(
    dev_server_env: WorkflowEnvironment, tmp_path: Path
) -> None:
    """Exported mid-recall: no report step in history yet, so its fields are listed as unverified, not failed."""
    world = await build_world(tmp_path / "world", f"AUDIT-RUN-{uuid.uuid4().hex[:8]}", subjects=40)
    client = dev_server_env.client
    spec, digest = load_spec(world.spec_path)
    key = Ed25519PrivateKey.generate()
    try:
        async with running_worker(client, f"audit-run-{uuid.uuid4().hex[:8]}") as worker:
            handle = await client.start_workflow(
                names.RECALL_WORKFLOW,
                to_recall_input(spec, world.spec_path, digest, world.root / "artifacts"),
                id=names.recall_workflow_id(world.incident_id),
                task_queue=worker.task_queue,
            )
            async with asyncio.timeout(60):
                while True:
                    state = await handle.query(names.STATUS_QUERY, result_type=RecallState)
                    if state.pending is not None:
                        break
                    await asyncio.sleep(0.2)
            reader = ReadOnlyClient(client)
            runs = await fetch_histories(reader, world.incident_id)
            report, recall_input = await report_from_temporal(reader, world.incident_id, histories=runs)
            await export_bundle(runs, report, recall_input, tmp_path / "bundle", key)
            await handle.terminate("the test is done with it")
    finally:
        tear_down(world)

    code, output = await verify(tmp_path / "bundle", "--public-key", public_key_hex(key))

    assert code == 0, output
    assert (
        "parent closed: the history of" in output
        and "has no closing event yet, as a running recall's" in output
    )
    assert any("had not reached its report step at export" in u for u in unverified(output)), output
