"""Each quorum approval is a DSSE envelope in the bundle; an insider holding the bundle key cannot drop or
forge one, because verify rebuilds them from history and checks them under the roster's keys."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from optout_recall.audit.dsse import sign_envelope
from optout_recall.audit.manifest import EvidencePredicate
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import failures, read_statement, resign, verify

pytestmark = pytest.mark.devserver


async def test_each_quorum_approval_verifies_as_an_envelope(finished_recall: FinishedRecall) -> None:
    code, output = await verify(finished_recall.bundle, "--public-key", finished_recall.public_key)
    assert code == 0, output
    assert "approval envelope hotfix (request" in output
    assert "approval envelopes: 2 quorum approvals verify as DSSE envelopes" in output


async def test_a_dropped_approval_envelope_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    hotfix = next(a for a in read_statement(bundle_copy).predicate.approvals if a.step == "hotfix")
    (bundle_copy / hotfix.path).unlink()

    def drop(predicate: EvidencePredicate) -> None:
        predicate.approvals = [a for a in predicate.approvals if a.step != "hotfix"]

    resign(bundle_copy, finished_recall.key, drop)
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(
        "approval envelope hotfix" in f and "the bundle has no envelope" in f for f in failures(output)
    ), output


async def test_an_approval_envelope_re_signed_by_an_insider_fails(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    hotfix = next(a for a in read_statement(bundle_copy).predicate.approvals if a.step == "hotfix")
    path = bundle_copy / hotfix.path
    payload = base64.b64decode(json.loads(path.read_text())["payload"])
    path.write_text(json.dumps(sign_envelope(payload, [Ed25519PrivateKey.generate()])))
    resign(bundle_copy, finished_recall.key)
    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(
        "approval envelope hotfix" in f and "no signature verifies under a trusted key" in f
        for f in failures(output)
    ), output
