"""The end-of-recall evidence report: HTML for people, Markdown for tickets, JSON for machines.

It goes through the same builder and renderers as `recall report` (optout_recall.audit), so the report the
workflow writes and the one an auditor regenerates later from history agree section by section.
"""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

from temporalio import activity

from optout_recall.audit.build import build_report
from optout_recall.audit.model import LedgerSection
from optout_recall.audit.render import render_html, render_json, render_markdown
from optout_recall.audit.sources import read_events, read_ledger
from optout_recall.payloads import ReportInput, ReportResult


class ReportActivities:
    @activity.defn(name="check_ledger")
    async def check_ledger(self, ledger_url: str) -> LedgerSection:
        """The consent ledger recomputed and held to its signed heads, as the report will read it."""
        return await read_ledger(ledger_url)

    @activity.defn(name="write_report")
    async def write_report(self, input: ReportInput) -> ReportResult:
        out_dir = Path(input.artifacts_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        report = build_report(
            input,
            events=await read_events(input.events_url, input.state.incident_id, ledger_url=input.ledger_url),
            ledger=await read_ledger(input.ledger_url),
            generated_at=datetime.now(UTC),
            generated_by="write_report activity",
        )
        json_bytes = render_json(report).encode()
        json_path = out_dir / "report.json"
        md_path = out_dir / "report.md"
        _write_atomically(json_path, json_bytes)
        _write_atomically(md_path, render_markdown(report, artifacts_href=".").encode())
        _write_atomically(out_dir / "report.html", render_html(report, artifacts_href=".").encode())
        activity.logger.info("report for %s written to %s", input.state.incident_id, md_path)
        return ReportResult(
            markdown_path=str(md_path),
            json_path=str(json_path),
            json_sha256=hashlib.sha256(json_bytes).hexdigest(),
        )


def _write_atomically(path: Path, data: bytes) -> None:
    """Never leave half a report behind: write beside it, then rename over it."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
