"""Child processes: stopping one that may already have exited."""

from __future__ import annotations

import asyncio
from contextlib import suppress


async def stop_process(process: asyncio.subprocess.Process) -> None:
    """Kill `process` unless it has exited, and reap it. A child that exits between the check and the kill
    is reaped all the same (ProcessLookupError is that race, not an error)."""
    if process.returncode is None:
        with suppress(ProcessLookupError):
            process.kill()
        await process.wait()
