"""The statement's subjects name each file of the bundle once, inside it: an insider re-signing could list a
file twice with two digests (verify checked the last, another tool may take the first), or a file outside
the bundle, and verify said every file matched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optout_recall.audit.build import file_sha256
from optout_recall.audit.dsse import sign_envelope
from optout_recall.audit.manifest import STATEMENT, Subject
from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import read_statement, refused

pytestmark = pytest.mark.devserver


def resign_with_subject(bundle: Path, finished_recall: FinishedRecall, subject: Subject) -> None:
    """The statement with one more subject, first, signed again by the bundle key."""
    statement = read_statement(bundle)
    statement.subject.insert(0, subject)
    (bundle / STATEMENT).write_text(json.dumps(sign_envelope(statement.payload(), [finished_recall.key])))


async def test_a_file_listed_twice_is_named(bundle_copy: Path, finished_recall: FinishedRecall) -> None:
    resign_with_subject(
        bundle_copy, finished_recall, Subject(name="report.json", digest={"sha256": "ab" * 32})
    )
    await refused(bundle_copy, finished_recall.public_key, "file report.json", "listed 2 times")


@pytest.mark.parametrize("name", ["../outside.txt", "./report.md", "histories/../report.md"])
async def test_a_subject_named_outside_the_bundle_or_by_another_name_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall, name: str
) -> None:
    target = bundle_copy / name
    if not target.exists():
        target.write_text("not in the bundle\n")
    resign_with_subject(
        bundle_copy, finished_recall, Subject(name=name, digest={"sha256": file_sha256(target)})
    )
    await refused(bundle_copy, finished_recall.public_key, f"file {name}", "not a path inside the bundle")
