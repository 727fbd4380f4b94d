"""`recall worker` stops gracefully on SIGINT or SIGTERM, with or without the loop's own signal support."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator

import pytest

from workers.main import set_on_stop_signals


@pytest.fixture
async def restored_signals() -> AsyncIterator[None]:
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    loop = asyncio.get_running_loop()
    for sig, handler in before.items():
        loop.remove_signal_handler(sig)
        signal.signal(sig, handler)


@pytest.mark.parametrize("loop_watches_signals", [True, False], ids=["loop handler", "plain handler"])
async def test_sigterm_sets_stop(
    restored_signals: None, monkeypatch: pytest.MonkeyPatch, loop_watches_signals: bool
) -> None:
    loop = asyncio.get_running_loop()
    if not loop_watches_signals:  # as on Windows' event loops

        def unsupported(*_: object) -> None:
            raise NotImplementedError

        monkeypatch.setattr(loop, "add_signal_handler", unsupported)
    stop = asyncio.Event()

    set_on_stop_signals(stop)
    os.kill(os.getpid(), signal.SIGTERM)

    await asyncio.wait_for(stop.wait(), timeout=5)
