"""One spelling, "canceled" as Temporal spells it, while histories recorded with "cancelled" still decode."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError
from temporalio.client import WorkflowHistory

from optout_recall.audit.build import build_report
from optout_recall.audit.history import report_input
from optout_recall.audit.model import LedgerSection
from optout_recall.audit.render import ReportFormat, render
from optout_recall.audit.sources import EventsSnapshot
from optout_recall.payloads import Outcome, RecallState, StepOutcome

HISTORIES = Path(__file__).parents[1] / "histories"


def test_outcomes_are_spelled_canceled_and_old_payloads_still_decode() -> None:
    assert Outcome.CANCELLED == "canceled" and StepOutcome.CANCELLED == "canceled"
    old = RecallState.model_validate_json(
        '{"incident_id": "I", "title": "t", "commander": "alice", "outcome": "cancelled"}'
    )
    assert old.outcome is Outcome.CANCELLED
    assert '"outcome":"canceled"' in old.model_dump_json()
    with pytest.raises(
        ValidationError, match="Input should be 'running', 'completed', 'failed' or 'canceled'"
    ):
        RecallState.model_validate({"incident_id": "I", "title": "t", "commander": "alice", "outcome": "x"})


def test_the_committed_cancel_history_decodes_its_cancelled_as_canceled() -> None:
    """The history was recorded when the payload value was "cancelled"; the report reads it as canceled."""
    [path] = HISTORIES.glob("recall-HIST-CANCEL__*.json")
    raw = path.read_text()
    history = WorkflowHistory.from_json(path.stem.split("__")[0], raw)
    recorded = report_input(history)
    assert recorded is not None
    assert recorded.state.outcome is Outcome.CANCELLED
    assert any(step.outcome is StepOutcome.CANCELLED for step in recorded.state.timeline)
    assert str(recorded.state.outcome) == "canceled"


def test_a_report_of_the_old_cancel_history_says_canceled() -> None:
    [path] = HISTORIES.glob("recall-HIST-CANCEL__*.json")
    recorded = report_input(WorkflowHistory.from_json(path.stem.split("__")[0], path.read_text()))
    assert recorded is not None
    report = build_report(
        recorded,
        events=EventsSnapshot(available=False, note="not read"),
        ledger=LedgerSection(available=False),
        generated_at=datetime(2026, 12, 1, tzinfo=UTC),
        generated_by="test",
        temporal_status="canceled",
    )
    for fmt in (ReportFormat.MARKDOWN, ReportFormat.HTML, ReportFormat.JSON):
        text = render(report, fmt)
        assert "canceled" in text and "cancelled" not in text.replace("cancelled_by", ""), fmt
    assert "**canceled** (Temporal: canceled) — canceled by" in render(report, ReportFormat.MARKDOWN)
