"""The evidence report: Markdown for tickets and people, JSON for machines."""

from __future__ import annotations

import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import jinja2
from temporalio import activity

from optout_recall.payloads import ReportInput, ReportResult

REPORT_FORMAT_VERSION = 1

_TEMPLATES = jinja2.Environment(
    loader=jinja2.PackageLoader("activities", "templates"),
    autoescape=False,  # Markdown, not HTML
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)


class ReportActivities:
    @activity.defn(name="write_report")
    async def write_report(self, input: ReportInput) -> ReportResult:
        out_dir = Path(input.artifacts_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        generated_at = datetime.now(UTC).isoformat()
        document = {
            "format_version": REPORT_FORMAT_VERSION,
            "generated_at": generated_at,
            "workflow_id": input.workflow_id,
            "run_id": input.run_id,
            "window": {"start": input.window_start.isoformat(), "end": input.window_end.isoformat()},
            "jurisdictions": input.jurisdictions,
            "gpc_policy": str(input.gpc_policy),
            "rules_hash": input.rules_hash,
            "spec_sha256": input.spec_sha256,
            "recall": input.state.model_dump(mode="json"),
        }
        json_bytes = json.dumps(document, indent=2, sort_keys=True).encode()
        markdown = _TEMPLATES.get_template("report.md.j2").render(
            s=input.state, r=input, generated_at=generated_at
        )
        json_path = out_dir / "report.json"
        md_path = out_dir / "report.md"
        _write_atomically(json_path, json_bytes)
        _write_atomically(md_path, markdown.encode())
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
