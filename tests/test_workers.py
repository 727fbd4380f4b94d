"""`recall worker` stops gracefully on SIGINT, SIGTERM or SIGHUP, with or without the loop's own signal support;
`until_stop_signal` unwinds whatever the work started."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator

import pytest

from workers.main import STOP_SIGNALS, set_on_stop_signals, until_stop_signal


@pytest.fixture
async def restored_signals() -> AsyncIterator[None]:
    before = {sig: signal.getsignal(sig) for sig in STOP_SIGNALS}
    yield
    loop = asyncio.get_running_loop()
    for sig, handler in before.items():
        loop.remove_signal_handler(sig)
        signal.signal(sig, handler)


@pytest.mark.parametrize("sig", STOP_SIGNALS, ids=lambda s: s.name)
@pytest.mark.parametrize("loop_watches_signals", [True, False], ids=["loop handler", "plain handler"])
async def test_each_stop_signal_sets_stop(
    restored_signals: None, monkeypatch: pytest.MonkeyPatch, loop_watches_signals: bool, sig: signal.Signals
) -> None:
    loop = asyncio.get_running_loop()
    if not loop_watches_signals:  # as on Windows' event loops

        def unsupported(*_: object) -> None:
            raise NotImplementedError

        monkeypatch.setattr(loop, "add_signal_handler", unsupported)
    stop = asyncio.Event()

    set_on_stop_signals(stop)
    os.kill(os.getpid(), sig)

    await asyncio.wait_for(stop.wait(), timeout=5)


def test_sighup_is_a_stop_signal() -> None:
    assert set(STOP_SIGNALS) == {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@pytest.mark.parametrize("sig", STOP_SIGNALS, ids=lambda s: s.name)
async def test_a_stop_signal_cancels_the_work_and_its_cleanup_runs(
    restored_signals: None, sig: signal.Signals
) -> None:
    events: list[str] = []
    started = asyncio.Event()

    async def work() -> str:
        try:
            events.append("started")
            started.set()
            await asyncio.Event().wait()
            return "never"
        finally:
            await asyncio.sleep(0)  # cleanup may await: the worker's shutdown and the server's stop do
            events.append("cleaned up")

    async def send_soon() -> None:
        await started.wait()
        os.kill(os.getpid(), sig)

    sender = asyncio.create_task(send_soon())
    assert await asyncio.wait_for(until_stop_signal(work()), timeout=5) is None
    await sender
    assert events == ["started", "cleaned up"]


async def test_work_that_ends_by_itself_returns_its_result_and_releases_the_signals() -> None:
    async def work() -> str:
        return "done"

    assert await until_stop_signal(work()) == "done"
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
