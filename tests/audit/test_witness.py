"""`recall audit export` logs the bundle's statement digest in the consent ledger, and `recall audit verify
--ledger-checkpoint` finds it there: a bundle re-signed later, even with the exporter's own key, is not."""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from optout_recall.cli.ledger import app as ledger_app
from optout_recall.gates.keys import load_private_key
from optout_recall.ledger import load_signing_key
from optout_recall.ledger.signing import raw_public_key
from tests.audit.cli import invoke
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import edit_json, failures, read_statement, resign, verify

pytestmark = pytest.mark.devserver


async def ledger_cli(*args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, ledger_app, list(args))


def ledger_copy(finished_recall: FinishedRecall, tmp_path: Path) -> tuple[str, Path]:
    """The recall's ledger copied, so witnessing here leaves the shared world's ledger as it was."""
    target = tmp_path / "ledger.db"
    shutil.copyfile(finished_recall.world.root / "ledger.db", target)
    return f"sqlite:///{target}", finished_recall.world.root / "ledger-signing-key.pem"


async def test_an_exported_bundle_is_witnessed_and_a_re_signed_one_is_not(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    ledger_url, ledger_key = ledger_copy(finished_recall, tmp_path)
    bundle = tmp_path / "bundle"
    output = await invoke(
        "audit", "export", finished_recall.world.incident_id, "--out", str(bundle), "--address",
        finished_recall.address, "--ledger-url", ledger_url, "--key", str(tmp_path / "exporter.key"),
        "--ledger-key-file", str(ledger_key),
    )  # fmt: skip
    assert output.exit_code == 0, output.output
    assert "logged in the ledger at seq" in output.output and "inclusion proof is in ledger/witness.json" in (
        output.output
    )
    exporter = read_statement(bundle).predicate.public_key
    pinned_ledger = raw_public_key(load_signing_key(ledger_key).public_key())
    witness = bundle / "ledger" / "witness.json"
    assert json.loads(witness.read_text())["subject_id"].startswith("bundle:recall-")

    code, checked = await verify(
        bundle,
        "--public-key",
        exporter,
        "--ledger-checkpoint",
        str(witness),
        "--ledger-public-key",
        pinned_ledger,
    )
    assert code == 0, checked
    assert "ledger witness: statement sha256" in checked and "ledger key pinned" in checked

    # An insider with the exporter's key edits the report and re-signs: every signature holds, the log does not.
    edit_json(bundle / "report.json", lambda d: d["incident"].update(title="nothing to see"))
    resign(bundle, load_private_key(tmp_path / "exporter.key"))
    code, checked = await verify(
        bundle,
        "--public-key",
        exporter,
        "--ledger-checkpoint",
        str(witness),
        "--ledger-public-key",
        pinned_ledger,
    )
    assert code == 1
    assert any(
        "ledger witness: this bundle's statement" in f and "is not in the ledger's checkpoint" in f
        for f in failures(checked)
    ), checked


async def test_without_the_ledger_key_the_digest_is_proved_after_the_next_checkpoint(
    finished_recall: FinishedRecall, tmp_path: Path
) -> None:
    ledger_url, ledger_key = ledger_copy(finished_recall, tmp_path)
    bundle = tmp_path / "bundle"
    output = await invoke(
        "audit", "export", finished_recall.world.incident_id, "--out", str(bundle), "--address",
        finished_recall.address, "--ledger-url", ledger_url, "--key", str(tmp_path / "exporter.key"),
    )  # fmt: skip
    assert output.exit_code == 0, output.output
    subject = f"bundle:recall-{finished_recall.world.incident_id}"
    assert f"recall ledger prove --subject {subject}" in output.output
    assert not (bundle / "ledger" / "witness.json").exists()

    signed = await ledger_cli("checkpoint", "--ledger-url", ledger_url, "--key-file", str(ledger_key))
    assert signed.exit_code == 0, signed.output
    proved = await ledger_cli("prove", "--subject", subject, "--ledger-url", ledger_url)
    assert proved.exit_code == 0, proved.output
    proofs = tmp_path / "proofs.json"
    proofs.write_text(proved.stdout)

    exporter = read_statement(bundle).predicate.public_key
    pinned_ledger = raw_public_key(load_signing_key(ledger_key).public_key())
    code, checked = await verify(
        bundle,
        "--public-key",
        exporter,
        "--ledger-checkpoint",
        str(proofs),
        "--ledger-public-key",
        pinned_ledger,
    )
    assert code == 0, checked
    code, checked = await verify(bundle, "--public-key", exporter, "--ledger-checkpoint", str(proofs))
    assert code == 0, checked
    assert "UNVERIFIED  ledger key pinned" in checked
