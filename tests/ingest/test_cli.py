"""`recall ingest serve`: the ingestion app on a real uvicorn, in front of a ledger that must exist."""

from __future__ import annotations

import json
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from optout_recall.cli.main import app

runner = CliRunner()

ENTRY = {
    "subject_id": "u1",
    "purpose": "sale",
    "choice": "opt_out",
    "source": "api",
    "jurisdiction": "US-CA",
    "observed_at": "2026-03-01T10:00:00-08:00",
    "idempotency_key": "serve-1",
}


class Served:
    """A running `recall ingest serve` subprocess, its base URL and everything it said on stderr."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.base_url = self._wait_for_address()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    def _wait_for_address(self) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if found := re.search(r"listening on (http://\S+)", line):
                    return found.group(1)
            if self.process.poll() is not None:
                pytest.fail(f"serve exited with {self.process.returncode}: {''.join(self.lines)}")
            time.sleep(0.05)
        pytest.fail(f"serve never said where it listens: {''.join(self.lines)}")

    def stop(self, signum: int) -> int:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=20)
        self._reader.join(timeout=10)
        return code


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Any]:
    started: list[Served] = []

    def start(*args: str) -> Served:
        command = [sys.executable, "-m", "optout_recall.cli.main", "ingest", "serve", "--port", "0", *args]
        process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        started.append(Served(process))
        return started[-1]

    yield start
    for served in started:
        if served.process.poll() is None:
            served.process.kill()
            served.process.wait(timeout=10)


def entries_in(path: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as database:
        return list(database.execute("SELECT seq, choice FROM consent_ledger ORDER BY seq"))


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_serve_answers_on_uvicorn_and_stops_cleanly(serve: Any, tmp_path: Path, stop: int) -> None:
    ledger = tmp_path / "ledger.db"
    served = serve("--ledger-url", f"sqlite:///{ledger}", "--create")

    with httpx.Client(base_url=served.base_url, timeout=10) as http:
        created = http.post("/v1/entries", json=ENTRY)
        retried = http.post("/v1/entries", json=ENTRY)
        conflicting = http.post("/v1/entries", json={**ENTRY, "choice": "opt_in"})
        plain_text = http.post(
            "/v1/entries", content=json.dumps(ENTRY).encode(), headers={"content-type": "text/plain"}
        )
        too_large = http.post(
            "/v1/entries", content=b"A" * 70_000, headers={"content-type": "application/json"}
        )
        gpc = http.get("/.well-known/gpc.json")

    assert (created.status_code, created.json()) == (201, {"seq": 1})
    assert (retried.status_code, retried.json()) == (200, {"seq": 1})
    assert conflicting.status_code == 409
    assert plain_text.status_code == 415
    assert too_large.status_code == 413
    assert gpc.json()["gpc"] is True
    assert served.stop(stop) == 0, "".join(served.lines)
    assert served.lines[-1].strip() == f"recall: ingestion endpoint stopped on {signal.Signals(stop).name}"
    assert "Traceback" not in "".join(served.lines)
    assert entries_in(ledger) == [(1, "opt_out")]


def test_serve_refuses_a_missing_sqlite_ledger_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.db"

    result = runner.invoke(app, ["ingest", "serve", "--ledger-url", f"sqlite:///{missing}"])

    assert result.exit_code == 2
    assert (
        result.stderr
        == f"recall: sqlite:///{missing}: no ledger at {missing}; pass --create to start a new one\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_serve_refuses_a_database_without_a_ledger_and_adds_no_table(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as database:
        database.execute("CREATE TABLE unrelated (id INTEGER)")

    result = runner.invoke(app, ["ingest", "serve", "--ledger-url", f"sqlite:///{other}", "--port", "0"])

    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"recall: sqlite:///{other}: holds no consent ledger; pass --create to start a new one"
    ]
    with sqlite3.connect(other) as database:
        tables = [name for (name,) in database.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert tables == ["unrelated"]


def test_serve_refuses_a_port_in_use_with_one_line(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.db"
    ledger.touch()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = runner.invoke(
            app, ["ingest", "serve", "--ledger-url", f"sqlite:///{ledger}", "--port", str(port)]
        )

    assert result.exit_code == 2
    assert result.stderr.startswith(f"recall: cannot listen on 127.0.0.1:{port}: ")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--ledger-url", "sqlite://"], "name the ledger's file"),
        (["--ledger-url", "mysql://x/y"], "unsupported database 'mysql'"),
        (
            ["--ledger-url", "sqlite:///l.db", "--log-level", "loud"],
            "--log-level 'loud' is not a logging level",
        ),
        (
            ["--ledger-url", "sqlite:///l.db", "--rules", "/no/rules.yaml"],
            "cannot read rules file /no/rules.yaml",
        ),
        (
            ["--ledger-url", "sqlite:///l.db", "--max-metadata-bytes", "9000"],
            "Invalid value for '--max-metadata-bytes'",
        ),
    ],
)
def test_serve_refuses_bad_options_with_exit_2(args: list[str], message: str) -> None:
    result = runner.invoke(app, ["ingest", "serve", *args])

    assert result.exit_code == 2
    assert message in result.stderr
