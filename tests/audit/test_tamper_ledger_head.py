"""The bundle's ledger head is held to the key it names and, when given, to the ledger's pinned key: its
signature verified only under the public key it carries itself, and verify printed its unchecked key_id."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.ledger import SignedHead, load_signing_key
from optout_recall.ledger.signing import raw_public_key, sign_head
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import edit_report, refused, resign, unverified, verify

pytestmark = pytest.mark.devserver

HEAD = "ledger/head.json"


def forge_head(bundle: Path, finished_recall: FinishedRecall, *, keep_key_id: bool) -> None:
    """The same head signed by a key of the insider's own (its key id kept, or its own), in head.json and
    report.json, the bundle signed again."""
    real = SignedHead.model_validate_json((bundle / HEAD).read_text())
    forged = sign_head(Ed25519PrivateKey.generate(), real.seq, real.entry_hash, real.signed_at)
    if keep_key_id:
        forged = forged.model_copy(update={"key_id": real.key_id})
    (bundle / HEAD).write_text(forged.model_dump_json(indent=2) + "\n")
    edit_report(bundle, lambda d: d["ledger"].update(head=forged.model_dump(mode="json")))
    resign(bundle, finished_recall.key)


def ledger_key(finished_recall: FinishedRecall) -> str:
    return raw_public_key(
        load_signing_key(finished_recall.world.root / "ledger-signing-key.pem").public_key()
    )


async def test_a_head_naming_another_key_id_than_its_key_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    forge_head(bundle_copy, finished_recall, keep_key_id=True)
    await refused(bundle_copy, finished_recall.public_key, "ledger head", "names key id")


async def test_a_head_signed_by_another_key_than_the_pinned_ledger_key_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    forge_head(bundle_copy, finished_recall, keep_key_id=False)
    pinned = ledger_key(finished_recall)
    await refused(
        bundle_copy,
        finished_recall.public_key,
        "ledger head",
        "not the pinned ledger key",
        extra=("--ledger-public-key", pinned),
    )


async def test_the_real_head_holds_under_the_pinned_ledger_key_and_is_unverified_without(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    pinned = ledger_key(finished_recall)
    code, output = await verify(
        bundle_copy, "--public-key", finished_recall.public_key, "--ledger-public-key", pinned
    )
    assert code == 0, output
    assert "ledger head key pinned: signed by the pinned ledger key" in output
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 0, output
    assert any("ledger head key pinned" in u and "--ledger-public-key" in u for u in unverified(output)), (
        output
    )
