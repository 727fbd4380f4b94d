"""Worker processes for the ledger's bulk work: verify's range scans and import's line validation.

A pool is a `concurrent.futures.ProcessPoolExecutor` on the forkserver context, driven from asyncio with
`run_in_executor`. A worker is forked from a server process that imported the ledger, and what the
program's main module imports, once; so it starts in milliseconds, and never from this process, whose
event loop, driver threads and open connections a fork would copy. The server starts with the first pool,
off the event loop, and serves every pool after it for the life of the program. As with every start
method but fork, a worker runs the program's main module again (as `__mp_main__`): a script that verifies
or imports keeps that work under `if __name__ == "__main__":`.

A worker that dies breaks its pool: every call then fails with RecallError(LEDGER_WORKER_DIED) instead of
waiting for an answer that will not come. The pool is shut down when the operation stops, failed or not.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import sys
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import asynccontextmanager, contextmanager
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Barrier
from types import ModuleType
from typing import Any, TypeVar

from optout_recall.errors import ErrorType, RecallError

T = TypeVar("T")

_CONTEXT = multiprocessing.get_context("forkserver")
# What the workers run, imported once in the fork server instead of once in every worker.
_LEDGER_MODULES = ["optout_recall.ledger.chain_scan", "optout_recall.ledger.importer"]
_START_SECONDS = 120
_server_started = False  # whether this process has started the fork server (it then serves every pool)


def server_started() -> bool:
    """Whether a pool would start at once: its fork server, which imports the program again, is up."""
    return _server_started


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
    global _server_started
    _CONTEXT.set_forkserver_preload([*_LEDGER_MODULES, *_main_imports()])  # until the server starts
    _server_started = True
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
