"""`recall start` gives the Web UI static details: who commands the recall, what it freezes and probes."""

from __future__ import annotations

from pathlib import Path

from optout_recall.cli.start_details import static_details
from tests.workflows.test_recall import World


def test_static_details_name_the_commander_repos_channels_and_hotfix(tmp_path: Path) -> None:
    recall = World(tmp_path).recall_input()
    details = static_details(recall)
    assert f"**Commander:** {recall.commander}" in details
    assert "bob (on-call)" in details
    assert all(repo.name in details for repo in recall.repos)
    assert all(channel.name in details for channel in recall.channels)
    assert recall.hotfix_ref in details
