"""control.py as a deploy hook: start, deploy, rollback, restart and stop, with nothing left running."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from optout_recall.demo import DEFECTS, control


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def hook(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "optout_recall.demo.control", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def health(port: int) -> dict:
    return dict(httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json())


def test_start_deploy_rollback_stop_through_the_command_line(tmp_path: Path) -> None:
    state, port = tmp_path / "demo", free_port()
    try:
        started = hook("start", "--state-dir", str(state), "--port", str(port), "--defects", "gpc_ignored")
        assert started.returncode == 0, started.stderr
        assert started.stdout.strip() == f"start: build=defective defects=gpc_ignored port={port}"
        assert health(port)["defects"] == ["gpc_ignored"]
        body = {"subject_id": "s", "purpose": "sale", "choice": "opt_out", "jurisdiction": "US-CA"}
        httpx.post(f"http://127.0.0.1:{port}/preferences", json=body, timeout=2).raise_for_status()

        deployed = hook("deploy", "--state-dir", str(state), "--build", "fixed")
        assert deployed.returncode == 0, deployed.stderr
        assert health(port)["build"] == "fixed"
        stored = httpx.get(
            f"http://127.0.0.1:{port}/preferences",
            params={"subject_id": "s", "purpose": "sale", "jurisdiction": "US-CA"},
            timeout=2,
        ).json()
        assert stored["choice"] == "opt_out"

        rolled_back = hook("rollback", "--state-dir", str(state))
        assert rolled_back.returncode == 0, rolled_back.stderr
        assert health(port) | {"boot_id": ""} == {
            "status": "ok",
            "build": "defective",
            "defects": ["gpc_ignored"],
            "boot_id": "",
        }
        pid = int((state / control.PIDFILE).read_text())
    finally:
        stopped = hook("stop", "--state-dir", str(state))
    assert stopped.returncode == 0
    assert stopped.stdout.strip() == "stopped"
    assert not (state / control.PIDFILE).exists()
    assert not control.process_alive(pid)
    with pytest.raises(httpx.ConnectError):
        health(port)


def test_defective_build_defaults_to_every_defect_and_restart_keeps_the_build(tmp_path: Path) -> None:
    state, port = tmp_path / "demo", free_port()
    try:
        record = control.start(state, port)
        assert record["defects"] == sorted(DEFECTS)
        before = health(port)
        control.restart(state)
        after = health(port)
        assert after["defects"] == sorted(DEFECTS)
        assert after["boot_id"] != before["boot_id"]
    finally:
        assert control.stop(state)
    assert control.stop(state) is False


def test_refusals_are_one_line(tmp_path: Path) -> None:
    state, port = tmp_path / "demo", free_port()
    missing = hook("deploy", "--state-dir", str(state), "--build", "fixed")
    assert missing.returncode == 1
    assert missing.stderr == f"demo control: no demo service was started in {state} (no service.json)\n"
    try:
        control.start(state, port, "fixed")
        with pytest.raises(
            control.ControlError, match=r"already running .* \(pid \d+\); stop or deploy instead$"
        ):
            control.start(state, free_port(), "fixed")
        with pytest.raises(control.ControlError, match=r"^nothing to roll back to in "):
            control.rollback(state)
        with pytest.raises(control.ControlError, match=r"^unknown defects typo \(known: gpc_ignored, "):
            control.deploy(state, "defective", {"typo"})
    finally:
        control.stop(state)


def test_a_service_that_cannot_start_is_reported_and_not_left_behind(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(
            control.ControlError, match=r"^demo service exited with code \d+ before answering"
        ):
            control.start(tmp_path / "demo", port, "fixed")
    assert not (tmp_path / "demo" / control.PIDFILE).exists()
