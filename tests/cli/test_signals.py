"""`recall dev` stops everything it started on SIGTERM, SIGINT and SIGHUP, and its dev server's banner goes to
`.recall/temporal-server.log`, never to the terminal."""

from __future__ import annotations

import signal
import socket
from pathlib import Path

import pytest

from tests.cli.processes import (
    alive,
    descendants,
    leave_nothing,
    listening,
    one_line_error,
    recall,
    start_recall,
    stop_group,
    wait_for_text,
)
from tests.conftest import free_port

BANNER = ("Temporal CLI", "Temporal Server:", "Temporal Persistence:")


@pytest.mark.timeout(120)
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=lambda s: s.name)
def test_recall_dev_leaves_nothing_running_after_a_stop_signal(tmp_path: Path, sig: signal.Signals) -> None:
    port, ui_port = free_port(), free_port()
    state = tmp_path / "state"
    out = tmp_path / "dev.out"
    with out.open("w") as output:
        dev = start_recall(
            "dev",
            "--port",
            str(port),
            "--ui-port",
            str(ui_port),
            env={"RECALL_STATE_DIR": str(state)},
            output=output,
        )
        started: dict[int, str] = {}
        try:
            wait_for_text(out, "Ctrl-C stops", dev, timeout=60)
            started.update(descendants(dev.pid))
            assert any("start-dev" in command for command in started.values()), started
            assert listening(port) and listening(ui_port)
            code = stop_group(dev, sig)
            left = {pid: command for pid, command in started.items() if alive(pid)}
        finally:
            leave_nothing(dev, started)
    assert left == {}
    assert not listening(port) and not listening(ui_port)
    assert code == 0
    printed = out.read_text()
    assert "stopped the worker and the dev server" in printed
    assert not any(line in printed for line in BANNER), printed
    log = (state / "temporal-server.log").read_text()
    assert all(line in log for line in BANNER)


@pytest.mark.timeout(60)
def test_a_port_in_use_is_one_line_not_a_server_banner(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = recall(
            "dev", "--port", str(port), "--ui-port", str(free_port()), env={"RECALL_STATE_DIR": str(tmp_path)}
        )
    assert f"127.0.0.1:{port} is already in use" in one_line_error(result)
    assert result.stdout == ""


@pytest.mark.timeout(180)
def test_a_demo_interrupted_mid_recall_ends_its_recall_and_everything_it_started(tmp_path: Path) -> None:
    port = free_port()
    out = tmp_path / "demo.out"
    with out.open("w") as output:
        demo = start_recall(
            "demo", "--port", str(port), env={"RECALL_STATE_DIR": str(tmp_path / "state")}, output=output
        )
        started: dict[int, str] = {}
        try:
            wait_for_text(out, "phase →", demo, timeout=120)
            started.update(descendants(demo.pid))
            # As `kill PID` or a service manager would: the process, not its group.
            demo.send_signal(signal.SIGTERM)
            code = demo.wait(timeout=90)
            left = {pid: command for pid, command in started.items() if alive(pid)}
        finally:
            leave_nothing(demo, started)
    printed = out.read_text()
    assert code == 130, printed[-2000:]
    assert left == {}
    assert any("start-dev" in command for command in started.values()), started
    assert any("optout_recall.demo.service" in command for command in started.values()), started
    assert not listening(port)
    assert "terminated: the demo was interrupted" in printed
    assert "recall: demo interrupted; everything it started is stopped" in printed
    assert "Traceback" not in printed
