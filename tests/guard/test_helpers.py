"""The reaper the guard's dev-server tests end with: it finds and stops what a test left running."""

from __future__ import annotations

from pathlib import Path

from optout_recall.demo import control
from optout_recall.demo.world import free_port
from tests.guard.helpers import processes_under, stop_processes_under


def test_a_demo_service_nobody_tracks_any_more_is_found_and_stopped(tmp_path: Path) -> None:
    tracked, untracked = tmp_path / "tracked", tmp_path / "untracked"
    control.start(tracked, free_port(), "fixed")
    record = control.start(untracked, free_port(), "fixed")
    (untracked / control.PIDFILE).unlink()  # as when a deploy hook was stopped between start and pidfile
    assert not control.stop(untracked)  # control alone no longer can

    found = stop_processes_under(tmp_path)

    assert record["pid"] in found and len(found) == 2
    assert all("optout_recall.demo.service" in line for line in found.values())
    assert processes_under(tmp_path) == {}
    assert not control.status(tracked)["running"]
