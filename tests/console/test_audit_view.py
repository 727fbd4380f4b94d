"""The auditor view checks the recall's audit bundle with the pinned key and shows every check's result."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

from optout_recall.cli.console import TemporalGateway
from optout_recall.console.access import ConsoleSettings
from optout_recall.console.app import create_app
from optout_recall.gates.approvals import public_key_hex
from tests.audit.conftest import FinishedRecall, finished_recall  # noqa: F401  (the session's finished recall)
from workers.main import running_worker
from workers.replay import replay_histories

pytestmark = [pytest.mark.devserver, pytest.mark.timeout(240)]


async def _audit_page(recall: FinishedRecall, bundles: Path, pinned: str | None) -> str:
    settings = ConsoleSettings(bundles_dir=bundles, bundle_public_key=pinned, replay=replay_histories)
    app = create_app(TemporalGateway(recall.client), settings)
    queue = (
        await recall.client.get_workflow_handle(f"recall-{recall.state.incident_id}").describe()
    ).task_queue
    async with running_worker(recall.client, queue):  # the status query of a closed recall needs a worker
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            page = await client.get(f"/recalls/{recall.state.incident_id}/audit")
    assert page.status_code == 200
    return page.text


async def test_the_auditor_view_shows_the_bundle_check(
    finished_recall: FinishedRecall,  # noqa: F811
    tmp_path: Path,
) -> None:
    incident = finished_recall.state.incident_id
    bundle = tmp_path / "bundles" / incident
    shutil.copytree(finished_recall.bundle, bundle)
    pinned = public_key_hex(finished_recall.key)

    holds = await _audit_page(finished_recall, bundle.parent, pinned)
    unpinned = await _audit_page(finished_recall, bundle.parent, None)
    report = bundle / "report.json"
    report.write_text(report.read_text().replace('"completed"', '"failed"', 1))
    tampered = await _audit_page(finished_recall, bundle.parent, pinned)

    assert "all checks hold" in holds and "UNVERIFIED ORIGIN" not in holds
    assert 'id="report-link"' in holds
    assert "UNVERIFIED ORIGIN" in unpinned
    assert "checks fail" in tampered and "report.json" in tampered
