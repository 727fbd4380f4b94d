"""A large import is validated by worker processes: same rows, same order, same line numbers as here."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest

from optout_recall.errors import ErrorType, RecallError
from optout_recall.ledger import ImportRejected, Ledger, import_jsonl
from optout_recall.ledger import importer as importer_module
from optout_recall.ledger.pool import WorkerPool


def line(index: int, **changes: object) -> str:
    row: dict[str, object] = {
        "subject_id": f"subject-{index}",
        "purpose": "sharing",
        "choice": "opt_out" if index % 3 else "opt_in",
        "source": "import",
        "jurisdiction": "US-CA",
        "observed_at": f"2026-03-01T{index % 24:02d}:{index % 60:02d}:00.{index:06d}-07:00",
        "idempotency_key": f"w-{index}",
    }
    row.update(changes)
    return json.dumps({key: value for key, value in row.items() if value is not None})


def write(path: Path, lines: list[str], newline: str = "\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode())
    return path


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few hundred bytes, so the file spans many blocks and lines straddle their edges."""
    monkeypatch.setattr(importer_module, "_BLOCK_BYTES", 300)


@dataclass
class StartedPool:
    workers: int
    processes: list[BaseProcess] = field(default_factory=list)


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[StartedPool]:
    """Every validator pool the import starts, with the worker processes it had when the import let it go."""
    pools: list[StartedPool] = []
    start = importer_module.worker_pool

    @asynccontextmanager
    async def recorded(workers: int, purpose: str) -> AsyncIterator[WorkerPool]:
        pools.append(started := StartedPool(workers))
        async with start(workers, purpose) as pool:
            try:
                yield pool
            finally:
                started.processes += multiprocessing.active_children()

    monkeypatch.setattr(importer_module, "worker_pool", recorded)
    return pools


def kill_validators() -> None:
    """What the kernel's OOM killer does to a worker."""
    for process in multiprocessing.active_children():
        assert process.pid is not None
        os.kill(process.pid, signal.SIGKILL)


async def ledger_rows(ledger: Ledger) -> list[tuple[object, ...]]:
    async with ledger.engine.connect() as connection:
        result = await connection.exec_driver_sql(
            "SELECT seq, subject_id, purpose, choice, source, jurisdiction, observed_at, idempotency_key "
            "FROM consent_ledger ORDER BY seq"
        )
        return [tuple(row) for row in result.all()]


async def test_workers_import_what_this_process_imports(ledger: Ledger, tmp_path: Path) -> None:
    lines = [line(index) for index in range(60)]
    lines[10:10] = ["", "   "]  # blank lines are read past, and still count in line numbers
    source = write(tmp_path / "entries.jsonl", lines, newline="\r\n")

    result = await import_jsonl(ledger, source, workers=2, batch_size=7)

    assert (result.imported, result.lines_read, result.first_seq, result.last_seq) == (60, 60, 1, 60)
    rows = await ledger_rows(ledger)
    assert [row[7] for row in rows] == [f"w-{index}" for index in range(60)]
    assert (await ledger.verify()).ok
    again = await import_jsonl(ledger, source, workers=2)
    assert (again.imported, again.duplicates) == (0, 60)


async def test_workers_name_every_bad_line_and_import_nothing(ledger: Ledger, tmp_path: Path) -> None:
    lines = [line(index) for index in range(40)]
    lines[6] = line(6, observed_at="2026-03-01T10:00:00")
    lines[29] = "{not json"
    lines[38] = line(38, purpose="Sale!")
    source = write(tmp_path / "entries.jsonl", lines)

    with pytest.raises(ImportRejected) as rejected:
        await import_jsonl(ledger, source, workers=2, batch_size=5)
    with pytest.raises(ImportRejected) as here:
        await import_jsonl(ledger, source, workers=0, batch_size=5)

    described = [problem.describe() for problem in rejected.value.invalid]
    assert described == [problem.describe() for problem in here.value.invalid]
    assert [problem.line for problem in rejected.value.invalid] == [7, 30, 39]
    assert described[0] == "line 7: observed_at: Input should have timezone info"
    assert await ledger_rows(ledger) == []


