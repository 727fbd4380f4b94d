"""An exported audit bundle verifies; each tampering an auditor worries about is caught and named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.build import file_sha256
from optout_recall.audit.manifest import MANIFEST, SIGNATURE, Manifest, ManifestFile
from optout_recall.gates.approvals import public_key_hex
from tests.audit.cli import invoke
from tests.audit.conftest import FinishedRecall

pytestmark = pytest.mark.devserver


def resign(bundle: Path, key: Ed25519PrivateKey) -> None:
    """What an insider holding the signing key would do after an edit: fresh digests, fresh signature."""
    manifest = Manifest.model_validate_json((bundle / MANIFEST).read_bytes())
    manifest.files = [
        ManifestFile(path=p.relative_to(bundle).as_posix(), sha256=file_sha256(p), bytes=p.stat().st_size)
        for p in sorted(bundle.rglob("*"))
        if p.is_file() and p.name not in (MANIFEST, SIGNATURE)
    ]
    manifest.public_key = public_key_hex(key)
    data = (manifest.model_dump_json(indent=2) + "\n").encode()
    (bundle / MANIFEST).write_bytes(data)
    (bundle / SIGNATURE).write_text(key.sign(data).hex() + "\n")


def edit_json(path: Path, change: object) -> None:
    document = json.loads(path.read_text())
    change(document)  # type: ignore[operator]
    path.write_text(json.dumps(document, indent=2))


async def verify(bundle: Path, *extra: str) -> tuple[int, str]:
    result = await invoke("audit", "verify", str(bundle), *extra)
    return result.exit_code, result.output


def failures(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("FAILS")]


async def test_exported_bundle_verifies_with_the_pinned_key(finished_recall: FinishedRecall) -> None:
    bundle = finished_recall.bundle
    manifest = Manifest.model_validate_json((bundle / MANIFEST).read_bytes())
    paths = {entry.path for entry in manifest.files}
    assert {"report.html", "report.md", "report.json", "report.schema.json", "ledger/head.json"} <= paths
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
        "manifest signature",
        "signing key pinned",
        "file digests",
        "report.json schema",
        "report vs history",
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

    code, output = await verify(bundle_copy)
    assert code == 1
    assert any(
        "artifacts/reproduce/preference-api/gpc-honoured.json" in f and "SHA-256" in f
        for f in failures(output)
    )

    resign(bundle_copy, finished_recall.key)  # even with the signing key, history holds the probe's digest
    code, output = await verify(bundle_copy)
    assert code == 1
    assert any(
        "transcript reproduce/preference-api/gpc-honoured.json" in f and "recorded in history" in f
        for f in failures(output)
    ), output


async def test_a_removed_approval_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    edit_json(bundle_copy / "report.json", lambda d: d["approvals"].pop(0))

    code, output = await verify(bundle_copy)
    assert code == 1
    assert any("file report.json" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy)
    assert code == 1
    found = failures(output)
    assert any("bob's approve of hotfix" in f and "in history but not in the report" in f for f in found), (
        output
    )
    assert any("approval bob hotfix" in f and "missing from the report" in f for f in found), output


async def test_a_changed_count_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    written = finished_recall.state.backfill.corrections_written if finished_recall.state.backfill else 0
    edit_json(bundle_copy / "report.json", lambda d: d["backfill"].update(corrections_written=written - 7))

    code, output = await verify(bundle_copy)
    assert code == 1
    assert any("file report.json" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy)
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

    code, output = await verify(bundle_copy)
    assert code == 1
    assert any(dry_run.name in f and "SHA-256" in f for f in failures(output))

    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy)
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
