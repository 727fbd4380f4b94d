"""The small process between a worker and a deploy hook: it dies with the worker and takes the hook along.

A hook started straight from the worker in its own session outlives a worker killed with SIGKILL, and the
activity's retry then starts a second deploy beside the first. The worker instead starts this supervisor,
which asks the kernel for SIGTERM when the worker goes (Linux `PR_SET_PDEATHSIG`; elsewhere it polls its parent
pid), starts the hook as the leader of its own process group, and on that signal ends the whole group. It also
holds the deploy's lock (an inherited `flock`ed descriptor), so another worker can tell that this deploy is
still running for as long as this process lives.

It enforces the hook's timeout, passes the hook's output through the redactor into the deploy's log file, and
writes the outcome of its run into the deploy record (JSON, replaced atomically) before it exits, so a retry
takes that outcome instead of deploying again.

Standard library only, and run by path (`python -I supervisor.py`): it starts in milliseconds and imports
nothing of the worker's. The worker imports the record and redaction helpers from here too.
"""

from __future__ import annotations

import ctypes
import json
import os
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REDACTED = "[REDACTED]"
MIN_SECRET_LENGTH = 6
OUTPUT_TAIL = 400
_PR_SET_PDEATHSIG = 1


# --------------------------------------------------------------------------- the deploy record


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def read_record(path: Path) -> dict[str, Any]:
    """The deploy record, or an empty one when no run of this deploy ever started."""
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        return {"runs": []}
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        raise ValueError(f"{path} is not a deploy record")
    return data


def write_record(path: Path, record: dict[str, Any]) -> None:
    """Replace the record atomically: a temporary file beside it, fsync, rename, fsync the folder."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w") as out:
            json.dump(record, out, indent=1, sort_keys=True)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def update_run(path: Path, run: int, **fields: Any) -> dict[str, Any]:
    """Merge `fields` into run number `run` of the record and write it back."""
    record = read_record(path)
    for entry in record["runs"]:
        if entry["run"] == run:
            entry.update(fields)
    write_record(path, record)
    return record


# --------------------------------------------------------------------------- redaction


def secret_fragments(values: Iterable[str]) -> list[str]:
    """What to look for: each value, and each line of a value that spans lines, longest first."""
    found: set[str] = set()
    for value in values:
        for piece in [value, *value.splitlines()]:
            piece = piece.strip()
            if len(piece) >= MIN_SECRET_LENGTH:
                found.add(piece)
    return sorted(found, key=len, reverse=True)


class Redactor:
    """Replaces secret values in a byte stream, also where one is split across two reads.

    It holds back the last `longest - 1` bytes of each chunk until the next one (or the end), so a secret can
    never be cut in two with each half passing on its own.
    """

    def __init__(self, secrets: Iterable[str]) -> None:
        self._secrets = [s.encode() for s in secret_fragments(secrets)]
        self._keep = max((len(s) for s in self._secrets), default=1) - 1
        self._held = b""

    def feed(self, chunk: bytes) -> bytes:
        data = self._redact(self._held + chunk)
        if self._keep == 0:
            self._held = b""
            return data
        self._held = data[-self._keep :]
        return data[: -self._keep] if len(data) > self._keep else b""

    def close(self) -> bytes:
        data, self._held = self._redact(self._held), b""
        return data

    def pending(self) -> bytes:
        """What is still held back, redacted, without consuming it."""
        return self._redact(self._held)

    def text(self, value: str) -> str:
        return self._redact(value.encode()).decode("utf-8", "replace")

    def _redact(self, data: bytes) -> bytes:
        for secret in self._secrets:
            data = data.replace(secret, REDACTED.encode())
        return data


# --------------------------------------------------------------------------- supervising one run


class _Stop:
    requested = False

    @classmethod
    def handler(cls, _signum: int, _frame: object) -> None:
        cls.requested = True


def _die_with_parent(parent_pid: int) -> None:
    """SIGTERM to this process when the worker goes; exit now if it already went."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent_pid:
        _Stop.requested = True


