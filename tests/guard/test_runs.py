"""Comparing a run with the last ones: flips, flaky reruns, outages in between; idempotent records."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from optout_recall.guard import runs
from optout_recall.payloads import ScenarioVerdict, Verdict
from optout_recall.payloads.guard import RehearsalRecord


def verdict(scenario: str, result: Verdict, channel: str = "api") -> ScenarioVerdict:
    return ScenarioVerdict(
        scenario=scenario,
        channel=channel,
        verdict=result,
        reason="",
        transcript_path="t",
        transcript_sha256="0" * 64,
    )


def record(run_id: str, *verdicts: ScenarioVerdict) -> dict[str, object]:
    return {
        "run_id": run_id,
        "verdicts": [runs.verdict_record(v) for v in verdicts],
        "regressions": [],
        "flaky": [],
    }


def test_a_pass_then_a_fail_is_a_flip_and_a_first_run_flips_nothing(tmp_path: Path) -> None:
    assert runs.flipped(runs.previous_verdicts(tmp_path, "r1"), [verdict("a", Verdict.FAIL)]) == []
    runs.record_run(tmp_path, record("r1", verdict("a", Verdict.PASS), verdict("b", Verdict.FAIL)))
    now = [verdict("a", Verdict.FAIL), verdict("b", Verdict.FAIL)]
    assert runs.flipped(runs.previous_verdicts(tmp_path, "r2"), now) == [("api", "a")]


def test_an_outage_between_a_pass_and_a_fail_is_still_a_flip(tmp_path: Path) -> None:
    runs.record_run(tmp_path, record("r1", verdict("a", Verdict.PASS)))
    runs.record_run(tmp_path, record("r2", verdict("a", Verdict.UNREACHABLE)))
    assert runs.flipped(runs.previous_verdicts(tmp_path, "r3"), [verdict("a", Verdict.FAIL)]) == [
        ("api", "a")
    ]


def test_a_flip_that_passes_on_its_rerun_is_flaky_not_a_regression() -> None:
    flips = [("api", "a"), ("api", "b")]
    classified = runs.classify(flips, [verdict("a", Verdict.PASS), verdict("b", Verdict.FAIL)])
    assert (classified.flaky, classified.regressions) == ([("api", "a")], [("api", "b")])


def test_a_run_is_recorded_once_and_its_own_record_is_not_its_past(tmp_path: Path) -> None:
    runs.record_run(tmp_path, record("r1", verdict("a", Verdict.PASS)))
    runs.record_run(tmp_path, record("r1", verdict("a", Verdict.FAIL)))
    assert len(runs.read_runs(tmp_path)) == 1
    assert runs.previous_verdicts(tmp_path, "r1") == {}


def test_a_torn_last_line_is_not_a_record(tmp_path: Path) -> None:
    runs.record_run(tmp_path, record("r1", verdict("a", Verdict.PASS)))
    with (tmp_path / runs.RUNS).open("a") as out:
        out.write('{"run_id": "r2", "verd')
    assert [r["run_id"] for r in runs.read_runs(tmp_path)] == ["r1"]


def test_alerts_and_rehearsals_are_kept_once_per_key(tmp_path: Path) -> None:
    runs.record_alert(tmp_path, "k", "regression", "t", [])
    runs.record_alert(tmp_path, "k", "regression", "t", [])
    assert (
        runs.alerted_keys(tmp_path) == {"k"} and len((tmp_path / runs.ALERTS).read_text().splitlines()) == 1
    )
    rehearsal = RehearsalRecord(
        guard="g",
        started_at=datetime(2026, 12, 1, tzinfo=UTC),
        duration_seconds=2.5,
        passed=True,
        detail="ok",
    )
    runs.record_rehearsal(tmp_path, rehearsal)
    runs.record_rehearsal(tmp_path, rehearsal)
    assert runs.last_rehearsal(tmp_path) == rehearsal
    assert len((tmp_path / runs.REHEARSALS).read_text().splitlines()) == 1
