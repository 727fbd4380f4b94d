"""Worker processes for the ledger's bulk work: import's line validation and verify's range scans.

Import validates on a pool: a `concurrent.futures.ProcessPoolExecutor` on the forkserver context, driven
from asyncio with `run_in_executor`. A worker is forked from a server process that imported the ledger, and
what the program's main module imports, once; so it starts in milliseconds, and never from this process,
whose event loop, driver threads and open connections a fork would copy. The server starts with the first
pool, off the event loop, and serves every pool after it for the life of the program. As with every start
method but fork, a worker runs the program's main module again (as `__mp_main__`): a script that imports
keeps that work under `if __name__ == "__main__":`.

A worker that dies breaks its pool: every call then fails with RecallError(LEDGER_WORKER_DIED) instead of
waiting for an answer that will not come. The pool is shut down when the operation stops, failed or not.

Verify scans on child processes that run a script by path instead (`on_script_processes`): a child
imports nothing of the program, so it starts in a few tens of milliseconds, where a pool's first start
waits about a second for the fork server to import the program again, as long as a verify of 1M entries
takes in all (an executor's worker cannot start without unpickling, so importing, what it runs). Its jobs
and answers are JSON lines on its stdin and stdout.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager, contextmanager
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Barrier
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from optout_recall.errors import ErrorType, RecallError
from optout_recall.processes import stop_process

T = TypeVar("T")

_CONTEXT = multiprocessing.get_context("forkserver")
# What the workers run, imported once in the fork server instead of once in every worker.
_LEDGER_MODULES = ["optout_recall.ledger.importer"]
_START_SECONDS = 120
_ANSWER_BYTES = 1 << 24  # the longest answer line a script's child may write


class WorkerPool:
    """Calls into one pool's workers; `worker_pool` opens and shuts it."""

    def __init__(self, executor: ProcessPoolExecutor, purpose: str) -> None:
        self._executor = executor
        self._purpose = purpose
        self._loop = asyncio.get_running_loop()

    def submit(self, function: Callable[..., T], *args: Any) -> asyncio.Future[T]:
        """Queue a call; workers take queued calls in order as they finish the ones before."""
        with self._dead_worker_fails():
            future = self._loop.run_in_executor(self._executor, function, *args)
        future.add_done_callback(_take_exception)  # a call nobody waits for any more fails silently
        return future

    async def result(self, future: asyncio.Future[T]) -> T:
        # Shielded: a cancelled wait must not cancel the call in the executor. Python 3.11's executor, when
        # a worker dies, stops failing the pending calls at the first cancelled one: the rest would hang.
        # Calls still queued when the pool shuts down are cancelled by the executor itself.
        with self._dead_worker_fails():
            return await asyncio.shield(future)

    async def map(self, function: Callable[..., T], calls: Sequence[tuple[Any, ...]]) -> list[T]:
        """Every call queued at once, the results in call order."""
        futures = [self.submit(function, *args) for args in calls]
        return [await self.result(future) for future in futures]

    @contextmanager
    def _dead_worker_fails(self, hint: str = "") -> Iterator[None]:
        try:
            yield
        except BrokenProcessPool as broken:
            raise RecallError(
                f"{self._purpose}: a worker process died ({broken}){hint}",
                ErrorType.LEDGER_WORKER_DIED,
                retryable=True,
            ) from broken


@asynccontextmanager
async def worker_pool(workers: int, purpose: str) -> AsyncIterator[WorkerPool]:
    """`workers` processes, all started, shut down on exit; `purpose` names the operation in errors."""
    _CONTEXT.set_forkserver_preload([*_LEDGER_MODULES, *_main_imports()])  # until the server starts
    executor = ProcessPoolExecutor(
        workers, mp_context=_CONTEXT, initializer=_start_worker, initargs=(_CONTEXT.Barrier(workers),)
    )
    try:
        pool = WorkerPool(executor, purpose)
        with pool._dead_worker_fails(
            " on start: the program's main module must be safe to import again, its work under "
            '`if __name__ == "__main__":`'
        ):
            await asyncio.to_thread(_start_every_worker, executor, workers)
        yield pool
    finally:
        # Queued calls are dropped; the ones workers already hold (one each, and one more) finish first.
        await asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)


def _main_imports() -> list[str]:
    """The modules the program's main module imported. Each worker runs main again, so the fork server
    imports them once for all workers: Python 3.11's server never preloads `__main__` itself, though
    asked to by default (it looks for a `main_path` its preparation data does not hold)."""
    main = sys.modules.get("__main__")
    names = set()
    for key, value in vars(main).items() if main is not None else ():
        if key.startswith("__"):  # __builtins__, __loader__, ...: not the program's imports
            continue
        name = value.__name__ if isinstance(value, ModuleType) else getattr(value, "__module__", None)
        if isinstance(name, str) and name in sys.modules and name not in ("__main__", "builtins"):
            names.add(name)
    return sorted(names)