async def test_workers_skip_bad_lines_when_told(ledger: Ledger, tmp_path: Path) -> None:
    lines = [line(index) for index in range(25)]
    lines[3] = line(3, jurisdiction="California")
    lines[20] = line(20, subject_id="")
    source = write(tmp_path / "entries.jsonl", lines)

    result = await import_jsonl(ledger, source, workers=1, skip_invalid=True, batch_size=4)

    assert result.imported == 23
    assert [problem.line for problem in result.skipped] == [4, 21]
    keys = [row[7] for row in await ledger_rows(ledger)]
    assert keys == [f"w-{index}" for index in range(25) if index not in (3, 20)]


async def test_only_a_large_file_starts_workers(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[StartedPool]
) -> None:
    monkeypatch.setattr(importer_module, "PARALLEL_IMPORT_MIN_BYTES", 2_000)
    small = write(tmp_path / "small.jsonl", [line(index) for index in range(5)])
    large = write(tmp_path / "large.jsonl", [line(index) for index in range(5, 30)])

    assert (await import_jsonl(ledger, small)).imported == 5
    assert started == []
    assert (await import_jsonl(ledger, large)).imported == 25
    assert [pool.workers for pool in started] == [importer_module.IMPORT_WORKERS]


@pytest.mark.parametrize("when", ["at start", "mid-file"])
async def test_a_validator_that_dies_fails_the_import_and_writes_nothing(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    start, flush = importer_module.worker_pool, importer_module._flush

    @asynccontextmanager
    async def killed_at_start(workers: int, purpose: str) -> AsyncIterator[WorkerPool]:
        async with start(workers, purpose) as pool:
            kill_validators()
            yield pool

    async def killed_after_a_flush(*args: object) -> None:
        await flush(*args)  # type: ignore[arg-type]
        kill_validators()

    if when == "at start":
        monkeypatch.setattr(importer_module, "worker_pool", killed_at_start)
    else:
        monkeypatch.setattr(importer_module, "_flush", killed_after_a_flush)
    monkeypatch.setattr(importer_module, "_BLOCK_BYTES", 1 << 14)
    source = write(tmp_path / "entries.jsonl", [line(index) for index in range(10_000)])

    with pytest.raises(RecallError, match=r"^ledger import: a worker process died \(") as died:
        await asyncio.wait_for(import_jsonl(ledger, source, workers=1, batch_size=100), timeout=60)

    assert died.value.type == ErrorType.LEDGER_WORKER_DIED
    assert await ledger_rows(ledger) == []


def test_a_guarded_script_runs_its_work_once(tmp_path: Path) -> None:
    """Validators import the caller's script again, as every multiprocessing start method but fork does:
    work under its main guard runs once, in the caller."""
    source = write(tmp_path / "entries.jsonl", [line(index) for index in range(40)])
    script = tmp_path / "guarded.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import asyncio
            from optout_recall.db import create_engine
            from optout_recall.ledger import Ledger, import_jsonl

            async def main():
                engine = create_engine("sqlite:///{tmp_path / "ledger.db"}")
                ledger = Ledger(engine)
                await ledger.create_schema()
                result = await import_jsonl(ledger, "{source}", workers=2)
                print("imported", result.imported, flush=True)
                await engine.dispose()

            if __name__ == "__main__":
                print("script body ran", flush=True)
                asyncio.run(main())
            """
        )
    )

    finished = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )

    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.splitlines() == ["script body ran", "imported 40"]


async def test_a_failed_import_stops_its_validators_at_once(
    ledger: Ledger, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, started: list[StartedPool]
) -> None:
    async def database_gone(*_: object) -> None:
        raise ConnectionError("database went away")

    monkeypatch.setattr(importer_module, "_flush", database_gone)
    source = write(tmp_path / "entries.jsonl", [line(index) for index in range(200)])

    with pytest.raises(ConnectionError):
        await import_jsonl(ledger, source, workers=2, batch_size=5)

    assert [pool.workers for pool in started] == [2]
    assert len(started[0].processes) == 2
    assert all(process.exitcode is not None for process in started[0].processes)
    assert multiprocessing.active_children() == []
    assert await ledger_rows(ledger) == []
