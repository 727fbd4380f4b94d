"""What the pages show, computed from a recall's state: ages, evidence, the files it may serve, the bundle check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from optout_recall.audit.checks import VerifyOutcome
from optout_recall.audit.manifest import BundleError
from optout_recall.audit.verify import verify_bundle
from optout_recall.console.access import ConsoleSettings
from optout_recall.console.gateway import RecallView
from optout_recall.payloads import ScenarioVerdict, Verdict

REPORT_FILES = ("report.html", "report.md", "report.json")


def age(since: datetime | None, now: datetime | None = None) -> str:
    if since is None:
        return "—"
    seconds = int(((now or datetime.now(UTC)) - since).total_seconds())
    if seconds < 60:
        return f"{max(seconds, 0)}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return f"{hours}h {minutes:02d}m"
    return f"{hours // 24}d {hours % 24}h"


@dataclass(frozen=True)
class Failing:
    verdict: ScenarioVerdict
    transcript: str | None  # the path under the recall's artifacts the console serves it at, when it can
    excerpt: str


@dataclass(frozen=True)
class Evidence:
    failing: list[Failing]
    dry_run: dict[str, Any] | None


def _relative(view: RecallView, path: str) -> str | None:
    if view.artifacts_dir is None or not path:
        return None
    try:
        return Path(path).resolve().relative_to(view.artifacts_dir.resolve()).as_posix()
    except ValueError:
        return None


def artifact_files(view: RecallView) -> dict[str, Path]:
    """Only the report and the transcripts the recall's own state names; never anything else on the disk."""
    if view.artifacts_dir is None:
        return {}
    root = view.artifacts_dir.resolve()
    named = [root / name for name in REPORT_FILES]
    named += [Path(v.transcript_path) for v in [*view.state.reproduction, *view.state.verification]]
    files: dict[str, Path] = {}
    for path in named:
        relative = _relative(view, str(path))
        if relative is not None and (root / relative).is_file():
            files[relative] = root / relative
    return files


def _excerpt(path: Path | None, limit: int = 1200) -> str:
    if path is None:
        return ""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return ""
    return text if len(text) <= limit else text[:limit] + "\n…"


def evidence(view: RecallView) -> Evidence:
    state = view.state
    files = artifact_files(view)
    failing = []
    for verdict in state.reproduction:
        if verdict.verdict == Verdict.PASS:
            continue
        relative = _relative(view, verdict.transcript_path)
        served = relative if relative in files else None
        failing.append(Failing(verdict, served, _excerpt(files.get(served) if served else None)))
    counters = state.counters
    dry_run: dict[str, Any] | None = None
    if state.backfill is not None:
        dry_run = state.backfill.model_dump()
    elif counters.events_scanned or counters.violations:
        dry_run = {"scanned": counters.events_scanned, "violations": counters.violations}
    return Evidence(failing=failing, dry_run=dry_run)


def live_payload(view: RecallView, html: str) -> dict[str, Any]:
    state = view.state
    return {
        "html": html,
        "status": view.status,
        "phase": str(state.phase),
        "pending": state.pending.model_dump(mode="json") if state.pending else None,
    }


async def verify_bundle_of(
    view: RecallView, settings: ConsoleSettings
) -> tuple[VerifyOutcome | None, Path | None]:
    """The bundle check of `<bundles_dir>/<incident id>`, when there is one; the pinned key when configured."""
    if settings.bundles_dir is None or settings.replay is None:
        return None, None
    bundle = settings.bundles_dir / view.state.incident_id
    if not bundle.is_dir():
        return None, None
    try:
        outcome = await verify_bundle(
            bundle,
            settings.bundle_public_key,
            trust_bundle_key=settings.bundle_public_key is None,
            replay=settings.replay,
        )
    except BundleError as exc:
        failed = VerifyOutcome()
        failed.add("bundle", False, str(exc))
        return failed, bundle
    return outcome, bundle
