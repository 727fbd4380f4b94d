"""The ledger's worker pools: answers in call order, a dead worker fails the call, workers stop on exit;
a one-shot verify scans on threads instead."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from optout_recall.db import create_engine
from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger import Ledger, chain_scan
from optout_recall.ledger import pool as pool_module
from optout_recall.ledger import verify as verify_module
from optout_recall.ledger.pool import WorkerPool, worker_pool

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


async def test_a_one_shot_sqlite_verify_scans_on_threads_of_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No worker process, so no fork server importing the program again before a one-shot verify."""
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    await ledger.append([entry(index) for index in range(20)])
    scans: list[tuple[int, int]] = []
    scan_range = chain_scan.scan_range

    def recorded(*args: Any) -> chain_scan.RangeScan:
        scans.append((os.getpid(), threading.get_ident()))
        return scan_range(*args)

    monkeypatch.setattr(verify_module, "PARALLEL_VERIFY_MIN_ENTRIES", 0)
    monkeypatch.setattr(verify_module, "VERIFY_WORKERS", 2)
    monkeypatch.setattr(pool_module, "_server_started", False)  # a one-shot program: no fork server yet
    monkeypatch.setattr(chain_scan, "scan_range", recorded)
    try:
        report = await ledger.verify()
    finally:
        await engine.dispose()

    assert report.entries_checked == 20
    assert len(scans) == 2 * verify_module.VERIFY_RANGES_PER_WORKER
    assert {pid for pid, _ in scans} == {os.getpid()}
    assert threading.get_ident() not in {thread for _, thread in scans}
    assert multiprocessing.active_children() == []


async def test_a_verify_whose_worker_dies_fails_with_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(engine)
    await ledger.create_schema()
    await ledger.append([entry(index) for index in range(20)])
    start = pool_module.worker_pool

    @asynccontextmanager
    async def killed_at_start(workers: int, purpose: str) -> AsyncIterator[WorkerPool]:
        async with start(workers, purpose) as pool:
            for process in multiprocessing.active_children():
                assert process.pid is not None
                os.kill(process.pid, signal.SIGKILL)
            yield pool

    monkeypatch.setattr(verify_module, "PARALLEL_VERIFY_MIN_ENTRIES", 0)
    monkeypatch.setattr(verify_module, "VERIFY_WORKERS", 2)
    monkeypatch.setattr(verify_module, "scan_on_threads", lambda last_seq: False)
    monkeypatch.setattr(pool_module, "worker_pool", killed_at_start)
    try:
        with pytest.raises(RecallError, match=r"^ledger verify: a worker process died \(") as died:
            await asyncio.wait_for(ledger.verify(), timeout=60)
    finally:
        await engine.dispose()

    assert died.value.type == ErrorType.LEDGER_WORKER_DIED
    assert multiprocessing.active_children() == []
