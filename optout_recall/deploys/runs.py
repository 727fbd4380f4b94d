"""One deploy id, at most one run at a time, and a retry that asks what became of the last run first.

Per deploy id the log folder holds a lock file and a record (`<id>.lock`, `<id>.json`). Whoever runs the
deploy holds an exclusive `flock` on the lock for as long as the run lasts: the worker while it calls a
webhook, the hook's supervisor (which inherits the locked descriptor) while a command runs. The kernel
releases it when that process dies, however it dies, so "is the earlier run still going" is one non-blocking
`flock`. The record lists every run started for the deploy, with what it ended as.
"""

from __future__ import annotations

import asyncio
import fcntl
import os
import signal
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from optout_recall.deploys.supervisor import now_iso, read_record, update_run, write_record
from optout_recall.errors import ErrorType, RecallError

_ENDED = "ended"
_LIVE = ("starting", "running")


def boot_id() -> str:
    """This boot of this machine, so a pid from before a reboot is never taken for a live one."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def group_alive(run: dict[str, Any]) -> bool:
    """Whether the process group of an earlier run still exists on this machine."""
    pgid = run.get("pgid")
    if not pgid or run.get("host") != socket.gethostname() or run.get("boot_id") != boot_id():
        return False
    try:
        os.killpg(int(pgid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return _has_live_member(int(pgid))


def _has_live_member(pgid: int) -> bool:
    """Whether a group that answers kill(0) has a member that is not a zombie (one nobody reaped yet)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return True
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        # After the command: state, ppid, pgrp, ...
        if len(fields) > 2 and fields[2] == str(pgid) and fields[0] != "Z":
            return True
    return False


def end_group(run: dict[str, Any]) -> None:
    for pid, kill in ((run.get("supervisor_pid"), os.kill), (run.get("pgid"), os.killpg)):
        if pid and run.get("host") == socket.gethostname() and run.get("boot_id") == boot_id():
            try:
                kill(int(pid), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


@dataclass
class DeployLock:
    """The held lock of one deploy id and its record; `fd` is handed to the supervisor."""

    fd: int
    record_path: Path

    def runs(self) -> list[dict[str, Any]]:
        return list(read_record(self.record_path)["runs"])

    def start_run(self, **fields: Any) -> int:
        """Append a run in state `starting`; returns its number."""
        record = read_record(self.record_path)
        number = len(record["runs"]) + 1
        record["runs"].append(
            {
                "run": number,
                "state": "starting",
                "started_at": now_iso(),
                "started_epoch": time.time(),
                "host": socket.gethostname(),
                "boot_id": boot_id(),
                "worker_pid": os.getpid(),
                **fields,
            }
        )
        write_record(self.record_path, record)
        return number

    def finish_run(self, number: int, **fields: Any) -> dict[str, Any]:
        record = update_run(self.record_path, number, ended_at=now_iso(), **fields)
        return next(r for r in record["runs"] if r["run"] == number)

    def release(self) -> None:
        os.close(self.fd)


class DeployRuns:
    """The lock and record of deploys under one folder."""

    def __init__(self, folder: Path, *, poll_interval: float = 1.0, overdue_margin: float = 15.0) -> None:
        self._folder = folder
        self._poll = poll_interval
        self._margin = overdue_margin

    def record_path(self, deploy_id: str) -> Path:
        return self._folder / f"{deploy_id}.json"

    async def acquire(
        self, deploy_id: str, hook_timeout: float, heartbeat: Callable[[], None]
    ) -> tuple[DeployLock, dict[str, Any] | None]:
        """Wait until no run of this deploy is going, then hold its lock.

        Returns the lock and the outcome of the last run when that run ended (a retry takes it instead of
        deploying again), or None when the deploy must (still, or again) be run. A run that outlives
        `hook_timeout` by `overdue_margin` seconds is stuck: its supervisor and group are ended.
        """
        self._folder.mkdir(parents=True, exist_ok=True)
        record_path = self.record_path(deploy_id)
        fd = os.open(self._folder / f"{deploy_id}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            overdue = False
            while not _try_lock(fd):
                runs = read_record(record_path)["runs"]
                if runs and self._overdue(runs[-1], hook_timeout):
                    end_group(runs[-1])
                    overdue = True
                heartbeat()
                await asyncio.sleep(self._poll)
            lock = DeployLock(fd, record_path)
            runs = lock.runs()
            last = runs[-1] if runs else None
            if last is not None and last["state"] == _ENDED:
                return lock, last
            if last is not None and last["state"] in _LIVE:
                overdue = await self._outlast(last, hook_timeout, heartbeat) or overdue
                if overdue:
                    # It ran past its timeout with nobody to stop it: that is its outcome, as a timeout.
                    ended = lock.finish_run(
                        last["run"],
                        state=_ENDED,
                        exit_code=None,
                        timed_out=True,
                        detail=f"timed out after {hook_timeout:g}s (ended by a retry)",
                    )
                    return lock, ended
                lock.finish_run(last["run"], state="interrupted", detail="its worker went away mid-run")
            return lock, None
        except BaseException:
            os.close(fd)
            raise

    def _overdue(self, run: dict[str, Any], hook_timeout: float) -> bool:
        return time.time() > float(run.get("started_epoch", 0)) + hook_timeout + self._margin

    async def _outlast(self, run: dict[str, Any], hook_timeout: float, heartbeat: Callable[[], None]) -> bool:
        """An earlier run whose supervisor is gone: wait for what is left of its group, or end it when
        overdue. Returns whether it had to be ended."""
        ended = False
        while group_alive(run):
            if self._overdue(run, hook_timeout):
                end_group(run)
                ended = True
            heartbeat()
            await asyncio.sleep(self._poll)
        return ended


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def interrupted(detail: str) -> RecallError:
    """A run that ended without an outcome while its worker lives: the retry runs it again."""
    return RecallError(detail, ErrorType.HOOK_INTERRUPTED, retryable=True)
