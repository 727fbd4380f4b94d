"""How a recall looks in a terminal: phase, pending approval, counters and the timeline."""

from __future__ import annotations

from datetime import UTC, datetime

from rich.console import Group
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text

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
    return moment.astimezone(UTC).strftime("%H:%M:%S") if moment else "…"


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
    state: RecallState, workflow_status: str | None = None, backfill: BackfillState | None = None
) -> Group:
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
    parts: list[object] = [head]
    if state.pending is not None:
        p = state.pending
        lines = [
            f"[bold]{p.prompt}[/bold]",
            f"step [bold]{p.step}[/bold]  needs {' or '.join(p.roles)}  waiting on {', '.join(p.waiting_on)}",
            f"since {p.since.isoformat()}  next escalation {p.next_escalation_at.isoformat() if p.next_escalation_at else '—'}"
            f"  escalations so far {p.escalations}",
            f"[dim]recall approve {state.incident_id} --step {p.step} --as NAME --reason TEXT[/dim]",
        ]
        parts.append(Panel("\n".join(lines), title="waiting for a decision", border_style="yellow"))
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
    timeline = Table(show_edge=False, header_style="bold", expand=False)
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
