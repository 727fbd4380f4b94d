"""Running the auditors' CLI in a thread (it calls asyncio.run, which a running test loop cannot host)."""

from __future__ import annotations

import asyncio

from typer.testing import CliRunner, Result

from optout_recall.cli.audit import app


async def invoke(*args: str) -> Result:
    return await asyncio.to_thread(CliRunner().invoke, app, list(args))