def _parent_gone(parent_pid: int) -> bool:
    return os.getppid() != parent_pid


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except (ProcessLookupError, PermissionError):
        pass


def _describe(exit_code: int, tail: str) -> str:
    if exit_code < 0:
        text = f"killed by signal {-exit_code}"
    else:
        text = f"exit {exit_code}"
    lines = tail.strip().splitlines()
    return text + (f": {lines[-1]}" if lines else "")


def supervise(config: dict[str, Any]) -> int:
    """Run the hook once; record what became of it. Returns this process's exit status."""
    record_path = Path(config["record_path"])
    run = int(config["run"])
    parent_pid = int(config["parent_pid"])
    grace = float(config.get("kill_grace", 5.0))
    timeout = float(config["timeout"])
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, _Stop.handler)
    _die_with_parent(parent_pid)
    redactor = Redactor(config.get("secrets", []))
    log = open(config["log_path"], "ab")
    try:
        if _Stop.requested:
            update_run(
                record_path, run, state="interrupted", ended_at=now_iso(), detail="worker gone before start"
            )
            return 3
        try:
            hook = subprocess.Popen(
                config["argv"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                env=config["env"],
                cwd=config.get("cwd") or None,
                process_group=0,
            )
        except OSError as exc:
            update_run(
                record_path,
                run,
                state="unstartable",
                ended_at=now_iso(),
                detail=f"cannot run: {exc.strerror}",
            )
            return 2
        # From here on the group exists; a stop request seen from now on ends it.
        update_run(record_path, run, state="running", supervisor_pid=os.getpid(), pgid=hook.pid)
        outcome = _watch(hook, log, redactor, timeout, grace, parent_pid)
        log.write(redactor.close())
        log.flush()
        os.fsync(log.fileno())
    finally:
        log.close()
    update_run(record_path, run, ended_at=now_iso(), **outcome)
    return 0


def _watch(
    hook: subprocess.Popen[bytes],
    log: Any,
    redactor: Redactor,
    timeout: float,
    grace: float,
    parent_pid: int,
) -> dict[str, Any]:
    assert hook.stdout is not None
    fd = hook.stdout.fileno()
    os.set_blocking(fd, False)
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    tail = b""
    timed_out = stopping = False
    kill_at: float | None = None
    drain_until: float | None = None
    while True:
        now = time.monotonic()
        if not stopping and (_Stop.requested or _parent_gone(parent_pid)):
            stopping = True
            _signal_group(hook.pid, signal.SIGTERM)
            kill_at = now + grace
        if not timed_out and not stopping and now >= deadline:
            timed_out = True
            _signal_group(hook.pid, signal.SIGKILL)
        if kill_at is not None and now >= kill_at:
            _signal_group(hook.pid, signal.SIGKILL)
            kill_at = None
        if hook.poll() is not None and drain_until is None:
            # The leader is gone; children that keep the pipe open get a moment, not forever.
            drain_until = now + (0.5 if (timed_out or stopping) else 2.0)
        if drain_until is not None and now >= drain_until:
            break
        if selector.select(timeout=0.2):
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                continue
            if not chunk:
                break
            clean = redactor.feed(chunk)
            log.write(clean)
            log.flush()
            tail = (tail + clean)[-4 * OUTPUT_TAIL :]
    selector.close()
    hook.stdout.close()
    exit_code = hook.wait()
    tail_text = (tail + redactor.pending()).decode("utf-8", "replace")[-OUTPUT_TAIL:]
    if stopping:
        return {"state": "interrupted", "exit_code": exit_code, "detail": "stopped: the worker went away"}
    if timed_out:
        return {
            "state": "ended",
            "exit_code": None,
            "timed_out": True,
            "detail": f"timed out after {timeout:g}s",
        }
    return {
        "state": "ended",
        "exit_code": exit_code,
        "timed_out": False,
        "detail": _describe(exit_code, tail_text),
    }


def main() -> int:
    config = json.loads(sys.stdin.buffer.read())
    sys.stdin.close()
    return supervise(config)


if __name__ == "__main__":
    sys.exit(main())