def _take_exception(future: asyncio.Future[Any]) -> None:
    if not future.cancelled():
        future.exception()


def _start_every_worker(executor: ProcessPoolExecutor, workers: int) -> None:
    """Start all the workers now, in a thread: the first start waits for the fork server's imports, and
    Python 3.11's executor can hang if it starts a worker while another one dies. Each worker waits in
    `_start_worker` until all have started, so none finishes its first call early and spares the next."""
    for future in [executor.submit(os.getpid) for _ in range(workers)]:
        future.result()


def _start_worker(all_started: Barrier) -> None:
    """In a worker, before its first call. It exits when the process that started it does, even killed:
    an executor's worker would otherwise wait for its next call for ever, holding the fork server up too."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_after, args=(parent,), daemon=True).start()
    all_started.wait(_START_SECONDS)  # a worker that never comes breaks the barrier, then the pool


def _exit_after(parent: BaseProcess) -> None:
    parent.join()
    os._exit(1)


# --------------------------------------------------------------------------- processes run by path


async def on_script_processes(script: Path, jobs: Sequence[Any], processes: int, purpose: str) -> list[Any]:
    """Each job answered by one of `processes` child processes running `script` by path, in job order.

    A child is `python -I script`: one JSON job a line on its stdin, one JSON answer a line on its stdout,
    until its stdin closes. It takes the next job as it answers one, so a core another tenant slows down
    does not hold up the rest. A child that exits before answering fails the call with
    RecallError(LEDGER_WORKER_DIED), its exit status and last line of stderr in the message; on return,
    failed or cancelled, every child has exited (killed if need be). A child whose parent dies sees its
    stdin close and exits after the job in hand.
    """
    children: list[_ScriptChild] = []
    finished = False  # every child has its stdin closed, and exits by itself
    try:
        for _ in range(processes):
            children.append(await _ScriptChild.start(script))
        answers: list[Any] = [None] * len(jobs)
        queued = iter(enumerate(jobs))  # shared: each child takes the next job as it answers one
        drivers = [asyncio.ensure_future(child.answer(queued, answers, purpose)) for child in children]
        try:
            done, _ = await asyncio.wait(drivers, return_when=asyncio.FIRST_EXCEPTION)
        finally:
            for driver in drivers:
                driver.cancel()
            await asyncio.gather(*drivers, return_exceptions=True)
        for driver in done:
            driver.result()  # the first failure, if any
        finished = True
        return answers
    finally:
        await asyncio.gather(*(child.stop(kill=not finished) for child in children))


class _ScriptChild:
    """One child process of `on_script_processes`, its stderr read as it comes (a full pipe would stall it)."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        assert process.stdin is not None and process.stdout is not None and process.stderr is not None
        self._process = process
        self._stdin, self._stdout = process.stdin, process.stdout
        self._errors = asyncio.ensure_future(process.stderr.read())

    @classmethod
    async def start(cls, script: Path) -> _ScriptChild:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-I",
            str(script),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            limit=_ANSWER_BYTES,
        )
        return cls(process)

    async def answer(self, queued: Iterator[tuple[int, Any]], answers: list[Any], purpose: str) -> None:
        """Hand this child queued jobs one at a time until none is left, each answer into its place."""
        for index, job in queued:
            try:
                self._stdin.write(json.dumps(job).encode() + b"\n")
                await self._stdin.drain()
            except (BrokenPipeError, ConnectionResetError):
                pass  # it has died: reading its answer says how
            answer = await self._stdout.readline()
            if not answer.endswith(b"\n"):
                raise await self._died(purpose)
            answers[index] = json.loads(answer)
        self._stdin.close()

    async def _died(self, purpose: str) -> RecallError:
        status = await self._process.wait()
        errors = (await self._errors).decode("utf-8", "replace").strip().splitlines()
        try:
            how = f"killed by {signal.Signals(-status).name}" if status < 0 else f"exit status {status}"
        except ValueError:
            how = f"killed by signal {-status}"
        return RecallError(
            f"{purpose}: a worker process died ({how}{': ' + errors[-1] if errors else ''})",
            ErrorType.LEDGER_WORKER_DIED,
            retryable=True,
        )

    async def stop(self, *, kill: bool) -> None:
        if kill:
            await stop_process(self._process)
        else:
            await self._process.wait()
        await self._errors
