"""What the statement says about each approval envelope beyond its path is held to history too: an insider
holding the bundle key could list other signers or another quorum, or one request twice, and verify checked
only the envelope file it found."""

from __future__ import annotations

from pathlib import Path

import pytest

from optout_recall.audit.manifest import EvidencePredicate
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import refused, resign

pytestmark = pytest.mark.devserver


def _hotfix(predicate: EvidencePredicate) -> int:
    return next(number for number, a in enumerate(predicate.approvals) if a.step == "hotfix")


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (lambda a: a.signers.append("carol"), "the statement lists signers ['bob', 'carol']"),
        (lambda a: setattr(a, "threshold", 3), "the statement lists a quorum of 3"),
        (lambda a: setattr(a, "step", "backfill-apply"), "the statement lists step backfill-apply"),
    ],
)
async def test_an_approval_listed_with_other_signers_or_quorum_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall, edit: object, named: str
) -> None:
    def change(predicate: EvidencePredicate) -> None:
        edit(predicate.approvals[_hotfix(predicate)])  # type: ignore[operator]

    resign(bundle_copy, finished_recall.key, change)
    await refused(bundle_copy, finished_recall.public_key, "approval envelope hotfix", named)


async def test_an_approval_listed_twice_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    def change(predicate: EvidencePredicate) -> None:
        hotfix = predicate.approvals[_hotfix(predicate)]
        predicate.approvals.insert(0, hotfix.model_copy(update={"signers": ["alice", "bob"]}))

    resign(bundle_copy, finished_recall.key, change)
    await refused(bundle_copy, finished_recall.public_key, "listed 2 times")
