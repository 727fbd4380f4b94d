"""What a commander sees: the pending decision, counters, the exact next command and, in a backfill, progress."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from rich.console import Console

from optout_recall.cli.render import print_state, render_state
from optout_recall.payloads import (
    BackfillCounts,
    BackfillInput,
    BackfillState,
    GateStep,
    PendingApproval,
    Phase,
    RecallState,
)
from tests.cli.commands import parse_recall_command

NOW = datetime(2026, 11, 27, 12, 0, 5, 123456, tzinfo=UTC)
SHA = "9f72a02f6a5596b91380ed30eadd15cf36e5d294"


@pytest.fixture(autouse=True)
def in_paris() -> Iterator[None]:
    """The reader's local zone (+01:00 in November), so local times differ from UTC."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Paris"
    time.tzset()
    try:
        yield
    finally:
        if saved is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = saved
        time.tzset()


def text_of(renderable: object, width: int = 200) -> str:
    console = Console(record=True, width=width)
    console.print(renderable)
    return console.export_text()


def printed(state: RecallState, width: int = 80) -> list[str]:
    console = Console(record=True, width=width)
    print_state(console, state, "running")
    return console.export_text().splitlines()


def waiting(step: GateStep, hotfix_ref: str | None, waiting_on: list[str]) -> RecallState:
    return RecallState(
        incident_id="INC-1",
        title="GPC ignored",
        commander="alice",
        phase=Phase.HOTFIX_GATE,
        pending=PendingApproval(
            step=step,
            prompt="Approve the hotfix?"
            if hotfix_ref
            else "Propose a new hotfix ref (recall propose-hotfix)",
            roles=["on-call"],
            waiting_on=waiting_on,
            since=NOW,
            next_escalation_at=NOW.replace(hour=13),
            hotfix_ref=hotfix_ref,
            request_id="req-7f3a",
        ),
    )


def test_status_shows_who_is_waited_on_and_the_backfill_progress() -> None:
    state = waiting(GateStep.BACKFILL_APPLY, None, ["bob", "dana"])
    state.phase = Phase.BACKFILL
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
    assert "waiting on bob, dana  request req-7f3a" in shown
    assert "backfill apply: 250,000/1,000,000 events (25.0%)" in shown
    assert "50,000 ev/s  ETA 15s  partitions 2/8" in shown


def test_the_box_shows_local_times_with_their_offset_to_the_second() -> None:
    shown = text_of(render_state(waiting(GateStep.HOTFIX, SHA, ["bob"]), "running"))
    assert "since 2026-11-27 13:00:05+01:00" in shown
    assert "next escalation 2026-11-27 14:00:05+01:00" in shown and "escalations so far 0" in shown
    assert "123456" not in shown and "T12:00" not in shown
    assert "local time (UTC+01:00)" in shown


def test_the_hint_is_the_exact_approve_command_for_each_name_waited_on() -> None:
    lines = printed(waiting(GateStep.HOTFIX, SHA, ["bob", "dana"]), width=60)
    for name in ("bob", "dana"):
        command = (
            f"recall approve INC-1 --step hotfix --request req-7f3a --hotfix {SHA} --as {name} "
            f'--key .recall/keys/{name}.key --reason "…"'
        )
        assert command in lines  # one line, whole, though wider than the console: soft-wrapped
        context = parse_recall_command(command)
        assert context.params["request"] == "req-7f3a" and context.params["actor"] == name
    assert "NAME" not in "\n".join(lines)


def test_after_a_rejection_the_hint_is_propose_hotfix_never_approve() -> None:
    lines = printed(waiting(GateStep.HOTFIX, None, ["alice", "bob"]))
    text = "\n".join(lines)
    assert "waiting for a new hotfix" in text
    assert "recall approve" not in text and "recall reject" not in text
    for name in ("alice", "bob"):
        command = (
            f"recall propose-hotfix INC-1 --request req-7f3a --ref <full sha> --as {name} "
            f'--key .recall/keys/{name}.key --reason "…"'
        )
        assert command in lines
        parse_recall_command(command)


def test_a_live_view_says_it_is_live_and_when_it_was_updated() -> None:
    shown = text_of(render_state(waiting(GateStep.HOTFIX, SHA, ["bob"]), updated_at=NOW))
    assert shown.splitlines()[0] == "live · updated 13:00:05"
    assert "live ·" not in text_of(render_state(waiting(GateStep.HOTFIX, SHA, ["bob"])))
