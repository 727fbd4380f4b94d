"""Whether a rehearsed rollback is ready: the newest rehearsal a guard recorded, said in one line for a report.

A recall finds the guards by the state directory's layout, the one `recall start` and `recall guard apply`
share: recalls keep their evidence in `<state>/artifacts/<incident>` and guards their records in
`<state>/guards/<name>/rehearsals.jsonl`. A recall whose spec sets its own `artifacts_dir` outside that
layout finds none, and its report says so.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from optout_recall.guard import runs
from optout_recall.payloads.guard import RehearsalRecord

REHEARSAL_STEP = "rollback rehearsal"
"""The recall's timeline step that holds the fact; the report reads its line from it."""


def guards_root(artifacts_dir: str | Path) -> Path | None:
    """`<state>/guards` for a recall whose artifacts are `<state>/artifacts/<incident>`, else None."""
    artifacts = Path(artifacts_dir)
    if artifacts.parent.name != "artifacts":
        return None
    return artifacts.parent.parent / "guards"


def latest_rehearsal(artifacts_dir: str | Path) -> RehearsalRecord | None:
    """The newest rehearsal any guard under the recall's state directory recorded, or None."""
    root = guards_root(artifacts_dir)
    if root is None or not root.is_dir():
        return None
    found = [
        record
        for folder in sorted(root.iterdir())
        if folder.is_dir() and (record := runs.last_rehearsal(folder)) is not None
    ]
    return max(found, key=lambda record: record.started_at, default=None)


def rehearsal_line(record: RehearsalRecord | None, now: datetime) -> str:
    """ "passed 3 days ago (2026-11-28 10:00 UTC, 41 s), guard prefs on staging", "none recorded", ..."""
    if record is None:
        return "none recorded (no guard under this state directory has rehearsed a rollback)"
    started = record.started_at.astimezone(UTC)
    when = f"{_age(now - started)} ({started:%Y-%m-%d %H:%M} UTC, {record.duration_seconds:.0f} s)"
    if record.passed:
        return f"passed {when}, guard {record.guard} on staging"
    return f"last one failed {when}, guard {record.guard} on staging: {record.detail}"


def _age(elapsed: timedelta) -> str:
    seconds = max(0, int(elapsed.total_seconds()))
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''} ago"
    return "just now"
