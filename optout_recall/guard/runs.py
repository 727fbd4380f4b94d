"""Guard run records on disk, and the comparison of a run with the last one.

Each guard keeps JSON Lines files in its state directory: `runs.jsonl` (one line per run: every verdict with
its transcript's path and sha256), `alerts.jsonl` (one line per alert key ever sent) and `rehearsals.jsonl`.
History holds only the run id and the file's path. Every write is idempotent by its key, because an activity
may run more than once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optout_recall.payloads import ScenarioVerdict, Verdict
from optout_recall.payloads.guard import RehearsalRecord

RUNS = "runs.jsonl"
ALERTS = "alerts.jsonl"
REHEARSALS = "rehearsals.jsonl"

Pair = tuple[str, str]
"""(channel, scenario)"""


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a line torn by a crash mid-write is not a record
    return records


def _append(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(record, sort_keys=True) + "\n")
        out.flush()
        os.fsync(out.fileno())


# --------------------------------------------------------------------------- runs


def read_runs(state_dir: str | Path) -> list[dict[str, Any]]:
    """Every recorded run, oldest first."""
    return _lines(Path(state_dir) / RUNS)


def find_run(state_dir: str | Path, run_id: str) -> dict[str, Any] | None:
    return next((run for run in read_runs(state_dir) if run["run_id"] == run_id), None)


def last_run_before(state_dir: str | Path, run_id: str) -> dict[str, Any] | None:
    """The latest recorded run other than `run_id` (the one before it, even when `run_id` is recorded)."""
    earlier = [run for run in read_runs(state_dir) if run["run_id"] != run_id]
    return earlier[-1] if earlier else None


def record_run(state_dir: str | Path, record: dict[str, Any]) -> Path:
    """Append a run once: a retried activity finds its run already there and leaves it."""
    path = Path(state_dir) / RUNS
    if find_run(state_dir, record["run_id"]) is None:
        _append(path, record)
    return path


def verdict_record(verdict: ScenarioVerdict) -> dict[str, Any]:
    return verdict.model_dump(
        mode="json",
        include={"channel", "scenario", "verdict", "reason", "transcript_path", "transcript_sha256"},
    )


# --------------------------------------------------------------------------- comparison


def previous_verdicts(state_dir: str | Path, run_id: str) -> dict[Pair, str]:
    """Each pair's latest conclusive verdict (pass or fail) in the runs before `run_id`.

    A run that found the target down (unreachable, error) says nothing about the code, so a pass, then an
    outage during a deploy, then a fail is still a flip from pass to fail.
    """
    latest: dict[Pair, str] = {}
    for run in read_runs(state_dir):
        if run["run_id"] == run_id:
            continue
        for v in run["verdicts"]:
            if v["verdict"] in (Verdict.PASS, Verdict.FAIL):
                latest[(v["channel"], v["scenario"])] = v["verdict"]
    return latest


def flipped(before: dict[Pair, str], current: Iterable[ScenarioVerdict]) -> list[Pair]:
    """Pairs whose last conclusive verdict was a pass and which fail now; a first run flips nothing."""
    return [
        (v.channel, v.scenario)
        for v in current
        if v.verdict == Verdict.FAIL and before.get((v.channel, v.scenario)) == Verdict.PASS
    ]


@dataclass(frozen=True)
class Classified:
    regressions: list[Pair]
    flaky: list[Pair]


def classify(flips: list[Pair], rerun: Iterable[ScenarioVerdict]) -> Classified:
    """A flip that passes on its rerun is flaky, not a regression; one that fails again is a regression."""
    again = {(v.channel, v.scenario): v.verdict for v in rerun}
    flaky = [pair for pair in flips if again.get(pair) == Verdict.PASS]
    return Classified(regressions=[pair for pair in flips if pair not in flaky], flaky=flaky)


# --------------------------------------------------------------------------- alerts


def alerted_keys(state_dir: str | Path) -> set[str]:
    return {record["key"] for record in _lines(Path(state_dir) / ALERTS)}


def record_alert(state_dir: str | Path, key: str, kind: str, sent_at: str, delivered: list[str]) -> None:
    if key not in alerted_keys(state_dir):
        _append(
            Path(state_dir) / ALERTS, {"key": key, "kind": kind, "sent_at": sent_at, "delivered": delivered}
        )


# --------------------------------------------------------------------------- rehearsals


def record_rehearsal(state_dir: str | Path, rehearsal: RehearsalRecord) -> None:
    records = _lines(Path(state_dir) / REHEARSALS)
    if all(RehearsalRecord.model_validate(record).started_at != rehearsal.started_at for record in records):
        _append(Path(state_dir) / REHEARSALS, rehearsal.model_dump(mode="json"))


def last_rehearsal(state_dir: str | Path) -> RehearsalRecord | None:
    records = _lines(Path(state_dir) / REHEARSALS)
    return RehearsalRecord.model_validate(records[-1]) if records else None
