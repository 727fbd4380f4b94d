"""How a recall looks in a terminal: phase, pending approval, counters and the timeline.

Times are the reader's local time with its UTC offset, to the second; the command under the pending box is
the exact one to run next.
"""

from __future__ import annotations

from datetime import datetime

from rich.console import Console, Group
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

from optout_recall.gates.next_commands import DEFAULT_KEYS_DIR, next_commands, waits_for_a_new_hotfix
from optout_recall.payloads import BackfillState, Outcome, RecallState, StepOutcome

_OUTCOME_STYLE = {
    StepOutcome.OK: "green",
    StepOutcome.APPROVED: "green",
    StepOutcome.FAILED: "bold red",
    StepOutcome.REJECTED: "red",
    StepOutcome.TIMED_OUT: "red",
    StepOutcome.ESCALATED: "yellow",
    StepOutcome.CANCELLED: "magenta",
    StepOutcome.SKIPPED: "dim",
}


def _clock(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M:%S") if moment else "…"


def local_time(moment: datetime | None) -> str:
    """`2026-11-27 13:00:00+01:00`: local, with the offset, no microseconds."""
    return moment.astimezone().isoformat(sep=" ", timespec="seconds") if moment else "—"


def render_backfill(progress: BackfillState) -> Group:
    """A progress bar for a running backfill: events scanned of those in the window, rate, ETA, partitions."""
    total = max(progress.events_in_window, 1)
    done = min(progress.counts.scanned, total)
    mode = "dry run" if progress.input.dry_run else "apply"
    eta = f"ETA {progress.eta_seconds:,.0f}s" if progress.eta_seconds is not None else "ETA —"
    partitions = (
        f"  partitions {len(progress.partitions_done)}/{progress.partitions_total}"
        if progress.partitions_total
        else ""
    )
    line = Text(
        f"backfill {mode}: {progress.counts.scanned:,}/{progress.events_in_window:,} events "
        f"({100 * done / total:.1f}%)  violations {progress.counts.violations:,}  "
        f"written {progress.counts.corrections_written:,}  {progress.events_per_second:,.0f} ev/s  {eta}{partitions}"
    )
    return Group(ProgressBar(total=total, completed=done, width=60), line)


def render_state(
    state: RecallState,
    workflow_status: str | None = None,
    backfill: BackfillState | None = None,
    *,
    updated_at: datetime | None = None,
) -> Group:
    """The box; `updated_at` marks a live view (`recall status --watch`). The next command is not in it:
    `print_state` prints it under the box, whole."""
    outcome_style = {
        Outcome.RUNNING: "cyan",
        Outcome.COMPLETED: "green",
        Outcome.FAILED: "red",
        Outcome.CANCELLED: "magenta",
    }[state.outcome]
    head = Text.assemble(
        (f"{state.incident_id}", "bold"),
        f"  {state.title}\n",
        "phase ",
        (str(state.phase), "bold"),
        "  outcome ",
        (str(state.outcome), outcome_style),
        f"  commander {state.commander}",
        f"  temporal {workflow_status}" if workflow_status else "",
    )
    parts: list[object] = []
    if updated_at is not None:
        parts.append(Text(f"live · updated {_clock(updated_at)}", style="dim"))
    parts.append(head)
    if state.pending is not None:
        p = state.pending
        waiting = ", ".join(p.waiting_on) or "nobody on the roster"
        box = Text.assemble(
            (p.prompt, "bold"),
            "\nstep ",
            (str(p.step), "bold"),
            f"  needs {' or '.join(p.roles)}  waiting on {waiting}  request {p.request_id or '—'}",
            f"\nsince {local_time(p.since)}  next escalation {local_time(p.next_escalation_at)}",
            f"  escalations so far {p.escalations}",
        )
        title = "waiting for a new hotfix" if waits_for_a_new_hotfix(p) else "waiting for a decision"
        parts.append(Panel(box, title=title, border_style="yellow"))
    c = state.counters
    parts.append(
        Text(
            f"repos frozen {c.repos_frozen} / unfrozen {c.repos_unfrozen}   scenarios run {c.scenarios_run} "
            f"(failing at reproduce {c.scenarios_failing})   deploys {c.deploys} rollbacks {c.rollbacks}   "
            f"events scanned {c.events_scanned} violations {c.violations} corrections {c.corrections_written}"
        )
    )
    if backfill is not None:
        parts.append(render_backfill(backfill))
    offset = datetime.now().astimezone().isoformat(timespec="seconds")[-6:]
    timeline = Table(show_edge=False, header_style="bold", expand=False, caption=f"local time (UTC{offset})")
    for column in ("start", "end", "phase", "step", "outcome", "who", "detail"):
        timeline.add_column(column, overflow="fold")
    for step in state.timeline:
        style = _OUTCOME_STYLE.get(step.outcome, "cyan") if step.outcome else "cyan"
        timeline.add_row(
            _clock(step.started_at),
            _clock(step.ended_at),
            str(step.phase),
            step.step,
            Text(str(step.outcome or "running"), style=style),
            step.actor,
            step.detail[:160],
        )
    parts.append(timeline)
    if state.open_items:
        parts.append(Panel("\n".join(state.open_items), title="open items", border_style="red"))
    if state.report_paths:
        parts.append(Text("evidence report: " + "  ".join(state.report_paths), style="bold"))
    if state.failure:
        parts.append(Text(f"failure: {state.failure}", style="red"))
    return Group(*parts)  # type: ignore[arg-type]


def next_step_lines(state: RecallState, keys_dir: str = DEFAULT_KEYS_DIR) -> list[str]:
    """What to run next, one command per person waited on; nothing when nobody needs to act."""
    if state.pending is None:
        return []
    lines = next_commands(state.incident_id, state.pending, keys_dir)
    if not waits_for_a_new_hotfix(state.pending):
        lines.append("(recall reject with the same options refuses it)")
    return lines


def print_next_steps(console: Console, state: RecallState, keys_dir: str = DEFAULT_KEYS_DIR) -> None:
    """Each command as one soft-wrapped line: the terminal may fold it, but a copy pastes as one command."""
    for line in next_step_lines(state, keys_dir):
        console.print(line, soft_wrap=True, markup=False, highlight=False)


def print_state(
    console: Console,
    state: RecallState,
    workflow_status: str | None = None,
    *,
    keys_dir: str = DEFAULT_KEYS_DIR,
) -> None:
    console.print(render_state(state, workflow_status))
    print_next_steps(console, state, keys_dir)
