"""Start, deploy, roll back, restart and stop the demo service, as a team's deploy hook would.

    python -m optout_recall.demo.control start --state-dir D --port P --build defective --defects gpc_ignored
    python -m optout_recall.demo.control deploy --state-dir D --build fixed
    python -m optout_recall.demo.control rollback --state-dir D
    python -m optout_recall.demo.control restart --state-dir D
    python -m optout_recall.demo.control status --state-dir D
    python -m optout_recall.demo.control stop --state-dir D

`D/service.pid` holds the running process id and `D/service.json` the build record (port, build, defects,
queue settings and the build it replaced, which `rollback` restores). Commands return once the service
answers /healthz with the expected build, or exit 1 with one line on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from optout_recall.demo import BUILDS, DEFECTS
from optout_recall.demo.service import parse_defects

PIDFILE = "service.pid"
RECORD = "service.json"
LOGFILE = "service.log"
START_TIMEOUT = 20.0
STOP_TIMEOUT = 10.0


class ControlError(RuntimeError):
    """A control command that could not do what was asked; the message is one line for the operator."""


def start(
    state_dir: Path,
    port: int,
    build: str = "defective",
    defects: set[str] | None = None,
    *,
    queue_url: str | None = None,
    queue: str | None = None,
    host: str = "127.0.0.1",
    previous: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Start the service and wait for it to answer; the defective build defaults to every known defect."""
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True)
    running = _running_pid(state_dir)
    if running is not None:
        raise ControlError(
            f"demo service already running in {state_dir} (pid {running}); stop or deploy instead"
        )
    if build not in BUILDS:
        raise ControlError(f"unknown build {build!r} (use {' or '.join(BUILDS)})")
    chosen = set(DEFECTS) if defects is None and build == "defective" else set(defects or ())
    unknown = chosen - set(DEFECTS)
    if unknown:
        raise ControlError(f"unknown defects {', '.join(sorted(unknown))} (known: {', '.join(DEFECTS)})")
    if build == "fixed":
        chosen = set()
    record: dict[str, Any] = {
        "host": host,
        "port": port,
        "build": build,
        "defects": sorted(chosen),
        "queue_url": queue_url,
        "queue": queue,
        "previous": previous,
    }
    command = [
        sys.executable,
        "-m",
        "optout_recall.demo.service",
        "--state-dir",
        str(state_dir),
        "--host",
        host,
        "--port",
        str(port),
        "--build",
        build,
        "--defects",
        ",".join(sorted(chosen)),
    ]
    if queue_url:
        command += ["--queue-url", queue_url, "--queue", queue or ""]
    with open(state_dir / LOGFILE, "ab") as log:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True, close_fds=True
        )
    (state_dir / PIDFILE).write_text(f"{process.pid}\n")
    record["pid"] = process.pid
    _write_record(state_dir, record)
    try:
        _wait_healthy(f"http://{host}:{port}", build, process)
    except ControlError:
        stop(state_dir)
        raise
    return record


def deploy(state_dir: Path, build: str, defects: set[str] | None = None) -> dict[str, Any]:
    """Replace the running build with another on the same port, remembering the one it replaced."""
    state_dir = Path(state_dir)
    current = _read_record(state_dir)
    previous = {"build": current["build"], "defects": current["defects"]}
    stop(state_dir)
    return start(
        state_dir,
        current["port"],
        build,
        defects,
        queue_url=current.get("queue_url"),
        queue=current.get("queue"),
        host=current.get("host", "127.0.0.1"),
        previous=previous,
    )


def rollback(state_dir: Path) -> dict[str, Any]:
    """Put back the build the last deploy replaced."""
    state_dir = Path(state_dir)
    current = _read_record(state_dir)
    previous = current.get("previous")
    if not previous:
        raise ControlError(f"nothing to roll back to in {state_dir}: no earlier build was recorded")
    return deploy(state_dir, previous["build"], set(previous["defects"]))


