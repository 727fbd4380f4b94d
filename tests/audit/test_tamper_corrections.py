"""The correction list is one row per event (the backfill's exactly-once key): an insider re-signing the bundle
could drop a correction and list another twice, keeping the count the backfill's history reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.audit.conftest import FinishedRecall
from tests.audit.tamper import refused, resign

pytestmark = pytest.mark.devserver

CORRECTIONS = "backfill/corrections.jsonl"


def unchecked_row(bundle: Path, lines: list[str]) -> int:
    """A correction past report.json's sample and not among its late ones: nothing else in the report names it."""
    report = json.loads((bundle / "report.json").read_text())
    late = {item["event_id"] for item in report["deadlines"]["late"]}
    sampled = len(report["backfill"]["sample"])
    return next(n for n in range(sampled + 1, len(lines)) if json.loads(lines[n])["event_id"] not in late)


async def test_a_correction_listed_twice_in_place_of_another_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    path = bundle_copy / CORRECTIONS
    lines = path.read_text().splitlines()
    gone = unchecked_row(bundle_copy, lines)
    lines[gone] = lines[gone - 1]
    path.write_text("\n".join(lines) + "\n")
    resign(bundle_copy, finished_recall.key)

    await refused(bundle_copy, finished_recall.public_key, "correction list", "listed 2 times")


async def test_a_correction_line_that_is_not_a_correction_is_named(
    bundle_copy: Path, finished_recall: FinishedRecall
) -> None:
    path = bundle_copy / CORRECTIONS
    lines = path.read_text().splitlines()
    lines[unchecked_row(bundle_copy, lines)] = '{"note": "padding"}'
    path.write_text("\n".join(lines) + "\n")
    resign(bundle_copy, finished_recall.key)

    await refused(bundle_copy, finished_recall.public_key, "correction list", "has no event_id")
