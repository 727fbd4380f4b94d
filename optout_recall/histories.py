"""Workflow histories out of Temporal: for auditors' bundles and for the replay tests that guard determinism."""

from __future__ import annotations

import re
from pathlib import Path

from temporalio.client import Client

from optout_recall import names


def _safe(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", text)


async def export_histories(client: Client, incident_id: str, out_dir: Path) -> list[Path]:
    """Every run of the recall and of its backfill children, one JSON file per run."""
    recall_id = names.recall_workflow_id(incident_id)
    ids = [
        recall_id,
        names.backfill_workflow_id(recall_id, True),
        names.backfill_workflow_id(recall_id, False),
    ]
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for workflow_id in ids:
        async for execution in client.list_workflows(f'WorkflowId = "{workflow_id}"'):
            handle = client.get_workflow_handle(workflow_id, run_id=execution.run_id)
            history = await handle.fetch_history()
            path = out_dir / f"{_safe(workflow_id)}__{execution.run_id}.json"
            path.write_text(history.to_json())
            written.append(path)
    return sorted(written)
