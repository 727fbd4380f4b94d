"""`recall demo --serve`: a person drives their own recall with exactly the commands it prints for each role,
and a stop signal ends everything it started; `--no-keep` removes the world's files."""

from __future__ import annotations

import json
import re
import shlex
import signal
import time
from pathlib import Path

import pytest

from optout_recall.demo import control
from tests.cli.processes import (
    RECALL,
    alive,
    descendants,
    leave_nothing,
    listening,
    recall,
    start_recall,
    stop_group,
    wait_for_text,
)
from tests.conftest import free_port

LAST_ROLE_LINE = "recall audit verify"


def _commands(printed: str) -> list[list[str]]:
    return [shlex.split(line) for line in printed.splitlines() if line.startswith("  recall ")]


def _find(commands: list[list[str]], *words: str) -> list[str]:
    found = [c for c in commands if all(word in c for word in words)]
    assert len(found) == 1, (words, commands)
    return found[0]


def _run(command: list[str], env: dict[str, str]) -> str:
    assert command[0] == "recall"
    result = recall(*command[1:], env=env, timeout=120)
    assert result.returncode == 0, (command, result.stderr[-2000:])
    return result.stdout


def _wait(incident: str, address: str, env: dict[str, str], done: object) -> dict:
    deadline = time.monotonic() + 150
    while time.monotonic() < deadline:
        state = json.loads(_run(["recall", "status", incident, "--json", "--address", address], env))
        if done(state):  # type: ignore[operator]
            return dict(state)
        assert state["outcome"] == "running", state["failure"]
        time.sleep(0.5)
    raise AssertionError("the recall did not get there in time")


def _pending(step: str) -> object:
    return lambda s: (
        s["pending"] and s["pending"]["step"] == step and (step != "hotfix" or s["pending"]["hotfix_ref"])
    )


@pytest.mark.timeout(400)
def test_a_person_drives_a_recall_with_the_printed_commands_then_sigterm_stops_everything(
    tmp_path: Path,
) -> None:
    port = free_port()
    address = f"127.0.0.1:{port}"
    env = {"RECALL_STATE_DIR": str(tmp_path / "state")}
    out = tmp_path / "serve.out"
    with out.open("w") as output:
        serve = start_recall("demo", "--serve", "--port", str(port), env=env, output=output)
        started: dict[int, str] = {}
        try:
            printed = wait_for_text(out, LAST_ROLE_LINE, serve, timeout=120)
            started.update(descendants(serve.pid))
            spec = re.search(r"^spec: (\S+)$", printed, re.M)
            assert spec is not None, printed
            world = Path(spec.group(1)).parent
            incident = world.name
            commands = _commands(printed)
            assert all(c[-2:] == ["--address", address] for c in commands if "verify" not in c)

            _run(_find(commands, "start"), env)
            _wait(incident, address, env, _pending("hotfix"))
            _run(_find(commands, "approve", "hotfix"), env)
            _wait(incident, address, env, _pending("backfill-apply"))
            _run(_find(commands, "approve", "backfill-apply"), env)
            final = _wait(incident, address, env, lambda s: s["outcome"] != "running")
            assert final["outcome"] == "completed", final["failure"]

            assert "hotfix" in _run(_find(commands, "history"), env)
            assert incident in _run(_find(commands, "report"), env)
            exported = _run(_find(commands, "audit", "export"), env)
            key = re.search(r"signing public key \(pin it out of band\): ([0-9a-f]{64})", exported)
            assert key is not None, exported
            verify = _find(commands, "audit", "verify")
            verify[verify.index("--public-key") + 1] = key.group(1)
            _run(verify, env)
            code = stop_group(serve, signal.SIGTERM)
            left = {pid: command for pid, command in started.items() if alive(pid)}
        finally:
            leave_nothing(serve, started)
    assert code == 0
    assert left == {}
    assert any("start-dev" in cmd for cmd in started.values()), started
    assert any("optout_recall.demo.service" in cmd for cmd in started.values()), started
    assert not listening(port)
    assert control.status(world / "service")["running"] is False
    assert (world / "artifacts" / "report.json").exists()  # kept: --keep is the default
    assert "nothing left running" in out.read_text()


@pytest.mark.timeout(120)
def test_no_keep_removes_the_world_and_sighup_stops_everything(tmp_path: Path) -> None:
    port = free_port()
    env = {"RECALL_STATE_DIR": str(tmp_path / "state")}
    out = tmp_path / "serve.out"
    with out.open("w") as output:
        serve = start_recall("demo", "--serve", "--no-keep", "--port", str(port), env=env, output=output)
        started: dict[int, str] = {}
        try:
            printed = wait_for_text(out, LAST_ROLE_LINE, serve, timeout=90)
            started.update(descendants(serve.pid))
            spec = re.search(r"^spec: (\S+)$", printed, re.M)
            assert spec is not None and Path(spec.group(1)).exists()
            code = stop_group(serve, signal.SIGHUP)
            left = {pid: command for pid, command in started.items() if alive(pid)}
        finally:
            leave_nothing(serve, started)
    assert code == 0
    assert left == {}
    assert not Path(spec.group(1)).parent.exists()
    assert not listening(port)
    assert "the world's files are removed" in out.read_text()


def test_demo_help_offers_keep_and_no_keep() -> None:
    result = recall("demo", "--help")
    assert result.returncode == 0
    assert "--keep" in result.stdout and "--no-keep" in result.stdout and "--serve" in result.stdout
    assert RECALL.endswith("recall")
