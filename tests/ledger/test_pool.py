"""The ledger's worker pools and script processes: answers in call order, a dead worker fails the call,
workers stop on exit; a small verify scans on threads instead."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from optout_recall.db import create_engine
from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger import Ledger, chain_scan
from optout_recall.ledger import pool as pool_module
from optout_recall.ledger import verify as verify_module
from optout_recall.ledger.pool import worker_pool

from .conftest import entry


async def test_answers_come_back_in_call_order() -> None:
    async with worker_pool(2, "test") as pool:
        assert await pool.map(pow, [(2, 10), (3, 2), (5, 1)]) == [1024, 9, 5]
        queued = [pool.submit(divmod, number, 7) for number in (50, 8)]
        assert [await pool.result(future) for future in queued] == [(7, 1), (1, 1)]


async def test_a_worker_that_dies_fails_the_call_instead_of_hanging() -> None:
    async with worker_pool(1, "ledger test") as pool:
        with pytest.raises(RecallError, match=r"^ledger test: a worker process died \(") as died:
            await asyncio.wait_for(pool.map(os._exit, [(3,)]), timeout=60)

    assert died.value.type == ErrorType.LEDGER_WORKER_DIED
    assert died.value.retryable


async def test_workers_stop_when_the_work_stops_failed_or_not() -> None:
    async with worker_pool(2, "test") as pool:
        await pool.map(abs, [(-1,), (-2,), (-3,)])
    assert multiprocessing.active_children() == []

    with pytest.raises(ZeroDivisionError):
        async with worker_pool(2, "test") as pool:
            pool.submit(abs, -1)  # queued and never waited for: dropped, not logged as lost
            await pool.map(divmod, [(1, 0)])
    assert multiprocessing.active_children() == []


async def test_a_small_sqlite_verify_scans_on_threads_of_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Up to THREAD_VERIFY_MAX_ENTRIES no child process starts: threads start at once."""
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    await ledger.append([entry(index) for index in range(20)])
    scans: list[tuple[int, int]] = []
    scan_range = chain_scan.scan_range

    def recorded(*args: Any) -> chain_scan.RangeScan:
        scans.append((os.getpid(), threading.get_ident()))
        return scan_range(*args)

    async def no_children(*args: Any) -> list[Any]:
        raise AssertionError("a small verify started child processes")

    monkeypatch.setattr(verify_module, "PARALLEL_VERIFY_MIN_ENTRIES", 0)
    monkeypatch.setattr(verify_module, "VERIFY_WORKERS", 2)
    monkeypatch.setattr(chain_scan, "scan_range", recorded)
    monkeypatch.setattr(pool_module, "on_script_processes", no_children)
    try:
        report = await ledger.verify()
    finally:
        await engine.dispose()

    assert report.entries_checked == 20
    assert len(scans) == 2 * verify_module.VERIFY_RANGES_PER_WORKER
    assert {pid for pid, _ in scans} == {os.getpid()}
    assert threading.get_ident() not in {thread for _, thread in scans}
    assert multiprocessing.active_children() == []


def script(tmp_path: Path, body: str) -> Path:
    """A child's script: `body` runs once for every JSON job line on stdin, the job in `job`."""
    path = tmp_path / "child.py"
    path.write_text(
        "import json, os, signal, sys, time\n"
        "for line in sys.stdin:\n"
        "    job = json.loads(line)\n" + textwrap.indent(textwrap.dedent(body), "    ")
    )
    return path


async def test_script_processes_answer_every_job_in_job_order(tmp_path: Path) -> None:
    """Three children share nine jobs, the slow ones first: each takes the next job as it answers one."""
    child = script(
        tmp_path,
        """
        time.sleep(job["sleep"])
        print(json.dumps([job["n"] ** 2, os.getpid()]), flush=True)
        """,
    )
    jobs = [{"n": n, "sleep": 0.2 if n < 3 else 0} for n in range(9)]

    answers = await pool_module.on_script_processes(child, jobs, 3, "test")

    assert [square for square, _ in answers] == [n**2 for n in range(9)]
    assert len({pid for _, pid in answers}) == 3
    assert os.getpid() not in {pid for _, pid in answers}


@pytest.mark.parametrize(
    ("body", "how"),
    [
        ("os.kill(os.getpid(), signal.SIGKILL)", r"killed by SIGKILL"),
        ("sys.exit('no such table: consent_ledger')", r"exit status 1: no such table: consent_ledger"),
        ("print('half an answer', end='', flush=True); sys.exit(0)", r"exit status 0"),
    ],
)
async def test_a_script_process_that_dies_fails_the_call_instead_of_hanging(
    tmp_path: Path, body: str, how: str
) -> None:
    child = script(tmp_path, body)

    with pytest.raises(RecallError, match=rf"^ledger test: a worker process died \({how}\)$") as died:
        await asyncio.wait_for(pool_module.on_script_processes(child, [{}, {}, {}], 2, "ledger test"), 30)

    assert died.value.type == ErrorType.LEDGER_WORKER_DIED
    assert died.value.retryable


async def test_script_processes_are_killed_when_the_call_is_cancelled(tmp_path: Path) -> None:
    pids = tmp_path / "pids"
    child = script(
        tmp_path,
        f"""
        with open({str(pids)!r}, "a") as pids:
            print(os.getpid(), file=pids)
        time.sleep(600)
        """,
    )

    with pytest.raises(TimeoutError):
        await asyncio.wait_for(pool_module.on_script_processes(child, [{}, {}], 2, "test"), 2)

    started = [int(pid) for pid in pids.read_text().split()]
    assert len(started) == 2
    for pid in started:
        with pytest.raises(ProcessLookupError):  # killed and reaped
            os.kill(pid, 0)