def restart(state_dir: Path) -> dict[str, Any]:
    """Stop and start the same build, keeping the rollback record."""
    state_dir = Path(state_dir)
    current = _read_record(state_dir)
    stop(state_dir)
    return start(
        state_dir,
        current["port"],
        current["build"],
        set(current["defects"]),
        queue_url=current.get("queue_url"),
        queue=current.get("queue"),
        host=current.get("host", "127.0.0.1"),
        previous=current.get("previous"),
    )


def stop(state_dir: Path) -> bool:
    """Stop the service if it runs; True if a process was stopped. The build record is kept."""
    state_dir = Path(state_dir)
    pid = _running_pid(state_dir)
    (state_dir / PIDFILE).unlink(missing_ok=True)
    if pid is None:
        return False
    _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_TIMEOUT
    while time.monotonic() < deadline:
        if not process_alive(pid):
            return True
        time.sleep(0.02)
    _signal(pid, signal.SIGKILL)
    while process_alive(pid):
        time.sleep(0.02)
    return True


def status(state_dir: Path) -> dict[str, Any]:
    state_dir = Path(state_dir)
    record = _read_record(state_dir)
    record["running"] = _running_pid(state_dir) is not None
    return record


def _wait_healthy(base_url: str, build: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(timeout=1.0) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise ControlError(
                    f"demo service exited with code {process.returncode} before answering; see log"
                )
            try:
                response = client.get(f"{base_url}/healthz")
                if response.status_code == 200 and response.json().get("build") == build:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.05)
    raise ControlError(f"demo service did not answer {base_url}/healthz within {START_TIMEOUT:.0f}s")


def _running_pid(state_dir: Path) -> int | None:
    try:
        pid = int((state_dir / PIDFILE).read_text().strip())
    except (OSError, ValueError):
        return None
    return pid if process_alive(pid) else None


def process_alive(pid: int) -> bool:
    """True while the process runs; a zombie nobody has reaped yet counts as gone."""
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
        if finished == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def _signal(pid: int, signum: int) -> None:
    try:
        os.kill(pid, signum)
    except ProcessLookupError:
        pass


def _read_record(state_dir: Path) -> dict[str, Any]:
    try:
        return dict(json.loads((state_dir / RECORD).read_text()))
    except FileNotFoundError as exc:
        raise ControlError(f"no demo service was started in {state_dir} (no {RECORD})") from exc
    except (OSError, ValueError) as exc:
        raise ControlError(f"unreadable build record {state_dir / RECORD}: {exc}") from exc


def _write_record(state_dir: Path, record: dict[str, Any]) -> None:
    temporary = state_dir / f"{RECORD}.tmp"
    temporary.write_text(json.dumps(record, indent=2) + "\n")
    temporary.replace(state_dir / RECORD)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m optout_recall.demo.control", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("start", "deploy", "rollback", "restart", "status", "stop"):
        command = commands.add_parser(name)
        command.add_argument("--state-dir", type=Path, required=True)
        if name in ("start", "deploy"):
            command.add_argument("--build", choices=BUILDS, required=name == "deploy", default="defective")
            command.add_argument("--defects", default=None, help="comma-separated: " + ", ".join(DEFECTS))
        if name == "start":
            command.add_argument("--port", type=int, required=True)
            command.add_argument("--host", default="127.0.0.1")
            command.add_argument("--queue-url", default=None)
            command.add_argument("--queue", default=None)
    args = parser.parse_args(argv)
    defects = parse_defects(args.defects) if getattr(args, "defects", None) is not None else None
    try:
        if args.command == "start":
            record = start(
                args.state_dir,
                args.port,
                args.build,
                defects,
                queue_url=args.queue_url,
                queue=args.queue,
                host=args.host,
            )
        elif args.command == "deploy":
            record = deploy(args.state_dir, args.build, defects)
        elif args.command == "rollback":
            record = rollback(args.state_dir)
        elif args.command == "restart":
            record = restart(args.state_dir)
        elif args.command == "status":
            record = status(args.state_dir)
        else:
            stopped = stop(args.state_dir)
            print("stopped" if stopped else "not running")
            return 0
    except ControlError as exc:
        print(f"demo control: {exc}", file=sys.stderr)
        return 1
    defects_text = ",".join(record["defects"]) or "none"
    print(f"{args.command}: build={record['build']} defects={defects_text} port={record['port']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
