"""What a commander sees: the pending decision, counters and, during a backfill, its progress."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Console

from optout_recall.cli.render import render_state
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillState,
    GateStep,
    PendingApproval,
    Phase,
    RecallState,
)

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


def text_of(renderable: object) -> str:
    console = Console(record=True, width=200)
    console.print(renderable)
    return console.export_text()


def test_status_shows_who_is_waited_on_and_the_backfill_progress() -> None:
    state = RecallState(
        incident_id="INC-1",
        title="GPC ignored",
        commander="alice",
        phase=Phase.BACKFILL,
        pending=PendingApproval(
            step=GateStep.BACKFILL_APPLY,
            prompt="Apply the backfill?",
            roles=["on-call"],
            waiting_on=["bob", "dana"],
            since=NOW,
            next_escalation_at=NOW.replace(hour=13),
            escalations=1,
        ),
    )
    progress = BackfillState(
        input=BackfillInput(
            incident_id="INC-1",
            events_url="sqlite:///e.db",
            ledger_url="sqlite:///l.db",
            window_start=NOW,
            window_end=NOW.replace(day=28),
        ),
        counts=BackfillCounts(scanned=250_000, violations=1_234, corrections_written=1_000),
        events_in_window=1_000_000,
        events_per_second=50_000,
        eta_seconds=15,
        partitions_total=8,
        partitions_done=[0, 1],
    )
    shown = text_of(render_state(state, "running", progress))
    assert "waiting on bob, dana" in shown
    assert "next escalation 2026-11-27T13:00:00+00:00" in shown and "escalations so far 1" in shown
    assert "backfill apply: 250,000/1,000,000 events (25.0%)" in shown
    assert "50,000 ev/s  ETA 15s  partitions 2/8" in shown
