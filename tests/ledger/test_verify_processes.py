"""A large SQLite verify scans its ranges on child processes that run chain_scan.py by path: they name a
tampered row as the single scan does, and a child that dies fails the verify with a clear error."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from optout_recall.db import create_engine
from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger import Ledger, ProblemKind, chain_scan
from optout_recall.ledger import pool as pool_module
from optout_recall.ledger import verify as verify_module

from .conftest import entry, tamper


@pytest.fixture
async def ledger(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Ledger]:
    """40 entries in a file, verified on two child processes in eight ranges of five entries, read in
    chunks of two (what a ledger past THREAD_VERIFY_MAX_ENTRIES gets)."""
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine, Ed25519PrivateKey.generate())
    await ledger.create_schema()
    await ledger.append([entry(index) for index in range(40)])
    monkeypatch.setattr(verify_module, "PARALLEL_VERIFY_MIN_ENTRIES", 0)
    monkeypatch.setattr(verify_module, "THREAD_VERIFY_MAX_ENTRIES", 0)
    monkeypatch.setattr(verify_module, "VERIFY_WORKERS", 2)
    monkeypatch.setattr(verify_module, "VERIFY_RANGES_PER_WORKER", 4)
    monkeypatch.setattr(verify_module, "VERIFY_CHUNK_ROWS", 2)
    yield ledger
    await engine.dispose()


def no_threads(*args: Any) -> None:
    raise AssertionError("a large verify scanned on threads")


async def test_a_tampered_row_in_a_range_a_child_scans_is_named(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[Path, list[Any], int]] = []
    on_script_processes = pool_module.on_script_processes

    async def recorded(script: Path, jobs: list[Any], processes: int, purpose: str) -> list[Any]:
        calls.append((script, jobs, processes))
        return await on_script_processes(script, jobs, processes, purpose)

    monkeypatch.setattr(pool_module, "on_script_processes", recorded)
    monkeypatch.setattr(verify_module, "_scan_ranges", no_threads)
    async with tamper(ledger.engine) as connection:
        await connection.execute(text("UPDATE consent_ledger SET choice = 'opt_in' WHERE seq = 33"))

    report = await ledger.verify()

    assert [(problem.seq, problem.kind) for problem in report.problems] == [(33, ProblemKind.CHANGED_ROW)]
    assert report.entries_checked == 40
    [(script, jobs, processes)] = calls
    assert (script, processes) == (Path(chain_scan.__file__), 2)
    assert [tuple(job[3:5]) for job in jobs][-2:] == [(31, 35), (36, 2**63 - 1)]  # seq 33: the seventh range
    assert multiprocessing.active_children() == []


async def test_an_intact_ledger_scanned_on_child_processes_is_ok(
    ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(verify_module, "_scan_ranges", no_threads)
    await ledger.checkpoint()

    report = await ledger.verify()

    assert report.ok, report.summary()
    assert (report.entries_checked, report.head_seq) == (40, 40)


@pytest.mark.parametrize(
    ("body", "how"),
    [
        (
            "import os, signal, sys\nsys.stdin.readline()\nos.kill(os.getpid(), signal.SIGKILL)\n",
            "killed by SIGKILL",
        ),
        ("import sys\nsys.stdin.readline()\nsys.exit('disk I/O error')\n", "exit status 1: disk I/O error"),
    ],
)
async def test_a_child_that_dies_fails_the_verify_with_a_clear_error(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str, how: str
) -> None:
    dying = tmp_path / "dying_scan.py"
    dying.write_text(body)
    monkeypatch.setattr(verify_module, "SCAN_SCRIPT", dying)

    with pytest.raises(RecallError, match=rf"^ledger verify: a worker process died \({how}\)$") as died:
        await asyncio.wait_for(ledger.verify(), timeout=60)

    assert died.value.type == ErrorType.LEDGER_WORKER_DIED
    assert died.value.retryable


async def test_a_scan_that_fails_in_a_child_fails_the_verify(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real script, on a database that is not a ledger: its last line of stderr is the reason."""
    other = tmp_path / "other.db"
    sqlite3.connect(other).close()
    database = verify_module._suspect_rows_in_parallel

    async def elsewhere(path: str, last_seq: int, workers: int) -> Any:
        return await database(str(other), last_seq, workers)

    monkeypatch.setattr(verify_module, "_suspect_rows_in_parallel", elsewhere)

    with pytest.raises(
        RecallError, match=r"^ledger verify: a worker process died \(exit status 1: .*no such table"
    ):
        await asyncio.wait_for(ledger.verify(), timeout=60)


def test_a_child_runs_on_the_standard_library_and_sqlean_alone() -> None:
    """Run by path, the script needs nothing of the program; it reads through sqlean's newer SQLite,
    threads of this process through the sqlite3 module."""
    imported = {
        name
        for line in Path(chain_scan.__file__).read_text().splitlines()
        if line.startswith(("import ", "from ")) and not line.startswith("from __future__")
        for name in [line.split()[1].split(".")[0]]
    }
    assert "optout_recall" not in imported
    assert chain_scan.child_sqlite.__name__ == "sqlean"
    assert chain_scan.scan_range.__defaults__ == (sqlite3,)
    assert os.path.isabs(str(verify_module.SCAN_SCRIPT))
