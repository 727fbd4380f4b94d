"""A local webhook that keeps what it receives, guard specs written for tests, and the processes a test left."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml


class Webhook:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.url = ""

    def of_kind(self, event: str) -> list[dict[str, Any]]:
        return [body for body in self.received if body.get("event") == f"optout_recall.guard.{event}"]


@contextmanager
def webhook_server() -> Iterator[Webhook]:
    hook = Webhook()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            hook.received.append(json.loads(self.rfile.read(length)))
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"ok")

        def log_message(self, *args: object) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    hook.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield hook
    finally:
        server.shutdown()
        server.server_close()


def write_spec(path: Path, spec: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    return path


def processes_under(root: Path) -> dict[int, str]:
    """Every live process whose command line names a path under `root` (demo services, their control CLI)."""
    exact, inside = str(root).encode(), f"{root}/".encode()
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            arguments = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue  # gone meanwhile; a zombie has an empty command line and is not running
        if any(argument == exact or inside in argument for argument in arguments):
            found[int(entry.name)] = b" ".join(arguments).decode(errors="replace").strip()
    return found


def stop_processes_under(root: Path, grace_seconds: float = 5.0) -> dict[int, str]:
    """Stop what `processes_under` finds (SIGTERM, then SIGKILL after the grace); returns what it found."""
    found = processes_under(root)
    for pid in found:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    while processes_under(root) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in processes_under(root):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    for pid in found:  # reap the ones that were our children, so none is left a zombie
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
    return found
