"""Every recall's report states whether a rehearsed rollback was ready, re-derived from history by verify."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from temporalio.testing import ActivityEnvironment

from activities.guard import GuardActivities
from optout_recall.audit.model import AuditReport
from optout_recall.audit.render import render_html, render_markdown
from optout_recall.guard import runs
from optout_recall.guard.rehearsal import REHEARSAL_STEP, latest_rehearsal, rehearsal_line
from optout_recall.payloads.guard import RehearsalRecord
from tests.audit.conftest import (  # noqa: F401 (fixtures used by the tests below)
    FinishedRecall,
    bundle_copy,
    finished_recall,
)
from tests.audit.tamper import edit_json, failures, resign, verify

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def rehearsal(guard: str, started_at: datetime, passed: bool = True) -> RehearsalRecord:
    return RehearsalRecord(
        guard=guard,
        started_at=started_at,
        duration_seconds=41.2,
        passed=passed,
        detail="deploy ok; rollback ok" if passed else "rollback hook exited 1",
    )


def test_the_line_says_passed_how_long_ago_failed_or_none() -> None:
    passed = rehearsal("prefs", datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    assert (
        rehearsal_line(passed, NOW)
        == "passed 3 days ago (2026-11-28 10:00 UTC, 41 s), guard prefs on staging"
    )
    failed = rehearsal("prefs", NOW - timedelta(hours=5), passed=False)
    assert rehearsal_line(failed, NOW) == (
        "last one failed 5 hours ago (2026-12-01 06:00 UTC, 41 s), guard prefs on staging: rollback hook exited 1"
    )
    assert rehearsal_line(None, NOW).startswith("none recorded")


def test_the_newest_rehearsal_of_any_guard_under_the_state_directory(tmp_path: Path) -> None:
    older, newer = (
        rehearsal("a", NOW - timedelta(days=9)),
        rehearsal("b", NOW - timedelta(days=2), passed=False),
    )
    runs.record_rehearsal(tmp_path / "guards" / "a", older)
    runs.record_rehearsal(tmp_path / "guards" / "b", newer)
    runs.record_rehearsal(tmp_path / "guards" / "a", rehearsal("a", NOW - timedelta(days=12)))
    assert latest_rehearsal(tmp_path / "artifacts" / "INC-1") == newer
    assert latest_rehearsal(tmp_path / "elsewhere" / "INC-1") is None  # an artifacts dir of its own
    assert latest_rehearsal(tmp_path / "nothing" / "artifacts" / "INC-1") is None


async def test_the_activity_returns_the_record_for_history(tmp_path: Path) -> None:
    record = rehearsal("prefs", NOW - timedelta(days=1))
    runs.record_rehearsal(tmp_path / "guards" / "prefs", record)
    activities = GuardActivities(http=None)  # type: ignore[arg-type]
    env = ActivityEnvironment()
    assert await env.run(activities.rehearsal_fact, str(tmp_path / "artifacts" / "INC-1")) == record
    assert await env.run(activities.rehearsal_fact, str(tmp_path / "own-dir")) is None


# --------------------------------------------------------------------------- a real recall's bundle


def rehearsal_line_of(report_md: str) -> str:
    [line] = [line for line in report_md.splitlines() if line.startswith("| Rollback rehearsal |")]
    return line


@pytest.mark.devserver
async def test_a_recall_report_states_the_rehearsal_and_verify_holds_it_to_history(
    bundle_copy: Path,  # noqa: F811
    finished_recall: FinishedRecall,  # noqa: F811
) -> None:
    report_md = (bundle_copy / "report.md").read_text()
    assert rehearsal_line_of(report_md) == f"| Rollback rehearsal | {rehearsal_line(None, NOW)} |"
    [step] = [t for t in finished_recall.state.timeline if t.step == REHEARSAL_STEP]
    assert step.detail == rehearsal_line(None, NOW)

    claimed = "passed 2 days ago (2026-11-29 10:00 UTC, 40 s), guard prefs on staging"

    def claim(document: dict[str, object]) -> None:
        for entry in document["timeline"]:  # type: ignore[attr-defined]
            if entry["step"] == REHEARSAL_STEP:
                entry["detail"] = claimed

    edit_json(bundle_copy / "report.json", claim)
    report = AuditReport.model_validate_json((bundle_copy / "report.json").read_text())
    (bundle_copy / "report.md").write_text(render_markdown(report))
    (bundle_copy / "report.html").write_text(render_html(report))
    assert rehearsal_line_of((bundle_copy / "report.md").read_text()) == f"| Rollback rehearsal | {claimed} |"
    resign(bundle_copy, finished_recall.key)  # even re-signed, history holds the fact the recall read

    code, output = await verify(bundle_copy, "--public-key", finished_recall.public_key)
    assert code == 1
    assert any(REHEARSAL_STEP in f and claimed in f and "history says" in f for f in failures(output)), output
